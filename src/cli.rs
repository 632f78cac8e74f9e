//! The command line as clap parses it. Validation against the catalog and descriptors happens
//! later, in `run`, once the project is loaded.

use std::path::PathBuf;

use clap::{Args as ClapArgs, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "snippetgen",
    version,
    about = "Generate HTTP status code examples from templates, and prove each one with its real toolchain",
    after_help = "Examples:\n  snippetgen generate                 render snippets/ for every code and language\n  snippetgen check                    exit 1 if snippets/ drifted from the templates\n  snippetgen verify --lang go -j 4    build, run and probe every Go snippet\n  snippetgen doctor                   which toolchains are installed"
)]
pub struct Args {
    /// Use this catalog instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub catalog: Option<PathBuf>,
    /// Language descriptors here replace or join the built-in ones, file by file.
    #[arg(long, global = true, value_name = "DIR")]
    pub languages: Option<PathBuf>,
    /// Templates here replace or join the built-in ones, file by file.
    #[arg(long, global = true, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// When to use color.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the languages and the status codes.
    #[command(after_help = "Example:\n  snippetgen list --format json | jq '.codes[].code'")]
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Render the snippets and the index into a directory.
    #[command(after_help = "Examples:\n  snippetgen generate\n  snippetgen generate --lang go --code 404   rewrite only snippets/404/go.go (and the index)\n  snippetgen generate --out /tmp/site-snippets")]
    Generate {
        /// Output directory. Its contents are replaced, so it must be one generate wrote (or empty).
        #[arg(long, default_value = "snippets", value_name = "DIR")]
        out: PathBuf,
        /// Replace --out even if it holds files generate did not write (a file is never replaced).
        #[arg(long)]
        force: bool,
        /// Only this language (repeatable).
        #[arg(long = "lang", value_name = "ID")]
        langs: Vec<String>,
        /// Only this status code (repeatable).
        #[arg(long = "code", value_name = "N")]
        codes: Vec<u16>,
    },
    /// Exit 1 unless the directory holds exactly what generate would write.
    #[command(after_help = "Example:\n  snippetgen check || snippetgen generate")]
    Check {
        #[arg(long, default_value = "snippets", value_name = "DIR")]
        snippets: PathBuf,
    },
    /// Build, run and probe each snippet with its real toolchain over real HTTP.
    #[command(after_help = "Examples:\n  snippetgen verify\n  snippetgen verify --lang flask --code 503 --format json\n  snippetgen verify --junit target/verify.xml --allow-skip")]
    Verify(VerifyArgs),
    /// Show, for each language, whether its toolchain and dependencies are installed.
    #[command(after_help = "Example:\n  snippetgen doctor")]
    Doctor,
    /// Start a new language: a descriptor and templates to edit, copied from --from or bare.
    #[command(after_help = "Examples:\n  snippetgen new-language fastify --from express\n  snippetgen --languages my/languages --templates my/templates new-language elixir")]
    NewLanguage {
        /// The new language's id (lowercase letters, digits and `-`).
        id: String,
        /// Copy this existing language's descriptor and templates.
        #[arg(long, value_name = "ID")]
        from: Option<String>,
    },
    /// Manage verify's cache of results and dependencies.
    #[command(subcommand, after_help = "Example:\n  snippetgen cache clean")]
    Cache(CacheCommand),
    /// Work with verify's JSON reports.
    #[command(subcommand, after_help = "Example:\n  snippetgen report merge part-1.json part-2.json --junit verify.xml")]
    Report(ReportCommand),
}

#[derive(Debug, Subcommand)]
pub enum CacheCommand {
    /// Empty the cache directory (results and dependencies); only a directory verify marked
    /// as its cache, and only what verify put there.
    #[command(after_help = "Examples:\n  snippetgen cache clean --cache-dir target/snippetgen-cache\n  snippetgen cache clean --results   prove every cell again, keep installed dependencies")]
    Clean {
        #[arg(long, value_name = "DIR", env = "SNIPPETGEN_CACHE_DIR")]
        cache_dir: Option<PathBuf>,
        /// Remove only the cached results (and toolchain versions); keep the dependencies.
        #[arg(long)]
        results: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Join the JSON reports of partitioned runs into one; exit 1 unless every cell passed.
    #[command(after_help = "Example:\n  snippetgen verify --partition 1/2 --format json > p1.json\n  snippetgen verify --partition 2/2 --format json > p2.json\n  snippetgen report merge p1.json p2.json --junit verify.xml")]
    Merge {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = VerifyFormat::Json)]
        format: VerifyFormat,
        /// Also write a JUnit XML report here.
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
        /// Skipped cells do not make the exit status 1.
        #[arg(long)]
        allow_skip: bool,
    },
}

#[derive(Debug, Clone, ClapArgs)]
pub struct VerifyArgs {
    #[arg(long, default_value = "snippets", value_name = "DIR")]
    pub snippets: PathBuf,
    /// Only this language (repeatable).
    #[arg(long = "lang", value_name = "ID")]
    pub langs: Vec<String>,
    /// Only this status code (repeatable).
    #[arg(long = "code", value_name = "N")]
    pub codes: Vec<u16>,
    /// Cells to run at once (default: the number of cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    #[arg(long, value_enum, default_value_t = VerifyFormat::Human)]
    pub format: VerifyFormat,
    /// Also write a JUnit XML report here.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Keep each cell's work directory and print where it is.
    #[arg(long)]
    pub keep_workdirs: bool,
    /// Skipped cells (a missing toolchain) do not make the exit status 1.
    #[arg(long)]
    pub allow_skip: bool,
    /// Where shared dependencies and cached results live [default: ~/.cache/snippetgen].
    #[arg(long, value_name = "DIR", env = "SNIPPETGEN_CACHE_DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Prove every cell again, ignoring cached results (fresh results are still cached).
    #[arg(long)]
    pub no_cache: bool,
    /// Run every cell alone: its own build and its own server.
    #[arg(long)]
    pub no_batch: bool,
    /// Run only the K-th of N deterministic slices of the cells (for a CI matrix).
    #[arg(long, value_name = "K/N")]
    pub partition: Option<crate::verify::Partition>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerifyFormat {
    Human,
    Json,
}

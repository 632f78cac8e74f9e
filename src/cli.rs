//! The command line as clap parses it, and its resolution into the options the commands take
//! (`VerifyArgs::resolve`, `SiteArgs::resolve`): every default filled in and every value validated against the loaded
//! project, as input errors. Nothing below this module sees clap's types.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args as ClapArgs, Parser, Subcommand, ValueEnum};

use crate::error::input_error;
use crate::project::Project;
use crate::site::SiteOptions;
use crate::verify::options::{default_cache_dir, VerifyOptions};
use crate::verify::plan::Partition;
use crate::verify::report::{self, Format, Outputs};

#[derive(Debug, Parser)]
#[command(
    name = "snippetgen",
    version,
    about = "Generate HTTP status code examples from templates, and prove each one with its real toolchain",
    after_help = "Examples:\n  snippetgen generate                 render snippets/ for every code and language\n  snippetgen check                    exit 1 if snippets/ drifted from the templates\n  snippetgen verify --lang go -j 4    build, run and probe every Go snippet\n  snippetgen doctor                   whether this machine has what verify needs"
)]
pub struct Args {
    /// The input options, given before the command (they may also follow it).
    #[command(flatten)]
    pub before: BeforeCommand,
    #[command(subcommand)]
    pub command: Command,
}

/// The options a command reads its input from, and its color, given before the command: each
/// says which commands it applies to, and giving it to another is a usage error.
#[derive(Debug, Clone, Default, ClapArgs)]
pub struct BeforeCommand {
    /// Use this catalog instead of the built-in one (list, generate, check, verify, site).
    #[arg(long, value_name = "FILE")]
    pub catalog: Option<PathBuf>,
    /// Language descriptors here replace or join the built-in ones, file by file (all commands
    /// but site and cache).
    #[arg(long, value_name = "DIR")]
    pub languages: Option<PathBuf>,
    /// Templates here replace or join the built-in ones, file by file (all commands but site
    /// and cache).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// When to use color (check, verify, doctor, report merge) [default: auto].
    #[arg(long, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
}

/// The catalog, descriptors and templates a command works on.
#[derive(Debug, Clone, Default, ClapArgs)]
#[command(next_help_heading = "Input")]
pub struct ProjectArgs {
    /// Use this catalog instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub catalog: Option<PathBuf>,
    #[command(flatten)]
    pub languages: LanguageArgs,
}

/// The descriptors and templates a command works on, where the catalog does not matter to it.
#[derive(Debug, Clone, Default, ClapArgs)]
#[command(next_help_heading = "Input")]
pub struct LanguageArgs {
    /// Language descriptors here replace or join the built-in ones, file by file.
    #[arg(long, value_name = "DIR")]
    pub languages: Option<PathBuf>,
    /// Templates here replace or join the built-in ones, file by file.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

/// `--color`, for the commands that color what they print.
#[derive(Debug, Clone, Default, ClapArgs)]
pub struct ColorArg {
    /// When to use color [default: auto].
    #[arg(long, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
}

/// What a command takes of the input options: the values given after it, and which it accepts.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub catalog: Option<PathBuf>,
    pub languages: Option<PathBuf>,
    pub templates: Option<PathBuf>,
    pub color: Option<ColorChoice>,
}

impl Args {
    /// The command's input options, from before or after it. One given before a command it does
    /// not apply to, or on both sides, is a usage error.
    pub fn inputs(&self) -> Result<Inputs> {
        let (name, after, takes) = self.command.inputs();
        let before = &self.before;
        let pick = |option: &str, before: Option<&PathBuf>, after: Option<&PathBuf>, takes: bool| match (before, after)
        {
            (Some(_), _) if !takes => Err(input_error!("`--{option}` does not apply to `snippetgen {name}`")),
            (Some(_), Some(_)) => Err(input_error!("`--{option}` is given twice, before and after `{name}`")),
            (before, after) => Ok(after.or(before).cloned()),
        };
        let color = match (before.color, after.color) {
            (Some(_), _) if !takes.color => {
                return Err(input_error!("`--color` does not apply to `snippetgen {name}`"));
            }
            (Some(_), Some(_)) => return Err(input_error!("`--color` is given twice, before and after `{name}`")),
            (before, after) => after.or(before),
        };
        Ok(Inputs {
            catalog: pick("catalog", before.catalog.as_ref(), after.catalog.as_ref(), takes.catalog)?,
            languages: pick("languages", before.languages.as_ref(), after.languages.as_ref(), takes.languages)?,
            templates: pick("templates", before.templates.as_ref(), after.templates.as_ref(), takes.languages)?,
            color,
        })
    }
}

/// Which input options a command takes (`languages` stands for `--templates` too).
#[derive(Debug, Clone, Copy, Default)]
pub struct Takes {
    pub catalog: bool,
    pub languages: bool,
    pub color: bool,
}

impl Command {
    /// The command's name for messages, the input options given after it, and which it takes.
    fn inputs(&self) -> (&'static str, Inputs, Takes) {
        let project = |p: &ProjectArgs| Inputs {
            catalog: p.catalog.clone(),
            languages: p.languages.languages.clone(),
            templates: p.languages.templates.clone(),
            color: None,
        };
        let languages = |l: &LanguageArgs| Inputs {
            languages: l.languages.clone(),
            templates: l.templates.clone(),
            ..Inputs::default()
        };
        let all = Takes { catalog: true, languages: true, color: true };
        match self {
            Command::List { input, .. } => ("list", project(input), Takes { color: false, ..all }),
            Command::Generate { input, .. } => ("generate", project(input), Takes { color: false, ..all }),
            Command::Check { input, color, .. } => ("check", Inputs { color: color.color, ..project(input) }, all),
            Command::Verify(args) => ("verify", Inputs { color: args.color.color, ..project(&args.input) }, all),
            Command::Doctor { input, color, .. } => {
                ("doctor", Inputs { color: color.color, ..languages(input) }, Takes { catalog: false, ..all })
            }
            Command::NewLanguage { input, .. } => {
                ("new-language", languages(input), Takes { languages: true, ..Takes::default() })
            }
            Command::Site(args) => (
                "site",
                Inputs { catalog: args.catalog.clone(), ..Inputs::default() },
                Takes { catalog: true, ..Takes::default() },
            ),
            Command::Cache(CacheCommand::Clean { .. }) => ("cache clean", Inputs::default(), Takes::default()),
            Command::Report(ReportCommand::Merge { input, color, .. }) => {
                ("report merge", Inputs { color: color.color, ..languages(input) }, Takes { catalog: false, ..all })
            }
        }
    }
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
        /// A table for people, or JSON for scripts (null where a code has no value).
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        #[command(flatten)]
        input: ProjectArgs,
    },
    /// Render the snippets and the index into a directory.
    #[command(
        after_help = "Examples:\n  snippetgen generate\n  snippetgen generate --lang go --code 404   rewrite only snippets/404/go.go (and the index)\n  snippetgen generate --out /tmp/site-snippets"
    )]
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
        #[command(flatten)]
        input: ProjectArgs,
    },
    /// Exit 1 unless the directory holds exactly what generate would write.
    #[command(after_help = "Example:\n  snippetgen check || snippetgen generate")]
    Check {
        /// The directory of generated snippets to compare with the templates.
        #[arg(long, default_value = "snippets", value_name = "DIR")]
        snippets: PathBuf,
        #[command(flatten)]
        color: ColorArg,
        #[command(flatten)]
        input: ProjectArgs,
    },
    /// Build, run and probe each snippet with its real toolchain over real HTTP.
    #[command(
        after_help = "Examples:\n  snippetgen verify\n  snippetgen verify --lang flask --code 503 --format json\n  snippetgen verify --junit target/verify.xml --allow-skip"
    )]
    Verify(VerifyArgs),
    /// Build the pages the examples are published on: an index and a page per code.
    ///
    /// Reads the catalog, the snippets (`--snippets`, as generate wrote them) and, with
    /// `--report`, verify's JSON report, whose outcome, toolchain and dependency versions each
    /// example's page shows. Writes `DIR/index.html`, `DIR/<code>/index.html`, `style.css`,
    /// `site.js` and `404.html`, plus `sitemap.xml` and `robots.txt` with --base-url (a sitemap
    /// needs absolute URLs; without it the pages have no canonical link either). With
    /// `--format markdown`, `DIR/<code>.md` with YAML front matter instead.
    #[command(
        after_help = "Examples:\n  snippetgen verify --format json > report.json\n  snippetgen site --out public --report report.json --base-url https://example.org/http/\n  snippetgen site --out content/codes --format markdown"
    )]
    Site(SiteArgs),
    /// Check what verify needs: the toolchains at their versions, the dependencies in the cache.
    ///
    /// Each toolchain must be on PATH at the version its descriptor requires (`min-version`);
    /// dependencies that verify installs itself may still be to set up. Exit 1 if verify would
    /// skip a language. Nothing is installed or written.
    #[command(after_help = "Examples:\n  snippetgen doctor\n  snippetgen doctor --cache-dir target/snippetgen-cache")]
    Doctor {
        /// The cache verify uses, whose dependencies are checked [default: ~/.cache/snippetgen].
        #[arg(long, value_name = "DIR", env = "SNIPPETGEN_CACHE_DIR", hide_env_values = true)]
        cache_dir: Option<PathBuf>,
        #[command(flatten)]
        color: ColorArg,
        #[command(flatten)]
        input: LanguageArgs,
    },
    /// Start a new language: a descriptor and templates to edit, copied from --from or bare.
    #[command(
        after_help = "Examples:\n  snippetgen new-language fastify --from express\n  snippetgen --languages my/languages --templates my/templates new-language elixir"
    )]
    NewLanguage {
        /// The new language's id (lowercase letters, digits and `-`).
        id: String,
        /// Copy this existing language's descriptor and templates.
        #[arg(long, value_name = "ID")]
        from: Option<String>,
        #[command(flatten)]
        input: LanguageArgs,
    },
    /// Manage verify's cache of results and dependencies.
    #[command(subcommand, after_help = "Example:\n  snippetgen cache clean")]
    Cache(CacheCommand),
    /// Work with verify's JSON reports.
    #[command(
        subcommand,
        after_help = "Example:\n  snippetgen report merge part-1.json part-2.json --junit verify.xml"
    )]
    Report(ReportCommand),
}

#[derive(Debug, Subcommand)]
pub enum CacheCommand {
    /// Empty the cache directory (results and dependencies); only a directory verify marked
    /// as its cache, and only what verify put there.
    #[command(
        after_help = "Examples:\n  snippetgen cache clean --cache-dir target/snippetgen-cache\n  snippetgen cache clean --results   prove every cell again, keep installed dependencies"
    )]
    Clean {
        /// The cache directory to empty [default: ~/.cache/snippetgen].
        #[arg(long, value_name = "DIR", env = "SNIPPETGEN_CACHE_DIR", hide_env_values = true)]
        cache_dir: Option<PathBuf>,
        /// Remove only the cached results (and toolchain versions); keep the dependencies.
        #[arg(long)]
        results: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Join the JSON reports of partitioned runs into one; exit 1 unless every cell passed.
    #[command(
        after_help = "Example:\n  snippetgen verify --partition 1/2 --format json > p1.json\n  snippetgen verify --partition 2/2 --format json > p2.json\n  snippetgen report merge p1.json p2.json --junit verify.xml"
    )]
    Merge {
        /// The JSON reports (`verify --format json`) of every partition of one run.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The merged report on stdout: JSON, the human report verify prints, or the Markdown
        /// table of languages (the README's).
        #[arg(long, value_enum, default_value_t = VerifyFormat::Json)]
        format: VerifyFormat,
        /// Also write a JUnit XML report here.
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
        /// Skipped cells do not make the exit status 1.
        #[arg(long)]
        allow_skip: bool,
        /// Warnings make the exit status 1.
        #[arg(long)]
        deny_warnings: bool,
        #[command(flatten)]
        color: ColorArg,
        #[command(flatten)]
        input: LanguageArgs,
    },
}

#[derive(Debug, Clone, ClapArgs)]
pub struct SiteArgs {
    /// Output directory. Its contents are replaced, so it must be one site wrote (or empty).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Replace --out even if it holds files site did not write (a file is never replaced).
    #[arg(long)]
    pub force: bool,
    /// The directory of generated snippets to publish (`snippetgen generate --out DIR` writes it).
    #[arg(long, default_value = "snippets", value_name = "DIR")]
    pub snippets: PathBuf,
    /// A verify JSON report (`verify --format json`, or `report merge`'s): each example shows
    /// its outcome, toolchain and dependency versions, and the run's date. Without it every
    /// example says "not verified".
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Theme files here replace or join the built-in theme's, file by file (docs/theme.md).
    #[arg(long, value_name = "DIR")]
    pub theme: Option<PathBuf>,
    /// HTML pages, or one Markdown file per code for a static site generator.
    #[arg(long, value_enum, default_value_t = SiteFormat::Html)]
    pub format: SiteFormat,
    /// The URL the site is published at, such as https://example.org/http/: canonical links,
    /// sitemap.xml and robots.txt come from it.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Use this catalog instead of the built-in one (the snippets must come from it).
    #[arg(long, value_name = "FILE", help_heading = "Input")]
    pub catalog: Option<PathBuf>,
}

impl SiteArgs {
    /// The options site runs with: the snippets directory, the report, the theme directory and
    /// the base URL checked. Errors are input errors.
    pub fn resolve(self) -> Result<SiteOptions> {
        if !self.snippets.join(crate::project::INDEX_FILE).is_file() {
            return Err(crate::check::no_snippets(&self.snippets));
        }
        if let Some(report) = &self.report {
            if !report.is_file() {
                return Err(input_error!(
                    "{}: no such report file (write one with `snippetgen verify --format json > FILE`)",
                    report.display()
                ));
            }
        }
        if let Some(theme) = &self.theme {
            if !theme.is_dir() {
                return Err(input_error!("{}: not a directory (--theme)", theme.display()));
            }
        }
        let base_url = self.base_url.as_deref().map(crate::site::base_url).transpose()?;
        let format = match self.format {
            SiteFormat::Html => crate::site::Format::Html,
            SiteFormat::Markdown => crate::site::Format::Markdown,
        };
        Ok(SiteOptions {
            out: self.out,
            snippets: self.snippets,
            report: self.report,
            theme: self.theme,
            format,
            base_url,
            force: self.force,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SiteFormat {
    Html,
    Markdown,
}

#[derive(Debug, Clone, ClapArgs)]
pub struct VerifyArgs {
    /// The directory of generated snippets to prove (`snippetgen generate --out DIR` writes it).
    #[arg(long, default_value = "snippets", value_name = "DIR")]
    pub snippets: PathBuf,
    /// Only this language (repeatable).
    #[arg(long = "lang", value_name = "ID")]
    pub langs: Vec<String>,
    /// Only this status code (repeatable).
    #[arg(long = "code", value_name = "N")]
    pub codes: Vec<u16>,
    /// Batches to run at once [default: twice the number of cores, as a cell spends much of its
    /// time waiting on its server; 0 also means the default].
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// The report on stdout: a line per cell and a summary, one JSON object
    /// (docs/verify-report.md), or a Markdown table with a row per language (the README's).
    #[arg(long, value_enum, default_value_t = VerifyFormat::Human)]
    pub format: VerifyFormat,
    /// Also write a JUnit XML report here.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Also write the JSON report here (what `--format json` prints; `site --report` reads it).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Keep each cell's work directory and print where it is.
    #[arg(long)]
    pub keep_workdirs: bool,
    /// Skipped cells (a missing toolchain) do not make the exit status 1.
    #[arg(long)]
    pub allow_skip: bool,
    /// Warnings (a response that breaks a SHOULD of the RFCs) make the exit status 1.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Where shared dependencies and cached results live [default: ~/.cache/snippetgen].
    #[arg(long, value_name = "DIR", env = "SNIPPETGEN_CACHE_DIR", hide_env_values = true)]
    pub cache_dir: Option<PathBuf>,
    /// Prove every cell again, ignoring cached results (fresh results are still cached).
    #[arg(long)]
    pub no_cache: bool,
    /// Run every cell alone: its own build and its own server.
    #[arg(long)]
    pub no_batch: bool,
    /// Run cells without the sandbox (read-only file system, a network of their own); each
    /// process still gets its own PID namespace where bubblewrap can make one.
    #[arg(long)]
    pub no_sandbox: bool,
    /// Run only the K-th of N deterministic slices of the cells (for a CI matrix).
    #[arg(long, value_name = "K/N")]
    pub partition: Option<Partition>,
    #[command(flatten)]
    pub color: ColorArg,
    #[command(flatten)]
    pub input: ProjectArgs,
}

impl VerifyArgs {
    /// The options verify runs with: defaults resolved, the selection checked against the
    /// project, the snippets directory and the report paths checked. Errors are input errors.
    pub fn resolve(self, project: &Project, catalog: Option<&std::path::Path>) -> Result<VerifyOptions> {
        let selection = project.select(&self.langs, &self.codes)?;
        // A missing cell is the cell's failure; a directory that generate never wrote (no index)
        // and that holds none of the selected snippets is the wrong directory.
        let has_snippets = self.snippets.join(crate::project::INDEX_FILE).is_file()
            || selection
                .languages
                .iter()
                .any(|lang| selection.codes.iter().any(|&code| self.snippets.join(lang.snippet_path(code)).is_file()));
        if !has_snippets {
            return Err(crate::check::no_snippets(&self.snippets));
        }
        crate::check::generated_from(project, &self.snippets, &selection.codes, catalog)?;
        // Cells wait on their servers (a start, a 102's slow work, a connection left open) as
        // much as they compute, so twice the cores keeps the cores busy: the full matrix ran in
        // 91 s with 4 jobs on 2 cores against 107 to 125 s with 2 (ci/bench.sh's machine).
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let jobs = match self.jobs {
            None | Some(0) => 2 * cores,
            Some(n) => n,
        };
        if let Some(junit) = &self.junit {
            report::check_writable(junit, "JUnit")?;
        }
        if let Some(json) = &self.json {
            report::check_writable(json, "JSON")?;
        }
        let cache_dir = self.cache_dir.unwrap_or_else(default_cache_dir);
        let cache_dir = std::path::absolute(&cache_dir)
            .map_err(|e| input_error!("{}: not a usable cache directory: {e}", cache_dir.display()))?;
        let langs =
            if self.langs.is_empty() { Vec::new() } else { selection.languages.iter().map(|l| l.id.clone()).collect() };
        let codes = if self.codes.is_empty() { Vec::new() } else { selection.codes.clone() };
        Ok(VerifyOptions {
            snippets: self.snippets,
            langs,
            codes,
            jobs,
            cores,
            cache_dir,
            // Keeping work dirs means looking at them: cells run fresh rather than from the cache.
            read_cache: !self.no_cache && !self.keep_workdirs,
            keep_workdirs: self.keep_workdirs,
            allow_skip: self.allow_skip,
            deny_warnings: self.deny_warnings,
            batching: !self.no_batch,
            sandbox: !self.no_sandbox,
            partition: self.partition,
            outputs: Outputs { format: self.format.into(), junit: self.junit, json: self.json },
        })
    }
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
    Markdown,
}

impl From<VerifyFormat> for Format {
    fn from(format: VerifyFormat) -> Format {
        match format {
            VerifyFormat::Human => Format::Human,
            VerifyFormat::Json => Format::Json,
            VerifyFormat::Markdown => Format::Markdown,
        }
    }
}

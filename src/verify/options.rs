//! What a verify run was asked to do, with every default resolved: the CLI builds one
//! `VerifyOptions` (see `cli::VerifyArgs::resolve`), and nothing below it sees clap's types.

use std::path::PathBuf;

use super::plan::Partition;
use super::report::Outputs;

#[derive(Debug, Clone)]
pub struct VerifyOptions {
    /// The directory of generated snippets to prove.
    pub snippets: PathBuf,
    /// Language ids, validated against the project; empty means every language.
    pub langs: Vec<String>,
    /// Status codes, validated against the catalog; empty means every code.
    pub codes: Vec<u16>,
    /// Batches run at once (at least 1).
    pub jobs: usize,
    /// The machine's cores: batches are split until each core has one (no more, since a split
    /// costs a build or a start).
    pub cores: usize,
    /// Where dependencies and cached results live, absolute.
    pub cache_dir: PathBuf,
    /// Whether cached verdicts may be served (fresh verdicts are cached either way).
    pub read_cache: bool,
    /// Keep each batch's work directory, and name it in the report.
    pub keep_workdirs: bool,
    /// Skipped cells do not make the run fall short.
    pub allow_skip: bool,
    /// A cell that passes with warnings (a broken SHOULD) makes the exit status 1.
    pub deny_warnings: bool,
    /// Whether cells of a language may share a build and a server.
    pub batching: bool,
    /// Whether cells run in the sandbox where the machine allows it (see `sandbox`).
    pub sandbox: bool,
    /// This run's slice of the cells, for a CI matrix.
    pub partition: Option<Partition>,
    /// The reports to write.
    pub outputs: Outputs,
}

/// `~/.cache/snippetgen`, or `$XDG_CACHE_HOME/snippetgen`.
pub fn default_cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("snippetgen");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(home).join(".cache").join("snippetgen");
    }
    std::env::temp_dir().join("snippetgen-cache")
}

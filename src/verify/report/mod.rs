//! Reporters: they consume the events of a run and never drive it. Human (a line per cell on
//! stdout, a progress bar on stderr when it is a terminal, a summary table), JSON (one object,
//! the format `docs/verify-report.schema.json` describes), Markdown (the README's table of
//! languages) and JUnit XML (for CI dashboards).
//! `report merge` replays the events of partitioned runs from their JSON reports.

mod human;
mod json;
mod junit;
mod markdown;
pub mod merge;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::Result;
use serde::{Deserialize, Serialize};

use super::outcome::{CellResult, Outcome, Stop};
use super::plan::Partition;
use crate::error::input_error;

pub use json::Report;

/// The report on stdout: human-readable, JSON, or the Markdown table of languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Markdown,
}

/// Where the reports of a run go.
#[derive(Debug, Clone)]
pub struct Outputs {
    pub format: Format,
    /// Also write a JUnit XML report here.
    pub junit: Option<PathBuf>,
    /// Also write the JSON report here.
    pub json: Option<PathBuf>,
}

/// What one language ran on: its toolchain and dependencies as installed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageFacts {
    pub id: String,
    pub name: String,
    /// The first line of the toolchain's version command.
    pub toolchain: Option<String>,
    /// The dependencies as installed, read from the dependency set.
    #[serde(default)]
    pub dependencies: Vec<Dependency>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dependency {
    pub name: String,
    pub version: String,
}

/// How a whole run came out, in the words of its exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunStatus {
    /// Every cell passed or is n/a (and skips were allowed, if any).
    Passed,
    /// A cell failed, could not be run, or was skipped when skips were not allowed.
    ShortFall,
    Interrupted,
}

/// What a run tells its reporters, in order: started, languages ready, cells finished, finished.
pub enum Event<'a> {
    Started {
        cells: usize,
        jobs: usize,
        cached: usize,
        partition: Option<Partition>,
        /// The cells of the whole selection, across every partition.
        selection_cells: usize,
        started_at: SystemTime,
    },
    /// A language's toolchain and dependencies were checked; `unavailable` says why its cells
    /// cannot run.
    LanguageReady {
        facts: &'a LanguageFacts,
        unavailable: Option<&'a Stop>,
    },
    CellFinished(&'a CellResult),
    Finished {
        results: &'a [CellResult],
        status: RunStatus,
        elapsed: Duration,
    },
}

pub trait Reporter {
    fn event(&mut self, event: &Event) -> Result<()>;
}

/// The directory a report will be written in must exist: a mistyped path is the user's to fix,
/// not ours to create.
pub fn check_writable(path: &Path, what: &str) -> Result<()> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(input_error!("{}: no such directory for the {what} report {}", parent.display(), path.display()));
    }
    Ok(())
}

/// The reporters for these outputs.
pub fn reporters(outputs: &Outputs) -> Vec<Box<dyn Reporter>> {
    let mut reporters: Vec<Box<dyn Reporter>> = match outputs.format {
        Format::Human => vec![Box::new(human::Human::new())],
        Format::Json => vec![Box::new(json::Json::default())],
        Format::Markdown => vec![Box::new(markdown::Markdown::default())],
    };
    if let Some(path) = &outputs.junit {
        reporters.push(Box::new(junit::Junit { path: path.clone() }));
    }
    if let Some(path) = &outputs.json {
        reporters.push(Box::new(json::Json::to_file(path.clone())));
    }
    reporters
}

/// How a run with these results came out. Skipped cells fall short unless `allow_skip`; a
/// passing cell with warnings (a broken SHOULD) falls short under `deny_warnings`.
pub fn run_status(results: &[CellResult], interrupted: bool, allow_skip: bool, deny_warnings: bool) -> RunStatus {
    if interrupted {
        return RunStatus::Interrupted;
    }
    let fine = results.iter().all(|r| match r.outcome {
        Outcome::Pass => !deny_warnings || r.warnings.is_empty(),
        Outcome::NotApplicable => true,
        Outcome::Skipped => allow_skip,
        Outcome::Fail | Outcome::Error => false,
    });
    if fine {
        RunStatus::Passed
    } else {
        RunStatus::ShortFall
    }
}

/// Counts per outcome.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub pass: usize,
    pub fail: usize,
    pub error: usize,
    pub skipped: usize,
    pub na: usize,
}

impl Counts {
    pub fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Pass => self.pass += 1,
            Outcome::Fail => self.fail += 1,
            Outcome::Error => self.error += 1,
            Outcome::Skipped => self.skipped += 1,
            Outcome::NotApplicable => self.na += 1,
        }
    }
}

/// Counts per language, in the order the languages first appear.
pub fn counts_by_language(results: &[CellResult]) -> Vec<(String, Counts)> {
    let mut counts: Vec<(String, Counts)> = Vec::new();
    for r in results {
        let i = match counts.iter().position(|(l, _)| *l == r.lang) {
            Some(i) => i,
            None => {
                counts.push((r.lang.clone(), Counts::default()));
                counts.len() - 1
            }
        };
        counts[i].1.add(r.outcome);
    }
    counts
}

/// `n thing` or `n things`.
pub fn plural(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::outcome::{Check, Stop};

    #[test]
    fn the_run_status_follows_the_outcomes() {
        let pass = CellResult::passed("go", 200, 1);
        let na = CellResult::not_applicable("go", 102, "why");
        let skip = CellResult::from_verdict("php", 200, Err(Stop::skipped(Check::Toolchain, "install php")), 0);
        let error = CellResult::from_verdict("php", 200, Err(Stop::error(Check::Deps, "pip failed")), 0);
        assert_eq!(run_status(&[pass.clone(), na.clone()], false, false, false), RunStatus::Passed);
        assert_eq!(run_status(&[pass.clone(), skip.clone()], false, false, false), RunStatus::ShortFall);
        assert_eq!(run_status(&[pass.clone(), skip], false, true, false), RunStatus::Passed);
        // --allow-skip never hides an error.
        assert_eq!(run_status(&[pass.clone(), error], false, true, false), RunStatus::ShortFall);
        assert_eq!(run_status(std::slice::from_ref(&pass), true, true, false), RunStatus::Interrupted);
        // A warning is a shortfall only when warnings are denied.
        let warned = CellResult::from_verdict("go", 451, Ok(vec!["header Link: expected a Link".into()]), 0);
        assert_eq!(run_status(&[pass.clone(), warned.clone()], false, false, false), RunStatus::Passed);
        assert_eq!(run_status(&[pass, warned], false, false, true), RunStatus::ShortFall);
        assert_eq!(
            (plural(1, "cell"), plural(2, "cell"), plural(0, "cell")),
            ("1 cell".into(), "2 cells".into(), "0 cells".into())
        );
    }
}

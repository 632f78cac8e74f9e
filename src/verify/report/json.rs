//! The JSON report: one object on stdout at the end of a run, described by
//! `docs/verify-report.schema.json`. It says what ran (snippetgen's version, when, which
//! partition of how many cells, on which toolchains and dependencies) and every cell's result.
//! `report merge` reads these reports back.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::{Event, LanguageFacts, Reporter, RunStatus};
use crate::verify::outcome::CellResult;

/// A verify report, as written and as read back by `report merge`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub snippetgen_version: String,
    /// When the run started, RFC 3339 in UTC.
    pub started_at: String,
    pub duration_ms: u64,
    pub interrupted: bool,
    /// This run's slice, `K/N`, or null for the whole selection.
    pub partition: Option<String>,
    /// The cells of the whole selection, across every partition.
    pub selection_cells: usize,
    pub languages: Vec<LanguageFacts>,
    pub results: Vec<CellResult>,
}

impl Report {
    /// The day the run started, `YYYY-MM-DD` (the start of `started_at`).
    pub fn date(&self) -> &str {
        self.started_at.get(..10).unwrap_or(&self.started_at)
    }
}

#[derive(Default)]
pub struct Json {
    /// Where the report goes: stdout, or this file (`verify --json FILE`).
    to: Option<PathBuf>,
    started_at: Option<SystemTime>,
    partition: Option<String>,
    selection_cells: usize,
    languages: Vec<LanguageFacts>,
}

impl Json {
    /// A reporter that writes the report to `path` instead of stdout.
    pub fn to_file(path: PathBuf) -> Json {
        Json { to: Some(path), ..Json::default() }
    }
}

impl Reporter for Json {
    fn event(&mut self, event: &Event) -> Result<()> {
        match event {
            Event::Started { partition, selection_cells, started_at, .. } => {
                self.started_at = Some(*started_at);
                self.partition = partition.map(|p| p.to_string());
                self.selection_cells = *selection_cells;
            }
            Event::LanguageReady { facts, .. } => self.languages.push((*facts).clone()),
            Event::CellFinished(_) => {}
            Event::Finished { results, status, elapsed } => {
                let report = Report {
                    snippetgen_version: env!("CARGO_PKG_VERSION").to_string(),
                    started_at: rfc3339(self.started_at.unwrap_or_else(SystemTime::now)),
                    duration_ms: elapsed.as_millis() as u64,
                    interrupted: *status == RunStatus::Interrupted,
                    partition: self.partition.clone(),
                    selection_cells: self.selection_cells,
                    languages: self.languages.clone(),
                    results: results.to_vec(),
                };
                match &self.to {
                    None => write(&report)?,
                    Some(path) => write_file(path, &report)?,
                }
            }
        }
        Ok(())
    }
}

/// Prints a report on stdout.
pub fn write(report: &Report) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, report)?;
    writeln!(stdout)?;
    Ok(())
}

/// Writes a report to a file (it is not an input error if that fails: the run happened).
fn write_file(path: &Path, report: &Report) -> Result<()> {
    let mut text = serde_json::to_string_pretty(report)?;
    text.push('\n');
    std::fs::write(path, text).with_context(|| format!("cannot write the JSON report {}", path.display()))
}

/// `2026-12-02T10:00:00Z`: a time in RFC 3339, UTC, to the second.
pub fn rfc3339(time: SystemTime) -> String {
    let secs = time.duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_secs();
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc_3339_utc() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(UNIX_EPOCH + Duration::from_secs(951_782_400)), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(UNIX_EPOCH + Duration::from_secs(1_796_205_661)), "2026-12-02T10:01:01Z");
    }
}

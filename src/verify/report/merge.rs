//! `snippetgen report merge`: joins the JSON reports of a partitioned run into the report of the
//! whole run, and replays it to the reporters. It knows what a whole run is: every partition
//! `K/N` of one N exactly once, over the same selection; otherwise it is an input error that
//! names the files. Durations add up; the languages are the union of what each part ran on.

use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use anyhow::Result;

use super::{run_status, Event, Report, Reporter, RunStatus};
use crate::error::input_error;
use crate::verify::plan::Partition;

/// Reads the reports and joins them; `order` is the language ids in page order.
pub fn merge(files: &[PathBuf], order: &[&str]) -> Result<Report> {
    let mut parts: Vec<(PathBuf, Report, Option<Partition>)> = Vec::new();
    for path in files {
        let report = read(path)?;
        let partition = match &report.partition {
            Some(text) => Some(text.parse::<Partition>().map_err(|e| input_error!("{}: {e}", path.display()))?),
            None => None,
        };
        parts.push((path.clone(), report, partition));
    }
    check_whole(&parts)?;

    let first = &parts[0].1;
    let mut merged = Report {
        snippetgen_version: first.snippetgen_version.clone(),
        started_at: parts.iter().map(|(_, r, _)| r.started_at.clone()).min().expect("one report"),
        duration_ms: parts.iter().map(|(_, r, _)| r.duration_ms).sum(),
        interrupted: parts.iter().any(|(_, r, _)| r.interrupted),
        partition: None,
        selection_cells: first.selection_cells,
        languages: Vec::new(),
        results: Vec::new(),
    };
    let mut seen = std::collections::BTreeMap::new();
    for (path, report, _) in parts {
        for facts in report.languages {
            if !merged.languages.iter().any(|l| l.id == facts.id) {
                merged.languages.push(facts);
            }
        }
        for r in report.results {
            if let Some(other) = seen.insert((r.lang.clone(), r.code), path.clone()) {
                return Err(input_error!(
                    "{}: {} {} is also in {}: partitions overlap",
                    path.display(),
                    r.lang,
                    r.code,
                    other.display()
                ));
            }
            merged.results.push(r);
        }
    }
    let position = |id: &str| order.iter().position(|o| *o == id).unwrap_or(usize::MAX);
    merged.results.sort_by_key(|r| (position(&r.lang), r.code));
    merged.languages.sort_by_key(|l| position(&l.id));
    Ok(merged)
}

pub(crate) fn read(path: &Path) -> Result<Report> {
    let text = std::fs::read_to_string(path).map_err(|e| input_error!("{}: cannot read: {e}", path.display()))?;
    serde_json::from_str(&text)
        .map_err(|e| input_error!("{}:{}: not a verify JSON report: {e}", path.display(), e.line()))
}

/// The parts must make one whole run: a single report of a whole selection, or partitions
/// 1..=N of one N, each once, over the same number of cells.
fn check_whole(parts: &[(PathBuf, Report, Option<Partition>)]) -> Result<()> {
    let names = |ps: &[&(PathBuf, Report, Option<Partition>)]| {
        ps.iter().map(|(p, _, _)| p.display().to_string()).collect::<Vec<_>>().join(", ")
    };
    let whole: Vec<_> = parts.iter().filter(|(_, _, p)| p.is_none()).collect();
    if !whole.is_empty() {
        if parts.len() == 1 {
            return Ok(());
        }
        return Err(input_error!(
            "{}: not a partition (a whole run's report): nothing to merge it with",
            names(&whole)
        ));
    }
    let total = parts[0].2.expect("partitioned").total;
    let mismatched: Vec<_> = parts.iter().filter(|(_, _, p)| p.expect("partitioned").total != total).collect();
    if !mismatched.is_empty() {
        return Err(input_error!(
            "{}: partitions of another split than {} (K/{total})",
            names(&mismatched),
            parts[0].0.display()
        ));
    }
    let cells = parts[0].1.selection_cells;
    let other_selection: Vec<_> = parts.iter().filter(|(_, r, _)| r.selection_cells != cells).collect();
    if !other_selection.is_empty() {
        return Err(input_error!(
            "{}: partitions of another selection than {} ({cells} cells)",
            names(&other_selection),
            parts[0].0.display()
        ));
    }
    for k in 1..=total {
        let with_k: Vec<_> = parts.iter().filter(|(_, _, p)| p.expect("partitioned").index == k).collect();
        match with_k.len() {
            0 => {
                return Err(input_error!(
                    "partition {k}/{total} is missing (merging {})",
                    names(&parts.iter().collect::<Vec<_>>())
                ))
            }
            1 => {}
            _ => return Err(input_error!("{}: partition {k}/{total} is repeated", names(&with_k))),
        }
    }
    Ok(())
}

/// Replays a merged report to the reporters, as the run would have reported it whole.
pub fn replay(
    report: &Report,
    allow_skip: bool,
    deny_warnings: bool,
    reporters: &mut [Box<dyn Reporter>],
) -> Result<RunStatus> {
    let emit = |reporters: &mut [Box<dyn Reporter>], event: &Event| -> Result<()> {
        reporters.iter_mut().try_for_each(|r| r.event(event))
    };
    let started_at = parse_rfc3339(&report.started_at).unwrap_or(UNIX_EPOCH);
    let cached = report.results.iter().filter(|r| r.cached).count();
    emit(
        reporters,
        &Event::Started {
            cells: report.results.len(),
            jobs: 1,
            cached,
            partition: None,
            selection_cells: report.selection_cells,
            started_at,
        },
    )?;
    for facts in &report.languages {
        emit(reporters, &Event::LanguageReady { facts, unavailable: None })?;
    }
    for r in &report.results {
        emit(reporters, &Event::CellFinished(r))?;
    }
    let status = run_status(&report.results, report.interrupted, allow_skip, deny_warnings);
    emit(
        reporters,
        &Event::Finished { results: &report.results, status, elapsed: Duration::from_millis(report.duration_ms) },
    )?;
    Ok(status)
}

/// The inverse of `json::rfc3339`, for `YYYY-MM-DDTHH:MM:SSZ`.
fn parse_rfc3339(text: &str) -> Option<std::time::SystemTime> {
    let b = text.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z'
    {
        return None;
    }
    let n = |r: std::ops::Range<usize>| text.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (hh, mm, ss) = (n(11..13)?, n(14..16)?, n(17..19)?);
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + hh * 3600 + mm * 60 + ss;
    Some(UNIX_EPOCH + Duration::from_secs(u64::try_from(secs).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::report::json::rfc3339;

    fn part(k: usize, n: usize, cells: usize) -> (PathBuf, Report, Option<Partition>) {
        let report = Report {
            snippetgen_version: "0".into(),
            started_at: "2026-12-02T10:00:00Z".into(),
            duration_ms: 10,
            interrupted: false,
            partition: Some(format!("{k}/{n}")),
            selection_cells: cells,
            languages: vec![],
            results: vec![],
        };
        (PathBuf::from(format!("p{k}.json")), report, Some(Partition { index: k, total: n }))
    }

    #[test]
    fn a_whole_run_needs_every_partition_once() {
        assert!(check_whole(&[part(1, 2, 6), part(2, 2, 6)]).is_ok());
        let err = |parts: &[(PathBuf, Report, Option<Partition>)]| check_whole(parts).unwrap_err().to_string();
        assert_eq!(err(&[part(1, 3, 6), part(2, 3, 6)]), "partition 3/3 is missing (merging p1.json, p2.json)");
        assert_eq!(err(&[part(1, 2, 6), part(1, 2, 6), part(2, 2, 6)]), "p1.json, p1.json: partition 1/2 is repeated");
        assert_eq!(err(&[part(1, 2, 6), part(2, 3, 6)]), "p2.json: partitions of another split than p1.json (K/2)");
        assert_eq!(
            err(&[part(1, 2, 6), part(2, 2, 8)]),
            "p2.json: partitions of another selection than p1.json (6 cells)"
        );
    }

    #[test]
    fn report_times_round_trip() {
        let t = UNIX_EPOCH + Duration::from_secs(1_796_205_661);
        assert_eq!(parse_rfc3339(&rfc3339(t)), Some(t));
        assert_eq!(parse_rfc3339("yesterday"), None);
    }
}

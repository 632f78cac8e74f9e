//! The Markdown report: the README's language table, produced rather than typed. It owns the
//! table's shape: a GitHub Markdown row per language, in the order the languages were reported,
//! with the toolchain and dependencies as verified and installed, the pass and n/a counts and the
//! n/a codes, then a total row that also counts what fell short. It reads only events and writes
//! only to stdout, once, when the run finishes.

use std::io::Write;

use anyhow::Result;

use super::{plural, Counts, Event, LanguageFacts, Reporter};
use crate::verify::outcome::{CellResult, Outcome};

#[derive(Default)]
pub struct Markdown {
    languages: Vec<LanguageFacts>,
}

impl Reporter for Markdown {
    fn event(&mut self, event: &Event) -> Result<()> {
        match event {
            Event::Started { .. } | Event::CellFinished(_) => {}
            Event::LanguageReady { facts, .. } => {
                if !self.languages.iter().any(|l| l.id == facts.id) {
                    self.languages.push((*facts).clone());
                }
            }
            Event::Finished { results, .. } => {
                let mut out = std::io::stdout().lock();
                out.write_all(table(&self.languages, results).as_bytes())?;
                out.flush()?;
            }
        }
        Ok(())
    }
}

const HEADER: &str =
    "| language | id | toolchain (as verified) | dependencies (as installed) | pass | n/a | not applicable |\n\
                      |---|---|---|---|---:|---:|---|\n";

/// The table for these languages and results. A result of a language that was never reported
/// (a hand-written report) still gets a row, after the reported ones, named by its id.
fn table(languages: &[LanguageFacts], results: &[CellResult]) -> String {
    let mut rows: Vec<LanguageFacts> = languages.to_vec();
    for r in results {
        if !rows.iter().any(|l| l.id == r.lang) {
            rows.push(LanguageFacts {
                id: r.lang.clone(),
                name: r.lang.clone(),
                toolchain: None,
                dependencies: vec![],
            });
        }
    }
    let mut out = String::from(HEADER);
    for facts in &rows {
        let mine: Vec<&CellResult> = results.iter().filter(|r| r.lang == facts.id).collect();
        let mut counts = Counts::default();
        mine.iter().for_each(|r| counts.add(r.outcome));
        let mut na: Vec<u16> = mine.iter().filter(|r| r.outcome == Outcome::NotApplicable).map(|r| r.code).collect();
        na.sort_unstable();
        let dependencies = if facts.dependencies.is_empty() {
            "none".to_string()
        } else {
            facts.dependencies.iter().map(|d| format!("{} {}", d.name, d.version)).collect::<Vec<_>>().join(", ")
        };
        out.push_str(&row(&[
            cell(&facts.name),
            format!("`{}`", cell(&facts.id)),
            cell(facts.toolchain.as_deref().unwrap_or("")),
            cell(&dependencies),
            counts.pass.to_string(),
            counts.na.to_string(),
            na.iter().map(u16::to_string).collect::<Vec<_>>().join(", "),
        ]));
    }
    let mut total = Counts::default();
    results.iter().for_each(|r| total.add(r.outcome));
    let warned = results.iter().filter(|r| r.outcome == Outcome::Pass && !r.warnings.is_empty()).count();
    out.push_str(&row(&[
        "**total**".into(),
        String::new(),
        String::new(),
        String::new(),
        format!("**{}**", total.pass),
        format!("**{}**", total.na),
        format!(
            "{} fail, {}, {} skipped, {}",
            total.fail,
            plural(total.error, "error"),
            total.skipped,
            plural(warned, "warning")
        ),
    ]));
    out
}

/// `| a | b |`, an empty cell as `| |`.
fn row(cells: &[String]) -> String {
    let mut line = String::from("|");
    for c in cells {
        line.push_str(&if c.is_empty() { " |".to_string() } else { format!(" {c} |") });
    }
    line.push('\n');
    line
}

/// Cell text that cannot break the table: `|` escaped, line breaks as spaces.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::outcome::{Check, Stop};
    use crate::verify::report::Dependency;
    use std::time::UNIX_EPOCH;

    fn facts(id: &str, name: &str, toolchain: Option<&str>, deps: &[(&str, &str)]) -> LanguageFacts {
        LanguageFacts {
            id: id.into(),
            name: name.into(),
            toolchain: toolchain.map(str::to_string),
            dependencies: deps.iter().map(|(n, v)| Dependency { name: (*n).into(), version: (*v).into() }).collect(),
        }
    }

    /// A recorded run: flask (deps, n/a cells), php (no deps, a warning, a failure), go
    /// (skipped: no toolchain), reported in that order though the results come go first. The
    /// table is what Finished prints (the integration test sees it on stdout).
    #[test]
    fn the_table_has_a_row_per_reported_language_and_a_total() {
        let flask =
            facts("flask", "Python (Flask)", Some("Python 3.11.7"), &[("flask", "3.1.3"), ("werkzeug", "3.1.5")]);
        let php = facts("php", "PHP | CLI", Some("PHP 8.2.36"), &[]);
        let go = facts("go", "Go", None, &[]);
        let results = vec![
            CellResult::from_verdict("go", 200, Err(Stop::skipped(Check::Toolchain, "install go")), 0),
            CellResult::not_applicable("flask", 102, "WSGI"),
            CellResult::passed("flask", 200, 1),
            CellResult::not_applicable("flask", 100, "Werkzeug"),
            CellResult::passed("php", 200, 1),
            CellResult::from_verdict("php", 451, Ok(vec!["header Link: expected a Link".into()]), 1),
            CellResult::from_verdict("php", 500, Err(Stop::fail(Check::Start, "exited", None)), 1),
        ];
        let mut md = Markdown::default();
        let started = Event::Started {
            cells: results.len(),
            jobs: 1,
            cached: 0,
            partition: None,
            selection_cells: results.len(),
            started_at: UNIX_EPOCH,
        };
        md.event(&started).unwrap();
        for f in [&flask, &php, &go] {
            md.event(&Event::LanguageReady { facts: f, unavailable: None }).unwrap();
        }
        results.iter().for_each(|r| md.event(&Event::CellFinished(r)).unwrap());
        assert_eq!(
            table(&md.languages, &results),
            "| language | id | toolchain (as verified) | dependencies (as installed) | pass | n/a | not applicable |\n\
             |---|---|---|---|---:|---:|---|\n\
             | Python (Flask) | `flask` | Python 3.11.7 | flask 3.1.3, werkzeug 3.1.5 | 1 | 2 | 100, 102 |\n\
             | PHP \\| CLI | `php` | PHP 8.2.36 | none | 2 | 0 | |\n\
             | Go | `go` | | none | 0 | 0 | |\n\
             | **total** | | | | **3** | **2** | 1 fail, 0 errors, 1 skipped, 1 warning |\n"
        );
    }

    #[test]
    fn a_language_without_a_report_still_gets_a_row() {
        let text = table(&[], &[CellResult::passed("go", 200, 1)]);
        assert!(text.contains("| go | `go` | | none | 1 | 0 | |\n"), "{text}");
    }
}

//! The JUnit XML report, for CI dashboards: a test suite per language, a test case per code.
//! Failures and errors carry the check, the detail and the output; skipped and n/a cells are
//! JUnit skips whose message keeps the reason.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::{Event, Reporter};
use crate::verify::outcome::{CellResult, Outcome};

pub struct Junit {
    pub path: PathBuf,
}

impl Reporter for Junit {
    fn event(&mut self, event: &Event) -> Result<()> {
        if let Event::Finished { results, .. } = event {
            write_junit(&self.path, results)?;
        }
        Ok(())
    }
}

pub fn write_junit(path: &Path, results: &[CellResult]) -> Result<()> {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut report = Report::new("snippetgen verify");
    let mut suites: Vec<TestSuite> = Vec::new();
    for r in results {
        if suites.last().map(|s| s.name.as_str()) != Some(r.lang.as_str()) {
            suites.push(TestSuite::new(r.lang.clone()));
        }
        let message = match (&r.check, &r.detail) {
            (Some(c), Some(d)) => format!("{c}: {d}"),
            (None, Some(d)) => d.clone(),
            (Some(c), None) => c.to_string(),
            (None, None) => String::new(),
        };
        let status = match r.outcome {
            Outcome::Pass => TestCaseStatus::success(),
            Outcome::Fail | Outcome::Error => {
                let kind = if r.outcome == Outcome::Fail { NonSuccessKind::Failure } else { NonSuccessKind::Error };
                let mut s = TestCaseStatus::non_success(kind);
                s.set_message(message.clone());
                if let Some(output) = &r.output {
                    s.set_description(output.clone());
                }
                s
            }
            Outcome::Skipped | Outcome::NotApplicable => {
                let mut s = TestCaseStatus::skipped();
                s.set_message(format!("{}: {message}", r.outcome.label()));
                s
            }
        };
        let mut case = TestCase::new(format!("{} {}", r.lang, r.code), status);
        case.set_classname(format!("snippetgen.{}", r.lang));
        case.set_time(std::time::Duration::from_millis(r.duration_ms));
        if !r.warnings.is_empty() {
            case.set_system_err(r.warnings.iter().map(|w| format!("warning: {w}\n")).collect::<String>());
        }
        suites.last_mut().expect("pushed").add_test_case(case);
    }
    report.add_test_suites(suites);
    let file =
        std::fs::File::create(path).with_context(|| format!("cannot write the JUnit report {}", path.display()))?;
    report.serialize(file).with_context(|| format!("cannot write the JUnit report {}", path.display()))?;
    Ok(())
}

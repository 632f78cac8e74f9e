//! Reporters: they consume the runner's events and never drive it. Human (a line per cell, a
//! progress bar on a TTY, a summary table), JSON (one object with a "results" array) and JUnit
//! XML (for CI dashboards).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use console::style;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use super::{CellResult, Event, Outcome, Reporter};

/// Counts per outcome for one language.
#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub pass: usize,
    pub fail: usize,
    pub skipped: usize,
    pub na: usize,
}

pub fn counts_by_language(results: &[CellResult]) -> Vec<(String, Counts)> {
    let mut order: Vec<String> = Vec::new();
    let mut map: BTreeMap<String, Counts> = BTreeMap::new();
    for r in results {
        if !order.contains(&r.lang) {
            order.push(r.lang.clone());
        }
        let c = map.entry(r.lang.clone()).or_default();
        match r.outcome {
            Outcome::Pass => c.pass += 1,
            Outcome::Fail => c.fail += 1,
            Outcome::Skipped => c.skipped += 1,
            Outcome::NotApplicable => c.na += 1,
        }
    }
    order.into_iter().map(|l| { let c = map[&l]; (l, c) }).collect()
}

pub struct Human {
    bar: Option<ProgressBar>,
}

impl Human {
    pub fn new() -> Human {
        Human { bar: None }
    }

    fn line(&self, text: String) {
        match &self.bar {
            Some(bar) => bar.println(text),
            None => eprintln!("{text}"),
        }
    }
}

impl Reporter for Human {
    fn event(&mut self, event: &Event) -> Result<()> {
        match event {
            Event::Started { cells, jobs, cached } => {
                let fresh = cells - cached;
                eprintln!("{} {cells} cells ({cached} cached, {fresh} to run) with {jobs} jobs", style("verifying").bold());
                if console::user_attended_stderr() {
                    let bar = ProgressBar::new(*cells as u64);
                    bar.set_style(
                        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} {msg}")
                            .expect("valid template"),
                    );
                    bar.enable_steady_tick(std::time::Duration::from_millis(120));
                    self.bar = Some(bar);
                }
            }
            Event::LanguageReady { lang, version, skipped } => match skipped {
                Some(reason) => self.line(format!("{} {lang}: {reason}", style("  SKIP").yellow().bold())),
                None => self.line(format!("{} {lang}: {}", style(" READY").cyan().bold(), version.unwrap_or("version unknown"))),
            },
            Event::CellFinished(r) => {
                let label = match r.outcome {
                    Outcome::Pass => style("  PASS").green().bold(),
                    Outcome::Fail => style("  FAIL").red().bold(),
                    Outcome::Skipped => style("  SKIP").yellow().bold(),
                    Outcome::NotApplicable => style("   N/A").dim().bold(),
                };
                let secs = r.duration_ms as f64 / 1000.0;
                let mut text = if r.cached {
                    format!("{label} [cached ] {} {}", r.lang, r.code)
                } else {
                    format!("{label} [{secs:>6.2}s] {} {}", r.lang, r.code)
                };
                match (&r.outcome, &r.check, &r.detail) {
                    (Outcome::Fail, Some(check), Some(detail)) => text.push_str(&format!(": {check}: {detail}")),
                    (Outcome::NotApplicable, _, Some(reason)) => text.push_str(&format!(": {reason}")),
                    _ => {}
                }
                if let Some(template) = &r.template {
                    text.push_str(&format!("\n        snippet rendered from {template}"));
                }
                if let Some(output) = &r.output {
                    for line in output.lines() {
                        text.push_str(&format!("\n        | {line}"));
                    }
                }
                if let Some(dir) = &r.workdir {
                    text.push_str(&format!("\n        work dir kept at {dir}"));
                }
                self.line(text);
                if let Some(bar) = &self.bar {
                    bar.inc(1);
                }
            }
            Event::Finished { results, interrupted, elapsed } => {
                if let Some(bar) = self.bar.take() {
                    bar.finish_and_clear();
                }
                let mut out = String::new();
                out.push_str(&format!("\n{:<10} {:>5} {:>5} {:>8} {:>5}\n", "LANGUAGE", "PASS", "FAIL", "SKIPPED", "N/A"));
                let mut total = Counts::default();
                for (lang, c) in counts_by_language(results) {
                    out.push_str(&format!("{lang:<10} {:>5} {:>5} {:>8} {:>5}\n", c.pass, c.fail, c.skipped, c.na));
                    total.pass += c.pass;
                    total.fail += c.fail;
                    total.skipped += c.skipped;
                    total.na += c.na;
                }
                out.push_str(&format!("{:<10} {:>5} {:>5} {:>8} {:>5}\n", "total", total.pass, total.fail, total.skipped, total.na));
                eprint!("{out}");
                let verdict = if *interrupted {
                    style("interrupted").red().bold().to_string()
                } else if total.fail > 0 {
                    style("failed").red().bold().to_string()
                } else {
                    style("done").green().bold().to_string()
                };
                eprintln!(
                    "{verdict}: {} passed, {} failed, {} skipped, {} n/a in {:.1}s",
                    total.pass, total.fail, total.skipped, total.na, elapsed.as_secs_f64()
                );
            }
        }
        Ok(())
    }
}

/// The reporters for `--format` and `--junit`.
pub fn for_output(format: crate::cli::VerifyFormat, junit: Option<PathBuf>) -> Vec<Box<dyn Reporter>> {
    let mut reporters: Vec<Box<dyn Reporter>> = match format {
        crate::cli::VerifyFormat::Human => vec![Box::new(Human::new())],
        crate::cli::VerifyFormat::Json => vec![Box::new(Json)],
    };
    if let Some(path) = junit {
        reporters.push(Box::new(Junit { path }));
    }
    reporters
}

/// Reads JSON reports of partitioned runs and joins their results; a cell reported twice is an
/// input error.
pub fn merge(files: &[PathBuf]) -> Result<Vec<CellResult>> {
    #[derive(serde::Deserialize)]
    struct Report {
        results: Vec<CellResult>,
    }
    let mut results: Vec<CellResult> = Vec::new();
    let mut seen = std::collections::BTreeMap::new();
    for path in files {
        let text = std::fs::read_to_string(path)
            .map_err(|e| crate::error::input_error!("{}: cannot read: {e}", path.display()))?;
        let report: Report = serde_json::from_str(&text).map_err(|e| {
            crate::error::input_error!("{}:{}: not a verify JSON report: {e}", path.display(), e.line())
        })?;
        for r in report.results {
            if let Some(other) = seen.insert((r.lang.clone(), r.code), path.clone()) {
                return Err(crate::error::input_error!(
                    "{}: {} {} is also in {}: partitions overlap",
                    path.display(),
                    r.lang,
                    r.code,
                    other.display()
                ));
            }
            results.push(r);
        }
    }
    Ok(results)
}

/// Prints one JSON object at the end.
pub struct Json;

impl Reporter for Json {
    fn event(&mut self, event: &Event) -> Result<()> {
        if let Event::Finished { results, interrupted, elapsed } = event {
            let value = json!({
                "results": results,
                "interrupted": interrupted,
                "duration_ms": elapsed.as_millis() as u64,
            });
            let mut stdout = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut stdout, &value)?;
            writeln!(stdout)?;
        }
        Ok(())
    }
}

/// Writes a JUnit XML file at the end: a test suite per language, a test case per code.
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

pub fn write_junit(path: &std::path::Path, results: &[CellResult]) -> Result<()> {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut report = Report::new("snippetgen verify");
    let mut suites: Vec<TestSuite> = Vec::new();
    for r in results {
        if suites.last().map(|s| s.name.as_str()) != Some(r.lang.as_str()) {
            suites.push(TestSuite::new(r.lang.clone()));
        }
        let message = match (&r.check, &r.detail) {
            (Some(c), Some(d)) => format!("{c}: {d}"),
            _ => String::new(),
        };
        let status = match r.outcome {
            Outcome::Pass => TestCaseStatus::success(),
            Outcome::Fail => {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
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
        suites.last_mut().expect("pushed").add_test_case(case);
    }
    report.add_test_suites(suites);
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let file = std::fs::File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
    report.serialize(file).context("cannot write the JUnit report")?;
    Ok(())
}

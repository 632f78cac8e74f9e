//! The human report: a line per language and per cell, then a summary table and a closing line
//! whose first word says what the exit status says. The report goes to stdout, so that
//! `snippetgen verify > log` and `| grep FAIL` work; the progress bar goes to stderr, and only
//! when stderr is a terminal.

use std::io::Write;
use std::time::Duration;

use anyhow::Result;
use console::style;
use indicatif::{ProgressBar, ProgressStyle};

use super::{counts_by_language, plural, Counts, Event, Reporter, RunStatus};
use crate::verify::activity;
use crate::verify::outcome::{CellResult, Outcome};

pub struct Human {
    bar: Option<ProgressBar>,
}

impl Human {
    pub fn new() -> Human {
        Human { bar: None }
    }

    /// Writes lines to stdout, above the progress bar if there is one.
    fn print(&self, text: &str) -> Result<()> {
        let write = || -> std::io::Result<()> {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{text}")?;
            out.flush()
        };
        match &self.bar {
            Some(bar) => bar.suspend(write)?,
            None => write()?,
        }
        Ok(())
    }
}

impl Reporter for Human {
    fn event(&mut self, event: &Event) -> Result<()> {
        match event {
            Event::Started { cells, jobs, cached, partition, .. } => {
                let fresh = cells - cached;
                let slice = partition.map(|p| format!(" (partition {p})")).unwrap_or_default();
                self.print(&format!(
                    "{} {}{slice}: {cached} cached, {fresh} to run, {}",
                    style("verifying").bold(),
                    plural(*cells, "cell"),
                    plural(*jobs, "job")
                ))?;
                if console::user_attended_stderr() {
                    let bar = ProgressBar::new(*cells as u64);
                    bar.set_style(
                        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} {wide_msg}")
                            .expect("valid template"),
                    );
                    bar.enable_steady_tick(Duration::from_millis(120));
                    // What is under way, with its time, read from the activity board.
                    let shown = bar.clone();
                    std::thread::spawn(move || {
                        while !shown.is_finished() {
                            shown.set_message(activity::summary());
                            std::thread::sleep(Duration::from_millis(250));
                        }
                    });
                    self.bar = Some(bar);
                }
            }
            Event::LanguageReady { facts, unavailable } => {
                let text = match unavailable {
                    Some(stop) => format!("{} {}: {}", label(stop.outcome), facts.id, stop.detail),
                    None => format!(
                        "{} {}: {}",
                        style(" READY").cyan().bold(),
                        facts.id,
                        facts.toolchain.as_deref().unwrap_or("version unknown")
                    ),
                };
                self.print(&text)?;
            }
            Event::CellFinished(r) => {
                self.print(&cell_line(r))?;
                if let Some(bar) = &self.bar {
                    bar.inc(1);
                }
            }
            Event::Finished { results, status, elapsed } => {
                if let Some(bar) = self.bar.take() {
                    bar.finish_and_clear();
                }
                self.print(&summary(results, *status, *elapsed))?;
            }
        }
        Ok(())
    }
}

fn label(outcome: Outcome) -> console::StyledObject<&'static str> {
    match outcome {
        Outcome::Pass => style("  PASS").green().bold(),
        Outcome::Fail => style("  FAIL").red().bold(),
        Outcome::Error => style(" ERROR").red().bold(),
        Outcome::Skipped => style("  SKIP").yellow().bold(),
        Outcome::NotApplicable => style("   N/A").dim().bold(),
    }
}

fn cell_line(r: &CellResult) -> String {
    let label = label(r.outcome);
    let mut text = if r.cached {
        format!("{label} [cached ] {} {}", r.lang, r.code)
    } else {
        format!("{label} [{:>6.2}s] {} {}", r.duration_ms as f64 / 1000.0, r.lang, r.code)
    };
    match (&r.check, &r.detail) {
        (Some(check), Some(detail)) => text.push_str(&format!(": {check}: {detail}")),
        (None, Some(reason)) => text.push_str(&format!(": {reason}")),
        _ => {}
    }
    for warning in &r.warnings {
        text.push_str(&format!("\n        {} {warning}", style("warning:").yellow().bold()));
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
    text
}

/// The table of counts per language and the closing line.
fn summary(results: &[CellResult], status: RunStatus, elapsed: Duration) -> String {
    let by_language = counts_by_language(results);
    let width = by_language.iter().map(|(l, _)| l.len()).max().unwrap_or(0).max("LANGUAGE".len());
    let row = |name: &str, c: &Counts| {
        format!("{name:<width$} {:>5} {:>5} {:>6} {:>8} {:>5}\n", c.pass, c.fail, c.error, c.skipped, c.na)
    };
    let mut out =
        format!("\n{:<width$} {:>5} {:>5} {:>6} {:>8} {:>5}\n", "LANGUAGE", "PASS", "FAIL", "ERROR", "SKIPPED", "N/A");
    for (lang, c) in &by_language {
        out.push_str(&row(lang, c));
    }
    let mut total = Counts::default();
    results.iter().for_each(|r| total.add(r.outcome));
    out.push_str(&row("total", &total));
    let verdict = match status {
        RunStatus::Passed => style("passed").green().bold(),
        RunStatus::ShortFall => style("failed").red().bold(),
        RunStatus::Interrupted => style("interrupted").red().bold(),
    };
    let warnings: usize = results.iter().map(|r| r.warnings.len()).sum();
    let warned = if warnings == 0 { String::new() } else { format!(" ({})", plural(warnings, "warning")) };
    out.push_str(&format!(
        "{verdict}: {} passed{warned}, {} failed, {} errors, {} skipped, {} n/a in {:.1}s",
        total.pass,
        total.fail,
        total.error,
        total.skipped,
        total.na,
        elapsed.as_secs_f64()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::outcome::{Check, Stop};

    #[test]
    fn the_closing_line_says_what_the_exit_status_says() {
        console::set_colors_enabled(false);
        let pass = CellResult::passed("go", 200, 1);
        let skip = CellResult::from_verdict("php", 200, Err(Stop::skipped(Check::Toolchain, "install php")), 0);
        let text = summary(&[pass.clone(), skip], RunStatus::ShortFall, Duration::from_secs(1));
        assert!(text.lines().last().unwrap().starts_with("failed: 1 passed, 0 failed, 0 errors, 1 skipped"), "{text}");
        let text = summary(&[pass], RunStatus::Passed, Duration::from_secs(1));
        assert!(text.lines().last().unwrap().starts_with("passed: 1 passed"), "{text}");
    }
}

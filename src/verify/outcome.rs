//! Typed verdicts: what a cell's result is (`Outcome`), which check decided it (`Check`), and the
//! result itself (`CellResult`), built from what happened. Nothing here defaults to a pass: a
//! result is made only from a verdict the executor or the plan reached.
//!
//! In JSON both `Outcome` and `Check` are stable strings (`"pass"`, `"header Location"`,
//! `"GET without Range: status"`), documented in `docs/verify-report.schema.json`.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A cell's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// The snippet met every check.
    #[serde(rename = "pass")]
    Pass,
    /// The snippet is wrong: a build step, the server's start or a rule failed.
    #[serde(rename = "fail")]
    Fail,
    /// verify could not run the cell: a set-up, I/O or environment failure, not the snippet's fault.
    #[serde(rename = "error")]
    Error,
    /// A toolchain is missing; the detail says how to install it.
    #[serde(rename = "skipped")]
    Skipped,
    /// The stack cannot produce the code correctly; the detail is the descriptor's reason.
    #[serde(rename = "n/a")]
    NotApplicable,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Error => "error",
            Outcome::Skipped => "skipped",
            Outcome::NotApplicable => "n/a",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The check that decided a cell that did not pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// The snippet file could not be read.
    Snippet,
    /// A toolchain command is not installed.
    Toolchain,
    /// The shared dependencies are missing or could not be set up.
    Deps,
    /// The harness: laying out the work dir, rendering harness files, or a snippet that would not
    /// reach the toolchain unchanged.
    Harness,
    /// A lint or build step of the descriptor, by its name (`lint`, `vet`, `compile`).
    Step(String),
    /// Starting the server and waiting for it to accept connections.
    Start,
    /// Sending a request and reading the response; `probe` names the exchange (none: the main one).
    Request { probe: Option<String> },
    /// A rule of the judge (`status`, `header Location`, `no content`), in the named exchange.
    Rule { probe: Option<String>, rule: String },
}

impl Check {
    pub fn rule(probe: Option<&str>, rule: impl Into<String>) -> Check {
        Check::Rule { probe: probe.filter(|p| !p.is_empty()).map(str::to_string), rule: rule.into() }
    }

    pub fn request(probe: Option<&str>) -> Check {
        Check::Request { probe: probe.filter(|p| !p.is_empty()).map(str::to_string) }
    }

    /// The check named by its stable string, as `Display` writes it. A name that is neither a
    /// fixed check nor `PROBE: request` is a rule when it has a probe, else a step or rule name,
    /// kept as a rule: both display the same, so the string survives a round trip.
    pub fn parse(text: &str) -> Check {
        match text {
            "snippet" => return Check::Snippet,
            "toolchain" => return Check::Toolchain,
            "deps" => return Check::Deps,
            "harness" => return Check::Harness,
            "start" => return Check::Start,
            "request" => return Check::Request { probe: None },
            _ => {}
        }
        match text.split_once(": ") {
            Some((probe, "request")) => Check::request(Some(probe)),
            Some((probe, rule)) => Check::rule(Some(probe), rule),
            None => Check::rule(None, text),
        }
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Check::Snippet => f.write_str("snippet"),
            Check::Toolchain => f.write_str("toolchain"),
            Check::Deps => f.write_str("deps"),
            Check::Harness => f.write_str("harness"),
            Check::Step(name) => f.write_str(name),
            Check::Start => f.write_str("start"),
            Check::Request { probe: None } => f.write_str("request"),
            Check::Request { probe: Some(p) } => write!(f, "{p}: request"),
            Check::Rule { probe: None, rule } => f.write_str(rule),
            Check::Rule { probe: Some(p), rule } => write!(f, "{p}: {rule}"),
        }
    }
}

impl Serialize for Check {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Check {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Check, D::Error> {
        Ok(Check::parse(&String::deserialize(deserializer)?))
    }
}

/// Why a cell did not pass: its outcome (fail, error or skipped), the check, what happened, and
/// the output to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    pub outcome: Outcome,
    pub check: Check,
    pub detail: String,
    pub output: Option<String>,
}

impl Stop {
    /// The snippet is at fault.
    pub fn fail(check: Check, detail: impl Into<String>, output: Option<String>) -> Stop {
        Stop { outcome: Outcome::Fail, check, detail: detail.into(), output }
    }

    /// verify could not do its part (I/O, set-up): nobody's verdict on the snippet.
    pub fn error(check: Check, detail: impl Into<String>) -> Stop {
        Stop { outcome: Outcome::Error, check, detail: detail.into(), output: None }
    }

    pub fn skipped(check: Check, detail: impl Into<String>) -> Stop {
        Stop { outcome: Outcome::Skipped, check, detail: detail.into(), output: None }
    }
}

/// What proving a cell came to: it passed every MUST, with the SHOULDs it missed as warnings
/// (`PROBE: rule: expected ..., got ...`), or it stopped at one.
pub type Verdict = Result<Vec<String>, Stop>;

/// One cell's result, as reporters, the cache and the JSON report see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CellResult {
    pub lang: String,
    pub code: u16,
    pub outcome: Outcome,
    /// The check that decided a cell that did not pass.
    pub check: Option<Check>,
    /// What happened: expected against got, the n/a reason, the install hint.
    pub detail: Option<String>,
    /// The tail of the tool's or server's output, for failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    pub duration_ms: u64,
    /// True when the verdict came from the cache: nothing that decides it changed.
    #[serde(default)]
    pub cached: bool,
    /// For a failure: the template the snippet was rendered from, the place to fix it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// The SHOULDs a passing cell missed, each `check: expected ..., got ...`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Where the work directory was kept, with --keep-workdirs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workdir: Option<String>,
    /// Where the time of the run that decided this cell went (none for a cached or n/a cell).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phases: Option<Phases>,
}

/// Where a cell's time went, for benchmarks (ci/bench.sh reads them to measure the floor): the
/// build steps and the server's start are its batch's, shared by `batch_cells` cells; the
/// requests are the cell's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phases {
    pub batch_cells: usize,
    /// The build steps, once for the batch.
    pub build_ms: u64,
    /// From starting the server until it accepted connections (once for the batch when one
    /// server serves it).
    pub start_ms: u64,
    /// Every request to the cell and the judging of its exchanges.
    pub probe_ms: u64,
    /// The main exchange alone (part of `probe_ms`): the rest is what the further probes (HEAD,
    /// Allow, keep-alive, conditional, range, HTTP/1.0, WebSocket) cost.
    pub main_ms: u64,
}

impl CellResult {
    /// A cell that met every check.
    #[cfg(test)]
    pub fn passed(lang: &str, code: u16, duration_ms: u64) -> CellResult {
        CellResult::from_verdict(lang, code, Ok(Vec::new()), duration_ms)
    }

    /// A cell the descriptor declares not applicable, with its reason.
    pub fn not_applicable(lang: &str, code: u16, reason: &str) -> CellResult {
        CellResult {
            outcome: Outcome::NotApplicable,
            detail: Some(reason.to_string()),
            ..CellResult::from_verdict(lang, code, Ok(Vec::new()), 0)
        }
    }

    /// The result a verdict makes.
    pub fn from_verdict(lang: &str, code: u16, verdict: Verdict, duration_ms: u64) -> CellResult {
        let (outcome, check, detail, output, warnings) = match verdict {
            Ok(warnings) => (Outcome::Pass, None, None, None, warnings),
            Err(stop) => (
                stop.outcome,
                Some(stop.check),
                Some(stop.detail),
                stop.output.filter(|o| !o.trim().is_empty()),
                Vec::new(),
            ),
        };
        CellResult {
            lang: lang.to_string(),
            code,
            outcome,
            check,
            detail,
            output,
            duration_ms,
            cached: false,
            template: None,
            warnings,
            workdir: None,
            phases: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_display_as_stable_strings_and_parse_back() {
        let cases = [
            (Check::Snippet, "snippet"),
            (Check::Step("vet".into()), "vet"),
            (Check::Start, "start"),
            (Check::request(None), "request"),
            (Check::request(Some("GET bytes=2-5")), "GET bytes=2-5: request"),
            (Check::rule(None, "header Location"), "header Location"),
            (Check::rule(Some("GET without If-None-Match"), "status"), "GET without If-None-Match: status"),
        ];
        for (check, text) in cases {
            assert_eq!(check.to_string(), text);
            assert_eq!(Check::parse(text).to_string(), text);
        }
        assert_eq!(Check::parse("GET bytes=2-5: request"), Check::request(Some("GET bytes=2-5")));
        assert_eq!(serde_json::to_string(&Check::rule(None, "status")).unwrap(), "\"status\"");
    }

    #[test]
    fn outcomes_serialize_as_their_labels() {
        for outcome in [Outcome::Pass, Outcome::Fail, Outcome::Error, Outcome::Skipped, Outcome::NotApplicable] {
            assert_eq!(serde_json::to_value(outcome).unwrap(), outcome.label());
        }
    }

    #[test]
    fn a_result_is_what_its_verdict_says() {
        let stop = Stop::error(Check::Harness, "disk full");
        let r = CellResult::from_verdict("go", 404, Err(stop), 3);
        assert_eq!((r.outcome, r.check.as_ref().map(|c| c.to_string())), (Outcome::Error, Some("harness".into())));
        assert_eq!(CellResult::passed("go", 404, 1).outcome, Outcome::Pass);
        assert_eq!(CellResult::not_applicable("go", 102, "why").outcome, Outcome::NotApplicable);
    }
}

//! What the pages show, gathered from the inputs and checked: the catalog's text, the committed
//! snippets (`index.json` and the files it names), the verify report's evidence for each
//! example, the browser compatibility data and the specification's links. The result is plain
//! data, serialized as the theme's templates see it (kebab-case fields, documented in
//! docs/theme.md).

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use super::compat::{Compat, Table};
use crate::catalog::{RegistryNote, Status};
use crate::error::input_error;
use crate::language::Language;
use crate::verify::outcome::{CellResult, Outcome};
use crate::verify::report::{Dependency, Report};

pub const IANA_REGISTRY: &str = "https://www.iana.org/assignments/http-status-codes/";

/// `index.json` as generate writes it; only what the site needs (the catalog's text comes from
/// the catalog itself).
#[derive(Debug, Deserialize)]
struct Index {
    languages: Vec<IndexLanguage>,
    codes: Vec<IndexCode>,
}

#[derive(Debug, Clone, Deserialize)]
struct IndexLanguage {
    id: String,
    name: String,
    fence: String,
}

#[derive(Debug, Deserialize)]
struct IndexCode {
    code: u16,
    snippets: Vec<IndexSnippet>,
}

#[derive(Debug, Deserialize)]
struct IndexSnippet {
    lang: String,
    path: String,
    outcome: String,
    reason: Option<String>,
}

/// One example to show: a language's snippet for a code, read from the snippets directory.
pub struct Cell {
    pub code: u16,
    pub lang_id: String,
    pub lang_name: String,
    pub fence: String,
    pub text: String,
    /// The not-applicable reason from the index.
    pub reason: Option<String>,
    /// The program whose output is the toolchain's version line (`node` for `node --version`),
    /// from the language's descriptor; empty for a language the project does not describe.
    pub program: String,
}

/// Reads `index.json` and every snippet it lists for the catalog's codes, in page order
/// (codes ascending, languages in the descriptors' order). The index and the catalog must
/// describe the same codes.
pub fn read_cells(dir: &Path, statuses: &[Status], descriptors: &[Language]) -> Result<Vec<Cell>> {
    // `SiteArgs::resolve` has checked that the index is there.
    let index_path = dir.join(crate::project::INDEX_FILE);
    let text =
        std::fs::read_to_string(&index_path).map_err(|e| input_error!("{}: cannot read: {e}", index_path.display()))?;
    let index: Index = serde_json::from_str(&text)
        .map_err(|e| input_error!("{}:{}: not a snippets index: {e}", index_path.display(), e.line()))?;
    let regenerate = format!("run `snippetgen generate --out {}`", dir.display());
    let languages: BTreeMap<&str, &IndexLanguage> = index.languages.iter().map(|l| (l.id.as_str(), l)).collect();
    let position = |id: &str| index.languages.iter().position(|l| l.id == id).unwrap_or(usize::MAX);
    let mut by_code: BTreeMap<u16, &IndexCode> = BTreeMap::new();
    for entry in &index.codes {
        if !statuses.iter().any(|s| s.code == entry.code) {
            return Err(input_error!(
                "{}: lists code {}, which is not in the catalog: the snippets come from another catalog; {regenerate}",
                index_path.display(),
                entry.code
            ));
        }
        by_code.insert(entry.code, entry);
    }
    let mut cells = Vec::new();
    for status in statuses {
        let entry = by_code
            .get(&status.code)
            .ok_or_else(|| input_error!("{}: has no code {}: {regenerate}", index_path.display(), status.code))?;
        let mut snippets: Vec<&IndexSnippet> = entry.snippets.iter().collect();
        snippets.sort_by_key(|s| position(&s.lang));
        for snippet in snippets {
            let lang = languages.get(snippet.lang.as_str()).ok_or_else(|| {
                input_error!(
                    "{}: code {} has a snippet of `{}`, which its `languages` do not list",
                    index_path.display(),
                    status.code,
                    snippet.lang
                )
            })?;
            let path = dir.join(&snippet.path);
            if snippet.path.split('/').any(|part| part == ".." || part.is_empty()) {
                return Err(input_error!(
                    "{}: snippet path `{}` leaves the directory",
                    index_path.display(),
                    snippet.path
                ));
            }
            let text = std::fs::read_to_string(&path)
                .map_err(|e| input_error!("{}: cannot read: {e}; {regenerate}", path.display()))?;
            cells.push(Cell {
                code: status.code,
                lang_id: lang.id.clone(),
                lang_name: lang.name.clone(),
                fence: lang.fence.clone(),
                text,
                reason: if snippet.outcome == "n/a" { snippet.reason.clone() } else { None },
                program: descriptors
                    .iter()
                    .find(|l| l.id == lang.id)
                    .and_then(|l| l.toolchain.version.first())
                    .map(|p| p.rsplit('/').next().unwrap_or(p).to_string())
                    .unwrap_or_default(),
            });
        }
    }
    Ok(cells)
}

/// What a page says about where an example stands.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Evidence {
    /// `pass`, `fail`, `error`, `skipped`, `n/a`, or `unverified`.
    pub kind: &'static str,
    /// A short label: "Verified", "Verification failed", "Not applicable", "Not verified"...
    pub label: &'static str,
    /// For a cell the run tried: the toolchain's version line and the dependencies as installed.
    pub toolchain: Option<String>,
    pub dependencies: Vec<Dependency>,
    /// The run's date (YYYY-MM-DD), its start (RFC 3339) and the snippetgen that ran it.
    pub date: Option<String>,
    pub started_at: Option<String>,
    pub snippetgen_version: Option<String>,
    /// The check that decided a cell that did not pass, and what it found.
    pub check: Option<String>,
    pub detail: Option<String>,
    /// For n/a: why the stack cannot produce the code; for unverified: why there is no verdict.
    pub reason: Option<String>,
}

impl Evidence {
    fn bare(kind: &'static str, label: &'static str) -> Evidence {
        Evidence {
            kind,
            label,
            toolchain: None,
            dependencies: Vec::new(),
            date: None,
            started_at: None,
            snippetgen_version: None,
            check: None,
            detail: None,
            reason: None,
        }
    }
}

/// The evidence a report gives about a cell, or what is known without one.
pub fn evidence(cell: &Cell, report: Option<&Report>, results: &BTreeMap<(&str, u16), &CellResult>) -> Evidence {
    let result = results.get(&(cell.lang_id.as_str(), cell.code));
    let Some((report, result)) = report.zip(result) else {
        // Without a verdict: the index's n/a reason, or why there is none.
        let (kind, label, reason) = match (&cell.reason, report) {
            (Some(reason), _) => ("n/a", "Not applicable", reason.clone()),
            (None, None) => {
                ("unverified", "Not verified", "no verify report was given when these pages were built".into())
            }
            (None, Some(_)) => {
                ("unverified", "Not verified", "the verify report has no result for this example".into())
            }
        };
        return Evidence { reason: Some(reason), ..Evidence::bare(kind, label) };
    };
    let (kind, label) = match result.outcome {
        Outcome::Pass => ("pass", "Verified"),
        Outcome::Fail => ("fail", "Verification failed"),
        Outcome::Error => ("error", "Could not be verified"),
        Outcome::Skipped => ("skipped", "Not verified (skipped)"),
        Outcome::NotApplicable => ("n/a", "Not applicable"),
    };
    let mut evidence = Evidence {
        date: Some(report.date().to_string()),
        started_at: Some(report.started_at.clone()),
        snippetgen_version: Some(report.snippetgen_version.clone()),
        ..Evidence::bare(kind, label)
    };
    if kind == "n/a" {
        evidence.reason = result.detail.clone().or_else(|| cell.reason.clone());
        return evidence;
    }
    if let Some(facts) = report.languages.iter().find(|l| l.id == cell.lang_id) {
        evidence.toolchain = facts.toolchain.as_deref().map(|line| labelled(line, &cell.program));
        evidence.dependencies = facts.dependencies.clone();
    }
    evidence.check = result.check.as_ref().map(|c| c.to_string());
    evidence.detail = result.detail.clone();
    evidence
}

/// A toolchain's version line as a reader can place it: `node --version` prints only
/// `v20.20.2`, so a line that does not name the program that printed it gets the name in front
/// (`node v20.20.2`); `Python 3.11.7` and `go version go1.26.8` stay as they are.
fn labelled(line: &str, program: &str) -> String {
    // `python3 --version` prints `Python 3.11.7`: the name without its version suffix counts.
    let name = program.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').to_lowercase();
    if name.is_empty() || line.to_lowercase().contains(&name) {
        line.to_string()
    } else {
        format!("{program} {line}")
    }
}

/// The results of a report by cell.
pub fn results_by_cell(report: Option<&Report>) -> BTreeMap<(&str, u16), &CellResult> {
    report.map(|r| r.results.iter().map(|c| ((c.lang.as_str(), c.code), c)).collect()).unwrap_or_default()
}

/// The URL of a section of an RFC at the RFC Editor, or None for a document that is no RFC.
pub fn spec_url(spec: &str, section: &str) -> Option<String> {
    let number = spec.trim().strip_prefix("RFC")?.trim();
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let section = section.trim();
    if section.is_empty() {
        return Some(format!("https://www.rfc-editor.org/rfc/rfc{number}"));
    }
    let anchor = if section.bytes().all(|b| b.is_ascii_digit() || b == b'.') { "section" } else { "appendix" };
    Some(format!("https://www.rfc-editor.org/rfc/rfc{number}#{anchor}-{}", section.trim_start_matches("Appendix ")))
}

/// The class of a code as the index groups it: "5xx", "Server Error".
pub fn class_range(code: u16) -> String {
    format!("{}xx", code / 100)
}

/// A link to another page.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PageLink {
    pub code: u16,
    pub name: String,
    pub href: String,
}

/// One example as a page shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Example {
    pub lang: ExampleLang,
    /// The snippet's text as generated (templates escape it; Markdown fences it).
    pub text: String,
    /// The snippet highlighted: escaped HTML with `sg-` classes.
    pub code_html: String,
    /// A Markdown fence that no backtick run in the text closes: "```" or longer.
    pub fence: String,
    pub evidence: Evidence,
    /// The tab shown first: the page's first example that is not n/a (a stack that cannot
    /// produce the code is a poor first sight), or the first when all are.
    pub selected: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ExampleLang {
    pub id: String,
    pub name: String,
    pub fence: String,
}

/// A code's page.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Page {
    pub code: u16,
    pub name: String,
    /// "Server Error"; `class-range` is "5xx".
    pub class: &'static str,
    pub class_range: String,
    /// "Server", "Client", or "None" for a code that is no error.
    pub fault: &'static str,
    pub is_error: bool,
    /// "unused" or "obsoleted" when the registry marks the code so.
    pub registry: Option<RegistryNote>,
    pub tldr: String,
    pub meaning: String,
    pub causes: Vec<String>,
    pub fix_visitors: Vec<String>,
    pub fix_developers: Vec<String>,
    pub spec: String,
    pub section: String,
    pub spec_url: Option<String>,
    pub registry_url: &'static str,
    pub title: String,
    pub description: String,
    /// The page's path below the site: "503/".
    pub path: String,
    pub canonical: Option<String>,
    pub examples: Vec<Example>,
    pub compat: Option<Table>,
    pub prev: Option<PageLink>,
    pub next: Option<PageLink>,
}

/// A code as the index lists it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Entry {
    pub code: u16,
    pub name: String,
    pub tldr: String,
    pub href: String,
    /// What the filter matches, lowercase: code, name and TL;DR.
    pub search: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Group {
    pub range: String,
    pub class: &'static str,
    pub id: String,
    pub codes: Vec<Entry>,
}

/// Builds the pages: `highlighted` holds each cell's HTML, in the order of `cells`.
pub fn pages(
    statuses: &[Status],
    cells: &[Cell],
    highlighted: Vec<String>,
    report: Option<&Report>,
    compat: &Compat,
    base_url: Option<&str>,
) -> Vec<Page> {
    let results = results_by_cell(report);
    let mut examples: BTreeMap<u16, Vec<Example>> = BTreeMap::new();
    for (cell, code_html) in cells.iter().zip(highlighted) {
        examples.entry(cell.code).or_default().push(Example {
            lang: ExampleLang { id: cell.lang_id.clone(), name: cell.lang_name.clone(), fence: cell.fence.clone() },
            text: cell.text.clone(),
            code_html,
            fence: markdown_fence(&cell.text),
            evidence: evidence(cell, report, &results),
            selected: false,
        });
    }
    for page in examples.values_mut() {
        let first = page.iter().position(|e| e.evidence.kind != "n/a").unwrap_or(0);
        if let Some(example) = page.get_mut(first) {
            example.selected = true;
        }
    }
    let link = |s: &Status| PageLink { code: s.code, name: s.name.clone(), href: format!("{}/index.html", s.code) };
    statuses
        .iter()
        .enumerate()
        .map(|(i, status)| {
            let examples = examples.remove(&status.code).unwrap_or_default();
            let path = format!("{}/", status.code);
            Page {
                code: status.code,
                name: status.name.clone(),
                class: status.class,
                class_range: class_range(status.code),
                fault: status.fault,
                is_error: status.code >= 400,
                registry: status.registry,
                tldr: status.tldr.clone(),
                meaning: status.meaning.clone(),
                causes: status.causes.clone(),
                fix_visitors: status.fix_visitors.clone(),
                fix_developers: status.fix_developers.clone(),
                spec: status.spec.clone(),
                section: status.section.clone(),
                spec_url: spec_url(&status.spec, &status.section),
                registry_url: IANA_REGISTRY,
                title: format!("{} {} - HTTP status code", status.code, status.name),
                description: description(status, examples.len()),
                canonical: base_url.map(|b| format!("{b}{path}")),
                path,
                compat: compat.table(status.code),
                prev: i.checked_sub(1).map(|p| link(&statuses[p])),
                next: statuses.get(i + 1).map(link),
                examples,
            }
        })
        .collect()
}

/// The meta description: the code, its TL;DR, and what the page holds (plain text).
fn description(status: &Status, examples: usize) -> String {
    let tldr = status.tldr.replace('`', "");
    let stacks = if examples == 1 { "1 stack".to_string() } else { format!("{examples} stacks") };
    format!("{} {}: {tldr} Causes, fixes and verified code examples in {stacks}.", status.code, status.name)
}

/// The index's groups: one per class, codes ascending.
pub fn groups(statuses: &[Status]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for status in statuses {
        let range = class_range(status.code);
        if groups.last().map(|g| &g.range) != Some(&range) {
            groups.push(Group {
                id: format!("class-{range}"),
                range: range.clone(),
                class: status.class,
                codes: Vec::new(),
            });
        }
        let search = format!("{} {} {}", status.code, status.name, status.tldr.replace('`', "")).to_lowercase();
        groups.last_mut().expect("pushed").codes.push(Entry {
            code: status.code,
            name: status.name.clone(),
            tldr: status.tldr.clone(),
            href: format!("{}/index.html", status.code),
            search,
        });
    }
    groups
}

/// "```", or one backtick more than the longest run of backticks in `text`.
fn markdown_fence(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_links_point_at_the_section() {
        assert_eq!(
            spec_url("RFC 9110", "15.6.4").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4")
        );
        assert_eq!(spec_url("RFC 8297", "2").as_deref(), Some("https://www.rfc-editor.org/rfc/rfc8297#section-2"));
        assert_eq!(spec_url("RFC 2518", "").as_deref(), Some("https://www.rfc-editor.org/rfc/rfc2518"));
        assert_eq!(spec_url("WHATWG Fetch", "3"), None);
    }

    #[test]
    fn toolchain_lines_name_their_program() {
        assert_eq!(labelled("v20.20.2", "node"), "node v20.20.2");
        assert_eq!(labelled("Python 3.11.7", "python3"), "Python 3.11.7");
        assert_eq!(labelled("go version go1.26.8 linux/amd64", "go"), "go version go1.26.8 linux/amd64");
        assert_eq!(labelled("nginx version: nginx/1.22.1", "nginx"), "nginx version: nginx/1.22.1");
        assert_eq!(labelled("1.2.3", ""), "1.2.3");
    }

    #[test]
    fn fences_outlast_the_backticks_inside() {
        assert_eq!(markdown_fence("plain"), "```");
        assert_eq!(markdown_fence("a ``` b"), "````");
        assert_eq!(markdown_fence("`````"), "``````");
    }
}

//! `snippetgen check`: proves that a snippets directory holds exactly what `generate` would
//! write. Drift shows as a unified diff per changed file (colored on a TTY), then the lists of
//! missing and unexpected files. Checking never writes; regenerating is `generate`'s job.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;
use console::style;
use similar::{ChangeTag, TextDiff};

use crate::error::input_error;
use crate::files::list_files;
use crate::project::{self, Project};

#[derive(Debug, Default)]
pub struct Drift {
    /// Path, the directory's text, the generated text.
    pub changed: Vec<(String, String, String)>,
    pub missing: Vec<String>,
    pub unexpected: Vec<String>,
}

impl Drift {
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.missing.is_empty() && self.unexpected.is_empty()
    }
}

pub fn compare(project: &Project, dir: &Path) -> Result<Drift> {
    if !dir.is_dir() {
        return Err(no_snippets(dir));
    }
    let expected: BTreeMap<String, String> = project::render_all(project, &project.select(&[], &[])?)?;
    let present: Vec<String> = list_files(dir)?.into_iter().filter(|rel| rel != crate::generate::MARKER).collect();
    if present.is_empty() {
        return Err(no_snippets(dir));
    }
    let mut drift = Drift::default();
    for rel in &present {
        match expected.get(rel) {
            None => drift.unexpected.push(rel.clone()),
            Some(want) => {
                let bytes = std::fs::read(dir.join(rel))?;
                let have = String::from_utf8_lossy(&bytes).into_owned();
                if bytes != want.as_bytes() {
                    drift.changed.push((rel.clone(), have, want.clone()));
                }
            }
        }
    }
    drift.missing = expected.keys().filter(|k| !present.contains(k)).cloned().collect();
    Ok(drift)
}

/// A snippets directory generated from another catalog (the hostile-message one, a smaller
/// one) would fail each cell whose message differs, for no fault of the snippet: its index says
/// which catalog it was rendered from, so a selected code the index lacks, or gives another
/// message, is an input error with the command that renders the directory from this catalog.
pub fn generated_from(project: &Project, dir: &Path, codes: &[u16], catalog: Option<&Path>) -> Result<()> {
    let Ok(text) = std::fs::read_to_string(dir.join(project::INDEX_FILE)) else {
        return Ok(());
    };
    let Ok(index) = serde_json::from_str::<serde_json::Value>(&text) else {
        return Ok(());
    };
    let Some(entries) = index["codes"].as_array() else {
        return Ok(());
    };
    for &code in codes {
        let status = project.catalog.get(code).expect("selected codes exist");
        let entry = entries.iter().find(|e| e["code"] == code);
        let differs = match entry.map(|e| &e["message"]) {
            None => format!("has no {code}"),
            Some(message) if message.as_str() != Some(status.message.as_str()) => {
                format!("gives {code} the message {message}, the catalog {}", serde_json::json!(status.message))
            }
            Some(_) => continue,
        };
        let flag = catalog.map(|c| format!("--catalog {} ", c.display())).unwrap_or_default();
        return Err(input_error!(
            "{0} was generated from another catalog (its {1} {differs}): render this catalog's snippets into a directory of their own, `snippetgen {flag}generate --out DIR`, and verify them with `--snippets DIR`",
            dir.display(),
            project::INDEX_FILE
        ));
    }
    Ok(())
}

/// The input error for a snippets directory that holds none (or does not exist), with the
/// command that writes them there.
pub fn no_snippets(dir: &Path) -> anyhow::Error {
    input_error!("no snippets in {0}: run `snippetgen generate --out {0}`", dir.display())
}

/// The report: a unified diff per changed file, then missing and unexpected files.
pub fn report(drift: &Drift, dir: &Path) -> String {
    let mut out = String::new();
    for (rel, have, want) in &drift.changed {
        let path = format!("{}/{rel}", dir.display());
        let diff = TextDiff::from_lines(have.as_str(), want.as_str());
        let _ = writeln!(out, "{}", style(format!("--- {path} (in the directory)")).red());
        let _ = writeln!(out, "{}", style(format!("+++ {path} (generated)")).green());
        for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
            let _ = writeln!(out, "{}", style(hunk.header()).cyan());
            for change in hunk.iter_changes() {
                let (sign, line) = (change.tag(), change.to_string_lossy());
                let line = line.strip_suffix('\n').unwrap_or(&line).to_string();
                let missing_newline = if change.missing_newline() { "\n\\ No newline at end of file" } else { "" };
                let text = match sign {
                    ChangeTag::Delete => style(format!("-{line}{missing_newline}")).red().to_string(),
                    ChangeTag::Insert => style(format!("+{line}{missing_newline}")).green().to_string(),
                    ChangeTag::Equal => format!(" {line}{missing_newline}"),
                };
                let _ = writeln!(out, "{text}");
            }
        }
    }
    if !drift.missing.is_empty() {
        let _ = writeln!(out, "missing ({}):", drift.missing.len());
        for rel in &drift.missing {
            let _ = writeln!(out, "  {}/{rel}", dir.display());
        }
    }
    if !drift.unexpected.is_empty() {
        let _ = writeln!(out, "unexpected ({}):", drift.unexpected.len());
        for rel in &drift.unexpected {
            let _ = writeln!(out, "  {}/{rel}", dir.display());
        }
    }
    out
}

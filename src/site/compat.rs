//! Browser compatibility, from MDN's browser-compat-data as carried in `data/browser-compat.json`
//! (only `http.status`: 103, 308 and 425 are the codes it has an entry for; `ci/browser-compat.sh`
//! refreshes the file). A code without an entry gets no table: no browser treats it specially.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize)]
struct Data {
    source: Source,
    browsers: BTreeMap<String, String>,
    codes: BTreeMap<String, Entry>,
}

/// Where the data came from: the npm package, its version and its date.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all(serialize = "kebab-case"))]
pub struct Source {
    pub package: String,
    pub version: String,
    pub date: String,
    pub license: String,
}

#[derive(Debug, Deserialize)]
struct Entry {
    mdn_url: String,
    support: BTreeMap<String, Vec<Statement>>,
}

/// One BCD support statement (a browser may have several: a current one, then older ones).
#[derive(Debug, Deserialize)]
struct Statement {
    version_added: Option<VersionValue>,
    version_removed: Option<VersionValue>,
    #[serde(default)]
    partial_implementation: bool,
    prefix: Option<String>,
    alternative_name: Option<String>,
    #[serde(default)]
    flags: Vec<Flag>,
    notes: Option<Notes>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum VersionValue {
    Version(String),
    Flag(bool),
}

#[derive(Debug, Deserialize)]
struct Flag {
    name: String,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Notes {
    One(String),
    Many(Vec<String>),
}

/// A code's table, as the page shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Table {
    pub rows: Vec<Row>,
    pub mdn_url: String,
    pub source: Source,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Row {
    pub browser: String,
    /// "103", "No", "Unknown"; a version behind a flag says so in `notes`.
    pub version: String,
    pub supported: bool,
    pub notes: Vec<String>,
}

pub struct Compat {
    data: Data,
}

impl Compat {
    pub fn load() -> Result<Compat> {
        let data = serde_json::from_str(crate::assets::BROWSER_COMPAT).context("built-in:data/browser-compat.json")?;
        Ok(Compat { data })
    }

    pub fn source(&self) -> &Source {
        &self.data.source
    }

    /// The table for a code, or None when MDN has no entry for it. Browsers in the data's
    /// order (by id), each with the version its current statement names.
    pub fn table(&self, code: u16) -> Option<Table> {
        let entry = self.data.codes.get(&code.to_string())?;
        let rows = entry
            .support
            .iter()
            .filter_map(|(id, statements)| {
                let current = statements.first()?;
                let browser = self.data.browsers.get(id).cloned().unwrap_or_else(|| id.clone());
                let (version, supported) = match &current.version_added {
                    Some(VersionValue::Version(v)) if v == "preview" => ("Preview".to_string(), true),
                    Some(VersionValue::Version(v)) => (v.clone(), true),
                    Some(VersionValue::Flag(false)) => ("No".to_string(), false),
                    Some(VersionValue::Flag(true)) => ("Yes".to_string(), true),
                    None => ("Unknown".to_string(), false),
                };
                let mut notes = Vec::new();
                if supported && !current.flags.is_empty() {
                    let names: Vec<&str> = current.flags.iter().map(|f| f.name.as_str()).collect();
                    notes.push(format!("Behind a flag: {}.", names.join(", ")));
                }
                if let Some(VersionValue::Version(v)) = &current.version_removed {
                    notes.push(format!("Removed in version {v}."));
                }
                if current.partial_implementation {
                    notes.push("Partial support.".into());
                }
                if let Some(prefix) = &current.prefix {
                    notes.push(format!("With the prefix {prefix}."));
                }
                if let Some(name) = &current.alternative_name {
                    notes.push(format!("Under the name {name}."));
                }
                match &current.notes {
                    Some(Notes::One(n)) => notes.push(n.clone()),
                    Some(Notes::Many(ns)) => notes.extend(ns.iter().cloned()),
                    None => {}
                }
                Some(Row { browser, version, supported, notes })
            })
            .collect();
        Some(Table { rows, mdn_url: entry.mdn_url.clone(), source: self.data.source.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_103_308_and_425_have_tables() {
        let compat = Compat::load().unwrap();
        let with: Vec<u16> = (100..600).filter(|&c| compat.table(c).is_some()).collect();
        assert_eq!(with, [103, 308, 425]);
        let t103 = compat.table(103).unwrap();
        let chrome = t103.rows.iter().find(|r| r.browser == "Chrome").unwrap();
        assert_eq!(chrome.version, "103");
        assert!(chrome.notes.iter().any(|n| n.contains("HTTP/2")), "{chrome:?}");
        let t425 = compat.table(425).unwrap();
        let safari = t425.rows.iter().find(|r| r.browser == "Safari").unwrap();
        assert!(!safari.supported && safari.version == "No");
        let chrome = t425.rows.iter().find(|r| r.browser == "Chrome").unwrap();
        assert!(chrome.notes.iter().any(|n| n.starts_with("Behind a flag")), "{chrome:?}");
        assert_eq!(compat.source().package, "@mdn/browser-compat-data");
    }
}

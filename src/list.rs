//! `snippetgen list`: the languages and the status codes, as a table or as one JSON object.

use std::fmt::Write as _;

use serde_json::{json, Value};

use crate::project::Project;

pub fn json(project: &Project) -> String {
    let languages: Vec<Value> = project
        .languages
        .iter()
        .map(|l| {
            json!({
                "id": l.id, "name": l.name, "extension": l.extension, "fence": l.fence,
                "not-applicable": l.not_applicable,
                "log-errors": l.verify.log_errors,
            })
        })
        .collect();
    let codes: Vec<Value> = project.catalog.statuses.iter().map(|s| json!(s)).collect();
    let mut text =
        serde_json::to_string_pretty(&json!({ "languages": languages, "codes": codes })).expect("list serializes");
    text.push('\n');
    text
}

pub fn table(project: &Project) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{:<10} {:<22} {:<5} {:<9} LOG CHECKS", "LANGUAGE", "NAME", "EXT", "N/A CELLS");
    for l in &project.languages {
        // A server log that is not read for errors is worth saying out loud.
        let logs = match l.verify.log_errors.len() {
            0 => "none declared".to_string(),
            1 => "1 pattern".to_string(),
            n => format!("{n} patterns"),
        };
        let _ = writeln!(out, "{:<10} {:<22} {:<5} {:<9} {logs}", l.id, l.name, l.extension, l.not_applicable.len());
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{:<5} {:<32} {:<14} {:<7} SPEC", "CODE", "NAME", "CLASS", "FAULT");
    for s in &project.catalog.statuses {
        let name = match s.registry {
            Some(note) => format!("{} [{}]", s.name, serde_json::to_value(note).unwrap().as_str().unwrap()),
            None => s.name.clone(),
        };
        let _ = writeln!(out, "{:<5} {:<32} {:<14} {:<7} {} {}", s.code, name, s.class, s.fault, s.spec, s.section);
    }
    out
}

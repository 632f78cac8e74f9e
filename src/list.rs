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
    // A code that is nobody's fault (1xx-3xx) has no fault: null, not the word "None".
    let codes: Vec<Value> = project
        .catalog
        .statuses
        .iter()
        .map(|s| {
            let mut value = json!(s);
            if s.fault == "None" {
                value["fault"] = Value::Null;
            }
            value
        })
        .collect();
    let mut text =
        serde_json::to_string_pretty(&json!({ "languages": languages, "codes": codes })).expect("list serializes");
    text.push('\n');
    text
}

pub fn table(project: &Project) -> String {
    let mut out = String::new();
    // Columns as wide as their longest entry, so that long ids and names still line up.
    let width = |texts: &mut dyn Iterator<Item = usize>, header: &str| texts.max().unwrap_or(0).max(header.len());
    let id_w = width(&mut project.languages.iter().map(|l| l.id.chars().count()), "LANGUAGE");
    let name_w = width(&mut project.languages.iter().map(|l| l.name.chars().count()), "NAME");
    let ext_w = width(&mut project.languages.iter().map(|l| l.extension.chars().count()), "EXT");
    let _ = writeln!(out, "{:<id_w$} {:<name_w$} {:<ext_w$} {:<9} LOG CHECKS", "LANGUAGE", "NAME", "EXT", "N/A CELLS");
    for l in &project.languages {
        // A server log that is not read for errors is worth saying out loud.
        let logs = match l.verify.log_errors.len() {
            0 => "none declared".to_string(),
            1 => "1 pattern".to_string(),
            n => format!("{n} patterns"),
        };
        let na = l.not_applicable.len();
        let _ = writeln!(out, "{:<id_w$} {:<name_w$} {:<ext_w$} {na:<9} {logs}", l.id, l.name, l.extension);
    }
    let _ = writeln!(out);
    let names: Vec<String> = project
        .catalog
        .statuses
        .iter()
        .map(|s| match s.registry {
            Some(note) => format!("{} [{}]", s.name, serde_json::to_value(note).unwrap().as_str().unwrap()),
            None => s.name.clone(),
        })
        .collect();
    let code_name_w = width(&mut names.iter().map(|n| n.chars().count()), "NAME");
    let class_w = width(&mut project.catalog.statuses.iter().map(|s| s.class.chars().count()), "CLASS");
    let _ = writeln!(out, "{:<5} {:<code_name_w$} {:<class_w$} {:<7} SPEC", "CODE", "NAME", "CLASS", "FAULT");
    for (s, name) in project.catalog.statuses.iter().zip(&names) {
        // No fault is a dash, not the word "None".
        let fault = if s.fault == "None" { "-" } else { s.fault };
        let _ = writeln!(
            out,
            "{:<5} {name:<code_name_w$} {:<class_w$} {fault:<7} {} {}",
            s.code, s.class, s.spec, s.section
        );
    }
    out
}

//! The project as loaded and validated, and rendering: one Handlebars registry holding every
//! template and helper, in strict mode and with HTML escaping off.
//!
//! Everything that can be wrong with the input (catalog, descriptors, template syntax) is found
//! by `Project::load`, before any file is written or any snippet is run.

use std::collections::{BTreeMap, HashMap};

use anyhow::{Context as _, Result};
use handlebars::{Context, Handlebars, Helper, HelperDef, RenderContext, RenderError, RenderErrorReason, ScopedJson};
use serde::Serialize;
use serde_json::{json, Value};

use crate::assets::{self, Overrides, SourceFile};
use crate::catalog::{Catalog, Status};
use crate::error::{input_error, line_of_key};
use crate::language::{Arg, Language, StringStyle};

/// The catalog, the languages and the templates, all validated.
pub struct Project {
    pub catalog: Catalog,
    pub languages: Vec<Language>,
    registry: Handlebars<'static>,
    /// Template name to the file it came from, for error messages.
    template_origins: BTreeMap<String, String>,
}

/// The languages and codes a command works on.
pub struct Selection<'p> {
    pub languages: Vec<&'p Language>,
    pub codes: Vec<u16>,
}

impl Project {
    pub fn load(overrides: &Overrides) -> Result<Project> {
        let catalog = Catalog::parse(&assets::catalog(overrides)?)?;
        let templates = assets::templates(overrides)?;
        let mut languages = Vec::new();
        let mut builtin_codes: Option<Vec<u16>> = None;
        for (file, source) in &assets::languages(overrides)? {
            let mut lang = Language::parse(source, &|name| templates.contains_key(name))?;
            lang.find_by_code_templates(templates.keys().map(String::as_str));
            let at = |table: Option<&str>, key: &str| {
                line_of_key(&source.text, table, key).map(|l| format!(":{l}")).unwrap_or_default()
            };
            let stem = file.rsplit('/').next().unwrap_or(file).trim_end_matches(".toml");
            if lang.id != stem {
                return Err(input_error!(
                    "{}{}: id `{}` differs from the file name: rename the file to {}.toml or set id = \"{stem}\"",
                    source.origin,
                    at(None, "id"),
                    lang.id,
                    lang.id
                ));
            }
            // A code another catalog has is fine (a smaller --catalog leaves it unused); a code
            // no catalog has is a mistake.
            for key in lang.not_applicable.keys() {
                let code: u16 = key.parse().expect("validated as a status code");
                if catalog.get(code).is_some() {
                    continue;
                }
                let builtin = builtin_codes.get_or_insert_with(|| {
                    let source = assets::catalog(&Overrides::default()).expect("built in");
                    Catalog::parse(&source).expect("valid").statuses.iter().map(|s| s.code).collect()
                });
                if !builtin.contains(&code) {
                    return Err(input_error!(
                        "{}{}: `not-applicable` names {code}, which is not in the catalog",
                        source.origin,
                        at(Some("not-applicable"), key)
                    ));
                }
            }
            if let Some(other) = languages.iter().find(|l: &&Language| l.id == lang.id) {
                return Err(input_error!(
                    "{}: language id `{}` is already used by {}",
                    source.origin,
                    lang.id,
                    other.origin
                ));
            }
            languages.push(lang);
        }
        languages.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        let styles = languages.iter().map(|l| (l.id.clone(), l.string_literal.clone())).collect();
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(handlebars::no_escape);
        registry.register_helper("str", Box::new(StringLiteral { styles }));
        registry.register_helper("concat", Box::new(concat));
        let mut template_origins = BTreeMap::new();
        for lang in &languages {
            if let Some((name, text)) = lang.default_not_applicable() {
                registry.register_template_string(&name, text).expect("the default not-applicable template parses");
                template_origins.insert(name, format!("the default not-applicable comment of {}", lang.origin));
            }
        }
        for (name, SourceFile { origin, text }) in &templates {
            registry.register_template_string(name, text).map_err(|err| {
                if let Some(block) = unbalanced_block(text) {
                    return input_error!("{origin}:{block}");
                }
                let line = err.pos().map(|(line, _)| format!(":{line}")).unwrap_or_default();
                input_error!("{origin}{line}: template syntax error: {}", err.reason())
            })?;
            template_origins.insert(name.clone(), origin.clone());
        }
        for lang in &languages {
            lang.check_arguments(&|text, vars| registry.render_template(text, vars))?;
        }
        Ok(Project { catalog, languages, registry, template_origins })
    }

    pub fn language(&self, id: &str) -> Result<&Language> {
        self.languages.iter().find(|l| l.id == id).ok_or_else(|| {
            let known: Vec<&str> = self.languages.iter().map(|l| l.id.as_str()).collect();
            input_error!("unknown language `{id}` (known: {})", known.join(", "))
        })
    }

    /// Checks `--lang` and `--code` against what exists; empty means all.
    pub fn select(&self, langs: &[String], codes: &[u16]) -> Result<Selection<'_>> {
        let languages = if langs.is_empty() {
            self.languages.iter().collect()
        } else {
            let mut picked = Vec::new();
            for id in langs {
                let lang = self.language(id)?;
                if !picked.iter().any(|l: &&Language| l.id == lang.id) {
                    picked.push(lang);
                }
            }
            picked
        };
        let mut selected = Vec::new();
        for &code in codes {
            if self.catalog.get(code).is_none() {
                return Err(input_error!("unknown status code {code}: it is not in the catalog"));
            }
            if !selected.contains(&code) {
                selected.push(code);
            }
        }
        if selected.is_empty() {
            selected = self.catalog.statuses.iter().map(|s| s.code).collect();
        }
        selected.sort_unstable();
        Ok(Selection { languages, codes: selected })
    }

    /// Renders one cell's snippet: its code's template, or the not-applicable comment.
    pub fn render_snippet(&self, lang: &Language, status: &Status) -> Result<String> {
        let context = cell_context(lang, status, None);
        self.render(lang.template_for(status.code), &context)
    }

    /// Renders a harness or dependency file for a cell; `snippet` is the snippet's text as given.
    pub fn render_file(
        &self,
        template: &str,
        lang: &Language,
        status: Option<&Status>,
        snippet: &str,
    ) -> Result<String> {
        let context = match status {
            Some(status) => cell_context(lang, status, Some(snippet)),
            None => json!({ "lang": lang_context(lang), "snippet": snippet }),
        };
        self.render(template, &context)
    }

    /// Renders a file written once for a batch of cells: its template sees `cells`, each with
    /// its status and snippet, as well as `lang`.
    pub fn render_shared(&self, template: &str, lang: &Language, cells: &[(&Status, &str)]) -> Result<String> {
        let cells: Vec<Value> =
            cells.iter().map(|(status, snippet)| cell_context(lang, status, Some(snippet))).collect();
        self.render(template, &json!({ "lang": lang_context(lang), "cells": cells }))
    }

    /// Renders a command-line argument, path or environment value of `lang`'s descriptor
    /// (`{{port}}`, `{{deps}}`), strictly: `vars` holds only what the field's context gives, and
    /// anything else is an error that names the descriptor and the field.
    pub fn render_arg(&self, lang: &Language, arg: Arg, text: &str, vars: &Value) -> Result<String> {
        if !text.contains("{{") {
            return Ok(text.to_string());
        }
        self.registry.render_template(text, vars).map_err(|err| lang.argument_error(arg, text, &err))
    }

    /// The file a template came from, for messages: a path, or `built-in:templates/...`.
    pub fn template_origin<'a>(&'a self, template: &'a str) -> &'a str {
        self.template_origins.get(template).map(String::as_str).unwrap_or(template)
    }

    fn render(&self, template: &str, context: &Value) -> Result<String> {
        self.registry.render(template, context).map_err(|err| {
            let helpers = "str, concat, and the built-ins eq, ne, gt, gte, lt, lte, and, or, not, len, lookup";
            render_error(self.template_origin(template), &err, helpers, "the template's context", "CONTRIBUTING.md")
        })
    }
}

/// A template's render error as an input error naming the template's file and line. `helpers`
/// lists the helpers its registry has; `context` names what the template renders against and
/// `guide` the document that lists its fields (strict mode makes a missing field an error).
pub(crate) fn render_error(
    origin: &str,
    err: &handlebars::RenderError,
    helpers: &str,
    context: &str,
    guide: &str,
) -> anyhow::Error {
    let line = err.line_no.map(|l| format!(":{l}")).unwrap_or_default();
    match err.reason() {
        RenderErrorReason::HelperNotFound(name) => {
            input_error!("{origin}{line}: unknown helper `{name}` (helpers: {helpers})")
        }
        RenderErrorReason::MissingVariable(Some(name)) => {
            input_error!("{origin}{line}: `{name}` is not in {context} (strict mode); {guide} lists the fields")
        }
        reason => input_error!("{origin}{line}: cannot render: {reason}"),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct LangContext<'a> {
    id: &'a str,
    name: &'a str,
    extension: &'a str,
    fence: &'a str,
}

fn lang_context(lang: &Language) -> LangContext<'_> {
    LangContext { id: &lang.id, name: &lang.name, extension: &lang.extension, fence: &lang.fence }
}

/// What a template sees: the status with its rules, the language, the not-applicable reason
/// (or null), and for harness files the snippet's text.
fn cell_context(lang: &Language, status: &Status, snippet: Option<&str>) -> Value {
    let mut context = serde_json::to_value(status).expect("status serializes");
    let map = context.as_object_mut().expect("status is an object");
    map.insert("lang".into(), serde_json::to_value(lang_context(lang)).expect("serializes"));
    map.insert("reason".into(), json!(lang.not_applicable(status.code)));
    map.insert("snippet".into(), json!(snippet));
    // What the example sends: the required fields, then the connection options.
    let send: Vec<&crate::catalog::Field> =
        status.response.headers.iter().chain(&status.response.header_tokens).collect();
    map.insert("send-headers".into(), json!(send));
    context
}

/// `{{str value}}`: `value` as a string literal of the language being rendered, escaped by the
/// rules in its descriptor.
struct StringLiteral {
    styles: HashMap<String, Vec<StringStyle>>,
}

impl HelperDef for StringLiteral {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        if h.params().len() != 1 {
            return Err(RenderErrorReason::Other(format!(
                "helper `str` takes exactly one parameter, got {}",
                h.params().len()
            ))
            .into());
        }
        missing_param(h)?;
        let text = h
            .param(0)
            .and_then(|p| p.value().as_str())
            .ok_or_else(|| RenderErrorReason::Other("helper `str` needs a string parameter".into()))?;
        let lang = ctx.data().pointer("/lang/id").and_then(Value::as_str).unwrap_or_default();
        let styles = self
            .styles
            .get(lang)
            .ok_or_else(|| RenderErrorReason::Other(format!("helper `str`: no string-literal rules for `{lang}`")))?;
        Ok(ScopedJson::Derived(Value::String(crate::language::string_literal(styles, text))))
    }
}

/// A helper's parameter that names a field the context lacks is that missing field (strict mode
/// does not stop at a helper's parameters by itself).
fn missing_param(h: &Helper) -> Result<(), RenderError> {
    match h.params().iter().find(|p| p.is_value_missing()) {
        Some(param) => Err(RenderErrorReason::MissingVariable(param.relative_path().cloned()).into()),
        None => Ok(()),
    }
}

/// Where a template's blocks do not balance, as `LINE: message`: a block never closed (named
/// where it opened), or a closing tag that closes another block. None when they balance (then
/// Handlebars' own message is the one to show).
fn unbalanced_block(text: &str) -> Option<String> {
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut rest = 0;
    while let Some(found) = text[rest..].find("{{") {
        let start = rest + found;
        let inner = text[start + 2..].trim_start_matches('{').trim_start_matches('~');
        if inner.starts_with("!--") {
            rest = text[start..].find("--}}").map_or(text.len(), |e| start + e + 4);
            continue;
        }
        if inner.starts_with('!') {
            rest = text[start..].find("}}").map_or(text.len(), |e| start + e + 2);
            continue;
        }
        let name = |tag: &str| -> String {
            tag.trim_start_matches(['>', '*'])
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '}' && *c != '~')
                .collect()
        };
        let line = crate::error::line_of(text, start);
        if let Some(tag) = inner.strip_prefix('#') {
            open.push((name(tag), line));
        } else if let Some(tag) = inner.strip_prefix('/') {
            let closing = name(tag);
            match open.pop() {
                Some((opened, _)) if opened == closing => {}
                Some((opened, at)) => {
                    return Some(format!(
                        "{line}: `{{{{/{closing}}}}}` does not close `{{{{#{opened}}}}}`, which opened at line {at}"
                    ))
                }
                None => return Some(format!("{line}: `{{{{/{closing}}}}}` closes no block")),
            }
        }
        rest = start + 2;
    }
    open.pop().map(|(name, line)| format!("{line}: `{{{{#{name}}}}}` is never closed: add `{{{{/{name}}}}}`"))
}

/// `{{concat a b ...}}`: the parameters' text joined, for building one literal from parts.
pub(crate) fn concat(
    h: &Helper,
    _: &Handlebars,
    _: &Context,
    _: &mut RenderContext,
    out: &mut dyn handlebars::Output,
) -> handlebars::HelperResult {
    missing_param(h)?;
    let mut text = String::new();
    for param in h.params() {
        match param.value() {
            Value::String(s) => text.push_str(s),
            Value::Number(n) => text.push_str(&n.to_string()),
            other => {
                return Err(
                    RenderErrorReason::Other(format!("helper `concat` takes strings and numbers, got {other}")).into()
                )
            }
        }
    }
    out.write(&text)?;
    Ok(())
}

/// The index of generated snippets, for a site build: each code with its catalog data and
/// its snippet files.
pub fn index(project: &Project, selection: &Selection) -> Result<String> {
    let languages: Vec<Value> = selection.languages.iter().map(|l| json!(lang_context(l))).collect();
    let codes: Vec<Value> = selection
        .codes
        .iter()
        .map(|&code| {
            let status = project.catalog.get(code).expect("selected codes exist");
            let mut entry = serde_json::to_value(status).expect("status serializes");
            let snippets: Vec<Value> = selection
                .languages
                .iter()
                .map(|lang| match lang.not_applicable(code) {
                    Some(reason) => {
                        json!({"lang": lang.id, "path": lang.snippet_path(code), "outcome": "n/a", "reason": reason})
                    }
                    None => json!({"lang": lang.id, "path": lang.snippet_path(code), "outcome": "example"}),
                })
                .collect();
            entry.as_object_mut().expect("object").insert("snippets".into(), Value::Array(snippets));
            entry
        })
        .collect();
    let index = json!({ "generator": "snippetgen", "languages": languages, "codes": codes });
    let mut text = serde_json::to_string_pretty(&index).context("cannot serialize the index")?;
    text.push('\n');
    Ok(text)
}

pub const INDEX_FILE: &str = "index.json";

/// Every file `generate` writes for a selection: relative path to content.
pub fn render_all(project: &Project, selection: &Selection) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    for &code in &selection.codes {
        let status = project.catalog.get(code).expect("selected codes exist");
        for lang in &selection.languages {
            files.insert(lang.snippet_path(code), project.render_snippet(lang, status)?);
        }
    }
    files.insert(INDEX_FILE.to_string(), index(project, selection)?);
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        Project::load(&Overrides::default()).unwrap()
    }

    #[test]
    fn str_and_concat_render_per_language_literals() {
        let project = project();
        let php = project.language("php").unwrap();
        let context = json!({ "lang": { "id": "php" }, "name": "WWW-Authenticate", "value": "Bearer realm=\"x\"" });
        let rendered = project.registry.render_template("{{str (concat name \": \" value)}}", &context).unwrap();
        assert_eq!(rendered, "'WWW-Authenticate: Bearer realm=\"x\"'");
        assert!(project.render_snippet(php, project.catalog.get(418).unwrap()).unwrap().contains("\"I'm a teapot\""));
    }

    #[test]
    fn html_is_never_escaped_and_missing_fields_are_errors() {
        let project = project();
        let out = project.registry.render_template("{{x}}", &json!({ "x": "<a href='b'>&</a>" })).unwrap();
        assert_eq!(out, "<a href='b'>&</a>");
        assert!(project.registry.render_template("{{missing}}", &json!({})).is_err());
    }

    #[test]
    fn not_applicable_cells_render_their_reason() {
        let project = project();
        let flask = project.language("flask").unwrap();
        let text = project.render_snippet(flask, project.catalog.get(103).unwrap()).unwrap();
        assert!(text.starts_with("# Python (Flask) cannot return 103 Early Hints correctly: "), "{text}");
        // Flask has no not-applicable template: that is the default, from its `comment`.
        assert_eq!(flask.templates.not_applicable, None);
        let php = project.language("php").unwrap();
        let text = project.render_snippet(php, project.catalog.get(102).unwrap()).unwrap();
        assert!(text.starts_with("<?php\n// PHP cannot return 102 Processing correctly: "), "{text}");
        let index: Value =
            serde_json::from_str(&index(&project, &project.select(&[], &[103]).unwrap()).unwrap()).unwrap();
        assert_eq!(index["codes"][0]["snippets"][0]["outcome"], "n/a");
    }
}

//! Language descriptors: everything snippetgen knows about a stack, as data under `languages/`.
//!
//! A descriptor names the stack, its templates, how it writes string literals, the cells it
//! cannot do (with the reason), and how verify builds and serves a snippet. Adding a language is
//! a descriptor plus templates; nothing here is specific to one stack.

use std::collections::BTreeMap;

use anyhow::Result;
use handlebars::{RenderError, RenderErrorReason};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::assets::SourceFile;
use crate::error::{input_error, toml_error};

/// A language descriptor, `languages/<id>.toml`: a stack as data. CONTRIBUTING.md walks through
/// writing one.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
#[schemars(title = "snippetgen language descriptor")]
pub struct Language {
    /// Lowercase letters, digits and `-`, the same as the file name: the snippet file is
    /// `<code>/<id>.<extension>`.
    pub id: String,
    /// The name the page shows: "Python (Flask)".
    pub name: String,
    /// The snippet files' extension, without the dot.
    pub extension: String,
    /// The Markdown fence tag.
    pub fence: String,
    /// How a line comment starts (`#`, `//`): a not-applicable cell's snippet is, unless
    /// `templates.not-applicable` names a template, the line `<comment> <name> cannot return
    /// <code> <reason phrase> correctly: <reason>`.
    pub comment: Option<String>,
    /// Where the language stands on the page (the seed's order); ties sort by id.
    #[serde(default = "default_order")]
    pub order: u32,
    /// The templates that render the snippets.
    pub templates: Templates,
    /// How to write a string literal, in order of preference (see `StringStyle`).
    pub string_literal: Vec<StringStyle>,
    /// Codes this stack cannot produce correctly, each with the one-line reason.
    #[serde(default)]
    pub not_applicable: BTreeMap<String, String>,
    /// The programs verify needs on PATH, and how to install them.
    pub toolchain: Toolchain,
    /// Dependencies set up once into a directory shared by all cells.
    pub deps: Option<Deps>,
    /// How verify lays out, builds and serves a snippet.
    pub verify: VerifySpec,
    /// Where this descriptor came from, for error messages.
    #[serde(skip)]
    #[schemars(skip)]
    pub origin: String,
    /// The descriptor's text: any change to it invalidates verify's cached results.
    #[serde(skip)]
    #[schemars(skip)]
    pub source_text: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
/// Template names below the templates directory (`go/snippet.go.hbs`).
pub struct Templates {
    /// The template for every code without a template of its own.
    pub snippet: String,
    /// The template for a not-applicable cell, where the default line built from `comment` will
    /// not do (PHP's opens with `<?php`).
    pub not_applicable: Option<String>,
    /// Templates for particular codes, by code, where the file name does not say it: a template
    /// named `<id>/<code>.<extension>.hbs` (`flask/206.py.hbs`) is found without being listed, so
    /// this table is for a template several codes share (`"301" = "django/redirect.py.hbs"`).
    #[serde(default)]
    pub by_code: BTreeMap<String, String>,
    /// The name the default not-applicable template is registered under (no file has it).
    #[serde(skip)]
    #[schemars(skip)]
    pub default_not_applicable: String,
}

/// One way to write a string literal: its delimiters and what to escape inside them.
/// The first style whose closing delimiter does not occur in the text is used, so that
/// `I'm a teapot` is written in double quotes where single quotes are the default.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct StringStyle {
    /// The opening delimiter.
    pub open: String,
    /// The closing delimiter; the first style must escape it.
    pub close: String,
    /// Single characters and what to write for them.
    #[serde(default)]
    pub escape: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
/// The toolchain verify runs the snippets with.
pub struct Toolchain {
    /// Programs that must be on PATH.
    pub commands: Vec<String>,
    /// A command whose output names the toolchain's version.
    pub version: Vec<String>,
    /// The oldest version the snippets work with (`1.21`, `3.9`): an older toolchain skips the
    /// cells with the install hint, and `doctor` reports it as missing. The version is the first
    /// dotted number in the `version` command's first line (`go version go1.26.8` is 1.26.8).
    pub min_version: Option<String>,
    /// How to install the toolchain (at least `min-version`), shown when it is missing or old.
    pub install_hint: String,
}

/// Dependencies set up once per run in a directory shared by all cells (`{{deps}}`).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Deps {
    /// Succeeds when the dependencies are present.
    pub check: Vec<String>,
    /// Commands that install them into `{{deps}}`; run when `check` fails.
    #[serde(default)]
    pub setup: Vec<Vec<String>>,
    /// Files written into `{{deps}}` before `setup` runs (a pom.xml, a package.json).
    #[serde(default)]
    pub files: Vec<HarnessFile>,
    /// Environment for `check` and `setup`; values are templates (`{{deps}}`).
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// Prints the dependencies as installed, one `name version` per line (a leading `v` of the
    /// version is dropped), for the report and the pages; run once after each set-up.
    #[serde(default)]
    pub versions: Vec<String>,
    /// Shown when the dependencies are missing or cannot be set up.
    pub install_hint: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct VerifySpec {
    /// Where the snippet's bytes are written in the work dir, as they are (a template: with
    /// `batch-size` above 1 it names the cell's own place, e.g. `c{{code}}/snippet.go`). Leave it
    /// out when a harness file embeds `{{{snippet}}}` instead.
    pub snippet_file: Option<String>,
    /// Files a reader would add to run the snippet, one set per cell, rendered from templates.
    #[serde(default)]
    pub files: Vec<HarnessFile>,
    /// Files written once per batch (a go.mod, an application class); their templates see
    /// `cells`, the batch's cells.
    #[serde(default)]
    pub shared_files: Vec<HarnessFile>,
    /// Lint and build steps, in order, run once per batch in the work dir.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Serves on `{{port}}`, bound to 127.0.0.1: once per cell (`{{code}}` names it), or once
    /// per batch with `serve-per = "batch"`.
    pub serve: Vec<String>,
    /// `cell` (default): a server per cell; `batch`: one server for the whole batch.
    #[serde(default)]
    pub serve_per: ServePer,
    /// With `serve-per = "batch"`: `batch` (default), one port for the whole batch, each cell at
    /// its own `path`; `cell`, each cell's app listens on a port of its own in the one server, at
    /// the path it has alone (`serve` sees `{{ports}}`: each cell's code and port,
    /// `404=41001,503=41002`), so batching changes nothing the snippet sees.
    #[serde(default)]
    pub port_per: PortPer,
    /// The path verify requests, a template (`/c{{code}}/endpoint` when one server serves a
    /// whole batch).
    #[serde(default = "default_path")]
    pub path: String,
    /// How many cells share one work dir, build and (with `serve-per = "batch"`) one server,
    /// where a runtime's start is the cost. A failure in a batch is re-run alone.
    #[serde(default = "default_batch_size")]
    pub batch_size: usize,
    /// Environment for steps and the server; values are templates.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// Seconds the server may take to accept connections.
    #[serde(default = "default_start_timeout")]
    pub start_timeout: u64,
    /// Seconds the server has to answer the request once it accepts connections.
    #[serde(default = "default_request_timeout")]
    pub request_timeout: u64,
    /// Regular expressions for a line the server logs when it fails while answering (an
    /// uncaught exception, a traceback, headers sent twice): such a line fails the cell.
    #[serde(default)]
    pub log_errors: Vec<String>,
    /// The compiled `log_errors`, filled when the descriptor is loaded.
    #[serde(skip)]
    pub log_patterns: Vec<regex::Regex>,
}

impl VerifySpec {
    /// The first line of `log` that one of the descriptor's error patterns matches.
    pub fn log_error<'a>(&self, log: &'a str) -> Option<&'a str> {
        log.lines().find(|line| self.log_patterns.iter().any(|p| p.is_match(line))).map(str::trim)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
/// How many cells one server serves.
pub enum ServePer {
    #[default]
    Cell,
    Batch,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
/// How many ports a batch's one server listens on.
pub enum PortPer {
    #[default]
    Batch,
    Cell,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
/// A file verify writes, rendered from a template.
pub struct HarnessFile {
    /// Where it goes, relative to the work dir (or to `{{deps}}`).
    pub path: String,
    /// The template below the templates directory.
    pub template: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
/// A lint or build step.
pub struct Step {
    /// The check a failure reports (`lint`, `build`).
    pub name: String,
    /// The command, run in the work dir.
    pub run: Vec<String>,
    /// Seconds it may take.
    #[serde(default = "default_step_timeout")]
    pub timeout: u64,
}

fn default_path() -> String {
    "/endpoint".into()
}

fn default_batch_size() -> usize {
    1
}

fn default_order() -> u32 {
    1000
}

fn default_start_timeout() -> u64 {
    30
}

fn default_request_timeout() -> u64 {
    10
}

fn default_step_timeout() -> u64 {
    120
}

impl Language {
    /// Parses a descriptor and checks it, and that the templates it names exist.
    pub fn parse(source: &SourceFile, template_exists: &dyn Fn(&str) -> bool) -> Result<Language> {
        let origin = &source.origin;
        let mut lang: Language = toml::from_str(&source.text).map_err(|err| toml_error(origin, &source.text, &err))?;
        lang.origin = origin.clone();
        lang.templates.default_not_applicable = format!("{} (default not-applicable)", lang.id);
        lang.source_text = source.text.clone();
        lang.validate(template_exists)?;
        let mut patterns = Vec::with_capacity(lang.verify.log_errors.len());
        for pattern in &lang.verify.log_errors {
            let compiled = regex::Regex::new(pattern).map_err(|err| {
                let line = source.text.find(pattern.as_str()).map_or(0, |at| crate::error::line_of(&source.text, at));
                let reason = err.to_string().lines().last().unwrap_or_default().trim().to_lowercase();
                input_error!("{origin}:{line}: `log-errors` pattern `{pattern}` is not a regular expression: {reason}")
            })?;
            patterns.push(compiled);
        }
        lang.verify.log_patterns = patterns;
        Ok(lang)
    }

    fn validate(&self, template_exists: &dyn Fn(&str) -> bool) -> Result<()> {
        let origin = &self.origin;
        let id_ok =
            !self.id.is_empty() && self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(input_error!("{origin}: id `{}` must be lowercase letters, digits and `-`", self.id));
        }
        if self.extension.is_empty() || self.extension.contains(['.', '/']) {
            return Err(input_error!("{origin}: extension `{}` must be a bare extension such as `py`", self.extension));
        }
        if self.string_literal.is_empty() {
            return Err(input_error!("{origin}: `string-literal` needs at least one style"));
        }
        // Text that holds every style's delimiter is written in the first style, escaping it.
        let first = &self.string_literal[0];
        if first.close.chars().count() == 1 && !first.escape.contains_key(&first.close) {
            return Err(input_error!(
                "{origin}: the first string-literal style must escape its own `{}` (in `escape`): text holding every style's delimiter is written in it",
                first.close
            ));
        }
        for style in &self.string_literal {
            if style.open.is_empty() || style.close.is_empty() {
                return Err(input_error!("{origin}: a string-literal style needs `open` and `close`"));
            }
            if let Some(key) = style.escape.keys().find(|k| k.chars().count() != 1) {
                return Err(input_error!("{origin}: string-literal escape key `{key}` must be a single character"));
            }
        }
        // A code missing from a custom catalog is fine (its entry is simply unused); a key that
        // is no status code at all is a mistake.
        let code_key = |key: &str, table: &str| -> Result<u16> {
            key.parse::<u16>()
                .ok()
                .filter(|c| (100..=599).contains(c))
                .ok_or_else(|| input_error!("{origin}: `{table}` names `{key}`, which is not a status code (100-599)"))
        };
        for (key, reason) in &self.not_applicable {
            code_key(key, "not-applicable")?;
            if reason.trim().is_empty() || reason.contains('\n') {
                return Err(input_error!("{origin}: not-applicable reason for {key} must be one non-empty line"));
            }
        }
        for key in self.templates.by_code.keys() {
            code_key(key, "templates.by-code")?;
        }
        match (&self.templates.not_applicable, &self.comment) {
            (None, None) => {
                return Err(input_error!(
                    "{origin}: a not-applicable cell needs `comment`, the language's line comment marker (`#`, `//`), for the default comment, or `templates.not-applicable`, a template of its own"
                ))
            }
            (_, Some(marker)) if marker.trim().is_empty() || marker.contains(['\n', '\r']) || marker.contains("{{") => {
                return Err(input_error!("{origin}: `comment` `{marker}` must be a line comment marker such as `#` or `//`"))
            }
            _ => {}
        }
        let templates = [&self.templates.snippet]
            .into_iter()
            .chain(&self.templates.not_applicable)
            .chain(self.templates.by_code.values())
            .chain(self.verify.files.iter().map(|f| &f.template))
            .chain(self.verify.shared_files.iter().map(|f| &f.template))
            .chain(self.deps.iter().flat_map(|d| d.files.iter().map(|f| &f.template)));
        for name in templates {
            if !template_exists(name) {
                return Err(input_error!("{origin}: template `{name}` does not exist in the templates directory"));
            }
        }
        if self.toolchain.commands.is_empty() || self.toolchain.version.is_empty() {
            return Err(input_error!("{origin}: `toolchain` needs `commands` and a `version` command"));
        }
        if let Some(min) = &self.toolchain.min_version {
            if crate::verify::toolchain::Version::exact(min).is_none() {
                return Err(input_error!(
                    "{origin}: `toolchain.min-version` `{min}` must be a version such as `1.21` or `3.9`"
                ));
            }
        }
        if self.verify.serve.is_empty() {
            return Err(input_error!("{origin}: `verify.serve` is empty"));
        }
        if self.verify.snippet_file.is_none() && self.verify.files.is_empty() {
            return Err(input_error!(
                "{origin}: `verify` needs a `snippet-file` or a harness file that embeds {{{{{{snippet}}}}}}"
            ));
        }
        let verify = &self.verify;
        if verify.batch_size == 0 {
            return Err(input_error!("{origin}: `verify.batch-size` must be at least 1"));
        }
        if verify.batch_size > 1 {
            let per_cell = verify.snippet_file.iter().chain(verify.files.iter().map(|f| &f.path));
            if let Some(path) = per_cell.into_iter().find(|p| !p.contains("{{code}}")) {
                return Err(input_error!(
                    "{origin}: with `batch-size` above 1, each cell's file needs its own path: `{path}` must contain {{{{code}}}}"
                ));
            }
            if verify.serve_per == ServePer::Batch
                && verify.port_per == PortPer::Batch
                && !verify.path.contains("{{code}}")
            {
                return Err(input_error!(
                    "{origin}: one server serves the whole batch, so `verify.path` must contain {{{{code}}}}"
                ));
            }
        }
        for step in &self.verify.steps {
            if step.run.is_empty() {
                return Err(input_error!("{origin}: verify step `{}` has an empty `run`", step.name));
            }
        }
        self.check_port_per()
    }

    /// `port-per = "cell"` means something only with one server per batch.
    fn check_port_per(&self) -> Result<()> {
        let verify = &self.verify;
        if verify.port_per == PortPer::Cell && verify.serve_per != ServePer::Batch {
            let line = crate::error::line_of_key(&self.source_text, Some("verify"), "port-per")
                .map(|l| format!(":{l}"))
                .unwrap_or_default();
            return Err(input_error!(
                "{}{line}: `port-per = \"cell\"` needs `serve-per = \"batch\"`: a server per cell has one port anyway",
                self.origin
            ));
        }
        Ok(())
    }

    /// Every template among the descriptor's commands, paths and environment values, with the
    /// field it is written in.
    pub fn arguments(&self) -> Vec<(Arg, &str)> {
        let verify = &self.verify;
        let mut uses: Vec<(Arg, &str)> = Vec::new();
        uses.extend(verify.steps.iter().flat_map(|s| &s.run).map(|a| (Arg::Step, a.as_str())));
        uses.extend(verify.env.values().map(|v| (Arg::VerifyEnv, v.as_str())));
        uses.extend(verify.serve.iter().map(|a| (Arg::Serve, a.as_str())));
        uses.push((Arg::Path, &verify.path));
        uses.extend(verify.snippet_file.iter().map(|p| (Arg::SnippetFile, p.as_str())));
        uses.extend(verify.files.iter().map(|f| (Arg::FilePath, f.path.as_str())));
        uses.extend(verify.shared_files.iter().map(|f| (Arg::SharedFilePath, f.path.as_str())));
        if let Some(deps) = &self.deps {
            uses.extend(deps.check.iter().map(|a| (Arg::DepsCheck, a.as_str())));
            uses.extend(deps.setup.iter().flatten().map(|a| (Arg::DepsSetup, a.as_str())));
            uses.extend(deps.versions.iter().map(|a| (Arg::DepsVersions, a.as_str())));
            uses.extend(deps.env.values().map(|v| (Arg::DepsEnv, v.as_str())));
        }
        uses
    }

    /// Each command, path and environment value uses only the variables its context gives it
    /// (a variable it lacks would otherwise render as an empty string, far from where it was
    /// written): each is rendered, strictly, with exactly those variables, by `render` (the
    /// project's Handlebars registry, with its helpers), and scanned for the `#if` and `#unless`
    /// a strict render lets through.
    pub fn check_arguments(&self, render: &dyn Fn(&str, &Value) -> Result<String, RenderError>) -> Result<()> {
        for (arg, text) in self.arguments() {
            let sees = arg.sees(&self.verify);
            if let Some(name) = variables(text).into_iter().find(|v| !sees.contains(v)) {
                return Err(self.argument_error(
                    arg,
                    text,
                    &RenderErrorReason::MissingVariable(Some(name.into())).into(),
                ));
            }
            if text.contains("{{") {
                let example: serde_json::Map<String, Value> =
                    sees.iter().map(|&name| (name.to_string(), example_value(name))).collect();
                render(text, &Value::Object(example)).map_err(|err| self.argument_error(arg, text, &err))?;
            }
        }
        Ok(())
    }

    /// The message for a template among the descriptor's arguments that cannot be rendered, with
    /// the descriptor's file and line, the field, and what that field sees.
    pub fn argument_error(&self, arg: Arg, text: &str, err: &RenderError) -> anyhow::Error {
        let (table, key, field, what) = arg.place();
        let line =
            crate::error::line_of_key(&self.source_text, Some(table), key).map(|l| format!(":{l}")).unwrap_or_default();
        let origin = &self.origin;
        let missing = match err.reason() {
            RenderErrorReason::MissingVariable(name) => Some(name.clone()),
            RenderErrorReason::ParamNotFoundForIndex(..) | RenderErrorReason::ParamNotFoundForName(..) => Some(None),
            _ => None,
        };
        let sees = arg.sees(&self.verify);
        let seen = if sees.is_empty() {
            "none: they are not templates".to_string()
        } else {
            sees.iter().map(|v| format!("{{{{{v}}}}}")).collect::<Vec<_>>().join(", ")
        };
        match missing {
            Some(Some(name)) => input_error!(
                "{origin}{line}: `{text}` in `{field}` uses {{{{{name}}}}}, which {what} do not see (they see {seen})"
            ),
            Some(None) => input_error!(
                "{origin}{line}: `{text}` in `{field}` uses a variable {what} do not see (they see {seen})"
            ),
            None => input_error!("{origin}{line}: `{text}` in `{field}` cannot be expanded: {}", err.reason()),
        }
    }

    /// Adds the templates found by their file name, `<id>/<code>.<extension>.hbs`, to the codes
    /// `by-code` does not list (what it lists wins).
    pub fn find_by_code_templates<'a>(&mut self, names: impl IntoIterator<Item = &'a str>) {
        let prefix = format!("{}/", self.id);
        let suffix = format!(".{}.hbs", self.extension);
        for name in names {
            let Some(code) = name.strip_prefix(&prefix).and_then(|rest| rest.strip_suffix(&suffix)) else {
                continue;
            };
            let is_code = code.len() == 3
                && code.bytes().all(|b| b.is_ascii_digit())
                && code.parse::<u16>().is_ok_and(|c| (100..=599).contains(&c));
            if is_code {
                self.templates.by_code.entry(code.to_string()).or_insert_with(|| name.to_string());
            }
        }
    }

    /// The not-applicable reason for a code, if this stack cannot produce it.
    pub fn not_applicable(&self, code: u16) -> Option<&str> {
        self.not_applicable.get(&code.to_string()).map(String::as_str)
    }

    /// The template that renders a code's snippet.
    pub fn template_for(&self, code: u16) -> &str {
        if self.not_applicable(code).is_some() {
            return self.not_applicable_template();
        }
        self.templates.by_code.get(&code.to_string()).unwrap_or(&self.templates.snippet)
    }

    /// The not-applicable template: the descriptor's, or the default built from `comment`.
    pub fn not_applicable_template(&self) -> &str {
        self.templates.not_applicable.as_deref().unwrap_or(&self.templates.default_not_applicable)
    }

    /// The default not-applicable template, as (name, text), when the descriptor names none:
    /// one line comment with the reason.
    pub fn default_not_applicable(&self) -> Option<(String, String)> {
        if self.templates.not_applicable.is_some() {
            return None;
        }
        let marker = self.comment.as_deref().expect("validated: a comment marker without a not-applicable template");
        let text =
            format!("{marker} {{{{lang.name}}}} cannot return {{{{code}}}} {{{{name}}}} correctly: {{{{reason}}}}\n");
        Some((self.templates.default_not_applicable.clone(), text))
    }

    /// The snippet's path below the snippets directory: `503/go.go`.
    pub fn snippet_path(&self, code: u16) -> String {
        format!("{code}/{}.{}", self.id, self.extension)
    }
}

/// A template among a descriptor's commands, paths and environment values: which field it is
/// written in, and so which variables its context gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    Step,
    VerifyEnv,
    Serve,
    Path,
    SnippetFile,
    FilePath,
    SharedFilePath,
    DepsCheck,
    DepsSetup,
    DepsVersions,
    DepsEnv,
}

impl Arg {
    /// The table and key the field is written under (for its line), the field as messages name
    /// it, and what it is called in "which ... do not see".
    fn place(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Arg::Step => ("verify", "steps", "verify.steps", "steps"),
            Arg::VerifyEnv => ("verify", "env", "verify.env", "verify.env values"),
            Arg::Serve => ("verify", "serve", "verify.serve", "serve"),
            Arg::Path => ("verify", "path", "verify.path", "path"),
            Arg::SnippetFile => ("verify", "snippet-file", "verify.snippet-file", "file paths"),
            Arg::FilePath => ("verify", "files", "verify.files", "file paths"),
            Arg::SharedFilePath => ("verify", "shared-files", "verify.shared-files", "shared-files paths"),
            Arg::DepsCheck => ("deps", "check", "deps.check", "deps commands"),
            Arg::DepsSetup => ("deps", "setup", "deps.setup", "deps commands"),
            Arg::DepsVersions => ("deps", "versions", "deps.versions", "deps commands"),
            Arg::DepsEnv => ("deps", "env", "deps.env", "deps.env values"),
        }
    }

    /// The variables the field's context gives (CONTRIBUTING's table).
    pub fn sees(self, verify: &VerifySpec) -> &'static [&'static str] {
        match self {
            Arg::Step | Arg::VerifyEnv => &["deps", "workdir"],
            Arg::Serve => match (verify.serve_per, verify.port_per) {
                (ServePer::Batch, PortPer::Cell) => &["deps", "workdir", "ports"],
                (ServePer::Batch, PortPer::Batch) => &["deps", "workdir", "port"],
                (ServePer::Cell, _) => &["deps", "workdir", "port", "code"],
            },
            Arg::Path => &["deps", "workdir", "code", "port"],
            Arg::SnippetFile | Arg::FilePath => &["deps", "code"],
            Arg::SharedFilePath => &[],
            Arg::DepsCheck | Arg::DepsSetup | Arg::DepsVersions | Arg::DepsEnv => &["deps"],
        }
    }
}

/// A value of the kind verify gives a variable, for rendering a descriptor's templates once when
/// it loads.
fn example_value(name: &str) -> Value {
    match name {
        "code" => Value::from(404),
        "port" => Value::from(40000),
        "ports" => Value::from("404=40000,503=40001"),
        other => Value::from(format!("/{other}")),
    }
}

/// The variables a command-line template uses plainly (`{{port}}`, `{{ deps }}`) or tests with
/// `#if` and `#unless` (which a strict render lets through); other helpers, comments and escaped
/// `\\{{` are not scanned (the strict render finds those).
fn variables(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(at) = text[rest..].find("{{") {
        let start = rest + at;
        rest = start + 2;
        if text[..start].ends_with('\\') {
            continue;
        }
        let Some(end) = text[rest..].find("}}") else { break };
        let inner = text[rest..rest + end].trim_matches(['{', '~', ' ']);
        let inner = ["#if ", "#unless "]
            .iter()
            .find_map(|block| inner.strip_prefix(block))
            .map_or(inner, |param| param.trim().split(' ').next().unwrap_or_default());
        if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            found.push(inner);
        }
    }
    found
}

/// The JSON Schema of a descriptor, as the types and their doc comments define it: committed as
/// `languages/schema.json`, which each descriptor names on its `#:schema` line for TOML editors.
pub fn schema() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(Language)).expect("schema serializes");
    text.push('\n');
    text
}

/// Writes `text` as a string literal in the first style whose closing delimiter it does not
/// contain (or the first style, escaping the delimiter).
pub fn string_literal(styles: &[StringStyle], text: &str) -> String {
    let style = styles.iter().find(|s| !text.contains(s.close.as_str())).unwrap_or(&styles[0]);
    let mut out = String::with_capacity(text.len() + 2);
    out.push_str(&style.open);
    let mut buf = [0u8; 4];
    for ch in text.chars() {
        match style.escape.get(&*ch.encode_utf8(&mut buf)) {
            Some(replacement) => out.push_str(replacement),
            None => out.push(ch),
        }
    }
    out.push_str(&style.close);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(lang: &str) -> Vec<StringStyle> {
        let source = crate::assets::languages(&Default::default()).unwrap().remove(&format!("{lang}.toml")).unwrap();
        let parsed: Language = toml::from_str(&source.text).unwrap();
        parsed.string_literal
    }

    #[test]
    fn the_first_style_without_its_delimiter_in_the_text_is_used() {
        let js = styles("express");
        assert_eq!(string_literal(&js, "Not Found"), "'Not Found'");
        assert_eq!(string_literal(&js, "I'm a teapot"), "\"I'm a teapot\"");
        assert_eq!(string_literal(&js, "both ' and \""), "'both \\' and \"'");
        assert_eq!(string_literal(&js, "a\\b\nc"), "'a\\\\b\\nc'");
    }

    #[test]
    fn interpolation_is_escaped_where_a_language_interpolates() {
        // PHP's and Ruby's double quotes interpolate; single quotes do not.
        assert_eq!(string_literal(&styles("php"), "$x ${y}"), "'$x ${y}'");
        assert_eq!(string_literal(&styles("php"), "it's $x"), "\"it's \\$x\"");
        assert_eq!(string_literal(&styles("sinatra"), "#{x}"), "'#{x}'");
        assert_eq!(string_literal(&styles("sinatra"), "it's #{x}"), "\"it's \\#{x}\"");
        assert_eq!(string_literal(&styles("go"), "tab\there ✓"), "\"tab\\there ✓\"");
    }

    #[test]
    fn the_committed_schema_is_what_the_types_generate() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/languages/schema.json");
        if std::env::var_os("SNIPPETGEN_UPDATE_SCHEMA").is_some() {
            std::fs::write(path, schema()).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == schema(),
            "languages/schema.json is stale: run SNIPPETGEN_UPDATE_SCHEMA=1 cargo test --bin snippetgen schema"
        );
    }

    #[test]
    fn every_built_in_descriptor_follows_the_schema_and_names_it() {
        let schema: serde_json::Value = serde_json::from_str(&schema()).unwrap();
        let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
        for (file, source) in crate::assets::languages(&Default::default()).unwrap() {
            assert!(
                source.text.starts_with("#:schema ./schema.json\n"),
                "{file} does not start with its #:schema line"
            );
            let value: serde_json::Value = toml::from_str(&source.text).unwrap();
            let errors: Vec<String> =
                validator.iter_errors(&value).map(|e| format!("{e} at {}", e.instance_path)).collect();
            assert!(errors.is_empty(), "{file}: {errors:?}");
        }
        // The schema knows what the loader refuses.
        let mut value: serde_json::Value = toml::from_str(MINIMAL).unwrap();
        value["toolchain"]["colour"] = serde_json::json!("red");
        assert!(!validator.is_valid(&value), "unknown keys are refused");
    }

    /// Parses and checks a descriptor as the project does, its arguments rendered by a strict
    /// registry.
    fn parse(text: &str) -> Result<Language> {
        let lang =
            Language::parse(&SourceFile { origin: "x.toml".into(), text: text.into() }, &|t| t.starts_with("x/"))?;
        let mut registry = handlebars::Handlebars::new();
        registry.set_strict_mode(true);
        lang.check_arguments(&|text, vars| registry.render_template(text, vars))?;
        Ok(lang)
    }

    const MINIMAL: &str = r#"
id = "x"
name = "X"
extension = "x"
fence = "x"
[templates]
snippet = "x/s.hbs"
not-applicable = "x/na.hbs"
[[string-literal]]
open = '"'
close = '"'
escape = { '"' = '\\"' }
[toolchain]
commands = ["true"]
version = ["true"]
install-hint = "h"
[verify]
snippet-file = "s.x"
serve = ["true"]
"#;

    #[test]
    fn a_minimal_descriptor_loads_with_defaults() {
        let lang = parse(MINIMAL).unwrap();
        assert_eq!(
            (lang.verify.batch_size, lang.verify.path.as_str(), lang.verify.start_timeout),
            (1, "/endpoint", 30)
        );
        assert_eq!(lang.template_for(404), "x/s.hbs");
        assert_eq!(lang.snippet_path(404), "404/x.x");
    }

    #[test]
    fn without_a_not_applicable_template_the_default_is_a_comment_with_the_marker() {
        let text = MINIMAL.replace("not-applicable = \"x/na.hbs\"\n", "");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("x.toml: a not-applicable cell needs `comment`"), "{err}");
        let lang = parse(&text.replace("fence = \"x\"", "fence = \"x\"\ncomment = \"--\"")).unwrap();
        let (name, template) = lang.default_not_applicable().unwrap();
        assert_eq!(template, "-- {{lang.name}} cannot return {{code}} {{name}} correctly: {{reason}}\n");
        assert_eq!(lang.not_applicable_template(), name);
        assert!(parse(&text.replace("fence = \"x\"", "fence = \"x\"\ncomment = \"\"")).is_err());
        // A template of its own wins.
        assert_eq!(parse(MINIMAL).unwrap().default_not_applicable(), None);
    }

    #[test]
    fn by_code_templates_are_found_by_file_name_and_the_table_overrides() {
        let mut lang = parse(
            &MINIMAL
                .replace("[[string-literal]]", "[templates.by-code]\n\"301\" = \"x/redirect.hbs\"\n[[string-literal]]"),
        )
        .unwrap();
        let names = [
            "x/206.x.hbs",
            "x/301.x.hbs",
            "x/999.x.hbs",
            "x/0204.x.hbs",
            "x/204.y.hbs",
            "y/204.x.hbs",
            "x/harness/204.x.hbs",
        ];
        lang.find_by_code_templates(names);
        assert_eq!(lang.template_for(206), "x/206.x.hbs");
        assert_eq!(lang.template_for(301), "x/redirect.hbs", "the table wins");
        assert_eq!(lang.template_for(204), "x/s.hbs", "another extension, language or folder is not this code's");
        // A not-applicable code gets the not-applicable template whatever its file.
        let mut na = parse(&format!("{MINIMAL}[not-applicable]\n\"206\" = \"why\"\n")).unwrap();
        na.find_by_code_templates(names);
        assert_eq!(na.template_for(206), "x/na.hbs");
    }

    #[test]
    fn descriptor_mistakes_are_named() {
        let err = |text: String| parse(&text).unwrap_err().to_string();
        assert!(err(MINIMAL.replace("id = \"x\"", "id = \"X Y\"")).contains("must be lowercase"));
        assert!(err(MINIMAL.replace("x/s.hbs", "y/s.hbs")).contains("template `y/s.hbs` does not exist"));
        assert!(err(format!("{MINIMAL}[not-applicable]\n\"99\" = \"r\"\n")).contains("not a status code"));
        assert!(err(format!("{MINIMAL}[not-applicable]\n\"404\" = \"\"\n")).contains("one non-empty line"));
        assert!(err(MINIMAL.replace("open = '\"'", "open = ''")).contains("needs `open` and `close`"));
        assert!(err(MINIMAL.replace("escape = { '\"' = '\\\\\"' }", "")).contains("must escape its own `\"`"));
        let batched = MINIMAL.replace("serve = [\"true\"]", "serve = [\"true\"]\nbatch-size = 4");
        assert!(err(batched).contains("must contain {{code}}"));
        // A port per cell: the batch's server sees {{ports}}, not {{port}}, and the path need
        // not name the cell; without one server per batch the option means nothing.
        let ports = |serve: &str, per: &str| {
            MINIMAL.replace("snippet-file = \"s.x\"", "snippet-file = \"c{{code}}/s.x\"").replace(
                "serve = [\"true\"]",
                &format!("serve = [\"{serve}\"]\nbatch-size = 4\nserve-per = \"{per}\"\nport-per = \"cell\""),
            )
        };
        assert!(parse(&ports("{{ports}}", "batch")).is_ok());
        assert!(err(ports("{{port}}", "batch")).contains("uses {{port}}, which serve do not see"));
        let e = err(ports("{{ports}}", "cell"));
        assert!(e.contains("x.toml:22: `port-per = \"cell\"` needs `serve-per = \"batch\"`"), "{e}");
        assert!(err(MINIMAL.replace("[verify]", "[verify]\ncolour = 1")).contains("x.toml:"));
        assert!(
            err(MINIMAL.replace("install-hint", "min-version = \"1.x\"\ninstall-hint")).contains("must be a version")
        );
        assert!(parse(&MINIMAL.replace("install-hint", "min-version = \"1.21\"\ninstall-hint")).is_ok());
        let step = MINIMAL.replace(
            "serve = [\"true\"]",
            "serve = [\"true\", \"{{port}}\"]\nsteps = [{ name = \"b\", run = [\"x\", \"{{port}}\"] }]",
        );
        assert_eq!(
            err(step),
            "x.toml:20: `{{port}}` in `verify.steps` uses {{port}}, which steps do not see (they see {{deps}}, {{workdir}})"
        );
        // What a plain scan would miss, a strict render finds: a dotted or bracketed path, a
        // helper's parameter, a block's; and `#if`, which a strict render lets through.
        let step = |arg: &str| {
            err(MINIMAL.replace(
                "serve = [\"true\"]",
                &format!("serve = [\"true\"]\nsteps = [{{ name = \"b\", run = [\"{arg}\"] }}]"),
            ))
        };
        for (arg, name) in [
            ("{{this.port}}", "this.port"),
            ("{{[code]}}", "[code]"),
            ("x{{#each code}}y{{/each}}", "code"),
            ("{{#if port}}--port{{/if}}", "port"),
            ("{{#unless code}}all{{/unless}}", "code"),
        ] {
            let e = step(arg);
            assert!(
                e.starts_with(&format!(
                    "x.toml:20: `{arg}` in `verify.steps` uses {{{{{name}}}}}, which steps do not see"
                )),
                "{arg}: {e}"
            );
        }
        assert!(step("{{eq port 1}}").contains("uses a variable steps do not see"), "{}", step("{{eq port 1}}"));
        let env = MINIMAL.replace("serve = [\"true\"]", "serve = [\"true\"]\nenv = { PORT = \"{{port}}\" }");
        assert!(err(env)
            .starts_with("x.toml:20: `{{port}}` in `verify.env` uses {{port}}, which verify.env values do not see"));
        let deps = format!("{MINIMAL}[deps]\ncheck = [\"true\"]\nsetup = [[\"get\", \"{{{{deps}}}}/{{{{workdir}}}}\"]]\ninstall-hint = \"h\"\n");
        assert!(err(deps.clone()).starts_with("x.toml:22: `{{deps}}/{{workdir}}` in `deps.setup` uses {{workdir}}, which deps commands do not see (they see {{deps}})"), "{}", err(deps));
        let shared = MINIMAL.replace(
            "serve = [\"true\"]",
            "serve = [\"true\"]\nshared-files = [{ path = \"{{code}}.x\", template = \"x/s.hbs\" }]",
        );
        assert!(err(shared).contains("which shared-files paths do not see (they see none: they are not templates)"));
        assert!(
            parse(&MINIMAL.replace("serve = [\"true\"]", "serve = [\"x\", \"{{ port }}\", \"\\\\{{.Path}}\"]")).is_ok()
        );
    }
}

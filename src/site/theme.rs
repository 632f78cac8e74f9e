//! The site's theme: Handlebars templates (and a few static files) embedded in the binary under
//! `theme/`, each replaceable by a file of the same name in `--theme DIR` (mdBook's model), and
//! the registry that renders them, with the project's rules: strict mode and no automatic
//! escaping. Text is escaped where it is written, by helpers that know the output: `html` for
//! HTML text and attribute values, `inline` for catalog prose (escaped, with `backticks` as
//! `<code>`), `md` for Markdown prose, `yaml` for a front-matter string.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext, RenderErrorReason};
use serde::Serialize;

use crate::assets::{self, SourceFile};
use crate::error::input_error;

/// The templates that are pages; every other `.hbs` file is a partial (`{{> head}}`).
pub const PAGE: &str = "page.html.hbs";
pub const INDEX: &str = "index.html.hbs";
pub const NOT_FOUND: &str = "404.html.hbs";
pub const STYLE: &str = "style.css.hbs";
pub const MARKDOWN: &str = "page.md.hbs";

pub struct Theme {
    registry: Handlebars<'static>,
    origins: BTreeMap<String, String>,
    /// Files that are not templates (`site.js`), copied to the HTML output as they are.
    pub statics: BTreeMap<String, String>,
}

impl Theme {
    /// The built-in theme, with the files of `dir` replacing or joining its files.
    pub fn load(dir: Option<&Path>) -> Result<Theme> {
        let files = assets::theme(dir)?;
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(handlebars::no_escape);
        registry.register_helper("html", Box::new(text_helper("html", html)));
        registry.register_helper("inline", Box::new(text_helper("inline", inline_html)));
        registry.register_helper("md", Box::new(text_helper("md", markdown)));
        registry.register_helper("yaml", Box::new(text_helper("yaml", yaml)));
        registry.register_helper("concat", Box::new(crate::project::concat));
        let mut origins = BTreeMap::new();
        let mut statics = BTreeMap::new();
        for (rel, SourceFile { origin, text }) in files {
            let Some(name) = rel.strip_suffix(".hbs") else {
                statics.insert(rel, text);
                continue;
            };
            registry.register_template_string(&rel, &text).map_err(|err| {
                let line = err.pos().map(|(line, _)| format!(":{line}")).unwrap_or_default();
                input_error!("{origin}{line}: template syntax error: {}", err.reason())
            })?;
            // Partials are called by their name without the extension: `{{> head}}`.
            if !rel.contains(".html.") && !rel.contains(".md.") && !rel.contains(".css.") {
                registry
                    .register_partial(name, text.clone())
                    .map_err(|err| input_error!("{origin}: template syntax error: {}", err.reason()))?;
            }
            origins.insert(rel, origin);
        }
        for required in [PAGE, INDEX, NOT_FOUND, STYLE, MARKDOWN] {
            if !origins.contains_key(required) {
                return Err(input_error!("the theme has no {required}"));
            }
        }
        Ok(Theme { registry, origins, statics })
    }

    pub fn render(&self, template: &str, context: &impl Serialize) -> Result<String> {
        self.registry.render(template, context).map_err(|err| {
            let origin = self.origins.get(template).map(String::as_str).unwrap_or(template);
            let helpers = "html, inline, md, yaml, concat, and the built-ins eq, ne, and, or, not, len, lookup";
            crate::project::render_error(origin, &err, helpers, "the page's context", "docs/theme.md")
        })
    }
}

/// A helper that writes its one string (or number) parameter through `escape`.
fn text_helper(
    name: &'static str,
    escape: fn(&str) -> String,
) -> impl Fn(&Helper, &Handlebars, &Context, &mut RenderContext, &mut dyn Output) -> HelperResult + Send + Sync {
    move |h, _, _, _, out| {
        if h.params().len() != 1 {
            return Err(RenderErrorReason::Other(format!(
                "helper `{name}` takes exactly one parameter, got {}",
                h.params().len()
            ))
            .into());
        }
        let param = &h.params()[0];
        if param.is_value_missing() {
            return Err(RenderErrorReason::MissingVariable(param.relative_path().cloned()).into());
        }
        let text = match param.value() {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            other => {
                return Err(RenderErrorReason::Other(format!("helper `{name}` takes a string, got {other}")).into())
            }
        };
        out.write(&escape(&text))?;
        Ok(())
    }
}

/// Text as HTML text or a quoted attribute value: `& < > " '` become references (the same five
/// syntect escapes in highlighted code).
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Splits catalog prose into text and `code spans` (between backticks); an unpaired backtick is
/// text.
fn spans(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else { break };
        if open > 0 {
            out.push((false, &rest[..open]));
        }
        out.push((true, &rest[open + 1..open + 1 + len]));
        rest = &rest[open + 1 + len + 1..];
    }
    if !rest.is_empty() {
        out.push((false, rest));
    }
    out
}

/// Catalog prose as HTML: escaped, `code` in `<code>`.
pub fn inline_html(text: &str) -> String {
    spans(text)
        .into_iter()
        .map(|(code, part)| if code { format!("<code>{}</code>", html(part)) } else { html(part) })
        .collect()
}

/// Catalog prose as Markdown text: code spans kept (their content is literal), and outside them
/// every character that Markdown or inline HTML would read as markup escaped, so the text
/// renders as written and never as HTML.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (code, part) in spans(text) {
        if code {
            // A code span's content is literal; a backtick inside would need a longer fence.
            out.push('`');
            out.push_str(part);
            out.push('`');
            continue;
        }
        for c in part.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' | '|' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                // A line break would end a list item or start a block.
                '\n' | '\r' => out.push(' '),
                c => out.push(c),
            }
        }
    }
    out
}

/// A YAML double-quoted string: JSON's string syntax, which YAML reads the same way.
pub fn yaml(text: &str) -> String {
    serde_json::to_string(text).expect("a string serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "<script>alert(\"x\" & 'y')</script>";

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(html(HOSTILE), "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
        assert_eq!(html("plain ü text"), "plain ü text");
    }

    #[test]
    fn inline_prose_escapes_text_and_code_spans() {
        assert_eq!(
            inline_html("send `Retry-After: <s>` & wait"),
            "send <code>Retry-After: &lt;s&gt;</code> &amp; wait"
        );
        assert_eq!(inline_html("an odd ` backtick <b>"), "an odd ` backtick &lt;b&gt;");
        assert_eq!(inline_html(HOSTILE), html(HOSTILE));
    }

    #[test]
    fn markdown_prose_cannot_become_markup() {
        assert_eq!(markdown("a *b* [c](d) <e> & `f <g>`"), "a \\*b\\* \\[c\\](d) &lt;e&gt; &amp; `f <g>`");
        assert_eq!(markdown("# not a heading\nline"), "\\# not a heading line");
        assert!(!markdown(HOSTILE).contains('<'));
    }

    #[test]
    fn yaml_strings_are_quoted_and_escaped() {
        assert_eq!(yaml("a \"b\"\n: c"), "\"a \\\"b\\\"\\n: c\"");
    }

    #[test]
    fn the_built_in_theme_loads_and_its_helpers_escape() {
        let theme = Theme::load(None).unwrap();
        let context = serde_json::json!({ "x": HOSTILE, "n": 503 });
        let out = theme.registry.render_template("{{html x}}|{{inline x}}|{{md x}}|{{html n}}", &context).unwrap();
        assert!(!out.contains("<script") && out.ends_with("|503"), "{out}");
        // YAML is no markup: a quoted string, its text as it is.
        let yaml = theme.registry.render_template("{{yaml x}}", &context).unwrap();
        assert_eq!(serde_json::from_str::<String>(&yaml).unwrap(), HOSTILE);
        assert!(theme.registry.render_template("{{html missing}}", &context).is_err());
        assert!(theme.registry.render_template("{{html}}", &context).is_err());
        assert!(theme.statics.contains_key("site.js"));
    }
}

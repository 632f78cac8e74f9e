//! `snippetgen site`: the pages the examples are published on, built from the catalog, the
//! committed snippets and, optionally, a verify JSON report: an index of every code grouped by
//! class, a page per code with the seed page's sections and each example's evidence, one style
//! sheet, one small script, a 404 page and (with --base-url) a sitemap. With `--format
//! markdown`, one Markdown file per code with front matter instead, for a static site generator.
//!
//! Everything is read and rendered in memory first (an input or template error writes nothing),
//! then written the way generate writes: a marker, a staging directory and one atomic swap. The
//! output depends only on the inputs: no clock is read, every map is sorted, and the only dates
//! are the report's.

mod compat;
mod highlight;
mod model;
mod theme;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Result;
use serde_json::{json, Value};

use crate::error::input_error;
use crate::generate::{self, Owner, MARKER};
use crate::project::Project;
use highlight::Highlighter;
use model::Cell;
use theme::Theme;

const MARKER_TEXT: &str =
    "This directory is written by `snippetgen site`, which replaces what it holds on every run.\n";
const OWNER: Owner = Owner { command: "site", marker_text: MARKER_TEXT };

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
}

/// What `site` runs with, resolved from the command line.
pub struct SiteOptions {
    pub out: PathBuf,
    pub snippets: PathBuf,
    pub report: Option<PathBuf>,
    pub theme: Option<PathBuf>,
    pub format: Format,
    /// The site's public URL, ending in `/`: canonical links, the sitemap and the 404 page's
    /// links come from it.
    pub base_url: Option<String>,
    pub force: bool,
}

/// Checks and normalizes `--base-url`: an absolute http(s) URL, with a `/` at the end.
pub fn base_url(text: &str) -> Result<String> {
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
    let host = rest.map(|r| r.split('/').next().unwrap_or_default()).unwrap_or_default();
    let bad = |c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '#' | '?');
    if host.is_empty() || text.contains(bad) {
        return Err(input_error!(
            "--base-url `{text}`: must be an absolute http:// or https:// URL without query or fragment, such as https://example.org/http/"
        ));
    }
    Ok(if text.ends_with('/') { text.to_string() } else { format!("{text}/") })
}

/// Builds the site in memory and writes it to `--out`; returns the number of code pages.
pub fn run(project: &Project, options: &SiteOptions) -> Result<usize> {
    refuse_snippets_dir(options)?;
    generate::may_replace(&options.out, options.force, &OWNER)?;
    let files = build(project, options)?;
    let pages = project.catalog.statuses.len();
    generate::write_tree(&options.out, &files, false)?;
    Ok(pages)
}

/// `--out` must not be, or hold, the snippets the site is built from.
fn refuse_snippets_dir(options: &SiteOptions) -> Result<()> {
    let (Ok(out), Ok(snippets)) = (options.out.canonicalize(), options.snippets.canonicalize()) else {
        return Ok(());
    };
    if snippets.starts_with(&out) {
        return Err(input_error!(
            "{}: holds the snippets the site is built from ({}); choose another --out, such as --out public",
            options.out.display(),
            options.snippets.display()
        ));
    }
    Ok(())
}

/// Every file of the site: relative path to content.
pub fn build(project: &Project, options: &SiteOptions) -> Result<BTreeMap<String, String>> {
    let statuses = &project.catalog.statuses;
    let theme = Theme::load(options.theme.as_deref())?;
    let report = options.report.as_deref().map(crate::verify::report::merge::read).transpose()?;
    let cells = model::read_cells(&options.snippets, statuses, &project.languages)?;
    let compat = compat::Compat::load()?;
    let highlighted = match options.format {
        Format::Html => highlight_all(&cells)?,
        Format::Markdown => vec![String::new(); cells.len()],
    };
    let base = options.base_url.as_deref();
    let pages = model::pages(statuses, &cells, highlighted, report.as_ref(), &compat, base);
    let stacks = cells.iter().map(|c| c.lang_id.as_str()).collect::<std::collections::BTreeSet<_>>().len();
    let site = json!({
        "title": "HTTP status codes",
        "lang": "en",
        "base-url": base,
        "generator": format!("snippetgen {}", env!("CARGO_PKG_VERSION")),
        "codes": statuses.len(),
        "stacks": stacks,
        "report": report.as_ref().map(|r| json!({
            "date": r.date(),
            "started-at": r.started_at,
            "snippetgen-version": r.snippetgen_version,
        })),
        "compat-source": compat.source(),
    });
    let mut files = BTreeMap::new();
    match options.format {
        Format::Markdown => {
            for page in &pages {
                let context = json!({ "site": site, "page": page });
                files.insert(format!("{}.md", page.code), theme.render(theme::MARKDOWN, &context)?);
            }
        }
        Format::Html => {
            for page in &pages {
                let context = json!({
                    "site": site, "page": page, "root": "../",
                    "title": page.title, "description": page.description, "canonical": page.canonical,
                });
                files.insert(format!("{}/index.html", page.code), theme.render(theme::PAGE, &context)?);
            }
            let groups = model::groups(statuses);
            let index = json!({
                "site": site, "groups": groups, "root": "",
                "title": "HTTP status codes: what each means, how to fix it, verified examples",
                "description": format!(
                    "Every registered HTTP status code ({}) with its meaning, common causes, fixes and code examples in {stacks} stacks, each verified over real HTTP.",
                    statuses.len()
                ),
                "canonical": base,
            });
            files.insert("index.html".into(), theme.render(theme::INDEX, &index)?);
            // The 404 page is served at any depth: with a base URL its links start at the site's
            // root path (same origin, no host), without one they are relative to the top.
            let root = base.map(root_path).unwrap_or_default();
            let not_found = json!({
                "site": site, "root": root, "title": "Page not found - HTTP status codes",
                "description": "This page does not exist. The index lists every HTTP status code.",
                "canonical": Value::Null,
            });
            files.insert("404.html".into(), theme.render(theme::NOT_FOUND, &not_found)?);
            let css = json!({ "highlight-css": highlight::css()? });
            files.insert("style.css".into(), theme.render(theme::STYLE, &css)?);
            for (rel, text) in &theme.statics {
                files.insert(rel.clone(), text.clone());
            }
            if let Some(base) = base {
                files.insert("sitemap.xml".into(), sitemap(base, &pages));
                files.insert("robots.txt".into(), format!("User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n"));
            }
        }
    }
    files.insert(MARKER.into(), MARKER_TEXT.into());
    Ok(files)
}

/// Highlights every cell, spread over the cores. The syntaxes are loaded once and shared; each
/// thread has a highlighter (and its memo of lines) of its own. Cells are grouped by syntax and
/// each thread starts on groups of its own, taking their cells one by one, then helps with the
/// others' groups: a syntax's regular expressions are compiled on first use, by the one thread
/// working on it, while the other works on another syntax. The result is in the order of
/// `cells`, whichever thread did what.
fn highlight_all(cells: &[Cell]) -> Result<Vec<String>> {
    let syntaxes = highlight::syntaxes();
    let highlighter = Highlighter::new(&syntaxes);
    let mut by_syntax: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, cell) in cells.iter().enumerate() {
        by_syntax.entry(highlighter.syntax_for(&cell.fence).name.as_str()).or_default().push(i);
    }
    let groups: Vec<Vec<usize>> = by_syntax.into_values().collect();
    let taken: Vec<AtomicUsize> = groups.iter().map(|_| AtomicUsize::new(0)).collect();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, groups.len().max(1));
    let mut done: Vec<(usize, Result<String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let (groups, taken, syntaxes) = (&groups, &taken, &syntaxes);
                scope.spawn(move || {
                    let highlighter = Highlighter::new(syntaxes);
                    let mut out = Vec::new();
                    let first = t * groups.len() / threads;
                    for k in 0..groups.len() {
                        let g = (first + k) % groups.len();
                        while let Some(&i) = groups[g].get(taken[g].fetch_add(1, Ordering::Relaxed)) {
                            out.push((i, highlighter.highlight(&cells[i].text, &cells[i].fence)));
                        }
                    }
                    out
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("a highlighting thread panicked")).collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter()
        .map(|(i, html)| html.map_err(|e| e.context(format!("{} {}", cells[i].lang_id, cells[i].code))))
        .collect()
}

/// The path part of a base URL: `https://example.org/http/` is `/http/`.
fn root_path(base: &str) -> String {
    let after_scheme = base.split_once("://").map_or(base, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".into(),
    }
}

/// The sitemap: the index and every code's page, absolute URLs, no dates (none is known that
/// would not change the bytes on every build).
fn sitemap(base: &str, pages: &[model::Page]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let esc = theme::html;
    out.push_str(&format!("  <url><loc>{}</loc></url>\n", esc(base)));
    for page in pages {
        out.push_str(&format!("  <url><loc>{}{}</loc></url>\n", esc(base), esc(&page.path)));
    }
    out.push_str("</urlset>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_absolute_and_end_in_a_slash() {
        assert_eq!(base_url("https://example.org").unwrap(), "https://example.org/");
        assert_eq!(base_url("https://example.org/http/").unwrap(), "https://example.org/http/");
        for bad in ["example.org", "https://", "ftp://x/", "https://x/\"onload", "https://x/?a=b", "/http/"] {
            assert!(base_url(bad).is_err(), "{bad}");
        }
        assert_eq!(root_path("https://example.org/http/"), "/http/");
        assert_eq!(root_path("https://example.org/"), "/");
    }
}

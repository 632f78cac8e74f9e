//! The built-in catalog, language descriptors, templates, site theme and browser data, embedded in the binary so that
//! `cargo install` gives a working tool, and the directories that override them file by file
//! (as mdBook's theme directory does).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use include_dir::{include_dir, Dir};

use crate::error::input_error;

static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");
static LANGUAGES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/languages");
static THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/theme");
const CATALOG: &str = include_str!("../catalog.toml");
/// MDN's browser compatibility data for the status codes it has (see ci/browser-compat.sh).
pub const BROWSER_COMPAT: &str = include_str!("../data/browser-compat.json");

/// A text file and where it came from, so that errors can name it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// What error messages call this file: a real path, or `built-in:templates/go/snippet.go.hbs`.
    pub origin: String,
    pub text: String,
}

/// Where the user asked us to take input from instead of the built-in defaults.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub catalog: Option<PathBuf>,
    pub languages: Option<PathBuf>,
    pub templates: Option<PathBuf>,
}

pub fn catalog(overrides: &Overrides) -> Result<SourceFile> {
    match &overrides.catalog {
        Some(path) => read(path),
        None => Ok(SourceFile { origin: "built-in:catalog.toml".into(), text: CATALOG.into() }),
    }
}

/// The descriptor files (`*.toml`), keyed by file name: built-in ones, replaced or joined by the
/// files of `--languages DIR`.
pub fn languages(overrides: &Overrides) -> Result<BTreeMap<String, SourceFile>> {
    overlay(&LANGUAGES, "languages", overrides.languages.as_deref(), |p| p.ends_with(".toml"))
}

/// The template files (`*.hbs`), keyed by their path below the templates directory.
pub fn templates(overrides: &Overrides) -> Result<BTreeMap<String, SourceFile>> {
    overlay(&TEMPLATES, "templates", overrides.templates.as_deref(), |p| p.ends_with(".hbs"))
}

/// The site's theme files (templates `*.hbs`, and static files such as `site.js`), keyed by
/// their path below the theme directory: built-in ones, replaced or joined by `--theme DIR`.
pub fn theme(dir: Option<&Path>) -> Result<BTreeMap<String, SourceFile>> {
    overlay(&THEME, "theme", dir, |_| true)
}

fn overlay(
    embedded: &Dir<'static>,
    label: &str,
    dir: Option<&Path>,
    wanted: impl Fn(&str) -> bool,
) -> Result<BTreeMap<String, SourceFile>> {
    let mut files = BTreeMap::new();
    collect_embedded(embedded, label, &wanted, &mut files)?;
    if let Some(dir) = dir {
        if !dir.is_dir() {
            return Err(input_error!("{}: not a directory", dir.display()));
        }
        collect_dir(dir, dir, &wanted, &mut files)?;
    }
    Ok(files)
}

fn collect_embedded(
    dir: &Dir<'static>,
    label: &str,
    wanted: &impl Fn(&str) -> bool,
    files: &mut BTreeMap<String, SourceFile>,
) -> Result<()> {
    for file in dir.files() {
        let rel = slash_path(file.path());
        if !wanted(&rel) {
            continue;
        }
        let text = file.contents_utf8().with_context(|| format!("built-in:{label}/{rel}: not UTF-8"))?;
        files.insert(rel.clone(), SourceFile { origin: format!("built-in:{label}/{rel}"), text: text.into() });
    }
    for sub in dir.dirs() {
        collect_embedded(sub, label, wanted, files)?;
    }
    Ok(())
}

fn collect_dir(
    root: &Path,
    dir: &Path,
    wanted: &impl Fn(&str) -> bool,
    files: &mut BTreeMap<String, SourceFile>,
) -> Result<()> {
    let mut entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read directory {}", dir.display()))?
        .collect::<std::io::Result<Vec<_>>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect_dir(root, &path, wanted, files)?;
            continue;
        }
        let rel = slash_path(path.strip_prefix(root).expect("entry below its root"));
        if wanted(&rel) {
            files.insert(rel, read(&path)?);
        }
    }
    Ok(())
}

/// Reads a user-supplied text file; failure to read it is bad input.
pub fn read(path: &Path) -> Result<SourceFile> {
    let text = std::fs::read_to_string(path).map_err(|err| input_error!("{}: cannot read: {err}", path.display()))?;
    Ok(SourceFile { origin: path.display().to_string(), text })
}

/// A relative path with `/` separators, as templates and snippets are named.
pub fn slash_path(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

//! `snippetgen generate`: renders the snippets and the index, then puts them in place atomically.
//!
//! Everything is rendered in memory first, so a template error writes nothing. The files are
//! written to a staging directory beside the output and swapped in with renames, so that a
//! failure at any point leaves the output directory exactly as it was.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::render::{self, Project, INDEX_FILE};

pub struct GenerateArgs {
    pub out: PathBuf,
    pub langs: Vec<String>,
    pub codes: Vec<u16>,
}

/// Returns the number of snippet files written.
pub fn run(project: &Project, args: &GenerateArgs) -> Result<usize> {
    let selection = project.select(&args.langs, &args.codes)?;
    let everything = project.select(&[], &[])?;
    let files = render::render_all(project, &everything)?;
    let filtered = !args.langs.is_empty() || !args.codes.is_empty();
    let wanted: BTreeMap<String, String> = if filtered {
        // Only the selected cells are rewritten; the rest of the directory stays as it is.
        let mut wanted = BTreeMap::new();
        for &code in &selection.codes {
            for lang in &selection.languages {
                let path = lang.snippet_path(code);
                wanted.insert(path.clone(), files[&path].clone());
            }
        }
        wanted.insert(INDEX_FILE.into(), files[INDEX_FILE].clone());
        wanted
    } else {
        files
    };
    write_tree(&args.out, &wanted, filtered)?;
    Ok(wanted.len() - 1)
}

/// Replaces `out` with a tree holding `files`; with `keep_others`, files already in `out` that
/// are not in `files` are carried over. Atomic up to the final rename.
pub fn write_tree(out: &Path, files: &BTreeMap<String, String>, keep_others: bool) -> Result<()> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).with_context(|| format!("cannot create {}", parent.display()))?;
    let staging = tempfile::Builder::new()
        .prefix(".snippetgen-new-")
        .tempdir_in(&parent)
        .with_context(|| format!("cannot create a staging directory in {}", parent.display()))?;
    if keep_others && out.is_dir() {
        for rel in list_files(out)? {
            if !files.contains_key(&rel) {
                let target = staging.path().join(&rel);
                fs::create_dir_all(target.parent().expect("file has a parent"))?;
                fs::copy(out.join(&rel), &target)
                    .with_context(|| format!("cannot copy {}", out.join(&rel).display()))?;
            }
        }
    }
    for (rel, text) in files {
        write_file(&staging.path().join(rel), text)?;
    }
    swap_in(staging, out)
}

/// Writes a file, creating the directories above it.
pub fn write_file(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// Moves the staged tree to `out`; the old tree is kept aside until the new one is in place.
fn swap_in(staging: tempfile::TempDir, out: &Path) -> Result<()> {
    if !out.exists() {
        let staged = staging.keep();
        return fs::rename(&staged, out).with_context(|| format!("cannot move output to {}", out.display()));
    }
    let parent = staging.path().parent().expect("staging has a parent").to_path_buf();
    let aside = tempfile::Builder::new().prefix(".snippetgen-old-").tempdir_in(&parent)?;
    let aside_path = aside.path().join("old");
    fs::rename(out, &aside_path).with_context(|| format!("cannot move {} aside", out.display()))?;
    let staged = staging.path().to_path_buf();
    if let Err(err) = fs::rename(&staged, out) {
        fs::rename(&aside_path, out).with_context(|| format!("cannot restore {}", out.display()))?;
        return Err(err).with_context(|| format!("cannot move output to {}", out.display()));
    }
    // `staging` now names a path that no longer exists; dropping it is harmless. `aside`
    // removes the old tree.
    drop(staging);
    drop(aside);
    Ok(())
}

/// Every file below `dir`, as sorted `/`-separated relative paths.
pub fn list_files(dir: &Path) -> Result<Vec<String>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
        for entry in fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else {
                out.push(crate::assets::slash_path(path.strip_prefix(root).expect("below root")));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files)?;
    files.sort();
    Ok(files)
}

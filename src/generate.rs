//! `snippetgen generate`: renders the snippets and the index, then puts them in place atomically.
//!
//! Everything is rendered in memory first, so a template error writes nothing. The files are
//! written to a staging directory beside the output and swapped in with one atomic
//! `renameat2(RENAME_EXCHANGE)`, so that the output directory exists, whole, at every instant
//! (a run killed at any point leaves the old tree or the new one), and a failure leaves it
//! exactly as it was. `site` writes its output the same way (`may_replace`, `write_tree`).
//!
//! generate writes a marker, `.snippetgen-output`, into its output; it replaces only a
//! directory that carries the marker (or an empty one), so a directory of someone else's files
//! given as --out is refused unless --force, and a file is never replaced. A staging directory
//! is locked (flock) while its run lives; one left unlocked by a killed run is removed by the
//! next.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use nix::errno::Errno;

use crate::files::{list_files, locked_temp_dir, remove_unlocked, write_file};
use nix::fcntl::RenameFlags;

use crate::error::input_error;
use crate::project::{self, Project, INDEX_FILE};

/// The file that marks a directory as generate's (or site's) output. `check` ignores it.
pub const MARKER: &str = ".snippetgen-output";
const MARKER_TEXT: &str =
    "This directory is written by `snippetgen generate`, which replaces what it holds on every run.\n";

/// Whose output a directory is: the command that writes it and the text of its marker. Each
/// command replaces only its own output, so `site --out snippets` never takes generate's
/// directory for its own.
pub struct Owner {
    pub command: &'static str,
    pub marker_text: &'static str,
}

pub const GENERATE: Owner = Owner { command: "generate", marker_text: MARKER_TEXT };
/// Name prefixes of the staging directories beside the output.
const STAGING_PREFIX: &str = ".snippetgen-new-";
const ASIDE_PREFIX: &str = ".snippetgen-old-";

pub struct GenerateArgs {
    pub out: PathBuf,
    pub langs: Vec<String>,
    pub codes: Vec<u16>,
    /// Replace a non-empty directory that generate did not write.
    pub force: bool,
}

/// Returns the number of snippet files written.
pub fn run(project: &Project, args: &GenerateArgs) -> Result<usize> {
    let selection = project.select(&args.langs, &args.codes)?;
    let everything = project.select(&[], &[])?;
    let files = project::render_all(project, &everything)?;
    let filtered = !args.langs.is_empty() || !args.codes.is_empty();
    may_replace(&args.out, args.force, &GENERATE)?;
    let mut wanted: BTreeMap<String, String> = if filtered {
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
    let snippets = wanted.len() - 1;
    wanted.insert(MARKER.into(), GENERATE.marker_text.into());
    write_tree(&args.out, &wanted, filtered)?;
    Ok(snippets)
}

/// Whether `owner` may replace `out`: it does not exist, or it is a directory that `owner`
/// wrote (it has `owner`'s marker), or an empty one, or `force`. A file or a link is never
/// replaced. The error names a file that would be lost.
pub(crate) fn may_replace(out: &Path, force: bool, owner: &Owner) -> Result<()> {
    let command = owner.command;
    let meta = match fs::symlink_metadata(out) {
        Ok(meta) => meta,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(err).with_context(|| format!("cannot inspect {}", out.display())),
    };
    if meta.file_type().is_symlink() {
        return Err(input_error!(
            "{}: is a symbolic link; give the directory it points to as --out ({command} replaces the directory itself)",
            out.display()
        ));
    }
    if !meta.is_dir() {
        return Err(input_error!("{}: is a file, not a directory; {command} never replaces a file", out.display()));
    }
    // The directory is replaced as a whole, which the kernel refuses for the one we stand in.
    let here = std::env::current_dir().ok().and_then(|d| d.canonicalize().ok());
    if let (Some(here), Ok(out_real)) = (here, out.canonicalize()) {
        if here.starts_with(&out_real) {
            return Err(input_error!(
                "{}: cannot replace the current directory (or one it is in): give a directory below it, such as --out snippets",
                out.display()
            ));
        }
    }
    let marked = fs::symlink_metadata(out.join(MARKER)).is_ok_and(|m| m.is_file())
        && fs::read_to_string(out.join(MARKER)).is_ok_and(|text| text == owner.marker_text);
    if force || marked {
        return Ok(());
    }
    // A file to name (the first, sorted); else an entry, such as an empty directory.
    let mut lost = list_files(out)?.into_iter().next();
    if lost.is_none() {
        lost = fs::read_dir(out)
            .with_context(|| format!("cannot read {}", out.display()))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .min();
    }
    match lost {
        None => Ok(()),
        Some(rel) => Err(input_error!(
            "{} would be lost: {} holds files that `snippetgen {command}` did not write (it has no {MARKER} of {command}'s); \
             pass --force to replace the directory, or choose another --out",
            out.join(rel).display(),
            out.display()
        )),
    }
}

/// Replaces `out` with a tree holding `files`; with `keep_others`, files already in `out` that
/// are not in `files` are carried over. Atomic up to the final rename.
pub fn write_tree(out: &Path, files: &BTreeMap<String, String>, keep_others: bool) -> Result<()> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).with_context(|| format!("cannot create {}", parent.display()))?;
    remove_unlocked(&parent, &[STAGING_PREFIX, ASIDE_PREFIX]);
    // Held until the swap is done, so that another run does not take the staging dir for a leftover.
    let (staging, _lock) = locked_temp_dir(&parent, STAGING_PREFIX)?;
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

/// Puts the staged tree at `out`. An existing `out` is exchanged with it in one step
/// (RENAME_EXCHANGE), then the old tree, now at the staging path, is removed: `out` is never
/// missing. Where the file system cannot exchange, the old tree is moved aside first.
fn swap_in(staging: tempfile::TempDir, out: &Path) -> Result<()> {
    let staged = staging.path().to_path_buf();
    let unsupported = |e: Errno| matches!(e, Errno::EINVAL | Errno::ENOSYS | Errno::EOPNOTSUPP);
    if fs::symlink_metadata(out).is_err() {
        match nix::fcntl::renameat2(None, &staged, None, out, RenameFlags::RENAME_NOREPLACE) {
            Ok(()) => {
                let _ = staging.keep();
                return Ok(());
            }
            Err(e) if unsupported(e) => {
                fs::rename(&staged, out).with_context(|| format!("cannot move output to {}", out.display()))?;
                let _ = staging.keep();
                return Ok(());
            }
            // Someone made `out` meanwhile: exchange with it, as with any existing output.
            Err(Errno::EEXIST) => {}
            Err(e) => return Err(e).with_context(|| format!("cannot move output to {}", out.display())),
        }
    }
    match nix::fcntl::renameat2(None, &staged, None, out, RenameFlags::RENAME_EXCHANGE) {
        // `staging` now holds the old tree; dropping it removes it.
        Ok(()) => Ok(()),
        Err(e) if unsupported(e) => swap_in_two_steps(staging, out),
        Err(e) => Err(e).with_context(|| format!("cannot exchange {} with the new output", out.display())),
    }
}

/// The fallback: the old tree goes aside, the new one in, then the old one is removed.
fn swap_in_two_steps(staging: tempfile::TempDir, out: &Path) -> Result<()> {
    let parent = staging.path().parent().expect("staging has a parent").to_path_buf();
    let aside = tempfile::Builder::new().prefix(ASIDE_PREFIX).tempdir_in(&parent)?;
    let aside_path = aside.path().join("old");
    fs::rename(out, &aside_path).with_context(|| format!("cannot move {} aside", out.display()))?;
    let staged = staging.path().to_path_buf();
    if let Err(err) = fs::rename(&staged, out) {
        fs::rename(&aside_path, out).with_context(|| format!("cannot restore {}", out.display()))?;
        return Err(err).with_context(|| format!("cannot move output to {}", out.display()));
    }
    drop(staging);
    drop(aside);
    Ok(())
}

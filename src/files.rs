//! Plain file-system helpers that generate, check, scaffold and verify share: writing a file
//! with the directories above it, listing a tree as sorted relative paths, and temp dirs that
//! are locked while their run lives, so that the next run removes those a killed run left.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use nix::fcntl::{Flock, FlockArg};

/// Writes a file, creating the directories above it.
pub fn write_file(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
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

/// A new directory in `parent` named `prefix` + random, locked until the lock is dropped. A
/// concurrent run's `remove_unlocked` may take it for a leftover in the instant before it is
/// locked: then the directory is gone or locked by that run, and another one is made.
pub fn locked_temp_dir(parent: &Path, prefix: &str) -> Result<(tempfile::TempDir, Flock<fs::File>)> {
    use std::os::unix::fs::MetadataExt;
    for _ in 0..5 {
        let dir = tempfile::Builder::new()
            .prefix(prefix)
            .tempdir_in(parent)
            .with_context(|| format!("cannot create a directory in {}", parent.display()))?;
        let handle = fs::File::open(dir.path()).with_context(|| format!("cannot open {}", dir.path().display()))?;
        let Ok(lock) = Flock::lock(handle, FlockArg::LockExclusiveNonblock) else { continue };
        let same = match (lock.metadata(), fs::symlink_metadata(dir.path())) {
            (Ok(locked), Ok(named)) => locked.ino() == named.ino() && locked.dev() == named.dev(),
            _ => false,
        };
        if same {
            return Ok((dir, lock));
        }
    }
    anyhow::bail!("cannot create a directory in {}: another run keeps removing it", parent.display())
}

/// Removes the directories of `parent` named with one of `prefixes` that no live run holds
/// locked: what runs killed before they finished left behind.
pub fn remove_unlocked(parent: &Path, prefixes: &[&str]) {
    let Ok(entries) = fs::read_dir(parent) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !prefixes.iter().any(|p| name.starts_with(p)) {
            continue;
        }
        let path = entry.path();
        if !fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        let Ok(dir) = fs::File::open(&path) else { continue };
        if let Ok(_lock) = Flock::lock(dir, FlockArg::LockExclusiveNonblock) {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

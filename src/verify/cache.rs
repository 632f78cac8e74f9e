//! verify's result cache: a cell is proved again only when something that decides its result
//! changed — its snippet, its harness files, its descriptor, its catalog entry, the toolchain's
//! version, or snippetgen itself. Passes and failures are cached (a cached failure stays a
//! failure); skips depend on the machine and are never cached.
//!
//! One file per cell key, written to a temp file and renamed into place, so an interrupted run
//! never leaves a torn entry. Toolchain versions are cached by the executable's path, size and
//! modification time, so that a warm run does not start a JVM just to ask `javac -version`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{CellResult, Outcome};
use crate::language::Language;
use crate::verify::process;

/// This build of snippetgen: its version and its executable's size and modification time, so
/// that a changed check never serves a verdict cached by an older build.
fn tool_fingerprint() -> &'static str {
    static FINGERPRINT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    FINGERPRINT.get_or_init(|| {
        let exe = std::env::current_exe().ok().and_then(|p| std::fs::metadata(p).ok());
        let stamp = exe.map(|m| format!("{}:{:?}", m.len(), m.modified().ok())).unwrap_or_default();
        format!("{}:{stamp}", env!("CARGO_PKG_VERSION"))
    })
}

pub struct ResultCache {
    dir: PathBuf,
    /// False with --no-cache: nothing is read, fresh results are still written.
    read: bool,
}

/// A key from parts; each part is length-prefixed so that parts cannot run into each other.
pub fn key(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(tool_fingerprint().as_bytes());
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    format!("{:x}", hasher.finalize())
}

impl ResultCache {
    pub fn new(cache_dir: &Path, read: bool) -> ResultCache {
        ResultCache { dir: cache_dir.join("results"), read }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2]).join(format!("{key}.json"))
    }

    pub fn get(&self, key: &str) -> Option<CellResult> {
        if !self.read {
            return None;
        }
        let text = std::fs::read(self.path(key)).ok()?;
        let mut result: CellResult = serde_json::from_slice(&text).ok()?;
        result.cached = true;
        Some(result)
    }

    pub fn put(&self, key: &str, result: &CellResult) {
        if !matches!(result.outcome, Outcome::Pass | Outcome::Fail) {
            return;
        }
        let path = self.path(key);
        let mut stored = result.clone();
        stored.workdir = None;
        let _ = write_atomically(&path, &serde_json::to_vec(&stored).expect("serializes"));
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let parent = path.parent().expect("cache files have a parent");
    std::fs::create_dir_all(parent)?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[derive(Serialize, Deserialize)]
struct VersionEntry {
    fingerprint: String,
    version: String,
}

/// The toolchain's version, from the cache while its executable is unchanged.
pub fn toolchain_version(cache_dir: &Path, lang: &Language) -> Option<String> {
    let program = lang.toolchain.version.first()?;
    let fingerprint = process::which(program).and_then(|p| {
        let real = std::fs::canonicalize(&p).ok()?;
        let meta = std::fs::metadata(&real).ok()?;
        let modified = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(format!("{}:{}:{}:{:?}", p.display(), real.display(), meta.len(), modified))
    });
    let path = cache_dir.join("toolchains").join(format!("{}.json", lang.id));
    if let Some(fingerprint) = &fingerprint {
        let cached: Option<VersionEntry> =
            std::fs::read(&path).ok().and_then(|t| serde_json::from_slice(&t).ok());
        if let Some(entry) = cached.filter(|e| &e.fingerprint == fingerprint) {
            return Some(entry.version);
        }
    }
    let version = super::toolchain_version(lang)?;
    if let Some(fingerprint) = fingerprint {
        let entry = VersionEntry { fingerprint, version: version.clone() };
        let _ = write_atomically(&path, &serde_json::to_vec(&entry).expect("serializes"));
    }
    Some(version)
}

/// `snippetgen cache clean`: removes the cache directory.
pub fn clean(cache_dir: &Path) -> std::io::Result<bool> {
    match std::fs::remove_dir_all(cache_dir) {
        Ok(()) => Ok(true),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(err) => Err(err),
    }
}

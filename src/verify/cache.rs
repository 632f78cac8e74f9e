//! verify's result cache: a cell is proved again only when something that decides its result
//! changed — its snippet, its harness files, its descriptor, its catalog entry, the toolchain's
//! version, or snippetgen itself. Passes and failures are cached (a cached failure stays a
//! failure); skips depend on the machine and are never cached.
//!
//! One file per cell key, written to a temp file and renamed into place, so an interrupted run
//! never leaves a torn entry. Keys are made by the plan (`plan::cell_key`).

use std::path::{Path, PathBuf};

use super::outcome::{CellResult, Outcome};

/// This build of snippetgen: its version and its executable's size and modification time, so
/// that a changed check never serves a verdict cached by an older build.
pub fn tool_fingerprint() -> &'static str {
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

pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let parent = path.parent().expect("cache files have a parent");
    std::fs::create_dir_all(parent)?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// `snippetgen cache clean`: removes the cache directory.
pub fn clean(cache_dir: &Path) -> std::io::Result<bool> {
    match std::fs::remove_dir_all(cache_dir) {
        Ok(()) => Ok(true),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(err) => Err(err),
    }
}

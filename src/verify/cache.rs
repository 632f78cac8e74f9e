//! verify's result cache: a cell is proved again only when something that decides its result
//! changed — its snippet, its harness files, its descriptor, its catalog entry, the toolchain's
//! version, or snippetgen itself. Passes and failures are cached (a cached failure stays a
//! failure); skips depend on the machine and are never cached.
//!
//! One file per cell key, written to a temp file and renamed into place, so an interrupted run
//! never leaves a torn entry. Keys are made by the plan (`plan::cell_key`).
//!
//! The cache tells the truth or nothing: an entry holds the key, language and code it was
//! written for and is served only to that cell; it holds a verdict about the snippet (a pass,
//! or a failure of one of its checks), never a skip, an n/a or a harness error; it is read
//! only if it is a regular file of at most `MAX_ENTRY` bytes, opened without following a link
//! and without blocking (a FIFO is a miss, not a hang).
//!
//! The cache directory carries a marker, `CACHEDIR.TAG` (the Cache Directory Tagging
//! Specification's, so backup tools skip it, with a line naming snippetgen); `cache clean`
//! removes only a marked directory, and only what snippetgen put there.

use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::outcome::{CellResult, Check, Outcome};
use super::process;
use crate::error::input_error;

/// The file that marks a directory as a snippetgen cache.
pub const MARKER: &str = "CACHEDIR.TAG";
const MARKER_TEXT: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This file is a cache directory tag created by snippetgen.\n\
# It holds verify's results and dependencies; `snippetgen cache clean` empties it.\n";
/// The line of the marker that says the directory is snippetgen's, not another tool's.
const MARKER_OWNER: &str = "created by snippetgen";
/// What snippetgen puts in a cache directory, besides the marker.
const CONTENTS: [&str; 3] = ["results", "deps", "toolchains"];
/// The largest cache entry read or written.
pub const MAX_ENTRY: u64 = 64 * 1024;

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

/// A stored verdict and the cell it is about.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    key: String,
    lang: String,
    code: u16,
    result: CellResult,
}

/// Whether a result is a verdict about the snippet, the only kind worth keeping: a pass, or a
/// failure of one of its checks; not a skip (the machine), an n/a (the descriptor), a harness
/// error or an interrupted step (snippetgen, or the run).
fn is_verdict(result: &CellResult) -> bool {
    match result.outcome {
        Outcome::Pass => true,
        Outcome::Fail => !matches!(result.check, Some(Check::Harness | Check::Snippet) | None),
        Outcome::Error | Outcome::Skipped | Outcome::NotApplicable => false,
    }
}

impl ResultCache {
    /// The results cache in `cache_dir`. The caller has made sure the directory is
    /// snippetgen's (`ensure_marker`, once per run, before anything is written).
    pub fn new(cache_dir: &Path, read: bool) -> ResultCache {
        ResultCache { dir: cache_dir.join("results"), read }
    }

    /// Where the entry for `key` lives: `results/<first two hex digits>/<key>.json`.
    pub fn path(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2]).join(format!("{key}.json"))
    }

    /// The cached verdict for the cell (`lang`, `code`) whose key is `key`, if there is a
    /// sound one: a regular file, small, written for this very key, language and code, holding
    /// a pass or a failure.
    pub fn lookup(&self, key: &str, lang: &str, code: u16) -> Option<CellResult> {
        if !self.read {
            return None;
        }
        let entry: Entry = serde_json::from_slice(&read_entry(&self.path(key))?).ok()?;
        let result = entry.result;
        let about_this_cell =
            entry.key == key && entry.lang == lang && entry.code == code && result.lang == lang && result.code == code;
        if !about_this_cell || !is_verdict(&result) {
            return None;
        }
        Some(CellResult { cached: true, workdir: None, ..result })
    }

    /// Stores a verdict; other results (skips, n/a, harness errors) are not stored, and that
    /// is no error. The output kept is bounded (`process::bounded_tail`). A failure to write
    /// is returned, for the caller to show.
    pub fn store(&self, key: &str, result: &CellResult) -> Result<(), String> {
        if !is_verdict(result) {
            return Ok(());
        }
        let mut stored = result.clone();
        stored.workdir = None;
        stored.cached = false;
        stored.output = stored.output.as_deref().map(process::bounded_tail);
        stored.detail = stored.detail.as_deref().map(process::bounded_tail);
        let entry = Entry { key: key.to_string(), lang: result.lang.clone(), code: result.code, result: stored };
        let bytes = serde_json::to_vec(&entry).expect("serializes");
        let path = self.path(key);
        if bytes.len() as u64 > MAX_ENTRY {
            return Err(format!(
                "not caching {} {}: the entry would take {} bytes",
                result.lang,
                result.code,
                bytes.len()
            ));
        }
        write_atomically(&path, &bytes).map_err(|e| format!("cannot write the cache entry {}: {e}", path.display()))
    }
}

/// An entry's bytes, if it is a regular file of at most `MAX_ENTRY` bytes. Opened with
/// O_NOFOLLOW (a symbolic link is a miss) and O_NONBLOCK (a FIFO does not block the open), and
/// checked with fstat on the open file, so what is checked is what is read.
fn read_entry(path: &Path) -> Option<Vec<u8>> {
    let flags = nix::fcntl::OFlag::O_NOFOLLOW | nix::fcntl::OFlag::O_NONBLOCK;
    let file = std::fs::OpenOptions::new().read(true).custom_flags(flags.bits()).open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() > MAX_ENTRY {
        return None;
    }
    let mut bytes = Vec::new();
    file.take(MAX_ENTRY + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= MAX_ENTRY).then_some(bytes)
}

pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let parent = path.parent().expect("cache files have a parent");
    std::fs::create_dir_all(parent)?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Whether `dir` carries snippetgen's cache marker (a regular file, not a link).
pub fn is_marked(dir: &Path) -> bool {
    let path = dir.join(MARKER);
    let regular = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file() && m.len() <= 4096);
    regular && std::fs::read_to_string(&path).is_ok_and(|t| t.contains(MARKER_OWNER))
}

/// Makes `dir` a marked snippetgen cache: creates it with the marker if it does not exist,
/// and marks an existing one only if it holds nothing but what snippetgen puts in a cache (a
/// cache from before markers). Any other directory is not snippetgen's to use: the error names
/// it and a file in it. Verify calls this before it writes to the cache.
pub fn ensure_marker(dir: &Path) -> Result<(), String> {
    if is_marked(dir) {
        return Ok(());
    }
    let stranger = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| !CONTENTS.contains(&name.as_str()))
            .min(),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => return Err(format!("cannot read the cache directory {}: {err}", dir.display())),
    };
    if let Some(name) = stranger {
        return Err(format!(
            "{} is not a snippetgen cache: it holds `{name}` and no {MARKER} written by snippetgen; \
             choose a new or empty --cache-dir (or SNIPPETGEN_CACHE_DIR)",
            dir.display()
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create the cache directory {}: {e}", dir.display()))?;
    let path = dir.join(MARKER);
    std::fs::write(&path, MARKER_TEXT).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `snippetgen cache clean`: empties a marked cache directory of what snippetgen put there —
/// results, toolchain versions and (unless `results_only`) dependencies, then the marker and
/// the directory itself if nothing else is left. A directory without the marker is refused
/// (an input error): `SNIPPETGEN_CACHE_DIR=$HOME` must not wipe a home directory. Returns
/// what it removed; None when there is no such directory.
pub fn clean(cache_dir: &Path, results_only: bool) -> anyhow::Result<Option<Vec<String>>> {
    if std::fs::symlink_metadata(cache_dir).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
        return Ok(None);
    }
    if !is_marked(cache_dir) {
        return Err(input_error!(
            "{} is not a snippetgen cache (no {MARKER} written by snippetgen in it); nothing was removed",
            cache_dir.display()
        ));
    }
    let mut removed = Vec::new();
    let parts: &[&str] = if results_only { &["results", "toolchains"] } else { &CONTENTS };
    for part in parts {
        let path = cache_dir.join(part);
        // A link is removed, not followed.
        let result = match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(&path),
            Ok(_) => std::fs::remove_file(&path),
            Err(_) => continue,
        };
        result.map_err(|e| anyhow::anyhow!("cannot remove {}: {e}", path.display()))?;
        removed.push(part.to_string());
    }
    if !results_only {
        let marker = cache_dir.join(MARKER);
        std::fs::remove_file(&marker).map_err(|e| anyhow::anyhow!("cannot remove {}: {e}", marker.display()))?;
        // Whatever else is there is not ours: the directory stays for it.
        let _ = std::fs::remove_dir(cache_dir);
    }
    Ok(Some(removed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(lang: &str, code: u16, outcome: Outcome) -> CellResult {
        let mut result = CellResult::from_verdict(lang, code, Ok(Vec::new()), 0);
        result.outcome = outcome;
        if result.outcome != Outcome::Pass {
            result.check = Some(Check::rule(None, "status"));
            result.detail = Some("expected 404, got 200".into());
        }
        result
    }

    fn key_of(name: &str) -> String {
        use sha2::Digest;
        format!("{:x}", sha2::Sha256::digest(name.as_bytes()))
    }

    #[test]
    fn a_verdict_is_served_only_to_its_own_cell() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ResultCache::new(dir.path(), true);
        let (go, php) = (key_of("go 404"), key_of("php 404"));
        cache.store(&go, &verdict("go", 404, Outcome::Fail)).unwrap();
        let hit = cache.lookup(&go, "go", 404).unwrap();
        assert!(hit.cached && hit.outcome == Outcome::Fail);
        assert!(cache.lookup(&go, "php", 404).is_none(), "another language");
        assert!(cache.lookup(&go, "go", 500).is_none(), "another code");
        // Another cell's entry copied to this cell's place.
        std::fs::create_dir_all(cache.path(&php).parent().unwrap()).unwrap();
        std::fs::copy(cache.path(&go), cache.path(&php)).unwrap();
        assert!(cache.lookup(&php, "go", 404).is_none() && cache.lookup(&php, "php", 404).is_none());
        // Not readable with --no-cache.
        assert!(ResultCache::new(dir.path(), false).lookup(&go, "go", 404).is_none());
    }

    #[test]
    fn only_verdicts_about_the_snippet_are_stored_or_served() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ResultCache::new(dir.path(), true);
        for (i, result) in [
            verdict("go", 404, Outcome::Skipped),
            verdict("go", 404, Outcome::NotApplicable),
            CellResult { check: Some(Check::Harness), ..verdict("go", 404, Outcome::Fail) },
            verdict("go", 404, Outcome::Error),
        ]
        .iter()
        .enumerate()
        {
            let key = key_of(&format!("not a verdict {i}"));
            cache.store(&key, result).unwrap();
            assert!(!cache.path(&key).exists(), "{result:?} was stored");
            // Forged: written by hand in the entry format.
            let entry = Entry { key: key.clone(), lang: "go".into(), code: 404, result: result.clone() };
            write_atomically(&cache.path(&key), &serde_json::to_vec(&entry).unwrap()).unwrap();
            assert!(cache.lookup(&key, "go", 404).is_none(), "{result:?} was served");
        }
    }

    #[test]
    fn a_fifo_a_link_or_a_huge_file_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ResultCache::new(dir.path(), true);
        let real = key_of("real");
        cache.store(&real, &verdict("go", 404, Outcome::Pass)).unwrap();
        let (fifo, link, huge) = (key_of("fifo"), key_of("link"), key_of("huge"));
        for k in [&fifo, &link, &huge] {
            std::fs::create_dir_all(cache.path(k).parent().unwrap()).unwrap();
        }
        nix::unistd::mkfifo(&cache.path(&fifo), nix::sys::stat::Mode::from_bits_truncate(0o600)).unwrap();
        std::os::unix::fs::symlink(cache.path(&real), cache.path(&link)).unwrap();
        let padded =
            Entry { key: huge.clone(), lang: "go".into(), code: 404, result: verdict("go", 404, Outcome::Pass) };
        let mut bytes = serde_json::to_vec(&padded).unwrap();
        bytes.extend(std::iter::repeat(b' ').take(MAX_ENTRY as usize));
        std::fs::write(cache.path(&huge), bytes).unwrap();
        let started = std::time::Instant::now();
        assert!(cache.lookup(&fifo, "go", 404).is_none());
        assert!(cache.lookup(&link, "go", 404).is_none());
        assert!(cache.lookup(&huge, "go", 404).is_none());
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn stored_output_is_bounded_and_a_failed_write_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ResultCache::new(dir.path(), true);
        let key = key_of("loud");
        let loud = CellResult { output: Some("x".repeat(10_000_000)), ..verdict("go", 404, Outcome::Fail) };
        cache.store(&key, &loud).unwrap();
        assert!(std::fs::metadata(cache.path(&key)).unwrap().len() < 8 * 1024);
        // results/ is a file: nothing can be written below it.
        std::fs::remove_dir_all(dir.path().join("results")).unwrap();
        std::fs::write(dir.path().join("results"), "").unwrap();
        let err = cache.store(&key, &loud).unwrap_err();
        assert!(err.contains("cannot write the cache entry"), "{err}");
    }

    #[test]
    fn only_an_empty_or_snippetgen_directory_becomes_a_cache() {
        let dir = tempfile::tempdir().unwrap();
        let fresh = dir.path().join("new/cache");
        ensure_marker(&fresh).unwrap();
        assert!(is_marked(&fresh));
        let old = dir.path().join("old");
        std::fs::create_dir_all(old.join("deps/go")).unwrap();
        std::fs::create_dir_all(old.join("results")).unwrap();
        ensure_marker(&old).unwrap();
        assert!(is_marked(&old));
        let home = dir.path().join("home");
        std::fs::create_dir_all(home.join("deps")).unwrap();
        std::fs::write(home.join("notes.txt"), "mine").unwrap();
        let err = ensure_marker(&home).unwrap_err();
        assert!(err.contains("home") && err.contains("notes.txt"), "{err}");
        assert!(!is_marked(&home));
        // Another tool's tag is not ours.
        std::fs::write(home.join(MARKER), "Signature: 8a477f597d28d172789f06886806bc55\n").unwrap();
        assert!(!is_marked(&home));
    }

    #[test]
    fn clean_removes_only_what_snippetgen_put_in_a_marked_directory() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("home");
        std::fs::create_dir_all(home.join("results")).unwrap();
        std::fs::write(home.join("notes.txt"), "mine").unwrap();
        let err = clean(&home, false).unwrap_err().to_string();
        assert!(err.contains("is not a snippetgen cache"), "{err}");
        assert!(home.join("notes.txt").exists() && home.join("results").exists());

        let cache = dir.path().join("cache");
        ensure_marker(&cache).unwrap();
        for part in ["results/ab", "deps/go", "toolchains"] {
            std::fs::create_dir_all(cache.join(part)).unwrap();
        }
        assert_eq!(clean(&cache, true).unwrap().unwrap(), ["results", "toolchains"]);
        assert!(cache.join("deps/go").is_dir() && is_marked(&cache));
        std::fs::write(cache.join("keep.txt"), "someone else's").unwrap();
        assert_eq!(clean(&cache, false).unwrap().unwrap(), ["deps"]);
        assert!(cache.join("keep.txt").exists() && !cache.join(MARKER).exists());
        std::fs::remove_file(cache.join("keep.txt")).unwrap();
        ensure_marker(&cache).unwrap();
        clean(&cache, false).unwrap();
        assert!(!cache.exists());
        assert!(clean(&cache, false).unwrap().is_none());
    }
}

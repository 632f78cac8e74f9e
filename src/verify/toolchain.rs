//! A language's toolchain version: the first line its version command prints, asked with a
//! timeout (a hanging `--version` must not hang verify) and, given a cache directory, remembered
//! by the executable's path, size and modification time, so that a warm run starts no JVM just
//! to ask `javac -version`. `doctor` asks without the cache.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::process::{self, Child, Spec, Waited};
use crate::language::Language;

/// How long a version command may take (a cold JVM is slow, a hung one is stopped).
const VERSION_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Serialize, Deserialize)]
struct VersionEntry {
    fingerprint: String,
    version: String,
}

/// The toolchain's version; `cache_dir` keeps it while the executable is unchanged.
pub fn version(lang: &Language, cache_dir: Option<&Path>) -> Option<String> {
    let program = lang.toolchain.version.first()?;
    let fingerprint = process::which(program).and_then(|p| {
        let real = std::fs::canonicalize(&p).ok()?;
        let meta = std::fs::metadata(&real).ok()?;
        let modified = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(format!("{}:{}:{}:{:?}", p.display(), real.display(), meta.len(), modified))
    });
    let path = cache_dir.map(|dir| dir.join("toolchains").join(format!("{}.json", lang.id)));
    if let (Some(fingerprint), Some(path)) = (&fingerprint, &path) {
        let cached: Option<VersionEntry> = std::fs::read(path).ok().and_then(|t| serde_json::from_slice(&t).ok());
        if let Some(entry) = cached.filter(|e| &e.fingerprint == fingerprint) {
            return Some(entry.version);
        }
    }
    let version = ask(&lang.toolchain.version)?;
    if let (Some(fingerprint), Some(path)) = (fingerprint, path) {
        let entry = VersionEntry { fingerprint, version: version.clone() };
        let _ = super::cache::write_atomically(&path, &serde_json::to_vec(&entry).expect("serializes"));
    }
    Some(version)
}

/// Runs the version command (in its own process group, with a timeout) and returns the first
/// non-empty line it printed.
fn ask(argv: &[String]) -> Option<String> {
    let scratch = tempfile::tempdir().ok()?;
    let log = scratch.path().join("version.log");
    let child = Child::start(&Spec { argv, dir: scratch.path(), env: &BTreeMap::new(), log: &log }).ok()?;
    match child.wait(VERSION_TIMEOUT) {
        Waited::Exited(_) => {}
        Waited::TimedOut | Waited::Interrupted => return None,
    }
    let text = std::fs::read_to_string(&log).ok()?;
    text.lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_string)
}

//! A language's toolchain version: the first line its version command prints, asked with a
//! timeout (a hanging `--version` must not hang verify) and, given a cache directory, remembered
//! by the executable's path, size and modification time, so that a warm run starts no JVM just
//! to ask `javac -version`. `doctor` asks without the cache.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::process::{self, Child, Spec, Waited};
use super::sandbox::Contain;
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

/// A dotted version number, compared part by part (a missing part is 0: 1.25 = 1.25.0).
#[derive(Debug, Clone)]
pub struct Version(Vec<u64>);

impl PartialEq for Version {
    fn eq(&self, other: &Version) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Version {}

impl Version {
    /// The whole text as a version: digits separated by dots (`1.21`, `17`).
    pub fn exact(text: &str) -> Option<Version> {
        let parts: Option<Vec<u64>> = text.split('.').map(|p| p.parse().ok()).collect();
        parts.filter(|p| !p.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b == b'.')).map(Version)
    }

    /// The version a version command's line names: its first dotted number (`go1.26.8`,
    /// `v20.20.2`, `ruby 3.1.2p20`), or else its first number.
    pub fn find(line: &str) -> Option<Version> {
        let runs: Vec<&str> = line
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .map(|run| run.trim_matches('.'))
            .filter(|run| run.starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        let run = runs.iter().find(|r| r.contains('.')).or(runs.first())?;
        Version::exact(run)
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Version) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Version) -> std::cmp::Ordering {
        let len = self.0.len().max(other.0.len());
        let part = |v: &Version, i: usize| v.0.get(i).copied().unwrap_or(0);
        (0..len).map(|i| part(self, i).cmp(&part(other, i))).find(|o| o.is_ne()).unwrap_or(std::cmp::Ordering::Equal)
    }
}

/// Why a toolchain whose version command printed `line` is too old for the language, or None
/// when it is recent enough (or the descriptor declares no minimum, or the line names no
/// version: then the build says what is wrong).
pub fn too_old(lang: &Language, line: &str) -> Option<String> {
    let min = lang.toolchain.min_version.as_deref()?;
    let found = Version::find(line)?;
    (found < Version::exact(min)?).then(|| format!("`{line}` is older than {min}, the oldest the snippets work with"))
}

/// Runs the version command (in its own process group, with a timeout) and returns the first
/// non-empty line it printed.
fn ask(argv: &[String]) -> Option<String> {
    let scratch = tempfile::tempdir().ok()?;
    let log = scratch.path().join("version.log");
    let child =
        Child::start(&Spec { argv, dir: scratch.path(), env: &BTreeMap::new(), log: &log, contain: Contain::Group })
            .ok()?;
    match child.wait(VERSION_TIMEOUT) {
        Waited::Exited(_) => {}
        Waited::TimedOut | Waited::Interrupted => return None,
    }
    let text = std::fs::read_to_string(&log).ok()?;
    text.lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_found_in_version_lines_and_compared_by_part() {
        let found = |line: &str| Version::find(line).map(|v| v.0);
        assert_eq!(found("go version go1.26.8 linux/amd64"), Some(vec![1, 26, 8]));
        assert_eq!(found("v20.20.2"), Some(vec![20, 20, 2]));
        assert_eq!(found("ruby 3.1.2p20 (2022-04-12 revision 4491bb740a) [x86_64-linux-gnu]"), Some(vec![3, 1, 2]));
        assert_eq!(found("PHP 8.2.36 (cli) (built: Nov 18 2026 20:02:04) (NTS)"), Some(vec![8, 2, 36]));
        assert_eq!(found("javac 21"), Some(vec![21]));
        assert_eq!(found("no version here"), None);
        let v = |t: &str| Version::exact(t).unwrap();
        assert!(v("1.19") < v("1.21") && v("1.25") == v("1.25.0") && v("1.26.8") > v("1.25"));
        assert!(v("3.11.2") >= v("3.11") && v("17.0.15") >= v("17") && v("18.19.0") < v("20"));
        for bad in ["", "1.", "x1", "1.2a", ".1"] {
            assert!(Version::exact(bad).is_none(), "{bad}");
        }
    }
}

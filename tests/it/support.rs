//! What every integration test shares: a fixture directory to run the binary in, with its own
//! cache (results and toolchain versions never come from another test or from the user's cache;
//! only installed dependencies are shared, read from the directory `shared_deps` names), and
//! helpers to read the reports.
//!
//! `SNIPPETGEN_TEST_LANGS=go,php cargo test` runs the toolchain tests of those languages only
//! (for a contributor without every toolchain); a test that needs another language says so on
//! stderr and does nothing. CI runs with the variable unset: every test, every language.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_snippetgen");

/// A scratch directory to run the binary in, with helpers to write files into it.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new() -> Fixture {
        let fx = Fixture { dir: tempfile::tempdir().unwrap() };
        std::fs::create_dir_all(fx.path("cache")).unwrap();
        std::os::unix::fs::symlink(shared_deps(), fx.path("cache/deps")).unwrap();
        fx
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) -> &Fixture {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Copies a built-in descriptor or template into the fixture, for editing.
    pub fn copy_from_repo(&self, rel: &str) -> String {
        let text = std::fs::read_to_string(repo(rel)).unwrap();
        self.write(rel, &text);
        text
    }

    /// The binary, run in the fixture with the fixture's own cache and no color.
    pub fn command(&self) -> Command {
        let mut command = Command::new(BIN);
        command.current_dir(self.dir.path()).env("NO_COLOR", "1").env("SNIPPETGEN_CACHE_DIR", self.path("cache"));
        command
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run(self.command().args(args).output().unwrap())
    }
}

/// Installed dependencies (virtualenvs, node_modules, a Maven classpath) that tests share:
/// `$SNIPPETGEN_TEST_DEPS_DIR`, or the `deps` of the default cache, where `ci/verify-all.sh`
/// installed them.
pub fn shared_deps() -> PathBuf {
    let dir = std::env::var_os("SNIPPETGEN_TEST_DEPS_DIR").map(PathBuf::from).unwrap_or_else(|| {
        let cache = std::env::var_os("SNIPPETGEN_CACHE_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/snippetgen"));
        cache.join("deps")
    });
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Whether this run tests the toolchains of all these languages (see the module comment).
pub fn needs(langs: &[&str]) -> bool {
    let Ok(wanted) = std::env::var("SNIPPETGEN_TEST_LANGS") else {
        return true;
    };
    assert!(std::env::var("CI").is_err(), "CI tests every language: unset SNIPPETGEN_TEST_LANGS");
    let wanted: Vec<&str> = wanted.split(',').map(str::trim).collect();
    let missing: Vec<&&str> = langs.iter().filter(|l| !wanted.contains(l)).collect();
    if missing.is_empty() {
        return true;
    }
    eprintln!("not run: needs {missing:?}, and SNIPPETGEN_TEST_LANGS is {wanted:?}");
    false
}

/// The languages a test over every language covers: all, or those of SNIPPETGEN_TEST_LANGS.
pub fn tested_languages() -> Vec<String> {
    let all = language_ids();
    match std::env::var("SNIPPETGEN_TEST_LANGS") {
        Ok(wanted) => all.into_iter().filter(|l| wanted.split(',').any(|w| w.trim() == l)).collect(),
        Err(_) => all,
    }
}

pub struct Run(pub Output);

impl Run {
    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    #[track_caller]
    pub fn expect(self, code: i32) -> Run {
        assert_eq!(self.code(), code, "stdout:\n{}\nstderr:\n{}", self.stdout(), self.stderr());
        self
    }
}

/// The built-in languages, in page order: (id, extension).
pub fn languages() -> Vec<(String, String)> {
    let run = Fixture::new().run(&["list", "--format", "json"]).expect(0);
    let value: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let list = value["languages"].as_array().unwrap().iter();
    list.map(|l| (l["id"].as_str().unwrap().to_string(), l["extension"].as_str().unwrap().to_string())).collect()
}

/// The ids of the built-in languages, in page order.
pub fn language_ids() -> Vec<String> {
    languages().into_iter().map(|(id, _)| id).collect()
}

pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Every file below `dir` with its bytes, sorted, for comparing trees.
pub fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                out.push((path.strip_prefix(root).unwrap().display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Runs a command that must fail on bad input: exit status 2 and exactly this one line on
/// stderr.
#[track_caller]
pub fn bad_input(fx: &Fixture, args: &[&str], line: &str) {
    let run = fx.run(args).expect(2);
    assert_eq!(run.stderr(), format!("{line}\n"), "the whole message");
}

/// Runs verify on one cell and returns (outcome, check, detail) from its JSON report.
pub fn verify_cell(fx: &Fixture, extra: &[&str], lang: &str, code: &str) -> (String, String, String) {
    let mut args = extra.to_vec();
    args.extend(["verify", "--format", "json", "--lang", lang, "--code", code]);
    let run = fx.run(&args);
    let report: serde_json::Value = serde_json::from_str(&run.stdout())
        .unwrap_or_else(|e| panic!("{e}: stdout {} stderr {}", run.stdout(), run.stderr()));
    let r = &report["results"][0];
    let s = |k: &str| r[k].as_str().unwrap_or("").to_string();
    (s("outcome"), s("check"), s("detail"))
}

/// Shortens the start and request timeouts of a built-in descriptor, in the fixture's
/// `languages/`, so that a server that never binds or never answers fails fast.
pub fn quick_timeouts(fx: &Fixture, lang: &str) {
    let rel = format!("languages/{lang}.toml");
    let text = fx.copy_from_repo(&rel);
    fx.write(&rel, &text.replacen("[verify]\n", "[verify]\nstart-timeout = 4\nrequest-timeout = 2\n", 1));
}

/// Replaces `from` with `to` in a generated snippet, insisting that `from` is there.
pub fn mutate(fx: &Fixture, rel: &str, from: &str, to: &str) {
    let text = fx.read(rel);
    assert!(text.contains(from), "{rel} lacks `{from}`:\n{text}");
    fx.write(rel, &text.replacen(from, to, 1));
}

/// Processes whose working directory or command line lies below `root`.
pub fn processes_under(root: &Path) -> Vec<String> {
    let root = root.canonicalize().unwrap();
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let pid = entry.file_name().to_string_lossy().to_string();
        if !pid.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let cwd = std::fs::read_link(entry.path().join("cwd")).unwrap_or_default();
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if cwd.starts_with(&root) || cmdline.contains(root.to_str().unwrap()) {
            found.push(format!("{pid}: {cmdline}"));
        }
    }
    found
}

/// The results of a JSON report.
pub fn report(run: &Run) -> Vec<serde_json::Value> {
    let value: serde_json::Value =
        serde_json::from_str(&run.stdout()).unwrap_or_else(|e| panic!("{e}: {}", run.stderr()));
    value["results"].as_array().unwrap().clone()
}

pub fn find<'a>(results: &'a [serde_json::Value], lang: &str, code: u64) -> &'a serde_json::Value {
    results.iter().find(|r| r["lang"] == lang && r["code"] == code).unwrap()
}

/// Asserts that a JSON report follows the published schema, docs/verify-report.schema.json.
#[track_caller]
pub fn assert_valid_report(text: &str) {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo("docs/verify-report.schema.json")).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is valid JSON Schema");
    let report: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"));
    let errors: Vec<String> = validator.iter_errors(&report).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "the report breaks its schema: {errors:#?}\n{text}");
}

/// Waits, at most a minute, until a process below `root` has `needle` in its command line.
#[track_caller]
pub fn wait_for_process_under(root: &Path, needle: &str) {
    let started = std::time::Instant::now();
    while !processes_under(root).iter().any(|p| p.contains(needle)) {
        assert!(started.elapsed().as_secs() < 60, "no process `{needle}` ever ran below {}", root.display());
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The processes below `root` that are still there after waiting, at most ten seconds, for
/// them to go (the kernel takes a namespace down a moment after its init died).
pub fn processes_left_under(root: &Path) -> Vec<String> {
    let started = std::time::Instant::now();
    while !processes_under(root).is_empty() && started.elapsed().as_secs() < 10 {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    processes_under(root)
}

//! Integration tests: the `snippetgen` binary as built, run against small fixture trees.
//!
//! The verify tests use the real toolchains (installed by `ci/install-deps.sh`); a missing
//! toolchain makes them fail, never pass.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_snippetgen");

/// A scratch directory to run the binary in, with helpers to write files into it.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture { dir: tempfile::tempdir().unwrap() }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn write(&self, rel: &str, text: &str) -> &Fixture {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Copies a built-in descriptor or template into the fixture, for editing.
    fn copy_from_repo(&self, rel: &str) -> String {
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap();
        self.write(rel, &text);
        text
    }

    fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(BIN).args(args).current_dir(self.dir.path()).env("NO_COLOR", "1").output().unwrap();
        Run(output)
    }
}

struct Run(Output);

impl Run {
    fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    #[track_caller]
    fn expect(self, code: i32) -> Run {
        assert_eq!(self.code(), code, "stdout:\n{}\nstderr:\n{}", self.stdout(), self.stderr());
        self
    }
}

/// The ids of the built-in languages, in page order.
fn language_ids() -> Vec<String> {
    let run = Fixture::new().run(&["list", "--format", "json"]).expect(0);
    let value: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    value["languages"].as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap().to_string()).collect()
}

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Every file below `dir` with its bytes, sorted, for comparing trees.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
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

// ---------------------------------------------------------------------------------------------
// generate, check, list

#[test]
fn generated_503_is_the_seed_pages_example() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503"]).expect(0);
    for (file, ext) in [("flask", "py"), ("express", "js"), ("php", "php"), ("go", "go"), ("spring", "java"), ("sinatra", "rb")] {
        let seed = std::fs::read_to_string(repo(&format!("tests/fixtures/seed-503/{file}.{ext}"))).unwrap();
        let mut generated = fx.read(&format!("snippets/503/{file}.{ext}"));
        if file == "sinatra" {
            let requires = "require 'sinatra'\nrequire 'sinatra/json'\n\n";
            assert!(generated.starts_with(requires), "{generated}");
            generated = generated[requires.len()..].to_string();
        }
        assert_eq!(generated.trim_end_matches('\n'), seed.trim_end_matches('\n'), "{file}");
    }
}

#[test]
fn committed_snippets_match_the_templates() {
    let run = Fixture::new().run(&["check", "--snippets", repo("snippets").to_str().unwrap()]);
    run.expect(0);
}

#[test]
fn generate_is_deterministic() {
    let fx = Fixture::new();
    fx.run(&["generate", "--out", "a"]).expect(0);
    fx.run(&["generate", "--out", "b"]).expect(0);
    let (a, b) = (tree(&fx.path("a")), tree(&fx.path("b")));
    assert_eq!(a.len(), 63 * language_ids().len() + 1);
    assert!(a == b, "two runs differ");
    assert!(tree(&repo("snippets")) == a, "the committed snippets differ from a fresh generate");
}

#[test]
fn generate_writes_the_layout_and_an_index() {
    let fx = Fixture::new();
    fx.run(&["generate"]).expect(0);
    for rel in ["snippets/503/flask.py", "snippets/503/express.js", "snippets/503/php.php", "snippets/503/go.go", "snippets/503/spring.java", "snippets/503/sinatra.rb"] {
        assert!(fx.path(rel).is_file(), "{rel}");
    }
    let index: serde_json::Value = serde_json::from_str(&fx.read("snippets/index.json")).unwrap();
    let codes = index["codes"].as_array().unwrap();
    assert_eq!(codes.len(), 63);
    let c503 = codes.iter().find(|c| c["code"] == 503).unwrap();
    assert_eq!(c503["name"], "Service Unavailable");
    assert_eq!(c503["fault"], "Server");
    assert_eq!(c503["section"], "15.6.4");
    assert_eq!(c503["snippets"].as_array().unwrap().len(), language_ids().len());
    assert_eq!(c503["snippets"][3]["path"], "503/go.go");
    assert_eq!(index["languages"][0]["name"], "Python (Flask)");
}

#[test]
fn teapot_message_is_not_html_escaped() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "418"]).expect(0);
    for rel in ["flask.py", "express.js", "php.php", "go.go", "spring.java", "sinatra.rb"] {
        let text = fx.read(&format!("snippets/418/{rel}"));
        assert!(text.contains("I'm a teapot"), "{rel}: {text}");
        assert!(!text.contains("&#x27;") && !text.contains("&#39;"), "{rel}: {text}");
    }
}

#[test]
fn generate_with_filters_rewrites_only_those_cells() {
    let fx = Fixture::new();
    fx.run(&["generate"]).expect(0);
    fx.write("snippets/404/go.go", "edited\n").write("snippets/404/php.php", "edited too\n");
    fx.run(&["generate", "--lang", "go", "--code", "404"]).expect(0);
    assert!(fx.read("snippets/404/go.go").contains("WriteHeader(404)"));
    assert_eq!(fx.read("snippets/404/php.php"), "edited too\n");
}

#[test]
fn check_reports_drift_as_a_unified_diff() {
    let fx = Fixture::new();
    fx.run(&["generate"]).expect(0);
    fx.run(&["check"]).expect(0);
    let go = fx.read("snippets/404/go.go").replace("WriteHeader(404)", "WriteHeader(200)");
    fx.write("snippets/404/go.go", &go).write("snippets/999/extra.txt", "x");
    std::fs::remove_file(fx.path("snippets/418/php.php")).unwrap();
    let run = fx.run(&["check"]).expect(1);
    let out = run.stdout();
    assert!(out.contains("--- snippets/404/go.go (in the directory)"), "{out}");
    assert!(out.contains("+++ snippets/404/go.go (generated)"), "{out}");
    assert!(out.contains("@@ "), "{out}");
    assert!(out.contains("-    w.WriteHeader(200)") && out.contains("+    w.WriteHeader(404)"), "{out}");
    assert!(out.contains("missing (1):\n  snippets/418/php.php"), "{out}");
    assert!(out.contains("unexpected (1):\n  snippets/999/extra.txt"), "{out}");
    assert!(run.stderr().contains("1 changed, 1 missing, 1 unexpected"), "{}", run.stderr());
    // Checking never writes.
    assert!(fx.read("snippets/404/go.go").contains("WriteHeader(200)"));
}

#[test]
fn list_json_has_languages_and_codes() {
    let run = Fixture::new().run(&["list", "--format", "json"]).expect(0);
    let value: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let ids: Vec<&str> = value["languages"].as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids[..6], ["flask", "express", "php", "go", "spring", "sinatra"], "the seed page's order first");
    for added in ["fastapi", "axum", "fastify", "gin"] {
        assert!(ids.contains(&added), "{ids:?}");
    }
    assert_eq!(value["codes"].as_array().unwrap().len(), 63);
    assert_eq!(value["codes"][0]["code"], 100);
    let table = Fixture::new().run(&["list"]).expect(0).stdout();
    assert!(table.contains("Java (Spring Boot)") && table.contains("Content Too Large"), "{table}");
}

#[test]
fn help_shows_an_example_for_each_command() {
    for cmd in ["list", "generate", "check", "verify", "doctor"] {
        let out = Fixture::new().run(&[cmd, "--help"]).expect(0).stdout();
        assert!(out.contains("Example"), "{cmd}: {out}");
    }
}

// ---------------------------------------------------------------------------------------------
// Bad input: one message naming the file (and line), exit status 2, nothing written.

fn bad_input(fx: &Fixture, args: &[&str], wanted: &[&str]) {
    let run = fx.run(args).expect(2);
    let err = run.stderr();
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    for w in wanted {
        assert!(err.contains(w), "wanted `{w}` in: {err}");
    }
}

#[test]
fn malformed_catalog_names_file_and_line() {
    let fx = Fixture::new();
    fx.write("cat.toml", "[[status]]\ncode = 404\nname = \"Not Found\"\ntldr = oops\n");
    bad_input(&fx, &["--catalog", "cat.toml", "list"], &["cat.toml:4:"]);
}

#[test]
fn unknown_catalog_key_duplicate_and_out_of_range_codes_are_rejected() {
    let fx = Fixture::new();
    let entry = |code: u32| format!("[[status]]\ncode = {code}\nname = \"N\"\ntldr = \"t\"\nmeaning = \"m\"\nspec = \"RFC 9110\"\nsection = \"1\"\ncauses = [\"c{code}\"]\nfix-visitors = [\"v{code}\"]\nfix-developers = [\"d{code}\"]\n");
    fx.write("unknown.toml", &format!("{}colour = \"red\"\n", entry(404)));
    bad_input(&fx, &["--catalog", "unknown.toml", "list"], &["unknown.toml:11:", "colour"]);
    fx.write("dup.toml", &format!("{}{}", entry(404), entry(404)));
    bad_input(&fx, &["--catalog", "dup.toml", "list"], &["dup.toml:12:", "duplicate status code 404"]);
    fx.write("range.toml", &entry(700));
    bad_input(&fx, &["--catalog", "range.toml", "list"], &["range.toml:2:", "out of range"]);
}

#[test]
fn malformed_descriptor_names_file_and_line() {
    let fx = Fixture::new();
    let text = fx.copy_from_repo("languages/go.toml");
    fx.write("languages/go.toml", &text.replace("fence = \"go\"", "fence = \"go\"\nflavour = \"mild\""));
    bad_input(&fx, &["--languages", "languages", "list"], &["languages/go.toml:", "flavour"]);
    fx.write("languages/go.toml", &text.replace("go/snippet.go.hbs", "go/missing.go.hbs"));
    bad_input(&fx, &["--languages", "languages", "list"], &["languages/go.toml", "go/missing.go.hbs", "does not exist"]);
}

#[test]
fn template_syntax_error_names_file_and_line() {
    let fx = Fixture::new();
    fx.write("templates/go/snippet.go.hbs", "package main\n\n{{#if code}}\nbroken\n");
    bad_input(&fx, &["--templates", "templates", "generate"], &["templates/go/snippet.go.hbs", "syntax error"]);
    assert!(!fx.path("snippets").exists());
}

#[test]
fn helper_misuse_and_missing_fields_are_input_errors() {
    let fx = Fixture::new();
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{str}}\n");
    bad_input(&fx, &["--templates", "templates", "generate"], &["templates/go/snippet.go.hbs:3", "str"]);
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{str code}}\n");
    bad_input(&fx, &["--templates", "templates", "generate"], &["templates/go/snippet.go.hbs:3", "string"]);
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{no_such_field}}\n");
    bad_input(&fx, &["--templates", "templates", "generate"], &["templates/go/snippet.go.hbs:3", "no_such_field"]);
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{shout code}}\n");
    bad_input(&fx, &["--templates", "templates", "generate"], &["templates/go/snippet.go.hbs:3", "shout"]);
}

#[test]
fn unknown_language_or_code_is_a_usage_error() {
    let fx = Fixture::new();
    bad_input(&fx, &["generate", "--lang", "cobol"], &["unknown language `cobol`", "flask"]);
    bad_input(&fx, &["generate", "--code", "299"], &["unknown status code 299"]);
    bad_input(&fx, &["verify", "--code", "299"], &["unknown status code 299"]);
    let run = fx.run(&["generate", "--code", "abc"]).expect(2);
    assert!(run.stderr().contains("invalid value"), "{}", run.stderr());
    assert!(!fx.path("snippets").exists());
}

#[test]
fn a_failed_generate_leaves_the_output_as_it_was() {
    let fx = Fixture::new();
    fx.run(&["generate"]).expect(0);
    fx.write("snippets/404/go.go", "hand edit\n");
    let before = tree(&fx.path("snippets"));
    // A template that renders fine for most codes and fails on the last one.
    fx.write("templates/sinatra/snippet.rb.hbs", "{{#if (eq code 511)}}{{missing}}{{/if}}ok\n");
    bad_input(&fx, &["--templates", "templates", "generate"], &["templates/sinatra/snippet.rb.hbs", "missing"]);
    assert!(tree(&fx.path("snippets")) == before, "the output changed");
    let leftovers: Vec<_> = std::fs::read_dir(fx.dir.path()).unwrap().map(|e| e.unwrap().file_name()).filter(|n| n.to_string_lossy().starts_with(".snippetgen")).collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

// ---------------------------------------------------------------------------------------------
// verify, with the real toolchains

/// Runs verify on one cell of `dir` and returns (outcome, check, detail) from its JSON report.
fn verify_cell(fx: &Fixture, extra: &[&str], lang: &str, code: &str) -> (String, String, String) {
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
fn quick_timeouts(fx: &Fixture, lang: &str) {
    let rel = format!("languages/{lang}.toml");
    let text = fx.copy_from_repo(&rel);
    fx.write(&rel, &text.replacen("[verify]\n", "[verify]\nstart-timeout = 4\nrequest-timeout = 2\n", 1));
}

/// Replaces `from` with `to` in a generated snippet, insisting that `from` is there.
fn mutate(fx: &Fixture, rel: &str, from: &str, to: &str) {
    let text = fx.read(rel);
    assert!(text.contains(from), "{rel} lacks `{from}`:\n{text}");
    fx.write(rel, &text.replacen(from, to, 1));
}

#[test]
fn verify_passes_correct_snippets_and_reports_json_and_junit() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503", "--code", "404"]).expect(0);
    let run = fx
        .run(&["verify", "--lang", "go", "--lang", "php", "--code", "503", "--code", "404", "--format", "json", "--junit", "out/junit.xml"])
        .expect(0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let results = report["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    for r in results {
        assert_eq!(r["outcome"], "pass", "{r}");
        for key in ["lang", "code", "outcome", "check", "detail", "duration_ms"] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
    }
    let junit = fx.read("out/junit.xml");
    assert!(junit.contains("<testsuite name=\"go\"") && junit.contains("name=\"php 503\""), "{junit}");
}

#[test]
fn verify_catches_broken_snippets_at_the_right_check() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503"]).expect(0);
    quick_timeouts(&fx, "express");
    let pristine: Vec<(String, String)> = ["go.go", "flask.py", "express.js", "php.php", "sinatra.rb"]
        .iter()
        .map(|f| (format!("snippets/503/{f}"), fx.read(&format!("snippets/503/{f}"))))
        .collect();
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        // (lang, file, from, to, the check that must fail)
        ("go", "go.go", "WriteHeader(503)", "WriteHeader(200)", "status"),
        ("go", "go.go", "    })\n}", "    })\n", "vet"),
        ("go", "go.go", "\"application/json\"", "\"text/plain\"", "content-type"),
        ("flask", "flask.py", "\"Service Unavailable\"", "\"Service Unavailable!\"", "body"),
        ("flask", "flask.py", "'/endpoint'", "'/elsewhere'", "status"),
        ("flask", "flask.py", "def endpoint():", "def endpoint()", "lint"),
        ("php", "php.php", "http_response_code(503);", "http_response_code(503)", "lint"),
        ("php", "php.php", "'Service Unavailable'", "'Service unavailable'", "body"),
        ("sinatra", "sinatra.rb", "get '/endpoint' do", "get '/other' do", "status"),
        ("sinatra", "sinatra.rb", "    status 503\n", "    status 503\n    content_type 'text/html'\n    return '{\"message\":\"Service Unavailable\"}'\n", "content-type"),
        ("express", "express.js", "res.status(503)", "res.status(502)", "status"),
        // A server that exits before it binds, one that never binds, one that hangs after binding.
        ("express", "express.js", "const app = express();", "const app = express();\nprocess.exit(3);", "start"),
        ("express", "express.js", "const app = express();", "const app = express();\napp.listen = () => setInterval(() => {}, 1000);", "start"),
        ("express", "express.js", "res.status(503).json({ message: 'Service Unavailable' });", "// never answers", "request"),
    ];
    for (lang, file, from, to, check) in cases {
        for (rel, text) in &pristine {
            fx.write(rel, text);
        }
        mutate(&fx, &format!("snippets/503/{file}"), from, to);
        let (outcome, got, detail) = verify_cell(&fx, &["--languages", "languages"], lang, "503");
        assert_eq!((outcome.as_str(), got.as_str()), ("fail", *check), "{lang}: `{from}` -> `{to}`: {detail}");
    }
}

#[test]
fn verify_catches_a_spring_compile_error() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503", "--lang", "spring"]).expect(0);
    mutate(&fx, "snippets/503/spring.java", "body(response);", "body(response)");
    let (outcome, check, _) = verify_cell(&fx, &[], "spring", "503");
    assert_eq!((outcome.as_str(), check.as_str()), ("fail", "compile"));
}

#[test]
fn verify_reports_a_missing_snippet_and_a_missing_toolchain() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503", "--lang", "go"]).expect(0);
    std::fs::remove_file(fx.path("snippets/503/go.go")).unwrap();
    let (outcome, check, _) = verify_cell(&fx, &[], "go", "503");
    assert_eq!((outcome.as_str(), check.as_str()), ("fail", "snippet"));

    fx.run(&["generate", "--code", "503", "--lang", "php"]).expect(0);
    let text = fx.copy_from_repo("languages/php.toml");
    fx.write("languages/php.toml", &text.replace("commands = [\"php\"]", "commands = [\"php-that-is-not-installed\"]"));
    let run = fx.run(&["--languages", "languages", "verify", "--lang", "php", "--code", "503", "--format", "json"]);
    assert_eq!(run.code(), 1, "a skipped cell is not a pass");
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(report["results"][0]["outcome"], "skipped");
    assert_eq!(report["results"][0]["check"], "toolchain");
    assert!(report["results"][0]["detail"].as_str().unwrap().contains("apt-get install php-cli"));
    fx.run(&["--languages", "languages", "verify", "--lang", "php", "--code", "503", "--allow-skip"]).expect(0);
}

#[test]
fn verify_sees_the_snippet_bytes_unchanged() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503", "--lang", "express"]).expect(0);
    // A harness that rewrites the snippet instead of adding to it is caught.
    fx.write("templates/express/harness/server.js.hbs", "{{{snippet}}}\n".replace("{{{snippet}}}", "const express = require('express');\nconst app = express();\napp.get('/endpoint', (req, res) => res.status(503).json({ message: 'Service Unavailable' }));\n").as_str());
    let (outcome, check, detail) = verify_cell(&fx, &["--templates", "templates"], "express", "503");
    assert_eq!((outcome.as_str(), check.as_str()), ("fail", "harness"), "{detail}");
}

/// Processes whose working directory or command line lies below `root`.
fn processes_under(root: &Path) -> Vec<String> {
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

/// An Express snippet whose server ignores SIGTERM, starts a grandchild, and never answers.
fn stubborn_server(fx: &Fixture) {
    fx.run(&["generate", "--code", "503", "--lang", "express"]).expect(0);
    mutate(
        fx,
        "snippets/503/express.js",
        "res.status(503).json({ message: 'Service Unavailable' });",
        "require('child_process').spawn('sleep', ['300'], { stdio: 'ignore' });\n    process.on('SIGTERM', () => {});",
    );
}

#[test]
fn a_timed_out_server_and_its_children_are_killed() {
    let fx = Fixture::new();
    stubborn_server(&fx);
    quick_timeouts(&fx, "express");
    let tmp = fx.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let output = Command::new(BIN)
        .args(["--languages", "languages", "verify", "--lang", "express", "--code", "503", "--no-cache"])
        .current_dir(fx.dir.path())
        .env("TMPDIR", &tmp)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stderr).contains("request"), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(processes_under(&tmp), Vec::<String>::new(), "orphans left behind");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "temp dirs left behind");
}

#[test]
fn sigint_stops_verify_with_no_orphans_and_no_temp_dirs() {
    use nix::sys::signal::Signal;
    stop_by_signal(Signal::SIGINT, 130);
}

#[test]
fn sigterm_and_sighup_stop_verify_the_same_way() {
    use nix::sys::signal::Signal;
    stop_by_signal(Signal::SIGTERM, 143);
    // A closed terminal: left to its default, SIGHUP would orphan every server.
    stop_by_signal(Signal::SIGHUP, 129);
}

fn stop_by_signal(signal: nix::sys::signal::Signal, exit_code: i32) {
    use nix::sys::signal::kill;
    let fx = Fixture::new();
    stubborn_server(&fx);
    let tmp = fx.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let mut child = Command::new(BIN)
        .args(["verify", "--lang", "express", "--code", "503", "--no-cache"])
        .current_dir(fx.dir.path())
        .env("TMPDIR", &tmp)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the server has taken the request and started its grandchild.
    let started = std::time::Instant::now();
    while !processes_under(&tmp).iter().any(|p| p.contains("sleep 300")) {
        assert!(started.elapsed().as_secs() < 60, "the server never started");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    kill(nix::unistd::Pid::from_raw(child.id() as i32), signal).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(exit_code), "{signal}");
    assert!(started.elapsed().as_secs() < 30, "verify took too long to stop");
    assert_eq!(processes_under(&tmp), Vec::<String>::new(), "orphans left behind");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "temp dirs left behind");
}

#[test]
fn keep_workdirs_keeps_and_names_them() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "404", "--lang", "php"]).expect(0);
    let run = fx.run(&["verify", "--lang", "php", "--code", "404", "--keep-workdirs", "--format", "json"]).expect(0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let dir = PathBuf::from(report["results"][0]["workdir"].as_str().unwrap());
    assert_eq!(std::fs::read_to_string(dir.join("work/snippet.php")).unwrap(), fx.read("snippets/404/php.php"));
    std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
}

// ---------------------------------------------------------------------------------------------
// String literals: hostile messages render to valid code that returns exactly that text.

/// Messages that break naive quoting in at least one of the languages.
const HOSTILE: &[(u16, &str)] = &[
    (400, r#"She said "hi" and left"#),
    (402, r"It's a \ backslash and \\ two"),
    (403, "Cost: $5 ${HOME} #{x} {$y} %s %d @ivar"),
    (404, "tab\there and a\nnewline and \r return"),
    (409, "Ünïcödé ✓ 日本語 — “curly” 🚀"),
    (410, r#"both ' and " and \' and \""#),
    (500, r"end ?> */ </script> \u0022 \n literal {{handlebars}}"),
];

fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The real catalog with hostile messages: on codes of the generic templates and on codes with
/// templates of their own (100, 103, 206), so every kind of template is proved with them.
const HOSTILE_SPECIAL: &[(u16, usize)] = &[(100, 5), (103, 2), (206, 4)];

fn hostile_codes() -> Vec<(u16, &'static str)> {
    let mut codes: Vec<(u16, &str)> = HOSTILE.to_vec();
    codes.extend(HOSTILE_SPECIAL.iter().map(|&(code, i)| (code, HOSTILE[i].1)));
    codes.sort();
    codes
}

fn hostile_catalog(fx: &Fixture) {
    let mut text = std::fs::read_to_string(repo("catalog.toml")).unwrap();
    for (code, message) in hostile_codes() {
        let start = text.find(&format!("\ncode = {code}\n")).unwrap() + 1;
        let end = text[start..].find("\n[[status]]").map_or(text.len(), |e| start + e);
        let block: String = text[start..end].lines().filter(|l| !l.starts_with("message = ")).collect::<Vec<_>>().join("\n");
        let name_end = block.find("\nname = ").unwrap() + 1;
        let name_end = name_end + block[name_end..].find('\n').unwrap();
        let block = format!("{}\nmessage = {}{}\n", &block[..name_end], toml_string(message), &block[name_end..]);
        text.replace_range(start..end, &block);
    }
    fx.write("hostile.toml", &text);
}

fn hostile_args(command: &str) -> Vec<String> {
    let mut args: Vec<String> = vec!["--catalog".into(), "hostile.toml".into(), command.into()];
    for (code, _) in hostile_codes() {
        args.extend(["--code".to_string(), code.to_string()]);
    }
    args
}

#[test]
fn hostile_messages_render_as_exact_literals() {
    let fx = Fixture::new();
    hostile_catalog(&fx);
    fx.run(&["--catalog", "hostile.toml", "generate"]).expect(0);
    let index: serde_json::Value = serde_json::from_str(&fx.read("snippets/index.json")).unwrap();
    for (code, message) in hostile_codes() {
        let entry = index["codes"].as_array().unwrap().iter().find(|c| c["code"] == code).unwrap();
        assert_eq!(entry["message"], message, "{code}");
    }
    // Spot checks of the chosen quoting; the run below proves every cell.
    assert!(fx.read("snippets/400/express.js").contains(r#"'She said "hi" and left'"#));
    assert!(fx.read("snippets/402/php.php").contains(r#""It's a \\ backslash and \\\\ two""#));
    assert!(fx.read("snippets/403/sinatra.rb").contains("'Cost: $5 ${HOME} #{x} {$y} %s %d @ivar'"));
    // Both quotes inside: the first style, escaping its delimiter.
    assert!(fx.read("snippets/410/sinatra.rb").contains(r#"'both \' and " and \\\' and \\"'"#));
}

#[test]
fn hostile_messages_come_back_exactly_in_every_language() {
    let fx = Fixture::new();
    hostile_catalog(&fx);
    fx.run(&["--catalog", "hostile.toml", "generate"]).expect(0);
    let mut args = hostile_args("verify");
    args.extend(["--format".into(), "json".into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = fx.run(&args);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let results = report["results"].as_array().unwrap();
    let languages = serde_json::from_str::<serde_json::Value>(&fx.run(&["list", "--format", "json"]).stdout()).unwrap()["languages"].as_array().unwrap().len();
    assert_eq!(results.len(), hostile_codes().len() * languages);
    assert!(results.iter().filter(|r| r["outcome"] == "pass").count() >= HOSTILE.len() * languages);
    let failed: Vec<String> = results
        .iter()
        .filter(|r| r["outcome"] != "pass" && r["outcome"] != "n/a")
        .map(|r| format!("{} {}: {} {}", r["lang"], r["code"], r["check"], r["detail"]))
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
    assert_eq!(run.code(), 0);
}

// ---------------------------------------------------------------------------------------------
// Fast verify: batches, the result cache, partitions.

/// A result cache of the fixture's own, sharing the installed dependencies of the default cache
/// so that nothing is installed twice.
fn own_cache(fx: &Fixture) -> String {
    let default = std::env::var("SNIPPETGEN_CACHE_DIR").map(PathBuf::from).unwrap_or_else(|_| {
        PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/snippetgen")
    });
    std::fs::create_dir_all(default.join("deps")).unwrap();
    std::fs::create_dir_all(fx.path("cache")).unwrap();
    std::os::unix::fs::symlink(default.join("deps"), fx.path("cache/deps")).unwrap();
    fx.path("cache").display().to_string()
}

fn report(run: &Run) -> Vec<serde_json::Value> {
    let value: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap_or_else(|e| panic!("{e}: {}", run.stderr()));
    value["results"].as_array().unwrap().clone()
}

fn find<'a>(results: &'a [serde_json::Value], lang: &str, code: u64) -> &'a serde_json::Value {
    results.iter().find(|r| r["lang"] == lang && r["code"] == code).unwrap()
}

#[test]
fn a_broken_cell_in_a_batch_is_isolated_and_named() {
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "go", "--lang", "spring", "--code", "404", "--code", "500", "--code", "503"]).expect(0);
    mutate(&fx, "snippets/503/go.go", "    })\n}", "    })\n");
    mutate(&fx, "snippets/500/spring.java", "status(500)", "status(200)");
    let args = ["verify", "--lang", "go", "--lang", "spring", "--code", "404", "--code", "500", "--code", "503", "--no-cache", "-j", "1", "--format", "json"];
    let results = report(&fx.run(&args).expect(1));
    // Go's batch fails to vet as a whole; re-run alone, only 503 fails.
    assert_eq!(find(&results, "go", 404)["outcome"], "pass");
    assert_eq!(find(&results, "go", 500)["outcome"], "pass");
    assert_eq!((find(&results, "go", 503)["outcome"].as_str(), find(&results, "go", 503)["check"].as_str()), (Some("fail"), Some("vet")));
    // One JVM serves the Spring batch; the wrong status is pinned on 500 alone.
    assert_eq!(find(&results, "spring", 404)["outcome"], "pass");
    assert_eq!(find(&results, "spring", 503)["outcome"], "pass");
    assert_eq!((find(&results, "spring", 500)["outcome"].as_str(), find(&results, "spring", 500)["check"].as_str()), (Some("fail"), Some("status")));
}

#[test]
fn the_cache_reruns_only_what_changed_and_keeps_failures() {
    let fx = Fixture::new();
    let cache = own_cache(&fx);
    fx.run(&["generate", "--lang", "php", "--lang", "go", "--code", "404", "--code", "503"]).expect(0);
    mutate(&fx, "snippets/503/php.php", "'Service Unavailable'", "'Service unavailable'");
    let args = ["verify", "--lang", "php", "--lang", "go", "--code", "404", "--code", "503", "--format", "json", "--cache-dir", cache.as_str()];
    let first = report(&fx.run(&args).expect(1));
    assert!(first.iter().all(|r| r["cached"] == false), "{first:?}");
    let second = report(&fx.run(&args).expect(1));
    assert!(second.iter().all(|r| r["cached"] == true), "{second:?}");
    let failure = find(&second, "php", 503);
    assert_eq!((failure["outcome"].as_str(), failure["check"].as_str()), (Some("fail"), Some("body")), "a cached failure stays a failure");

    // Fixing the snippet re-runs that cell only.
    fx.run(&["generate", "--lang", "php", "--code", "503"]).expect(0);
    let third = report(&fx.run(&args).expect(0));
    assert_eq!(find(&third, "php", 503)["cached"], false);
    assert_eq!(find(&third, "php", 503)["outcome"], "pass");
    assert_eq!(third.iter().filter(|r| r["cached"] == true).count(), 3);

    // A catalog change re-runs the cells of that code.
    let catalog = std::fs::read_to_string(repo("catalog.toml")).unwrap();
    fx.write("cat.toml", &catalog.replace("tldr = \"Server temporarily unavailable.\"", "tldr = \"Down for now.\""));
    let mut with_catalog = vec!["--catalog", "cat.toml"];
    with_catalog.extend(args);
    let fourth = report(&fx.run(&with_catalog).expect(0));
    assert_eq!(find(&fourth, "go", 503)["cached"], false);
    assert_eq!(find(&fourth, "go", 404)["cached"], true);

    // --no-cache proves everything again; a torn cache entry is a miss, not an error.
    let mut no_cache = args.to_vec();
    no_cache.push("--no-cache");
    assert!(report(&fx.run(&no_cache).expect(0)).iter().all(|r| r["cached"] == false));
    let mut entries = Vec::new();
    for dir in std::fs::read_dir(fx.path("cache/results")).unwrap() {
        for file in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            entries.push(file.unwrap().path());
        }
    }
    for entry in &entries {
        std::fs::write(entry, "{\"lang\": \"go\", \"cod").unwrap();
    }
    assert!(report(&fx.run(&args).expect(0)).iter().all(|r| r["cached"] == false));

    fx.run(&["cache", "clean", "--cache-dir", cache.as_str()]).expect(0);
    assert!(!fx.path("cache").exists());
}

#[test]
fn partitions_split_the_cells_and_merge_back() {
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "php", "--lang", "go"]).expect(0);
    let part = |k: &str| {
        let run = fx.run(&["verify", "--lang", "php", "--lang", "go", "--code", "200", "--code", "404", "--code", "418", "--partition", k, "--format", "json"]);
        fx.write(&format!("part-{}.json", &k[..1]), &run.stdout());
        report(&run)
    };
    let (one, two) = (part("1/2"), part("2/2"));
    assert_eq!(one.len() + two.len(), 6);
    assert!(one.len() == 3 && two.len() == 3, "round robin: {} and {}", one.len(), two.len());
    for r in &one {
        assert!(!two.iter().any(|s| s["lang"] == r["lang"] && s["code"] == r["code"]), "overlap at {r}");
    }
    let merged = fx.run(&["report", "merge", "part-1.json", "part-2.json", "--junit", "merged.xml"]).expect(0);
    let merged = report(&merged);
    assert_eq!(merged.len(), 6);
    assert_eq!((merged[0]["lang"].as_str(), merged[0]["code"].as_u64()), (Some("php"), Some(200)));
    assert_eq!(fx.read("merged.xml").matches("<testcase").count(), 6);
    // The same file twice is an overlap: an input error.
    let run = fx.run(&["report", "merge", "part-1.json", "part-1.json"]).expect(2);
    assert!(run.stderr().contains("partitions overlap"), "{}", run.stderr());
    let run = fx.run(&["verify", "--partition", "3/2"]).expect(2);
    assert!(run.stderr().contains("not a partition"), "{}", run.stderr());
}

// ---------------------------------------------------------------------------------------------
// Contributing a language: a scaffold, data only, verified from a temp dir.

#[test]
fn a_language_added_from_a_temp_dir_is_listed_generated_and_verified() {
    let fx = Fixture::new();
    let run = fx.run(&["--languages", "langs", "--templates", "tpl", "new-language", "php-copy", "--from", "php"]).expect(0);
    assert!(run.stderr().contains("next:") && run.stderr().contains("verify --lang php-copy"), "{}", run.stderr());
    let descriptor = fx.read("langs/php-copy.toml");
    assert!(descriptor.contains("id = \"php-copy\"") && descriptor.contains("\"php-copy/snippet.php.hbs\""), "{descriptor}");
    assert!(fx.path("tpl/php-copy/204.php.hbs").is_file());
    let flags = ["--languages", "langs", "--templates", "tpl"];
    let list = fx.run(&[&flags[..], &["list", "--format", "json"]].concat()).expect(0).stdout();
    assert!(list.contains("\"php-copy\""), "{list}");
    fx.run(&[&flags[..], &["generate", "--lang", "php-copy"]].concat()).expect(0);
    assert!(fx.read("snippets/503/php-copy.php").contains("http_response_code(503);"));
    let verify = ["verify", "--lang", "php-copy", "--code", "204", "--code", "301", "--code", "304", "--code", "503", "--code", "103", "--format", "json"];
    let results = report(&fx.run(&[&flags[..], &verify[..]].concat()).expect(0));
    let outcomes: Vec<&str> = results.iter().map(|r| r["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["n/a", "pass", "pass", "pass", "pass"]);
    // Nothing overwritten, no duplicate ids.
    fx.run(&[&flags[..], &["new-language", "php-copy", "--from", "php"]].concat()).expect(2);
    fx.run(&["new-language", "go"]).expect(2);
}

#[test]
fn a_bare_scaffold_loads_and_says_what_is_missing() {
    let fx = Fixture::new();
    fx.run(&["new-language", "elixir"]).expect(0);
    assert!(fx.path("languages/elixir.toml").is_file() && fx.path("templates/elixir/snippet.txt.hbs").is_file());
    let flags = ["--languages", "languages", "--templates", "templates"];
    fx.run(&[&flags[..], &["generate", "--lang", "elixir", "--code", "301"]].concat()).expect(0);
    assert!(fx.read("snippets/301/elixir.txt").contains("header \"Location\" \"https://example.com/new-endpoint\""));
    let results = report(&fx.run(&[&flags[..], &["verify", "--lang", "elixir", "--code", "301", "--format", "json"]].concat()).expect(1));
    assert_eq!(results[0]["outcome"], "skipped");
    assert!(results[0]["detail"].as_str().unwrap().contains("CHANGE-ME"), "{}", results[0]);
}

#[test]
fn contributed_mistakes_get_a_message_that_says_what_and_where() {
    let fx = Fixture::new();
    fx.run(&["new-language", "mine", "--from", "flask"]).expect(0);
    let flags = ["--languages", "languages", "--templates", "templates"];
    let text = fx.read("languages/mine.toml");
    fx.write("languages/mine.toml", &text.replace("fence = \"python\"", "fence = \"python\"\nflavor = 1"));
    bad_input(&fx, &[&flags[..], &["list"]].concat(), &["languages/mine.toml:", "unknown field `flavor`"]);
    fx.write("languages/mine.toml", &text.replace("\"mine/snippet.py.hbs\"", "\"mine/nope.py.hbs\""));
    bad_input(&fx, &[&flags[..], &["list"]].concat(), &["languages/mine.toml", "template `mine/nope.py.hbs` does not exist"]);
    fx.write("languages/mine.toml", &text);
    let snippet = fx.read("templates/mine/snippet.py.hbs");
    fx.write("templates/mine/snippet.py.hbs", &snippet.replace("{{str message}}", "{{quote message}}"));
    bad_input(&fx, &[&flags[..], &["generate", "--lang", "mine"]].concat(), &["templates/mine/snippet.py.hbs:", "unknown helper `quote`", "helpers: str, concat"]);
    // A template that renders invalid code fails verify at lint, naming the template.
    fx.write("templates/mine/snippet.py.hbs", &snippet.replace("def endpoint():", "def endpoint()"));
    fx.run(&[&flags[..], &["generate", "--lang", "mine", "--code", "404"]].concat()).expect(0);
    let results = report(&fx.run(&[&flags[..], &["verify", "--lang", "mine", "--code", "404", "--format", "json"]].concat()).expect(1));
    assert_eq!((results[0]["outcome"].as_str(), results[0]["check"].as_str()), (Some("fail"), Some("lint")));
    assert!(results[0]["template"].as_str().unwrap().ends_with("templates/mine/snippet.py.hbs"), "{}", results[0]);
}

// ---------------------------------------------------------------------------------------------
// Snapshots of what people read: the list table and a drift report.

#[test]
fn snapshot_list_table() {
    insta::assert_snapshot!(Fixture::new().run(&["list"]).expect(0).stdout());
}

#[test]
fn snapshot_drift_report() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "301", "--code", "503"]).expect(0);
    mutate(&fx, "snippets/301/flask.py", "return response, 301", "return response, 302");
    mutate(&fx, "snippets/503/sinatra.rb", "    status 503\n", "    status 503\n    cache_control :no_store\n");
    let run = fx.run(&["check"]).expect(1);
    // Only the two changed files: the codes not generated here are listed as missing.
    let diff: String = run.stdout().split("missing (").next().unwrap().to_string();
    insta::assert_snapshot!(diff);
}

#[test]
fn a_port_taken_by_someone_else_is_retried_not_blamed_on_the_snippet() {
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "php", "--lang", "go", "--code", "404"]).expect(0);
    // A squatter that accepts connections but never answers.
    let squatter = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = squatter.local_addr().unwrap().port().to_string();
    for lang in ["php", "go"] {
        let output = Command::new(BIN)
            .args(["verify", "--lang", lang, "--code", "404", "--no-cache", "--format", "json"])
            .current_dir(fx.dir.path())
            .env("SNIPPETGEN_TEST_FIRST_PORT", &port)
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["results"][0]["outcome"], "pass", "{lang}: {}", report["results"][0]);
    }
    drop(squatter);
}

#[test]
fn verify_fails_examples_that_break_the_rfc_9110_rules() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "301", "--code", "405", "--code", "401", "--code", "204", "--code", "103", "--code", "304"]).expect(0);
    quick_timeouts(&fx, "express");
    let cases: &[(&str, &str, &str, &str, &str, &str)] = &[
        // (lang, code, file, from, to, the check that must fail)
        ("go", "301", "snippets/301/go.go", "    w.Header().Set(\"Location\", \"https://example.com/new-endpoint\")\n", "", "header Location"),
        ("flask", "405", "snippets/405/flask.py", "    response.headers[\"Allow\"] = \"POST\"\n", "", "header Allow"),
        ("express", "401", "snippets/401/express.js", "    res.set('WWW-Authenticate', 'Bearer realm=\"example\"');\n", "", "header WWW-Authenticate"),
        ("php", "204", "snippets/204/php.php", "?>", "echo json_encode(['message' => 'No Content']);\n?>", "no content"),
        // A lone 103: interim only, no final response.
        ("express", "103", "snippets/103/express.js", "    res.status(200).json({ message: 'OK' });\n", "", "status"),
        // A 304 sent whatever the request: the plain GET must get 200.
        ("go", "304", "snippets/304/go.go", "if r.Header.Get(\"If-None-Match\") == etag {", "if true {", "GET without If-None-Match: status"),
    ];
    for (lang, code, file, from, to, check) in cases {
        let pristine = fx.read(file);
        mutate(&fx, file, from, to);
        let (outcome, got, detail) = verify_cell(&fx, &["--languages", "languages"], lang, code);
        assert_eq!((outcome.as_str(), got.as_str()), ("fail", *check), "{lang} {code}: {detail}");
        fx.write(file, &pristine);
        let (outcome, _, detail) = verify_cell(&fx, &["--languages", "languages"], lang, code);
        assert_eq!(outcome, "pass", "{lang} {code} unbroken: {detail}");
    }
}

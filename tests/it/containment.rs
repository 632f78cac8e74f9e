//! Containment: generate and cache clean never clobber what is not theirs; verify's memory,
//! reports and cache stay bounded against hostile servers; the cache tells the truth. These tests
//! use a cache of their own (`own-cache`), with no shared dependencies in it.

use std::path::{Path, PathBuf};

use crate::support::*;

#[test]
fn generate_refuses_a_directory_it_did_not_write_and_names_the_file_it_would_lose() {
    let fx = Fixture::new();
    fx.write("site/notes.txt", "my notes\n");
    let run = fx.run(&["generate", "--out", "site"]).expect(2);
    assert!(run.stderr().contains("site/notes.txt would be lost"), "{}", run.stderr());
    assert!(run.stderr().contains("--force"), "{}", run.stderr());
    assert_eq!(fx.read("site/notes.txt"), "my notes\n");
    assert!(!fx.path("site/index.json").exists());
    // A filtered run is refused the same way.
    fx.run(&["generate", "--out", "site", "--lang", "go", "--code", "404"]).expect(2);
    assert_eq!(tree(&fx.path("site")).len(), 1);
}

#[test]
fn generate_force_replaces_the_directory_and_marks_it() {
    let fx = Fixture::new();
    fx.write("site/notes.txt", "my notes\n");
    fx.run(&["generate", "--out", "site", "--force"]).expect(0);
    assert!(!fx.path("site/notes.txt").exists());
    assert!(fx.path("site/.snippetgen-output").is_file() && fx.path("site/503/go.go").is_file());
    // Now it is generate's own: the next run needs no --force, and check accepts the marker.
    fx.run(&["generate", "--out", "site"]).expect(0);
    fx.run(&["check", "--snippets", "site"]).expect(0);
    // An empty directory is nobody's files: no --force needed.
    std::fs::create_dir(fx.path("empty")).unwrap();
    fx.run(&["generate", "--out", "empty", "--code", "404"]).expect(0);
    assert!(fx.path("empty/404/go.go").is_file());
}

#[test]
fn generate_never_replaces_a_file_or_a_link() {
    let fx = Fixture::new();
    fx.write("out.txt", "a file\n");
    for args in [&["generate", "--out", "out.txt"][..], &["generate", "--out", "out.txt", "--force"][..]] {
        let run = fx.run(args).expect(2);
        assert!(run.stderr().contains("out.txt: is a file"), "{}", run.stderr());
        assert_eq!(fx.read("out.txt"), "a file\n");
    }
    fx.run(&["generate", "--out", "real", "--code", "404"]).expect(0);
    std::os::unix::fs::symlink(fx.path("real"), fx.path("link")).unwrap();
    let run = fx.run(&["generate", "--out", "link", "--force"]).expect(2);
    assert!(run.stderr().contains("symbolic link"), "{}", run.stderr());
    assert!(std::fs::symlink_metadata(fx.path("link")).unwrap().file_type().is_symlink());
}

#[test]
fn generate_removes_what_a_killed_run_left_behind() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "404"]).expect(0);
    // What a run killed before its swap leaves: a staging dir, and an old tree moved aside.
    fx.write(".snippetgen-new-Ab12Cd/404/go.go", "half written");
    fx.write(".snippetgen-old-Ef34Gh/old/index.json", "{}");
    fx.write("notes-about.snippetgen-new-x", "not a staging dir");
    fx.run(&["generate", "--code", "404"]).expect(0);
    let mut left: Vec<String> = std::fs::read_dir(fx.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.retain(|name| name != "cache"); // the fixture's own cache
    left.sort();
    assert_eq!(left, ["notes-about.snippetgen-new-x", "snippets"]);
}

#[test]
fn the_output_directory_exists_at_every_instant_of_a_regenerate() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "404"]).expect(0);
    let index = fx.path("snippets/index.json");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = {
        let (stop, index) = (stop.clone(), index.clone());
        std::thread::spawn(move || {
            let (mut looks, mut missing) = (0u64, 0u64);
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                looks += 1;
                if std::fs::symlink_metadata(&index).is_err() {
                    missing += 1;
                }
            }
            (looks, missing)
        })
    };
    // The old two renames left it missing hundreds of times a run.
    for _ in 0..6 {
        fx.run(&["generate", "--code", "404"]).expect(0);
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let (looks, missing) = watcher.join().unwrap();
    assert!(looks > 1000, "{looks}");
    assert_eq!(missing, 0, "snippets/index.json was missing {missing} times of {looks}");
}

/// A language of the fixture's own, `hostile`, whose snippet is `server` (a Python script run
/// as `python3 snippet.py PORT`), with an optional `[deps]` table.
fn hostile_language(fx: &Fixture, server: &str, deps: &str) {
    let descriptor = r#"id = "hostile"
name = "Hostile"
extension = "py"
fence = "python"
order = 99

[templates]
snippet = "hostile/snippet.py.hbs"
not-applicable = "hostile/snippet.py.hbs"

[[string-literal]]
open = "'"
close = "'"
escape = { "\\" = "\\\\", "'" = "\\'" }

[toolchain]
commands = ["python3"]
version = ["python3", "--version"]
install-hint = "install Python 3"

DEPS

[verify]
snippet-file = "snippet.py"
serve = ["python3", "snippet.py", "{{port}}"]
start-timeout = 30
request-timeout = 10
"#;
    fx.write("langs/hostile.toml", &descriptor.replace("DEPS", deps));
    fx.write("tpl/hostile/snippet.py.hbs", server);
    fx.run(&["--languages", "langs", "--templates", "tpl", "generate", "--lang", "hostile", "--code", "404"]).expect(0);
}

/// Runs the binary in the fixture, sampling its peak resident set size (VmHWM) until it exits.
fn run_measured(fx: &Fixture, args: &[&str]) -> (Run, u64) {
    let child = fx
        .command()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let peak = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let sampler = {
        let peak = peak.clone();
        std::thread::spawn(move || {
            while let Ok(text) = std::fs::read_to_string(&status) {
                // A zombie has no VmHWM line: then the process is done.
                let Some(kib) = text.lines().find_map(|l| l.strip_prefix("VmHWM:")) else { break };
                let kib: u64 = kib.trim().trim_end_matches("kB").trim().parse().unwrap();
                peak.fetch_max(kib, std::sync::atomic::Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        })
    };
    let output = child.wait_with_output().unwrap();
    sampler.join().unwrap();
    (Run(output), peak.load(std::sync::atomic::Ordering::SeqCst))
}

/// verify of the hostile language's one cell, reported as JSON, with the test's own cache.
const VERIFY_HOSTILE: [&str; 13] = [
    "--languages",
    "langs",
    "--templates",
    "tpl",
    "verify",
    "--lang",
    "hostile",
    "--code",
    "404",
    "--format",
    "json",
    "--cache-dir",
    "own-cache",
];

const PY_LISTEN: &str = "import socket, sys\nsrv = socket.socket()\nsrv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\nsrv.bind(('127.0.0.1', int(sys.argv[1])))\nsrv.listen(16)\n";

#[test]
fn a_server_streaming_an_endless_body_costs_verify_little_memory() {
    let fx = Fixture::new();
    let server = format!(
        "{PY_LISTEN}chunk = b'x' * 65536\nwhile True:\n    c, _ = srv.accept()\n    try:\n        c.recv(65536)\n        c.sendall(b'HTTP/1.1 404 Not Found\\r\\nContent-Type: application/json\\r\\n\\r\\n')\n        while True:\n            c.sendall(chunk)\n    except OSError:\n        pass\n    c.close()\n"
    );
    hostile_language(&fx, &server, "");
    let args = VERIFY_HOSTILE;
    let started = std::time::Instant::now();
    let (run, peak_kib) = run_measured(&fx, &args);
    eprintln!("verify peaked at {peak_kib} KiB");
    let results = report(&run.expect(1));
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
    assert_eq!(results[0]["outcome"], "fail", "{}", results[0]);
    assert!(results[0]["detail"].as_str().unwrap().contains("response exceeds 1 MiB"), "{}", results[0]);
    assert!(peak_kib < 256 * 1024, "verify peaked at {peak_kib} KiB");
}

#[test]
fn a_server_printing_300_mb_leaves_a_small_report_and_cache_entry() {
    let fx = Fixture::new();
    let server = format!(
        "import sys\nline = b'y' * 1048575 + b'\\n'\nfor _ in range(300):\n    sys.stdout.buffer.write(line)\nsys.stdout.buffer.write(b'the last words\\n')\nsys.stdout.flush()\n{PY_LISTEN}while True:\n    c, _ = srv.accept()\n    if c.recv(65536):\n        c.sendall(b'HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nContent-Length: 2\\r\\n\\r\\n{{}}')\n    c.close()\n"
    );
    hostile_language(&fx, &server, "");
    let args = VERIFY_HOSTILE;
    let (run, peak_kib) = run_measured(&fx, &args);
    eprintln!("verify peaked at {peak_kib} KiB");
    let run = run.expect(1);
    let results = report(&run);
    assert_eq!(
        (results[0]["outcome"].as_str(), results[0]["check"].as_str()),
        (Some("fail"), Some("status")),
        "{}",
        results[0]
    );
    let output = results[0]["output"].as_str().unwrap();
    assert!(output.ends_with("the last words"), "{}", &output[output.len().saturating_sub(200)..]);
    assert!(output.len() <= 5 * 1024, "{} bytes of output in the report", output.len());
    assert!(run.stdout().len() < 16 * 1024, "a {} byte report", run.stdout().len());
    assert!(peak_kib < 256 * 1024, "verify peaked at {peak_kib} KiB");
    let entries = cache_entries(&fx.path("own-cache"));
    assert_eq!(entries.len(), 1, "{entries:?}");
    let size = std::fs::metadata(&entries[0]).unwrap().len();
    assert!(size < 16 * 1024, "a {size} byte cache entry");
}

/// The result cache's entry files below a cache directory.
fn cache_entries(cache: &Path) -> Vec<PathBuf> {
    let mut entries = Vec::new();
    for dir in std::fs::read_dir(cache.join("results")).unwrap() {
        for file in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            entries.push(file.unwrap().path());
        }
    }
    entries.sort();
    entries
}

/// The entry of the cell `lang`/`code` (the entry names its cell).
fn entry_of(cache: &Path, lang: &str, code: u64) -> PathBuf {
    cache_entries(cache)
        .into_iter()
        .find(|p| {
            let value: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap_or_default();
            value["lang"] == lang && value["code"] == code
        })
        .unwrap_or_else(|| panic!("no entry for {lang} {code}"))
}

#[test]
fn the_cache_serves_no_fifo_link_forged_or_borrowed_entry() {
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "php", "--code", "404", "--code", "503"]).expect(0);
    let cache = fx.path("own-cache");
    let args =
        ["verify", "--lang", "php", "--code", "404", "--code", "503", "--format", "json", "--cache-dir", "own-cache"];
    let first = report(&fx.run(&args).expect(0));
    assert!(first.iter().all(|r| r["cached"] == false));
    let (e404, e503) = (entry_of(&cache, "php", 404), entry_of(&cache, "php", 503));
    let genuine = std::fs::read(&e404).unwrap();
    let rerun_404 = |what: &str| {
        let started = std::time::Instant::now();
        let results = report(&fx.run(&args).expect(0));
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "{what}: {:?}", started.elapsed());
        assert_eq!(find(&results, "php", 503)["cached"], true, "{what}");
        let r404 = find(&results, "php", 404);
        assert_eq!(
            (r404["cached"].as_bool(), r404["outcome"].as_str()),
            (Some(false), Some("pass")),
            "{what} was served"
        );
    };

    // Another cell's verdict in this cell's place.
    std::fs::copy(&e503, &e404).unwrap();
    rerun_404("503's entry");
    // A forged n/a, with this cell's own key, language and code.
    let mut forged: serde_json::Value = serde_json::from_slice(&genuine).unwrap();
    forged["result"]["outcome"] = "n/a".into();
    forged["result"]["detail"] = "forged".into();
    std::fs::write(&e404, serde_json::to_vec(&forged).unwrap()).unwrap();
    rerun_404("a forged n/a");
    // A link to the genuine entry: never followed.
    let elsewhere = fx.path("elsewhere.json");
    std::fs::write(&elsewhere, &genuine).unwrap();
    std::fs::remove_file(&e404).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &e404).unwrap();
    rerun_404("a symlink");
    // A FIFO nobody writes to: a miss, not a hang.
    std::fs::remove_file(&e404).unwrap();
    nix::unistd::mkfifo(&e404, nix::sys::stat::Mode::from_bits_truncate(0o600)).unwrap();
    rerun_404("a FIFO");
}

#[test]
fn cache_clean_refuses_a_directory_that_is_not_a_snippetgen_cache() {
    let fx = Fixture::new();
    fx.write("home/notes.txt", "mine\n").write("home/deps/mine.txt", "also mine\n");
    let run = fx.run(&["cache", "clean", "--cache-dir", "home"]).expect(2);
    assert!(run.stderr().contains("home is not a snippetgen cache"), "{}", run.stderr());
    // The same through the environment, as SNIPPETGEN_CACHE_DIR=$HOME would.
    let output = fx.command().args(["cache", "clean"]).env("SNIPPETGEN_CACHE_DIR", fx.path("home")).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(fx.read("home/notes.txt"), "mine\n");
    assert_eq!(fx.read("home/deps/mine.txt"), "also mine\n");
    // verify will not make it its cache either (nothing of it is lost).
    fx.run(&["generate", "--lang", "php", "--code", "404"]).expect(0);
    fx.run(&["verify", "--lang", "php", "--code", "404", "--cache-dir", "home"]);
    assert!(!fx.path("home/CACHEDIR.TAG").exists() && !fx.path("home/results").exists());
}

#[test]
fn cache_clean_results_keeps_the_dependencies() {
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "php", "--code", "404"]).expect(0);
    let args = ["verify", "--lang", "php", "--code", "404", "--format", "json", "--cache-dir", "own-cache"];
    fx.run(&args).expect(0);
    assert!(fx.path("own-cache/CACHEDIR.TAG").is_file(), "verify marks its cache");
    fx.write("own-cache/deps/php/installed.txt", "a dependency\n");
    let run = fx.run(&["cache", "clean", "--results", "--cache-dir", "own-cache"]).expect(0);
    assert!(run.stderr().contains("removed results"), "{}", run.stderr());
    assert!(!fx.path("own-cache/results").exists());
    assert_eq!(fx.read("own-cache/deps/php/installed.txt"), "a dependency\n");
    assert_eq!(report(&fx.run(&args).expect(0))[0]["cached"], false, "the results are gone");
    fx.run(&["cache", "clean", "--cache-dir", "own-cache"]).expect(0);
    assert!(!fx.path("own-cache").exists());
}

#[test]
fn two_runs_at_once_set_up_the_dependencies_once() {
    let fx = Fixture::new();
    let count = fx.path("setups.txt");
    let deps = format!(
        "[deps]\ncheck = [\"test\", \"-f\", \"{{{{deps}}}}/ready\"]\nsetup = [[\"sh\", \"-c\", \"echo setup >> {}; sleep 2; touch {{{{deps}}}}/ready\"]]\ninstall-hint = \"none\"\n",
        count.display()
    );
    let server = format!(
        "{PY_LISTEN}while True:\n    c, _ = srv.accept()\n    r = c.recv(65536)\n    if r:\n        body = b'' if r.startswith(b'HEAD') else b'{{\"message\": \"Not Found\"}}'\n        c.sendall(b'HTTP/1.1 404 Not Found\\r\\nDate: Wed, 02 Dec 2026 18:00:00 GMT\\r\\nConnection: close\\r\\nContent-Type: application/json\\r\\nContent-Length: 24\\r\\n\\r\\n' + body)\n    c.close()\n"
    );
    hostile_language(&fx, &server, &deps);
    let args = [&VERIFY_HOSTILE[..], &["--no-cache"]].concat();
    let spawn = || fx.command().args(&args).output().unwrap();
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(spawn);
        let b = s.spawn(spawn);
        (a.join().unwrap(), b.join().unwrap())
    });
    for run in [a, b] {
        let run = Run(run);
        assert_eq!(report(&run)[0]["outcome"], "pass", "{}\n{}", run.stdout(), run.stderr());
    }
    assert_eq!(std::fs::read_to_string(&count).unwrap(), "setup\n", "the set-up ran more than once");
}

#[test]
fn a_failed_dependency_setup_is_an_error_that_allow_skip_does_not_hide() {
    let fx = Fixture::new();
    let deps = "[deps]\ncheck = [\"test\", \"-f\", \"{{deps}}/ready\"]\nsetup = [[\"sh\", \"-c\", \"echo 'no matching version for pin 9.9.9' >&2; exit 3\"]]\ninstall-hint = \"the pins come from a registry\"\n";
    hostile_language(&fx, PY_LISTEN, deps);
    let args = [&VERIFY_HOSTILE[..], &["--no-cache", "--allow-skip"]].concat();
    let run = fx.run(&args);
    let results = report(&run);
    assert_eq!(run.code(), 1, "{}", run.stdout());
    assert_eq!(results[0]["outcome"], "error", "{}", run.stdout());
    let detail = results[0]["detail"].as_str().unwrap_or_default();
    assert!(detail.contains("setting up the dependencies failed") && detail.contains("9.9.9"), "{detail}");
}

#[test]
fn a_hanging_version_command_does_not_swallow_ctrl_c() {
    use nix::sys::signal::{kill, Signal};
    let fx = Fixture::new();
    hostile_language(&fx, PY_LISTEN, "");
    // The toolchain's version command never returns.
    let descriptor = fx.read("langs/hostile.toml").replace(
        "version = [\"python3\", \"--version\"]",
        "version = [\"python3\", \"-c\", \"import time; time.sleep(300)\"]",
    );
    fx.write("langs/hostile.toml", &descriptor);
    let tmp = fx.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let child = fx
        .command()
        .args(VERIFY_HOSTILE)
        .env("TMPDIR", &tmp)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_process_under(&tmp, "time.sleep(300)");
    kill(nix::unistd::Pid::from_raw(child.id() as i32), Signal::SIGINT).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(processes_under(&tmp), Vec::<String>::new(), "the version command outlived verify");
}

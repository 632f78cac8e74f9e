//! The sandbox and the PID namespaces: what a cell's server sees and may write, a process that
//! leaves its group, and a verify killed with SIGKILL. CI has bubblewrap (ci/install-deps.sh),
//! so these run in the sandbox; without it they fail rather than pass.

use crate::support::*;

const ANSWER: &str = "res.status(503).json({ message: 'Service Unavailable' });";

/// The express 503 cell, generated in a fixture whose verify uses `tmp` as its temp dir.
fn express_503(fx: &Fixture) -> std::path::PathBuf {
    fx.run(&["generate", "--code", "503", "--lang", "express"]).expect(0);
    let tmp = fx.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    tmp
}

fn verify(fx: &Fixture, tmp: &std::path::Path, extra: &[&str]) -> Run {
    let mut args = vec!["verify", "--lang", "express", "--code", "503", "--no-cache"];
    args.extend(extra);
    Run(fx.command().args(&args).env("TMPDIR", tmp).output().unwrap())
}

#[test]
fn doctor_says_which_containment_is_in_effect() {
    let fx = Fixture::new();
    let run = fx.run(&["doctor"]);
    assert!(run.stdout().contains("containment: sandbox (bubblewrap)"), "{}", run.stdout());
}

#[test]
fn a_server_sees_only_loopback_and_writes_only_its_work_dir() {
    if !needs(&["express"]) {
        return;
    }
    let fx = Fixture::new();
    let tmp = express_503(&fx);
    let outside = format!("/var/tmp/snippetgen-sandbox-test-{}", std::process::id());
    let _ = std::fs::remove_file(&outside);
    // The server notes what it saw in its work dir, which the test keeps, then answers.
    let probe = format!(
        "const fs = require('fs');\n    \
         fs.writeFileSync('interfaces.txt', fs.readFileSync('/proc/net/dev', 'utf8'));\n    \
         try {{ fs.writeFileSync('{outside}', 'escaped'); fs.writeFileSync('outside.txt', 'written'); }}\n    \
         catch (e) {{ fs.writeFileSync('outside.txt', e.code); }}\n    {ANSWER}"
    );
    mutate(&fx, "snippets/503/express.js", ANSWER, &probe);
    let run = verify(&fx, &tmp, &["--keep-workdirs"]).expect(0);
    let kept = run.stdout();
    let dir = kept.lines().find_map(|l| l.trim().strip_prefix("work dir kept at ")).expect("a kept work dir");
    let work = std::path::Path::new(dir).join("work");
    let interfaces = std::fs::read_to_string(work.join("interfaces.txt")).unwrap();
    let names: Vec<&str> = interfaces.lines().skip(2).filter_map(|l| l.split(':').next()).map(str::trim).collect();
    assert_eq!(names, ["lo"], "{interfaces}");
    assert_eq!(std::fs::read_to_string(work.join("outside.txt")).unwrap(), "EROFS");
    assert!(!std::path::Path::new(&outside).exists(), "the server wrote {outside}");

    // Without the sandbox the same server writes where it likes: the test can tell the difference.
    verify(&fx, &tmp, &["--no-sandbox"]).expect(0);
    let written = std::path::Path::new(&outside).exists();
    let _ = std::fs::remove_file(&outside);
    assert!(written, "without the sandbox the server could not write {outside}");
}

#[test]
fn a_process_that_leaves_its_group_fails_the_cell_and_is_gone_after_it() {
    if !needs(&["express"]) {
        return;
    }
    let fx = Fixture::new();
    let tmp = express_503(&fx);
    let detached = format!(
        "require('child_process').spawn('sleep', ['300'], {{ detached: true, stdio: 'ignore' }}).unref();\n    {ANSWER}"
    );
    mutate(&fx, "snippets/503/express.js", ANSWER, &detached);
    for (extra, fallback) in [(&[][..], false), (&["--no-sandbox"][..], false), (&[][..], true)] {
        let mut command = fx.command();
        command.args(["verify", "--lang", "express", "--code", "503", "--no-cache"]).args(extra).env("TMPDIR", &tmp);
        if fallback {
            // Without namespaces: the marker finds the process and verify kills it.
            command.env("SNIPPETGEN_TEST_CONTAINMENT", "process-groups");
        }
        let run = Run(command.output().unwrap());
        let report = run.stdout();
        assert_eq!(run.code(), 1, "{report}");
        assert!(report.contains("express 503: processes: ") && report.contains("`sleep 300`"), "{report}");
        assert_eq!(
            processes_under(&tmp),
            Vec::<String>::new(),
            "processes outlived the cell ({extra:?}, fallback {fallback})"
        );
    }
}

#[test]
fn sigkill_of_verify_leaves_no_process_and_the_next_run_removes_its_work_dir() {
    if !needs(&["express"]) {
        return;
    }
    let fx = Fixture::new();
    let tmp = express_503(&fx);
    let stubborn = format!(
        "require('child_process').spawn('sleep', ['300'], {{ stdio: 'ignore' }});\n    \
         process.on('SIGTERM', () => {{}});\n    {ANSWER}"
    );
    mutate(&fx, "snippets/503/express.js", ANSWER, &stubborn);
    let mut child = fx
        .command()
        .args(["verify", "--lang", "express", "--code", "503", "--no-cache"])
        .env("TMPDIR", &tmp)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    wait_for_process_under(&tmp, "sleep 300");
    child.kill().unwrap();
    child.wait().unwrap();
    // The kernel takes the namespace down when its init dies with verify.
    assert_eq!(processes_left_under(&tmp), Vec::<String>::new(), "processes outlived a killed verify");
    let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(left.len(), 1, "the killed run's work dir: {left:?}");

    // The next run, of a sound snippet, removes it; a kept work dir stays.
    std::fs::create_dir_all(tmp.join("snippetgen-kept-earlier")).unwrap();
    fx.run(&["generate", "--code", "503", "--lang", "express"]).expect(0);
    verify(&fx, &tmp, &[]).expect(0);
    let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(left, ["snippetgen-kept-earlier"], "what the next run left");
}

//! verify with the real toolchains: correct snippets pass, broken ones fail at the right check.

use std::path::PathBuf;

use crate::support::*;

#[test]
fn verify_passes_correct_snippets_and_reports_json_and_junit() {
    if !needs(&["go", "php"]) {
        return;
    }
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503", "--code", "404"]).expect(0);
    // A JUnit report into a directory that does not exist is refused, not created.
    bad_input(
        &fx,
        &["verify", "--lang", "go", "--code", "503", "--junit", "out/junit.xml"],
        "error: out: no such directory for the JUnit report out/junit.xml",
    );
    std::fs::create_dir(fx.path("out")).unwrap();
    let run = fx
        .run(&[
            "verify",
            "--lang",
            "go",
            "--lang",
            "php",
            "--code",
            "503",
            "--code",
            "404",
            "--format",
            "json",
            "--junit",
            "out/junit.xml",
        ])
        .expect(0);
    assert_valid_report(&run.stdout());
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let results = report["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    assert_eq!(report["selection_cells"], 4);
    assert_eq!(report["partition"], serde_json::Value::Null);
    let ids: Vec<&str> = report["languages"].as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["go", "php"], "each selected language, in the order selected");
    assert!(report["languages"][0]["toolchain"].as_str().unwrap().starts_with("go version go1."), "{report}");
    for r in results {
        assert_eq!(r["outcome"], "pass", "{r}");
        // A pass has no check and no detail: null, present in the report.
        assert_eq!(
            (r.get("check"), r.get("detail")),
            (Some(&serde_json::Value::Null), Some(&serde_json::Value::Null)),
            "{r}"
        );
        assert!(r["duration_ms"].is_u64() && r["lang"].is_string() && r["code"].is_u64(), "{r}");
    }
    let junit = fx.read("out/junit.xml");
    assert!(junit.contains("<testsuite name=\"go\"") && junit.contains("name=\"php 503\""), "{junit}");

    // `--json FILE` writes the same report to a file, beside the human one on stdout.
    bad_input(
        &fx,
        &["verify", "--lang", "php", "--code", "503", "--json", "nowhere/report.json"],
        "error: nowhere: no such directory for the JSON report nowhere/report.json",
    );
    let run = fx.run(&["verify", "--lang", "php", "--code", "503", "--json", "out/report.json"]).expect(0);
    assert!(run.stdout().contains("PASS [cached ] php 503"), "{}", run.stdout());
    let written = fx.read("out/report.json");
    assert_valid_report(&written);
    let written: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(written["results"][0]["lang"], "php");
    assert_eq!(written["results"][0]["outcome"], "pass");
}

#[test]
fn verify_catches_broken_snippets_at_the_right_check() {
    if !needs(&["go", "flask", "express", "php", "sinatra"]) {
        return;
    }
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
        (
            "sinatra",
            "sinatra.rb",
            "    status 503\n",
            "    status 503\n    content_type 'text/html'\n    return '{\"message\":\"Service Unavailable\"}'\n",
            "content-type",
        ),
        ("express", "express.js", "res.status(503)", "res.status(502)", "status"),
        // A server that exits before it binds, one that never binds, one that hangs after binding.
        ("express", "express.js", "const app = express();", "const app = express();\nprocess.exit(3);", "start"),
        (
            "express",
            "express.js",
            "const app = express();",
            "const app = express();\napp.listen = () => setInterval(() => {}, 1000);",
            "start",
        ),
        (
            "express",
            "express.js",
            "res.status(503).json({ message: 'Service Unavailable' });",
            "// never answers",
            "request",
        ),
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
    if !needs(&["spring"]) {
        return;
    }
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503", "--lang", "spring"]).expect(0);
    mutate(&fx, "snippets/503/spring.java", "body(response);", "body(response)");
    let (outcome, check, _) = verify_cell(&fx, &[], "spring", "503");
    assert_eq!((outcome.as_str(), check.as_str()), ("fail", "compile"));
}

#[test]
fn verify_reports_a_missing_snippet_and_a_missing_toolchain() {
    if !needs(&["go", "php"]) {
        return;
    }
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
    if !needs(&["express"]) {
        return;
    }
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503", "--lang", "express"]).expect(0);
    // A harness that rewrites the snippet instead of adding to it is caught.
    fx.write("templates/express/harness/server.js.hbs", "{{{snippet}}}\n".replace("{{{snippet}}}", "const express = require('express');\nconst app = express();\napp.get('/endpoint', (req, res) => res.status(503).json({ message: 'Service Unavailable' }));\n").as_str());
    let (outcome, check, detail) = verify_cell(&fx, &["--templates", "templates"], "express", "503");
    assert_eq!((outcome.as_str(), check.as_str()), ("fail", "harness"), "{detail}");
}

#[test]
fn keep_workdirs_keeps_and_names_them() {
    if !needs(&["php"]) {
        return;
    }
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "404", "--lang", "php"]).expect(0);
    let run = fx.run(&["verify", "--lang", "php", "--code", "404", "--keep-workdirs", "--format", "json"]).expect(0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let dir = PathBuf::from(report["results"][0]["workdir"].as_str().unwrap());
    assert_eq!(std::fs::read_to_string(dir.join("work/snippet.php")).unwrap(), fx.read("snippets/404/php.php"));
    std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
}

#[test]
fn a_port_taken_by_someone_else_is_retried_not_blamed_on_the_snippet() {
    use std::io::Read;
    if !needs(&["php", "go"]) {
        return;
    }
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "php", "--lang", "go", "--code", "404"]).expect(0);
    // A squatter that accepts connections and records what it is sent, but never answers.
    let squatter = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = squatter.local_addr().unwrap().port().to_string();
    let received = std::sync::Arc::new(std::sync::Mutex::new(Vec::<u8>::new()));
    let (accepted, sink) = (std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0)), received.clone());
    let counter = accepted.clone();
    squatter.set_nonblocking(true).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stopped = stop.clone();
    let thread = std::thread::spawn(move || {
        let mut conns = Vec::new();
        while !stopped.load(std::sync::atomic::Ordering::SeqCst) {
            if let Ok((conn, _)) = squatter.accept() {
                conn.set_nonblocking(true).unwrap();
                counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                conns.push(conn);
            }
            for conn in &mut conns {
                let mut buf = [0u8; 1024];
                if let Ok(n) = conn.read(&mut buf) {
                    sink.lock().unwrap().extend_from_slice(&buf[..n]);
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    });
    // Only without the sandbox do servers share the machine's ports; in it, each has a network of
    // its own, where the squatter's port is free.
    for (lang, sandbox) in [("php", &["--no-sandbox"][..]), ("go", &["--no-sandbox"][..]), ("php", &[][..])] {
        let output = fx
            .command()
            .args(["verify", "--lang", lang, "--code", "404", "--no-cache", "--format", "json"])
            .args(sandbox)
            .env("SNIPPETGEN_TEST_FIRST_PORT", &port)
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["results"][0]["outcome"], "pass", "{lang}: {}", report["results"][0]);
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    thread.join().unwrap();
    // verify did knock on the squatter's port (the first port it was handed), but never took it
    // for its server: not one byte of a request was sent there.
    assert!(accepted.load(std::sync::atomic::Ordering::SeqCst) >= 1, "the squatter's port was never tried");
    assert_eq!(String::from_utf8_lossy(&received.lock().unwrap()), "", "a request went to the squatter");
}

#[test]
fn verify_fails_examples_that_break_the_rfc_9110_rules() {
    if !needs(&["go", "flask", "express", "php"]) {
        return;
    }
    let fx = Fixture::new();
    fx.run(&[
        "generate", "--code", "301", "--code", "405", "--code", "401", "--code", "204", "--code", "103", "--code",
        "304",
    ])
    .expect(0);
    quick_timeouts(&fx, "express");
    let cases: &[(&str, &str, &str, &str, &str, &str)] = &[
        // (lang, code, file, from, to, the check that must fail)
        (
            "go",
            "301",
            "snippets/301/go.go",
            "    w.Header().Set(\"Location\", \"https://example.com/new-endpoint\")\n",
            "",
            "header Location",
        ),
        ("flask", "405", "snippets/405/flask.py", ", {'Allow': ', '.join(error.valid_methods)}", "", "header Allow"),
        (
            "express",
            "401",
            "snippets/401/express.js",
            "    res.set('WWW-Authenticate', 'Bearer realm=\"example\"');\n",
            "",
            "header WWW-Authenticate",
        ),
        (
            "php",
            "204",
            "snippets/204/php.php",
            "?>",
            "echo json_encode(['message' => 'No Content']);\n?>",
            "no content",
        ),
        // A lone 103: interim only, no final response.
        ("express", "103", "snippets/103/express.js", "    res.status(200).json({ message: 'OK' });\n", "", "status"),
        // A 304 sent whatever the request: the plain GET must get 200.
        (
            "go",
            "304",
            "snippets/304/go.go",
            "http.ServeContent(w, r,",
            "r.Header.Set(\"If-None-Match\", \"*\")\n    http.ServeContent(w, r,",
            "GET without If-None-Match: status",
        ),
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

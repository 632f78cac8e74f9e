//! Fast verify: batches, the result cache, partitions and merging.

use crate::support::*;

#[test]
fn a_broken_cell_in_a_batch_is_isolated_and_named() {
    if !needs(&["go", "spring"]) {
        return;
    }
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "go", "--lang", "spring", "--code", "404", "--code", "500", "--code", "503"])
        .expect(0);
    mutate(&fx, "snippets/503/go.go", "    })\n}", "    })\n");
    mutate(&fx, "snippets/500/spring.java", "status(500)", "status(200)");
    let args = [
        "verify",
        "--lang",
        "go",
        "--lang",
        "spring",
        "--code",
        "404",
        "--code",
        "500",
        "--code",
        "503",
        "--no-cache",
        "-j",
        "1",
        "--format",
        "json",
    ];
    let results = report(&fx.run(&args).expect(1));
    // Go's batch fails to vet as a whole; re-run alone, only 503 fails.
    assert_eq!(find(&results, "go", 404)["outcome"], "pass");
    assert_eq!(find(&results, "go", 500)["outcome"], "pass");
    assert_eq!(
        (find(&results, "go", 503)["outcome"].as_str(), find(&results, "go", 503)["check"].as_str()),
        (Some("fail"), Some("vet"))
    );
    // One JVM serves the Spring batch; the wrong status is pinned on 500 alone.
    assert_eq!(find(&results, "spring", 404)["outcome"], "pass");
    assert_eq!(find(&results, "spring", 503)["outcome"], "pass");
    assert_eq!(
        (find(&results, "spring", 500)["outcome"].as_str(), find(&results, "spring", 500)["check"].as_str()),
        (Some("fail"), Some("status"))
    );
}

#[test]
fn the_cache_reruns_only_what_changed_and_keeps_failures() {
    if !needs(&["php", "go"]) {
        return;
    }
    let fx = Fixture::new();
    let cache = fx.path("cache").display().to_string();
    fx.run(&["generate", "--lang", "php", "--lang", "go", "--code", "404", "--code", "503"]).expect(0);
    mutate(&fx, "snippets/503/php.php", "'Service Unavailable'", "'Service unavailable'");
    let args = [
        "verify",
        "--lang",
        "php",
        "--lang",
        "go",
        "--code",
        "404",
        "--code",
        "503",
        "--format",
        "json",
        "--cache-dir",
        cache.as_str(),
    ];
    let first = report(&fx.run(&args).expect(1));
    assert!(first.iter().all(|r| r["cached"] == false), "{first:?}");
    let second = report(&fx.run(&args).expect(1));
    assert!(second.iter().all(|r| r["cached"] == true), "{second:?}");
    let failure = find(&second, "php", 503);
    assert_eq!(
        (failure["outcome"].as_str(), failure["check"].as_str()),
        (Some("fail"), Some("body")),
        "a cached failure stays a failure"
    );

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
    if !needs(&["php", "go"]) {
        return;
    }
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "php", "--lang", "go"]).expect(0);
    let part = |k: &str| {
        let run = fx.run(&[
            "verify",
            "--lang",
            "php",
            "--lang",
            "go",
            "--code",
            "200",
            "--code",
            "404",
            "--code",
            "418",
            "--partition",
            k,
            "--format",
            "json",
        ]);
        fx.write(&format!("part-{}.json", &k[..1]), &run.stdout());
        report(&run)
    };
    let (one, two) = (part("1/2"), part("2/2"));
    assert_eq!(one.len() + two.len(), 6);
    assert!(one.len() == 3 && two.len() == 3, "round robin: {} and {}", one.len(), two.len());
    for r in &one {
        assert!(!two.iter().any(|s| s["lang"] == r["lang"] && s["code"] == r["code"]), "overlap at {r}");
    }
    let run = fx.run(&["report", "merge", "part-1.json", "part-2.json", "--junit", "merged.xml"]).expect(0);
    assert_valid_report(&run.stdout());
    let whole: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let part_ms = |k: &str| -> u64 {
        serde_json::from_str::<serde_json::Value>(&fx.read(&format!("part-{k}.json"))).unwrap()["duration_ms"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(whole["duration_ms"].as_u64().unwrap(), part_ms("1") + part_ms("2"), "durations add up");
    assert_eq!((whole["partition"].clone(), whole["selection_cells"].clone()), (serde_json::Value::Null, 6.into()));
    let merged = report(&run);
    assert_eq!(merged.len(), 6);
    assert_eq!((merged[0]["lang"].as_str(), merged[0]["code"].as_u64()), (Some("php"), Some(200)));
    assert_eq!(fx.read("merged.xml").matches("<testcase").count(), 6);
    // A partition twice, or one missing, is not a whole run: an input error naming them.
    bad_input(
        &fx,
        &["report", "merge", "part-1.json", "part-1.json"],
        "error: part-1.json, part-1.json: partition 1/2 is repeated",
    );
    bad_input(&fx, &["report", "merge", "part-2.json"], "error: partition 1/2 is missing (merging part-2.json)");
    let human = fx.run(&["report", "merge", "part-1.json", "part-2.json", "--format", "human"]).expect(0);
    assert!(human.stdout().lines().last().unwrap().starts_with("passed: 6 passed, 0 failed"), "{}", human.stdout());
    let run = fx.run(&["verify", "--partition", "3/2"]).expect(2);
    assert!(run.stderr().contains("not a partition"), "{}", run.stderr());
}

#[test]
fn a_saved_report_merges_into_the_markdown_table() {
    // A whole run's JSON report, written by hand: no toolchain needed.
    let fx = Fixture::new();
    let text = r#"{
  "snippetgen_version": "0.1.0",
  "started_at": "2026-12-02T10:00:00Z",
  "duration_ms": 1200,
  "interrupted": false,
  "partition": null,
  "selection_cells": 4,
  "languages": [
    { "id": "flask", "name": "Python (Flask)", "toolchain": "Python 3.11.7",
      "dependencies": [{ "name": "flask", "version": "3.1.3" }, { "name": "werkzeug", "version": "3.1.5" }] },
    { "id": "php", "name": "PHP", "toolchain": "PHP 8.2.36 | cli", "dependencies": [] }
  ],
  "results": [
    { "lang": "flask", "code": 102, "outcome": "n/a", "check": null, "detail": "WSGI", "duration_ms": 0, "cached": false },
    { "lang": "flask", "code": 200, "outcome": "pass", "check": null, "detail": null, "duration_ms": 5, "cached": false },
    { "lang": "php", "code": 200, "outcome": "pass", "check": null, "detail": null, "duration_ms": 5, "cached": true },
    { "lang": "php", "code": 404, "outcome": "fail", "check": "status", "detail": "expected 404, got 200",
      "duration_ms": 5, "cached": false }
  ]
}"#;
    assert_valid_report(text);
    fx.write("whole.json", text);
    // A failed cell: exit 1, as with the other formats.
    fx.run(&["report", "merge", "whole.json", "--format", "json"]).expect(1);
    let run = fx.run(&["report", "merge", "whole.json", "--format", "markdown"]).expect(1);
    let lines: Vec<String> = run.stdout().lines().map(str::to_string).collect();
    assert_eq!(
        lines,
        [
            "| language | id | toolchain (as verified) | dependencies (as installed) | pass | n/a | not applicable |",
            "|---|---|---|---|---:|---:|---|",
            "| Python (Flask) | `flask` | Python 3.11.7 | flask 3.1.3, werkzeug 3.1.5 | 1 | 1 | 102 |",
            r"| PHP | `php` | PHP 8.2.36 \| cli | none | 1 | 0 | |",
            "| **total** | | | | **2** | **1** | 1 fail, 0 errors, 0 skipped, 0 warnings |",
        ],
        "{}",
        run.stderr()
    );
}

/// The stacks whose batch is one server process with a port for each cell (`port-per =
/// "cell"`): an interpreted runtime started once for many apps.
fn one_process_stacks() -> Vec<(String, String)> {
    languages()
        .into_iter()
        .filter(|(id, _)| {
            let text = std::fs::read_to_string(repo(&format!("languages/{id}.toml"))).unwrap();
            text.lines().any(|l| l.trim() == "port-per = \"cell\"")
        })
        .filter(|(id, _)| tested_languages().contains(id))
        .collect()
}

#[test]
fn one_broken_app_in_a_shared_runtime_fails_alone_at_its_check() {
    let stacks = one_process_stacks();
    if tested_languages().iter().any(|l| l == "flask") {
        assert!(stacks.iter().any(|(id, _)| id == "flask"), "flask serves its batch from one process: {stacks:?}");
    }
    let fx = Fixture::new();
    let mut generate = vec!["generate", "--code", "404", "--code", "500", "--code", "503"];
    let mut verify =
        vec!["verify", "--code", "404", "--code", "500", "--code", "503", "--no-cache", "--format", "json"];
    if stacks.is_empty() {
        eprintln!("not run: SNIPPETGEN_TEST_LANGS names no stack served from one process");
        return;
    }
    for (id, _) in &stacks {
        generate.extend(["--lang", id.as_str()]);
        verify.extend(["--lang", id.as_str()]);
    }
    fx.run(&generate).expect(0);
    for (id, ext) in &stacks {
        mutate(&fx, &format!("snippets/500/{id}.{ext}"), "Internal Server Error", "Internal server error");
    }
    let results = report(&fx.run(&verify).expect(1));
    let mut wrong = Vec::new();
    for (id, _) in &stacks {
        for (code, want) in [(404, ("pass", None)), (503, ("pass", None)), (500, ("fail", Some("body")))] {
            let r = find(&results, id, code);
            let got = (r["outcome"].as_str().unwrap(), r["check"].as_str());
            if got != want {
                wrong.push(format!("{id} {code}: {got:?}, {}", r["detail"]));
            }
        }
    }
    assert!(wrong.is_empty(), "each batch judged as strictly as alone:\n{}", wrong.join("\n"));
}

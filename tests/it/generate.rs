//! generate, check and list: the files written, the index, drift as a diff.

use crate::support::*;

#[test]
fn generated_503_is_the_seed_pages_example() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "503"]).expect(0);
    for (file, ext) in
        [("flask", "py"), ("express", "js"), ("php", "php"), ("go", "go"), ("spring", "java"), ("sinatra", "rb")]
    {
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
fn a_template_named_for_its_code_is_used_without_being_listed() {
    // An override directory, as a contributor's: `go/418.go.hbs` is the 418 snippet's template
    // by its name alone; the built-in by-name templates (`go/206.go.hbs`) are found the same way.
    let fx = Fixture::new();
    fx.write("templates/go/418.go.hbs", "// the teapot's own: {{code}} {{str message}}\n");
    fx.run(&["--templates", "templates", "generate", "--lang", "go", "--code", "418", "--code", "206"]).expect(0);
    assert_eq!(fx.read("snippets/418/go.go"), "// the teapot's own: 418 \"I'm a teapot\"\n");
    assert_eq!(fx.read("snippets/206/go.go"), std::fs::read_to_string(repo("snippets/206/go.go")).unwrap());
    assert!(!std::fs::read_to_string(repo("languages/go.toml")).unwrap().contains("[templates.by-code]"));
    // The table still names a template several codes share (Django's redirects, its 416).
    fx.run(&["generate", "--lang", "django", "--code", "416", "--code", "206"]).expect(0);
    let (c416, c206) = (fx.read("snippets/416/django.py"), fx.read("snippets/206/django.py"));
    let differing = c416.lines().zip(c206.lines()).filter(|(a, b)| a != b).count();
    assert!(c416.lines().count() == c206.lines().count() && differing == 1, "one template, the message differs");
}

#[test]
fn generate_is_deterministic() {
    let fx = Fixture::new();
    fx.run(&["generate", "--out", "a"]).expect(0);
    fx.run(&["generate", "--out", "b"]).expect(0);
    let (a, b) = (tree(&fx.path("a")), tree(&fx.path("b")));
    assert_eq!(a.len(), 63 * language_ids().len() + 2, "the snippets, the index and the marker");
    assert!(a == b, "two runs differ");
    assert!(tree(&repo("snippets")) == a, "the committed snippets differ from a fresh generate");
}

#[test]
fn generate_writes_the_layout_and_an_index() {
    let fx = Fixture::new();
    fx.run(&["generate"]).expect(0);
    for (id, ext) in languages() {
        let rel = format!("snippets/503/{id}.{ext}");
        assert!(fx.path(&rel).is_file(), "{rel}");
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
    for (id, ext) in languages() {
        let rel = format!("{id}.{ext}");
        let text = fx.read(&format!("snippets/418/{rel}"));
        // nginx writes the message as a JSON string inside its own string literal, where `'`
        // is \u0027 (its descriptor says why): still no HTML escape.
        let teapot = if id == "nginx" { r"I\u0027m a teapot" } else { "I'm a teapot" };
        assert!(text.contains(teapot), "{rel}: {text}");
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
    assert_eq!(
        run.stderr(),
        "error: snippets drifted: 1 changed, 1 missing, 1 unexpected; run `snippetgen generate --out snippets` to update it\n"
    );
    // Checking never writes.
    assert!(fx.read("snippets/404/go.go").contains("WriteHeader(200)"));
}

#[test]
fn list_json_has_languages_and_codes() {
    let run = Fixture::new().run(&["list", "--format", "json"]).expect(0);
    let value: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let ids: Vec<&str> = value["languages"].as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids[..6], ["flask", "express", "php", "go", "spring", "sinatra"], "the seed page's order first");
    assert_eq!(ids, language_ids(), "every descriptor, in page order");
    assert_eq!(
        ids.len(),
        std::fs::read_dir(repo("languages"))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "toml"))
            .count()
    );
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

#[test]
fn each_command_shows_only_the_options_that_affect_it() {
    let fx = Fixture::new();
    let options = ["--catalog", "--languages", "--templates", "--color", "--cache-dir"];
    // What each command shows of these: the input it reads, its color, its cache.
    let expected: [(&[&str], &[&str]); 8] = [
        (&["list"], &["--catalog", "--languages", "--templates"]),
        (&["generate"], &["--catalog", "--languages", "--templates"]),
        (&["check"], &["--catalog", "--languages", "--templates", "--color"]),
        (&["verify"], &["--catalog", "--languages", "--templates", "--color", "--cache-dir"]),
        (&["doctor"], &["--languages", "--templates", "--color", "--cache-dir"]),
        (&["new-language"], &["--languages", "--templates"]),
        (&["cache", "clean"], &["--cache-dir"]),
        (&["report", "merge"], &["--languages", "--templates", "--color"]),
    ];
    for (command, shown) in expected {
        let help = fx.run(&[command, &["--help"]].concat()).expect(0).stdout();
        let has = |option: &str| help.lines().any(|l| l.trim_start().starts_with(&format!("{option} ")));
        let got: Vec<&str> = options.iter().copied().filter(|o| has(o)).collect();
        assert_eq!(got, shown, "{command:?}: {help}");
    }
    // Given before the command, as the guides write them, they still work where they apply...
    fx.write("templates/go/418.go.hbs", "// {{code}}\n");
    fx.run(&["--templates", "templates", "generate", "--lang", "go", "--code", "418"]).expect(0);
    assert_eq!(fx.read("snippets/418/go.go"), "// 418\n");
    fx.run(&["generate", "--templates", "templates", "--lang", "go", "--code", "418", "--out", "after"]).expect(0);
    assert_eq!(fx.read("after/418/go.go"), "// 418\n");
    // ...and are refused where they do not, or when given twice.
    let run = fx.run(&["--catalog", "c.toml", "cache", "clean"]).expect(2);
    assert_eq!(run.stderr(), "error: `--catalog` does not apply to `snippetgen cache clean`\n");
    let run = fx.run(&["--color", "never", "generate"]).expect(2);
    assert_eq!(run.stderr(), "error: `--color` does not apply to `snippetgen generate`\n");
    let run = fx.run(&["--templates", "a", "list", "--templates", "b"]).expect(2);
    assert_eq!(run.stderr(), "error: `--templates` is given twice, before and after `list`\n");
    let run = fx.run(&["generate", "--cache-dir", "x"]).expect(2);
    assert!(run.stderr().contains("unexpected argument '--cache-dir'"), "{}", run.stderr());
}

#[test]
fn every_option_and_argument_has_a_description_and_paths_from_the_environment_stay_hidden() {
    let fx = Fixture::new();
    let commands: [&[&str]; 9] = [
        &[],
        &["list"],
        &["generate"],
        &["check"],
        &["verify"],
        &["doctor"],
        &["new-language"],
        &["cache", "clean"],
        &["report", "merge"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let help = fx.command().args(&args).env("SNIPPETGEN_CACHE_DIR", "/secret/cache").output().unwrap();
        let help = String::from_utf8(help.stdout).unwrap();
        assert!(!help.contains("/secret/cache") && !help.contains("SNIPPETGEN_CACHE_DIR="), "{command:?}: {help}");
        let mut section = "";
        let lines: Vec<&str> = help.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.starts_with(' ') {
                section = line;
                continue;
            }
            let entry = line.trim_start();
            let is_entry = entry.starts_with('-') || entry.starts_with('<');
            if !["Options:", "Arguments:", "Input:"].contains(&section) || !is_entry || line.len() - entry.len() > 6 {
                continue;
            }
            // Beside the option, or (in a long help) on the line below it.
            let beside = entry.split_once("  ").map(|(_, d)| d.trim()).unwrap_or("");
            let below = lines.get(i + 1).filter(|next| next.len() - next.trim_start().len() > 6).map(|n| n.trim());
            let description = if beside.is_empty() { below.unwrap_or("") } else { beside };
            assert!(
                !description.is_empty() && !description.starts_with('['),
                "{command:?}: `{entry}` has no description"
            );
        }
    }
}

#[test]
fn list_says_no_fault_as_null_or_a_dash_and_fits_long_names() {
    let fx = Fixture::new();
    let json: serde_json::Value =
        serde_json::from_str(&fx.run(&["list", "--format", "json"]).expect(0).stdout()).unwrap();
    let code = |n: u64| json["codes"].as_array().unwrap().iter().find(|c| c["code"] == n).unwrap().clone();
    assert_eq!(code(200)["fault"], serde_json::Value::Null);
    assert_eq!(code(404)["fault"], "Client");
    let text = fx.copy_from_repo("languages/php.toml");
    fx.write("languages/php.toml", &text.replace("name = \"PHP\"", "name = \"PHP with a very long framework name\""));
    let table = fx.run(&["--languages", "languages", "list"]).expect(0).stdout();
    assert!(!table.contains("None"), "{table}");
    let column = |lang: &str| {
        let line = table.lines().find(|l| l.starts_with(&format!("{lang} "))).unwrap();
        let ext = if lang == "php" { " php " } else { " py " };
        line.find(ext).unwrap()
    };
    assert_eq!(column("php"), column("flask"), "{table}");
    assert!(table.lines().any(|l| l.starts_with("200   OK ") && l.contains(" -       RFC 9110")), "{table}");
}

#[test]
fn generate_counts_in_words_and_refuses_the_current_directory_in_plain_words() {
    let fx = Fixture::new();
    let run = fx.run(&["generate", "--lang", "go", "--code", "404"]).expect(0);
    assert_eq!(run.stderr(), "wrote 1 snippet and the index to snippets\n");
    let mut command = fx.command();
    command.current_dir(fx.path("snippets")).args(["generate", "--out", "."]);
    let run = Run(command.output().unwrap()).expect(2);
    assert_eq!(
        run.stderr(),
        "error: .: cannot replace the current directory (or one it is in): give a directory below it, such as --out snippets\n"
    );
}

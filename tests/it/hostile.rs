//! String literals: hostile messages render to valid code that returns exactly that text.
//!
//! The messages live in a committed catalog, `tests/fixtures/hostile-catalog.toml`, which a
//! contributor passes to snippetgen as it is (`--catalog`); `SNIPPETGEN_TEST_LANGS=ID` runs the
//! proof for one language.

use std::path::PathBuf;

use crate::support::*;

/// The hostile-message catalog: codes of catalog.toml with messages that break naive quoting in
/// at least one of the languages.
fn fixture() -> PathBuf {
    repo("tests/fixtures/hostile-catalog.toml")
}

fn fixture_path() -> String {
    fixture().to_str().unwrap().to_string()
}

/// Each code of the fixture with its message.
fn hostile_codes() -> Vec<(u16, String)> {
    let text = std::fs::read_to_string(fixture()).unwrap();
    let value: toml::Value = toml::from_str(&text).unwrap();
    let statuses = value["status"].as_array().unwrap();
    let codes: Vec<(u16, String)> = statuses
        .iter()
        .map(|s| (s["code"].as_integer().unwrap() as u16, s["message"].as_str().unwrap().to_string()))
        .collect();
    assert!(codes.len() >= 10, "the fixture has its codes");
    codes
}

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

/// The fixture as catalog.toml makes it: the fixture's own header (up to its first status), then
/// catalog.toml's block of each of its codes with the fixture's message in place of the block's
/// own.
fn fixture_from_catalog(fixture: &str) -> String {
    let catalog = std::fs::read_to_string(repo("catalog.toml")).unwrap();
    let header = &fixture[..fixture.find("[[status]]").expect("the fixture has statuses")];
    let mut out = header.to_string();
    for (i, (code, message)) in hostile_codes().into_iter().enumerate() {
        let start = catalog.find(&format!("\ncode = {code}\n")).expect("a code of catalog.toml") + 1;
        let end = catalog[start..].find("\n[[status]]").map_or(catalog.len(), |e| start + e);
        let mut lines: Vec<String> = Vec::new();
        let mut in_status = true;
        for line in catalog[start..end].trim_end().lines() {
            in_status &= !line.starts_with('[');
            if in_status && line.starts_with("message = ") {
                continue;
            }
            lines.push(line.to_string());
            if in_status && line.starts_with("name = ") {
                lines.push(format!("message = {}", toml_string(&message)));
            }
        }
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("[[status]]\n{}\n", lines.join("\n")));
    }
    out
}

#[test]
fn the_hostile_catalog_is_catalog_toml_with_hostile_messages() {
    let committed = std::fs::read_to_string(fixture()).unwrap();
    let expected = fixture_from_catalog(&committed);
    if std::env::var_os("SNIPPETGEN_UPDATE_FIXTURES").is_some() {
        std::fs::write(fixture(), &expected).unwrap();
        return;
    }
    assert!(
        committed == expected,
        "tests/fixtures/hostile-catalog.toml is not catalog.toml with its messages: run SNIPPETGEN_UPDATE_FIXTURES=1 cargo test --test it -- hostile_catalog"
    );
    // Codes of the generic template, and codes with templates of their own.
    let codes: Vec<u16> = hostile_codes().iter().map(|(c, _)| *c).collect();
    for code in [100, 103, 206, 400, 404, 500] {
        assert!(codes.contains(&code), "{code}");
    }
    // It is a catalog snippetgen takes as it is.
    let run = Fixture::new().run(&["--catalog", &fixture_path(), "list", "--format", "json"]).expect(0);
    let list: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(list["codes"].as_array().unwrap().len(), codes.len());
}

#[test]
fn hostile_messages_render_as_exact_literals() {
    let fx = Fixture::new();
    fx.run(&["--catalog", &fixture_path(), "generate"]).expect(0);
    let index: serde_json::Value = serde_json::from_str(&fx.read("snippets/index.json")).unwrap();
    for (code, message) in hostile_codes() {
        let entry = index["codes"].as_array().unwrap().iter().find(|c| c["code"] == code).unwrap();
        assert_eq!(entry["message"], message.as_str(), "{code}");
    }
    // Spot checks of the chosen quoting; the run below proves every cell.
    assert!(fx.read("snippets/400/express.js").contains(r#"'She said "hi" and left'"#));
    assert!(fx.read("snippets/402/php.php").contains(r#""It's a \\ backslash and \\\\ two""#));
    assert!(fx.read("snippets/403/sinatra.rb").contains("'Cost: $5 ${HOME} #{x} {$y} %s %d @ivar'"));
    // Both quotes inside: the first style, escaping its delimiter.
    assert!(fx.read("snippets/410/sinatra.rb").contains(r#"'both \' and " and \\\' and \\"'"#));
}

#[test]
fn snippets_of_another_catalog_are_refused_with_the_command_that_renders_them() {
    // What a contributor who forgets to generate first meets: the committed snippets hold the
    // built-in messages, not the hostile ones, and would fail every cell.
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "php"]).expect(0);
    let catalog = fixture_path();
    let run = fx.run(&["--catalog", &catalog, "verify", "--lang", "php"]).expect(2);
    assert_eq!(
        run.stderr().trim_end(),
        format!("error: snippets was generated from another catalog (its index.json gives 100 the message \"OK\", the catalog \"both ' and \\\" and \\\\' and \\\\\\\"\"): render this catalog's snippets into a directory of their own, `snippetgen --catalog {catalog} generate --out DIR`, and verify them with `--snippets DIR`")
    );
    // And the other way round: a directory of the hostile catalog's snippets lacks most codes.
    fx.run(&["--catalog", &catalog, "generate", "--out", "hostile"]).expect(0);
    let run = fx.run(&["verify", "--snippets", "hostile", "--lang", "php", "--code", "200"]).expect(2);
    assert!(
        run.stderr().contains("hostile was generated from another catalog (its index.json has no 200)"),
        "{}",
        run.stderr()
    );
}

#[test]
fn hostile_messages_come_back_exactly_in_every_language() {
    let fx = Fixture::new();
    // What CONTRIBUTING tells a contributor to run, with the fixture as it is.
    let catalog = fixture_path();
    fx.run(&["--catalog", &catalog, "generate", "--out", "hostile"]).expect(0);
    // Every language, or those of SNIPPETGEN_TEST_LANGS (a contributor proving a new stack).
    let tested = tested_languages();
    let mut args: Vec<&str> = vec!["--catalog", &catalog, "verify", "--snippets", "hostile", "--format", "json"];
    for lang in &tested {
        args.extend(["--lang", lang.as_str()]);
    }
    let run = fx.run(&args);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let results = report["results"].as_array().unwrap();
    let languages = tested.len();
    assert!(languages > 0, "no language to test");
    assert_eq!(results.len(), hostile_codes().len() * languages);
    // No stack can call a client or server error's plain JSON answer not applicable.
    let generic = |r: &&serde_json::Value| r["code"].as_u64().is_some_and(|c| c >= 400);
    assert!(results.iter().filter(generic).all(|r| r["outcome"] == "pass"));
    let failed: Vec<String> = results
        .iter()
        .filter(|r| r["outcome"] != "pass" && r["outcome"] != "n/a")
        .map(|r| format!("{} {}: {} {}", r["lang"], r["code"], r["check"], r["detail"]))
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
    assert_eq!(run.code(), 0);
}

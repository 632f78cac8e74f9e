//! String literals: hostile messages render to valid code that returns exactly that text.

use crate::support::*;

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
        let block: String =
            text[start..end].lines().filter(|l| !l.starts_with("message = ")).collect::<Vec<_>>().join("\n");
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
    // Every language, or those of SNIPPETGEN_TEST_LANGS (a contributor proving a new stack).
    let tested = tested_languages();
    let mut args = hostile_args("verify");
    args.extend(["--format".into(), "json".into()]);
    for lang in &tested {
        args.extend(["--lang".into(), lang.clone()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = fx.run(&args);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let results = report["results"].as_array().unwrap();
    let languages = tested.len();
    assert!(languages > 0, "no language to test");
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

//! Contributing a language: a scaffold, data only, verified from a temp dir.

use crate::support::*;

/// The highest `order` of the built-in descriptors.
fn last_order() -> u32 {
    let mut orders = Vec::new();
    for entry in std::fs::read_dir(repo("languages")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        orders.extend(text.lines().filter_map(|l| l.strip_prefix("order = ")?.split(' ').next()?.parse::<u32>().ok()));
    }
    orders.into_iter().max().unwrap()
}

#[test]
fn a_language_added_from_a_temp_dir_is_listed_generated_and_verified() {
    if !needs(&["php"]) {
        return;
    }
    let fx = Fixture::new();
    let run =
        fx.run(&["--languages", "langs", "--templates", "tpl", "new-language", "php-copy", "--from", "php"]).expect(0);
    assert!(run.stderr().contains("next:") && run.stderr().contains("verify --lang php-copy"), "{}", run.stderr());
    let descriptor = fx.read("langs/php-copy.toml");
    assert!(
        descriptor.contains("id = \"php-copy\"") && descriptor.contains("\"php-copy/snippet.php.hbs\""),
        "{descriptor}"
    );
    assert!(fx.path("tpl/php-copy/204.php.hbs").is_file());
    // A TOML editor finds the schema the descriptor names.
    assert!(descriptor.starts_with("#:schema ./schema.json\n# CHANGE ME: copied from `php`"), "{descriptor}");
    assert_eq!(fx.read("langs/schema.json"), std::fs::read_to_string(repo("languages/schema.json")).unwrap());
    // Nothing of php's passes for the new stack's own: its name, its place, its n/a reasons.
    assert!(
        descriptor.contains("\nname = \"CHANGE ME (Framework)\"")
            && descriptor.contains(&format!("\norder = {}   # ", last_order() + 1)),
        "{descriptor}"
    );
    assert!(!descriptor.contains("\n[not-applicable]") && descriptor.contains("\n# \"103\" = "), "{descriptor}");
    let flags = ["--languages", "langs", "--templates", "tpl"];
    let list: serde_json::Value =
        serde_json::from_str(&fx.run(&[&flags[..], &["list", "--format", "json"]].concat()).expect(0).stdout())
            .unwrap();
    let copy = list["languages"].as_array().unwrap().iter().find(|l| l["id"] == "php-copy").unwrap();
    assert_eq!(copy["not-applicable"], serde_json::json!({}));
    assert_eq!(list["languages"].as_array().unwrap().last().unwrap()["id"], "php-copy", "a copy goes last");
    fx.run(&[&flags[..], &["generate", "--lang", "php-copy"]].concat()).expect(0);
    assert!(fx.read("snippets/503/php-copy.php").contains("http_response_code(503);"));
    let verify = [
        "verify", "--lang", "php-copy", "--code", "204", "--code", "301", "--code", "304", "--code", "503", "--format",
        "json",
    ];
    let results = report(&fx.run(&[&flags[..], &verify[..]].concat()).expect(0));
    let outcomes: Vec<&str> = results.iter().map(|r| r["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["pass", "pass", "pass", "pass"]);
    // Nothing overwritten, no duplicate ids.
    fx.run(&[&flags[..], &["new-language", "php-copy", "--from", "php"]].concat()).expect(2);
    fx.run(&["new-language", "go"]).expect(2);
}

#[test]
fn a_bare_scaffold_loads_and_says_what_is_missing() {
    let fx = Fixture::new();
    fx.run(&["new-language", "elixir"]).expect(0);
    assert!(fx.path("languages/elixir.toml").is_file() && fx.path("templates/elixir/snippet.txt.hbs").is_file());
    // It stands last on the page, after every language there is.
    let descriptor = fx.read("languages/elixir.toml");
    assert!(descriptor.contains(&format!("\norder = {} ", last_order() + 1)), "{descriptor}");
    let flags = ["--languages", "languages", "--templates", "templates"];
    fx.run(&[&flags[..], &["generate", "--lang", "elixir", "--code", "301"]].concat()).expect(0);
    assert!(fx.read("snippets/301/elixir.txt").contains("header \"Location\" \"https://example.com/new-endpoint\""));
    // No not-applicable template to write: a not-applicable cell is a comment built from the
    // descriptor's `comment` marker.
    assert!(!fx.path("templates/elixir/not-applicable.txt.hbs").exists());
    let descriptor = fx.read("languages/elixir.toml");
    fx.write("languages/elixir.toml", &format!("{descriptor}\n[not-applicable]\n\"103\" = \"no interim responses\"\n"));
    fx.run(&[&flags[..], &["generate", "--lang", "elixir", "--code", "103", "--out", "na"]].concat()).expect(0);
    assert_eq!(
        fx.read("na/103/elixir.txt"),
        "# CHANGE ME (Framework) cannot return 103 Early Hints correctly: no interim responses\n"
    );
    fx.write("languages/elixir.toml", &descriptor);
    let results = report(
        &fx.run(&[&flags[..], &["verify", "--lang", "elixir", "--code", "301", "--format", "json"]].concat()).expect(1),
    );
    assert_eq!(results[0]["outcome"], "skipped");
    assert!(results[0]["detail"].as_str().unwrap().contains("CHANGE-ME"), "{}", results[0]);
}

#[test]
fn contributed_mistakes_get_a_message_that_says_what_and_where() {
    if !needs(&["flask"]) {
        return;
    }
    let fx = Fixture::new();
    fx.run(&["new-language", "mine", "--from", "flask"]).expect(0);
    let flags = ["--languages", "languages", "--templates", "templates"];
    let text = fx.read("languages/mine.toml");
    fx.write("languages/mine.toml", &text.replace("fence = \"python\"", "fence = \"python\"\nflavor = 1"));
    bad_input(&fx, &[&flags[..], &["list"]].concat(), "error: languages/mine.toml:9: unknown field `flavor`, expected one of `id`, `name`, `extension`, `fence`, `comment`, `order`, `templates`, `string-literal`, `not-applicable`, `toolchain`, `deps`, `verify`");
    fx.write("languages/mine.toml", &text.replace("\"mine/snippet.py.hbs\"", "\"mine/nope.py.hbs\""));
    bad_input(
        &fx,
        &[&flags[..], &["list"]].concat(),
        "error: languages/mine.toml: template `mine/nope.py.hbs` does not exist in the templates directory",
    );
    fx.write("languages/mine.toml", &text);
    let snippet = fx.read("templates/mine/snippet.py.hbs");
    fx.write("templates/mine/snippet.py.hbs", &snippet.replace("{{str message}}", "{{quote message}}"));
    bad_input(&fx, &[&flags[..], &["generate", "--lang", "mine"]].concat(), "error: templates/mine/snippet.py.hbs:8: unknown helper `quote` (helpers: str, concat, and the built-ins eq, ne, gt, gte, lt, lte, and, or, not, len, lookup)");
    // A template that renders invalid code fails verify at lint, naming the template.
    fx.write("templates/mine/snippet.py.hbs", &snippet.replace("def endpoint():", "def endpoint()"));
    fx.run(&[&flags[..], &["generate", "--lang", "mine", "--code", "404"]].concat()).expect(0);
    let results = report(
        &fx.run(&[&flags[..], &["verify", "--lang", "mine", "--code", "404", "--format", "json"]].concat()).expect(1),
    );
    assert_eq!((results[0]["outcome"].as_str(), results[0]["check"].as_str()), (Some("fail"), Some("lint")));
    assert!(results[0]["template"].as_str().unwrap().ends_with("templates/mine/snippet.py.hbs"), "{}", results[0]);
}

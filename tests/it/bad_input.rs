//! Bad input: one message naming the file (and line), exit status 2, nothing written.

use crate::support::*;

#[test]
fn malformed_catalog_names_file_and_line() {
    let fx = Fixture::new();
    fx.write("cat.toml", "[[status]]\ncode = 404\nname = \"Not Found\"\ntldr = oops\n");
    bad_input(&fx, &["--catalog", "cat.toml", "list"], "error: cat.toml:4: invalid string expected `\"`, `'`");
}

#[test]
fn unknown_catalog_key_duplicate_and_out_of_range_codes_are_rejected() {
    let fx = Fixture::new();
    let entry = |code: u32| {
        format!("[[status]]\ncode = {code}\nname = \"N\"\ntldr = \"t\"\nmeaning = \"m\"\nspec = \"RFC 9110\"\nsection = \"1\"\ncauses = [\"c{code}\"]\nfix-visitors = [\"v{code}\"]\nfix-developers = [\"d{code}\"]\n")
    };
    fx.write("unknown.toml", &format!("{}colour = \"red\"\n", entry(404)));
    bad_input(&fx, &["--catalog", "unknown.toml", "list"], "error: unknown.toml:11: unknown field `colour`, expected one of `code`, `name`, `tldr`, `meaning`, `causes`, `fix-visitors`, `fix-developers`, `spec`, `section`, `registry`, `message`, `request`, `response`, `also`");
    fx.write("dup.toml", &format!("{}{}", entry(404), entry(404)));
    bad_input(&fx, &["--catalog", "dup.toml", "list"], "error: dup.toml:12: duplicate status code 404");
    fx.write("range.toml", &entry(700));
    bad_input(
        &fx,
        &["--catalog", "range.toml", "list"],
        "error: range.toml:2: status code 700 is out of range (100-599)",
    );
}

#[test]
fn malformed_descriptor_names_file_and_line() {
    let fx = Fixture::new();
    let text = fx.copy_from_repo("languages/go.toml");
    fx.write("languages/go.toml", &text.replace("fence = \"go\"", "fence = \"go\"\nflavour = \"mild\""));
    bad_input(&fx, &["--languages", "languages", "list"], "error: languages/go.toml:7: unknown field `flavour`, expected one of `id`, `name`, `extension`, `fence`, `order`, `templates`, `string-literal`, `not-applicable`, `toolchain`, `deps`, `verify`");
    fx.write("languages/go.toml", &text.replace("go/snippet.go.hbs", "go/missing.go.hbs"));
    bad_input(
        &fx,
        &["--languages", "languages", "list"],
        "error: languages/go.toml: template `go/missing.go.hbs` does not exist in the templates directory",
    );
}

#[test]
fn template_syntax_error_names_file_and_line() {
    let fx = Fixture::new();
    fx.write("templates/go/snippet.go.hbs", "package main\n\n{{#if code}}\nbroken\n");
    bad_input(&fx, &["--templates", "templates", "generate"], "error: templates/go/snippet.go.hbs:5: template syntax error: invalid handlebars syntax: expected escape, expression, html_expression, decorator_expression, partial_expression, invert_tag, invert_chain_tag, helper_block_start, helper_block_end, decorator_block_start, partial_block_start, raw_block_start, hbs_comment, or hbs_comment_compact");
    assert!(!fx.path("snippets").exists());
}

#[test]
fn helper_misuse_and_missing_fields_are_input_errors() {
    let fx = Fixture::new();
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{str}}\n");
    bad_input(
        &fx,
        &["--templates", "templates", "generate"],
        "error: templates/go/snippet.go.hbs:3: cannot render: helper `str` takes exactly one parameter, got 0",
    );
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{str code}}\n");
    bad_input(
        &fx,
        &["--templates", "templates", "generate"],
        "error: templates/go/snippet.go.hbs:3: cannot render: helper `str` needs a string parameter",
    );
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{no_such_field}}\n");
    bad_input(&fx, &["--templates", "templates", "generate"], "error: templates/go/snippet.go.hbs:3: `no_such_field` is not in the template's context (strict mode); CONTRIBUTING.md lists the fields");
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{shout code}}\n");
    bad_input(&fx, &["--templates", "templates", "generate"], "error: templates/go/snippet.go.hbs:3: unknown helper `shout` (helpers: str, concat, and the built-ins eq, ne, gt, gte, lt, lte, and, or, not, len, lookup)");
}

#[test]
fn unknown_language_or_code_is_a_usage_error() {
    let fx = Fixture::new();
    bad_input(
        &fx,
        &["generate", "--lang", "cobol"],
        &format!("error: unknown language `cobol` (known: {})", language_ids().join(", ")),
    );
    bad_input(&fx, &["generate", "--code", "299"], "error: unknown status code 299: it is not in the catalog");
    bad_input(&fx, &["verify", "--code", "299"], "error: unknown status code 299: it is not in the catalog");
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
    bad_input(&fx, &["--templates", "templates", "generate"], "error: templates/sinatra/snippet.rb.hbs:1: `missing` is not in the template's context (strict mode); CONTRIBUTING.md lists the fields");
    assert!(tree(&fx.path("snippets")) == before, "the output changed");
    let leftovers: Vec<_> = std::fs::read_dir(fx.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with(".snippetgen"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

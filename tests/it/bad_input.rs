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
    let line = line_of(&text, "fence = \"go\"") + 1;
    bad_input(&fx, &["--languages", "languages", "list"], &format!("error: languages/go.toml:{line}: unknown field `flavour`, expected one of `id`, `name`, `extension`, `fence`, `comment`, `order`, `templates`, `string-literal`, `not-applicable`, `toolchain`, `deps`, `verify`"));
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
    fx.write("templates/go/snippet.go.hbs", "package main\n\n{{foo bar=}}\n");
    bad_input(
        &fx,
        &["--templates", "templates", "generate"],
        "error: templates/go/snippet.go.hbs:3: template syntax error: invalid handlebars syntax: expected helper_parameter",
    );
    assert!(!fx.path("snippets").exists());
}

#[test]
fn an_unclosed_or_mismatched_block_names_where_it_opened() {
    let fx = Fixture::new();
    // Handlebars itself points at the end of the file.
    fx.write("templates/go/snippet.go.hbs", "package main\n\n{{#if code}}\n{{#each send-headers}}{{/each}}\nbroken\n");
    bad_input(
        &fx,
        &["--templates", "templates", "generate"],
        "error: templates/go/snippet.go.hbs:3: `{{#if}}` is never closed: add `{{/if}}`",
    );
    fx.write(
        "templates/go/snippet.go.hbs",
        "package main\n{{!-- {{#each}} in a comment --}}\n{{#each send-headers}}\n{{#if code}}\n{{/each}}\n",
    );
    bad_input(
        &fx,
        &["--templates", "templates", "generate"],
        "error: templates/go/snippet.go.hbs:5: `{{/each}}` does not close `{{#if}}`, which opened at line 4",
    );
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
    // A misspelled field given to a helper is the missing field, not the helper's complaint.
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{str mesage}}\n");
    bad_input(&fx, &["--templates", "templates", "generate"], "error: templates/go/snippet.go.hbs:3: `mesage` is not in the template's context (strict mode); CONTRIBUTING.md lists the fields");
    fx.write("templates/go/snippet.go.hbs", "package main\n\n// {{str (concat name \": \" vaule)}}\n");
    bad_input(&fx, &["--templates", "templates", "generate"], "error: templates/go/snippet.go.hbs:3: `vaule` is not in the template's context (strict mode); CONTRIBUTING.md lists the fields");
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

#[test]
fn a_harness_template_that_cannot_render_is_named_before_anything_runs() {
    let fx = Fixture::new();
    fx.run(&["generate", "--lang", "go", "--code", "404"]).expect(0);
    fx.write("templates/go/harness/main.go.hbs", "package main\n\nfunc main() { {{mesage}} }\n");
    bad_input(
        &fx,
        &["--templates", "templates", "verify", "--lang", "go", "--code", "404"],
        "error: templates/go/harness/main.go.hbs:3: `mesage` is not in the template's context (strict mode); CONTRIBUTING.md lists the fields",
    );
    fx.write("templates/go/harness/main.go.hbs", "package main\n")
        .write("templates/go/harness/go.mod.hbs", "module snippet\n{{#each cells}}{{str}}{{/each}}\n");
    bad_input(
        &fx,
        &["--templates", "templates", "verify", "--lang", "go", "--code", "404"],
        "error: templates/go/harness/go.mod.hbs:2: cannot render: helper `str` takes exactly one parameter, got 0",
    );
}

#[test]
fn a_descriptor_id_must_match_its_file_name() {
    let fx = Fixture::new();
    let text = std::fs::read_to_string(repo("languages/go.toml")).unwrap();
    fx.write("languages/golang.toml", &text.replace("name = \"Go\"", "name = \"Go, again\""));
    bad_input(
        &fx,
        &["--languages", "languages", "list"],
        &format!("error: languages/golang.toml:{}: id `go` differs from the file name: rename the file to go.toml or set id = \"golang\"", line_of(&text, "id = \"go\"")),
    );
}

#[test]
fn a_not_applicable_code_must_be_in_the_catalog() {
    let fx = Fixture::new();
    let text = fx.copy_from_repo("languages/go.toml");
    let text = format!("{text}\n[not-applicable]\n\"404\" = \"a real code\"\n\"299\" = \"no such code\"\n");
    let line = text.lines().count();
    fx.write("languages/go.toml", &text);
    bad_input(
        &fx,
        &["--languages", "languages", "list"],
        &format!("error: languages/go.toml:{line}: `not-applicable` names 299, which is not in the catalog"),
    );
    // A code of the built-in catalog that a smaller --catalog leaves out is fine.
    let catalog = std::fs::read_to_string(repo("catalog.toml")).unwrap();
    let first_two: Vec<&str> = catalog.split("[[status]]").take(3).collect();
    fx.write("small.toml", &first_two.join("[[status]]"));
    fx.run(&["--catalog", "small.toml", "list"]).expect(0);
}

#[test]
fn a_snippets_directory_without_snippets_says_how_to_fill_it() {
    let fx = Fixture::new();
    std::fs::create_dir(fx.path("empty")).unwrap();
    let line = "error: no snippets in empty: run `snippetgen generate --out empty`";
    bad_input(&fx, &["verify", "--snippets", "empty"], line);
    bad_input(&fx, &["check", "--snippets", "empty"], line);
    bad_input(
        &fx,
        &["verify", "--snippets", "gone"],
        "error: no snippets in gone: run `snippetgen generate --out gone`",
    );
    bad_input(
        &fx,
        &["check", "--snippets", "gone"],
        "error: no snippets in gone: run `snippetgen generate --out gone`",
    );
    // Files that are not snippets do not make it a snippets directory.
    fx.write("other/404/notes.txt", "x");
    bad_input(
        &fx,
        &["verify", "--snippets", "other"],
        "error: no snippets in other: run `snippetgen generate --out other`",
    );
}

#[test]
fn a_variable_its_context_does_not_give_is_an_error_not_an_empty_string() {
    let fx = Fixture::new();
    let text = fx.copy_from_repo("languages/go.toml");
    let text = text.replace("\"go\", \"vet\", \"./...\"", "\"go\", \"vet\", \"-port={{port}}\", \"./...\"");
    let line = text.lines().position(|l| l.starts_with("steps = [")).unwrap() + 1;
    fx.write("languages/go.toml", &text);
    bad_input(
        &fx,
        &["--languages", "languages", "list"],
        &format!("error: languages/go.toml:{line}: `-port={{{{port}}}}` in `verify.steps` uses {{{{port}}}}, which steps do not see (they see {{{{deps}}}}, {{{{workdir}}}})"),
    );
    // In the environment, and behind a helper or an `#if`, where a plain scan does not look.
    let original = std::fs::read_to_string(repo("languages/go.toml")).unwrap();
    for (value, name) in [("{{#if port}}-p={{/if}}", "{{port}}"), ("{{this.code}}", "{{this.code}}")] {
        let verify_env = "GOFLAGS = \"-mod=mod -modcacherw -buildvcs=false\",";
        let text = original.replace(verify_env, &format!("{verify_env} PORT = \"{value}\","));
        assert_ne!(text, original);
        let line = text.lines().position(|l| l.contains("PORT = ")).unwrap() + 1;
        fx.write("languages/go.toml", &text);
        bad_input(
            &fx,
            &["--languages", "languages", "list"],
            &format!("error: languages/go.toml:{line}: `{value}` in `verify.env` uses {name}, which verify.env values do not see (they see {{{{deps}}}}, {{{{workdir}}}})"),
        );
    }
}

/// The 1-based line of the first line of `text` that starts with `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.starts_with(needle)).expect("the descriptor has the line") + 1
}

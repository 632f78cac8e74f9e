//! `snippetgen doctor`: the toolchains at their minimum versions, the dependencies in the cache,
//! and exit 1 when verify would skip a language.

use crate::support::*;

/// The line doctor prints for a language, and the one below it (its dependencies, if any).
fn lines_of(stdout: &str, lang: &str) -> (String, String) {
    let lines: Vec<&str> = stdout.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.split_whitespace().nth(1) == Some(lang) || l.split_whitespace().nth(3) == Some(lang))
        .unwrap_or_else(|| panic!("no line for {lang}:\n{stdout}"));
    (lines[i].to_string(), lines.get(i + 1).unwrap_or(&"").to_string())
}

#[test]
fn a_toolchain_older_than_the_descriptor_declares_is_missing_for_doctor_and_skips_verify() {
    if !needs(&["php"]) {
        return;
    }
    let fx = Fixture::new();
    let text = fx.copy_from_repo("languages/php.toml");
    assert!(text.contains("min-version = \"7.0\""), "php declares its minimum");
    fx.write("languages/php.toml", &text.replace("min-version = \"7.0\"", "min-version = \"99.1\""));
    let run = fx.run(&["--languages", "languages", "doctor"]).expect(1);
    let (line, _) = lines_of(&run.stdout(), "php");
    let version = line.split("`").nth(1).unwrap_or_else(|| panic!("{line}"));
    assert!(version.starts_with("PHP "), "{line}");
    assert_eq!(
        line,
        format!("missing   php        PHP                    `{version}` is older than 99.1, the oldest the snippets work with; install the PHP command line, 7.0 or later (Debian bookworm: apt-get install php-cli, which is 8.2)")
    );
    assert!(
        run.stdout().lines().last().unwrap().starts_with("missing: verify would skip 1 language (php)"),
        "{}",
        run.stdout()
    );

    fx.run(&["generate", "--lang", "php", "--code", "503"]).expect(0);
    let run = fx.run(&["--languages", "languages", "verify", "--lang", "php", "--code", "503", "--format", "json"]);
    let results = report(&run.expect(1));
    assert_eq!((results[0]["outcome"].as_str(), results[0]["check"].as_str()), (Some("skipped"), Some("toolchain")));
    assert!(results[0]["detail"].as_str().unwrap().contains("is older than 99.1"), "{}", results[0]["detail"]);
}

#[test]
fn a_missing_toolchain_command_is_named_with_its_hint() {
    let fx = Fixture::new();
    let text = fx.copy_from_repo("languages/php.toml");
    fx.write("languages/php.toml", &text.replace("commands = [\"php\"]", "commands = [\"php-that-is-not-installed\"]"));
    let run = fx.run(&["--languages", "languages", "doctor"]).expect(1);
    assert_eq!(
        lines_of(&run.stdout(), "php").0,
        "missing   php        PHP                    not found: php-that-is-not-installed; install the PHP command line, 7.0 or later (Debian bookworm: apt-get install php-cli, which is 8.2)"
    );
}

#[test]
fn dependencies_are_reported_with_their_versions_or_as_missing() {
    if !needs(&["sinatra"]) {
        return;
    }
    let fx = Fixture::new();
    let run = fx.run(&["doctor"]);
    let (line, deps) = lines_of(&run.stdout(), "sinatra");
    assert!(line.starts_with("ok        sinatra    Ruby (Sinatra)         ruby "), "{line}");
    assert!(line.ends_with(" (needs 2.6 or later)"), "{line}");
    assert!(deps.starts_with("          dependencies: sinatra ") && deps.contains(", puma "), "{deps}");

    // Debian packages snippetgen cannot install: absent means verify skips the cells.
    let text = fx.copy_from_repo("languages/sinatra.toml");
    fx.write(
        "languages/sinatra.toml",
        &text.replace("require 'sinatra/base'; require 'sinatra/json'", "require 'sinatra/not-there'"),
    );
    let run = fx.run(&["--languages", "languages", "doctor"]).expect(1);
    assert_eq!(
        lines_of(&run.stdout(), "sinatra").1,
        "          dependencies: missing; apt-get install ruby-sinatra ruby-sinatra-contrib puma ruby-faye-websocket (or run ci/install-deps.sh)"
    );
}

#[test]
fn doctor_reads_the_cache_dir_it_is_given_and_what_verify_installs_itself_is_not_missing() {
    if !needs(&["flask"]) {
        return;
    }
    let fx = Fixture::new();
    std::fs::create_dir(fx.path("empty")).unwrap();
    let run = fx.run(&["doctor", "--cache-dir", "empty"]);
    let (line, deps) = lines_of(&run.stdout(), "flask");
    assert!(line.starts_with("to set up flask      Python (Flask)         Python 3."), "{line}");
    assert_eq!(deps, "          dependencies: not set up in empty/deps/flask yet; Flask comes from PyPI: snippetgen installs it into its cache on first use (needs pip and network access to PyPI)");
    // The environment variable names the cache too, as for verify.
    let run = fx.command().args(["doctor"]).env("SNIPPETGEN_CACHE_DIR", fx.path("empty")).output().unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
    assert!(
        lines_of(&stdout, "flask").1.contains(&format!("not set up in {}", fx.path("empty/deps/flask").display())),
        "{stdout}"
    );
    if std::env::var_os("SNIPPETGEN_TEST_LANGS").is_none() {
        // Every toolchain is installed where every language is tested; dependencies verify
        // sets up itself are no reason for exit 1.
        assert_eq!(run.status.code(), Some(0), "{stdout}");
    }
}

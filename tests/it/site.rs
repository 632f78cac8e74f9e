//! `snippetgen site`: the pages built from the catalog, the committed snippets and a verify
//! report. Two sites are built once and shared by the tests that only read them: the plain one
//! (no report, no base URL) and one with the fixture report and a base URL.

use std::path::Path;
use std::sync::OnceLock;

use crate::support::*;

/// `snippetgen site --out public --snippets <the committed snippets>`, then `args`, in `fx`.
fn site_into_public(fx: &Fixture, args: &[&str]) -> Run {
    let snippets = repo("snippets");
    let mut all = vec!["site", "--out", "public", "--snippets", snippets.to_str().unwrap()];
    all.extend_from_slice(args);
    fx.run(&all)
}

/// A built site: its fixture holds it at `public/`.
fn built(args: &[&str]) -> Fixture {
    let fx = Fixture::new();
    site_into_public(&fx, args).expect(0);
    fx
}

fn plain() -> &'static Fixture {
    static SITE: OnceLock<Fixture> = OnceLock::new();
    SITE.get_or_init(|| built(&[]))
}

fn with_report() -> &'static Fixture {
    static SITE: OnceLock<Fixture> = OnceLock::new();
    SITE.get_or_init(|| {
        let report = repo("tests/fixtures/site/report.json");
        built(&["--report", report.to_str().unwrap(), "--base-url", "https://example.org/http"])
    })
}

/// The text a browser shows for some HTML: tags removed, the five references the site writes
/// decoded.
fn text_of(html: &str) -> String {
    let tags = regex::Regex::new("<[^>]*>").unwrap();
    tags.replace_all(html, "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The HTML of one example's panel on a page.
fn panel<'a>(page: &'a str, lang: &str) -> &'a str {
    let start = page.find(&format!("<div class=\"example\" id=\"example-{lang}\"")).unwrap_or_else(|| panic!("{lang}"));
    let end = page[start..].find("</dl>").unwrap() + start;
    &page[start..end]
}

/// The code shown in a panel, as text.
fn code_in(panel: &str) -> String {
    let start = panel.find("<pre").unwrap();
    let start = start + panel[start..].find("<code").unwrap();
    let start = start + panel[start..].find('>').unwrap() + 1;
    let end = panel.find("</code></pre>").unwrap();
    text_of(&panel[start..end])
}

/// The content of the section whose heading has this id, as text.
fn section(page: &str, id: &str) -> String {
    let start = page.find(&format!("<h2 id=\"{id}\">")).unwrap_or_else(|| panic!("no section {id}"));
    let end = page[start..].find("</section>").unwrap() + start;
    let body = &page[start..end];
    text_of(&body[body.find("</h2>").unwrap()..])
}

#[test]
fn the_503_page_has_every_section_of_the_seed_filled() {
    let page = plain().read("public/503/index.html");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"), "{}", &page[..100]);
    assert!(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    assert!(page.contains("<title>503 Service Unavailable - HTTP status code</title>"));
    assert!(
        page.contains("<meta name=\"description\" content=\"503 Service Unavailable: Server temporarily unavailable.")
    );
    assert_eq!(page.matches("<h1").count(), 1);
    assert!(text_of(&page).contains("Fault:") || page.contains("<dt>Fault</dt><dd>Server</dd>"), "fault");
    let sections = [
        ("tldr", "TL;DR"),
        ("meaning", "What This Error Means"),
        ("causes", "Common Causes"),
        ("fix-visitors", "How to Fix It (For Visitors)"),
        ("fix-developers", "How to Fix It (For Developers/Admins)"),
        ("examples", "Code Examples"),
        ("compat", "Browser Compatibility"),
        ("spec", "Official Specification"),
    ];
    for (id, title) in sections {
        assert!(page.contains(&format!("<h2 id=\"{id}\">{title}</h2>")), "{title}");
        let content = section(&page, id);
        assert!(content.split_whitespace().count() >= 3, "{title} is empty: {content:?}");
    }
    // The meaning adds to the TL;DR rather than repeating it; the lists have the catalog's items.
    assert!(!section(&page, "meaning").contains("Server temporarily unavailable."));
    assert!(section(&page, "causes").contains("limit_req"), "{}", section(&page, "causes"));
    assert!(page.contains("<code>Retry-After</code>"), "backticks become code");
}

#[test]
fn every_example_is_shown_exactly_as_generated_in_the_descriptors_order() {
    let page = plain().read("public/503/index.html");
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo("snippets/index.json")).unwrap()).unwrap();
    let mut last = 0;
    for lang in index["languages"].as_array().unwrap() {
        let id = lang["id"].as_str().unwrap();
        let expected =
            std::fs::read_to_string(repo(&format!("snippets/503/{id}.{}", lang["extension"].as_str().unwrap())))
                .unwrap();
        let html = panel(&page, id);
        assert_eq!(code_in(html), expected, "{id}");
        let at = page.find(&format!("id=\"example-{id}\"")).unwrap();
        assert!(at > last, "{id} out of order");
        last = at;
        // The tab that shows it with the script on.
        assert!(page.contains(&format!("role=\"tab\" id=\"tab-{id}\" aria-controls=\"example-{id}\"")), "{id}");
    }
    let sinatra = code_in(panel(&page, "sinatra"));
    assert!(sinatra.starts_with("require 'sinatra'\nrequire 'sinatra/json'\n\nget '/endpoint' do\n"), "{sinatra}");
    assert_eq!(page.matches("aria-selected=\"true\"").count(), 1);
    assert!(page.contains("<div class=\"tablist\" role=\"tablist\" aria-label=\"Code examples for 503\" hidden>"));
    // Highlighted with classes, never inline styles.
    assert!(panel(&page, "flask").contains("<span class=\"sg-"), "highlighted");
    assert!(!page.contains("style=\""), "no inline styles");
    let css = plain().read("public/style.css");
    assert!(css.contains("@media (prefers-color-scheme: dark)") && css.contains(".sg-comment"), "highlight css");
}

#[test]
fn the_specification_links_to_its_section_and_the_registry() {
    let page = plain().read("public/503/index.html");
    assert!(
        page.contains("<a href=\"https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4\">RFC 9110, Section 15.6.4</a>")
    );
    assert!(page.contains("href=\"https://www.iana.org/assignments/http-status-codes/\""));
    assert!(!page.contains("7231"), "not the obsoleted RFC");
    let early = plain().read("public/103/index.html");
    assert!(early.contains("https://www.rfc-editor.org/rfc/rfc8297#section-2"));
}

#[test]
fn only_103_308_and_425_have_a_browser_table() {
    for code in ["103", "308", "425"] {
        let page = plain().read(&format!("public/{code}/index.html"));
        let compat = section(&page, "compat");
        assert!(page.contains("<th scope=\"col\">Version added</th>"), "{code}");
        assert!(compat.contains("Firefox") && compat.contains("@mdn/browser-compat-data"), "{code}: {compat}");
    }
    let early = plain().read("public/103/index.html");
    assert!(early.contains(
        "<tr><th scope=\"row\">Chrome</th><td class=\"yes\">103</td><td>Supported in HTTP/2 and later only.</td></tr>"
    ));
    let page = plain().read("public/503/index.html");
    assert!(!page.contains("<table"));
    assert!(section(&page, "compat").contains("No browser treats 503 specially"));
}

#[test]
fn without_a_report_every_example_says_not_verified_and_n_a_cells_give_their_reason() {
    let page = plain().read("public/503/index.html");
    assert_eq!(page.matches("<span class=\"outcome\">Not verified</span>").count(), 20);
    assert!(!page.contains(">Verified<"));
    let early = plain().read("public/103/index.html");
    let flask = panel(&early, "flask");
    assert!(flask.contains("<span class=\"outcome\">Not applicable</span>"), "{flask}");
    let reason = text_of(flask);
    assert!(reason.contains("Reason") && reason.contains("WSGI"), "{reason}");
    // The snippet is still shown as generated: the comment that gives the reason.
    assert_eq!(code_in(flask), std::fs::read_to_string(repo("snippets/103/flask.py")).unwrap());
    assert!(!Path::new(&plain().path("public/sitemap.xml")).exists(), "no sitemap without a base URL");
    assert!(!page.contains("rel=\"canonical\""));
}

#[test]
fn a_report_gives_each_example_its_outcome_versions_and_date() {
    let page = with_report().read("public/503/index.html");
    let flask = text_of(panel(&page, "flask"));
    for fact in [
        "Verified",
        "snippetgen verify",
        "2026-12-02",
        "snippetgen 0.1.0",
        "Python 3.11.7",
        "flask 3.1.3, werkzeug 3.1.9",
    ] {
        assert!(flask.contains(fact), "{fact}: {flask}");
    }
    assert!(panel(&page, "flask").contains("<time datetime=\"2026-12-02T10:00:00Z\">2026-12-02</time>"));
    let sinatra = panel(&page, "sinatra");
    assert!(sinatra.contains("evidence-fail") && sinatra.contains("Verification failed"), "{sinatra}");
    assert!(sinatra.contains("status: expected 503, got 500 &lt;b&gt;"), "{sinatra}");
    assert!(text_of(sinatra).contains("ruby 3.1.2p20"), "{sinatra}");
    let express = text_of(panel(&page, "express"));
    assert!(express.contains("Not verified") && express.contains("has no result"), "{express}");
    let early = with_report().read("public/103/index.html");
    assert!(text_of(panel(&early, "flask")).contains("WSGI has no interim-response API"), "the report's reason");
    assert!(with_report()
        .read("public/index.html")
        .contains("on <time datetime=\"2026-12-02T10:00:00Z\">2026-12-02</time>"));
}

#[test]
fn a_base_url_gives_canonical_links_a_sitemap_and_a_404_page_that_works_at_any_depth() {
    let fx = with_report();
    assert!(fx
        .read("public/503/index.html")
        .contains("<link rel=\"canonical\" href=\"https://example.org/http/503/\">"));
    assert!(fx.read("public/index.html").contains("<link rel=\"canonical\" href=\"https://example.org/http/\">"));
    let sitemap = fx.read("public/sitemap.xml");
    assert_eq!(sitemap.matches("<url><loc>").count(), 64, "{sitemap}");
    assert!(sitemap.contains("<url><loc>https://example.org/http/503/</loc></url>"));
    assert!(fx.read("public/robots.txt").contains("Sitemap: https://example.org/http/sitemap.xml"));
    let not_found = fx.read("public/404.html");
    assert!(not_found.contains("<link rel=\"stylesheet\" href=\"/http/style.css\">"), "{not_found}");
    assert!(not_found.contains("href=\"/http/index.html\""));
}

#[test]
fn the_index_lists_every_code_by_class_with_a_filter_for_the_script() {
    let index = plain().read("public/index.html");
    for class in ["1xx Informational", "2xx Successful", "3xx Redirection", "4xx Client Error", "5xx Server Error"] {
        assert!(index.contains(&format!("{class}</h2>")), "{class}");
    }
    assert_eq!(index.matches("<li data-search=").count(), 63);
    assert!(index.contains("<a href=\"503/index.html\"><span class=\"code-number\">503</span> Service Unavailable</a>"));
    assert!(index.contains("<div class=\"filter\" hidden>") && index.contains("<label for=\"filter\">"));
    let script = plain().read("public/site.js");
    for needle in ["ArrowRight", "ArrowLeft", "Home", "End", "aria-selected", "clipboard"] {
        assert!(script.contains(needle), "{needle}");
    }
    let pages = std::fs::read_dir(plain().path("public"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().join("index.html").is_file())
        .count();
    assert_eq!(pages, 63);
}

#[test]
fn no_page_loads_anything_from_elsewhere() {
    let external = regex::Regex::new(
        r#"(?i)<(script|img|iframe|link[^>]*rel="(stylesheet|preload|icon)")[^>]*(src|href)="(https?:)?//"#,
    )
    .unwrap();
    let css_external = regex::Regex::new(r#"(?i)(@import|url\(\s*["']?(https?:)?//)"#).unwrap();
    for fx in [plain(), with_report()] {
        for (rel, bytes) in tree(&fx.path("public")) {
            let text = String::from_utf8(bytes).unwrap();
            if rel.ends_with(".html") {
                assert!(!external.is_match(&text), "{rel}: {:?}", external.find(&text));
                assert!(!text.contains("src=\"http") && !text.contains("src=\"//"), "{rel}");
            }
            if rel.ends_with(".css") {
                assert!(!css_external.is_match(&text), "{rel}");
            }
            if rel.ends_with(".js") {
                assert!(
                    !text.contains("fetch(") && !text.contains("XMLHttpRequest") && !text.contains("http"),
                    "{rel}"
                );
            }
        }
    }
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let report = repo("tests/fixtures/site/report.json");
    let again = built(&["--report", report.to_str().unwrap(), "--base-url", "https://example.org/http"]);
    assert_eq!(tree(&again.path("public")), tree(&with_report().path("public")));
    // Into the same directory again: site replaces its own output.
    site_into_public(&again, &["--report", report.to_str().unwrap(), "--base-url", "https://example.org/http"])
        .expect(0);
    assert_eq!(tree(&again.path("public")), tree(&with_report().path("public")));
    assert!(again.path("public/.snippetgen-output").is_file());
}

#[test]
fn a_directory_site_did_not_write_is_refused() {
    let fx = Fixture::new();
    fx.write("public/notes.txt", "mine");
    let snippets = repo("snippets");
    let snippets = snippets.to_str().unwrap();
    let run = fx.run(&["site", "--out", "public", "--snippets", snippets, "--format", "markdown"]).expect(2);
    assert!(run.stderr().contains("public/notes.txt would be lost"), "{}", run.stderr());
    assert_eq!(fx.read("public/notes.txt"), "mine");
    // Nor generate's output, though it has a marker: not site's.
    fx.run(&["generate", "--out", "gen", "--code", "503"]).expect(0);
    let run = fx.run(&["site", "--out", "gen", "--snippets", "gen", "--format", "markdown"]).expect(2);
    assert!(run.stderr().contains("gen: holds the snippets the site is built from"), "{}", run.stderr());
    fx.run(&["generate", "--out", "other", "--code", "503"]).expect(0);
    let run = fx.run(&["site", "--out", "other", "--snippets", snippets, "--format", "markdown"]).expect(2);
    assert!(run.stderr().contains("that `snippetgen site` did not write"), "{}", run.stderr());
    assert!(fx.path("other/503/flask.py").is_file());
    assert!(fx.path("gen/503/flask.py").is_file());
    fx.run(&["site", "--out", "public", "--snippets", snippets, "--format", "markdown", "--force"]).expect(0);
    assert!(!fx.path("public/notes.txt").exists() && fx.path("public/503.md").is_file());
}

#[test]
fn markdown_pages_have_front_matter_and_fenced_examples() {
    let fx = Fixture::new();
    let snippets = repo("snippets");
    fx.run(&["site", "--out", "content", "--snippets", snippets.to_str().unwrap(), "--format", "markdown"]).expect(0);
    let page = fx.read("content/503.md");
    assert!(page.starts_with("---\ntitle: \"503 Service Unavailable\"\n"), "{}", &page[..200]);
    for field in [
        "  code: 503\n",
        "  name: \"Service Unavailable\"\n",
        "  class: \"Server Error\"\n",
        "  fault: \"Server\"\n",
        "  spec: \"RFC 9110\"\n",
        "  section: \"15.6.4\"\n",
    ] {
        assert!(page.contains(field), "{field}");
    }
    let sinatra = std::fs::read_to_string(repo("snippets/503/sinatra.rb")).unwrap();
    assert!(page.contains(&format!("### Ruby (Sinatra)\n\n```ruby\n{sinatra}```\n")), "{page}");
    for heading in [
        "## TL;DR",
        "## What This Error Means",
        "## Common Causes",
        "## How to Fix It (For Visitors)",
        "## How to Fix It (For Developers/Admins)",
        "## Code Examples",
        "## Browser Compatibility",
        "## Official Specification",
    ] {
        assert!(page.contains(&format!("\n{heading}\n")), "{heading}");
    }
    assert!(page.contains("(https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4)"));
    assert!(fx.read("content/103.md").contains("| Chrome | 103 |"));
    assert_eq!(std::fs::read_dir(fx.path("content")).unwrap().count(), 64, "63 pages and the marker");
}

#[test]
fn hostile_catalog_text_is_escaped_in_html_and_markdown() {
    let fx = Fixture::new();
    let hostile = r#"<script>alert("x")</script> & 'q' <img src=x onerror=alert(1)>"#;
    let mut catalog = std::fs::read_to_string(repo("catalog.toml")).unwrap();
    let at = catalog.find("\ncode = 503\n").unwrap();
    let tldr = at + catalog[at..].find("\ntldr = ").unwrap() + 1;
    let end = tldr + catalog[tldr..].find('\n').unwrap();
    let toml_text = hostile.replace('\\', "\\\\").replace('"', "\\\"");
    catalog.replace_range(tldr..end, &format!("tldr = \"{toml_text}\""));
    let cause = at + catalog[at..].find("\ncauses = [\n").unwrap() + "\ncauses = [\n".len();
    catalog.insert_str(cause, &format!("  \"A `<b>` tag and {toml_text}.\",\n"));
    fx.write("hostile.toml", &catalog);
    fx.run(&["--catalog", "hostile.toml", "generate", "--out", "snippets"]).expect(0);
    fx.run(&["--catalog", "hostile.toml", "site", "--out", "public"]).expect(0);
    let page = fx.read("public/503/index.html");
    assert!(!page.contains("<script>alert") && !page.contains("<img src=x"), "raw markup");
    assert!(page.contains(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;img src=x onerror=alert(1)&gt;"
    ));
    assert!(page
        .contains("<meta name=\"description\" content=\"503 Service Unavailable: &lt;script&gt;alert(&quot;x&quot;)"));
    assert!(page.contains("A <code>&lt;b&gt;</code> tag and &lt;script&gt;"));
    let index = fx.read("public/index.html");
    assert!(!index.contains("<script>alert") && index.contains("data-search=\"503 service unavailable &lt;script&gt;"));
    fx.run(&["--catalog", "hostile.toml", "site", "--out", "content", "--format", "markdown"]).expect(0);
    let md = fx.read("content/503.md");
    let (front, body) = md[4..].split_once("\n---\n").unwrap();
    assert!(!body.contains("<script") && !body.contains("<img"), "{body}");
    assert!(
        front.contains("description: \"503 Service Unavailable: <script>alert(\\\"x\\\")"),
        "a YAML string: {front}"
    );
    assert!(md.contains("A `<b>` tag and &lt;script&gt;"), "code spans stay literal");
}

#[test]
fn a_theme_directory_replaces_files_one_by_one() {
    let fx = Fixture::new();
    fx.write("theme/footer.hbs", "<footer><p>Our own footer for {{html site.title}}</p></footer>\n");
    site_into_public(&fx, &["--theme", "theme"]).expect(0);
    let page = fx.read("public/503/index.html");
    assert!(page.contains("<footer><p>Our own footer for HTTP status codes</p></footer>"));
    assert!(page.contains("<h2 id=\"causes\">Common Causes</h2>"), "the other templates are built in");
    fx.write("theme/footer.hbs", "<footer>\n{{nope site.title}}\n</footer>\n");
    let run = site_into_public(&fx, &["--theme", "theme"]).expect(2);
    assert!(run.stderr().contains("unknown helper `nope`"), "{}", run.stderr());
    assert!(page == fx.read("public/503/index.html"), "an error writes nothing");
}

#[test]
fn bad_site_input_is_an_input_error_naming_the_file() {
    let fx = Fixture::new();
    let snippets = repo("snippets");
    let snippets = snippets.to_str().unwrap();
    fx.write("bad.json", "{\n  \"snippetgen_version\": 1\n}\n");
    let run = fx.run(&["site", "--out", "public", "--snippets", snippets, "--report", "bad.json"]).expect(2);
    assert!(run.stderr().contains("bad.json:2: not a verify JSON report"), "{}", run.stderr());
    let run = fx.run(&["site", "--out", "public", "--snippets", snippets, "--report", "missing.json"]).expect(2);
    assert!(run.stderr().contains("missing.json: no such report file"), "{}", run.stderr());
    let run = fx.run(&["site", "--out", "public", "--snippets", snippets, "--base-url", "example.org"]).expect(2);
    assert!(run.stderr().contains("--base-url `example.org`"), "{}", run.stderr());
    let run = fx.run(&["site", "--out", "public", "--snippets", "nowhere"]).expect(2);
    assert!(run.stderr().contains("no snippets in nowhere"), "{}", run.stderr());
    assert!(!fx.path("public").exists());
}

#[test]
fn the_404_page_as_built() {
    let text = with_report().read("public/404.html");
    insta::assert_snapshot!("site_404", text);
}

#[test]
fn the_first_tab_is_the_first_example_that_is_not_n_a() {
    // 100's first stack, Flask, cannot send it: the tab shown first is Express's.
    let page = plain().read("public/100/index.html");
    assert!(panel(&page, "flask").contains("evidence-n/a"), "flask is n/a on 100");
    assert_eq!(page.matches("aria-selected=\"true\"").count(), 1);
    assert!(page.contains("id=\"tab-express\" aria-controls=\"example-express\" aria-selected=\"true\" tabindex=\"0\""));
    assert!(page.contains("id=\"tab-flask\" aria-controls=\"example-flask\" aria-selected=\"false\" tabindex=\"-1\""));
    assert!(
        page.contains("<div class=\"example\" id=\"example-express\" data-name=\"Node.js (Express)\" data-selected>")
    );
    // Where the first stack has the code, it is the first tab.
    let page = plain().read("public/503/index.html");
    assert!(page.contains("id=\"tab-flask\" aria-controls=\"example-flask\" aria-selected=\"true\""));
}

#[test]
fn code_in_an_n_a_reason_is_shown_as_code_not_backticks() {
    let page = plain().read("public/101/index.html");
    let flask = panel(&page, "flask");
    let reason = &flask[flask.find("<dt>Reason</dt>").expect("a reason")..];
    assert!(reason.contains("<code>"), "{reason}");
    assert!(!text_of(reason).contains('`'), "{reason}");
}

#[test]
fn a_toolchain_line_that_does_not_name_its_program_is_labelled() {
    // `node --version` prints `v20.20.2`; `ruby --version` names itself.
    let page = with_report().read("public/200/index.html");
    let express = text_of(panel(&page, "express"));
    assert!(express.contains("Toolchainnode v20.20.2"), "{express}");
    let page = with_report().read("public/503/index.html");
    assert!(text_of(panel(&page, "sinatra")).contains("Toolchainruby 3.1.2p20"));
    // `python3 --version` prints `Python 3.11.7`, which names it already.
    let flask = text_of(panel(&page, "flask"));
    assert!(flask.contains("ToolchainPython 3.11.7") && !flask.contains("python3 Python"), "{flask}");
}

#[test]
fn site_takes_a_catalog_and_no_other_input_option() {
    let fx = Fixture::new();
    let snippets = repo("snippets");
    let hostile = repo("tests/fixtures/hostile-catalog.toml");
    let stderr = site_into_public(&fx, &["--catalog", hostile.to_str().unwrap()]).expect(2).stderr();
    let index = snippets.join("index.json");
    assert_eq!(
        stderr.lines().next().unwrap_or_default(),
        format!(
            "error: {}: lists code 101, which is not in the catalog: the snippets come from another catalog; run `snippetgen generate --out {}`",
            index.display(),
            snippets.display()
        )
    );
    let stderr = fx.run(&["--languages", "languages", "site", "--out", "public"]).expect(2).stderr();
    assert_eq!(stderr.lines().next().unwrap_or_default(), "error: `--languages` does not apply to `snippetgen site`");
}

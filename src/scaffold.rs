//! `snippetgen new-language`: writes a descriptor and templates for a contributor to start
//! from, either copied from an existing language (`--from`) or a bare, commented scaffold, and
//! says what to do next. It never overwrites a file.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::Result;

use crate::assets::{self, Overrides};
use crate::error::input_error;
use crate::files::write_file;
use crate::project::Project;

pub struct Scaffold {
    pub id: String,
    pub from: Option<String>,
    /// Where the descriptor goes (`--languages`, default `languages`).
    pub languages_dir: PathBuf,
    /// Where the templates go (`--templates`, default `templates`).
    pub templates_dir: PathBuf,
}

/// Writes the files and returns the message that says what was written and what comes next.
pub fn write(project: &Project, overrides: &Overrides, scaffold: &Scaffold) -> Result<String> {
    let id = &scaffold.id;
    let id_ok = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        return Err(input_error!("language id `{id}` must be lowercase letters, digits and `-`"));
    }
    if project.languages.iter().any(|l| &l.id == id) {
        return Err(input_error!("language `{id}` already exists"));
    }
    // After every language there is, built-in or not: where it stands is for the contributor to
    // decide, and nothing of another stack's place is taken.
    let order = project.languages.iter().map(|l| l.order).max().unwrap_or(0) + 1;
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let descriptor_path = scaffold.languages_dir.join(format!("{id}.toml"));
    match &scaffold.from {
        Some(from) => {
            let source = project.language(from)?;
            files.push((descriptor_path.clone(), copied_descriptor(source, id, order)));
            for (rel, file) in assets::templates(overrides)? {
                if let Some(rest) = rel.strip_prefix(&format!("{from}/")) {
                    files.push((scaffold.templates_dir.join(id).join(rest), file.text));
                }
            }
        }
        None => {
            files.push((
                descriptor_path.clone(),
                BARE_DESCRIPTOR.replace("ID", id).replace("ORDER", &format!("{order:<5}")),
            ));
            files.push((scaffold.templates_dir.join(id).join("snippet.txt.hbs"), BARE_SNIPPET.into()));
        }
    }
    if let Some((path, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(input_error!("{} already exists: new-language never overwrites", path.display()));
    }
    // The schema the descriptor's `#:schema` line names, for a TOML editor, unless one is there.
    let schema_path = scaffold.languages_dir.join("schema.json");
    if !schema_path.exists() {
        write_file(&schema_path, &crate::language::schema())?;
    }
    for (path, text) in &files {
        write_file(path, text)?;
    }
    let flags =
        format!("--languages {} --templates {}", scaffold.languages_dir.display(), scaffold.templates_dir.display());
    let origin = scaffold.from.as_ref().map_or("a bare scaffold".to_string(), |f| format!("a copy of `{f}`"));
    Ok(format!(
        "created {} and {} templates in {} ({origin})\n\
         next:\n  \
         1. edit {}: name, extension, string-literal, toolchain, deps, verify (CONTRIBUTING.md explains each field)\n  \
         2. edit the templates in {}\n  \
         3. snippetgen {flags} generate --lang {id}\n  \
         4. snippetgen {flags} verify --lang {id}\n  \
         5. mark what the stack truly cannot do under [not-applicable], with the reason, and verify again\n",
        descriptor_path.display(),
        files.len() - 1,
        scaffold.templates_dir.join(id).display(),
        descriptor_path.display(),
        scaffold.templates_dir.join(id).display(),
    ))
}

/// `from`'s descriptor as the start of `id`'s: its templates renamed, and nothing of `from`'s
/// that would pass for the new stack's own — the name says to change it, the order puts it
/// last, and the not-applicable reasons are kept only as comments, to be proved again.
fn copied_descriptor(from: &crate::language::Language, id: &str, order: u32) -> String {
    let text = from.source_text.replace(&format!("\"{}/", from.id), &format!("\"{id}/"));
    // The schema line stays first, where TOML editors look for it.
    let (schema_line, text) = match text.split_once('\n') {
        Some((first, rest)) if first.starts_with("#:schema") => (format!("{first}\n"), rest.to_string()),
        _ => (String::new(), text),
    };
    let mut out = format!(
        "{schema_line}# CHANGE ME: copied from `{0}` by `snippetgen new-language {id} --from {0}`; the comments below\n\
         # still describe {0}.\n",
        from.id
    );
    let mut in_not_applicable = false;
    let (mut id_done, mut name_done, mut order_done) = (false, false, false);
    for line in text.lines() {
        let key = line.split('=').next().unwrap_or("").trim();
        if line.starts_with('[') {
            in_not_applicable = line.trim() == "[not-applicable]";
            if in_not_applicable {
                let _ = writeln!(
                    out,
                    "# {}'s not-applicable reasons, for reference: {id} is not {}. Verify each code with the\n\
                     # new stack and keep only what it truly cannot do, with its own reason.\n# [not-applicable]",
                    from.id, from.id
                );
                continue;
            }
        }
        if in_not_applicable {
            let _ = writeln!(out, "{}", if line.trim().is_empty() { String::new() } else { format!("# {line}") });
        } else if key == "id" && !id_done {
            id_done = true;
            let _ = writeln!(out, "id = \"{id}\"");
        } else if key == "name" && !name_done {
            name_done = true;
            let _ = writeln!(
                out,
                "name = \"CHANGE ME (Framework)\"   # as the page shows it; {} is \"{}\"",
                from.id, from.name
            );
        } else if key == "order" && !order_done {
            order_done = true;
            let _ = writeln!(out, "{}", order_line(order));
        } else {
            let _ = writeln!(out, "{line}");
        }
    }
    if !order_done {
        // `from` stood at the default place: the copy says where it stands.
        if let Some(at) = out.find("\nname = ").and_then(|at| out[at + 1..].find('\n').map(|end| at + 2 + end)) {
            out.insert_str(at, &format!("{}\n", order_line(order)));
        }
    }
    out
}

fn order_line(order: u32) -> String {
    format!("order = {order}   # where it stands on the page: last, after every language there is (change it)")
}

const BARE_DESCRIPTOR: &str = r##"#:schema ./schema.json
# ID: describe the stack in one line here. CONTRIBUTING.md explains every field.
id = "ID"
name = "CHANGE ME (Framework)"   # as the page shows it, e.g. "Python (Flask)"
extension = "txt"                # the snippet files' extension: snippets/<code>/ID.<extension>
fence = "text"                   # the Markdown fence tag
comment = "#"                    # how a line comment starts: a not-applicable cell is one
order = ORDER                    # where it stands on the page: last, after every language there is

[templates]
snippet = "ID/snippet.txt.hbs"                 # every code without a template of its own
# not-applicable = "ID/not-applicable.txt.hbs"   # only if the default comment will not do:
#   <comment> <name> cannot return <code> <reason phrase> correctly: <reason>
# A code's own template is found by its name, ID/<code>.txt.hbs (ID/204.txt.hbs); list one only
# where several codes share it: [templates.by-code] "301" = "ID/redirect.txt.hbs"

# How a string literal is written: the first style whose closing delimiter is not in the text.
[[string-literal]]
open = '"'
close = '"'
escape = { "\\" = "\\\\", '"' = '\"', "\n" = "\\n", "\r" = "\\r", "\t" = "\\t" }

[toolchain]
commands = ["CHANGE-ME"]         # programs that must be on PATH
version = ["CHANGE-ME", "--version"]
install-hint = "how to install the toolchain, e.g. apt-get install ..."

# [deps]                         # dependencies set up once into {{deps}}
# check = ["..."]
# setup = [["..."]]
# install-hint = "..."

[verify]
snippet-file = "snippet.txt"     # the snippet's bytes, as they are
# files = [{ path = "main.txt", template = "ID/harness/main.txt.hbs" }]   # what a reader would add
steps = [{ name = "lint", run = ["CHANGE-ME", "--check", "snippet.txt"] }]
serve = ["CHANGE-ME", "serve", "--host", "127.0.0.1", "--port", "{{port}}"]

# [not-applicable]
# "103" = "one true line: why this stack cannot send it"
"##;

const BARE_SNIPPET: &str = r#"{{! The example for every code without a template of its own. Context: code, name, message,
    send-headers (the header fields to send), request, response; `str` writes a string literal. }}
route GET /endpoint
    status {{code}}
{{#each send-headers}}
    header {{str name}} {{str value}}
{{/each}}
    json message {{str message}}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_takes_the_machinery_not_the_identity() {
        let project = Project::load(&Overrides::default()).unwrap();
        let mut flask = project.language("flask").unwrap().clone();
        let copy = copied_descriptor(&flask, "mine", 42);
        assert!(copy.contains("\nid = \"mine\"\nname = \"CHANGE ME (Framework)\""), "{copy}");
        assert!(copy.contains("\norder = 42   # ") && !copy.contains("\norder = 1\n"), "{copy}");
        assert!(!copy.contains("\n[not-applicable]") && copy.contains("\n# \"103\" = "), "{copy}");
        // A stack at the default place (no `order` line): the copy still says where it stands.
        flask.source_text = flask.source_text.replace("order = 1\n", "");
        let copy = copied_descriptor(&flask, "mine", 42);
        assert!(copy.contains("\nname = \"CHANGE ME (Framework)\"   # as the page shows it; flask is \"Python (Flask)\"\norder = 42   # "), "{copy}");
    }
}

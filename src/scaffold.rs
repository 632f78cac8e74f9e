//! `snippetgen new-language`: writes a descriptor and templates for a contributor to start
//! from, either copied from an existing language (`--from`) or a bare, commented scaffold, and
//! says what to do next. It never overwrites a file.

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
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let descriptor_path = scaffold.languages_dir.join(format!("{id}.toml"));
    match &scaffold.from {
        Some(from) => {
            let source = project.language(from)?;
            let mut text = source.source_text.replace(&format!("\"{from}/"), &format!("\"{id}/"));
            text = text.replacen(&format!("id = \"{from}\""), &format!("id = \"{id}\""), 1);
            text = text.replacen(
                &format!("name = \"{}\"", source.name),
                &format!("name = \"{} (copy as {id})\"", source.name),
                1,
            );
            files.push((descriptor_path.clone(), text));
            for (rel, file) in assets::templates(overrides)? {
                if let Some(rest) = rel.strip_prefix(&format!("{from}/")) {
                    files.push((scaffold.templates_dir.join(id).join(rest), file.text));
                }
            }
        }
        None => {
            files.push((descriptor_path.clone(), BARE_DESCRIPTOR.replace("ID", id)));
            files.push((scaffold.templates_dir.join(id).join("snippet.txt.hbs"), BARE_SNIPPET.into()));
            files.push((scaffold.templates_dir.join(id).join("not-applicable.txt.hbs"), BARE_NOT_APPLICABLE.into()));
        }
    }
    if let Some((path, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(input_error!("{} already exists: new-language never overwrites", path.display()));
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

const BARE_DESCRIPTOR: &str = r#"# ID: describe the stack in one line here. CONTRIBUTING.md explains every field.
id = "ID"
name = "CHANGE ME (Framework)"   # as the page shows it, e.g. "Python (Flask)"
extension = "txt"                # the snippet files' extension: snippets/<code>/ID.<extension>
fence = "text"                   # the Markdown fence tag
order = 100                      # where it stands on the page

[templates]
snippet = "ID/snippet.txt.hbs"                 # every code without a template of its own
not-applicable = "ID/not-applicable.txt.hbs"   # the comment a not-applicable cell gets
# [templates.by-code] "204" = "ID/204.txt.hbs"

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
"#;

const BARE_SNIPPET: &str = r#"{{! The example for every code without a template of its own. Context: code, name, message,
    send-headers (the header fields to send), request, response; `str` writes a string literal. }}
route GET /endpoint
    status {{code}}
{{#each send-headers}}
    header {{str name}} {{str value}}
{{/each}}
    json message {{str message}}
"#;

const BARE_NOT_APPLICABLE: &str = "# {{lang.name}} cannot return {{code}} {{name}} correctly: {{reason}}\n";

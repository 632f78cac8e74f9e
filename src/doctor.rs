//! `snippetgen doctor`: for each language, whether its toolchain is installed (with the version)
//! and, if not, how to install it. It changes nothing.

use std::fmt::Write as _;

use console::style;

use crate::project::Project;
use crate::verify::{process, toolchain};

/// The report, and whether every toolchain was found.
pub fn report(project: &Project) -> (String, bool) {
    let mut out = String::new();
    let mut all_found = true;
    for lang in &project.languages {
        let missing: Vec<&str> =
            lang.toolchain.commands.iter().filter(|c| process::which(c).is_none()).map(String::as_str).collect();
        if missing.is_empty() {
            let version = toolchain::version(lang, None).unwrap_or_else(|| "version unknown".into());
            let _ = writeln!(out, "{} {:<10} {:<22} {version}", style("ok     ").green().bold(), lang.id, lang.name);
            if let Some(deps) = &lang.deps {
                let _ = writeln!(out, "        {:<10} dependencies: {}", "", deps.install_hint);
            }
        } else {
            all_found = false;
            let _ = writeln!(
                out,
                "{} {:<10} {:<22} not found: {}",
                style("missing").red().bold(),
                lang.id,
                lang.name,
                missing.join(", ")
            );
            let _ = writeln!(out, "        {:<10} {}", "", lang.toolchain.install_hint);
        }
    }
    (out, all_found)
}

//! `snippetgen doctor`: for each language, what verify needs and whether this machine has it —
//! the toolchain on PATH at the version the descriptor declares as its minimum, and the
//! dependencies in the cache (with the versions installed) — and how to get what is missing.
//! It installs nothing and writes nothing.

use std::fmt::Write as _;
use std::path::Path;

use console::style;

use crate::language::Language;
use crate::project::Project;
use crate::verify::prepare::{self, DepsState};
use crate::verify::{layout, plan, process, toolchain};

/// What doctor found for one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The toolchain's version line, when it is installed.
    pub version: Option<String>,
    /// What about the toolchain keeps verify from running the cells, with the install hint.
    pub toolchain_problem: Option<String>,
    pub deps: DepsState,
}

impl Finding {
    /// Whether verify would skip this language's cells.
    pub fn missing(&self) -> bool {
        self.toolchain_problem.is_some() || matches!(self.deps, DepsState::Missing | DepsState::Broken(_))
    }
}

/// Looks at one language: its toolchain, then (when there is one) its dependencies.
fn examine(project: &Project, lang: &Language, cache_dir: &Path) -> Finding {
    let absent: Vec<&str> =
        lang.toolchain.commands.iter().filter(|c| process::which(c).is_none()).map(String::as_str).collect();
    if !absent.is_empty() {
        let problem = format!("not found: {}; {}", absent.join(", "), lang.toolchain.install_hint);
        return Finding { version: None, toolchain_problem: Some(problem), deps: DepsState::NotSetUp };
    }
    let version = toolchain::version(lang, None);
    let toolchain_problem = match &version {
        Some(line) => toolchain::too_old(lang, line).map(|old| format!("{old}; {}", lang.toolchain.install_hint)),
        None => {
            Some(format!("`{}` printed no version; {}", lang.toolchain.version.join(" "), lang.toolchain.install_hint))
        }
    };
    let deps_dir = layout::deps_dir(&plan::deps_root(cache_dir), lang);
    let deps = if toolchain_problem.is_some() { DepsState::NotSetUp } else { prepare::state(project, lang, &deps_dir) };
    Finding { version, toolchain_problem, deps }
}

/// The report, and whether verify has everything it needs for every language. Languages are
/// examined at once (a JVM's `-version` and a cargo check take seconds each).
pub fn report(project: &Project, cache_dir: &Path) -> (String, bool) {
    let findings: Vec<Finding> = std::thread::scope(|scope| {
        let handles: Vec<_> =
            project.languages.iter().map(|lang| scope.spawn(move || examine(project, lang, cache_dir))).collect();
        handles.into_iter().map(|h| h.join().expect("no panic")).collect()
    });
    let mut out = String::new();
    let deps_root = plan::deps_root(cache_dir);
    for (lang, finding) in project.languages.iter().zip(&findings) {
        out.push_str(&render(lang, finding, &layout::deps_dir(&deps_root, lang)));
    }
    let missing: Vec<&str> =
        project.languages.iter().zip(&findings).filter(|(_, f)| f.missing()).map(|(l, _)| l.id.as_str()).collect();
    let to_set_up = findings.iter().filter(|f| !f.missing() && f.deps == DepsState::NotSetUp).count();
    let later = if to_set_up == 0 {
        String::new()
    } else {
        format!(
            " ({} to set up: verify installs {} on first use)",
            crate::verify::report::plural(to_set_up, "language"),
            if to_set_up == 1 { "its dependencies" } else { "their dependencies" }
        )
    };
    let containment = crate::verify::sandbox::available();
    let _ = writeln!(
        out,
        "\n{} {}{}",
        style("containment:").bold(),
        containment.describe(),
        if containment == crate::verify::sandbox::Containment::Sandbox {
            " (`verify --no-sandbox` keeps only the PID namespaces)"
        } else {
            ""
        }
    );
    if missing.is_empty() {
        let _ = writeln!(out, "\n{}: verify has what it needs for every language{later}", style("ok").green().bold());
    } else {
        let _ = writeln!(
            out,
            "\n{}: verify would skip {} ({}), see above{later}",
            style("missing").red().bold(),
            crate::verify::report::plural(missing.len(), "language"),
            missing.join(", ")
        );
    }
    (out, missing.is_empty())
}

/// Two or three lines for a language: its state and toolchain, then its dependencies.
fn render(lang: &Language, finding: &Finding, deps_dir: &Path) -> String {
    let mut out = String::new();
    let (label, toolchain) = match (&finding.toolchain_problem, &finding.version) {
        (Some(problem), _) => (style("missing").red().bold(), problem.clone()),
        (None, version) => {
            let version = version.clone().unwrap_or_default();
            let needs =
                lang.toolchain.min_version.as_ref().map(|m| format!(" (needs {m} or later)")).unwrap_or_default();
            let label = match finding.deps {
                DepsState::Missing | DepsState::Broken(_) => style("missing").red().bold(),
                DepsState::NotSetUp => style("to set up").yellow().bold(),
                DepsState::NoDeps | DepsState::Ready(_) => style("ok").green().bold(),
            };
            (label, format!("{version}{needs}"))
        }
    };
    let _ = writeln!(out, "{:<9} {:<10} {:<22} {toolchain}", label, lang.id, lang.name);
    let Some(deps) = &lang.deps else {
        return out;
    };
    let indent = " ".repeat(10);
    let line = match &finding.deps {
        _ if finding.toolchain_problem.is_some() => return out,
        DepsState::NoDeps => return out,
        DepsState::Ready(versions) if versions.is_empty() => {
            format!("dependencies: installed in {}", deps_dir.display())
        }
        DepsState::Ready(versions) => {
            let list: Vec<String> = versions.iter().map(|d| format!("{} {}", d.name, d.version)).collect();
            format!("dependencies: {}", list.join(", "))
        }
        DepsState::NotSetUp => {
            format!("dependencies: not set up in {} yet; {}", deps_dir.display(), deps.install_hint)
        }
        DepsState::Missing => format!("dependencies: missing; {}", deps.install_hint),
        DepsState::Broken(err) => format!("dependencies: cannot be checked: {err}"),
    };
    let _ = writeln!(out, "{indent}{line}");
    out
}

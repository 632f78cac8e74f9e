//! Before a language's cells run, its shared dependencies (a virtualenv, a node_modules, a Maven
//! classpath) must be in place in `{{deps}}`: set up once per cache and redone only when what
//! they are made from changes. (The plan has already checked that the toolchain is on PATH.)
//!
//! Dependencies that are simply absent and that snippetgen cannot install (Debian packages) skip
//! the language's cells, with the install hint; a set-up that ran and failed is an error of the
//! environment (the network, a bad pin), never a skip and never the snippet's fault.

use std::collections::BTreeMap;

use std::time::Duration;

use anyhow::Result;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::activity;
use super::outcome::{Check, Stop};
use super::process::{self, Child, Spec, Waited};
use super::report::Dependency;
use super::sandbox::Contain;
use crate::language::{Arg, Language};
use crate::project::Project;

/// How long one dependency set-up command may take (a first Maven resolve is slow).
const SETUP_TIMEOUT: Duration = Duration::from_secs(900);

/// A placeholder for `{{deps}}` in the stamp, so that the stamp does not depend on where the
/// cache is: a cache directory can be moved or shared.
const DEPS_PLACEHOLDER: &str = "$SNIPPETGEN_DEPS";

/// Checks the shared dependencies, installing them if the descriptor says how.
pub fn prepare(project: &Project, lang: &Language, deps_dir: &std::path::Path) -> Result<(), Stop> {
    let skip = |detail: String| Err(Stop::skipped(Check::Deps, detail));
    let Some(deps) = &lang.deps else {
        return Ok(());
    };
    let vars = json!({ "deps": deps_dir.display().to_string() });
    let render_all = |arg: Arg, argv: &[String]| -> Result<Vec<String>> {
        argv.iter().map(|a| project.render_arg(lang, arg, a, &vars)).collect()
    };
    let env: BTreeMap<String, String> = match deps
        .env
        .iter()
        .map(|(k, v)| Ok((k.clone(), project.render_arg(lang, Arg::DepsEnv, v, &vars)?)))
        .collect::<Result<_>>()
    {
        Ok(env) => env,
        Err(err) => return Err(Stop::fail(Check::Deps, format!("{err:#}"), None)),
    };
    let scratch = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(err) => return Err(Stop::error(Check::Deps, format!("cannot create a temp dir: {err}"))),
    };
    let _activity = activity::begin("checking", lang.id.as_str());
    let run = |argv: Vec<String>, name: &str, timeout: Duration| -> Result<(), String> {
        if name.starts_with("setup") {
            activity::phase("setting up", Some(&activity::command(&argv)));
        }
        let log = scratch.path().join(format!("{name}.log"));
        let spec = Spec { argv: &argv, dir: deps_dir, env: &env, log: &log, contain: Contain::Namespace };
        let child = Child::start(&spec).map_err(|e| format!("{e:#}"))?;
        match child.wait(timeout) {
            Waited::Exited(Some(0)) => Ok(()),
            Waited::Exited(code) => Err(format!(
                "`{}` exited with {}: {}",
                argv.join(" "),
                code.map_or("a signal".into(), |c| format!("status {c}")),
                process::tail(&log, 5)
            )),
            Waited::TimedOut => Err(format!("`{}` timed out", argv.join(" "))),
            Waited::Interrupted => Err("interrupted".into()),
        }
    };
    // Ok(true): ready; Ok(false): absent and nothing to set it up with; Err: the set-up failed.
    let attempt = || -> Result<bool, String> {
        std::fs::create_dir_all(deps_dir).map_err(|e| format!("cannot create {}: {e}", deps_dir.display()))?;
        // One run at a time sets a language up: a second one waits, then finds it done. The
        // lock file is beside the deps dir, which a set-up may clear; the kernel drops the
        // lock when its holder dies.
        let lock_path = deps_dir.with_extension("lock");
        let mut lock_file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| format!("cannot open {}: {e}", lock_path.display()))?;
        let _lock = loop {
            use nix::fcntl::{Flock, FlockArg};
            match Flock::lock(lock_file, FlockArg::LockExclusiveNonblock) {
                Ok(lock) => break lock,
                Err((file, nix::errno::Errno::EWOULDBLOCK)) => {
                    activity::phase("waiting for", Some("another run is setting it up"));
                    lock_file = file
                }
                Err((_, err)) => return Err(format!("cannot lock {}: {err}", lock_path.display())),
            }
            if process::interrupted() {
                return Err("interrupted".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        let check = render_all(Arg::DepsCheck, &deps.check).map_err(|e| format!("{e:#}"))?;
        let mut files = Vec::new();
        for file in &deps.files {
            let text = project.render_file(&file.template, lang, None, "").map_err(|e| format!("{e:#}"))?;
            files.push((file.path.clone(), text));
        }
        // The set-up is redone when what it was made from changes (a version bump, say).
        let stamp_path = deps_dir.join(".snippetgen-deps");
        let stamp = stamp_of(deps, &files, &deps_dir.display().to_string());
        let stamp_ok = deps.setup.is_empty() || std::fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp);
        if stamp_ok && run(check.clone(), "check", Duration::from_secs(120)).is_ok() {
            return Ok(true);
        }
        if deps.setup.is_empty() {
            return Ok(false);
        }
        let _ = std::fs::remove_file(&stamp_path);
        for (path, text) in &files {
            crate::files::write_file(&deps_dir.join(path), text).map_err(|e| format!("{e:#}"))?;
        }
        for (i, argv) in deps.setup.iter().enumerate() {
            run(render_all(Arg::DepsSetup, argv).map_err(|e| format!("{e:#}"))?, &format!("setup-{i}"), SETUP_TIMEOUT)?;
        }
        run(check, "recheck", Duration::from_secs(120))?;
        std::fs::write(&stamp_path, stamp).map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))?;
        Ok(true)
    };
    match attempt() {
        Ok(true) => {
            record_versions(deps, deps_dir, &|argv| render_all(Arg::DepsVersions, argv), &|argv| {
                let log = scratch.path().join("versions.log");
                let child = Child::start(&Spec {
                    argv: &argv,
                    dir: deps_dir,
                    env: &env,
                    log: &log,
                    contain: Contain::Namespace,
                })
                .ok()?;
                match child.wait(Duration::from_secs(60)) {
                    Waited::Exited(Some(0)) => std::fs::read_to_string(&log).ok(),
                    _ => None,
                }
            });
            Ok(())
        }
        Ok(false) => skip(format!("dependencies are missing; {}", deps.install_hint)),
        Err(detail) => Err(Stop::error(
            Check::Deps,
            format!("setting up the dependencies failed: {detail}; {}", deps.install_hint),
        )),
    }
}

/// What `doctor` finds of a language's dependencies in a cache, without setting anything up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DepsState {
    /// The descriptor has no `[deps]`.
    NoDeps,
    /// Present, with the versions installed (empty when the descriptor cannot tell).
    Ready(Vec<Dependency>),
    /// Not set up in this cache (or set up from what has changed since): verify sets them up.
    NotSetUp,
    /// Absent, and snippetgen cannot install them: verify skips the language's cells.
    Missing,
    /// The descriptor's commands or files cannot be rendered.
    Broken(String),
}

/// Checks the dependencies as `prepare` would, but installs nothing and writes nothing.
pub fn state(project: &Project, lang: &Language, deps_dir: &std::path::Path) -> DepsState {
    let Some(deps) = &lang.deps else {
        return DepsState::NoDeps;
    };
    let vars = json!({ "deps": deps_dir.display().to_string() });
    let render_all = |arg: Arg, argv: &[String]| -> Result<Vec<String>> {
        argv.iter().map(|a| project.render_arg(lang, arg, a, &vars)).collect()
    };
    let rendered = (|| -> Result<_> {
        let env: BTreeMap<String, String> = deps
            .env
            .iter()
            .map(|(k, v)| Ok((k.clone(), project.render_arg(lang, Arg::DepsEnv, v, &vars)?)))
            .collect::<Result<_>>()?;
        let files = deps
            .files
            .iter()
            .map(|f| Ok((f.path.clone(), project.render_file(&f.template, lang, None, "")?)))
            .collect::<Result<Vec<_>>>()?;
        Ok((env, files, render_all(Arg::DepsCheck, &deps.check)?, render_all(Arg::DepsVersions, &deps.versions)?))
    })();
    let (env, files, check, versions) = match rendered {
        Ok(parts) => parts,
        Err(err) => return DepsState::Broken(format!("{err:#}")),
    };
    let stamp = stamp_of(deps, &files, &deps_dir.display().to_string());
    let stamp_path = deps_dir.join(".snippetgen-deps");
    if !deps.setup.is_empty() && std::fs::read_to_string(&stamp_path).ok().as_deref() != Some(stamp.as_str()) {
        return DepsState::NotSetUp;
    }
    let Ok(scratch) = tempfile::tempdir() else {
        return DepsState::Broken("cannot create a temp dir".into());
    };
    // Dependencies without a set-up (Debian packages) need no dir of their own.
    let dir = if deps_dir.is_dir() { deps_dir } else { scratch.path() };
    let run = |argv: &[String], name: &str| -> Option<String> {
        let log = scratch.path().join(format!("{name}.log"));
        let child = Child::start(&Spec { argv, dir, env: &env, log: &log, contain: Contain::Namespace }).ok()?;
        match child.wait(Duration::from_secs(120)) {
            Waited::Exited(Some(0)) => Some(std::fs::read_to_string(&log).unwrap_or_default()),
            _ => None,
        }
    };
    if run(&check, "check").is_none() {
        return if deps.setup.is_empty() { DepsState::Missing } else { DepsState::NotSetUp };
    }
    let recorded: Option<Versions> =
        std::fs::read(deps_dir.join(VERSIONS_FILE)).ok().and_then(|t| serde_json::from_slice(&t).ok());
    match recorded {
        Some(v)
            if v.stamp == std::fs::read_to_string(&stamp_path).unwrap_or_default() && !v.dependencies.is_empty() =>
        {
            DepsState::Ready(v.dependencies)
        }
        _ if versions.is_empty() => DepsState::Ready(Vec::new()),
        _ => DepsState::Ready(run(&versions, "versions").map(|t| parse_versions(&t)).unwrap_or_default()),
    }
}

/// Where the installed versions are kept, beside the stamp of what they were read for.
const VERSIONS_FILE: &str = ".snippetgen-versions.json";

#[derive(serde::Serialize, serde::Deserialize)]
struct Versions {
    stamp: String,
    dependencies: Vec<Dependency>,
}

/// Reads the installed versions once per set-up (the `[deps] versions` command), so that every
/// run can report them without running anything.
fn record_versions(
    deps: &crate::language::Deps,
    deps_dir: &std::path::Path,
    render_versions: &dyn Fn(&[String]) -> Result<Vec<String>>,
    run: &dyn Fn(Vec<String>) -> Option<String>,
) {
    if deps.versions.is_empty() {
        return;
    }
    let stamp = std::fs::read_to_string(deps_dir.join(".snippetgen-deps")).unwrap_or_default();
    let path = deps_dir.join(VERSIONS_FILE);
    let current: Option<Versions> = std::fs::read(&path).ok().and_then(|t| serde_json::from_slice(&t).ok());
    if current.is_some_and(|v| v.stamp == stamp && !v.dependencies.is_empty()) {
        return;
    }
    let Some(text) = render_versions(&deps.versions).ok().and_then(run) else { return };
    let versions = Versions { stamp, dependencies: parse_versions(&text) };
    let _ = super::cache::write_atomically(&path, &serde_json::to_vec(&versions).expect("serializes"));
}

/// `name version` lines; a `v` before the version is dropped, lines naming a local path are not
/// dependencies (cargo tree's root package).
fn parse_versions(text: &str) -> Vec<Dependency> {
    text.lines()
        .filter(|line| !line.contains(" (/"))
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let (name, version) = (words.next()?, words.next()?);
            let version = version.strip_prefix('v').unwrap_or(version);
            version
                .starts_with(|c: char| c.is_ascii_digit())
                .then(|| Dependency { name: name.into(), version: version.into() })
        })
        .collect()
}

/// The dependencies installed in `deps_dir`, as last read; empty when unknown.
pub fn installed(deps_dir: &std::path::Path) -> Vec<Dependency> {
    let read: Option<Versions> =
        std::fs::read(deps_dir.join(VERSIONS_FILE)).ok().and_then(|t| serde_json::from_slice(&t).ok());
    read.map(|v| v.dependencies).unwrap_or_default()
}

/// What the dependencies are made from: the descriptor's `[deps]` and the files' paths and texts,
/// with the cache's own path taken out.
fn stamp_of(deps: &crate::language::Deps, files: &[(String, String)], deps_dir: &str) -> String {
    let files: Vec<(&str, String)> =
        files.iter().map(|(p, t)| (p.as_str(), t.replace(deps_dir, DEPS_PLACEHOLDER))).collect();
    format!("{:x}", Sha256::digest(serde_json::to_vec(&(deps, &files)).expect("serializes")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn installed_versions_are_read_from_name_version_lines() {
        let text = "flask 3.1.3\nsnippetgen-axum v0.1.0 (/cache/deps/axum)\naxum v0.8.9\nwarning: something\n\n";
        let got: Vec<(String, String)> = parse_versions(text).into_iter().map(|d| (d.name, d.version)).collect();
        assert_eq!(got, [("flask".to_string(), "3.1.3".to_string()), ("axum".into(), "0.8.9".into())]);
    }

    #[test]
    fn the_stamp_does_not_depend_on_where_the_cache_is() {
        let project = Project::load(&Default::default()).unwrap();
        let lang = project.language("spring").unwrap();
        let deps = lang.deps.as_ref().unwrap();
        let render = |dir: &str| -> Vec<(String, String)> {
            let files =
                deps.files.iter().map(|f| (f.path.clone(), project.render_file(&f.template, lang, None, "").unwrap()));
            files.map(|(p, t)| (p, format!("{t}\n<!-- {dir} -->"))).collect()
        };
        let here = stamp_of(deps, &render("/a/cache/deps/spring"), "/a/cache/deps/spring");
        let there = stamp_of(deps, &render("/b/elsewhere/deps/spring"), "/b/elsewhere/deps/spring");
        assert_eq!(here, there);
        let mut changed = deps.clone();
        changed.install_hint.push('!');
        assert_ne!(stamp_of(&changed, &render("/a"), "/a"), here);
    }
}

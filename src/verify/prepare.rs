//! Before a language's cells run: its toolchain must be on PATH, and its shared dependencies
//! (a virtualenv, a node_modules, a Maven classpath) must be in place in `{{deps}}`, set up once
//! per cache and redone only when what they are made from changes.

use std::collections::BTreeMap;

use std::time::Duration;

use anyhow::Result;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::process::{self, Child, Spec, Waited};
use crate::language::Language;
use crate::render::Project;

/// How long one dependency set-up command may take (a first Maven resolve is slow).
const SETUP_TIMEOUT: Duration = Duration::from_secs(900);

/// Why a language's cells cannot run: the check that failed and what to do about it.
pub struct Missing {
    pub check: String,
    pub detail: String,
}

/// Checks the toolchain and the shared dependencies, installing the dependencies if the
/// descriptor says how.
pub fn prepare(project: &Project, lang: &Language, deps_dir: &std::path::Path) -> Result<(), Missing> {
    let skip = |check: &str, detail: String| Err(Missing { check: check.to_string(), detail });
    if let Some(missing) = lang.toolchain.commands.iter().find(|c| process::which(c).is_none()) {
        return skip("toolchain", format!("`{missing}` is not installed; {}", lang.toolchain.install_hint));
    }
    let Some(deps) = &lang.deps else {
        return Ok(());
    };
    let vars = json!({ "deps": deps_dir.display().to_string() });
    let render_all = |argv: &[String]| -> Result<Vec<String>> {
        argv.iter().map(|a| project.render_arg(a, &vars)).collect()
    };
    let env: BTreeMap<String, String> = match deps
        .env
        .iter()
        .map(|(k, v)| Ok((k.clone(), project.render_arg(v, &vars)?)))
        .collect::<Result<_>>()
    {
        Ok(env) => env,
        Err(err) => return skip("deps", format!("{err:#}")),
    };
    let scratch = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(err) => return skip("deps", format!("cannot create a temp dir: {err}")),
    };
    let run = |argv: Vec<String>, name: &str, timeout: Duration| -> Result<(), String> {
        let log = scratch.path().join(format!("{name}.log"));
        let spec = Spec { argv: &argv, dir: deps_dir, env: &env, log: &log };
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
    let attempt = || -> Result<(), String> {
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
                Err((file, nix::errno::Errno::EWOULDBLOCK)) => lock_file = file,
                Err((_, err)) => return Err(format!("cannot lock {}: {err}", lock_path.display())),
            }
            if process::interrupted() {
                return Err("interrupted".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        let check = render_all(&deps.check).map_err(|e| format!("{e:#}"))?;
        let mut files = Vec::new();
        for file in &deps.files {
            let text = project.render_file(&file.template, lang, None, "").map_err(|e| format!("{e:#}"))?;
            files.push((deps_dir.join(&file.path), text));
        }
        // The set-up is redone when what it was made from changes (a version bump, say).
        let stamp_path = deps_dir.join(".snippetgen-deps");
        let stamp = format!("{:x}", Sha256::digest(serde_json::to_vec(&(deps, &files)).expect("serializes")));
        let stamp_ok = deps.setup.is_empty() || std::fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp);
        if stamp_ok && run(check.clone(), "check", Duration::from_secs(120)).is_ok() {
            return Ok(());
        }
        if deps.setup.is_empty() {
            return Err(format!("`{}` failed", check.join(" ")));
        }
        let _ = std::fs::remove_file(&stamp_path);
        for (path, text) in &files {
            crate::generate::write_file(path, text).map_err(|e| format!("{e:#}"))?;
        }
        for (i, argv) in deps.setup.iter().enumerate() {
            run(render_all(argv).map_err(|e| format!("{e:#}"))?, &format!("setup-{i}"), SETUP_TIMEOUT)?;
        }
        run(check, "recheck", Duration::from_secs(120))?;
        std::fs::write(&stamp_path, stamp).map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))
    };
    attempt().or_else(|detail| skip("deps", format!("dependencies are missing ({detail}); {}", deps.install_hint)))
}



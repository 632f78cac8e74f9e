//! Containment: the walls the kernel puts around every process verify starts, chosen once per
//! run. Where bubblewrap can make namespaces, each child runs in a PID namespace of its own,
//! whose init takes every process of it down when the child ends, however it ends
//! (`--die-with-parent` covers verify itself being killed with SIGKILL); a cell's build steps
//! and servers also get the sandbox: the file system read-only except the cell's work dir (and,
//! for build steps, the language's dependency cache, where compilers keep their caches), a
//! private /tmp, and a network namespace with only loopback, which the probes enter to reach the
//! server. Without namespaces, each child is the leader of its own process group with
//! PR_SET_PDEATHSIG, and survivors are found by the marker every child inherits in its
//! environment.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The environment variable every child of verify inherits, naming its group: it finds the
/// processes that left their group (`setsid`, a double fork).
pub const MARKER: &str = "SNIPPETGEN_PROCESS_GROUP";

/// How processes are contained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Containment {
    /// A PID namespace per child, and for cells a read-only file system and a network of their own.
    Sandbox,
    /// A PID namespace per child (`--no-sandbox`, or where network namespaces are refused).
    PidNamespace,
    /// Process groups with PR_SET_PDEATHSIG, where no namespace can be made.
    ProcessGroups,
}

impl Containment {
    /// A stable name, for the cache key and reports.
    pub fn name(self) -> &'static str {
        match self {
            Containment::Sandbox => "sandbox",
            Containment::PidNamespace => "pid-namespace",
            Containment::ProcessGroups => "process-groups",
        }
    }

    /// What it means, for doctor.
    pub fn describe(self) -> &'static str {
        match self {
            Containment::Sandbox => {
                "sandbox (bubblewrap): a PID namespace per process verify starts; cells see the file \
                 system read-only except their work dir, a private /tmp, and a network with only loopback"
            }
            Containment::PidNamespace => {
                "PID namespaces (bubblewrap): every process a cell starts ends with it; no file-system \
                 or network sandbox"
            }
            Containment::ProcessGroups => {
                "process groups with PR_SET_PDEATHSIG (bubblewrap cannot make namespaces here): a \
                 process that leaves its group is found and killed, but not if verify is killed first"
            }
        }
    }
}

static CHOSEN: OnceLock<Containment> = OnceLock::new();

/// Chooses this run's containment (once; later calls return the first choice).
pub fn choose(sandbox: bool) -> Containment {
    *CHOSEN.get_or_init(|| {
        // The tests prove the fallback on a machine that has namespaces.
        if std::env::var("SNIPPETGEN_TEST_CONTAINMENT").is_ok_and(|c| c == "process-groups") {
            return Containment::ProcessGroups;
        }
        let best = available();
        if !sandbox && best == Containment::Sandbox {
            Containment::PidNamespace
        } else {
            best
        }
    })
}

/// This run's containment: process groups until `choose` was called (doctor's and the toolchain
/// probes of a command other than verify).
pub fn current() -> Containment {
    CHOSEN.get().copied().unwrap_or(Containment::ProcessGroups)
}

/// The best containment this machine allows, found by trying bubblewrap.
pub fn available() -> Containment {
    static AVAILABLE: OnceLock<Containment> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        let Some(bwrap) = super::process::which("bwrap") else {
            return Containment::ProcessGroups;
        };
        let pid_only = ["--die-with-parent", "--unshare-pid", "--dev-bind", "/", "/", "true"];
        if !runs(&bwrap, &pid_only) {
            return Containment::ProcessGroups;
        }
        if sandbox_reachable(&bwrap) {
            Containment::Sandbox
        } else {
            Containment::PidNamespace
        }
    })
}

/// Whether bwrap runs these arguments to a successful exit within a few seconds.
fn runs(bwrap: &Path, args: &[&str]) -> bool {
    use std::process::{Command, Stdio};
    let Ok(mut child) =
        Command::new(bwrap).args(args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn()
    else {
        return false;
    };
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(2)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

/// Whether a sandbox can be made and its network entered (setns needs privileges that an
/// unprivileged user namespace does not give over it).
fn sandbox_reachable(bwrap: &Path) -> bool {
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    let scratch = std::env::temp_dir();
    let jail = Jail { work: scratch, ..Jail::default() };
    let mut argv = wrap_as(Containment::Sandbox, &["sleep".to_string(), "5".to_string()], Contain::Sandbox(&jail));
    argv[0] = bwrap.to_string_lossy().into_owned();
    let Ok(mut child) = Command::new(&argv[0])
        .args(&argv[1..])
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return false;
    };
    let ok = network_of(child.id() as i32, &mut || child.try_wait().ok().flatten().is_some())
        .is_some_and(|ns| enter(&ns).is_ok());
    // The whole group: bwrap's init may not yet have asked to die with its parent.
    let _ = nix::sys::signal::killpg(nix::unistd::Pid::from_raw(child.id() as i32), nix::sys::signal::Signal::SIGKILL);
    let _ = child.wait();
    ok
}

/// What a sandboxed child may write: its work dir (its current directory) and `writable`; what
/// it may read beyond the read-only root: `readable` (the dependency cache, which may lie under
/// the /tmp the sandbox replaces). Paths are bound where they are named, links and all.
#[derive(Debug, Clone, Default)]
pub struct Jail {
    pub work: PathBuf,
    pub writable: Vec<PathBuf>,
    pub readable: Vec<PathBuf>,
}

/// How much of the containment a child gets, at most: what this run's containment allows.
#[derive(Debug, Clone, Copy)]
pub enum Contain<'a> {
    /// Its own process group only: a toolchain's version probe, which runs with a timeout and
    /// whose JVM would otherwise be PID 2 beside other JVMs that are PID 2 too, sharing /tmp's
    /// perf-data files and warning about it on the line the version is read from.
    Group,
    /// A PID namespace: dependency setup (it needs the network and the user's caches).
    Namespace,
    /// The sandbox: a cell's build steps and servers.
    Sandbox(&'a Jail),
}

/// The command line that runs `argv` contained as this run's containment and `contain` say.
pub fn wrap(argv: &[String], contain: Contain) -> Vec<String> {
    wrap_as(current(), argv, contain)
}

/// What a child asking for `contain` gets under this run's `containment`: the lesser of the two.
pub fn effective(containment: Containment, contain: Contain) -> Containment {
    match (containment, contain) {
        (Containment::ProcessGroups, _) | (_, Contain::Group) => Containment::ProcessGroups,
        (Containment::PidNamespace, _) | (_, Contain::Namespace) => Containment::PidNamespace,
        (Containment::Sandbox, Contain::Sandbox(_)) => Containment::Sandbox,
    }
}

fn wrap_as(containment: Containment, argv: &[String], contain: Contain) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let push = |out: &mut Vec<String>, args: &[&str]| out.extend(args.iter().map(|a| a.to_string()));
    match (effective(containment, contain), contain) {
        (Containment::ProcessGroups, _) => return argv.to_vec(),
        (Containment::PidNamespace, _) | (Containment::Sandbox, Contain::Group | Contain::Namespace) => {
            push(&mut out, &["bwrap", "--die-with-parent", "--unshare-pid", "--dev-bind", "/", "/"]);
        }
        (Containment::Sandbox, Contain::Sandbox(jail)) => {
            push(&mut out, &["bwrap", "--die-with-parent", "--unshare-pid", "--unshare-net", "--unshare-ipc"]);
            push(&mut out, &["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]);
            // After the private /tmp, so that what lies under /tmp is bound on top of it.
            for dir in &jail.readable {
                let dir = dir.to_string_lossy();
                push(&mut out, &["--ro-bind", &dir, &dir]);
            }
            for dir in jail.writable.iter().chain([&jail.work]) {
                let dir = dir.to_string_lossy();
                push(&mut out, &["--bind", &dir, &dir]);
            }
            push(&mut out, &["--setenv", "TMPDIR", "/tmp", "--chdir", &jail.work.to_string_lossy()]);
        }
    }
    out.push("--".into());
    out.extend(argv.iter().cloned());
    out
}

/// The network namespace of the sandbox whose outer bwrap is `pid`: that of its child, once it
/// has one. `gone` says whether bwrap has exited (then there is none).
pub fn network_of(pid: i32, gone: &mut dyn FnMut() -> bool) -> Option<File> {
    let deadline = Instant::now() + Duration::from_secs(5);
    let own = std::fs::metadata("/proc/self/ns/net").ok().map(|m| std::os::unix::fs::MetadataExt::ino(&m));
    loop {
        let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
        for child in children.split_whitespace() {
            let path = format!("/proc/{child}/ns/net");
            let ino = std::fs::metadata(&path).ok().map(|m| std::os::unix::fs::MetadataExt::ino(&m));
            if ino.is_some() && ino != own {
                if let Ok(file) = File::open(&path) {
                    return Some(file);
                }
            }
        }
        if gone() || Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// The current thread is in another network namespace until this is dropped.
pub struct InNetwork {
    home: File,
}

/// Moves the current thread into the network namespace `ns` (its sockets are made there).
pub fn enter(ns: &File) -> std::io::Result<InNetwork> {
    use nix::sched::{setns, CloneFlags};
    let home = File::open("/proc/thread-self/ns/net")?;
    setns(ns, CloneFlags::CLONE_NEWNET).map_err(std::io::Error::from)?;
    Ok(InNetwork { home })
}

impl Drop for InNetwork {
    fn drop(&mut self) {
        use nix::sched::{setns, CloneFlags};
        // Cannot fail for the namespace the thread came from; if it did, no socket of this
        // thread could reach the host's loopback, which the next probe would report.
        let _ = setns(&self.home, CloneFlags::CLONE_NEWNET);
    }
}

/// The processes of this machine whose environment carries `MARKER=group` and that are not in
/// the process group `pgid`: those that left it. Each as "PID command line".
pub fn left_the_group(group: &str, pgid: i32) -> Vec<(i32, String)> {
    let needle = format!("{MARKER}={group}");
    let mut found = Vec::new();
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return found;
    };
    for entry in procs.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else {
            continue;
        };
        let Ok(environ) = std::fs::read(format!("/proc/{pid}/environ")) else {
            continue;
        };
        if !environ.split(|&b| b == 0).any(|var| var == needle.as_bytes()) {
            continue;
        }
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let Some((_, rest)) = stat.rsplit_once(')') else {
            continue;
        };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        // State, ppid, pgrp: a zombie is already gone.
        if fields.first() == Some(&"Z") || fields.get(2).and_then(|g| g.parse::<i32>().ok()) == Some(pgid) {
            continue;
        }
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let cmdline: Vec<String> = cmdline
            .split(|&b| b == 0)
            .filter(|a| !a.is_empty())
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect();
        found.push((pid, cmdline.join(" ")));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_cell_gets_the_whole_sandbox_and_a_probe_of_the_toolchain_a_pid_namespace() {
        let jail = Jail {
            work: PathBuf::from("/nonexistent/work"),
            writable: vec![PathBuf::from("/nonexistent/deps")],
            readable: vec![PathBuf::from("/nonexistent/ro")],
        };
        let argv = wrap_as(Containment::Sandbox, &args(&["node", "server.js"]), Contain::Sandbox(&jail)).join(" ");
        assert!(argv.starts_with("bwrap --die-with-parent --unshare-pid --unshare-net"), "{argv}");
        assert!(argv.contains("--ro-bind / / --dev /dev --proc /proc --tmpfs /tmp"), "{argv}");
        let tmpfs = argv.find("--tmpfs /tmp").unwrap();
        let work = argv.find("--bind /nonexistent/work /nonexistent/work").unwrap();
        assert!(tmpfs < work && argv.contains("--bind /nonexistent/deps /nonexistent/deps"), "{argv}");
        assert!(tmpfs < argv.find("--ro-bind /nonexistent/ro /nonexistent/ro").unwrap(), "{argv}");
        assert!(argv.ends_with("--chdir /nonexistent/work -- node server.js"), "{argv}");
        let probe = wrap_as(Containment::Sandbox, &args(&["go", "mod", "download"]), Contain::Namespace).join(" ");
        assert_eq!(probe, "bwrap --die-with-parent --unshare-pid --dev-bind / / -- go mod download");
        let no_sandbox =
            wrap_as(Containment::PidNamespace, &args(&["go", "mod", "download"]), Contain::Sandbox(&jail)).join(" ");
        assert_eq!(no_sandbox, probe);
        assert_eq!(
            wrap_as(Containment::ProcessGroups, &args(&["go", "version"]), Contain::Sandbox(&jail)),
            args(&["go", "version"])
        );
        assert_eq!(wrap_as(Containment::Sandbox, &args(&["go", "version"]), Contain::Group), args(&["go", "version"]));
    }
}

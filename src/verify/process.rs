//! Child processes for verify: each runs in its own process group, with a timeout. On timeout,
//! on SIGINT, SIGTERM, SIGHUP (the terminal closed) or SIGQUIT, and when a server is done, the whole group gets SIGTERM, a grace
//! period, then SIGKILL (as cargo-nextest does), so no process verify started outlives it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;

/// How long a process group has to exit after SIGTERM before it gets SIGKILL.
pub const GRACE: Duration = Duration::from_secs(2);
const POLL: Duration = Duration::from_millis(10);

static LIVE_GROUPS: Mutex<BTreeSet<i32>> = Mutex::new(BTreeSet::new());
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// The signal that interrupted the run, for the exit status (128 + its number).
static SIGNAL: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into an orderly stop: every live group is
/// terminated, and workers see `interrupted()` and start nothing new. (Left to their default,
/// SIGHUP and SIGQUIT would end snippetgen at once and orphan its servers.)
pub fn install_signal_handler() -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    static ONCE: Once = Once::new();
    let mut result = Ok(());
    ONCE.call_once(|| {
        match signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT]) {
            Ok(mut signals) => {
                std::thread::spawn(move || {
                    for signal in signals.forever() {
                        let _ = SIGNAL.compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
                        INTERRUPTED.store(true, Ordering::SeqCst);
                        let groups: Vec<i32> = LIVE_GROUPS.lock().unwrap().iter().copied().collect();
                        for pgid in groups {
                            let _ = killpg(Pid::from_raw(pgid), Signal::SIGTERM);
                        }
                    }
                });
            }
            Err(err) => result = Err(err).context("cannot install the signal handler"),
        }
    });
    result
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// The exit status for an interrupted run: 128 + the signal's number (130 for Ctrl-C).
pub fn interrupted_exit_code() -> u8 {
    128 + SIGNAL.load(Ordering::SeqCst).clamp(0, 127) as u8
}

/// A command to run: program, arguments, directory, environment, output file.
pub struct Spec<'a> {
    pub argv: &'a [String],
    pub dir: &'a Path,
    pub env: &'a BTreeMap<String, String>,
    pub log: &'a Path,
}

/// A running child, leader of its own process group.
pub struct Child {
    handle: duct::Handle,
    pgid: i32,
    finished: bool,
}

impl Child {
    pub fn start(spec: &Spec) -> Result<Child> {
        let (program, args) = spec.argv.split_first().context("empty command")?;
        let log = File::create(spec.log).with_context(|| format!("cannot create {}", spec.log.display()))?;
        // A relative path such as `./server` means the work directory's program.
        // (duct takes a `Path` as a path and a string as a name to look up on PATH.)
        let program: std::ffi::OsString =
            if program.contains('/') { spec.dir.join(program).into() } else { program.into() };
        // duct applies the outermost redirection first: join stderr to stdout, then send both
        // to the log.
        let mut expression = duct::cmd(&program, args)
            .dir(spec.dir)
            .stdin_null()
            .stderr_to_stdout()
            .stdout_file(log)
            .unchecked()
            .before_spawn(|command| {
                command.process_group(0);
                Ok(())
            });
        for (key, value) in spec.env {
            expression = expression.env(key, value);
        }
        // Register before the group can exist, so that an interrupt never misses it.
        let mut live = LIVE_GROUPS.lock().unwrap();
        let handle = expression.start().with_context(|| format!("cannot start `{}`", program.to_string_lossy()))?;
        let pgid = handle.pids()[0] as i32;
        live.insert(pgid);
        drop(live);
        Ok(Child { handle, pgid, finished: false })
    }

    /// The process group's id (the leader's pid).
    pub fn pgid(&self) -> i32 {
        self.pgid
    }

    /// The exit code if the leader has exited (None for a signal), without waiting.
    pub fn try_exit(&mut self) -> Option<Option<i32>> {
        match self.handle.try_wait() {
            Ok(Some(output)) => Some(output.status.code()),
            Ok(None) => None,
            Err(_) => Some(None),
        }
    }

    /// Waits for the leader to exit; on timeout or interrupt, terminates the group.
    pub fn wait(mut self, timeout: Duration) -> Waited {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(code) = self.try_exit() {
                self.terminate();
                return Waited::Exited(code);
            }
            if interrupted() {
                self.terminate();
                return Waited::Interrupted;
            }
            if Instant::now() >= deadline {
                self.terminate();
                return Waited::TimedOut;
            }
            std::thread::sleep(POLL);
        }
    }

    /// SIGTERM to the group, a grace period, then SIGKILL; reaps the leader. Idempotent.
    pub fn terminate(&mut self) {
        if self.finished {
            return;
        }
        self.finished = true;
        let group = Pid::from_raw(self.pgid);
        let _ = killpg(group, Signal::SIGTERM);
        let deadline = Instant::now() + GRACE;
        loop {
            let leader_done = self.try_exit().is_some();
            // The leader is reaped by try_exit, so kill(0) now sees only the rest of the group.
            if leader_done && killpg(group, None).is_err() {
                break;
            }
            if Instant::now() >= deadline {
                let _ = killpg(group, Signal::SIGKILL);
                let _ = self.handle.wait();
                break;
            }
            std::thread::sleep(POLL);
        }
        LIVE_GROUPS.lock().unwrap().remove(&self.pgid);
    }
}

impl Drop for Child {
    fn drop(&mut self) {
        self.terminate();
    }
}

pub enum Waited {
    Exited(Option<i32>),
    TimedOut,
    Interrupted,
}

/// The last lines of a log, for failure reports.
pub fn tail(log: &Path, max_lines: usize) -> String {
    let bytes = std::fs::read(log).unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(max_lines);
    lines[start..].join("\n")
}

/// Finds a program on PATH (or checks a path that contains a slash).
pub fn which(program: &str) -> Option<std::path::PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let executable = |p: &Path| p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false);
    if program.contains('/') {
        let p = Path::new(program);
        return executable(p).then(|| p.to_path_buf());
    }
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(program)).find(|p| executable(p))
}

/// Whether a process of group `pgid` holds the socket listening on `port` of this machine, from
/// /proc. A listener that answers on our port may be someone else's (a port taken between our
/// check and our server's bind): then our server will fail to bind and be retried. Where /proc
/// cannot tell, the answer is yes.
pub fn group_listens_on(pgid: i32, port: u16) -> bool {
    let inodes = listening_inodes(port);
    if inodes.is_empty() {
        return true;
    }
    let Ok(procs) = std::fs::read_dir("/proc") else { return true };
    for entry in procs.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else { continue };
        let in_group = std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|stat| stat.rsplit_once(')').map(|(_, rest)| rest.to_string()))
            .and_then(|rest| rest.split_whitespace().nth(2).and_then(|g| g.parse::<i32>().ok()))
            == Some(pgid);
        if !in_group {
            continue;
        }
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else { continue };
        for fd in fds.flatten() {
            let link = std::fs::read_link(fd.path()).unwrap_or_default();
            let link = link.to_string_lossy();
            if inodes.iter().any(|inode| link == format!("socket:[{inode}]")) {
                return true;
            }
        }
    }
    false
}

/// The inodes of the TCP sockets listening on `port`, IPv4 and IPv6.
fn listening_inodes(port: u16) -> Vec<String> {
    let mut inodes = Vec::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else { continue };
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            if fields.len() < 10 || fields[3] != "0A" {
                continue;
            }
            let local_port = fields[1].rsplit_once(':').and_then(|(_, p)| u16::from_str_radix(p, 16).ok());
            if local_port == Some(port) {
                inodes.push(fields[9].to_string());
            }
        }
    }
    inodes
}

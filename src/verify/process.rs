//! Child processes for verify: each runs in its own process group, with a timeout, contained as
//! `sandbox` chose (a PID namespace, and for a cell's steps and servers the sandbox). On timeout,
//! on SIGINT, SIGTERM, SIGHUP (the terminal closed) or SIGQUIT, and when a server is done, the
//! whole group gets SIGTERM, a grace period, then SIGKILL (as cargo-nextest does), so no process
//! verify started outlives it.
//!
//! A child's output is bounded: stdout and stderr share a pipe that a thread drains into the
//! log file, which never grows past `LOG_CAP` (it is rewritten with its last `LOG_KEEP` bytes),
//! and `tail` reads at most `LOG_KEEP` bytes of it and returns at most `TAIL_BYTES`. A server
//! that prints a gigabyte costs verify neither memory nor disk.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex, Once};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;

use super::sandbox::{self, Contain, Containment, InNetwork};

/// How long a process group has to exit after SIGTERM before it gets SIGKILL.
pub const GRACE: Duration = Duration::from_secs(2);
const POLL: Duration = Duration::from_millis(10);
/// The most a log file holds; past it, it is rewritten with its last `LOG_KEEP` bytes.
pub const LOG_CAP: u64 = 128 * 1024;
/// How much of the end of a log is kept on rotation and read by `tail`.
pub const LOG_KEEP: usize = 64 * 1024;
/// The most output a failure report carries: this many bytes of at most `TAIL_LINES` lines.
pub const TAIL_BYTES: usize = 4 * 1024;
pub const TAIL_LINES: usize = 20;
/// How long an exited child's output may take to reach its log (a grandchild that keeps the
/// pipe open is not waited for longer).
const DRAIN_WAIT: Duration = Duration::from_millis(500);

static LIVE_GROUPS: Mutex<BTreeSet<i32>> = Mutex::new(BTreeSet::new());
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// The signal that interrupted the run, for the exit status (128 + its number).
static SIGNAL: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into an orderly stop: every live group is
/// terminated, and workers see `interrupted()` and start nothing new; a second one kills every
/// group and exits at once. (Left to their default,
/// SIGHUP and SIGQUIT would end snippetgen at once and orphan its servers.)
pub fn install_signal_handler() -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    static ONCE: Once = Once::new();
    let mut result = Ok(());
    ONCE.call_once(|| match signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT]) {
        Ok(mut signals) => {
            std::thread::spawn(move || {
                for signal in signals.forever() {
                    let _ = SIGNAL.compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
                    let again = INTERRUPTED.swap(true, Ordering::SeqCst);
                    let groups: Vec<i32> = LIVE_GROUPS.lock().unwrap().iter().copied().collect();
                    // A second signal means now: every group gets SIGKILL and verify exits at
                    // once (its work dirs are removed by the next run).
                    let how = if again { Signal::SIGKILL } else { Signal::SIGTERM };
                    for pgid in groups {
                        let _ = killpg(Pid::from_raw(pgid), how);
                    }
                    if again {
                        eprintln!("interrupted again: stopped at once");
                        std::process::exit(i32::from(interrupted_exit_code()));
                    }
                }
            });
        }
        Err(err) => result = Err(err).context("cannot install the signal handler"),
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

/// A command to run: program, arguments, directory, environment, output file, and how it is
/// contained (a cell's steps and servers run in the sandbox).
pub struct Spec<'a> {
    pub argv: &'a [String],
    pub dir: &'a Path,
    pub env: &'a BTreeMap<String, String>,
    pub log: &'a Path,
    pub contain: Contain<'a>,
}

/// A running child, leader of its own process group.
pub struct Child {
    child: std::process::Child,
    pgid: i32,
    finished: bool,
    /// Closed (or sent to) when the log thread has written everything the pipe carried.
    drained: Option<mpsc::Receiver<()>>,
    /// The value of `sandbox::MARKER` this child and all its descendants inherit.
    group: String,
    /// How it is contained: the sandbox gives it a network of its own; process groups alone
    /// leave verify to kill what left the group.
    level: Containment,
    /// That network, once found.
    network: Option<File>,
}

impl Child {
    pub fn start(spec: &Spec) -> Result<Child> {
        let (program, args) = spec.argv.split_first().context("empty command")?;
        let log = File::create(spec.log).with_context(|| format!("cannot create {}", spec.log.display()))?;
        // A relative path such as `./server` means the work directory's program.
        let program =
            if program.contains('/') { spec.dir.join(program).to_string_lossy().into_owned() } else { program.clone() };
        // Orphans of our children come to us, not to the machine's init, which may reap them late
        // (a zombie still counts as a member of its process group) or never.
        static SUBREAPER: Once = Once::new();
        SUBREAPER.call_once(|| {
            let _ = nix::sys::prctl::set_child_subreaper(true);
        });
        let level = sandbox::effective(sandbox::current(), spec.contain);
        let argv = sandbox::wrap(&[vec![program], args.to_vec()].concat(), spec.contain);
        let (program, args) = argv.split_first().expect("a wrapped command is never empty");
        static GROUPS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let group = format!("{}.{}", std::process::id(), GROUPS.fetch_add(1, Ordering::SeqCst));
        // Both ends close on exec, so that no other child started meanwhile holds the pipe open;
        // the child gets its copies as stdout and stderr.
        let (reader, writer) =
            nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("cannot create a pipe for the output")?;
        let stderr = writer.try_clone().context("cannot duplicate the output pipe")?;
        let mut command = std::process::Command::new(program);
        command
            .args(args)
            .current_dir(spec.dir)
            .stdin(Stdio::null())
            .stdout(Stdio::from(writer))
            .stderr(Stdio::from(stderr))
            .process_group(0)
            .envs(spec.env)
            .env(sandbox::MARKER, &group);
        if level == Containment::ProcessGroups {
            // Without a PID namespace, the leader at least dies with the thread that started it.
            // SAFETY: prctl is async-signal-safe and touches no memory of the parent.
            unsafe {
                command.pre_exec(|| nix::sys::prctl::set_pdeathsig(Signal::SIGKILL).map_err(std::io::Error::from));
            }
        }
        // Register before the group can exist, so that an interrupt never misses it.
        let mut live = LIVE_GROUPS.lock().unwrap();
        let child = command.spawn().with_context(|| format!("cannot start `{program}`"))?;
        let pgid = child.id() as i32;
        live.insert(pgid);
        drop(live);
        // Our copies of the write end go with the command: the pipe ends when the group's do.
        drop(command);
        let (done, drained) = mpsc::channel();
        let path = spec.log.to_path_buf();
        std::thread::spawn(move || {
            drain(File::from(reader), log, &path);
            let _ = done.send(());
        });
        Ok(Child { child, pgid, finished: false, drained: Some(drained), group, level, network: None })
    }

    /// Moves the current thread into the child's network, if it has one of its own (the
    /// sandbox), until the returned guard is dropped: the probes reach its loopback there.
    pub fn enter_network(&mut self) -> Result<Option<InNetwork>> {
        if self.level != Containment::Sandbox {
            return Ok(None);
        }
        if self.network.is_none() {
            let pid = self.pgid;
            let child = &mut self.child;
            self.network = sandbox::network_of(pid, &mut || child.try_wait().ok().flatten().is_some());
        }
        match &self.network {
            Some(ns) => Ok(Some(sandbox::enter(ns).context("cannot enter the sandbox's network")?)),
            // The sandbox ended before it had a network: the caller sees the exit.
            None => Ok(None),
        }
    }

    /// The processes the child started that left its process group (`setsid`, a daemon's double
    /// fork), as "PID command": they would outlive it but for the PID namespace.
    pub fn escaped(&self) -> Vec<String> {
        sandbox::left_the_group(&self.group, self.pgid).into_iter().map(|(pid, cmd)| format!("{pid} `{cmd}`")).collect()
    }

    /// The process group's id (the leader's pid).
    pub fn pgid(&self) -> i32 {
        self.pgid
    }

    /// The exit code if the leader has exited (None for a signal), without waiting. Once it
    /// has exited, its output is in the log (up to a short wait for the log thread).
    pub fn try_exit(&mut self) -> Option<Option<i32>> {
        let exit = match self.child.try_wait() {
            Ok(Some(status)) => Some(status.code()),
            Ok(None) => None,
            Err(_) => Some(None),
        };
        if exit.is_some() {
            if let Some(drained) = self.drained.take() {
                let _ = drained.recv_timeout(DRAIN_WAIT);
            }
        }
        exit
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
            // The leader is reaped by try_exit, so kill(0) now sees only the rest of the group,
            // once the orphans of it that have exited (a sandbox's init) are reaped too.
            if leader_done {
                reap_group(self.pgid);
                if killpg(group, None).is_err() {
                    break;
                }
            }
            if Instant::now() >= deadline {
                let _ = killpg(group, Signal::SIGKILL);
                let _ = self.child.wait();
                let _ = self.try_exit();
                break;
            }
            std::thread::sleep(POLL);
        }
        if self.level == Containment::ProcessGroups {
            // No namespace took them down: what left the group is killed by hand (and reaped, as
            // our subreaper's orphans).
            for (pid, _) in sandbox::left_the_group(&self.group, self.pgid) {
                let _ = nix::sys::signal::kill(Pid::from_raw(pid), Signal::SIGKILL);
                let _ = nix::sys::wait::waitpid(Pid::from_raw(pid), None);
            }
        }
        reap_group(self.pgid);
        LIVE_GROUPS.lock().unwrap().remove(&self.pgid);
    }
}

impl Drop for Child {
    fn drop(&mut self) {
        self.terminate();
    }
}

/// Reaps the exited members of process group `pgid` that are our children (orphans that came to
/// us as their subreaper); the leader must have been reaped already, by its `Child`.
fn reap_group(pgid: i32) {
    use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
    while let Ok(status) = waitpid(Pid::from_raw(-pgid), Some(WaitPidFlag::WNOHANG)) {
        if status == WaitStatus::StillAlive {
            break;
        }
    }
}

pub enum Waited {
    Exited(Option<i32>),
    TimedOut,
    Interrupted,
}

/// Copies the child's output from the pipe to the log, keeping the file under `LOG_CAP`.
fn drain(mut pipe: File, mut log: File, path: &Path) {
    let mut chunk = vec![0u8; 16 * 1024];
    // The last `LOG_KEEP` bytes, for rewriting the file when it is full.
    let mut recent: Vec<u8> = Vec::with_capacity(2 * LOG_KEEP);
    let mut size: u64 = 0;
    loop {
        let n = match pipe.read(&mut chunk) {
            Ok(0) => return,
            Ok(n) => n,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return,
        };
        recent.extend_from_slice(&chunk[..n]);
        if recent.len() > 2 * LOG_KEEP {
            recent.drain(..recent.len() - LOG_KEEP);
        }
        if size + n as u64 <= LOG_CAP {
            if log.write_all(&chunk[..n]).is_ok() {
                size += n as u64;
            }
            continue;
        }
        // Full: a new file with the last bytes replaces it, whole, so a reader never sees it
        // empty.
        let keep = &recent[recent.len().saturating_sub(LOG_KEEP)..];
        let mut rotating = path.as_os_str().to_owned();
        rotating.push(".rotating");
        let rotating = PathBuf::from(rotating);
        let rotated = File::create(&rotating)
            .and_then(|mut f| f.write_all(keep).map(|()| f))
            .and_then(|f| std::fs::rename(&rotating, path).map(|()| f));
        if let Ok(file) = rotated {
            log = file;
            size = keep.len() as u64;
        }
    }
}

/// The end of a log, for failure reports: reads at most `LOG_KEEP` bytes of it and returns
/// its last `max_lines` lines, bounded by `bounded_tail`.
/// What a log gained since byte `start`, at most `LOG_KEEP` bytes of it, as text.
pub fn read_from(log: &Path, start: u64) -> String {
    let mut bytes = Vec::new();
    if let Ok(mut file) = File::open(log) {
        if file.seek(SeekFrom::Start(start)).is_ok() {
            let _ = file.take(LOG_KEEP as u64).read_to_end(&mut bytes);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

pub fn tail(log: &Path, max_lines: usize) -> String {
    let mut bytes = Vec::new();
    let mut cut = false;
    if let Ok(mut file) = File::open(log) {
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let start = len.saturating_sub(LOG_KEEP as u64);
        cut = start > 0;
        if file.seek(SeekFrom::Start(start)).is_ok() {
            let _ = file.take(LOG_KEEP as u64).read_to_end(&mut bytes);
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    let mut lines: Vec<&str> = text.lines().collect();
    if cut && lines.len() > 1 {
        lines.remove(0); // Most likely the end of a line that began before the window.
    }
    let start = lines.len().saturating_sub(max_lines.min(TAIL_LINES));
    let tail = bounded_tail(&lines[start..].join("\n"));
    if cut && !tail.starts_with('…') {
        format!("… (earlier output cut)\n{tail}")
    } else {
        tail
    }
}

/// The end of `text` as a report or a cache entry may hold it: its last `TAIL_LINES` lines and
/// at most `TAIL_BYTES` bytes, cut at a character boundary and marked with `…` when cut.
pub fn bounded_tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(TAIL_LINES);
    let mut tail = if start > 0 { lines[start..].join("\n") } else { text.to_string() };
    let mut cut = start > 0;
    if tail.len() > TAIL_BYTES {
        let mut from = tail.len() - TAIL_BYTES;
        while !tail.is_char_boundary(from) {
            from += 1;
        }
        tail = tail[from..].to_string();
        cut = true;
    }
    if cut {
        format!("…{tail}")
    } else {
        tail
    }
}

/// Finds a program on PATH (or checks a path that contains a slash).
pub fn which(program: &str) -> Option<std::path::PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let executable =
        |p: &Path| p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false);
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
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return true;
    };
    for entry in procs.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else {
            continue;
        };
        let in_group = std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|stat| stat.rsplit_once(')').map(|(_, rest)| rest.to_string()))
            .and_then(|rest| rest.split_whitespace().nth(2).and_then(|g| g.parse::<i32>().ok()))
            == Some(pgid);
        if !in_group {
            continue;
        }
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
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
    // The thread's own view: a probe inside a sandbox's network sees the sandbox's sockets.
    for table in ["/proc/thread-self/net/tcp", "/proc/thread-self/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_tail_keeps_the_last_lines_and_bytes() {
        assert_eq!(bounded_tail("a\nb\n"), "a\nb\n");
        let many: Vec<String> = (0..50).map(|i| format!("line {i}")).collect();
        let tail = bounded_tail(&many.join("\n"));
        assert!(tail.starts_with("…line 30\n") && tail.ends_with("line 49"), "{tail}");
        let long = "é".repeat(10_000);
        let tail = bounded_tail(&long);
        assert!(tail.len() <= TAIL_BYTES + '…'.len_utf8() && tail.starts_with('…'), "{}", tail.len());
    }

    #[test]
    fn a_loud_child_leaves_a_bounded_log_and_tail() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("loud.log");
        let argv: Vec<String> = ["sh", "-c", "yes 0123456789abcdef | head -c 20000000; echo; echo the last words >&2"]
            .map(String::from)
            .to_vec();
        let env = BTreeMap::new();
        let child = Child::start(&Spec { argv: &argv, dir: dir.path(), env: &env, log: &log, contain: Contain::Group })
            .unwrap();
        assert!(matches!(child.wait(Duration::from_secs(20)), Waited::Exited(Some(0))));
        let size = std::fs::metadata(&log).unwrap().len();
        assert!(size <= LOG_CAP, "the log grew to {size} bytes");
        let tail = tail(&log, 20);
        assert!(tail.ends_with("the last words"), "{tail}");
        assert!(tail.len() <= TAIL_BYTES + 64, "{}", tail.len());
    }
}

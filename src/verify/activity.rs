//! What a run is doing right now, for the progress bar: the threads that set up dependencies
//! and run batches say what they are doing ("setting up flask: pip install …", "building go:
//! batch 1 of 2, 31 cells"), and the human reporter shows it with the time each has taken.
//! Nothing here decides anything; a run without a progress bar never reads it.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Entry {
    id: u64,
    verb: String,
    subject: String,
    detail: Option<String>,
    since: Instant,
}

static BOARD: Mutex<Vec<Entry>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// The activity this thread began last, which `phase` updates.
    static CURRENT: Cell<Option<u64>> = const { Cell::new(None) };
}

/// An activity on the board until it is dropped.
pub struct Activity {
    id: u64,
    previous: Option<u64>,
}

/// Puts "`verb` `subject`" on the board, as this thread's current activity.
pub fn begin(verb: &str, subject: impl Into<String>) -> Activity {
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    let entry = Entry { id, verb: verb.into(), subject: subject.into(), detail: None, since: Instant::now() };
    BOARD.lock().unwrap_or_else(|e| e.into_inner()).push(entry);
    Activity { id, previous: CURRENT.replace(Some(id)) }
}

/// Changes what this thread's current activity is doing (its verb, and a detail shown after
/// the subject); its clock starts again. Does nothing on a thread without one.
pub fn phase(verb: &str, detail: Option<&str>) {
    let Some(id) = CURRENT.get() else { return };
    let mut board = BOARD.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(entry) = board.iter_mut().find(|e| e.id == id) {
        entry.verb = verb.into();
        entry.detail = detail.map(str::to_string);
        entry.since = Instant::now();
    }
}

impl Drop for Activity {
    fn drop(&mut self) {
        BOARD.lock().unwrap_or_else(|e| e.into_inner()).retain(|e| e.id != self.id);
        CURRENT.set(self.previous);
    }
}

/// The activities under way, oldest first, each with its elapsed time: "building go: batch 1 of
/// 2, 31 cells: go vet ./... (12s) · setting up flask: pip install … (3s)".
pub fn summary() -> String {
    let board = BOARD.lock().unwrap_or_else(|e| e.into_inner());
    let shown: Vec<String> = board
        .iter()
        .map(|e| {
            let elapsed = seconds(e.since.elapsed());
            match &e.detail {
                Some(detail) => format!("{} {}: {detail} ({elapsed})", e.verb, e.subject),
                None => format!("{} {} ({elapsed})", e.verb, e.subject),
            }
        })
        .collect();
    shown.join(" · ")
}

fn seconds(elapsed: Duration) -> String {
    match elapsed.as_secs() {
        s if s >= 60 => format!("{}m{:02}s", s / 60, s % 60),
        s => format!("{s}s"),
    }
}

/// A command line shortened for the bar: the program's file name and the arguments, cut to
/// about 40 characters ("pip install --quiet …").
pub fn command(argv: &[String]) -> String {
    let program = argv.first().map(|p| p.rsplit('/').next().unwrap_or(p)).unwrap_or_default();
    let mut text = program.to_string();
    for arg in argv.iter().skip(1) {
        if text.len() + arg.len() > 40 {
            text.push_str(" …");
            break;
        }
        text.push(' ');
        text.push_str(arg);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activities_show_until_dropped_and_phases_update_the_current_one() {
        let outer = begin("building", "go: batch 1 of 2, 31 cells");
        phase("building", Some("go vet ./..."));
        let shown = summary();
        assert!(shown.contains("building go: batch 1 of 2, 31 cells: go vet ./... (0s)"), "{shown}");
        {
            let _inner = begin("checking", "flask");
            phase("setting up", Some("pip install …"));
            assert!(summary().contains(" · setting up flask: pip install … (0s)"), "{}", summary());
        }
        assert!(!summary().contains("flask"), "{}", summary());
        drop(outer);
        assert!(!summary().contains("go: batch 1 of 2"), "{}", summary());
        phase("ignored", None);
    }

    #[test]
    fn commands_are_shortened() {
        let argv: Vec<String> =
            ["/c/deps/flask/venv/bin/pip", "install", "--quiet", "--disable-pip-version-check", "flask==3.1.3"]
                .map(String::from)
                .into();
        assert_eq!(command(&argv), "pip install --quiet …");
        assert_eq!(command(&["go".to_string(), "vet".into(), ".".into()]), "go vet .");
    }
}

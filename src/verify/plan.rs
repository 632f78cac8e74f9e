//! The plan of a verify run, made before anything runs: which cells (the selection, then this
//! machine's partition of it), what each language has (toolchain version, dependency dir, what
//! is missing), which cells are decided without running (n/a, an unreadable snippet, a cached
//! verdict), and how the rest are cut into batches that keep every core busy.

use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::cache::{self, ResultCache};
use super::layout::{Cell, Layout};
use super::outcome::{CellResult, Check, Stop};
use super::{process, toolchain, VerifyOptions};
use crate::language::{Language, ServePer};
use crate::project::Project;

/// `--partition K/N` (or `count:K/N`): the K-th of N deterministic slices of the cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Partition {
    pub index: usize,
    pub total: usize,
}

impl std::str::FromStr for Partition {
    type Err = String;
    fn from_str(text: &str) -> Result<Partition, String> {
        let spec = text.strip_prefix("count:").unwrap_or(text);
        let parsed = spec.split_once('/').and_then(|(k, n)| Some((k.parse::<usize>().ok()?, n.parse::<usize>().ok()?)));
        match parsed {
            Some((k, n)) if n >= 1 && (1..=n).contains(&k) => Ok(Partition { index: k, total: n }),
            _ => Err(format!("`{text}` is not a partition: use K/N with 1 <= K <= N, e.g. 1/3")),
        }
    }
}

impl std::fmt::Display for Partition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.total)
    }
}

impl Partition {
    /// Whether the cell at `position` of the whole selection (page order) is in this slice.
    pub fn holds(&self, position: usize) -> bool {
        position % self.total == self.index - 1
    }
}

/// What one selected language has on this machine.
#[derive(Debug, Clone)]
pub struct LanguagePlan<'p> {
    pub lang: &'p Language,
    /// The first line of the toolchain's version command, if it ran.
    pub toolchain_version: Option<String>,
    /// Where its shared dependencies are set up (`{{deps}}`).
    pub deps_dir: PathBuf,
    /// Why its cells cannot run, when a toolchain command is missing or older than the minimum.
    pub missing: Option<Stop>,
}

/// A cell to run, with the key its verdict is cached under.
pub struct Pending<'p> {
    pub cell: Cell<'p>,
    pub key: String,
}

/// A unit of work: cells of one language that share a work dir, a build and maybe a server.
pub struct Batch<'p> {
    pub lang: &'p Language,
    pub cells: Vec<Pending<'p>>,
}

pub struct Plan<'p> {
    pub languages: Vec<LanguagePlan<'p>>,
    /// Cells decided without running, in page order.
    pub decided: Vec<CellResult>,
    /// Cells to run, in page order.
    pub pending: Vec<Pending<'p>>,
    /// How many cells the whole selection has, across every partition.
    pub selection_cells: usize,
}

impl<'p> Plan<'p> {
    pub fn cells(&self) -> usize {
        self.decided.len() + self.pending.len()
    }
}

/// Makes the plan: nothing is built or served here, only read and looked up.
pub fn plan<'p>(
    project: &'p Project,
    options: &VerifyOptions,
    layout: &Layout,
    cache: &ResultCache,
) -> anyhow::Result<Plan<'p>> {
    let selection = project.select(&options.langs, &options.codes)?;
    let mut all = Vec::new();
    for lang in &selection.languages {
        for &code in &selection.codes {
            all.push((*lang, project.catalog.get(code).expect("selected")));
        }
    }
    let selection_cells = all.len();
    if let Some(p) = options.partition {
        all = all.into_iter().enumerate().filter(|(i, _)| p.holds(*i)).map(|(_, c)| c).collect();
    }

    // Toolchain versions are part of every cache key; ask each language at once.
    let languages: Vec<LanguagePlan> = std::thread::scope(|scope| {
        let handles: Vec<_> = selection
            .languages
            .iter()
            .map(|lang| scope.spawn(|| language_plan(lang, &options.cache_dir, layout)))
            .collect();
        handles.into_iter().map(|h| h.join().expect("no panic")).collect()
    });

    let mut decided = Vec::new();
    let mut pending = Vec::new();
    for (lang, status) in all {
        if let Some(reason) = lang.not_applicable(status.code) {
            decided.push(CellResult::not_applicable(&lang.id, status.code, reason));
            continue;
        }
        let path = options.snippets.join(lang.snippet_path(status.code));
        let snippet = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                let stop = Stop::fail(Check::Snippet, format!("cannot read {}: {err}", path.display()), None);
                decided.push(CellResult::from_verdict(&lang.id, status.code, Err(stop), 0));
                continue;
            }
        };
        let cell = Cell { lang, status, snippet };
        let facts = languages.iter().find(|l| l.lang.id == lang.id).expect("planned");
        // A harness template that cannot render is bad input, named by that template: found
        // here, before anything runs, rather than as each cell's failure.
        let files = layout.cell_files(&cell)?;
        let shared = layout.shared_files(cell.lang, &[&cell])?;
        let key = cell_key(&cell, files, shared, facts.toolchain_version.as_deref());
        match cache.lookup(&key, &lang.id, status.code) {
            Some(hit) => decided.push(hit),
            None => pending.push(Pending { cell, key }),
        }
    }
    Ok(Plan { languages, decided, pending, selection_cells })
}

fn language_plan<'p>(lang: &'p Language, cache_dir: &Path, layout: &Layout) -> LanguagePlan<'p> {
    let missing = lang.toolchain.commands.iter().find(|c| process::which(c).is_none()).map(|missing| {
        Stop::skipped(Check::Toolchain, format!("`{missing}` is not installed; {}", lang.toolchain.install_hint))
    });
    let toolchain_version = if missing.is_some() { None } else { toolchain::version(lang, Some(cache_dir)) };
    // A toolchain older than the snippets need would fail them for no fault of theirs.
    let missing = missing.or_else(|| {
        let old = toolchain::too_old(lang, toolchain_version.as_deref()?)?;
        Some(Stop::skipped(Check::Toolchain, format!("{old}; {}", lang.toolchain.install_hint)))
    });
    LanguagePlan { lang, toolchain_version, deps_dir: layout.deps_dir(lang), missing }
}

/// What decides a cell's verdict, serialized canonically and hashed: the snippet, its harness and
/// shared files, the descriptor, the catalog entry, the toolchain's version and snippetgen itself.
fn cell_key(
    cell: &Cell,
    files: Vec<(PathBuf, String)>,
    shared: Vec<(PathBuf, String)>,
    toolchain_version: Option<&str>,
) -> String {
    #[derive(Serialize)]
    struct KeyParts<'a> {
        tool: &'a str,
        lang: &'a str,
        descriptor: &'a str,
        status: &'a crate::catalog::Status,
        snippet: &'a str,
        files: Result<Vec<(PathBuf, String)>, String>,
        shared: Result<Vec<(PathBuf, String)>, String>,
        toolchain: Option<&'a str>,
        /// A verdict in the sandbox is not one outside it (a snippet that writes outside its
        /// work dir fails only inside).
        containment: &'a str,
    }
    let parts = KeyParts {
        tool: cache::tool_fingerprint(),
        lang: &cell.lang.id,
        descriptor: &cell.lang.source_text,
        status: cell.status,
        snippet: &cell.snippet,
        // Wrapped as they were when a rendering error was part of the key, so keys stay the same.
        files: Ok(files),
        shared: Ok(shared),
        toolchain: toolchain_version,
        containment: super::sandbox::current().name(),
    };
    let bytes = serde_json::to_vec(&parts).expect("key parts serialize");
    format!("{:x}", Sha256::digest(bytes))
}

/// Cuts the cells into batches of at most each language's batch size (1 without batching), then
/// splits the biggest further while there are fewer batches than `split_to` (the jobs, at most one
/// per core), so that no core sits idle while one batch runs; the dearest batches come first (`expected_cost`), so the slow ones start
/// early and none is left for the end while the other cores sit idle.
pub fn batches(pending: Vec<Pending<'_>>, batching: bool, split_to: usize) -> Vec<Batch<'_>> {
    let mut batches: Vec<Batch> = Vec::new();
    for p in pending {
        let size = if batching { p.cell.lang.verify.batch_size } else { 1 };
        match batches.last_mut() {
            Some(b) if b.lang.id == p.cell.lang.id && b.cells.len() < size => b.cells.push(p),
            _ => batches.push(Batch { lang: p.cell.lang, cells: vec![p] }),
        }
    }
    while batches.len() < split_to {
        let Some(i) =
            (0..batches.len()).filter(|&i| batches[i].cells.len() > 1).max_by_key(|&i| batches[i].cells.len())
        else {
            break;
        };
        let half = batches[i].cells.len() / 2;
        let rest = batches[i].cells.split_off(half);
        let lang = batches[i].lang;
        batches.push(Batch { lang, cells: rest });
    }
    batches.sort_by_key(|b| std::cmp::Reverse(expected_cost(b)));
    batches
}

/// What a batch is expected to cost, only to order the batches (longest first): a process to
/// start and a program to build per cell where every cell is served alone (`serve-per = "cell"`:
/// a Go or Rust binary of its own each, 16 of them to link in a batch of 16), one for the batch
/// where one server serves it all, and a little per cell for its requests. Measured on the full
/// matrix (ci/bench.sh), a batch of 16 Go cells takes 4 to 9 s and a batch of 32 Flask cells 2 s:
/// by size alone the Go batches came last and ran on one core at the end.
fn expected_cost(batch: &Batch) -> usize {
    let cells = batch.cells.len();
    match batch.lang.verify.serve_per {
        ServePer::Cell => 10 * cells,
        ServePer::Batch => 10 + cells,
    }
}

/// Where a language's dependencies are set up below a cache directory.
pub fn deps_root(cache_dir: &Path) -> PathBuf {
    cache_dir.join("deps")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_parse_and_slice_round_robin() {
        let p: Partition = "2/3".parse().unwrap();
        assert_eq!(p, Partition { index: 2, total: 3 });
        assert_eq!("count:1/2".parse::<Partition>().unwrap(), Partition { index: 1, total: 2 });
        for bad in ["0/2", "3/2", "1/0", "x", "1-2"] {
            assert!(bad.parse::<Partition>().is_err(), "{bad}");
        }
        let held: Vec<usize> = (0..7).filter(|&i| p.holds(i)).collect();
        assert_eq!(held, [1, 4]);
        assert_eq!(p.to_string(), "2/3");
    }

    fn project() -> &'static Project {
        static PROJECT: std::sync::OnceLock<Project> = std::sync::OnceLock::new();
        PROJECT.get_or_init(|| Project::load(&Default::default()).unwrap())
    }

    fn pending(id: &str, n: usize) -> Vec<Pending<'static>> {
        let lang = project().language(id).unwrap();
        let statuses = project().catalog.statuses.iter().take(n);
        statuses
            .map(|status| Pending { cell: Cell { lang, status, snippet: String::new() }, key: String::new() })
            .collect()
    }

    #[test]
    fn batches_respect_the_batch_size_and_fill_every_job() {
        let mut cells = pending("go", 40);
        cells.extend(pending("php", 3));
        let sizes: Vec<(String, usize)> =
            batches(cells, true, 2).iter().map(|b| (b.lang.id.clone(), b.cells.len())).collect();
        let want = [("go", 16), ("go", 16), ("go", 8), ("php", 1), ("php", 1), ("php", 1)];
        assert_eq!(sizes, want.map(|(l, n)| (l.to_string(), n)));
        // Without batching every cell is alone; one batch of 4 for 2 jobs is split in two.
        assert!(batches(pending("go", 4), false, 2).iter().all(|b| b.cells.len() == 1));
        let split: Vec<usize> = batches(pending("go", 4), true, 2).iter().map(|b| b.cells.len()).collect();
        assert_eq!(split, [2, 2]);
    }

    #[test]
    fn batches_of_programs_built_and_started_one_per_cell_go_first() {
        // 32 Flask apps share one server; 8 Go cells are 8 binaries to link and start.
        let mut cells = pending("flask", 32);
        cells.extend(pending("go", 8));
        cells.extend(pending("php", 1));
        let order: Vec<(String, usize)> =
            batches(cells, true, 2).iter().map(|b| (b.lang.id.clone(), b.cells.len())).collect();
        let want = [("go", 8), ("flask", 32), ("php", 1)];
        assert_eq!(order, want.map(|(l, n)| (l.to_string(), n)));
    }
}

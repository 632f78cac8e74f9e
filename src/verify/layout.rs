//! A cell's work directory as files: the snippet's bytes as they are, the harness files a reader
//! would add, and the files a batch shares. Rendering only; the executor writes them, and the
//! plan hashes them into the cache key, so both see exactly the same files.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::{json, Value};

use crate::catalog::Status;
use crate::language::Language;
use crate::project::Project;

/// A cell ready to run: its language, status and snippet text.
#[derive(Debug, Clone)]
pub struct Cell<'p> {
    pub lang: &'p Language,
    pub status: &'p Status,
    pub snippet: String,
}

/// Renders work-dir files and command lines for the cells of one run.
pub struct Layout<'a> {
    pub project: &'a Project,
    /// `<cache>/deps`: each language's dependencies are in `<cache>/deps/<id>`.
    pub deps_root: PathBuf,
}

impl<'a> Layout<'a> {
    pub fn deps_dir(&self, lang: &Language) -> PathBuf {
        deps_dir(&self.deps_root, lang)
    }

    /// The variables command lines and paths see: `{{deps}}`, `{{workdir}}`, `{{code}}`, `{{port}}`.
    pub fn vars(&self, lang: &Language, work: &Path, code: Option<u16>, port: Option<u16>) -> Value {
        json!({
            "deps": self.deps_dir(lang).display().to_string(),
            "workdir": work.display().to_string(),
            "code": code,
            "port": port,
        })
    }

    /// The files a cell puts in the work dir: the snippet's bytes, then its harness files.
    pub fn cell_files(&self, cell: &Cell, work: &Path) -> Result<Vec<(PathBuf, String)>> {
        let (lang, status) = (cell.lang, cell.status);
        let vars = self.vars(lang, work, Some(status.code), None);
        let mut files = Vec::new();
        if let Some(path) = &lang.verify.snippet_file {
            files.push((PathBuf::from(self.project.render_arg(path, &vars)?), cell.snippet.clone()));
        }
        for file in &lang.verify.files {
            let path = self.project.render_arg(&file.path, &vars)?;
            files.push((
                PathBuf::from(path),
                self.project.render_file(&file.template, lang, Some(status), &cell.snippet)?,
            ));
        }
        Ok(files)
    }

    /// The files a batch writes once.
    pub fn shared_files(&self, lang: &Language, cells: &[&Cell]) -> Result<Vec<(PathBuf, String)>> {
        let pairs: Vec<(&Status, &str)> = cells.iter().map(|c| (c.status, c.snippet.as_str())).collect();
        lang.verify
            .shared_files
            .iter()
            .map(|f| Ok((PathBuf::from(&f.path), self.project.render_shared(&f.template, lang, &pairs)?)))
            .collect()
    }
}

/// Where a language's shared dependencies live below the cache's `deps` directory.
pub fn deps_dir(deps_root: &Path, lang: &Language) -> PathBuf {
    deps_root.join(&lang.id)
}

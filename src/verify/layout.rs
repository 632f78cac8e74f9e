//! A cell's work directory as files: the snippet's bytes as they are, the harness files a reader
//! would add, and the files a batch shares. Rendering only; the executor writes them, and the
//! plan hashes them into the cache key, so both see exactly the same files.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::{json, Value};

use crate::catalog::Status;
use crate::language::{Arg, Language};
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

    /// The variables command lines and paths see: `{{deps}}`, and those of `{{workdir}}`,
    /// `{{code}}` and `{{port}}` the context gives. One it does not give is absent, not null, so
    /// that a strict render fails on it instead of writing an empty string.
    pub fn vars(&self, lang: &Language, work: Option<&Path>, code: Option<u16>, port: Option<u16>) -> Value {
        let mut vars = json!({ "deps": self.deps_dir(lang).display().to_string() });
        if let Some(work) = work {
            vars["workdir"] = json!(work.display().to_string());
        }
        if let Some(code) = code {
            vars["code"] = json!(code);
        }
        if let Some(port) = port {
            vars["port"] = json!(port);
        }
        vars
    }

    /// The files a cell puts in the work dir: the snippet's bytes, then its harness files.
    pub fn cell_files(&self, cell: &Cell) -> Result<Vec<(PathBuf, String)>> {
        let (lang, status) = (cell.lang, cell.status);
        let vars = self.vars(lang, None, Some(status.code), None);
        let mut files = Vec::new();
        if let Some(path) = &lang.verify.snippet_file {
            let path = self.project.render_arg(lang, Arg::SnippetFile, path, &vars)?;
            files.push((PathBuf::from(path), cell.snippet.clone()));
        }
        for file in &lang.verify.files {
            let path = self.project.render_arg(lang, Arg::FilePath, &file.path, &vars)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::Overrides;

    #[test]
    fn a_variable_the_context_lacks_is_absent_so_a_render_fails_naming_the_field() {
        let project = Project::load(&Overrides::default()).unwrap();
        let layout = Layout { project: &project, deps_root: PathBuf::from("/cache/deps") };
        let go = project.language("go").unwrap();
        let steps = layout.vars(go, Some(Path::new("/work")), None, None);
        assert_eq!(steps, json!({ "deps": "/cache/deps/go", "workdir": "/work" }));
        assert_eq!(project.render_arg(go, Arg::Step, "{{workdir}}/x", &steps).unwrap(), "/work/x");
        let err = project.render_arg(go, Arg::Step, "-port={{port}}", &steps).unwrap_err().to_string();
        assert!(
            err.starts_with("built-in:languages/go.toml:")
                && err.contains("`-port={{port}}` in `verify.steps` uses {{port}}"),
            "{err}"
        );
        let files = layout.vars(go, None, Some(404), None);
        assert_eq!(files, json!({ "deps": "/cache/deps/go", "code": 404 }));
    }
}

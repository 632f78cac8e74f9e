//! Dispatch: loads and validates the project once, then runs the command.

use anyhow::{Context, Result};

use crate::assets::Overrides;
use crate::cli::{Args, CacheCommand, ColorChoice, Command, ListFormat, ReportCommand};
use crate::project::Project;
use crate::verify::options::default_cache_dir;
use crate::verify::report::{self, RunStatus};
use crate::{check, doctor, generate, list, scaffold, site, verify};

/// How a command came out, for the exit status.
pub enum Status {
    Success,
    ShortFall,
    Interrupted,
}

impl From<RunStatus> for Status {
    fn from(status: RunStatus) -> Status {
        match status {
            RunStatus::Passed => Status::Success,
            RunStatus::ShortFall => Status::ShortFall,
            RunStatus::Interrupted => Status::Interrupted,
        }
    }
}

pub fn run(args: Args) -> Result<Status> {
    let inputs = args.inputs()?;
    match inputs.color.unwrap_or(ColorChoice::Auto) {
        ColorChoice::Always => console::set_colors_enabled(true),
        ColorChoice::Never => console::set_colors_enabled(false),
        ColorChoice::Auto => {}
    }
    // The cache is all `cache clean` touches: no project to load, none to be wrong.
    if let Command::Cache(CacheCommand::Clean { cache_dir, results }) = args.command {
        let dir = cache_dir.unwrap_or_else(default_cache_dir);
        match verify::cache::clean(&dir, results)? {
            None => eprintln!("nothing to remove at {}", dir.display()),
            Some(removed) if removed.is_empty() => eprintln!("{} holds nothing to remove", dir.display()),
            Some(removed) => eprintln!("removed {} from {}", removed.join(", "), dir.display()),
        }
        return Ok(Status::Success);
    }
    let overrides = Overrides { catalog: inputs.catalog, languages: inputs.languages, templates: inputs.templates };
    let languages_dir = overrides.languages.clone().unwrap_or_else(|| "languages".into());
    let templates_dir = overrides.templates.clone().unwrap_or_else(|| "templates".into());
    if let Command::NewLanguage { .. } = &args.command {
        // The directories new-language writes to may not exist yet.
        for dir in [&languages_dir, &templates_dir] {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
    }
    let project = Project::load(&overrides)?;
    match args.command {
        Command::List { format, .. } => {
            print!("{}", if format == ListFormat::Json { list::json(&project) } else { list::table(&project) });
            Ok(Status::Success)
        }
        Command::Generate { out, langs, codes, force, .. } => {
            let written = generate::run(&project, &generate::GenerateArgs { out: out.clone(), langs, codes, force })?;
            eprintln!("wrote {} and the index to {}", report::plural(written, "snippet"), out.display());
            Ok(Status::Success)
        }
        Command::Check { snippets, .. } => {
            let drift = check::compare(&project, &snippets)?;
            if drift.is_clean() {
                eprintln!("{} matches the templates", snippets.display());
                return Ok(Status::Success);
            }
            print!("{}", check::report(&drift, &snippets));
            eprintln!(
                "error: {0} drifted: {1} changed, {2} missing, {3} unexpected; run `snippetgen generate --out {0}` to update it",
                snippets.display(),
                drift.changed.len(),
                drift.missing.len(),
                drift.unexpected.len()
            );
            Ok(Status::ShortFall)
        }
        Command::Verify(args) => {
            let options = args.resolve(&project, overrides.catalog.as_deref())?;
            let mut reporters = report::reporters(&options.outputs);
            Ok(verify::run(&project, &options, &mut reporters)?.into())
        }
        Command::Site(args) => {
            let options = args.resolve()?;
            let pages = site::run(&project, &options)?;
            let what = match options.format {
                site::Format::Markdown => report::plural(pages, "Markdown file"),
                site::Format::Html => format!("{} and the index", report::plural(pages, "page")),
            };
            eprintln!("wrote {what} to {}", options.out.display());
            Ok(Status::Success)
        }
        Command::Cache(_) => unreachable!("cache clean returned above"),
        Command::Report(ReportCommand::Merge { files, format, junit, allow_skip, deny_warnings, .. }) => {
            if let Some(path) = &junit {
                report::check_writable(path, "JUnit")?;
            }
            let order: Vec<&str> = project.languages.iter().map(|l| l.id.as_str()).collect();
            let merged = report::merge::merge(&files, &order)?;
            let mut reporters = report::reporters(&report::Outputs { format: format.into(), junit, json: None });
            Ok(report::merge::replay(&merged, allow_skip, deny_warnings, &mut reporters)?.into())
        }
        Command::NewLanguage { id, from, .. } => {
            let scaffold = scaffold::Scaffold { id, from, languages_dir, templates_dir };
            eprint!("{}", scaffold::write(&project, &overrides, &scaffold)?);
            Ok(Status::Success)
        }
        Command::Doctor { cache_dir, .. } => {
            let (report, all_found) = doctor::report(&project, &cache_dir.unwrap_or_else(default_cache_dir));
            print!("{report}");
            Ok(if all_found { Status::Success } else { Status::ShortFall })
        }
    }
}

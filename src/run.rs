//! Dispatch: loads and validates the project once, then runs the command.

use anyhow::Result;

use crate::assets::Overrides;
use crate::cli::{Args, ColorChoice, Command, ListFormat};
use crate::render::Project;
use crate::{check, generate, list};

pub enum Status {
    Success,
    ShortFall,
    Interrupted,
}

pub fn run(args: Args) -> Result<Status> {
    match args.color {
        ColorChoice::Always => console::set_colors_enabled(true),
        ColorChoice::Never => console::set_colors_enabled(false),
        ColorChoice::Auto => {}
    }
    let overrides = Overrides { catalog: args.catalog, languages: args.languages, templates: args.templates };
    let project = Project::load(&overrides)?;
    match args.command {
        Command::List { format } => {
            print!("{}", if format == ListFormat::Json { list::json(&project) } else { list::table(&project) });
            Ok(Status::Success)
        }
        Command::Generate { out, langs, codes } => {
            let written = generate::run(&project, &generate::GenerateArgs { out: out.clone(), langs, codes })?;
            eprintln!("wrote {written} snippets and the index to {}", out.display());
            Ok(Status::Success)
        }
        Command::Check { snippets } => {
            let drift = check::compare(&project, &snippets)?;
            if drift.is_clean() {
                eprintln!("{} matches the templates", snippets.display());
                return Ok(Status::Success);
            }
            print!("{}", check::report(&drift, &snippets));
            eprintln!(
                "error: {} drifted: {} changed, {} missing, {} unexpected; run `snippetgen generate` to update it",
                snippets.display(),
                drift.changed.len(),
                drift.missing.len(),
                drift.unexpected.len()
            );
            Ok(Status::ShortFall)
        }
        Command::Verify(_) | Command::Doctor => Err(crate::error::input_error!("not built yet")),
    }
}

//! Entry point: parse the command line, dispatch, map the result to an exit status.
//! 0: all good. 1: something fell short (drift, a failed or skipped snippet), or an operation
//! failed (a report could not be written). 2: usage or input error. 128+N: stopped by signal N.

use std::process::ExitCode;

use clap::Parser;

mod assets;
mod catalog;
mod check;
mod cli;
mod doctor;
mod error;
mod files;
mod generate;
mod language;
mod list;
mod project;
mod run;
mod scaffold;
mod site;
mod verify;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    match run::run(args) {
        Ok(run::Status::Success) => ExitCode::SUCCESS,
        Ok(run::Status::ShortFall) => ExitCode::from(1),
        Ok(run::Status::Interrupted) => ExitCode::from(verify::process::interrupted_exit_code()),
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(error::exit_code(&err))
        }
    }
}

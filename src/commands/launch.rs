//! `plenary` alone: the launcher lists the agendas in `./sessions` and the recent recorded
//! sessions, and runs the one picked.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use plenary::launcher;

use super::{run, sessions_dir, theme};
use crate::cli::{Cli, RunArgs};

/// Shows the launcher and runs the session picked, as `plenary run FILE` would.
pub fn launch(cli: &Cli) -> Result<ExitCode> {
    let entries = launcher::discover(Path::new("sessions"), &sessions_dir(cli));
    match launcher::pick(&entries, &theme(cli))? {
        Some(file) => run::run(
            cli,
            &RunArgs {
                file,
                name: None,
                follow_up: Vec::new(),
                allow_group: None,
            },
        ),
        None => Ok(ExitCode::SUCCESS),
    }
}

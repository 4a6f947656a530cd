//! `plenary` alone: the launcher lists the agendas in this folder and `./sessions` and the recent recorded
//! sessions, and runs the one picked.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use plenary::launcher;

use super::{run, sessions_dir, theme};
use crate::cli::{Cli, RunArgs};

/// Shows the launcher and runs the session picked, as `plenary run FILE` would. A file
/// that cannot be run (invalid, or open elsewhere) brings the list back with the reason.
pub fn launch(cli: &Cli) -> Result<ExitCode> {
    let entries =
        launcher::discover_in(&[Path::new("."), Path::new("sessions")], &sessions_dir(cli));
    let mut why: Option<String> = None;
    let mut selected = 0;
    loop {
        let Some(file) = launcher::pick_with(&entries, &theme(cli), why.take(), &mut selected)?
        else {
            return Ok(ExitCode::SUCCESS);
        };
        let args = RunArgs {
            file,
            name: None,
            follow_up: Vec::new(),
            new: false,
            private: false,
            allow_group: None,
            // The launcher's run rings the same bell as `plenary run` would.
            bell_command: std::env::var("PLENARY_BELL_COMMAND").ok(),
        };
        // Refused before its screen starts (problems, a lock): say so in the list.
        if let Err(e) = super::run::can_start(&args) {
            // Its lines kept: one problem a line (recheck NEW-5); a file that cannot be read
            // said in the language, as the command line says it (nc16b #3).
            why = Some(crate::said(&e));
            continue;
        }
        return run::run(cli, &args);
    }
}

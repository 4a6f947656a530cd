//! `plenary export`: a recorded session as an outcome document, a CSV of its commitments or
//! a calendar of their deadlines, on standard output or written atomically to a file.

use std::process::ExitCode;

use anyhow::{Result, bail};

use plenary::store;

use super::load_checked;
use crate::cli::ExportArgs;

/// Writes the export `args` asks for.
pub fn export(args: &ExportArgs) -> Result<ExitCode> {
    let ExportArgs {
        session: file,
        format,
        output,
    } = args;
    let (format, output) = (*format, output.as_deref());
    let session = load_checked(file, "exported")?;
    if session.live.is_none() {
        bail!(
            "{} is an agenda that has not been run: there is nothing to export yet",
            file.display()
        );
    }
    let local = plenary::clock::local_now();
    let name = file.display().to_string();
    let text = plenary::report::export(
        &session,
        &name,
        format,
        plenary::clock::wall_now(),
        *local.offset(),
        local.date_naive(),
    );
    match output {
        Some(path) => {
            let written = store::output::write_for_people(path, text.as_bytes())?;
            eprintln!("Wrote {}", written.display());
        }
        None => store::output::to_stdout(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

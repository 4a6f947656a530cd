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
        bom,
    } = args;
    let (format, output) = (*format, output.as_deref());
    let session = load_checked(file, "exported")?;
    if session.live.is_none() {
        bail!(
            "{} is an agenda that has not been run: there is nothing to export yet",
            file.display()
        );
    }
    let owed = session
        .live
        .as_ref()
        .map_or(0, |l| l.commitments.iter().filter(|c| !c.deleted).count());
    if format == plenary::report::ExportFormat::Ics && owed == 0 {
        bail!(
            "{} has no commitments: there are no deadlines to put in a calendar (nothing was written)",
            file.display()
        );
    }
    let local = plenary::clock::local_now();
    let name = file.display().to_string();
    let mut text = plenary::report::export(
        &session,
        &name,
        format,
        plenary::clock::wall_now(),
        *local.offset(),
        local.date_naive(),
    );
    if *bom && format == plenary::report::ExportFormat::Csv {
        text.insert_str(0, plenary::report::UTF8_BOM);
    }
    match output {
        Some(path) => {
            let written = store::output::write_for_people(path, text.as_bytes())?;
            eprintln!("Wrote {}", written.display());
        }
        None => store::output::to_stdout(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

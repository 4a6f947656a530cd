//! `plenary export`: a recorded session as an outcome document, a CSV of its commitments or
//! a calendar of their deadlines, on standard output or written atomically to a file.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

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
    let session = load_checked(file)?;
    if session.live.is_none() {
        bail!(
            "{} is an agenda that has not been run: there is nothing to export yet",
            file.display()
        );
    }
    let local = chrono::Local::now();
    let name = file.display().to_string();
    let text = plenary::report::export(
        &session,
        &name,
        format,
        chrono::Utc::now(),
        *local.offset(),
        local.date_naive(),
    );
    match output {
        Some(path) => {
            store::write_atomic(path, text.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("Wrote {}", path.display());
        }
        None => {
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
    }
    Ok(ExitCode::SUCCESS)
}

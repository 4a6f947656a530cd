//! `plenary export`: a recorded session as an outcome document, a CSV of its commitments or
//! a calendar of their deadlines, on standard output or written atomically to a file.

use std::process::ExitCode;

use anyhow::{Result, bail};

use plenary::store;
use plenary::tr;

use super::load_checked;
use crate::cli::{ExportArgs, ExportAs};
use plenary::report::doc::DocFormat;

/// Writes the export `args` asks for.
pub fn export(args: &ExportArgs) -> Result<ExitCode> {
    let ExportArgs {
        session: file,
        format,
        output,
        bom,
        external,
        as_of,
    } = args;
    let output = output.as_deref();
    let format = match format {
        ExportAs::Md => plenary::report::ExportFormat::Md,
        ExportAs::Csv => plenary::report::ExportFormat::Csv,
        ExportAs::Ics => plenary::report::ExportFormat::Ics,
        ExportAs::Html => return to_send(file, DocFormat::Html, output, *as_of),
        ExportAs::Docx => return to_send(file, DocFormat::Docx, output, *as_of),
    };
    let session = load_checked(file, "exported")?;
    if session.live.is_none() {
        bail!(tr!("cli-not-run", file = file.display().to_string()));
    }
    // A follow-up session's calendar holds the commitments it followed up too.
    let owed = session.live.as_ref().map_or(0, |l| {
        l.commitments.iter().filter(|c| !c.deleted).count() + l.carried.len()
    });
    if format == plenary::report::ExportFormat::Ics && owed == 0 {
        bail!(tr!("cli-no-deadlines", file = file.display().to_string()));
    }
    let local = plenary::clock::local_now();
    let name = file.display().to_string();
    let options = plenary::report::outcome::Options {
        now: plenary::clock::wall_now(),
        offset: *local.offset(),
        today: as_of.unwrap_or(local.date_naive()),
        external: *external,
    };
    let mut text = plenary::report::export_as(&session, &name, format, &options);
    if *bom && format == plenary::report::ExportFormat::Csv {
        text.insert_str(0, plenary::report::UTF8_BOM);
    }
    match output {
        Some(path) => {
            let written = store::output::write_for_people(path, text.as_bytes())?;
            eprintln!("{}", tr!("cli-wrote", path = written.display().to_string()));
        }
        None => store::output::to_stdout(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The outcome document to send outside the room (issue 15 B): HTML or DOCX, external mode.
fn to_send(
    file: &std::path::Path,
    format: DocFormat,
    output: Option<&std::path::Path>,
    as_of: Option<chrono::NaiveDate>,
) -> Result<ExitCode> {
    let session = load_checked(file, "exported")?;
    if session.live.is_none() {
        bail!(tr!("cli-not-run", file = file.display().to_string()));
    }
    if format == DocFormat::Docx && output.is_none() {
        use std::io::IsTerminal;
        if std::io::stdout().is_terminal() {
            bail!(tr!("cli-docx-binary"));
        }
    }
    let local = plenary::clock::local_now();
    let options = plenary::report::outcome::Options {
        now: plenary::clock::wall_now(),
        offset: *local.offset(),
        today: as_of.unwrap_or(local.date_naive()),
        external: true,
    };
    let name = file.display().to_string();
    let doc = plenary::report::doc::Doc::from_outcome(&plenary::report::outcome_document(
        &session, &name, &options,
    ));
    let bytes = plenary::report::doc::write(&doc, format)?;
    match output {
        Some(path) => {
            let written = store::output::write_for_people(path, &bytes)?;
            eprintln!("{}", tr!("cli-wrote", path = written.display().to_string()));
        }
        None => store::output::to_stdout(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

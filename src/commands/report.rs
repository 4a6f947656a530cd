//! `plenary report`: a progress report across sessions a programme officer can send as it
//! is (Markdown, self-contained HTML or DOCX), from the same selection as `commitments`.

use std::process::ExitCode;

use anyhow::{Result, bail};

use plenary::domain::board::Filter;
use plenary::domain::fold;
use plenary::report::{doc, progress, progress_doc};

use crate::cli::{Cli, ReportArgs};

/// Writes the report; exit 2 when a file could not be read (it is named in the report too).
pub fn report(cli: &Cli, args: &ReportArgs) -> Result<ExitCode> {
    if args.format == doc::DocFormat::Docx && args.output.is_none() {
        use std::io::IsTerminal;
        if std::io::stdout().is_terminal() {
            bail!(plenary::tr!("cli-docx-report-binary"));
        }
    }
    let filter = Filter {
        owner: args.owner.clone().unwrap_or_default(),
        ..Filter::default()
    };
    let mut selection = super::selection::select(cli, &args.files, &filter)?;
    let mut rows = std::mem::take(&mut selection.rows);
    let stakeholder = args.stakeholder.as_deref().map(|g| fold::fold(g.trim()));
    rows.retain(|r| {
        let agreed = r.session_date.unwrap_or(r.session_started.date_naive());
        args.since.is_none_or(|d| agreed >= d)
            && stakeholder
                .as_deref()
                .is_none_or(|g| fold::fold(progress::stakeholder_of(r)).contains(g))
    });
    let lang =
        plenary::report::language::of_sessions(selection.catalog.sessions.iter().map(|(_, s)| s));
    let scope = progress_doc::Scope {
        lang,
        since: args.since,
        owner: args.owner.clone(),
        stakeholder: args.stakeholder.clone(),
        skipped: selection
            .catalog
            .unreadable
            .iter()
            .map(|(p, _)| {
                p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            })
            .collect(),
    };
    let document = progress_doc::document(&rows, selection.today, &scope);
    let bytes = doc::write(&document, args.format)?;
    match &args.output {
        Some(path) => {
            let written = plenary::store::output::write_for_people(path, &bytes)?;
            let path = written.display().to_string();
            eprintln!("{}", plenary::tr!("cli-wrote", path = path));
        }
        None => plenary::store::output::to_stdout(&bytes)?,
    }
    Ok(if super::selection::told_skipped(&selection, "report") {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

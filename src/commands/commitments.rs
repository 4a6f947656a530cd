//! `plenary commitments`: every commitment across the saved sessions, filtered, sorted and
//! printed as a table, JSON or CSV, for scripts and cron reminders.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, CommitmentsArgs};

/// Lists the commitments that pass the filters. Exit 2 when anything could not be looked
/// at (no sessions directory, a file skipped), whatever matched: a cron job must not take
/// "nothing owed" from sessions it never read. With `--exit-status`, 1 when nothing matches.
pub fn commitments(cli: &Cli, args: &CommitmentsArgs) -> Result<ExitCode> {
    use plenary::domain::board::{self, Filter};
    if args.fail_if_any {
        anyhow::bail!(plenary::tr!("cli-fail-if-any-gone"));
    }
    let filter = Filter {
        text: args.search.clone().unwrap_or_default(),
        owner: args.owner.clone().unwrap_or_default(),
        statuses: args.status.clone(),
        overdue_only: args.overdue,
        due_before: args.due_before,
        due_within: args.due_within,
        session: args.session.clone().unwrap_or_default(),
    };
    let mut selection = super::selection::select(cli, &args.files, &filter)?;
    let mut rows = std::mem::take(&mut selection.rows);
    let (today, catalog) = (selection.today, &selection.catalog);
    board::sort(&mut rows, args.sort);
    // A cron job must not mail an empty file as the answer: a failed write is an error.
    let mut listing = plenary::report::list(
        &rows,
        args.format,
        today,
        selection.offset,
        &catalog.unreadable,
    );
    if args.bom && args.format == plenary::report::ListFormat::Csv {
        listing.insert_str(0, plenary::report::UTF8_BOM);
    }
    plenary::store::output::to_stdout(listing.as_bytes())?;
    Ok(if super::selection::told_skipped(&selection, "list") {
        ExitCode::from(2)
    } else if args.exit_status && rows.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

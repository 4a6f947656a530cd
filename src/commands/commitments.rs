//! `plenary commitments`: every commitment across the saved sessions, filtered, sorted and
//! printed as a table, JSON or CSV, for scripts and cron reminders.

use std::process::ExitCode;

use anyhow::Result;

use plenary::store;

use super::sessions_dir;
use crate::cli::{Cli, CommitmentsArgs};

/// Lists the commitments that pass the filters; exit 1 with `--fail-if-any` and none.
pub fn commitments(cli: &Cli, args: &CommitmentsArgs) -> Result<ExitCode> {
    use plenary::domain::board::{self, Filter};
    let today = plenary::clock::local_now().date_naive();
    let catalog = store::catalog::Catalog::load(&sessions_dir(cli), &args.files);
    for (path, reason) in &catalog.unreadable {
        eprintln!(
            "plenary: skipped {}: {reason}",
            plenary::store::load::shown(path)
        );
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
    let mut rows: Vec<_> = board::rows(catalog.named(), today)
        .into_iter()
        .filter(|r| filter.matches(r, today))
        .collect();
    board::sort(&mut rows, args.sort);
    // A cron job must not mail an empty file as the answer: a failed write is an error.
    plenary::store::output::to_stdout(plenary::report::list(&rows, args.format, today).as_bytes())?;
    Ok(if args.fail_if_any && rows.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

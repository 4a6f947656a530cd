//! The commitments a command works on, read one way for `commitments`, `report` and
//! `remind`: the sessions directory (or the files named) loaded, each file that cannot be
//! read named on standard error, and the board's filter applied.

use std::path::PathBuf;

use anyhow::Result;

use plenary::domain::board::{self, BoardRow, Filter};
use plenary::store;

use super::sessions_dir;
use crate::cli::Cli;

/// The rows that passed, the sessions they came from, and what could not be read.
pub struct Selection {
    pub rows: Vec<BoardRow>,
    pub catalog: store::catalog::Catalog,
    pub today: chrono::NaiveDate,
    pub offset: chrono::FixedOffset,
}

/// Loads `files` (or the sessions directory) and keeps the rows `filter` passes, in the
/// catalog's order. A missing sessions directory is an error; unreadable files are named
/// on standard error (the caller decides the exit code from `catalog.unreadable`).
pub fn select(cli: &Cli, files: &[PathBuf], filter: &Filter) -> Result<Selection> {
    let local = plenary::clock::local_now();
    let today = local.date_naive();
    let dir = sessions_dir(cli);
    if files.is_empty() && !dir.is_dir() {
        anyhow::bail!(plenary::tr!(
            "cli-no-sessions-dir",
            dir = store::load::shown(&dir)
        ));
    }
    let catalog = store::catalog::Catalog::load(&dir, files);
    for (path, reason) in &catalog.unreadable {
        let file = store::load::shown(path);
        eprintln!(
            "plenary: {}",
            plenary::tr!("cli-skipped", file = file, reason = reason)
        );
    }
    let rows = board::rows(catalog.named(), today)
        .into_iter()
        .filter(|r| filter.matches(r, today))
        .collect();
    Ok(Selection {
        rows,
        catalog,
        today,
        offset: *local.offset(),
    })
}

/// Says how many files were left out, once, after the output: the exit code is then 2.
/// `what` left them out: "list", "report" or "reminders" (nc16b #1, #4: in the language,
/// with its plurals, not "1 file(s)").
pub fn told_skipped(selection: &Selection, what: &str) -> bool {
    use plenary::tr;
    let count = selection.catalog.unreadable.len();
    if count > 0 {
        let said = match what {
            "list" => tr!("cli-left-out-list", count = count),
            "report" => tr!("cli-left-out-report", count = count),
            _ => tr!("cli-left-out-reminders", count = count),
        };
        eprintln!("plenary: {said}");
    }
    count > 0
}

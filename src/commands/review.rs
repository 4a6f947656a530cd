//! `plenary review`: browse the saved sessions, the commitments board and follow-up, on the
//! review screen's loop.

use std::process::ExitCode;

use anyhow::Result;

use plenary::store;

use super::{me, sessions_dir, theme};
use crate::cli::{Cli, ReviewArgs};

/// Opens the review screen on the sessions `args` names (or the sessions directory).
pub fn review(cli: &Cli, args: &ReviewArgs) -> Result<ExitCode> {
    let ReviewArgs { files, name, board } = args;
    let (name, board) = (name.as_deref(), *board);
    let dir = sessions_dir(cli);
    let catalog = store::catalog::Catalog::load(&dir, files);
    if catalog.sessions.is_empty() && catalog.unreadable.is_empty() {
        let dir = dir.display().to_string();
        println!("{}", plenary::tr!("cli-review-none", dir = dir));
        return Ok(ExitCode::SUCCESS);
    }
    // Issue 16, item 2: review speaks --lang, else the language the sessions share, else
    // the environment's; each session's record speaks that session's own (as its export).
    plenary::i18n::set(plenary::report::language::of_sessions(
        catalog.sessions.iter().map(|(_, s)| s),
    ));
    let local = plenary::clock::local_now();
    let mut review =
        plenary::review::Review::new(catalog, local.date_naive(), *local.offset(), me(name)?);
    if board {
        review.open_board(None);
    }
    super::kept_form::restore_follow_up(&mut review);
    plenary::review::run::run(&mut review, &theme(cli))?;
    // Findings11 item 1: a follow-up form open when review stopped is kept for the next
    // review and said with what it held, so no typed text goes without a word.
    if let Some(dropped) = review.followup.as_ref().and_then(|f| f.unwritten()) {
        let kept = super::kept_form::keep_follow_up(&review)
            .unwrap_or_else(|| plenary::tr!("review-form-copy-it"));
        eprintln!("plenary: {dropped}; {kept}");
    }
    Ok(ExitCode::SUCCESS)
}

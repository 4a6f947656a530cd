//! nc13b #1: `plenary run AGENDA` when a session started from that agenda was never
//! finished (a quit, a closed laptop, a crash). Starting a new, empty session beside it
//! without a word hid what had been recorded; the facilitator is asked instead.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use plenary::domain::Session;
use plenary::store::catalog::Catalog;

use super::shell_quote;
use plenary::tr;

/// What to run: the unfinished session found, a new session of the agenda, or nothing.
#[derive(Debug, PartialEq)]
pub enum Choice {
    Resume(PathBuf),
    New,
    Quit,
}

/// The newest unfinished session in `dir` started from `agenda` that holds anything (it
/// was begun, or something was recorded), with the session.
pub fn find(agenda: &Path, dir: &Path) -> Option<(PathBuf, Session)> {
    let agenda = std::fs::canonicalize(agenda).ok()?;
    let agenda = agenda.display().to_string();
    Catalog::load(dir, &[])
        .sessions
        .into_iter()
        .filter(|(_, s)| {
            s.live.as_ref().is_some_and(|l| {
                l.agenda_file.as_deref() == Some(agenda.as_str())
                    && l.ended_at.is_none()
                    && (l.started_at.is_some() || l.revision > 0)
            })
        })
        .max_by_key(|(_, s)| s.live.as_ref().map(|l| l.created_at))
}

/// What the unfinished session holds, in one line: when it began, what was recorded.
pub fn summary(session: &Session) -> String {
    let Some(live) = &session.live else {
        return String::new();
    };
    let lang = plenary::i18n::current();
    let at = live
        .started_at
        .unwrap_or(live.created_at)
        .with_timezone(&chrono::Local);
    let when = tr!(
        "unfinished-when",
        date = plenary::i18n::date::day_month_year(at.date_naive(), lang),
        time = at.format("%H:%M").to_string()
    );
    let key = if live.started_at.is_some() {
        "unfinished-begun"
    } else {
        "unfinished-opened"
    };
    plenary::i18n::text(
        lang,
        key,
        &[
            ("when", when.into()),
            ("commitments", live.commitments.len().into()),
            ("notes", live.notes.len().into()),
        ],
    )
}

/// Asks whether to resume `found` or start a new session of `agenda`. Without a terminal
/// to ask on, says both commands and runs nothing.
pub fn ask(agenda: &Path, found: &Path, session: &Session) -> Result<Choice> {
    let said = format!(
        "{}\n  ({})",
        tr!("unfinished-found", path = found.display().to_string()),
        summary(session)
    );
    if !std::io::stdin().is_terminal() {
        bail!(
            "{said}\n{}\n{}",
            tr!(
                "unfinished-resume-it",
                command = format!("plenary run {}", shell_quote(found))
            ),
            tr!(
                "unfinished-start-new",
                command = format!("plenary run {} --new", shell_quote(agenda))
            )
        );
    }
    let mut err = std::io::stderr();
    let stdin = std::io::stdin();
    let mut line = String::new();
    writeln!(err, "plenary: {said}")?;
    loop {
        write!(err, "{} ", tr!("unfinished-ask"))?;
        err.flush()?;
        line.clear();
        if stdin.lock().read_line(&mut line)? == 0 {
            return Ok(Choice::Quit);
        }
        match line.trim().to_lowercase().as_str() {
            "" | "r" | "y" | "yes" => return Ok(Choice::Resume(found.to_path_buf())),
            "n" | "new" => return Ok(Choice::New),
            "q" | "quit" => return Ok(Choice::Quit),
            other => writeln!(err, "{}", tr!("unfinished-not-a-choice", typed = other))?,
        }
    }
}

/// Whether `session` (new this run) never began and holds nothing: its file is not kept.
pub fn holds_nothing(session: &Session) -> bool {
    session.live.as_ref().is_none_or(|l| {
        l.started_at.is_none() && l.revision == 0 && l.commitments.is_empty() && l.notes.is_empty()
    })
}

//! `plenary check`: validates session and agenda files and explains each problem, for
//! people and scripts alike: every problem of a file at once, each at its JSON path with
//! its fix, then warnings (unknown fields, presenters nobody knows, presentations that do
//! not fit). Exit 1 if any file has a problem, 2 if a file could not be read at all (missing,
//! a folder: nc13b #5); warnings alone do not fail.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use plenary::domain::text::one_line;
use plenary::domain::validate::Problem;
use plenary::i18n::{load_error, problems};
use plenary::store::examine::Findings;
use plenary::store::{self, load::shown};
use plenary::tr;

/// Checks each file and prints one verdict per file, with its problems and warnings.
pub fn check(files: &[PathBuf]) -> Result<ExitCode> {
    if files.is_empty() {
        // What to give, not clap's usage line (recheck NEW-16).
        eprintln!("{}\n  {}", tr!("cli-check-needs"), tr!("cli-check-usage"));
        return Ok(ExitCode::from(2));
    }
    let (mut bad, mut unreadable) = (0, 0);
    let mut out = String::new();
    for file in files {
        let found = match verdict(file) {
            Ok(found) => found,
            Err(e) => {
                match e {
                    store::LoadError::Io { .. } | store::LoadError::NotAFile { .. } => {
                        unreadable += 1
                    }
                    _ => bad += 1,
                }
                out.push_str(&format!("✗ {}\n", load_error::said(&e)));
                continue;
            }
        };
        match &found.session {
            Some(session) if found.problems.is_empty() => {
                let (file, title) = (shown(file), one_line(&session.title));
                let said = if session.live.is_some() {
                    tr!(
                        "cli-check-valid-session",
                        file = file,
                        title = title.as_ref()
                    )
                } else {
                    tr!(
                        "cli-check-valid-agenda",
                        file = file,
                        title = title.as_ref()
                    )
                };
                out.push_str(&format!("{said}\n"));
            }
            _ => {
                bad += 1;
                let count = found.problems.len();
                let said = tr!("cli-check-problems", file = shown(file), count = count);
                out.push_str(&format!("{said}\n"));
                list(&mut out, &found.problems);
            }
        }
        if !found.warnings.is_empty() {
            let count = found.warnings.len();
            let said = tr!("cli-check-warnings", file = shown(file), count = count);
            out.push_str(&format!("{said}\n"));
            list(&mut out, &found.warnings);
        }
    }
    store::output::to_stdout(out.as_bytes())?;
    Ok(if unreadable > 0 {
        ExitCode::from(2)
    } else if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Everything one look at `file` finds, or why it cannot be read at all.
fn verdict(file: &Path) -> Result<Findings, store::LoadError> {
    let text = store::load::read(file)?;
    store::examine::examine(file, &text)
}

fn list(out: &mut String, problems: &[Problem]) {
    for p in problems {
        out.push_str(&format!("    {}\n", one_line(&problems::line(p))));
    }
}

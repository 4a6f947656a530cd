//! `plenary check`: validates session and agenda files and explains each problem, for
//! people and scripts alike: every problem of a file at once, each at its JSON path with
//! its fix, then warnings (unknown fields, presenters nobody knows, presentations that do
//! not fit). Exit 1 if any file has a problem; warnings alone do not fail.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use plenary::domain::Session;
use plenary::domain::text::one_line;
use plenary::domain::validate::Problem;
use plenary::store::{self, load::shown};

/// Checks each file and prints one verdict per file, with its problems and warnings.
pub fn check(files: &[PathBuf]) -> Result<ExitCode> {
    let mut bad = 0;
    let mut out = String::new();
    for file in files {
        match verdict(file) {
            Err(store::LoadError::Problems { path, problems }) => {
                bad += 1;
                out.push_str(&format!(
                    "✗ {}: {} problem(s):\n",
                    shown(&path),
                    problems.len()
                ));
                list(&mut out, &problems);
                // The fields it does not know, in the same pass: often the cause.
                let unknown = unknown_in(&path);
                if !unknown.is_empty() {
                    out.push_str(&format!(
                        "! {}: {} warning(s):\n",
                        shown(&path),
                        unknown.len()
                    ));
                    list(&mut out, &unknown);
                }
            }
            Err(e) => {
                bad += 1;
                out.push_str(&format!("✗ {e}\n"));
            }
            Ok((session, warnings)) => {
                let problems = session.problems();
                if problems.is_empty() {
                    let kind = if session.live.is_some() {
                        "recorded session"
                    } else {
                        "agenda"
                    };
                    out.push_str(&format!(
                        "✓ {}: a valid {kind}, “{}”\n",
                        shown(file),
                        one_line(&session.title)
                    ));
                } else {
                    bad += 1;
                    out.push_str(&format!(
                        "✗ {}: {} problem(s):\n",
                        shown(file),
                        problems.len()
                    ));
                    list(&mut out, &problems);
                }
                if !warnings.is_empty() {
                    out.push_str(&format!(
                        "! {}: {} warning(s):\n",
                        shown(file),
                        warnings.len()
                    ));
                    list(&mut out, &warnings);
                }
            }
        }
    }
    store::output::to_stdout(out.as_bytes())?;
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The session in `file` and the warnings about it, or why it cannot be read at all.
fn verdict(file: &Path) -> Result<(Session, Vec<Problem>), store::LoadError> {
    let text = store::load::read(file)?;
    let session = store::load::parse(file, &text)?;
    let mut warnings = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map(|v| store::shape::unknown_fields(&v))
        .unwrap_or_default();
    warnings.extend(session.advice());
    Ok((session, warnings))
}

/// Unknown-field warnings for a file whose shape is wrong, read again for them.
fn unknown_in(file: &Path) -> Vec<Problem> {
    store::load::read(file)
        .ok()
        .and_then(|text| serde_json::from_str(text.trim_start_matches('\u{feff}')).ok())
        .map(|v| store::shape::unknown_fields(&v))
        .unwrap_or_default()
}

fn list(out: &mut String, problems: &[Problem]) {
    for p in problems {
        out.push_str(&format!("    {}\n", one_line(&p.to_string())));
    }
}

//! Everything wrong with an agenda or session file, in one pass (issue 13, item 1): every
//! key written twice, every structural mistake, and — on a copy with those values put
//! right — the problems of the plan itself and the warnings, so nothing waits for a second
//! round of `plenary check`. Only a file that is not JSON at all (or is newer than this
//! build) stops the look, with its line and column.

use std::path::Path;

use serde_json::Value;

use super::load::{LoadError, located};
use super::{duplicates, shape};
use crate::domain::validate::{Problem, Why};
use crate::domain::{FORMAT_VERSION, Session};

/// What one look at a file found.
pub struct Findings {
    /// The session as read, when it could be read as one (with no problem of shape).
    pub session: Option<Session>,
    /// What stops the file from being used, each at its JSON path with its fix.
    pub problems: Vec<Problem>,
    /// What is probably not meant, but does not stop it.
    pub warnings: Vec<Problem>,
    /// When there are problems but the file could be read as a session, values that could
    /// not be read aside: the session with stand-ins in their places, and each of them (for
    /// `plenary edit`, to fix them in the editor).
    pub with_stand_ins: Option<(Session, Vec<super::stand_ins::StandIn>)>,
}

/// Looks at `text`, read from `path` (only used in messages).
pub fn examine(path: &Path, text: &str) -> Result<Findings, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| located(path, text, &e))?;
    let mut problems = duplicates::duplicates(text);
    let twice = |key: &str| problems.iter().any(|p| p.path == key);
    // A format given twice is a slip to fix, not a newer file.
    match value.get("format").and_then(Value::as_u64) {
        Some(found) if found > u64::from(FORMAT_VERSION) && !twice("format") => {
            return Err(LoadError::Newer {
                path: path.to_path_buf(),
                found,
            });
        }
        Some(0) => problems.push(Problem {
            path: "format".into(),
            why: Why::FormatZero,
        }),
        _ => {}
    }
    let mut mistakes = shape::mistakes(&value);
    if let Some(first) = mistakes
        .iter_mut()
        .find(|p| p.path == "format" && matches!(p.why, Why::Missing { .. }))
    {
        first.why = Why::FormatMissing;
    }
    problems.extend(mistakes);
    // The typed reader on the file itself when nothing is wrong with its shape; else on a
    // copy with the wrong values put right, for what else there is to say.
    let mut stand_ins = Vec::new();
    let typed = if problems.is_empty() {
        serde_json::from_str::<Session>(text).map_err(|e| located(path, text, &e))?
    } else {
        let mut copy = shape::repaired(&value);
        if let Value::Object(map) = &mut copy {
            map.insert("format".into(), Value::from(FORMAT_VERSION));
        }
        match serde_json::from_value::<Session>(copy) {
            Ok(s) => {
                // What stands in is what the session as read would write back (a default
                // for a value left out), not the copy's gap.
                if let Ok(as_read) = serde_json::to_value(&s) {
                    stand_ins = super::stand_ins::stand_ins(&problems, &value, &as_read);
                }
                s
            }
            Err(_) => {
                return Ok(Findings {
                    session: None,
                    problems,
                    warnings: shape::unknown_fields(&value),
                    with_stand_ins: None,
                });
            }
        }
    };
    let said: Vec<String> = problems.iter().map(|p| p.path.clone()).collect();
    let new = |p: &Problem| {
        !said
            .iter()
            .any(|s| within(&p.path, s) || follows_from(&p.why, s))
    };
    problems.extend(typed.problems().into_iter().filter(new));
    let mut warnings = shape::unknown_fields(&value);
    warnings.extend(typed.advice().into_iter().filter(new));
    let whole = problems.is_empty();
    let (session, with_stand_ins) = if whole {
        (Some(typed), None)
    } else {
        (None, Some((typed, stand_ins)))
    };
    Ok(Findings {
        session,
        problems,
        warnings,
        with_stand_ins,
    })
}

/// Whether `why` only follows from the list at `said` being unreadable, and so read as
/// empty (no participants, no groups), or from minutes put right to be read (nc13d #9:
/// the problem itself says it all).
fn follows_from(why: &Why, said: &str) -> bool {
    match said {
        "participants" => matches!(
            why,
            Why::PresenterUnknown(_)
                | Why::PresenterNotParticipant(_)
                | Why::MemberNotParticipant(_)
                | Why::WrittenAs { .. }
        ),
        "groups" => matches!(
            why,
            Why::PresentationsWithoutGroups | Why::ReportBackShort { .. }
        ),
        // The presentations' length is reckoned from minutes the file does not give.
        _ if said == "presenter_minutes"
            || said.starts_with("groups[") && said.ends_with(".minutes") =>
        {
            matches!(why, Why::ReportBackShort { .. })
        }
        _ => false,
    }
}

/// Whether `path` is `said` or a part of it (`agenda[1].minutes` is within `agenda[1]`).
fn within(path: &str, said: &str) -> bool {
    path.strip_prefix(said)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

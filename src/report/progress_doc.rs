//! The progress report across sessions as a `Doc` (issue 15): a summary line, completion
//! per session and per stakeholder group, then one row per commitment under its session.

use chrono::NaiveDate;

use super::doc::{Block, Doc};
use super::progress::{self, Standing, Tally};
use crate::domain::board::BoardRow;

/// What the report was narrowed to, said under the title so a reader knows what is counted.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub since: Option<NaiveDate>,
    pub owner: Option<String>,
    pub stakeholder: Option<String>,
    /// Files that could not be read: named, since their commitments are not counted.
    pub skipped: Vec<String>,
}

/// One sentence with the five counts: "1 done, 4 on track, … (20% done)".
pub fn counts_sentence(t: &Tally) -> String {
    let parts: Vec<String> = Standing::ALL
        .iter()
        .map(|s| format!("{} {}", t.get(*s), s.label()))
        .collect();
    format!("{} ({}% done)", parts.join(", "), t.percent_done())
}

/// The deadline as a reader follows it: "2026-03-31 → 2026-06-30" once moved.
pub fn deadline_text(r: &BoardRow) -> String {
    match r.original_deadline {
        Some(first) if first != r.deadline => format!("{first} → {}", r.deadline),
        _ => r.deadline.to_string(),
    }
}

/// The standing in words, with the days for an overdue one.
pub fn standing_text(r: &BoardRow, today: NaiveDate) -> String {
    match Standing::of(r, today) {
        Standing::Overdue => {
            let days = (today - r.deadline).num_days();
            format!("overdue ({days} day{})", if days == 1 { "" } else { "s" })
        }
        s => s.label().to_string(),
    }
}

/// The latest note with who gave it and the day: "waiting for the budget — Amina, 2026-09-01".
pub fn note_text(r: &BoardRow) -> String {
    progress::latest_note(r)
        .map(|(note, who, day)| format!("{note} — {who}, {day}"))
        .unwrap_or_default()
}

/// The report over `rows` (already filtered), as of `today`.
pub fn document(rows: &[BoardRow], today: NaiveDate, scope: &Scope) -> Doc {
    let figures = progress::figures(rows, today);
    let mut blocks = Vec::new();
    let sessions = figures.sessions.len();
    blocks.push(Block::Para(format!(
        "As of {today}: {} commitment{} from {sessions} session{}: {}.",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" },
        if sessions == 1 { "" } else { "s" },
        counts_sentence(&figures.overall)
    )));
    let mut narrowed = Vec::new();
    if let Some(d) = scope.since {
        narrowed.push(format!("sessions since {d}"));
    }
    if let Some(o) = &scope.owner {
        narrowed.push(format!("owners matching “{o}”"));
    }
    if let Some(g) = &scope.stakeholder {
        narrowed.push(format!("stakeholder groups matching “{g}”"));
    }
    if !narrowed.is_empty() {
        blocks.push(Block::Para(format!("Only {}.", narrowed.join("; "))));
    }
    if !scope.skipped.is_empty() {
        blocks.push(Block::Para(format!(
            "Not counted: {} file{} could not be read ({}).",
            scope.skipped.len(),
            if scope.skipped.len() == 1 { "" } else { "s" },
            scope.skipped.join(", ")
        )));
    }
    blocks.push(Block::Para(
        "Renegotiated: still owed, not yet due, with a deadline moved since it was agreed. \
         Done is counted against the commitments not dropped."
            .into(),
    ));
    let lines = |ls: &[progress::Line]| {
        ls.iter()
            .map(|l| (l.label.clone(), l.tally.clone()))
            .collect::<Vec<_>>()
    };
    blocks.push(Block::Heading(2, "Completion by session".into()));
    blocks.push(Block::Bars {
        caption: "session".into(),
        lines: lines(&figures.sessions),
    });
    blocks.push(Block::Heading(2, "Completion by stakeholder group".into()));
    blocks.push(Block::Bars {
        caption: "stakeholder group".into(),
        lines: lines(&figures.stakeholders),
    });
    blocks.push(Block::Heading(2, "Commitments".into()));
    if rows.is_empty() {
        blocks.push(Block::Para("None match.".into()));
    }
    let mut sorted: Vec<&BoardRow> = rows.iter().collect();
    sorted
        .sort_by(|a, b| crate::domain::board::compare(a, b, crate::domain::board::SortBy::Session));
    let header: Vec<String> = [
        "What",
        "Owner",
        "Group",
        "Agreed on",
        "Deadline",
        "Moved",
        "Status",
        "Latest note",
    ]
    .map(String::from)
    .to_vec();
    for chunk in sorted.chunk_by(|a, b| a.session_id == b.session_id) {
        let first = chunk[0];
        let agreed = first
            .session_date
            .unwrap_or(first.session_started.date_naive());
        blocks.push(Block::Heading(
            3,
            format!("{agreed} {}", first.session_title),
        ));
        blocks.push(Block::Table {
            header: header.clone(),
            rows: chunk
                .iter()
                .map(|r| {
                    let moved = progress::moves(r);
                    vec![
                        r.what.clone(),
                        r.owner.clone(),
                        progress::stakeholder_of(r).to_string(),
                        agreed.to_string(),
                        deadline_text(r),
                        if moved == 0 {
                            String::new()
                        } else {
                            format!("{moved}×")
                        },
                        standing_text(r, today),
                        note_text(r),
                    ]
                })
                .collect(),
        });
    }
    Doc {
        title: "Progress on commitments".into(),
        blocks,
    }
}

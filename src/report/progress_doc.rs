//! The progress report across sessions as a `Doc` (issue 15): a summary line, completion
//! per session and per stakeholder group, then one row per commitment under its session.

use chrono::NaiveDate;

use super::doc::{Block, Doc};
use super::language;
use super::progress::{self, Standing, Tally};
use crate::domain::board::BoardRow;
use crate::i18n::Lang;
use crate::tr;

/// What the report was narrowed to, said under the title so a reader knows what is counted.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub since: Option<NaiveDate>,
    pub owner: Option<String>,
    pub stakeholder: Option<String>,
    /// Files that could not be read: named, since their commitments are not counted.
    pub skipped: Vec<String>,
    /// The language the report is written in (issue 16).
    pub lang: Lang,
}

/// One sentence with the five counts: "1 done, 4 on track, … (20% done)".
pub fn counts_sentence(t: &Tally, lang: Lang) -> String {
    let parts: Vec<String> = Standing::ALL
        .iter()
        .map(|s| s.count(t.get(*s), lang))
        .collect();
    tr!(in lang; "report-counts", counts = parts.join(", "), percent = t.percent_done())
}

/// The deadline as a reader follows it: "2026-03-31 → 2026-06-30" once moved, its dates
/// written in `lang` ("31 mars 2026 → 30 juin 2026", nc16 #7).
pub fn deadline_text(r: &BoardRow, lang: Lang) -> String {
    let day = |d| language::sentence_date(d, lang);
    match r.original_deadline {
        Some(first) if first != r.deadline => format!("{} → {}", day(first), day(r.deadline)),
        _ => day(r.deadline),
    }
}

/// The standing in words, with the days for an overdue one.
pub fn standing_text(r: &BoardRow, today: NaiveDate, lang: Lang) -> String {
    match Standing::of(r, today) {
        Standing::Overdue => {
            let days = (today - r.deadline).num_days();
            tr!(in lang; "report-overdue-days", days = days)
        }
        s => s.word(lang),
    }
}

/// The latest note with who gave it and the day: "waiting for the budget — Amina, 2026-09-01"
/// (the day in `lang`).
pub fn note_text(r: &BoardRow, lang: Lang) -> String {
    progress::latest_note(r)
        .map(|(note, who, day)| format!("{note} — {who}, {}", language::sentence_date(day, lang)))
        .unwrap_or_default()
}

/// The report over `rows` (already filtered), as of `today`.
pub fn document(rows: &[BoardRow], today: NaiveDate, scope: &Scope) -> Doc {
    let lang = scope.lang;
    let figures = progress::figures(rows, today, &|d| language::sentence_date(d, lang));
    let mut blocks = Vec::new();
    let sessions = figures.sessions.len();
    blocks.push(Block::Para(tr!(in lang; "report-as-of",
        date = language::sentence_date(today, lang),
        count = rows.len(),
        sessions = sessions,
        counts = counts_sentence(&figures.overall, lang))));
    let mut narrowed = Vec::new();
    if let Some(d) = scope.since {
        let date = language::sentence_date(d, lang);
        narrowed.push(tr!(in lang; "report-since", date = date));
    }
    if let Some(o) = &scope.owner {
        narrowed.push(tr!(in lang; "report-owners-matching", text = o));
    }
    if let Some(g) = &scope.stakeholder {
        narrowed.push(tr!(in lang; "report-groups-matching", text = g));
    }
    if !narrowed.is_empty() {
        blocks.push(Block::Para(
            tr!(in lang; "report-only", what = narrowed.join("; ")),
        ));
    }
    if !scope.skipped.is_empty() {
        blocks.push(Block::Para(tr!(in lang; "report-not-counted",
            count = scope.skipped.len(),
            files = scope.skipped.join(", "))));
    }
    blocks.push(Block::Para(tr!(in lang; "report-legend")));
    // Owners outside the participant lists are counted under "Other", named in the language.
    let other = |label: &str| {
        if label == "Other" {
            tr!(in lang; "report-other-group")
        } else {
            label.to_string()
        }
    };
    let lines = |ls: &[progress::Line]| {
        ls.iter()
            .map(|l| (other(&l.label), l.tally.clone()))
            .collect::<Vec<_>>()
    };
    blocks.push(Block::Heading(2, tr!(in lang; "report-by-session")));
    blocks.push(Block::Bars {
        caption: tr!(in lang; "report-session"),
        lines: lines(&figures.sessions),
    });
    blocks.push(Block::Heading(2, tr!(in lang; "report-by-group")));
    blocks.push(Block::Bars {
        caption: tr!(in lang; "report-group"),
        lines: lines(&figures.stakeholders),
    });
    blocks.push(Block::Heading(2, tr!(in lang; "report-commitments")));
    if rows.is_empty() {
        blocks.push(Block::Para(tr!(in lang; "report-none-match")));
    }
    let mut sorted: Vec<&BoardRow> = rows.iter().collect();
    sorted
        .sort_by(|a, b| crate::domain::board::compare(a, b, crate::domain::board::SortBy::Session));
    let header: Vec<String> = vec![
        tr!(in lang; "report-col-what"),
        tr!(in lang; "report-col-owner"),
        tr!(in lang; "report-col-group"),
        tr!(in lang; "report-col-agreed-on"),
        tr!(in lang; "report-col-deadline"),
        tr!(in lang; "report-col-moved"),
        tr!(in lang; "report-col-status"),
        tr!(in lang; "report-col-note"),
    ];
    for chunk in sorted.chunk_by(|a, b| a.session_id == b.session_id) {
        let first = chunk[0];
        let agreed = first
            .session_date
            .unwrap_or(first.session_started.date_naive());
        blocks.push(Block::Heading(
            3,
            format!(
                "{} {}",
                language::sentence_date(agreed, lang),
                first.session_title
            ),
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
                        other(progress::stakeholder_of(r)),
                        language::sentence_date(agreed, lang),
                        deadline_text(r, lang),
                        if moved == 0 {
                            String::new()
                        } else {
                            format!("{moved}×")
                        },
                        standing_text(r, today, lang),
                        note_text(r, lang),
                    ]
                })
                .collect(),
        });
    }
    Doc {
        title: tr!(in lang; "report-title"),
        blocks,
        lang,
    }
}

//! The outcome document's summary line, under its title: who came, how many groups
//! reported back, and what was agreed by whom and by when — the one sentence a reader
//! outside the room needs first (issue 15, "documents that can be sent").

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::domain::Session;
use crate::domain::board::BoardRow;
use crate::tr;

/// "14 participants from 6 stakeholder groups; 3 groups reported back; 12 commitments by
/// 11 owners, due 2 July 2026 to 30 April 2027."
pub fn line(s: &Session, rows: &[BoardRow], now: DateTime<Utc>) -> String {
    let lang = super::language::of_session(s);
    let groups: BTreeSet<String> = s
        .participants
        .iter()
        .map(|p| crate::domain::fold::fold(p.stakeholder.trim()))
        .filter(|g| !g.is_empty())
        .collect();
    let reported = (0..s.groups.len())
        .filter(|g| s.group_time(*g, now).used > 0)
        .count();
    let owners: BTreeSet<String> = rows
        .iter()
        .map(|r| crate::domain::fold::fold(r.owner.trim()))
        .collect();
    let mut parts = vec![tr!(in lang; "doc-summary-people",
        people = s.participants.len(),
        groups = groups.len())];
    if !s.groups.is_empty() {
        parts.push(tr!(in lang; "doc-summary-reported",
            reported = reported,
            groups = s.groups.len()));
    }
    let due = |f: fn(&BoardRow, &BoardRow) -> bool| {
        rows.iter()
            .reduce(|a, b| if f(a, b) { a } else { b })
            .map(|r| crate::i18n::date::day_month_year(r.deadline, lang))
    };
    let range = match (
        due(|a, b| a.deadline <= b.deadline),
        due(|a, b| a.deadline >= b.deadline),
    ) {
        (Some(first), Some(last)) if first != last => {
            tr!(in lang; "doc-summary-due-range", first = first, last = last)
        }
        (Some(only), _) => tr!(in lang; "doc-summary-due", date = only),
        _ => String::new(),
    };
    parts.push(format!(
        "{}{range}",
        tr!(in lang; "doc-summary-commitments", count = rows.len(), owners = owners.len())
    ));
    format!("{}.", parts.join(&tr!(in lang; "doc-parts-separator")))
}

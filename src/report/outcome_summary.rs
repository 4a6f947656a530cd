//! The outcome document's summary line, under its title: who came, how many groups
//! reported back, and what was agreed by whom and by when — the one sentence a reader
//! outside the room needs first (issue 15, "documents that can be sent").

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::domain::Session;
use crate::domain::board::BoardRow;

/// "14 participants from 6 stakeholder groups; 3 groups reported back; 12 commitments by
/// 11 owners, due 2 July 2026 to 30 April 2027."
pub fn line(s: &Session, rows: &[BoardRow], now: DateTime<Utc>) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
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
    let mut parts = vec![format!(
        "{} from {}",
        plural(s.participants.len(), "participant", "participants"),
        plural(groups.len(), "stakeholder group", "stakeholder groups")
    )];
    if !s.groups.is_empty() {
        parts.push(format!(
            "{} of {} reported back",
            reported,
            plural(s.groups.len(), "group", "groups")
        ));
    }
    let due = |f: fn(&BoardRow, &BoardRow) -> bool| {
        rows.iter()
            .reduce(|a, b| if f(a, b) { a } else { b })
            .map(|r| r.deadline.format("%-d %B %Y").to_string())
    };
    let range = match (
        due(|a, b| a.deadline <= b.deadline),
        due(|a, b| a.deadline >= b.deadline),
    ) {
        (Some(first), Some(last)) if first != last => format!(", due {first} to {last}"),
        (Some(only), _) => format!(", due {only}"),
        _ => String::new(),
    };
    parts.push(format!(
        "{} by {}{range}",
        plural(rows.len(), "commitment", "commitments"),
        plural(owners.len(), "owner", "owners")
    ));
    format!("{}.", parts.join("; "))
}

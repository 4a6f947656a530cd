//! A session's outcome document to send outside the room (issue 15 B, "external" mode), as
//! a `Doc` for HTML and DOCX: no Unix log-ins, no clock times, a summary line, and the
//! commitments as a What / Who / By when / Status table stated "as of" a date.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};

use super::doc::{Block, Doc};
use super::progress_doc::{deadline_text, standing_text};
use crate::domain::Session;
use crate::domain::board::BoardRow;

/// The document; `rows` are the session's commitments as the board computed them, `now`
/// the instant durations are counted to (a session still running), `today` the "as of".
pub fn document(s: &Session, rows: &[BoardRow], now: DateTime<Utc>, today: NaiveDate) -> Doc {
    let mut blocks = Vec::new();
    let when: Vec<String> = [
        s.date.map(|d| d.format("%A %-d %B %Y").to_string()),
        (!s.venue.trim().is_empty()).then(|| s.venue.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !when.is_empty() {
        blocks.push(Block::Para(when.join(" · ")));
    }
    blocks.push(Block::Para(summary(s, rows, now)));

    if !s.participants.is_empty() {
        blocks.push(Block::Heading(2, "Participants".into()));
        let mut people: Vec<Vec<String>> = s
            .participants
            .iter()
            .map(|p| {
                let group = if p.stakeholder.trim().is_empty() {
                    "Other".to_string()
                } else {
                    p.stakeholder.clone()
                };
                vec![group, p.name.clone(), p.organisation.clone()]
            })
            .collect();
        people.sort();
        blocks.push(Block::Table {
            header: ["Stakeholder group", "Name", "Organisation"]
                .map(String::from)
                .to_vec(),
            rows: people,
        });
    }

    blocks.push(Block::Heading(2, "Agenda".into()));
    let live = s.live.as_ref();
    let agenda = s
        .item_order()
        .into_iter()
        .enumerate()
        .filter_map(|(place, i)| {
            let item = s.agenda.get(i)?;
            let held = live
                .and_then(|l| l.items.get(i))
                .is_some_and(|r| !r.spans.is_empty());
            let actual = if held {
                format!("{} min", s.item_elapsed(i, now).num_minutes())
            } else {
                "not held".into()
            };
            Some(vec![
                (place + 1).to_string(),
                item.title.clone(),
                format!("{} min", item.minutes),
                actual,
            ])
        })
        .collect();
    blocks.push(Block::Table {
        header: ["#", "Item", "Planned", "Actual"]
            .map(String::from)
            .to_vec(),
        rows: agenda,
    });

    // Notes without their authors or times: what was said, not who typed it when.
    let notes: Vec<&crate::domain::Note> = live
        .map(|l| l.notes.iter().filter(|n| !n.deleted).collect())
        .unwrap_or_default();
    if !s.groups.is_empty() {
        blocks.push(Block::Heading(2, "What the groups said".into()));
        for g in s.group_order() {
            let Some(group) = s.groups.get(g) else {
                continue;
            };
            let absent = if s.is_absent(g) { " (absent)" } else { "" };
            blocks.push(Block::Heading(3, format!("{}{absent}", group.name)));
            if !group.topic.trim().is_empty() {
                blocks.push(Block::Para(group.topic.clone()));
            }
            if !group.presenter.trim().is_empty() {
                blocks.push(Block::Para(format!("Presented by {}.", group.presenter)));
            }
            for n in notes.iter().filter(|n| n.anchor.group == Some(g)) {
                blocks.push(Block::Para(n.text.clone()));
            }
        }
    }
    let general: Vec<_> = notes.iter().filter(|n| n.anchor.group.is_none()).collect();
    if !general.is_empty() {
        blocks.push(Block::Heading(2, "Notes".into()));
        for i in s.item_order() {
            let here: Vec<_> = general.iter().filter(|n| n.anchor.item == i).collect();
            if let (Some(item), false) = (s.agenda.get(i), here.is_empty()) {
                blocks.push(Block::Heading(3, item.title.clone()));
                blocks.extend(here.iter().map(|n| Block::Para(n.text.clone())));
            }
        }
    }

    blocks.push(Block::Heading(2, "Commitments".into()));
    if rows.is_empty() {
        blocks.push(Block::Para("None recorded.".into()));
    } else {
        blocks.push(Block::Para(format!("Status as of {today}.")));
        let mut sorted: Vec<&BoardRow> = rows.iter().collect();
        sorted.sort_by(|a, b| {
            crate::domain::board::compare(a, b, crate::domain::board::SortBy::Deadline)
        });
        blocks.push(Block::Table {
            header: ["What", "Who", "By when", "Status"]
                .map(String::from)
                .to_vec(),
            rows: sorted
                .iter()
                .map(|r| {
                    vec![
                        r.what.clone(),
                        r.owner.clone(),
                        deadline_text(r),
                        standing_text(r, today),
                    ]
                })
                .collect(),
        });
    }
    Doc {
        title: s.title.clone(),
        blocks,
    }
}

/// "14 participants from 6 stakeholder groups; 3 groups reported back; 12 commitments by
/// 11 owners, due 2 July 2026 to 30 April 2027."
fn summary(s: &Session, rows: &[BoardRow], now: DateTime<Utc>) -> String {
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

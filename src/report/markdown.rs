//! The outcome document of one session, in Markdown: what the room said and agreed.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, Utc};

use crate::domain::board::BoardRow;
use crate::domain::text::one_line;
use crate::domain::timer::clock_text;
use crate::domain::{Note, Session};
use crate::i18n::{Lang, date};

/// Text safe inside a Markdown table cell or list item (one line, no stray pipes, and any
/// control character an older file holds shown as `\xNN` instead of reaching a terminal).
fn inline(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line(&line).replace('|', "\\|")
}

/// Renders the document; `rows` are this session's commitments as the board computed them
/// (so overdue days match what `plenary commitments` says), `offset` the local time zone.
pub fn render(s: &Session, rows: &[BoardRow], now: DateTime<Utc>, offset: FixedOffset) -> String {
    let mut out = String::new();
    let local = |t: DateTime<Utc>| t.with_timezone(&offset).format("%H:%M").to_string();
    let _ = writeln!(out, "# {}\n", inline(&s.title));
    let when: Vec<String> = [
        // Issue 16, item 3: one writer of dates. The document is still in English; when its
        // words are converted, the session's language goes here.
        s.date.map(|d| date::long(d, Lang::En)),
        (!s.venue.is_empty()).then(|| inline(&s.venue)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !when.is_empty() {
        let _ = writeln!(out, "{}\n", when.join(" · "));
    }

    if !s.participants.is_empty() {
        let _ = writeln!(out, "## Participants\n");
        let mut by_group: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for p in &s.participants {
            let group = if p.stakeholder.trim().is_empty() {
                "Other".to_string()
            } else {
                p.stakeholder.clone()
            };
            let who = if p.organisation.is_empty() {
                inline(&p.name)
            } else {
                format!("{}, {}", inline(&p.name), inline(&p.organisation))
            };
            by_group.entry(group).or_default().push(who);
        }
        for (group, people) in by_group {
            let _ = writeln!(out, "**{}**: {}\n", inline(&group), people.join("; "));
        }
    }

    let _ = writeln!(out, "## Agenda\n");
    let _ = writeln!(out, "| # | Item | Planned | Actual | Started |");
    let _ = writeln!(out, "|---|---|---:|---:|---|");
    let live = s.live.as_ref();
    // The running order, as the plan was changed live; items taken out are listed under
    // "Changes to the plan".
    for (place, i) in s.item_order().into_iter().enumerate() {
        let Some(item) = s.agenda.get(i) else {
            continue;
        };
        let spans = live
            .and_then(|l| l.items.get(i))
            .map(|r| r.spans.as_slice())
            .unwrap_or(&[]);
        let (actual, started) = match spans.first() {
            Some(first) => (
                format!("{} min", s.item_elapsed(i, now).num_minutes()),
                local(first.start),
            ),
            None => ("not held".to_string(), String::new()),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} min | {} | {} |",
            place + 1,
            inline(&item.title),
            item.minutes,
            actual,
            started
        );
    }
    if let (Some(start), Some(end)) = (
        live.and_then(|l| l.started_at),
        live.and_then(|l| l.ended_at),
    ) {
        let total = (end - start).num_minutes();
        let planned = s.planned_total().num_minutes();
        let _ = writeln!(
            out,
            "\nRan {}–{}: {} min against {} planned.",
            local(start),
            local(end),
            total,
            planned
        );
    }

    if let Some(changes) = live.map(|l| &l.plan_changes).filter(|c| !c.is_empty()) {
        let _ = writeln!(out, "\n### Changes to the plan\n");
        for c in changes {
            let _ = writeln!(
                out,
                "- {} ({}, {})",
                inline(&c.change),
                inline(&c.by.name),
                local(c.at)
            );
        }
    }

    // Deleted notes are kept in the file with their history, not in the document.
    let notes: Vec<&Note> = live
        .map(|l| l.notes.iter().filter(|n| !n.deleted).collect())
        .unwrap_or_default();
    let note_line = |n: &Note| {
        format!(
            "- {} ({}, {})",
            inline(&n.text),
            inline(&n.author.name),
            local(n.at)
        )
    };
    if !s.groups.is_empty() {
        let _ = writeln!(out, "\n## Groups\n");
        for g in s.group_order() {
            let Some(group) = s.groups.get(g) else {
                continue;
            };
            let absent = if s.is_absent(g) { " (absent)" } else { "" };
            let _ = writeln!(out, "### {}{absent}\n", inline(&group.name));
            if !group.topic.is_empty() {
                let _ = writeln!(out, "{}\n", inline(&group.topic));
            }
            {
                let crate::domain::summary::GroupTime {
                    used, budget, over, ..
                } = s.group_time(g, now);
                if used > 0 {
                    let presenter = if group.presenter.is_empty() {
                        String::new()
                    } else {
                        format!("{} presented; ", inline(&group.presenter))
                    };
                    let overrun = if over > 0 {
                        format!(", {} over", clock_text(over, false))
                    } else {
                        String::new()
                    };
                    let _ = writeln!(
                        out,
                        "{presenter}{} of {} used{overrun}.\n",
                        clock_text(used, false),
                        clock_text(budget, false)
                    );
                }
            }
            for n in notes.iter().filter(|n| n.anchor.group == Some(g)) {
                let _ = writeln!(out, "{}", note_line(n));
            }
            out.push('\n');
        }
    }
    let general: Vec<&Note> = notes
        .iter()
        .copied()
        .filter(|n| n.anchor.group.is_none())
        .collect();
    if !general.is_empty() {
        let _ = writeln!(out, "## Notes\n");
        for i in s.item_order() {
            let Some(item) = s.agenda.get(i) else {
                continue;
            };
            let here: Vec<&&Note> = general.iter().filter(|n| n.anchor.item == i).collect();
            if here.is_empty() {
                continue;
            }
            let _ = writeln!(out, "**{}**\n", inline(&item.title));
            for n in here {
                let _ = writeln!(out, "{}", note_line(n));
            }
            out.push('\n');
        }
    }

    let _ = writeln!(out, "## Commitments\n");
    if rows.is_empty() {
        let _ = writeln!(out, "None recorded.");
    }
    let mut by_owner: BTreeMap<String, Vec<&BoardRow>> = BTreeMap::new();
    for r in rows {
        by_owner
            .entry(r.owner.trim().to_string())
            .or_default()
            .push(r);
    }
    for (owner, list) in by_owner {
        let _ = writeln!(out, "### {}\n", inline(&owner));
        for r in list {
            let mark = if matches!(r.status, crate::domain::Status::Done) {
                "x"
            } else {
                " "
            };
            let overdue = if r.is_overdue() {
                format!(", {} days overdue", r.days_overdue)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "- [{mark}] {} — by {} ({}{overdue}) `{}`",
                inline(&r.what),
                date::day_month_year(r.deadline, Lang::En),
                r.status.label(),
                one_line(&r.id)
            );
        }
        out.push('\n');
    }
    out
}

//! The outcome document of one session, as blocks: who came, the agenda as it ran, what
//! the groups and the room said, the follow-up of earlier commitments and what was agreed.
//! Times are the session's own (its recorded UTC offset); in the external mode nothing
//! names a log-in or a clock time (issue 15, item 6).

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use super::document::{Document, Table};
use crate::domain::board::BoardRow;
use crate::domain::timer::clock_text;
use crate::domain::{Author, Note, Session};
use crate::i18n::{Lang, date};
use crate::tr;

/// How a document is made.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub now: DateTime<Utc>,
    /// The exporter's offset: used only when the session did not record its own.
    pub offset: FixedOffset,
    /// The day "as of" which overdue days are counted.
    pub today: NaiveDate,
    /// For people outside the room: no log-ins, no clock times.
    pub external: bool,
}

impl Options {
    /// The offset the session's times are given in: its own when recorded.
    pub fn offset_of(&self, s: &Session) -> FixedOffset {
        s.live
            .as_ref()
            .and_then(|l| l.offset())
            .unwrap_or(self.offset)
    }
}

/// The long form of a date in documents: "26 November 2026", "26 novembre 2026".
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    date::day_month_year(d, lang)
}

/// The short form, for tables: "26 Nov 2026", "26 nov. 2026".
pub fn short_date(d: NaiveDate, lang: Lang) -> String {
    date::short(d, lang)
}

/// `text` with each date written 2026-09-30 in it written as the document's tables write
/// dates ("30 Sep 2026"): one format in one document (nc15 #13).
pub(super) fn dates_written_short(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let date = rest
            .get(..10)
            .filter(|d| d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-')
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        match date {
            Some(d) => {
                out.push_str(&short_date(d, lang));
                rest = &rest[10..];
            }
            None => {
                let digits = rest
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len());
                out.push_str(&rest[..digits]);
                rest = &rest[digits..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text to one line, runs of white space as one space.
pub(super) fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Who and when, after something said or changed: "(amina, 10:32)" inside the room,
/// nothing in the external mode.
pub(super) fn signed(
    o: &Options,
    offset: FixedOffset,
    by: &Author,
    at: DateTime<Utc>,
    with_date: bool,
    lang: Lang,
) -> String {
    if o.external {
        return String::new();
    }
    let local = at.with_timezone(&offset);
    let when = if with_date {
        format!(
            "{} {}",
            short_date(local.date_naive(), lang),
            local.format("%H:%M")
        )
    } else {
        local.format("%H:%M").to_string()
    };
    format!(" ({}, {when})", flat(&by.name))
}

/// Builds the document; `rows` are this session's commitments as the board computed them
/// (so overdue days match what `plenary commitments` says).
pub fn build(s: &Session, rows: &[BoardRow], o: &Options) -> Document {
    let lang = super::language::of_session(s);
    let mut doc = Document {
        lang,
        ..Document::default()
    };
    let offset = o.offset_of(s);
    let local = |t: DateTime<Utc>| t.with_timezone(&offset).format("%H:%M").to_string();
    doc.heading(1, flat(&s.title));
    let when: Vec<String> = [
        s.date.map(|d| date::long(d, lang)),
        (!s.venue.trim().is_empty()).then(|| flat(&s.venue)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !when.is_empty() {
        doc.para(when.join(" · "));
    }
    doc.para(super::outcome_summary::line(s, rows, o.now));
    participants(s, &mut doc);

    doc.heading(2, tr!(in lang; "doc-agenda"));
    let live = s.live.as_ref();
    let mut header = vec![
        "#".to_string(),
        tr!(in lang; "doc-col-item"),
        tr!(in lang; "doc-col-planned"),
        tr!(in lang; "doc-col-actual"),
    ];
    if !o.external {
        header.push(tr!(in lang; "doc-col-started"));
    }
    let mut table = Table::new(&header);
    table.numeric = vec![true, false, true, true, false];
    table.numeric.truncate(header.len());
    // The running order, as the plan was changed live; items taken out are listed under
    // "Changes to the plan".
    for (place, i) in s.item_order().into_iter().enumerate() {
        let Some(item) = s.agenda.get(i) else {
            continue;
        };
        let first = live
            .and_then(|l| l.items.get(i))
            .and_then(|r| r.spans.first());
        let (actual, started) = match first {
            Some(first) => (
                tr!(in lang; "doc-minutes", minutes = s.item_elapsed(i, o.now).num_minutes()),
                local(first.start),
            ),
            None => (tr!(in lang; "doc-not-held"), String::new()),
        };
        let mut row = vec![
            (place + 1).to_string(),
            flat(&item.title),
            tr!(in lang; "doc-minutes", minutes = item.minutes),
            actual,
        ];
        if !o.external {
            row.push(started);
        }
        table.rows.push(row);
    }
    doc.blocks.push(super::document::Block::Table(table));
    if let (Some(start), Some(end)) = (
        live.and_then(|l| l.started_at),
        live.and_then(|l| l.ended_at),
    ) {
        let total = (end - start).num_minutes();
        let planned = s.planned_total().num_minutes();
        doc.para(if o.external {
            tr!(in lang; "doc-ran-external", total = total, planned = planned)
        } else {
            tr!(in lang; "doc-ran",
                start = local(start),
                end = local(end),
                total = total,
                planned = planned)
        });
    }
    if let Some(changes) = live.map(|l| &l.plan_changes).filter(|c| !c.is_empty()) {
        doc.heading(3, tr!(in lang; "doc-plan-changes"));
        doc.list(
            changes
                .iter()
                .map(|c| {
                    format!(
                        "{}{}",
                        flat(&c.change),
                        signed(o, offset, &c.by, c.at, false, lang)
                    )
                })
                .collect(),
        );
    }
    notes(s, o, offset, &mut doc);
    super::outcome_commitments::follow_up(s, o, &mut doc);
    super::outcome_commitments::commitments(s, rows, o, &mut doc);
    doc
}

fn participants(s: &Session, doc: &mut Document) {
    if s.participants.is_empty() {
        return;
    }
    doc.heading(2, tr!(in doc.lang; "doc-participants"));
    let mut by_group: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in &s.participants {
        let group = if p.stakeholder.trim().is_empty() {
            tr!(in doc.lang; "doc-other-group")
        } else {
            flat(&p.stakeholder)
        };
        let who = if p.organisation.trim().is_empty() {
            flat(&p.name)
        } else {
            format!("{}, {}", flat(&p.name), flat(&p.organisation))
        };
        by_group.entry(group).or_default().push(who);
    }
    // French spaces its ";" (nc16 #8).
    let separator = crate::tr!(in doc.lang; "doc-parts-separator");
    for (group, people) in by_group {
        doc.blocks.push(super::document::Block::Labelled(
            group,
            people.join(&separator),
        ));
    }
}

fn notes(s: &Session, o: &Options, offset: FixedOffset, doc: &mut Document) {
    // Deleted notes are kept in the file with their history, not in the document.
    let notes: Vec<&Note> = s
        .live
        .as_ref()
        .map(|l| l.notes.iter().filter(|n| !n.deleted).collect())
        .unwrap_or_default();
    // A note typed while the link was down says when it was written as well as received
    // (issue 14, item 8); the external mode gives no clock times at all.
    let note_line = |n: &Note| {
        let by = if o.external {
            String::new()
        } else {
            format!(
                " ({}, {})",
                flat(&n.author.name),
                crate::domain::written::stamp(n.written_at, n.at, offset)
            )
        };
        format!("{}{by}", flat(&n.text))
    };
    if !s.groups.is_empty() {
        doc.heading(2, tr!(in doc.lang; "doc-groups"));
        for g in s.group_order() {
            let Some(group) = s.groups.get(g) else {
                continue;
            };
            let name = flat(&group.name);
            doc.heading(
                3,
                if s.is_absent(g) {
                    tr!(in doc.lang; "stage-absent", name = name)
                } else {
                    name
                },
            );
            if !group.topic.trim().is_empty() {
                doc.para(flat(&group.topic));
            }
            let crate::domain::summary::GroupTime {
                used, budget, over, ..
            } = s.group_time(g, o.now);
            if used > 0 {
                let (used, budget) = (clock_text(used, false), clock_text(budget, false));
                let time = if over > 0 {
                    let over = clock_text(over, false);
                    tr!(in doc.lang; "doc-group-time-over", used = used, budget = budget, over = over)
                } else {
                    tr!(in doc.lang; "doc-group-time", used = used, budget = budget)
                };
                doc.para(if group.presenter.trim().is_empty() {
                    time
                } else {
                    tr!(in doc.lang; "doc-presented", presenter = flat(&group.presenter), time = time)
                });
            }
            doc.list(
                notes
                    .iter()
                    .filter(|n| n.anchor.group == Some(g))
                    .map(|n| note_line(n))
                    .collect(),
            );
        }
    }
    let general: Vec<&Note> = notes
        .iter()
        .copied()
        .filter(|n| n.anchor.group.is_none())
        .collect();
    if general.is_empty() {
        return;
    }
    doc.heading(2, tr!(in doc.lang; "doc-notes"));
    for i in s.item_order() {
        let Some(item) = s.agenda.get(i) else {
            continue;
        };
        let here: Vec<String> = general
            .iter()
            .filter(|n| n.anchor.item == i)
            .map(|n| note_line(n))
            .collect();
        if !here.is_empty() {
            doc.heading(3, flat(&item.title));
            doc.list(here);
        }
    }
}

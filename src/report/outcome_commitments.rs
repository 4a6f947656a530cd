//! The outcome document's commitments: the follow-up of earlier ones (issue 15, item 2),
//! what was agreed as a What / Who / By-when table with overdue days "as of" a date, and
//! each commitment's changes since it was agreed (item 1, item 6).

use super::document::{Block, Document, Table};
use super::outcome::{Options, flat, long_date, short_date, signed};
use crate::domain::board::BoardRow;
use crate::domain::{Carried, Commitment, Session, Status};
use chrono::NaiveDate;

/// "moved once", "moved 3 times".
fn moved(times: usize) -> String {
    match times {
        0 => String::new(),
        1 => "moved once".into(),
        2 => "moved twice".into(),
        n => format!("moved {n} times"),
    }
}

/// The by-when of a commitment whose deadline may have moved: "31 Mar 2027 → 30 Jun 2027
/// (moved once)", or the one date.
pub fn by_when(r: &BoardRow) -> String {
    slipped(r.original_deadline, r.deadline, r.deadline_moves)
}

/// "was → now (moved N times)", or the one date when it never moved.
fn slipped(was: Option<NaiveDate>, now: NaiveDate, moves: usize) -> String {
    match was.filter(|d| *d != now) {
        Some(was) => format!(
            "{} → {} ({})",
            short_date(was),
            short_date(now),
            moved(moves.max(1))
        ),
        None => short_date(now),
    }
}

/// Where a commitment agreed again at a later meeting went (nc15 #2): "agreed again at
/// Suivi à trois mois (26 Nov 2026) as C1", never the run's internal id.
fn agreed_again(c: &Commitment) -> Option<String> {
    let by = c.superseded_by.as_deref()?;
    let id = by.rsplit('/').next().unwrap_or(by);
    Some(match c.superseded_in.as_deref() {
        Some(at) => format!("agreed again at {} as {id}", flat(at)),
        None => format!("agreed again as {id}"),
    })
}

/// The follow-up of earlier commitments, when this session had one.
pub fn follow_up(s: &Session, o: &Options, doc: &mut Document) {
    let Some(live) = s.live.as_ref().filter(|l| !l.carried.is_empty()) else {
        return;
    };
    let carried = &live.carried;
    doc.heading(2, "Follow-up of earlier commitments");
    let mut sessions: Vec<&str> = carried.iter().map(|c| c.source_session.as_str()).collect();
    sessions.sort_unstable();
    sessions.dedup();
    let discussed: Vec<&Carried> = carried.iter().filter(|c| c.recorded.is_some()).collect();
    let mut counts = Vec::new();
    for st in [
        Status::Done,
        Status::InProgress,
        Status::Open,
        Status::Dropped,
    ] {
        let n = discussed
            .iter()
            .filter(|c| c.recorded.as_ref().is_some_and(|r| r.status == st))
            .count();
        if n > 0 {
            counts.push(format!("{n} {}", st.label()));
        }
    }
    let re_agreed = discussed
        .iter()
        .filter(|c| {
            c.recorded
                .as_ref()
                .is_some_and(|r| r.superseded_by.is_some())
        })
        .count();
    let mut summary = format!(
        "{} carried from {} earlier session{}; {} discussed",
        plural(carried.len(), "commitment"),
        sessions.len(),
        if sessions.len() == 1 { "" } else { "s" },
        discussed.len()
    );
    if !counts.is_empty() {
        summary.push_str(&format!(" ({})", counts.join(", ")));
    }
    if re_agreed > 0 {
        summary.push_str(&format!(", {re_agreed} agreed again as new commitments"));
    }
    let rest = carried.len() - discussed.len();
    if rest > 0 {
        summary.push_str(&format!("; {rest} not discussed"));
    }
    doc.para(format!("{summary}."));
    let mut table = Table::new(&[
        "What",
        "Who",
        "Agreed at",
        "By when",
        "Now",
        "What was said",
    ]);
    for c in carried {
        let r = c.recorded.as_ref();
        let who = match r.and_then(|r| r.owner.as_ref()) {
            Some(new) => format!("{} → {}", flat(&c.owner), flat(new)),
            None => flat(&c.owner),
        };
        let agreed = match c.source_date {
            Some(d) => format!("{}, {}", flat(&c.source_title), short_date(d)),
            None => flat(&c.source_title),
        };
        let when = match c.slippage() {
            (now, Some(was), moves) => format!(
                "{} → {} ({})",
                short_date(was),
                short_date(now),
                moved(moves.max(1))
            ),
            (now, None, _) => short_date(now),
        };
        let now = match r {
            None => format!("not discussed (was {})", c.status_before.label()),
            Some(r) => match &r.superseded_by {
                Some(new) => format!("agreed again as {}", new.rsplit('/').next().unwrap_or(new)),
                None => r.status.label().to_string(),
            },
        };
        let said = r
            .and_then(|r| Some((r, r.note.as_deref()?)))
            .map(|(r, n)| {
                format!(
                    "{}{}",
                    flat(n),
                    signed(o, o.offset_of(s), &r.by, r.at, false)
                )
            })
            .unwrap_or_default();
        table
            .rows
            .push(vec![flat(&c.what), who, agreed, when, now, said]);
    }
    doc.blocks.push(Block::Table(table));
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// What was agreed in this session, with overdue days as of `o.today`.
pub fn commitments(s: &Session, rows: &[BoardRow], o: &Options, doc: &mut Document) {
    doc.heading(2, "Commitments");
    let carried = s.live.as_ref().map_or(&[][..], |l| l.carried.as_slice());
    // nc15 #2: agreed again at a later meeting, so not owed here, but still listed.
    let again: Vec<&Commitment> = s.live.as_ref().map_or(Vec::new(), |l| {
        l.commitments
            .iter()
            .filter(|c| !c.deleted && c.superseded_by.is_some())
            .collect()
    });
    if rows.is_empty() && again.is_empty() {
        doc.para(if carried.is_empty() {
            "None recorded."
        } else {
            "No new commitments were agreed; the follow-up of earlier ones is above."
        });
        return;
    }
    doc.para(count_sentence(rows, &again, o));
    let mut table = Table::new(&["#", "What", "Who", "By when", "Status"]);
    let live = s.live.as_ref();
    for r in rows {
        let mut what = flat(&r.what);
        let this = live.and_then(|l| l.commitments.iter().find(|c| c.id == r.id));
        // nc14 #8: recorded during an outage: when it was written as well as received.
        let offset = o.offset_of(s);
        if let Some(c) = this.filter(|_| !o.external)
            && let Some(w) = c.written_at
            && crate::domain::written::differs(w, c.created_at, offset)
        {
            what.push_str(&format!(
                " ({})",
                crate::domain::written::stamp(Some(w), c.created_at, offset)
            ));
        }
        let supersedes = this.and_then(|c| c.supersedes.as_deref());
        if let Some(old) = supersedes {
            let (session, id) = old.rsplit_once('/').unwrap_or(("", old));
            let from = carried
                .iter()
                .find(|c| c.source_session == session && c.id == id)
                .map(|c| format!(" of “{}”", flat(&c.source_title)))
                .unwrap_or_default();
            what.push_str(&format!(" (agreed again: {id}{from})"));
        }
        let status = if r.is_overdue() {
            format!("{}, {} days overdue", r.status.label(), r.days_overdue)
        } else {
            r.status.label().to_string()
        };
        table
            .rows
            .push(vec![r.id.clone(), what, flat(&r.owner), by_when(r), status]);
    }
    for c in &again {
        let status = agreed_again(c).unwrap_or_default();
        let when = slipped(
            c.original_deadline(),
            c.deadline,
            crate::domain::board::deadline_moves(c),
        );
        table.rows.push(vec![
            c.id.clone(),
            flat(&c.what),
            flat(&c.owner),
            when,
            status,
        ]);
    }
    doc.blocks.push(Block::Table(table));
    history(s, rows, o, doc);
}

/// "As of 26 November 2026: 5 commitments: 2 done, 2 still owed (1 of them overdue), 1
/// dropped, 1 agreed again at …": every commitment counted once, so the parts add up
/// (nc15 #5).
fn count_sentence(rows: &[BoardRow], again: &[&Commitment], o: &Options) -> String {
    let count = |st: Status| rows.iter().filter(|r| r.status == st).count();
    let owed = rows.iter().filter(|r| r.status.is_owed()).count();
    let overdue = rows.iter().filter(|r| r.is_overdue()).count();
    let mut parts = vec![format!("{} done", count(Status::Done))];
    parts.push(if overdue > 0 {
        format!("{owed} still owed ({overdue} of them overdue)")
    } else {
        format!("{owed} still owed")
    });
    let dropped = count(Status::Dropped);
    if dropped > 0 {
        parts.push(format!("{dropped} dropped"));
    }
    parts.extend(
        again
            .iter()
            .filter_map(|c| agreed_again(c))
            .map(|words| format!("1 {words}")),
    );
    format!(
        "As of {}: {}: {}.",
        long_date(o.today),
        plural(rows.len() + again.len(), "commitment"),
        parts.join(", ")
    )
}

/// Each commitment's changes since it was agreed, oldest first, with what was said.
fn history(s: &Session, rows: &[BoardRow], o: &Options, doc: &mut Document) {
    let offset = o.offset_of(s);
    let lines: Vec<String> = rows
        .iter()
        .flat_map(|r| {
            r.history.iter().map(move |h| {
                let day = short_date(h.at.with_timezone(&offset).date_naive());
                let note = h
                    .note
                    .as_deref()
                    .map(|n| format!(" — “{}”", flat(n)))
                    .unwrap_or_default();
                let by = if o.external {
                    String::new()
                } else {
                    signed(o, offset, &h.by, h.at, false)
                };
                let mut change = super::outcome::dates_written_short(&flat(&h.change));
                // nc15 #13: a follow-up without a meeting's name was made in review.
                if h.key.is_none() && h.change.starts_with("follow-up") {
                    change.push_str(" (in review)");
                }
                format!("{} · {day}: {change}{note}{by}", r.id)
            })
        })
        .collect();
    if !lines.is_empty() {
        doc.heading(3, "Changes since they were agreed");
        doc.list(lines);
    }
}

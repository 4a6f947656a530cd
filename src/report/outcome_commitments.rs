//! The outcome document's commitments: the follow-up of earlier ones (issue 15, item 2),
//! what was agreed as a What / Who / By-when table with overdue days "as of" a date, and
//! each commitment's changes since it was agreed (item 1, item 6).

use super::document::{Block, Document, Table};
use super::language::{status_count, status_word};
use super::outcome::{Options, flat, long_date, short_date, signed};
use crate::domain::board::BoardRow;
use crate::domain::{Carried, Commitment, Session, Status};
use crate::i18n::Lang;
use crate::tr;
use chrono::NaiveDate;

/// "moved once", "moved 3 times".
fn moved(times: usize, lang: Lang) -> String {
    match times {
        0 => String::new(),
        n => tr!(in lang; "doc-moved", count = n),
    }
}

/// The by-when of a commitment whose deadline may have moved: "31 Mar 2027 → 30 Jun 2027
/// (moved once)", or the one date, in the language in force (the review's screens).
pub fn by_when(r: &BoardRow) -> String {
    slipped(
        r.original_deadline,
        r.deadline,
        r.deadline_moves,
        crate::i18n::current(),
    )
}

/// "was → now (moved N times)", or the one date when it never moved.
fn slipped(was: Option<NaiveDate>, now: NaiveDate, moves: usize, lang: Lang) -> String {
    match was.filter(|d| *d != now) {
        Some(was) => format!(
            "{} → {} ({})",
            short_date(was, lang),
            short_date(now, lang),
            moved(moves.max(1), lang)
        ),
        None => short_date(now, lang),
    }
}

/// Where a commitment agreed again at a later meeting went (nc15 #2): "agreed again at
/// Suivi à trois mois (26 Nov 2026) as C1", never the run's internal id.
fn agreed_again(c: &Commitment, lang: Lang) -> Option<String> {
    let by = c.superseded_by.as_deref()?;
    let id = by.rsplit('/').next().unwrap_or(by);
    Some(match c.superseded_in.as_deref() {
        Some(at) => tr!(in lang; "doc-agreed-again-at", session = flat(at), id = id),
        None => tr!(in lang; "doc-agreed-again", id = id),
    })
}

/// The follow-up of earlier commitments, when this session had one.
pub fn follow_up(s: &Session, o: &Options, doc: &mut Document) {
    let Some(live) = s.live.as_ref().filter(|l| !l.carried.is_empty()) else {
        return;
    };
    let carried = &live.carried;
    let lang = doc.lang;
    doc.heading(2, tr!(in lang; "doc-follow-up"));
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
            counts.push(status_count(st, n, lang));
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
    let mut summary = tr!(in lang; "doc-carried",
        count = carried.len(),
        sessions = sessions.len(),
        discussed = discussed.len());
    if !counts.is_empty() {
        summary.push_str(&format!(" ({})", counts.join(", ")));
    }
    if re_agreed > 0 {
        summary.push_str(&tr!(in lang; "doc-carried-again", count = re_agreed));
    }
    let rest = carried.len() - discussed.len();
    if rest > 0 {
        summary.push_str(&tr!(in lang; "doc-carried-rest", count = rest));
    }
    doc.para(format!("{summary}."));
    let mut table = Table::new(&[
        tr!(in lang; "doc-col-what"),
        tr!(in lang; "doc-col-who"),
        tr!(in lang; "doc-col-agreed-at"),
        tr!(in lang; "doc-col-by-when"),
        tr!(in lang; "doc-col-now"),
        tr!(in lang; "doc-col-said"),
    ]);
    for c in carried {
        let r = c.recorded.as_ref();
        let who = match r.and_then(|r| r.owner.as_ref()) {
            Some(new) => format!("{} → {}", flat(&c.owner), flat(new)),
            None => flat(&c.owner),
        };
        let agreed = match c.source_date {
            Some(d) => format!("{}, {}", flat(&c.source_title), short_date(d, lang)),
            None => flat(&c.source_title),
        };
        let when = match c.slippage() {
            (now, Some(was), moves) => format!(
                "{} → {} ({})",
                short_date(was, lang),
                short_date(now, lang),
                moved(moves.max(1), lang)
            ),
            (now, None, _) => short_date(now, lang),
        };
        let now = match r {
            None => tr!(in lang; "doc-not-discussed", status = status_word(c.status_before, lang)),
            Some(r) => match &r.superseded_by {
                Some(new) => {
                    tr!(in lang; "doc-agreed-again", id = new.rsplit('/').next().unwrap_or(new))
                }
                None => status_word(r.status, lang),
            },
        };
        let said = r
            .and_then(|r| Some((r, r.note.as_deref()?)))
            .map(|(r, n)| {
                format!(
                    "{}{}",
                    flat(n),
                    signed(o, o.offset_of(s), &r.by, r.at, false, lang)
                )
            })
            .unwrap_or_default();
        table
            .rows
            .push(vec![flat(&c.what), who, agreed, when, now, said]);
    }
    doc.blocks.push(Block::Table(table));
}

/// What was agreed in this session, with overdue days as of `o.today`.
pub fn commitments(s: &Session, rows: &[BoardRow], o: &Options, doc: &mut Document) {
    let lang = doc.lang;
    doc.heading(2, tr!(in lang; "doc-commitments"));
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
            tr!(in lang; "doc-none-recorded")
        } else {
            tr!(in lang; "doc-no-new")
        });
        return;
    }
    doc.para(count_sentence(rows, &again, o, lang));
    let mut table = Table::new(&[
        "#".to_string(),
        tr!(in lang; "doc-col-what"),
        tr!(in lang; "doc-col-who"),
        tr!(in lang; "doc-col-by-when"),
        tr!(in lang; "doc-col-status"),
    ]);
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
            let again = match carried
                .iter()
                .find(|c| c.source_session == session && c.id == id)
            {
                Some(c) => {
                    tr!(in lang; "doc-supersedes-of", id = id, session = flat(&c.source_title))
                }
                None => tr!(in lang; "doc-supersedes", id = id),
            };
            what.push_str(&format!(" ({again})"));
        }
        let status = if r.is_overdue() {
            tr!(in lang; "doc-days-overdue",
                status = status_word(r.status, lang),
                days = r.days_overdue)
        } else {
            status_word(r.status, lang)
        };
        let when = slipped(r.original_deadline, r.deadline, r.deadline_moves, lang);
        table
            .rows
            .push(vec![r.id.clone(), what, flat(&r.owner), when, status]);
    }
    for c in &again {
        let status = agreed_again(c, lang).unwrap_or_default();
        let when = slipped(
            c.original_deadline(),
            c.deadline,
            crate::domain::board::deadline_moves(c),
            lang,
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
fn count_sentence(rows: &[BoardRow], again: &[&Commitment], o: &Options, lang: Lang) -> String {
    let count = |st: Status| rows.iter().filter(|r| r.status == st).count();
    let owed = rows.iter().filter(|r| r.status.is_owed()).count();
    let overdue = rows.iter().filter(|r| r.is_overdue()).count();
    let mut parts = vec![status_count(Status::Done, count(Status::Done), lang)];
    parts.push(if overdue > 0 {
        tr!(in lang; "doc-still-owed-overdue", count = owed, overdue = overdue)
    } else {
        tr!(in lang; "doc-still-owed", count = owed)
    });
    let dropped = count(Status::Dropped);
    if dropped > 0 {
        parts.push(status_count(Status::Dropped, dropped, lang));
    }
    parts.extend(
        again
            .iter()
            .filter_map(|c| agreed_again(c, lang))
            .map(|words| tr!(in lang; "doc-one-more", what = words)),
    );
    tr!(in lang; "doc-as-of",
        date = long_date(o.today, lang),
        count = rows.len() + again.len(),
        parts = parts.join(", "))
}

/// Each commitment's changes since it was agreed, oldest first, with what was said.
fn history(s: &Session, rows: &[BoardRow], o: &Options, doc: &mut Document) {
    let offset = o.offset_of(s);
    let lang = doc.lang;
    let lines: Vec<String> = rows
        .iter()
        .flat_map(|r| {
            r.history.iter().map(move |h| {
                let day = short_date(h.at.with_timezone(&offset).date_naive(), lang);
                let note = h
                    .note
                    .as_deref()
                    .map(|n| format!(" — {}", tr!(in lang; "doc-quoted", text = flat(n))))
                    .unwrap_or_default();
                let by = if o.external {
                    String::new()
                } else {
                    signed(o, offset, &h.by, h.at, false, lang)
                };
                let said = crate::i18n::history::words(&flat(&h.change), lang);
                let mut change = super::outcome::dates_written_short(&said, lang);
                // nc15 #13: a follow-up without a meeting's name was made in review.
                if h.key.is_none() && h.change.starts_with("follow-up") {
                    change.push_str(&tr!(in lang; "doc-in-review"));
                }
                // nc16b #14: French puts a space before its colon.
                let colon = tr!(in lang; "doc-colon");
                format!("{} · {day}{colon} {change}{note}{by}", r.id)
            })
        })
        .collect();
    if !lines.is_empty() {
        doc.heading(3, tr!(in lang; "doc-history"));
        doc.list(lines);
    }
}

//! Commitment deadlines as an iCalendar file (RFC 5545): one all-day event per
//! commitment, with a UID that stays the same across exports so a re-import updates.

use chrono::{DateTime, Days, Utc};

use crate::domain::board::BoardRow;
use crate::domain::{HistoryEntry, Session, Status};

/// Escapes TEXT values: backslash, semicolon, comma, line breaks and control characters.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            // RFC 5545 allows no other control character in TEXT: shown as `\xNN`, its
            // backslash escaped like any other.
            c if c.is_control() => out.push_str(&format!("\\\\x{:02X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets without splitting a character, ending in CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        // The first line holds 75 octets; continuation lines 74 after their leading space.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// One event: a commitment's deadline, whichever session holds it.
struct Event<'a> {
    uid: String,
    changed: DateTime<Utc>,
    deadline: chrono::NaiveDate,
    status: Status,
    deleted: bool,
    owner: &'a str,
    what: &'a str,
    from: String,
    id: &'a str,
    sequence: u32,
    history: &'a [HistoryEntry],
}

/// The calendar for one session's commitments, and those it followed up (`carried`, as
/// they stand after it: the same UID as in their own session's calendar, so importing
/// this one updates those events).
pub fn render(s: &Session, carried: &[BoardRow]) -> String {
    let lang = super::language::of_session(s);
    let mut out = String::new();
    begin(
        &mut out,
        &crate::tr!(in lang; "ics-name", name = s.title.as_str()),
    );
    if let Some(live) = &s.live {
        let from = match s.date {
            Some(d) => format!("{} ({})", s.title, agreed_on(d, lang)),
            None => s.title.clone(),
        };
        for c in &live.commitments {
            event(
                &mut out,
                &Event {
                    uid: format!("{}-{}@plenary", live.id, c.id),
                    changed: c.history.last().map_or(c.created_at, |h| h.at),
                    deadline: c.deadline,
                    status: c.status,
                    // nc15 #2: agreed again at a later meeting: cancelled here, so a calendar
                    // holding both has it once.
                    deleted: c.deleted || c.superseded_by.is_some(),
                    owner: &c.owner,
                    what: &c.what,
                    from: from.clone(),
                    id: &c.id,
                    sequence: c.revision,
                    history: &c.history,
                },
                lang,
            );
        }
    }
    for r in carried {
        // nc15 #3: the revision it has after this follow-up, the one its own file's
        // calendar gives it once written back: one SEQUENCE per state, whichever is exported.
        event(&mut out, &row_event(r, r.revision, lang), lang);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// One calendar across sessions (issue 15 E): the rows `plenary commitments` selected, each
/// under the same UID its own session's calendar gives it, so importing both updates one
/// event instead of making two.
pub fn render_rows(name: &str, rows: &[BoardRow]) -> String {
    render_rows_in(name, rows, crate::i18n::current())
}

/// `render_rows` with its words in `lang` (a reminder's calendar speaks as its mail).
pub fn render_rows_in(name: &str, rows: &[BoardRow], lang: crate::i18n::Lang) -> String {
    let mut out = String::new();
    begin(&mut out, name);
    for r in rows {
        event(&mut out, &row_event(r, r.revision, lang), lang);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// The calendar's opening lines, named `name` where a calendar application shows it.
fn begin(out: &mut String, name: &str) {
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(
        out,
        &format!(
            "PRODID:-//plenary//plenary {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
    );
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, &format!("X-WR-CALNAME:{}", text(name)));
}

/// The day a commitment was agreed, as the calendar's words say it (nc16 #7): ISO in
/// English as before, written out in French and Spanish.
fn agreed_on(d: chrono::NaiveDate, lang: crate::i18n::Lang) -> String {
    super::language::sentence_date(d, lang)
}

/// A board row (a commitment read from any session) as an event.
fn row_event(r: &BoardRow, sequence: u32, lang: crate::i18n::Lang) -> Event<'_> {
    Event {
        uid: format!("{}-{}@plenary", r.session_id, r.id),
        changed: r.last_update,
        deadline: r.deadline,
        status: r.status,
        deleted: false,
        owner: &r.owner,
        what: &r.what,
        from: match r.session_date {
            Some(d) => format!("{} ({})", r.session_title, agreed_on(d, lang)),
            None => r.session_title.clone(),
        },
        id: &r.id,
        sequence,
        history: &r.history,
    }
}

fn event(out: &mut String, e: &Event<'_>, lang: crate::i18n::Lang) {
    use crate::tr;
    let day_after = e
        .deadline
        .checked_add_days(Days::new(1))
        .unwrap_or(e.deadline);
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}", text(&e.uid)));
    line(out, &format!("DTSTAMP:{}", stamp(e.changed)));
    line(
        out,
        &format!("DTSTART;VALUE=DATE:{}", e.deadline.format("%Y%m%d")),
    );
    line(
        out,
        &format!("DTEND;VALUE=DATE:{}", day_after.format("%Y%m%d")),
    );
    // Done and dropped say so where a calendar shows them, in the title; an event has no
    // "completed" status (that is a to-do's).
    let mark = match e.status {
        Status::Done => tr!(in lang; "ics-done"),
        Status::Dropped => tr!(in lang; "ics-dropped"),
        _ => String::new(),
    };
    line(
        out,
        &format!(
            "SUMMARY:{}",
            text(&format!(
                "{mark}{}",
                tr!(in lang; "ics-summary", owner = e.owner, what = e.what)
            ))
        ),
    );
    // Issue 15, item 1: the description tells what happened to it since it was agreed.
    let mut description = [
        e.what.to_string(),
        tr!(in lang; "ics-owner", owner = e.owner),
        tr!(in lang; "ics-status", status = super::language::status_word(e.status, lang)),
        tr!(in lang; "ics-agreed-at", session = &e.from),
        tr!(in lang; "ics-commitment", id = e.id),
    ]
    .join("\n");
    if !e.history.is_empty() {
        description.push('\n');
        description.push_str(&tr!(in lang; "ics-history"));
        for h in e.history {
            description.push_str(&format!(
                "\n{}{} {}",
                crate::i18n::date::short(h.at.date_naive(), lang),
                tr!(in lang; "doc-colon"),
                crate::i18n::history::words(&h.change, lang)
            ));
            if let Some(note) = &h.note {
                let quoted = tr!(in lang; "doc-quoted", text = note.as_str());
                description.push_str(&format!(" — {quoted}"));
            }
        }
    }
    line(out, &format!("DESCRIPTION:{}", text(&description)));
    line(out, &format!("SEQUENCE:{}", e.sequence));
    // A deleted commitment stays in the calendar as cancelled, under the same UID and a
    // higher SEQUENCE, so a calendar that imported it drops it.
    let status = if e.deleted || e.status == Status::Dropped {
        "CANCELLED"
    } else {
        "CONFIRMED"
    };
    line(out, &format!("STATUS:{status}"));
    line(out, "TRANSP:TRANSPARENT");
    if e.status.is_owed() && !e.deleted {
        // A reminder a week before the day, while it is still owed.
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(
            out,
            &format!(
                "DESCRIPTION:{}",
                text(&tr!(in lang; "ics-due-in-a-week", what = e.what))
            ),
        );
        line(out, "TRIGGER;RELATED=START:-P7D");
        line(out, "END:VALARM");
    }
    line(out, "END:VEVENT");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let content = format!("SUMMARY:{}", "Ministère de l’Économie – ".repeat(8));
        line(&mut out, &content);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, content);
    }

    #[test]
    fn text_values_escape_what_the_format_reserves() {
        assert_eq!(text("a, b; c\\d\nnext"), "a\\, b\\; c\\\\d\\nnext");
        assert_eq!(text("\x1b[2J"), "\\\\x1B[2J");
    }
}

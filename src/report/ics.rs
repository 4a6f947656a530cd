//! Commitment deadlines as an iCalendar file (RFC 5545): one all-day event per
//! commitment, with a UID that stays the same across exports so a re-import updates.

use chrono::{DateTime, Days, Utc};

use crate::domain::Session;

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

/// One commitment as a calendar event needs it, from a session or from a board row.
struct Event<'a> {
    session_id: &'a str,
    id: &'a str,
    what: &'a str,
    owner: &'a str,
    deadline: chrono::NaiveDate,
    status: crate::domain::Status,
    deleted: bool,
    revision: u32,
    changed: DateTime<Utc>,
    /// The session it was agreed at: "Title (2026-06-18)".
    from: String,
}

fn agreed_at(title: &str, date: Option<chrono::NaiveDate>) -> String {
    match date {
        Some(d) => format!("{title} ({d})"),
        None => title.to_string(),
    }
}

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

/// The calendar for one session's commitments.
pub fn render(s: &Session) -> String {
    let mut out = String::new();
    begin(&mut out, &format!("Commitments: {}", s.title));
    if let Some(live) = &s.live {
        for c in &live.commitments {
            event(
                &mut out,
                &Event {
                    session_id: &live.id,
                    id: &c.id,
                    what: &c.what,
                    owner: &c.owner,
                    deadline: c.deadline,
                    status: c.status,
                    deleted: c.deleted,
                    revision: c.revision,
                    changed: c.history.last().map_or(c.created_at, |h| h.at),
                    from: agreed_at(&s.title, s.date),
                },
            );
        }
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// One calendar across sessions (issue 15 E): the rows `plenary commitments` selected, each
/// under the same UID its own session's calendar gives it, so importing both updates one
/// event instead of making two.
pub fn render_rows(name: &str, rows: &[crate::domain::board::BoardRow]) -> String {
    let mut out = String::new();
    begin(&mut out, name);
    for r in rows {
        event(
            &mut out,
            &Event {
                session_id: &r.session_id,
                id: &r.id,
                what: &r.what,
                owner: &r.owner,
                deadline: r.deadline,
                status: r.status,
                deleted: false,
                revision: r.revision,
                changed: r.last_update,
                from: agreed_at(&r.session_title, r.session_date),
            },
        );
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn event(out: &mut String, c: &Event) {
    let day_after = c
        .deadline
        .checked_add_days(Days::new(1))
        .unwrap_or(c.deadline);
    line(out, "BEGIN:VEVENT");
    line(
        out,
        &format!(
            "UID:{}",
            text(&format!("{}-{}@plenary", c.session_id, c.id))
        ),
    );
    line(out, &format!("DTSTAMP:{}", stamp(c.changed)));
    line(
        out,
        &format!("DTSTART;VALUE=DATE:{}", c.deadline.format("%Y%m%d")),
    );
    line(
        out,
        &format!("DTEND;VALUE=DATE:{}", day_after.format("%Y%m%d")),
    );
    // Done and dropped say so where a calendar shows them, in the title; an event has no
    // "completed" status (RFC 5545 gives that to to-dos only).
    let mark = match c.status {
        crate::domain::Status::Done => "✓ done · ",
        crate::domain::Status::Dropped => "dropped · ",
        _ => "",
    };
    line(
        out,
        &format!(
            "SUMMARY:{}",
            text(&format!("{mark}{}: {}", c.owner, c.what))
        ),
    );
    line(
        out,
        &format!(
            "DESCRIPTION:{}",
            text(&format!(
                "{}\nOwner: {}\nStatus: {}\nAgreed at: {}\nCommitment {}",
                c.what,
                c.owner,
                c.status.label(),
                c.from,
                c.id
            ))
        ),
    );
    line(out, &format!("SEQUENCE:{}", c.revision));
    // A deleted commitment stays in the calendar as cancelled, under the same UID and a
    // higher SEQUENCE, so a calendar that imported it drops it.
    let status = if c.deleted || c.status == crate::domain::Status::Dropped {
        "CANCELLED"
    } else {
        "CONFIRMED"
    };
    line(out, &format!("STATUS:{status}"));
    line(out, "TRANSP:TRANSPARENT");
    if c.status.is_owed() && !c.deleted {
        // A reminder a week before the day, while it is still owed.
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(
            out,
            &format!(
                "DESCRIPTION:{}",
                text(&format!("Due in a week: {}", c.what))
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

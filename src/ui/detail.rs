//! One commitment in full over the screen (v in the commitments table, issue 14 item 5):
//! the action wrapped, owner, the deadline as understood, status, where it came from, who
//! recorded it and when, and every change since with who and when.

use crate::tr;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::Ctx;
use super::lists::anchor_label;
use super::overlay::{Place, popup};
use super::read_back::wrap_wide;
use crate::app::App;
use crate::app::detail::{DETAIL_KEYS, DetailScope};
use crate::domain::{Author, Commitment, Status};

/// Columns of the labels ("Deadline"): at least 10, and the longest label in the language
/// in force with two to spare (issue 16: "Responsable" is 11).
fn label_width() -> u16 {
    labels()
        .iter()
        .map(|l| l.chars().count() as u16 + 2)
        .fold(10, u16::max)
}

/// The labels of a commitment's fields, in the language in force.
fn labels() -> [String; 6] {
    [
        tr!("form-action"),
        tr!("form-owner"),
        tr!("form-deadline"),
        tr!("carried-form-status"),
        tr!("form-from"),
        tr!("detail-recorded"),
    ]
}

/// Draws the selected commitment in full, if one is open.
pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (Some(detail), Some(c)) = (app.detail, app.selected_commitment()) else {
        return;
    };
    let t = ctx.theme;
    let rows = app.commitment_rows();
    let place = app.selection.commitment.min(rows.saturating_sub(1)) + 1;
    let title = tr!("detail-title", id = &c.id, place = place, count = rows);
    let inner = popup(
        ctx,
        area,
        area.width.saturating_sub(2).min(100),
        area.height.saturating_sub(2),
        &title,
        Place::Centre,
        buf,
    );
    let [body, keys] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
    let lines = lines(app, c, ctx, body.width);
    let height = usize::from(body.height);
    let most = lines.len().saturating_sub(height);
    let scroll = usize::from(detail.scroll).min(most);
    for (i, line) in lines.into_iter().skip(scroll).take(height).enumerate() {
        line.render(
            Rect {
                y: body.y + i as u16,
                height: 1,
                ..body
            },
            buf,
        );
    }
    let mut spans = Vec::new();
    let hints = crate::i18n::keys::hints_in_language(
        crate::keymap::footer_hints(&DETAIL_KEYS, &[DetailScope::Detail], usize::MAX),
        usize::from(keys.width),
    );
    for (k, words) in hints {
        spans.push(Span::styled(k, t.key));
        spans.push(Span::styled(format!(" {words}  "), t.dim));
    }
    // What is below the box's edge is said, never cut without a sign.
    if scroll < most {
        spans.push(Span::styled(
            tr!("detail-more", count = most - scroll),
            t.strong,
        ));
    }
    Line::from(spans).render(keys, buf);
}

/// Every row of the commitment at `width` columns.
fn lines(app: &App, c: &Commitment, ctx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let t = ctx.theme;
    let label_w = label_width();
    let room = width.saturating_sub(label_w).max(1);
    let mut out = Vec::new();
    let mut field = |label: &str, text: &str, style: Style| {
        for (i, line) in wrap_wide(text, room, usize::MAX).into_iter().enumerate() {
            let label = if i == 0 { label } else { "" };
            out.push(Line::from(vec![
                Span::styled(format!("{label:<w$}", w = usize::from(label_w)), t.dim),
                Span::styled(line, style),
            ]));
        }
    };
    let status = if c.deleted {
        tr!("detail-deleted")
    } else if let Some(by) = &c.superseded_by {
        // nc15 #2: where it went, in the meeting's words, not its run id.
        let id = by.rsplit('/').next().unwrap_or(by);
        match &c.superseded_in {
            Some(at) => tr!("detail-agreed-again-at", at = at, id = id),
            None => tr!("detail-agreed-again", id = id),
        }
    } else {
        crate::i18n::keys::status_label(c.status)
    };
    let [action, owner, deadline_l, status_l, from, recorded] = labels();
    field(&action, &c.what, t.strong);
    field(&owner, &c.owner, t.base);
    let (deadline, late) = understood(c, ctx.today());
    field(&deadline_l, &deadline, if late { t.warn } else { t.base });
    // nc14 #14: not when the deadline is back on the date first agreed.
    if let Some(first) = c.original_deadline().filter(|first| *first != c.deadline) {
        field(
            "",
            &tr!("detail-first-agreed", date = long_date(first)),
            t.dim,
        );
    }
    field(&status_l, &status, t.base);
    field(&from, &anchor_label(&app.session, c.anchor), t.base);
    let when = c.created_at.with_timezone(&ctx.offset);
    // nc14 #8: written during an outage: when it was written as well as received.
    let time = match c.written_at {
        Some(w) if crate::domain::written::differs(w, c.created_at, ctx.offset) => {
            format!(
                ", {}",
                crate::domain::written::stamp(Some(w), c.created_at, ctx.offset)
            )
        }
        _ => tr!("detail-at", time = when.format("%H:%M").to_string()),
    };
    let day = crate::i18n::date::short(when.date_naive(), crate::i18n::current());
    let by = tr!(
        "detail-by",
        who = who(&c.created_by),
        time = time,
        date = day
    );
    field(&recorded, &by, t.base);
    out.push(Line::default());
    let heading = if c.history.is_empty() {
        tr!("detail-no-history")
    } else {
        tr!("detail-history", count = c.history.len())
    };
    out.push(Line::styled(heading, t.accent));
    for h in &c.history {
        let at = h.at.with_timezone(&ctx.offset);
        let day = crate::i18n::date::short(at.date_naive(), crate::i18n::current());
        // The day and month, without the year ("3 Dec", "3 déc.").
        let day = day
            .rsplit_once(' ')
            .map_or(day.clone(), |(d, _)| d.to_string());
        let mut text = format!(
            "{} {} · {} · {}",
            day,
            at.format("%H:%M"),
            who(&h.by),
            crate::i18n::history::words(&h.change, crate::i18n::current())
        );
        if let Some(note) = &h.note {
            text.push_str(&format!(" — {note}"));
        }
        for (i, line) in wrap_wide(&text, width.saturating_sub(2).max(1), usize::MAX)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { "• " } else { "  " };
            out.push(Line::from(vec![
                Span::styled(lead, t.dim),
                Span::styled(line, t.base),
            ]));
        }
    }
    out
}

/// A person as the record knows them: the name, and the Unix account when known.
fn who(a: &Author) -> String {
    match a.uid {
        Some(uid) => format!("{} (uid {uid})", a.name),
        None => a.name.clone(),
    }
}

/// "Wednesday 9 December 2026", the date in full.
fn long_date(d: NaiveDate) -> String {
    crate::i18n::date::long(d, crate::i18n::current())
}

/// The deadline as understood, with how far off it is; and whether it is overdue.
fn understood(c: &Commitment, today: NaiveDate) -> (String, bool) {
    let days = (c.deadline - today).num_days();
    let open = matches!(c.status, Status::Open | Status::InProgress) && !c.deleted;
    let (far, late) = match days {
        0 => (tr!("detail-today"), false),
        1 => (tr!("detail-tomorrow"), false),
        d if d < 0 && open => (tr!("detail-overdue-by", span = span(-d)), true),
        d if d < 0 => (tr!("detail-ago", span = span(-d)), false),
        d => (tr!("detail-in", span = span(d)), false),
    };
    (format!("{} · {far}", long_date(c.deadline)), late)
}

/// Days in the largest unit that reads well: "3 days", "5 weeks", "4 months".
fn span(days: i64) -> String {
    match days {
        d if d < 14 => tr!("detail-days", count = d),
        d if d < 70 => tr!("detail-weeks", count = d / 7),
        d => tr!("detail-months", count = d / 30),
    }
}

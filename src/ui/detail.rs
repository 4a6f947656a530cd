//! One commitment in full over the screen (v in the commitments table, issue 14 item 5):
//! the action wrapped, owner, the deadline as understood, status, where it came from, who
//! recorded it and when, and every change since with who and when.

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

/// Columns of the labels ("Deadline").
const LABEL: u16 = 10;

/// Draws the selected commitment in full, if one is open.
pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (Some(detail), Some(c)) = (app.detail, app.selected_commitment()) else {
        return;
    };
    let t = ctx.theme;
    let rows = app.commitment_rows();
    let place = app.selection.commitment.min(rows.saturating_sub(1)) + 1;
    let title = format!("{} · {place} of {rows}", c.id);
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
        spans.push(Span::styled(format!("{} more ↓", most - scroll), t.strong));
    }
    Line::from(spans).render(keys, buf);
}

/// Every row of the commitment at `width` columns.
fn lines(app: &App, c: &Commitment, ctx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let t = ctx.theme;
    let room = width.saturating_sub(LABEL).max(1);
    let mut out = Vec::new();
    let mut field = |label: &str, text: &str, style: Style| {
        for (i, line) in wrap_wide(text, room, usize::MAX).into_iter().enumerate() {
            let label = if i == 0 { label } else { "" };
            out.push(Line::from(vec![
                Span::styled(format!("{label:<w$}", w = usize::from(LABEL)), t.dim),
                Span::styled(line, style),
            ]));
        }
    };
    let status = if c.deleted {
        "deleted (kept, struck out in the table)".to_string()
    } else if let Some(by) = &c.superseded_by {
        // nc15 #2: where it went, in the meeting's words, not its run id.
        let id = by.rsplit('/').next().unwrap_or(by);
        match &c.superseded_in {
            Some(at) => format!("agreed again at {at} as {id}"),
            None => format!("agreed again as {id}"),
        }
    } else {
        c.status.label().to_string()
    };
    field("Action", &c.what, t.strong);
    field("Owner", &c.owner, t.base);
    let (deadline, late) = understood(c, ctx.today());
    field("Deadline", &deadline, if late { t.warn } else { t.base });
    if let Some(first) = c.original_deadline() {
        field("", &format!("first agreed: {}", long_date(first)), t.dim);
    }
    field("Status", &status, t.base);
    field("From", &anchor_label(&app.session, c.anchor), t.base);
    let when = c.created_at.with_timezone(&ctx.offset);
    // nc14 #8: written during an outage: when it was written as well as received.
    let time = match c.written_at {
        Some(w) if crate::domain::written::differs(w, c.created_at, ctx.offset) => {
            format!(
                ", {}",
                crate::domain::written::stamp(Some(w), c.created_at, ctx.offset)
            )
        }
        _ => format!(" at {}", when.format("%H:%M")),
    };
    field(
        "Recorded",
        &format!(
            "by {}{time}, {}",
            who(&c.created_by),
            when.format("%-d %b %Y")
        ),
        t.base,
    );
    out.push(Line::default());
    let heading = if c.history.is_empty() {
        "History: no change since it was recorded".to_string()
    } else {
        let n = c.history.len();
        format!(
            "History ({n} change{}, oldest first)",
            if n == 1 { "" } else { "s" }
        )
    };
    out.push(Line::styled(heading, t.accent));
    for h in &c.history {
        let at = h.at.with_timezone(&ctx.offset);
        let mut text = format!(
            "{} {} · {} · {}",
            at.format("%-d %b"),
            at.format("%H:%M"),
            who(&h.by),
            h.change
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
    d.format("%A %-d %B %Y").to_string()
}

/// The deadline as understood, with how far off it is; and whether it is overdue.
fn understood(c: &Commitment, today: NaiveDate) -> (String, bool) {
    let days = (c.deadline - today).num_days();
    let open = matches!(c.status, Status::Open | Status::InProgress) && !c.deleted;
    let (far, late) = match days {
        0 => ("today".to_string(), false),
        1 => ("tomorrow".to_string(), false),
        d if d < 0 && open => (format!("overdue by {}", span(-d)), true),
        d if d < 0 => (format!("{} ago", span(-d)), false),
        d => (format!("in {}", span(d)), false),
    };
    (format!("{} · {far}", long_date(c.deadline)), late)
}

/// Days in the largest unit that reads well: "3 days", "5 weeks", "4 months".
fn span(days: i64) -> String {
    let (n, unit) = match days {
        d if d < 14 => (d, "day"),
        d if d < 70 => (d / 7, "week"),
        d => (d / 30, "month"),
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

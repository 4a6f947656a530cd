//! Before the first item and after the last: what the session is, and how it went.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::super::Ctx;
use crate::app::App;
use crate::i18n::date;
use crate::tr;

pub(super) fn ready(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let total = s.planned_total().num_minutes();
    let mut lines = vec![
        Line::default(),
        Line::styled(s.title.clone(), t.accent).centered(),
    ];
    let when = [
        s.date.map(|d| date::long(d, crate::i18n::current())),
        (!s.venue.is_empty()).then(|| s.venue.clone()),
    ];
    let when: Vec<String> = when.into_iter().flatten().collect();
    if !when.is_empty() {
        lines.push(Line::styled(when.join(" · "), t.base).centered());
    }
    lines.push(Line::default());
    lines.push(
        Line::styled(
            tr!(
                "stage-plan",
                // As the plan now stands: items taken out and absent groups not counted.
                items = tr!("stage-items", count = s.item_order().len()),
                groups = tr!("stage-groups", count = s.presenters().len()),
                time = format!("{}:{:02}", total / 60, total % 60),
            ),
            t.dim,
        )
        .centered(),
    );
    lines.push(Line::default());
    if let Some(first) = s.agenda.get(app.current_item()) {
        lines.push(
            Line::from(vec![
                Span::styled(tr!("stage-press"), t.base),
                Span::styled(tr!("key-enter"), t.key),
                Span::styled(tr!("stage-to-begin", title = &first.title), t.base),
            ])
            .centered(),
        );
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

pub(super) fn ended(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let elapsed = s.session_elapsed(ctx.now).unwrap_or_default().num_minutes();
    let planned = s.planned_total().num_minutes();
    let count = app.commitment_count();
    let lines = vec![
        Line::default(),
        Line::styled(tr!("stage-ended"), t.accent).centered(),
        Line::styled(
            tr!(
                "stage-in-all",
                time = format!("{}:{:02}", elapsed / 60, elapsed % 60),
                planned = format!("{}:{:02}", planned / 60, planned % 60),
            ),
            t.base,
        )
        .centered(),
        Line::styled(tr!("stage-commitments-recorded", count = count), t.base).centered(),
        Line::styled(
            tr!(
                "stage-saved-in",
                path = app
                    .host()
                    .map(|h| h.file.display().to_string())
                    .unwrap_or_default()
            ),
            t.dim,
        )
        .centered(),
    ];
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

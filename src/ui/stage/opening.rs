//! Before the first item and after the last: what the session is, and how it went.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::super::Ctx;
use crate::app::App;
use crate::domain::ItemKind;
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
    // nc13b #2: run on another day than the agenda's (a rehearsal, a postponed date).
    if let (Some(planned), Some(today)) = (s.live.as_ref().and_then(|l| l.planned_date), s.date) {
        lines.push(
            Line::styled(
                crate::tr!(
                    "stage-rehearsal",
                    planned = crate::i18n::date::day_month_year(planned, crate::i18n::current()),
                    today = crate::i18n::date::day_month_year(today, crate::i18n::current())
                ),
                t.warn,
            )
            .centered(),
        );
    }
    // nc13b #9: said before Enter, not found out at the item.
    let follow_up = s.agenda.iter().position(|i| i.kind == ItemKind::FollowUp);
    let carried = s.live.as_ref().is_some_and(|l| !l.carried.is_empty());
    if let (Some(i), false) = (follow_up, carried) {
        lines.push(
            Line::styled(
                format!(
                    "Item {} is a follow-up, but no earlier commitments were brought in: \
                     quit and run with --follow-up OLD-SESSION.json to follow them up",
                    i + 1
                ),
                t.warn,
            )
            .centered(),
        );
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
    // nc15 #8: how many earlier commitments this meeting will follow up, and where.
    if let (Some(i), Some(live)) = (follow_up, s.live.as_ref().filter(|l| !l.carried.is_empty())) {
        lines.push(
            Line::styled(
                tr!("stage-carried", count = live.carried.len(), item = i + 1),
                t.dim,
            )
            .centered(),
        );
    }
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

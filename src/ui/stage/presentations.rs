//! Report-back: the presenter's countdown, their group and topic, and the queue.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{countdown, timer_view};
use crate::app::App;
use crate::tr;
use crate::ui::{Ctx, big_clock, clip};
use unicode_width::UnicodeWidthStr;

pub(super) fn presentations(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, projector: bool) {
    let t = ctx.theme;
    let s = &app.session;
    let Some(live) = &s.live else { return };
    let g = app.current_group();
    let Some(group) = s.groups.get(g) else { return };
    let timer = &live.presentations[g].timer;
    let shown = timer_view(s, g, timer, ctx);
    let topic_rows = if projector || area.height < 20 { 0 } else { 2 };
    // Issue 12, item 11: at 60x20 the queue showed 3 of 4 groups and no sign of the 4th.
    let order = s.group_order();
    let queue_rows = if projector {
        0
    } else {
        (order.len() as u16 + 1).min(area.height / 3)
    };
    let [title, presenter, topic, clock, queue] = Layout::vertical([
        Constraint::Length(if projector {
            title_height(&group.name, area)
        } else {
            1
        }),
        Constraint::Length(1),
        Constraint::Length(topic_rows),
        Constraint::Fill(1),
        Constraint::Length(queue_rows),
    ])
    .areas(area);
    // Numbered by place in the report-back order, absent groups not counted (issue 12,
    // item 13): the index in the file said "Group 4 of 4" for the group presenting first.
    let presenters = s.presenters();
    let heading = match presenters.iter().position(|p| *p == g) {
        Some(place) => tr!(
            "stage-group-of",
            place = place + 1,
            count = presenters.len(),
            name = &group.name
        ),
        None => tr!("stage-absent", name = &group.name),
    };
    if projector && title.height > 1 {
        big_clock::render(&group.name, t.accent, title, buf);
    } else {
        Line::styled(
            crate::ui::clip(&heading.to_uppercase(), title.width),
            t.accent,
        )
        .centered()
        .render(title, buf);
    }
    presenter_line(app, ctx, presenter, buf);
    if topic_rows > 0 {
        let all = crate::ui::wrap(&group.topic, topic.width, usize::MAX);
        let lines: Vec<Line> = super::cut(&all, topic_rows.into(), topic.width, false)
            .into_iter()
            .map(|l| Line::styled(l, t.base).centered())
            .collect();
        Paragraph::new(lines).render(topic, buf);
    }
    countdown(&shown, clock, buf, projector);
    if queue_rows > 0 {
        super::queue::render(app, ctx, queue, buf);
    }
}

/// "Presenter: NAME · next: NAME" (issue 12, item 14): who speaks, and who gets ready; the
/// next one is the first waiting group after this one in report-back order, absent skipped.
fn presenter_line(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let g = app.current_group();
    let Some(group) = s.groups.get(g) else { return };
    let next = s
        .next_waiting_presenter(g)
        .and_then(|n| s.groups.get(n))
        .map(|n| {
            if n.presenter.is_empty() {
                n.name.clone()
            } else {
                n.presenter.clone()
            }
        });
    let width = usize::from(area.width);
    let mut spans = Vec::new();
    let next_text = next.map(|n| tr!("stage-next", name = n));
    let next_width = next_text.as_ref().map_or(0, |n| n.width() + 3);
    if !group.presenter.is_empty() {
        let label = tr!("stage-presenter");
        let room = width.saturating_sub(label.width() + next_width.min(width / 2));
        spans.push(Span::styled(label, t.dim));
        spans.push(Span::styled(clip(&group.presenter, room as u16), t.strong));
    }
    if let Some(next) = next_text {
        let used: usize = spans.iter().map(Span::width).sum();
        let sep = if spans.is_empty() { "" } else { " · " };
        let room = width.saturating_sub(used + sep.width());
        if room >= 8 {
            spans.push(Span::styled(sep, t.dim));
            spans.push(Span::styled(clip(&next, room as u16), t.base));
        }
    }
    Line::from(spans).centered().render(area, buf);
}

/// Rows for a big title in projector mode: large only if the whole name fits.
fn title_height(name: &str, area: Rect) -> u16 {
    let h = big_clock::height_for(name, Rect { height: 4, ..area });
    if h > 1 && h <= area.height / 4 { h } else { 1 }
}

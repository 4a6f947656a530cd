//! Report-back: the presenter's countdown, their group and topic, and the queue.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{countdown, timer_view};
use crate::app::App;
use crate::ui::rail::fit;
use crate::ui::{Ctx, big_clock, mmss};

pub(super) fn presentations(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, projector: bool) {
    let t = ctx.theme;
    let s = &app.session;
    let Some(live) = &s.live else { return };
    let g = app.current_group();
    let Some(group) = s.groups.get(g) else { return };
    let timer = &live.presentations[g].timer;
    let shown = timer_view(s, g, timer, ctx);
    let topic_rows = if projector || area.height < 20 { 0 } else { 2 };
    let queue_rows = if projector {
        0
    } else {
        (s.groups.len() as u16 + 1).min(area.height / 4)
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
        Some(place) => format!(
            "Group {} of {}: {}",
            place + 1,
            presenters.len(),
            group.name
        ),
        None => format!("{} (absent)", group.name),
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
    if !group.presenter.is_empty() {
        Line::from(vec![
            Span::styled("Presenter: ", t.dim),
            Span::styled(
                crate::ui::clip(&group.presenter, presenter.width.saturating_sub(11)),
                t.strong,
            ),
        ])
        .centered()
        .render(presenter, buf);
    }
    if topic_rows > 0 {
        Paragraph::new(Line::styled(group.topic.clone(), t.base).centered())
            .wrap(Wrap { trim: true })
            .render(topic, buf);
    }
    countdown(&shown, clock, buf, projector);
    if queue_rows > 0 {
        let mut lines = vec![Line::styled("Queue", t.dim)];
        for i in s.group_order() {
            let (Some(other), Some(record)) = (s.groups.get(i), live.presentations.get(i)) else {
                continue;
            };
            let timer = &record.timer;
            let planned = s.presenter_seconds(i);
            let used = timer.elapsed(ctx.now).num_seconds();
            let over = timer.overrun(planned, ctx.now).num_seconds();
            let place = presenters.iter().position(|p| *p == i);
            let status = if i == g {
                "▶ now".to_string()
            } else if place.is_none() {
                "absent".to_string()
            } else if used == 0 {
                "waiting".to_string()
            } else if over > 0 {
                format!("{} used, over by {}", mmss(used), mmss(over))
            } else {
                format!("{} used", mmss(used))
            };
            let row_style = if i == g {
                t.strong
            } else if place.is_none() {
                t.dim
            } else if over > 0 {
                t.warn
            } else {
                t.base
            };
            let name_width = (queue.width as usize).saturating_sub(32).max(10);
            lines.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{} {} ",
                        place.map_or("-".to_string(), |p| (p + 1).to_string()),
                        fit(&other.name, name_width)
                    ),
                    row_style,
                ),
                Span::styled(status, row_style),
            ]));
        }
        Paragraph::new(lines).render(queue, buf);
    }
}

/// Rows for a big title in projector mode: large only if the whole name fits.
fn title_height(name: &str, area: Rect) -> u16 {
    let h = big_clock::height_for(name, Rect { height: 4, ..area });
    if h > 1 && h <= area.height / 4 { h } else { 1 }
}

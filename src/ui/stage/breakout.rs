//! A breakout's cards and countdown, and any other item's prompts and countdown.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::{countdown, item_countdown, title_clock_rest};
use crate::app::App;
use crate::domain::ItemKind;
use crate::ui::{Ctx, lists};

pub(super) fn breakout(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, projector: bool) {
    let t = ctx.theme;
    let s = &app.session;
    let shown = item_countdown(app, ctx);
    let clock_rows = if projector {
        area.height.saturating_sub(2)
    } else {
        (area.height / 3).clamp(3, 10)
    };
    let [title, clock, cards] = title_clock_rest(area, clock_rows);
    Line::styled(
        crate::ui::clip(
            &s.agenda[app.current_item()].title.to_uppercase(),
            title.width,
        ),
        t.accent,
    )
    .centered()
    .render(title, buf);
    countdown(&shown, clock, buf, projector);
    if projector || s.groups.is_empty() || cards.height < 3 {
        return;
    }
    let n = s.groups.len();
    let per_row = ((cards.width / 28).max(1) as usize).min(n);
    let columns = Layout::horizontal(vec![Constraint::Fill(1); per_row]).split(cards);
    // With fewer columns than groups, show the focused group and its neighbours.
    let first = if per_row >= n {
        0
    } else {
        app.current_group()
            .saturating_sub(per_row / 2)
            .min(n - per_row)
    };
    for (slot, g) in (first..first + per_row).enumerate() {
        let group = &s.groups[g];
        let focused = g == app.current_group();
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(if focused { t.accent } else { t.border })
            .title(Span::styled(
                format!(" {} ", group.name),
                if focused { t.accent } else { t.strong },
            ));
        let inner = block.inner(columns[slot]);
        block.render(columns[slot], buf);
        let mut lines = vec![Line::styled(group.topic.clone(), t.base)];
        for q in &group.questions {
            lines.push(Line::styled(format!("• {q}"), t.dim));
        }
        if !group.presenter.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("Presenter ", t.dim),
                Span::styled(group.presenter.clone(), t.strong),
            ]));
        }
        if !group.members.is_empty() {
            lines.push(Line::styled(group.members.join(", "), t.dim));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}

pub(super) fn item(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, projector: bool) {
    let t = ctx.theme;
    let s = &app.session;
    let i = app.current_item();
    let Some(agenda_item) = s.agenda.get(i) else {
        return;
    };
    let shown = item_countdown(app, ctx);
    let shows_commitments = matches!(
        agenda_item.kind,
        ItemKind::ActionPlanning | ItemKind::Closing
    );
    let clock_rows = if projector {
        area.height.saturating_sub(2)
    } else if shows_commitments {
        (area.height / 4).clamp(2, 6)
    } else {
        (area.height / 3).clamp(3, 10)
    };
    let [title, clock, rest] = title_clock_rest(area, clock_rows);
    let kind = format!("  {}", agenda_item.kind.label());
    let room = title.width.saturating_sub(kind.chars().count() as u16);
    Line::from(vec![
        Span::styled(
            crate::ui::clip(&agenda_item.title.to_uppercase(), room),
            t.accent,
        ),
        Span::styled(crate::ui::clip(&kind, title.width), t.dim),
    ])
    .centered()
    .render(title, buf);
    countdown(&shown, clock, buf, projector);
    if projector || rest.height < 2 {
        return;
    }
    let prompt_rows = if shows_commitments {
        (agenda_item.prompts.len() as u16).min(rest.height / 3)
    } else {
        rest.height
    };
    let [prompts, table] =
        Layout::vertical([Constraint::Length(prompt_rows), Constraint::Fill(1)]).areas(rest);
    let lines: Vec<Line> = agenda_item
        .prompts
        .iter()
        .map(|p| Line::styled(format!("• {p}"), t.base))
        .collect();
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(prompts, buf);
    if shows_commitments && table.height >= 3 {
        lists::commitment_table(app, ctx, table, buf, false);
    }
}

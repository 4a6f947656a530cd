//! A breakout's cards and countdown, and any other item's prompts and countdown.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Widget, Wrap};

use super::{countdown, cut, item_countdown, title_clock_rest};
use crate::app::App;
use crate::domain::{Group, ItemKind};
use crate::tr;
use crate::ui::{Ctx, clip, lists, wrap};

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
    // Issue 12, item 11: 3 of 4 cards fit at 120x40 and 1 at 80x24, with no sign of the
    // others; a last row now says how many more there are, and which arrow shows them.
    let more_rows = u16::from(per_row < n);
    let [cards, more] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(more_rows)]).areas(cards);
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
        let title_room = columns[slot].width.saturating_sub(4);
        // The focused card (the arrows move it) has a thick frame, seen without colour.
        let block = Block::new()
            .borders(Borders::ALL)
            .border_type(if focused {
                BorderType::Thick
            } else {
                BorderType::Plain
            })
            .border_style(if focused { t.accent } else { t.border })
            .title(Span::styled(
                format!(" {} ", clip(&group.name, title_room)),
                if focused { t.accent } else { t.strong },
            ));
        let inner = block.inner(columns[slot]);
        block.render(columns[slot], buf);
        Paragraph::new(card_lines(group, ctx, inner)).render(inner, buf);
    }
    if more_rows > 0 {
        let (before, after) = (first, n - first - per_row);
        let words = match (before, after) {
            (0, a) => tr!("more-right", count = a),
            (b, 0) => tr!("more-left", count = b),
            (b, a) => tr!("more-left-right", left = b, right = a),
        };
        Line::styled(words, t.dim).centered().render(more, buf);
    }
}

/// A card's text fitted to its rows: the topic, the presenter, the questions and the
/// members, in that order of need; whatever is cut ends with "…" (issue 12, item 11).
fn card_lines(group: &Group, ctx: &Ctx, area: Rect) -> Vec<Line<'static>> {
    let t = ctx.theme;
    let (w, h) = (area.width, usize::from(area.height));
    if w == 0 || h == 0 {
        return Vec::new();
    }
    let all = |text: &str| wrap(text, w, usize::MAX);
    let topic = all(&group.topic);
    let questions: Vec<String> = group
        .questions
        .iter()
        .flat_map(|q| all(&format!("• {q}")))
        .collect();
    let members = if group.members.is_empty() {
        Vec::new()
    } else {
        all(&group.members.join(", "))
    };
    let presenter_rows = usize::from(!group.presenter.is_empty()).min(h.saturating_sub(1));
    let rest = questions.len() + presenter_rows + members.len();
    let topic_rows = if topic.len() + rest <= h {
        topic.len()
    } else {
        topic
            .len()
            .min(h.saturating_sub(rest).max(3.min(h - presenter_rows)))
    };
    let mut left = h - topic_rows - presenter_rows;
    let question_rows = questions.len().min(left);
    left -= question_rows;
    let member_rows = members.len().min(left);
    // A block left out whole marks the line above it.
    let members_gone = member_rows == 0 && !members.is_empty();
    let questions_gone = question_rows == 0 && (!questions.is_empty() || members_gone);
    let mut lines: Vec<Line> = cut(&topic, topic_rows, w, questions_gone)
        .into_iter()
        .map(|l| Line::styled(l, t.base))
        .collect();
    if presenter_rows > 0 {
        let label = tr!("card-presenter");
        let room = w.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()) as u16);
        lines.push(Line::from(vec![
            Span::styled(label, t.dim),
            Span::styled(clip(&group.presenter, room), t.strong),
        ]));
    }
    lines.extend(
        cut(&questions, question_rows, w, members_gone)
            .into_iter()
            .map(|l| Line::styled(l, t.dim)),
    );
    lines.extend(
        cut(&members, member_rows, w, false)
            .into_iter()
            .map(|l| Line::styled(l, t.dim)),
    );
    lines
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
    let kind = format!("  {}", crate::i18n::keys::kind_label(agenda_item.kind));
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

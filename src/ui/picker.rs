//! Choosing where a commitment is filed: every agenda item in running order and, under the
//! breakout and the report-back, each group; the place it is filed now is marked.

use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Widget};

use super::Ctx;
use super::rail::fit;
use crate::app::{App, Picker};

pub fn render(app: &App, picker: &Picker, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let filed = s
        .live
        .as_ref()
        .and_then(|l| l.commitments.iter().find(|c| c.id == picker.id))
        .map(|c| c.anchor);
    let width = 70.min(area.width);
    let height = (picker.places.len() as u16 + 3).min(area.height.saturating_sub(2));
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(rect, buf);
    buf.set_style(rect, t.base);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(t.accent)
        .title(Span::styled(tr!("picker-title", id = &picker.id), t.accent));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let rows = inner.height.saturating_sub(1) as usize;
    let skip = picker.index.saturating_sub(rows.saturating_sub(1));
    for (row, (i, anchor)) in picker
        .places
        .iter()
        .enumerate()
        .skip(skip)
        .take(rows)
        .enumerate()
    {
        let here = i == picker.index;
        let label = match anchor.group.and_then(|g| s.groups.get(g)) {
            Some(group) => format!("    {}", group.name),
            None => s
                .agenda
                .get(anchor.item)
                .map_or_else(String::new, |item| item.title.clone()),
        };
        let now = if Some(*anchor) == filed {
            tr!("picker-now")
        } else {
            String::new()
        };
        let text = fit(
            &format!("{}{label}{now}", if here { "› " } else { "  " }),
            inner.width as usize,
        );
        Line::styled(text, if here { t.selected } else { t.base }).render(
            Rect {
                y: inner.y + row as u16,
                height: 1,
                ..inner
            },
            buf,
        );
    }
    let hints = crate::i18n::keys::hints_in_language(
        crate::keymap::footer_hints(
            &crate::app::keys::KEYMAP,
            &[crate::app::keys::Scope::Picker],
            usize::MAX,
        ),
        inner.width as usize,
    );
    let mut spans = Vec::new();
    for (keys, words) in hints {
        spans.push(Span::styled(keys, t.key));
        spans.push(Span::styled(format!(" {words}  "), t.dim));
    }
    Line::from(spans).render(
        Rect {
            y: inner.bottom().saturating_sub(1),
            height: 1,
            ..inner
        },
        buf,
    );
}

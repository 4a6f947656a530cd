//! A note-taker's own notes and commitments in this join (issue 14, item 3), newest last:
//! each saved ✓ on the facilitator's disk with the time, or still sending (or waiting for
//! the link), so nothing is left to wonder about.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Ctx, clip};
use crate::app::App;

/// Draws the list into `area`: a heading, then one row per item, the newest in view.
pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let Some(remote) = app.remote() else { return };
    let items = &remote.mine.items;
    let unsaved = remote.mine.unsaved().count();
    let heading = match (items.len(), unsaved) {
        (0, _) => " YOURS · nothing sent in this join yet".to_string(),
        (n, 0) => format!(" YOURS ({n}) · all saved ✓ on the facilitator's disk"),
        (n, u) => format!(" YOURS ({n}) · {u} not yet saved"),
    };
    if area.height == 0 {
        return;
    }
    Line::styled(clip(&heading, area.width), t.accent).render(Rect { height: 1, ..area }, buf);
    let rows = usize::from(area.height - 1);
    let start = items.len().saturating_sub(rows);
    let waiting = if remote.connected {
        "… sending"
    } else {
        "○ not sent yet"
    };
    for (k, item) in items[start..].iter().enumerate() {
        let (mark, style) = match &item.saved {
            Some(time) => (format!("✓ saved {time}"), t.calm),
            None => (waiting.to_string(), t.warn),
        };
        let row = Rect {
            y: area.y + 1 + k as u16,
            height: 1,
            ..area
        };
        let label = crate::app::mine::Mine::named(item, &app.session);
        let head = format!(" {mark:<14}  ");
        let text = clip(&format!("{head}{label}"), area.width);
        let split = if text.starts_with(&head) {
            head.len()
        } else {
            text.len()
        };
        Line::from(vec![
            Span::styled(text[..split].to_string(), style),
            Span::styled(text[split..].to_string(), t.base),
        ])
        .render(row, buf);
    }
}

//! A note-taker's own notes and commitments in this join (issue 14, item 3), newest last:
//! each saved ✓ on the facilitator's disk with the time, or still sending (or waiting for
//! the link), so nothing is left to wonder about.

use crate::tr;
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
        (0, _) => tr!("mine-heading-none"),
        (n, 0) => tr!("mine-heading-saved", count = n),
        (n, u) => tr!("mine-heading", count = n, unsaved = u),
    };
    if area.height == 0 {
        return;
    }
    Line::styled(clip(&heading, area.width), t.accent).render(Rect { height: 1, ..area }, buf);
    let rows = usize::from(area.height - 1);
    let start = items.len().saturating_sub(rows);
    let waiting = if remote.connected {
        tr!("mine-sending")
    } else {
        tr!("mine-not-sent")
    };
    // The marks' column as wide as its widest word in the language (at least 14).
    let pad = [
        waiting.chars().count(),
        tr!("mine-saved", time = "00:00").chars().count(),
    ]
    .into_iter()
    .fold(14, usize::max);
    for (k, item) in items[start..].iter().enumerate() {
        let (mark, style) = match &item.saved {
            Some(time) => (tr!("mine-saved", time = time), t.calm),
            None => (waiting.to_string(), t.warn),
        };
        let row = Rect {
            y: area.y + 1 + k as u16,
            height: 1,
            ..area
        };
        let text = clip(&format!(" {mark:<pad$}  {}", item.label), area.width);
        let split = text.find(&item.label).unwrap_or(text.len());
        Line::from(vec![
            Span::styled(text[..split].to_string(), style),
            Span::styled(text[split..].to_string(), t.base),
        ])
        .render(row, buf);
    }
}

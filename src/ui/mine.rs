//! A note-taker's own notes and commitments (issue 14, item 3; nc14 #6: of earlier joins
//! too), newest last:
//! each saved ✓ on the facilitator's disk with the time, or still sending (or waiting for
//! the link), so nothing is left to wonder about.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Ctx, clip};
use crate::app::App;

/// Draws the list into `area`: a heading, then one row per item, the newest in view. My
/// items of earlier joins come first, saved at the time the host received them (nc14 #6).
pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let Some(remote) = app.remote() else { return };
    let waiting = if remote.connected {
        "… sending"
    } else {
        "○ not sent yet"
    };
    let mut rows: Vec<(String, &str, bool)> = Vec::new();
    let earlier = app.earlier_mine();
    for item in &earlier {
        rows.push((
            format!("✓ saved {}", ctx.local_hm(item.at)),
            &item.label,
            true,
        ));
    }
    for item in &remote.mine.items {
        let mark = match &item.saved {
            Some(time) => format!("✓ saved {time}"),
            None => waiting.to_string(),
        };
        rows.push((mark, &item.label, item.saved.is_some()));
    }
    let unsaved = remote.mine.unsaved().count();
    let heading = match (rows.len(), unsaved) {
        (0, _) => " YOURS · nothing sent yet".to_string(),
        (n, 0) => format!(" YOURS ({n}) · all saved ✓ on the facilitator's disk"),
        (n, u) => format!(" YOURS ({n}) · {u} not yet saved"),
    };
    if area.height == 0 {
        return;
    }
    Line::styled(clip(&heading, area.width), t.accent).render(Rect { height: 1, ..area }, buf);
    let room = usize::from(area.height - 1);
    let start = rows.len().saturating_sub(room);
    for (k, (mark, label, saved)) in rows[start..].iter().enumerate() {
        let style = if *saved { t.calm } else { t.warn };
        let row = Rect {
            y: area.y + 1 + k as u16,
            height: 1,
            ..area
        };
        let label = crate::app::mine::Mine::named(label, &app.session);
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

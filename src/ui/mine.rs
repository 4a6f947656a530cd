//! A note-taker's own notes and commitments (issue 14, item 3; nc14 #6: of earlier joins
//! too), newest last:
//! each saved ✓ on the facilitator's disk with the time, or still sending (or waiting for
//! the link), so nothing is left to wonder about.

use crate::tr;
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
        tr!("mine-sending")
    } else {
        tr!("mine-not-sent")
    };
    let mut rows: Vec<(String, &str, bool, Option<&str>)> = Vec::new();
    let earlier = app.earlier_mine();
    for item in &earlier {
        let time = ctx.local_hm(item.at);
        rows.push((tr!("mine-saved", time = time), &item.label, true, None));
    }
    for item in &remote.mine.items {
        let mark = match &item.saved {
            Some(time) => tr!("mine-saved", time = time),
            None => waiting.clone(),
        };
        rows.push((
            mark,
            &item.label,
            item.saved.is_some(),
            item.what.as_deref(),
        ));
    }
    let unsaved = remote.mine.unsaved().count();
    let heading = match (rows.len(), unsaved) {
        (0, _) => tr!("mine-heading-none"),
        (n, 0) => tr!("mine-heading-saved", count = n),
        (n, u) => tr!("mine-heading", count = n, unsaved = u),
    };
    if area.height == 0 {
        return;
    }
    Line::styled(clip(&heading, area.width), t.accent).render(Rect { height: 1, ..area }, buf);
    let room = usize::from(area.height - 1);
    let start = rows.len().saturating_sub(room);
    // The marks' column as wide as its widest word in the language (at least 14).
    let pad = [
        waiting.chars().count(),
        tr!("mine-saved", time = "00:00").chars().count(),
    ]
    .into_iter()
    .fold(14, usize::max);
    for (k, (mark, label, saved, sent)) in rows[start..].iter().enumerate() {
        let style = if *saved { t.calm } else { t.warn };
        let row = Rect {
            y: area.y + 1 + k as u16,
            height: 1,
            ..area
        };
        let label = crate::app::mine::Mine::named(label, *sent, &app.session);
        let head = format!(" {mark:<pad$}  ");
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

//! The keys overlay, drawn from a keymap: every binding of the scopes given, under a
//! heading per scope, in two columns when the screen is wide enough, so what help says is
//! what the keys do.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Widget};

use super::Theme;
use crate::keymap::Keymap;

/// Draws the help for `sections` (a scope and its heading each) over `area`.
pub fn render<A: Copy, S: Copy + PartialEq>(
    map: &Keymap<A, S>,
    sections: &[(S, &str)],
    t: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let label_width = map
        .0
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    for (scope, title) in sections {
        let rows: Vec<Line<'static>> = map
            .in_scopes(std::slice::from_ref(scope))
            .map(|b| {
                Line::from(vec![
                    Span::styled(format!("{:>label_width$}  ", b.label), t.key),
                    Span::styled(b.help, t.base),
                ])
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        lines.push(Line::styled(title.to_string(), t.accent));
        lines.extend(rows);
    }
    let two = area.width >= 120 && lines.len() + 4 > area.height as usize;
    let columns = if two { 2 } else { 1 };
    let per_column = lines.len().div_ceil(columns);
    let width = if two {
        area.width.min(150)
    } else {
        area.width.min(84)
    };
    let height = (per_column as u16 + 2).min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(rect, buf);
    buf.set_style(rect, t.base);
    let shown = per_column.min(height.saturating_sub(2) as usize) * columns;
    let title = if shown < lines.len() {
        " Keys · any key closes · enlarge the window to see them all "
    } else {
        " Keys · any key closes "
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(t.accent)
        .title(Span::styled(title, t.accent));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let parts = Layout::horizontal(vec![Constraint::Fill(1); columns]).split(inner);
    for (column, part) in lines.chunks(per_column.max(1)).zip(parts.iter()) {
        Paragraph::new(column.to_vec()).render(*part, buf);
    }
}

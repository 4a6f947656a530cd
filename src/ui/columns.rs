//! Table cells cut with "…": a ratatui `Table` cuts a cell that does not fit at its column's
//! edge without a sign, so each cell is cut first, to the width the table will give it.

use ratatui::layout::{Constraint, Flex, Layout, Rect};

/// The widths a `Table` gives its columns in `width` columns, after a selection column of
/// `selection` columns and with `spacing` between columns (the table's own layout).
pub fn widths(width: u16, selection: u16, constraints: &[Constraint], spacing: u16) -> Vec<u16> {
    let [_, columns] = Layout::horizontal([Constraint::Length(selection), Constraint::Fill(0)])
        .areas(Rect::new(0, 0, width, 1));
    Layout::horizontal(constraints.iter().copied())
        .flex(Flex::Start)
        .spacing(spacing)
        .split(columns)
        .iter()
        .map(|r| r.width)
        .collect()
}

/// `text` cut to the width of column `i` (kept whole when there is no such column).
pub fn cut(text: &str, widths: &[u16], i: usize) -> String {
    match widths.get(i) {
        Some(w) => super::clip(text, *w),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::widgets::{Row, StatefulWidget, Table, TableState};

    #[test]
    fn cells_cut_to_these_widths_fit_the_table_exactly() {
        let constraints = [
            Constraint::Length(3),
            Constraint::Fill(2),
            Constraint::Fill(1),
        ];
        for width in [20u16, 37, 80] {
            let w = widths(width, 1, &constraints, 1);
            let long = "an action far too long for any column here ".repeat(3);
            let row = Row::new((0..3).map(|i| cut(&long, &w, i)));
            let table = Table::new([row], constraints)
                .column_spacing(1)
                .highlight_symbol("›");
            let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
            let mut state = TableState::default().with_selected(Some(0));
            StatefulWidget::render(table, buf.area, &mut buf, &mut state);
            let shown: String = (0..width).map(|x| buf[(x, 0)].symbol()).collect();
            assert_eq!(shown.matches('…').count(), 3, "{width}: `{shown}`");
        }
    }
}

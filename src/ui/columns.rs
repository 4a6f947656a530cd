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

/// `text` cut to the width of column `i` between words (kept whole when there is no such
/// column).
pub fn cut(text: &str, widths: &[u16], i: usize) -> String {
    match widths.get(i) {
        Some(w) => super::cut::clip_words(text, *w),
        None => text.to_string(),
    }
}

/// A column's heading in the width of column `i`: whole, else `short` (a shorter word the
/// language chose: "Qui" for "Responsable"), else cut between words — never
/// "Responsabl…" (issue 16, item 5).
pub fn heading(text: &str, short: Option<&str>, widths: &[u16], i: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    match (widths.get(i), short) {
        (Some(w), _) if text.width() <= usize::from(*w) => text.to_string(),
        (Some(w), Some(short)) => super::cut::clip_words(short, *w),
        (Some(w), None) => super::cut::clip_words(text, *w),
        (None, _) => text.to_string(),
    }
}

/// `text` and its `tail` in the width of column `i`, `text` cut so the tail stays whole:
/// a group's owner with its count, "Ministry of Fina… (2)" (nc15 #13).
pub fn cut_keeping(text: &str, tail: &str, widths: &[u16], i: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    match widths.get(i) {
        Some(w) if usize::from(*w) > tail.width() => {
            let room = usize::from(*w) - tail.width();
            format!("{}{tail}", super::cut::clip_words(text, room as u16))
        }
        Some(w) => super::clip(&format!("{text}{tail}"), *w),
        None => format!("{text}{tail}"),
    }
}

/// `text` cut to the width of column `i` in the middle, its end kept: two titles that
/// differ only at the end ("Briefing #2", "Briefing #3") still differ when cut.
pub fn cut_middle(text: &str, widths: &[u16], i: usize) -> String {
    match widths.get(i) {
        Some(w) => clip_middle(text, usize::from(*w)),
        None => text.to_string(),
    }
}

/// `text` in at most `width` columns: its first words, "…", and its last words in about a
/// quarter of the width — cut between words (issue 16, item 5: "synth…français" could not
/// be read), or at the end alone when its last word is wider than that quarter.
pub fn clip_middle(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_string();
    }
    if width < 8 {
        return super::cut::clip_words(text, u16::try_from(width).unwrap_or(u16::MAX));
    }
    let text = text.trim_end();
    let tail = super::cut::tail_words(text, width / 4);
    if tail.is_empty() {
        return super::cut::clip_words(text, u16::try_from(width).unwrap_or(u16::MAX));
    }
    let head_text = &text[..text.len() - tail.len()];
    let head_room = width.saturating_sub(tail.width() + 1);
    let head = super::cut::clip_words(
        head_text.trim_end(),
        u16::try_from(head_room).unwrap_or(u16::MAX),
    );
    // The head cut before the gap: its "…" stands for the words between.
    let head = if head.ends_with('…') {
        head
    } else {
        format!("{head}…")
    };
    format!("{head} {tail}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::widgets::{Row, StatefulWidget, Table, TableState};

    // Issue 15, item 9: "…#2" and "…#3" stay apart, wide characters counted by width.
    #[test]
    fn a_title_cut_in_the_middle_keeps_its_distinguishing_end() {
        use unicode_width::UnicodeWidthStr;
        let two = clip_middle("Brief the Budget and Appropriations Committee #2", 30);
        let three = clip_middle("Brief the Budget and Appropriations Committee #3", 30);
        assert_ne!(two, three);
        assert!(two.ends_with("#2") && two.contains('…'), "{two}");
        assert!(two.width() <= 30);
        let wide = clip_middle("财政部向议会预算委员会简报监测结果 第二次", 25);
        assert!(wide.width() <= 25 && wide.ends_with("第二次"), "{wide}");
        assert_eq!(clip_middle("short", 30), "short");
    }

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

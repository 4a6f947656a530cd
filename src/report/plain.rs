//! The outcome document as lines of plain text for the terminal (the review's session
//! record, issue 15 item 9): headings, paragraphs and lists as they read, tables as
//! aligned columns, no Markdown markup.

use unicode_width::UnicodeWidthStr;

use super::document::{Block, Document};
use crate::domain::text::one_line;

/// What a line is, for its style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Title,
    Heading,
    Text,
    /// A table's header row.
    Header,
}

/// The document as (kind, text) lines, tables fitted to `width` columns.
pub fn lines(doc: &Document, width: usize) -> Vec<(Kind, String)> {
    let mut out = Vec::new();
    let clean = |t: &str| one_line(t).into_owned();
    for (n, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Heading(1, text) => out.push((Kind::Title, clean(text))),
            Block::Heading(_, text) => out.push((Kind::Heading, clean(text))),
            Block::Para(text) => out.push((Kind::Text, clean(text))),
            Block::Labelled(label, text) => {
                out.push((Kind::Text, format!("{}: {}", clean(label), clean(text))))
            }
            Block::List(items) => out.extend(
                items
                    .iter()
                    .map(|i| (Kind::Text, format!("• {}", clean(i)))),
            ),
            Block::Table(t) => {
                let cols = t.header.len();
                let mut widths: Vec<usize> = t.header.iter().map(|h| h.width()).collect();
                for r in &t.rows {
                    for (i, c) in r.iter().enumerate().take(cols) {
                        widths[i] = widths[i].max(clean(c).width());
                    }
                }
                // Wider than the screen: the widest columns give way first.
                let room = width.saturating_sub(2 * cols.saturating_sub(1));
                while widths.iter().sum::<usize>() > room {
                    let Some((i, w)) = widths.iter().copied().enumerate().max_by_key(|(_, w)| *w)
                    else {
                        break;
                    };
                    if w <= 6 {
                        break;
                    }
                    widths[i] = w - 1;
                }
                let row = |cells: &[String]| -> String {
                    let parts: Vec<String> = cells
                        .iter()
                        .zip(&widths)
                        .map(|(c, w)| {
                            let cut = crate::ui::rail::fit(&clean(c), *w);
                            let pad = w.saturating_sub(cut.width());
                            format!("{cut}{}", " ".repeat(pad))
                        })
                        .collect();
                    parts.join("  ").trim_end().to_string()
                };
                out.push((Kind::Header, row(&t.header)));
                out.extend(t.rows.iter().map(|r| (Kind::Text, row(r))));
            }
        }
        // Labelled lines in a row (the participants by group) read as one list.
        let next_labelled = matches!(doc.blocks.get(n + 1), Some(Block::Labelled(..)));
        if !(matches!(block, Block::Labelled(..)) && next_labelled) {
            out.push((Kind::Text, String::new()));
        }
    }
    out
}

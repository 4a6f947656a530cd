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
                let colon = crate::tr!(in doc.lang; "doc-colon");
                out.push((
                    Kind::Text,
                    format!("{}{colon} {}", clean(label), clean(text)),
                ))
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
                // Wider than the screen: the widest columns give way first, down to
                // their longest word where they can.
                let room = width.saturating_sub(2 * cols.saturating_sub(1));
                let floor: Vec<usize> = (0..cols)
                    .map(|i| {
                        let longest =
                            |c: &str| c.split(' ').map(UnicodeWidthStr::width).max().unwrap_or(0);
                        t.rows
                            .iter()
                            .filter_map(|r| r.get(i))
                            .map(|c| longest(&clean(c)))
                            .chain([longest(&t.header[i])])
                            .max()
                            .unwrap_or(0)
                            .clamp(6, 16)
                    })
                    .collect();
                while widths.iter().sum::<usize>() > room {
                    let Some((i, w)) = widths
                        .iter()
                        .copied()
                        .enumerate()
                        .filter(|(i, w)| *w > floor[*i])
                        .max_by_key(|(_, w)| *w)
                    else {
                        break;
                    };
                    widths[i] = w - 1;
                }
                // nc15 #13: a cell longer than its column wraps onto more lines, so the
                // record cuts nothing ("(moved twice)", the whole action).
                let row = |cells: &[String]| -> Vec<String> {
                    let wrapped: Vec<Vec<String>> = cells
                        .iter()
                        .zip(&widths)
                        .map(|(c, w)| crate::ui::wrap(&clean(c), *w as u16, usize::MAX))
                        .collect();
                    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
                    (0..height)
                        .map(|line| {
                            let parts: Vec<String> = wrapped
                                .iter()
                                .zip(&widths)
                                .map(|(cell, w)| {
                                    let text = cell.get(line).map_or("", String::as_str);
                                    let pad = w.saturating_sub(text.width());
                                    format!("{text}{}", " ".repeat(pad))
                                })
                                .collect();
                            parts.join("  ").trim_end().to_string()
                        })
                        .collect()
                };
                out.extend(row(&t.header).into_iter().map(|l| (Kind::Header, l)));
                for r in &t.rows {
                    out.extend(row(r).into_iter().map(|l| (Kind::Text, l)));
                }
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

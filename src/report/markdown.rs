//! The outcome document written as Markdown (CommonMark with GitHub's tables): every piece
//! of participant text escaped, so a `*`, `[..](..)`, `<script>` or `|` typed in the room is
//! shown as typed and never becomes markup or breaks a table (issue 15, item 6).

use std::fmt::Write as _;

use super::document::{Block, Document};
use crate::domain::text::one_line;

/// Characters Markdown may read as markup anywhere in a line.
const INLINE: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&'];

/// Plain text as Markdown that shows exactly that text, on one line: markup characters
/// get a backslash, a line-start marker (`-`, `+`, `1.`) too, and a control character an
/// older file holds is shown as `\xNN` instead of reaching a terminal.
pub fn escape(text: &str) -> String {
    escaped(text, true)
}

/// A table cell's text escaped: as `escape`, but a cell holds no blocks, so its start
/// needs nothing more.
fn cell(text: &str) -> String {
    escaped(text, false)
}

fn escaped(text: &str, block_start: bool) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = one_line(&flat);
    let mut out = String::with_capacity(line.len() + 8);
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in line.chars().enumerate() {
        let starts_block = block_start && i == 0 && matches!(c, '-' | '+' | '=' | '#');
        let ends_number = block_start && i == digits && digits > 0 && matches!(c, '.' | ')');
        if INLINE.contains(&c) || starts_block || ends_number {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The document as Markdown.
pub fn write(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Heading(level, text) => {
                let marks = "#".repeat(usize::from((*level).clamp(1, 6)));
                let _ = writeln!(out, "{marks} {}\n", escape(text));
            }
            Block::Para(text) => {
                let _ = writeln!(out, "{}\n", escape(text));
            }
            Block::Labelled(label, text) => {
                // nc16 #8: French puts a space before its colon.
                let colon = crate::tr!(in doc.lang; "doc-colon");
                let _ = writeln!(out, "**{}**{colon} {}\n", escape(label), escape(text));
            }
            Block::List(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", escape(item));
                }
                out.push('\n');
            }
            Block::Table(table) => {
                let row = |cells: &mut dyn Iterator<Item = String>| {
                    let cells: Vec<String> = cells.collect();
                    format!("| {} |", cells.join(" | "))
                };
                let _ = writeln!(out, "{}", row(&mut table.header.iter().map(|h| cell(h))));
                let rule: Vec<&str> = (0..table.header.len())
                    .map(|i| {
                        if table.numeric.get(i).copied().unwrap_or(false) {
                            "---:"
                        } else {
                            "---"
                        }
                    })
                    .collect();
                let _ = writeln!(out, "|{}|", rule.join("|"));
                for r in &table.rows {
                    let _ = writeln!(out, "{}", row(&mut r.iter().map(|c| cell(c))));
                }
                out.push('\n');
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 15, item 6: participant text never becomes markup.
    #[test]
    fn markup_typed_in_the_room_is_escaped() {
        assert_eq!(escape("*urgent*"), "\\*urgent\\*");
        assert_eq!(escape("[click](http://x)"), "\\[click\\](http://x)");
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape("a \\| b"), "a \\\\\\| b");
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(escape("2026. A year"), "2026\\. A year");
        assert_eq!(escape("line\nbreak"), "line break");
        assert_eq!(escape("bell\u{7}"), "bell\\\\x07");
    }
}

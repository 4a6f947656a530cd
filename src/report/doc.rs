//! A document to send, as plain data: headings, paragraphs, tables and completion bars.
//! The progress report and the external outcome document are built once as a `Doc`, and
//! written as Markdown (here), HTML (`html`) or DOCX (`docx`), so the three say the same.

use std::fmt::Write as _;

use super::progress::{Standing, Tally};

/// One block of a document, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading of level 2 or 3 (the title is the document's own).
    Heading(u8, String),
    Para(String),
    /// A table with a header row; every row has as many cells as the header.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Completion bars: one per labelled tally, split by standing.
    Bars {
        caption: String,
        lines: Vec<(String, Tally)>,
    },
}

/// A whole document: its title, then its blocks, and the language it is written in (its
/// writers' own words, the HTML's `lang`: issue 16).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Doc {
    pub title: String,
    pub blocks: Vec<Block>,
    pub lang: crate::i18n::Lang,
}

impl Doc {
    /// The outcome document (built once, in `outcome`) as a document to send: its first
    /// heading is the title; a labelled paragraph reads "Label: text" and a list's items
    /// become paragraphs led by a bullet, so HTML and DOCX say what the Markdown says.
    pub fn from_outcome(d: &super::document::Document) -> Doc {
        use super::document::Block as B;
        let mut doc = Doc {
            lang: d.lang,
            ..Doc::default()
        };
        for block in &d.blocks {
            match block {
                B::Heading(1, text) if doc.title.is_empty() => doc.title = text.clone(),
                B::Heading(level, text) => doc
                    .blocks
                    .push(Block::Heading((*level).clamp(2, 3), text.clone())),
                B::Para(text) => doc.blocks.push(Block::Para(text.clone())),
                B::Labelled(label, text) => {
                    let colon = crate::tr!(in d.lang; "doc-colon");
                    doc.blocks
                        .push(Block::Para(format!("{label}{colon} {text}")))
                }
                B::List(items) => doc
                    .blocks
                    .extend(items.iter().map(|i| Block::Para(format!("• {i}")))),
                B::Table(t) => doc.blocks.push(Block::Table {
                    header: t.header.clone(),
                    rows: t.rows.clone(),
                }),
            }
        }
        doc
    }
}

/// The formats a document to send is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DocFormat {
    /// Markdown (GitHub tables).
    Md,
    /// One self-contained HTML file that prints well.
    Html,
    /// A Word document.
    Docx,
}

/// Writes `doc` in `format`.
pub fn write(doc: &Doc, format: DocFormat) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
        DocFormat::Md => markdown(doc).into_bytes(),
        DocFormat::Html => super::html::render(doc).into_bytes(),
        DocFormat::Docx => super::docx::render(doc)?,
    })
}

/// The header of a completion table, shared by the writers that show bars as a table.
pub fn bars_header(caption: &str, lang: crate::i18n::Lang) -> Vec<String> {
    let mut h = vec![caption.to_string()];
    h.extend(Standing::ALL.iter().map(|s| s.word(lang)));
    h.extend([
        crate::tr!(in lang; "report-col-total"),
        crate::tr!(in lang; "report-col-percent-done"),
    ]);
    h
}

/// One completion row's cells, after its label; the percentage written as `lang` writes
/// it ("0 %" in French, as in its sentences: nc16 #8).
pub fn bar_cells(t: &Tally, lang: crate::i18n::Lang) -> Vec<String> {
    let mut cells: Vec<String> = Standing::ALL
        .iter()
        .map(|s| t.get(*s).to_string())
        .collect();
    cells.push(t.total().to_string());
    cells.push(crate::tr!(in lang; "percent-value", percent = t.percent_done()));
    cells
}

/// A percentage as a bar of ten blocks, for writers without graphics ("███████░░░").
pub fn text_bar(percent: u16) -> String {
    let full = usize::from(percent.min(100)).div_ceil(10);
    format!("{}{}", "█".repeat(full), "░".repeat(10 - full))
}

/// Text that stays text in Markdown: one line, every character Markdown or inline HTML
/// acts on anywhere (`*`, `_`, `[`, `<`, `|`, `&`…) escaped with a backslash, and a start
/// that would make a heading, a list or a quote (`#`, `-`, `+`, `>`, `1.`) escaped too.
pub fn md_text(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = crate::domain::text::one_line(&line);
    let mut out = String::with_capacity(line.len() + 8);
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in line.chars().enumerate() {
        let leading = i == 0 && "#+-=>".contains(c);
        let numbered = i == digits && digits > 0 && ".)".contains(c);
        if "\\`*_[]<>|~&".contains(c) || leading || numbered {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The document in Markdown (GitHub tables).
pub fn markdown(doc: &Doc) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md_text(&doc.title));
    let table = |out: &mut String, header: &[String], rows: &[Vec<String>]| {
        let cells = |r: &[String]| r.iter().map(|c| md_text(c)).collect::<Vec<_>>().join(" | ");
        let _ = writeln!(out, "| {} |", cells(header));
        let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
        for r in rows {
            let _ = writeln!(out, "| {} |", cells(r));
        }
        out.push('\n');
    };
    for b in &doc.blocks {
        match b {
            Block::Heading(level, text) => {
                let _ = writeln!(
                    out,
                    "{} {}\n",
                    "#".repeat(usize::from(*level)),
                    md_text(text)
                );
            }
            Block::Para(text) => {
                let _ = writeln!(out, "{}\n", md_text(text));
            }
            Block::Table { header, rows } => table(&mut out, header, rows),
            Block::Bars { caption, lines } => {
                let mut header = bars_header(caption, doc.lang);
                header.push(crate::tr!(in doc.lang; "report-col-chart"));
                let rows: Vec<Vec<String>> = lines
                    .iter()
                    .map(|(label, t)| {
                        let mut r = vec![label.clone()];
                        r.extend(bar_cells(t, doc.lang));
                        r.push(text_bar(t.percent_done()));
                        r
                    })
                    .collect();
                table(&mut out, &header, &rows);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_text_never_becomes_markup() {
        assert_eq!(
            md_text("*bold* [x](http://e) <script> a|b"),
            "\\*bold\\* \\[x\\](http://e) \\<script\\> a\\|b"
        );
    }

    #[test]
    fn a_start_that_would_make_a_list_is_escaped() {
        assert_eq!(md_text("- a"), "\\- a");
        assert_eq!(md_text("12. b"), "12\\. b");
        assert_eq!(md_text("2026-06-18 ok."), "2026-06-18 ok.");
    }

    #[test]
    fn bars_have_ten_blocks() {
        assert_eq!(text_bar(0), "░░░░░░░░░░");
        assert_eq!(text_bar(45), "█████░░░░░");
        assert_eq!(text_bar(100), "██████████");
    }
}

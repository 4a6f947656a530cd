//! A `Doc` as a Word document (DOCX, through docx-rs): real headings a reader's navigation
//! pane lists, tables with a bold header row, and completion figures as a table whose last
//! column is a bar of blocks.

use docx_rs::{
    AlignmentType, Docx, Paragraph, Run, Shading, Style, StyleType, Table, TableCell, TableRow,
};

use super::doc::{Block, Doc, bar_cells, bars_header, text_bar};

/// Text as a DOCX run may hold it: XML allows no control characters, so they are shown as
/// `\xNN` (docx-rs escapes `<`, `&` and quotes itself).
fn clean(text: &str) -> String {
    crate::domain::text::one_line(text).into_owned()
}

/// A paragraph in the Normal style, named on each one: docx-rs writes Normal without
/// marking it the default, and readers (python-docx) then see no style at all.
fn para(text: &str) -> Paragraph {
    Paragraph::new()
        .style("Normal")
        .add_run(Run::new().add_text(clean(text)))
}

fn styles(docx: Docx) -> Docx {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .size(size)
            .bold()
            .outline_lvl(level)
    };
    docx.add_style(
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .size(40)
            .bold(),
    )
    .add_style(heading("Heading2", "heading 2", 30, 1))
    .add_style(heading("Heading3", "heading 3", 25, 2))
}

fn table(header: &[String], rows: &[Vec<String>]) -> Table {
    let head = TableRow::new(
        header
            .iter()
            .map(|h| {
                TableCell::new()
                    .shading(Shading::new().fill("E6E6E6"))
                    .add_paragraph(
                        Paragraph::new()
                            .style("Normal")
                            .add_run(Run::new().add_text(clean(h)).bold()),
                    )
            })
            .collect(),
    );
    let mut all = vec![head];
    all.extend(rows.iter().map(|r| {
        TableRow::new(
            r.iter()
                .enumerate()
                .map(|(j, c)| {
                    let numeric = j > 0 && c.trim_end_matches('%').parse::<u64>().is_ok();
                    // Cells without a named style: on 20,000 rows every element counts.
                    let p = Paragraph::new().add_run(Run::new().add_text(clean(c)));
                    let p = if numeric {
                        p.align(AlignmentType::Right)
                    } else {
                        p
                    };
                    TableCell::new().add_paragraph(p)
                })
                .collect(),
        )
    }));
    Table::new(all)
}

/// The document as DOCX bytes.
pub fn render(doc: &Doc) -> anyhow::Result<Vec<u8>> {
    let mut docx = styles(Docx::new()).add_paragraph(para(&doc.title).style("Title"));
    for b in &doc.blocks {
        docx = match b {
            Block::Heading(level, text) => docx.add_paragraph(para(text).style(if *level <= 2 {
                "Heading2"
            } else {
                "Heading3"
            })),
            Block::Para(text) => docx.add_paragraph(para(text)),
            Block::Table { header, rows } => {
                docx.add_table(table(header, rows)).add_paragraph(para(""))
            }
            Block::Bars { caption, lines } => {
                let mut header = bars_header(caption, doc.lang);
                header.push(crate::tr!(in doc.lang; "report-col-chart"));
                let rows: Vec<Vec<String>> = lines
                    .iter()
                    .map(|(label, t)| {
                        let mut r = vec![label.clone()];
                        r.extend(bar_cells(t));
                        r.push(text_bar(t.percent_done()));
                        r
                    })
                    .collect();
                docx.add_table(table(&header, &rows))
                    .add_paragraph(para(""))
            }
        };
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes)?;
    Ok(bytes.into_inner())
}

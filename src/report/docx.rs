//! A `Doc` as a Word document (DOCX): real headings a reader's navigation pane lists,
//! tables with a bold, shaded header row repeated on each page, and completion figures as
//! a table whose last column is a bar of blocks.
//!
//! Written directly (issue 15, item 7): a DOCX is a zip of a few XML parts, and building
//! docx-rs's tree of 20,000 rows and serialising it took 2 s of CPU for the report; the
//! same document streamed into one string takes a small fraction of that.

use std::fmt::Write as _;
use std::io::Write as _;

use super::doc::{Block, Doc, bar_cells, bars_header, text_bar};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// Normal marked the default (readers then name it on paragraphs without a style), the
/// title, and two heading levels with outline levels for the navigation pane; `{LANG}` is
/// the document's language, so Word checks French spelling as French (nc16 #6).
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="{LANG}" w:eastAsia="{LANG}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="25"/><w:szCs w:val="25"/></w:rPr></w:style></w:styles>"#;

const BORDERS: &str = r#"<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:left w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:right w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="999999"/></w:tblBorders>"#;

/// The text width of an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9638;

/// `text` as XML character data: one line, control characters shown as `\xNN` (XML allows
/// none), and `<`, `>` and `&` escaped.
fn push_text(out: &mut String, text: &str) {
    let line = crate::domain::text::one_line(text);
    for c in line.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            // The two non-characters XML forbids besides the control characters.
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// One run of text, bold or not.
fn push_run(out: &mut String, text: &str, bold: bool) {
    if text.is_empty() {
        return;
    }
    out.push_str(if bold {
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">"
    } else {
        "<w:r><w:t xml:space=\"preserve\">"
    });
    push_text(out, text);
    out.push_str("</w:t></w:r>");
}

/// A paragraph in `style` (None: Normal, the default).
fn push_para(out: &mut String, style: Option<&str>, text: &str) {
    match style {
        Some(s) => {
            let _ = write!(out, "<w:p><w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>");
        }
        None => out.push_str("<w:p>"),
    }
    push_run(out, text, false);
    out.push_str("</w:p>");
}

/// A table with a shaded, bold header row that repeats on each page; numbers right-aligned.
fn push_table(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let columns = header.len().max(1);
    out.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/>");
    out.push_str(BORDERS);
    out.push_str("</w:tblPr><w:tblGrid>");
    for _ in 0..columns {
        let _ = write!(out, "<w:gridCol w:w=\"{}\"/>", TEXT_WIDTH / columns);
    }
    out.push_str("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
    for h in header {
        out.push_str(
            "<w:tc><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E6E6E6\"/></w:tcPr><w:p>",
        );
        push_run(out, h, true);
        out.push_str("</w:p></w:tc>");
    }
    out.push_str("</w:tr>");
    for row in rows {
        out.push_str("<w:tr>");
        for (j, cell) in row.iter().enumerate() {
            let numeric = j > 0 && cell.trim_end_matches('%').parse::<u64>().is_ok();
            out.push_str(if numeric {
                "<w:tc><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>"
            } else {
                "<w:tc><w:p>"
            });
            push_run(out, cell, false);
            out.push_str("</w:p></w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    // Word needs a paragraph between two tables, and it reads as space after one.
    push_para(out, None, "");
}

/// The body of the document: the title, then each block.
fn document_xml(doc: &Doc) -> String {
    let mut out = String::with_capacity(1 << 20);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>",
    );
    push_para(&mut out, Some("Title"), &doc.title);
    for b in &doc.blocks {
        match b {
            Block::Heading(level, text) => {
                let style = if *level <= 2 { "Heading2" } else { "Heading3" };
                push_para(&mut out, Some(style), text);
            }
            Block::Para(text) => push_para(&mut out, None, text),
            Block::Table { header, rows } => push_table(&mut out, header, rows),
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
                push_table(&mut out, &header, &rows);
            }
        }
    }
    // A4, 2 cm margins.
    out.push_str(
        "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" \
         w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" \
         w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
    );
    out
}

/// The document's properties: its title, so a file manager and Word show it.
fn core_xml(doc: &Doc) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>",
    );
    push_text(&mut out, &doc.title);
    out.push_str("</dc:title><dc:language>");
    out.push_str(word_lang(doc.lang));
    out.push_str("</dc:language></cp:coreProperties>");
    out
}

/// The language tag Word proofs a document in.
fn word_lang(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::En => "en-GB",
        crate::i18n::Lang::Fr => "fr-FR",
        crate::i18n::Lang::Es => "es-ES",
    }
}

/// The document as DOCX bytes.
pub fn render(doc: &Doc) -> anyhow::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // Fast deflate: the XML is repetitive, so level 1 still shrinks it about tenfold.
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    let parts: [(&str, std::borrow::Cow<'_, str>); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES.into()),
        ("_rels/.rels", RELS.into()),
        ("docProps/core.xml", core_xml(doc).into()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.into()),
        (
            "word/styles.xml",
            STYLES.replace("{LANG}", word_lang(doc.lang)).into(),
        ),
        ("word/document.xml", document_xml(doc).into()),
    ];
    for (name, text) in parts {
        zip.start_file(name, options)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

//! A `Doc` as one self-contained HTML file that can be mailed or printed as it is: inline
//! CSS (with print rules), completion bars as inline SVG, no script, no external resource,
//! and every piece of text escaped.

use std::fmt::Write as _;

use super::doc::{Block, Doc, bar_cells, bars_header};
use super::progress::Standing;

/// Text as HTML text or attribute value: `&`, `<`, `>`, quotes escaped, one line, and
/// control characters shown as `\xNN` (as everywhere else).
pub fn escape(text: &str) -> String {
    let line = crate::domain::text::one_line(text);
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;max-width:60rem;\
margin:2rem auto;padding:0 1rem;color:#111;line-height:1.4}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:1.8rem;\
border-bottom:1px solid #999}h3{font-size:1.05rem}\
table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem;font-size:.9rem}\
th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}\
th{background:#eee}td.n{text-align:right}svg{display:block}\
.legend span{display:inline-block;margin-right:1rem}\
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}\
@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}\
tr,svg{break-inside:avoid}thead{display:table-header-group}\
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

/// The colour of each standing in a bar; patterns would be lost in print, so the legend
/// and the table beside each bar carry the numbers in words as well.
fn colour(s: Standing) -> &'static str {
    match s {
        Standing::Done => "#1b7837",
        Standing::OnTrack => "#7fbf7b",
        Standing::Renegotiated => "#f1a340",
        Standing::Overdue => "#b2182b",
        Standing::Dropped => "#bbbbbb",
    }
}

/// The document as HTML.
pub fn render(doc: &Doc) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        doc.lang.code(),
        escape(&doc.title),
        escape(&doc.title)
    );
    for b in &doc.blocks {
        match b {
            Block::Heading(level, text) => {
                let _ = writeln!(out, "<h{level}>{}</h{level}>", escape(text));
            }
            Block::Para(text) => {
                let _ = writeln!(out, "<p>{}</p>", escape(text));
            }
            Block::Table { header, rows } => table(&mut out, header, rows, None),
            Block::Bars { caption, lines } => {
                legend(&mut out, doc.lang);
                let rows: Vec<Vec<String>> = lines
                    .iter()
                    .map(|(label, t)| {
                        let mut r = vec![label.clone()];
                        r.extend(bar_cells(t, doc.lang));
                        r
                    })
                    .collect();
                let bars: Vec<String> = lines.iter().map(|(_, t)| svg_bar(t, doc.lang)).collect();
                let chart = crate::tr!(in doc.lang; "report-col-chart");
                let header = bars_header(caption, doc.lang);
                table(&mut out, &header, &rows, Some((&chart, &bars)));
            }
        }
    }
    out.push_str("</body></html>\n");
    out
}

fn legend(out: &mut String, lang: crate::i18n::Lang) {
    out.push_str("<p class=\"legend\">");
    for s in Standing::ALL {
        let _ = write!(
            out,
            "<span><i style=\"background:{}\"></i>{}</span>",
            colour(s),
            escape(&s.word(lang))
        );
    }
    out.push_str("</p>\n");
}

/// A table; `chart` adds a last column, under its heading, of ready-made (already safe)
/// SVG, one per row.
fn table(
    out: &mut String,
    header: &[String],
    rows: &[Vec<String>],
    chart: Option<(&str, &[String])>,
) {
    out.push_str("<table><thead><tr>");
    for h in header {
        let _ = write!(out, "<th>{}</th>", escape(h));
    }
    if let Some((heading, _)) = chart {
        let _ = write!(out, "<th>{}</th>", escape(heading));
    }
    out.push_str("</tr></thead><tbody>\n");
    for (i, r) in rows.iter().enumerate() {
        out.push_str("<tr>");
        for (j, cell) in r.iter().enumerate() {
            let numeric = j > 0 && cell.trim_end_matches('%').parse::<u64>().is_ok();
            let class = if numeric { " class=\"n\"" } else { "" };
            let _ = write!(out, "<td{class}>{}</td>", escape(cell));
        }
        if let Some(svg) = chart.and_then(|(_, c)| c.get(i)) {
            let _ = write!(out, "<td>{svg}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

/// One stacked bar, 200 units wide, a segment per standing in proportion to its count.
fn svg_bar(t: &super::progress::Tally, lang: crate::i18n::Lang) -> String {
    let total = t.total().max(1) as f64;
    let mut out = format!(
        "<svg width=\"200\" height=\"14\" viewBox=\"0 0 200 14\" role=\"img\" \
         aria-label=\"{}\">",
        escape(&crate::tr!(in lang; "report-percent-done", percent = t.percent_done()))
    );
    let mut x = 0.0;
    for s in Standing::ALL {
        let w = t.get(s) as f64 * 200.0 / total;
        if w > 0.0 {
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"0\" width=\"{w:.1}\" height=\"14\" fill=\"{}\"/>",
                colour(s)
            );
        }
        x += w;
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_in_text_and_attributes() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }

    #[test]
    fn a_document_loads_nothing_from_outside() {
        let doc = Doc {
            title: "<b>t</b>".into(),
            blocks: vec![Block::Para("see http://example.org".into())],
            ..Doc::default()
        };
        let html = render(&doc);
        assert!(!html.contains("<b>"));
        for outside in ["src=", "href=", "<link", "<script", "@import", "url("] {
            assert!(!html.contains(outside), "{outside}");
        }
        assert!(html.contains("@media print"));
    }
}

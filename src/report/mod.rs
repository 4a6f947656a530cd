//! Commitments as text for scripts and documents: the table, JSON and CSV of
//! `plenary commitments`, and the outcome document and calendar of `plenary export`.

pub mod doc;
pub mod document;
pub mod docx;
pub mod html;
pub mod ics;
pub mod language;
pub mod mail;
pub mod markdown;
pub mod outcome;
mod outcome_commitments;
pub use outcome_commitments::by_when;
mod outcome_summary;
pub mod plain;
pub mod progress;
pub mod progress_doc;
pub mod remind;

use std::fmt::Write as _;

use serde::Serialize;

use crate::domain::board::BoardRow;
use crate::domain::text::one_line;

/// The formats of `plenary export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// An outcome document in Markdown.
    Md,
    /// The commitments as CSV.
    Csv,
    /// A calendar with one entry per commitment deadline.
    Ics,
}

impl ExportFormat {
    /// The file name ending for an export written beside its session.
    pub fn suffix(self) -> &'static str {
        match self {
            ExportFormat::Md => "outcome.md",
            ExportFormat::Csv => "commitments.csv",
            ExportFormat::Ics => "deadlines.ics",
        }
    }

    /// Where this export of the session at `session_file` goes beside it:
    /// `2026-11-26-title.outcome.md` next to `2026-11-26-title.json`.
    pub fn beside(self, session_file: &std::path::Path) -> std::path::PathBuf {
        let stem = session_file
            .file_stem()
            .map(|x| x.to_string_lossy().into_owned())
            .unwrap_or_default();
        session_file.with_file_name(format!("{stem}.{}", self.suffix()))
    }
}

/// One session exported in `format`; `file` names the session in the CSV, and overdue days
/// are counted against `today`.
pub fn export(
    session: &crate::domain::Session,
    file: &str,
    format: ExportFormat,
    now: chrono::DateTime<chrono::Utc>,
    offset: chrono::FixedOffset,
    today: chrono::NaiveDate,
) -> String {
    let options = outcome::Options {
        now,
        offset,
        today,
        external: false,
    };
    export_as(session, file, format, &options)
}

/// One session exported in `format` as `options` say (the external mode, the day overdue
/// days are counted on). A follow-up session's CSV and calendar also hold the commitments
/// it followed up, as they stand after it (issue 15, item 2).
pub fn export_as(
    session: &crate::domain::Session,
    file: &str,
    format: ExportFormat,
    options: &outcome::Options,
) -> String {
    let rows = crate::domain::board::rows([(file, session)], options.today);
    let carried = || crate::domain::carry::carried_rows(session, options.today);
    match format {
        ExportFormat::Md => markdown::write(&outcome::build(session, &rows, options)),
        ExportFormat::Csv => {
            let mut all = rows;
            all.extend(carried());
            csv_table(&all, options.external, language::of_session(session))
        }
        ExportFormat::Ics => ics::render(session, &carried()),
    }
}

/// The outcome document of one session as blocks, for the writers of documents to send
/// (HTML, DOCX) as for Markdown: one document, whichever way it is written.
pub fn outcome_document(
    session: &crate::domain::Session,
    file: &str,
    options: &outcome::Options,
) -> document::Document {
    let rows = crate::domain::board::rows([(file, session)], options.today);
    outcome::build(session, &rows, options)
}

/// The output formats of `plenary commitments`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
    /// One calendar across sessions: an event per deadline, with a reminder a week before.
    Ics,
}

/// The stable JSON document `plenary commitments --format json` prints (see docs/format.md).
#[derive(Serialize)]
struct Listing<'a> {
    format: u32,
    today: chrono::NaiveDate,
    count: usize,
    commitments: &'a [BoardRow],
    /// Files that could not be read, so a script can tell "none owed" from "not looked at".
    skipped: Vec<Skipped<'a>>,
}

/// A session file left out of a listing, and why.
#[derive(Serialize)]
struct Skipped<'a> {
    file: String,
    reason: &'a str,
}

/// Renders the rows in `format`; `skipped` (file, reason) goes in the JSON document.
pub fn list(
    rows: &[BoardRow],
    format: ListFormat,
    today: chrono::NaiveDate,
    offset: chrono::FixedOffset,
    skipped: &[(std::path::PathBuf, String)],
) -> String {
    match format {
        ListFormat::Json => {
            let doc = Listing {
                format: 1,
                today,
                count: rows.len(),
                commitments: rows,
                skipped: skipped
                    .iter()
                    .map(|(file, reason)| Skipped {
                        file: file.display().to_string(),
                        reason,
                    })
                    .collect(),
            };
            terminal_safe_json(serde_json::to_string_pretty(&doc).unwrap_or_default()) + "\n"
        }
        ListFormat::Csv => csv_rows(rows),
        ListFormat::Ics => ics::render_rows(&crate::tr!("ics-all-commitments"), rows),
        ListFormat::Table => table(rows, offset),
    }
}

/// JSON escapes U+0000–U+001F itself, but leaves DEL and the C1 controls (U+0080–U+009F,
/// which some terminals obey) raw: they are escaped too. Outside its strings a JSON document
/// is ASCII, so every such character is inside a string, where `\u0085` means the same.
fn terminal_safe_json(json: String) -> String {
    // DEL is 0x7F and every C1 character starts with 0xC2 in UTF-8.
    if !json.bytes().any(|b| b == 0x7f || b == 0xc2) {
        return json;
    }
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if c.is_control() && !c.is_ascii_whitespace() {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

const CSV_HEADER: [&str; 14] = [
    "session",
    "session_date",
    "id",
    "what",
    "owner",
    "organisation",
    "stakeholder",
    "deadline",
    "status",
    "days_overdue",
    "file",
    "original_deadline",
    "deadline_moves",
    "latest_note",
];

/// Commitments as CSV (RFC 4180 quoting), one row each, with a header. Each field is one
/// line, its control characters shown as `\xNN` (a CSV is often read in a terminal).
/// The column names and status words of `plenary commitments` stay English, as its JSON
/// does, for the scripts that read them.
pub fn csv_rows(rows: &[BoardRow]) -> String {
    csv_table(rows, false, crate::i18n::Lang::En)
}

/// The column names of a session's CSV in `lang` (issue 16), in `CSV_HEADER`'s order.
fn csv_header(lang: crate::i18n::Lang) -> [String; 14] {
    use crate::tr;
    [
        tr!(in lang; "csv-session"),
        tr!(in lang; "csv-session-date"),
        tr!(in lang; "csv-id"),
        tr!(in lang; "csv-what"),
        tr!(in lang; "csv-owner"),
        tr!(in lang; "csv-organisation"),
        tr!(in lang; "csv-stakeholder"),
        tr!(in lang; "csv-deadline"),
        tr!(in lang; "csv-status"),
        tr!(in lang; "csv-days-overdue"),
        tr!(in lang; "csv-file"),
        tr!(in lang; "csv-original-deadline"),
        tr!(in lang; "csv-deadline-moves"),
        tr!(in lang; "csv-latest-note"),
    ]
}

/// As `csv_rows`, with the column names and status words in `lang`; `external` (for
/// partners) leaves out the `file` column, a local path that names the exporter's log-in
/// (nc15 #5).
fn csv_table(rows: &[BoardRow], external: bool, lang: crate::i18n::Lang) -> String {
    let keep = |i: &usize| !(external && CSV_HEADER[*i] == "file");
    let header = csv_header(lang);
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record((0..CSV_HEADER.len()).filter(keep).map(|i| &header[i]));
    for r in rows {
        let fields = [
            r.session_title.as_str(),
            &r.session_date.map(|d| d.to_string()).unwrap_or_default(),
            &r.id,
            &r.what,
            &r.owner,
            &r.organisation,
            &r.stakeholder,
            &r.deadline.to_string(),
            &language::status_word(r.status, lang),
            &r.days_overdue.to_string(),
            &r.session_file,
            // Issue 15, item 1: a moved deadline's first date, how often it moved, and the
            // last thing said about it.
            &r.original_deadline
                .map(|d| d.to_string())
                .unwrap_or_default(),
            &r.deadline_moves.to_string(),
            r.history
                .iter()
                .rev()
                .find_map(|h| h.note.as_deref())
                .unwrap_or_default(),
        ];
        let _ = out.write_record(
            (0..fields.len())
                .filter(keep)
                .map(|i| spreadsheet_safe(&one_line(fields[i]))),
        );
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A field a spreadsheet shows as text: one starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return would be run as a formula (`=HYPERLINK(…)` typed as a commitment), so it
/// gets a leading `'`, which spreadsheets read as "text follows" and do not show.
pub fn spreadsheet_safe(field: &str) -> String {
    match field.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{field}"),
        _ => field.to_string(),
    }
}

/// The byte-order mark Excel on Windows needs to read a CSV as UTF-8 ("Ministère" instead
/// of "MinistÃ¨re"); other readers skip it.
pub const UTF8_BOM: &str = "\u{feff}";

/// The table `plenary commitments` prints for people: its words, dates and status in the
/// language in force (nc16 #7), and a sentence when nothing matches.
fn table(rows: &[BoardRow], offset: chrono::FixedOffset) -> String {
    use crate::i18n::date::listed;
    let lang = crate::i18n::current();
    if rows.is_empty() {
        return crate::tr!("table-none-match") + "\n";
    }
    let cut = |s: &str, w: usize| crate::ui::rail::fit(&one_line(s), w);
    // nc15 #10: a moved deadline as was → now, as the board and the exports give it.
    let due = |r: &BoardRow| match r.original_deadline {
        Some(was) => format!("{} → {}", listed(was, lang), listed(r.deadline, lang)),
        None => listed(r.deadline, lang),
    };
    let due_w = rows
        .iter()
        .map(|r| due(r).chars().count())
        .max()
        .unwrap_or(0)
        .max(11)
        .max(crate::tr!("table-deadline").chars().count());
    let late = |r: &BoardRow| {
        if r.is_overdue() {
            crate::tr!("table-days-late", days = r.days_overdue)
        } else {
            String::new()
        }
    };
    let late_w = rows
        .iter()
        .map(|r| late(r).chars().count())
        .chain([crate::tr!("table-overdue").chars().count()])
        .max()
        .unwrap_or(0);
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.chars().count())));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  {}  {}  {}  {}  {}",
        pad(&crate::tr!("table-deadline"), due_w),
        pad(&crate::tr!("table-overdue"), late_w),
        cut(&crate::tr!("table-owner"), 28),
        cut(&crate::tr!("table-what"), 44),
        cut(&crate::tr!("table-status"), 11),
        crate::tr!("table-session"),
    );
    for r in rows {
        let session = one_line(&r.session_label_in(offset, &|d| listed(d, lang))).into_owned();
        let line = format!(
            "{}  {}  {}  {}  {}  {}",
            pad(&due(r), due_w),
            pad(&late(r), late_w),
            cut(&r.owner, 28),
            cut(&r.what, 44),
            cut(&crate::i18n::keys::status_label(r.status), 11),
            session.trim()
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

//! What a spreadsheet's import says of its rows, as data (issue 16): each row left out with
//! its line and why, each row kept with a change, and why a file cannot be used at all.
//! `Display` says it in English (the tests and logs read it); `i18n::roster` says it in the
//! language in force.

use std::fmt;

use crate::domain::limits::MAX_NAME;

/// A row of the spreadsheet left out: its line and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub why: RowWhy,
}

/// Why a row was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowWhy {
    /// What the CSV reader found.
    Unreadable(CsvWhy),
    /// A quote never closed, and how many lines after it went into the row.
    QuoteOpen {
        swallowed: u64,
    },
    NoName,
    ControlChar(String),
    TooLong,
    AlreadyListed(String),
}

/// Why the CSV reader could not split a row, as data (issue 16: its words were English).
/// Read leniently from text already UTF-8, as `roster::parse` reads, a row never fails:
/// these are said should another way of reading ever meet them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvWhy {
    /// The row has `found` cells where the first line has `expected`.
    UnequalLengths { expected: u64, found: u64 },
    /// A cell is not UTF-8 text.
    NotUtf8,
    /// Anything else, in the reader's words (for the logs).
    Other(String),
}

impl CsvWhy {
    /// What `e` says of a row.
    pub fn of(e: &csv::Error) -> CsvWhy {
        match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => CsvWhy::UnequalLengths {
                expected: *expected_len,
                found: *len,
            },
            csv::ErrorKind::Utf8 { .. } => CsvWhy::NotUtf8,
            _ => CsvWhy::Other(e.to_string()),
        }
    }
}

impl fmt::Display for CsvWhy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvWhy::UnequalLengths { expected, found } => {
                let cells = if *found == 1 { "cell" } else { "cells" };
                write!(
                    f,
                    "the row has {found} {cells} where the first line has {expected}"
                )
            }
            CsvWhy::NotUtf8 => {
                f.write_str("a cell is not UTF-8 text: save the spreadsheet as CSV UTF-8")
            }
            CsvWhy::Other(said) => write!(f, "the row cannot be split into cells ({said})"),
        }
    }
}

/// Something read with a change, the row kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    NotEmail {
        line: u64,
        email: String,
        name: String,
    },
    /// The file was not UTF-8 and was read as Windows-1252.
    Windows1252,
}

/// Why a spreadsheet cannot be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unusable {
    Empty,
    /// What the CSV reader found in the first line.
    Header(CsvWhy),
    /// The header's cells, none of them a name.
    NoNameColumn(Vec<String>),
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = self.line;
        write!(f, "line {line}: ")?;
        match &self.why {
            RowWhy::Unreadable(why) => write!(f, "{why}"),
            RowWhy::QuoteOpen { swallowed } => {
                f.write_str("a quote (\") is not closed")?;
                match swallowed {
                    0 => {}
                    1 => write!(
                        f,
                        ", so line {} went into it and was not read either",
                        line + 1
                    )?,
                    n => write!(
                        f,
                        ", so lines {} to {} went into it and were not read either",
                        line + 1,
                        line + n
                    )?,
                }
                f.write_str(": fix the row and import again")
            }
            RowWhy::NoName => f.write_str("no name"),
            RowWhy::ControlChar(name) => {
                write!(f, "the name {name:?} holds a control character")
            }
            RowWhy::TooLong => write!(f, "the name is longer than {MAX_NAME} characters"),
            RowWhy::AlreadyListed(name) => write!(f, "{name} is already listed"),
        }
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Note::NotEmail { line, email, name } => write!(
                f,
                "line {line}: \"{email}\" is not an email address: {name} kept without one"
            ),
            Note::Windows1252 => f.write_str(
                "the file is not UTF-8, so it was read as Windows-1252 (what Excel's \
                 \"CSV (comma delimited)\" writes): check the accents; in Excel, Save As \
                 \"CSV UTF-8\" avoids this",
            ),
        }
    }
}

impl fmt::Display for Unusable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unusable::Empty => f.write_str(
                "the file is empty: a spreadsheet saved as CSV has a header line (name, \
                 organisation, stakeholder, email) and a row per person",
            ),
            Unusable::Header(said) => {
                write!(f, "the first line cannot be read as a header: {said}")
            }
            Unusable::NoNameColumn(found) => write!(
                f,
                "the header has no name column (it has: {}); name the columns name, \
                 organisation, stakeholder, email on the first line",
                found.join(", ")
            ),
        }
    }
}

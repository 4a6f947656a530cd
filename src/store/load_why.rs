//! Why a session file or its journal cannot be used, beyond what JSON says (issue 16): a
//! journal that does not belong with its file, a damaged or refused entry, a format of 0,
//! a file that kept changing. Kinds with what they name, as data: `Display` says them in
//! English for the logs; `i18n::load_error` in the language in force.

use std::fmt;
use std::path::PathBuf;

use crate::domain::ReplayError;

/// Why a file (or its journal) read but cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadWhy {
    /// A journal beside `session`, an agenda that has not been run.
    JournalOfAgenda { session: PathBuf },
    /// The journal's first line is not its header.
    NotJournalHeader(LineFault),
    /// The journal is of session `found`, not of `session` (whose live id is `id`).
    OtherSession {
        found: String,
        session: PathBuf,
        id: String,
    },
    /// A line of the journal is not an entry: repair it or open `session` without it.
    DamagedEntry { fault: LineFault, session: PathBuf },
    /// An entry the record refuses on replay.
    Refused(ReplayError),
    /// `"format": 0`.
    FormatZero,
    /// The file was rewritten under every read.
    KeptChanging,
}

/// Why one line of JSON is not what it should be: the parser's words (a syntax finding,
/// said in the language like any file's) or a JSON value of another shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineFault {
    Syntax(String),
    Shape(String),
}

impl LineFault {
    /// serde_json's finding, without the place it appends (the error names the line).
    pub fn of(e: &serde_json::Error) -> LineFault {
        use serde_json::error::Category;
        let raw = e.to_string();
        let said = raw
            .rsplit_once(" at line ")
            .map_or(raw.as_str(), |(m, _)| m)
            .to_string();
        match e.classify() {
            Category::Syntax | Category::Eof => LineFault::Syntax(said),
            Category::Data | Category::Io => LineFault::Shape(said),
        }
    }
}

impl fmt::Display for LineFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineFault::Syntax(said) | LineFault::Shape(said) => f.write_str(said),
        }
    }
}

impl fmt::Display for LoadWhy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadWhy::JournalOfAgenda { session } => write!(
                f,
                "is a journal of changes, but {} is an agenda that has not been run; move the journal away",
                session.display()
            ),
            LoadWhy::NotJournalHeader(fault) => {
                write!(f, "not a plenary journal header: {fault}")
            }
            LoadWhy::OtherSession { found, session, id } => write!(
                f,
                "this journal belongs to session {found}, not to {} ({id}); move it away",
                session.display()
            ),
            LoadWhy::DamagedEntry { fault, session } => write!(
                f,
                "a damaged journal entry ({fault}). The journal keeps the changes made since the file was last written whole: repair this line, or move the journal away to open {} without them",
                session.display()
            ),
            LoadWhy::Refused(e) => write!(f, "{e}"),
            LoadWhy::FormatZero => {
                f.write_str("\"format\" must be a positive whole number, found 0")
            }
            LoadWhy::KeptChanging => {
                f.write_str("the file kept changing while it was read; try again")
            }
        }
    }
}

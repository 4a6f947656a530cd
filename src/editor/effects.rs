//! What the editor asks of the world outside (save, read a spreadsheet, keep unsaved
//! changes when stopped) and what it hears back: data, carried out by `front`.

use std::path::PathBuf;

use crate::domain::Session;

/// What the editor asks of the world outside.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Write `agenda` to `file` (or, when none was given, to a new file in `dir` named from
    /// the title), read it back and say so; then quit when `then_quit`.
    Save {
        file: Option<PathBuf>,
        dir: PathBuf,
        agenda: Box<Session>,
        then_quit: bool,
        /// What the file held when last read or written here: if it holds something else
        /// now (another editor, a hand edit), it is not replaced. `None`: not checked.
        expect: Option<Vec<u8>>,
    },
    /// Read participants from the spreadsheet at this path.
    Import(PathBuf),
    /// The process is told to stop with changes not saved: write them to a new file in
    /// `dir` named from `name`, never over the file being edited.
    Rescue {
        dir: PathBuf,
        name: String,
        agenda: Box<Session>,
    },
}

/// Why a save did not happen.
#[derive(Debug)]
pub enum SaveError {
    /// The file changed on disk since it was read or written here.
    Changed(PathBuf),
    /// Writing or reading back failed.
    Failed(String),
}

/// What comes back from the world outside.
#[derive(Debug)]
pub enum Message {
    /// The agenda is on disk at this path, read back equal (with the bytes written); or
    /// why not.
    Saved {
        result: Result<(PathBuf, Box<Session>, Vec<u8>), SaveError>,
        then_quit: bool,
    },
    /// The spreadsheet's bytes (any encoding), or why it could not be read.
    Imported(PathBuf, Result<Vec<u8>, String>),
    /// Where unsaved changes were written when the process was stopped, or why not.
    Rescued(Result<PathBuf, String>),
}

//! Reading a session file, with errors that name the path, line and column.
//!
//! Only a regular file of at most `MAX_FILE_BYTES` is read: a FIFO, a device or a directory
//! is named for what it is without waiting on it, so one odd entry in a sessions directory
//! never blocks a listing (or a cron job), and `/dev/zero` cannot fill the memory.

use std::io::Read;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::domain::text::one_line;
use crate::domain::{FORMAT_VERSION, Session};

pub use super::json_error::JsonWhy;
pub(crate) use super::json_error::located;
pub use super::load_why::{LineFault, LoadWhy};

/// The largest session file read, far beyond any workshop's: 40,000 notes make 5 MiB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file could not be used. The file itself is never touched on error.
#[derive(Debug, Error)]
pub enum LoadError {
    // The OS error is part of the message and deliberately not a `source`, so that chains
    // of errors (anyhow's `{:#}`) say it once.
    #[error("{}: cannot read: {cause}", shown(path))]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{}: is {what}, not a session file", shown(path))]
    NotAFile { path: PathBuf, what: Special },
    #[error(
        "{}: is {}, more than the {} a session file may be: is it the right file?",
        shown(path),
        size_text(*size),
        size_text(MAX_FILE_BYTES)
    )]
    TooLarge { path: PathBuf, size: u64 },
    /// The file is not JSON, or not UTF-8, at this line and column: why, as data.
    #[error("{}:{line}:{column}: {}", shown(path), one_line(&why.to_string()))]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        why: JsonWhy,
    },
    #[error(
        "{}: the file is empty (was it cut off while being copied?)",
        shown(path)
    )]
    Empty { path: PathBuf },
    /// A line of the journal beside the file, at this line and column: why, as data.
    #[error("{}:{line}:{column}: {}", shown(path), one_line(&why.to_string()))]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        why: LoadWhy,
    },
    #[error(
        "{}: written in format {found}, but this plenary reads format {FORMAT_VERSION} at most; \
         upgrade plenary to open it (the file was left as it is)",
        shown(path)
    )]
    Newer { path: PathBuf, found: u64 },
    /// The file reads but cannot be used: why, as data.
    #[error("{}: {}", shown(path), one_line(&why.to_string()))]
    Invalid { path: PathBuf, why: LoadWhy },
    /// Every structural mistake at once, each at its JSON path with its fix (on one line
    /// here, for screens and logs; `plenary check` lists them one per line).
    #[error("{}: {}: {}", shown(path), counted(problems.len()), listed(problems))]
    Problems {
        path: PathBuf,
        problems: Vec<crate::domain::validate::Problem>,
    },
}

/// What a path that is not a regular file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Directory,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    Other,
}

impl std::fmt::Display for Special {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Special::Directory => "a directory",
            Special::Fifo => "a FIFO (named pipe)",
            Special::Socket => "a socket",
            Special::CharDevice => "a character device",
            Special::BlockDevice => "a block device",
            Special::Other => "not a regular file",
        })
    }
}

/// "1 problem", "3 problems": the English `Display` counts as people do.
fn counted(n: usize) -> String {
    match n {
        1 => "1 problem".to_string(),
        n => format!("{n} problems"),
    }
}

fn listed(problems: &[crate::domain::validate::Problem]) -> String {
    let each: Vec<String> = problems
        .iter()
        .map(|p| one_line(&p.to_string()).into_owned())
        .collect();
    each.join("; ")
}

/// A path as it may be printed to a terminal: any control character in it escaped.
pub fn shown(path: &Path) -> String {
    one_line(&path.display().to_string()).into_owned()
}

/// `65.0 MiB`: a size in the unit people read.
pub fn size_text(bytes: u64) -> String {
    const KIB: f64 = 1024.0;
    let b = bytes as f64;
    if b >= KIB * KIB * KIB {
        format!("{:.1} GiB", b / (KIB * KIB * KIB))
    } else if b >= KIB * KIB {
        format!("{:.1} MiB", b / (KIB * KIB))
    } else if b >= KIB {
        format!("{:.1} KiB", b / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// Why `session`, read from `file`, cannot be `to` ("run", "exported", else followed up):
/// every problem `plenary check` finds, one a line, in the language in force (nc16b #1, #3:
/// `run`, `export` and the launcher framed them in English); None when it has none.
pub fn refusal(file: &Path, to: &str, session: &Session) -> Option<String> {
    use crate::tr;
    let problems = session.problems();
    if problems.is_empty() {
        return None;
    }
    let shown = file.display().to_string();
    let headline = match to {
        "run" => tr!("run-cannot-be-run", file = &shown),
        "exported" => tr!("run-cannot-be-exported", file = &shown),
        _ => tr!("run-cannot-be-followed-up", file = &shown),
    };
    let list: Vec<String> = problems
        .iter()
        .map(|p| format!("  {}", crate::i18n::problems::line(p)))
        .collect();
    Some(format!(
        "{headline}\n{}\n{}",
        list.join("\n"),
        tr!("run-same-list", file = &shown)
    ))
}

/// Reads and parses a session or agenda file; checks the format version before the content.
pub fn load(path: &Path) -> Result<Session, LoadError> {
    let text = read(path)?;
    parse(path, &text)
}

/// The bytes of the file at `path`, if it is a regular file of at most `MAX_FILE_BYTES`.
/// Never waits on a FIFO or device, and never reads more than the cap. Apart from `read`
/// for a spreadsheet, whose text may be in another encoding (nc13b #4).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    use std::os::unix::fs::OpenOptionsExt;
    let io = |cause| LoadError::Io {
        path: path.to_path_buf(),
        cause,
    };
    // Looked at before opening, so that a device is never opened; looked at again once
    // open, in case the path was replaced in between.
    regular(path, &std::fs::metadata(path).map_err(io)?)?;
    let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOCTTY;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags.bits() as i32)
        .open(path)
        .map_err(io)?;
    let size = regular(path, &file.metadata().map_err(io)?)?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// The text of the file at `path` (as `read_bytes`), refused unless it is UTF-8, with
/// where it stops being so.
pub fn read(path: &Path) -> Result<String, LoadError> {
    let bytes = read_bytes(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = good.iter().filter(|b| **b == b'\n').count() + 1;
        let start = good.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&good[start..]).chars().count() + 1;
        LoadError::Json {
            path: path.to_path_buf(),
            line,
            column,
            why: JsonWhy::NotUtf8,
        }
    })
}

/// The size of a regular file within the cap, or why the path is not one.
fn regular(path: &Path, meta: &std::fs::Metadata) -> Result<u64, LoadError> {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    let what = if kind.is_file() {
        if meta.len() > MAX_FILE_BYTES {
            return Err(LoadError::TooLarge {
                path: path.to_path_buf(),
                size: meta.len(),
            });
        }
        return Ok(meta.len());
    } else if kind.is_dir() {
        Special::Directory
    } else if kind.is_fifo() {
        Special::Fifo
    } else if kind.is_socket() {
        Special::Socket
    } else if kind.is_char_device() {
        Special::CharDevice
    } else if kind.is_block_device() {
        Special::BlockDevice
    } else {
        Special::Other
    };
    Err(LoadError::NotAFile {
        path: path.to_path_buf(),
        what,
    })
}

/// Parses text as if read from `path` (the path is only used in messages).
pub fn parse(path: &Path, text: &str) -> Result<Session, LoadError> {
    // Editors on Windows start UTF-8 files with a byte-order mark; JSON has no use for it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Fast path: one typed parse, then the version. Only a file that fails is parsed again
    // to say precisely why (a newer format is reported as such, not as a field error).
    let typed = serde_json::from_str::<Session>(text);
    if let Ok(session) = typed {
        return match session.format {
            0 => Err(LoadError::Invalid {
                path: path.to_path_buf(),
                why: LoadWhy::FormatZero,
            }),
            n if n > FORMAT_VERSION => Err(LoadError::Newer {
                path: path.to_path_buf(),
                found: n.into(),
            }),
            _ => Ok(session),
        };
    }
    // Everything wrong at once (issue 13, item 1), as `plenary check` lists it.
    let found = super::examine::examine(path, text)?;
    match found.session {
        Some(session) if found.problems.is_empty() => Ok(session),
        _ => Err(LoadError::Problems {
            path: path.to_path_buf(),
            problems: found.problems,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse(Path::new("s.json"), text).unwrap_err().to_string()
    }

    #[test]
    fn a_truncated_file_is_located_and_called_truncated() {
        let e = err("{\n  \"format\": 1,\n  \"title\": \"x\"");
        assert!(e.starts_with("s.json:3:"), "{e}");
        assert!(e.contains("truncated"), "{e}");
    }

    #[test]
    fn a_newer_format_is_refused_by_number() {
        let e = err(r#"{"format": 7, "title": "x", "agenda": []}"#);
        assert!(e.contains("format 7"), "{e}");
        assert!(e.contains("upgrade plenary"), "{e}");
    }

    #[test]
    fn a_missing_field_is_named() {
        let e = err("{\"format\": 1,\n \"agenda\": []}");
        assert!(e.contains("title: is missing: add \"title\""), "{e}");
        assert!(e.starts_with("s.json: 2 problems: "), "{e}");
        assert!(e.ends_with("agenda: has no items: add at least one"), "{e}");
    }

    #[test]
    fn a_wrong_type_is_located() {
        let e = err(
            "{\"format\": 1, \"title\": \"x\",\n\"agenda\": [{\"title\": \"a\", \"kind\": \"plenary\", \"minutes\": \"ten\"}]}",
        );
        assert!(
            e.contains("agenda[0].minutes: is \"ten\": write a whole number"),
            "{e}"
        );
    }

    #[test]
    fn special_files_are_named_without_being_read() {
        let dir = tempfile::tempdir().unwrap();
        let e = load(dir.path()).unwrap_err().to_string();
        assert!(e.ends_with("is a directory, not a session file"), "{e}");
        let e = load(Path::new("/dev/null")).unwrap_err().to_string();
        assert_eq!(e, "/dev/null: is a character device, not a session file");
        let big = dir.path().join("big.json");
        std::fs::File::create(&big)
            .unwrap()
            .set_len(MAX_FILE_BYTES + 1)
            .unwrap();
        let e = load(&big).unwrap_err().to_string();
        assert!(e.contains("is 64.0 MiB, more than the 64.0 MiB"), "{e}");
        let latin1 = dir.path().join("latin1.json");
        std::fs::write(&latin1, b"{\"title\": \"caf\xe9\"}").unwrap();
        let e = load(&latin1).unwrap_err().to_string();
        assert!(
            e.ends_with("latin1.json:1:15: the file is not UTF-8 text from here: save it as UTF-8"),
            "{e}"
        );
    }

    #[test]
    fn text_from_the_file_is_quoted_escaped() {
        let e = err(
            r#"{"format": 1, "title": "x", "agenda": [{"title": "a", "kind": "\u001b[2J", "minutes": 1}]}"#,
        );
        assert!(!e.contains('\x1b'), "{e}");
        assert!(e.contains("agenda[0].kind: is \"\\u{1b}[2J\""), "{e}");
        let e = parse(Path::new("a\x07.json"), "").unwrap_err().to_string();
        assert!(e.starts_with("a\\x07.json: "), "{e}");
    }

    /// nc13d #1: `plenary edit` and the launcher read with this: a null is named at its
    /// path in the words `check` gives, beside every other problem.
    #[test]
    fn a_null_is_named_at_its_path_with_the_other_problems() {
        let e = err(
            "{\"format\": 1, \"title\": \"x\", \"venue\": null, \"presenter_minutes\": null,\n\"agenda\": [{\"title\": \"a\", \"kind\": \"plenary\", \"minutes\": \"15\"}]}",
        );
        assert_eq!(
            e,
            "s.json: 3 problems: venue: is null: write text in quotes, or leave it out; \
             presenter_minutes: is null: write a number of minutes from 1 to 1440, or leave it out; \
             agenda[0].minutes: is \"15\": write a whole number, e.g. 10"
        );
    }

    #[test]
    fn a_file_that_is_not_a_session_says_so() {
        let e = err("{\"name\": \"package\"}");
        assert!(
            e.contains("format: is missing: a plenary agenda or session starts with"),
            "{e}"
        );
    }
}

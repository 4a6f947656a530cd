//! Reading a session file, with errors that name the path, line and column.

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::domain::{FORMAT_VERSION, Session};

/// Why a file could not be used. The file itself is never touched on error.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{path}: written in format {found}, but this plenary reads format {FORMAT_VERSION} at most; \
         upgrade plenary to open it (the file was left as it is)"
    )]
    Newer { path: PathBuf, found: u64 },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// Reads and parses a session or agenda file; checks the format version before the content.
pub fn load(path: &Path) -> Result<Session, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(path, &text)
}

/// Parses text as if read from `path` (the path is only used in messages).
pub fn parse(path: &Path, text: &str) -> Result<Session, LoadError> {
    // Fast path: one typed parse, then the version. Only a file that fails is parsed again
    // to say precisely why (a newer format is reported as such, not as a field error).
    if let Ok(session) = serde_json::from_str::<Session>(text) {
        return match session.format {
            0 => Err(LoadError::Invalid {
                path: path.to_path_buf(),
                message: "\"format\" must be a positive whole number, found 0".into(),
            }),
            n if n > FORMAT_VERSION => Err(LoadError::Newer {
                path: path.to_path_buf(),
                found: n.into(),
            }),
            _ => Ok(session),
        };
    }
    diagnose(path, text)
}

/// Why `text` is not a session this build can read, located as precisely as possible.
fn diagnose(path: &Path, text: &str) -> Result<Session, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Invalid {
            path: path.to_path_buf(),
            message: "the file is empty (was it cut off while being copied?)".into(),
        });
    }
    // serde_json gives column 0 for "before the first character"; editors count from 1.
    let located = |e: serde_json::Error| LoadError::Syntax {
        path: path.to_path_buf(),
        line: e.line().max(1),
        column: e.column().max(1),
        message: describe(&e),
    };
    let value: serde_json::Value = serde_json::from_str(text).map_err(located)?;
    let format = value.get("format").ok_or_else(|| LoadError::Invalid {
        path: path.to_path_buf(),
        message: "no \"format\" field: this does not look like a plenary session file".into(),
    })?;
    match format.as_u64() {
        Some(found) if found > u64::from(FORMAT_VERSION) => {
            return Err(LoadError::Newer {
                path: path.to_path_buf(),
                found,
            });
        }
        Some(0) | None => {
            return Err(LoadError::Invalid {
                path: path.to_path_buf(),
                message: format!("\"format\" must be a positive whole number, found {format}"),
            });
        }
        Some(_) => {}
    }
    serde_json::from_str(text).map_err(located)
}

fn describe(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    // serde_json appends " at line L column C"; the location is already in front.
    let raw = e.to_string();
    let message = raw
        .rsplit_once(" at line ")
        .map_or(raw.as_str(), |(m, _)| m)
        .to_string();
    match e.classify() {
        Category::Eof => format!("the file ends too early (truncated?): {message}"),
        Category::Syntax => format!("not valid JSON: {message}"),
        Category::Data => message,
        Category::Io => message,
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
        assert!(e.contains("missing field `title`"), "{e}");
        assert!(e.starts_with("s.json:2:"), "{e}");
    }

    #[test]
    fn a_wrong_type_is_located() {
        let e = err(
            "{\"format\": 1, \"title\": \"x\",\n\"agenda\": [{\"title\": \"a\", \"kind\": \"plenary\", \"minutes\": \"ten\"}]}",
        );
        assert!(e.starts_with("s.json:2:"), "{e}");
        assert!(e.contains("invalid type"), "{e}");
    }

    #[test]
    fn a_file_that_is_not_a_session_says_so() {
        assert!(err("{\"name\": \"package\"}").contains("does not look like a plenary session"));
    }
}

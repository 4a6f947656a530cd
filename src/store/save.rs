//! Writing session files so that a crash at any instant leaves a complete file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::Session;

/// Writes `bytes` to `path` through a temporary file in the same directory, synced,
/// then renamed over the target: readers see the old file or the new one, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".plenary-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The session's JSON exactly as written to disk.
pub fn to_json(session: &Session) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(session).unwrap_or_default();
    out.push(b'\n');
    out
}

/// Keeps one session file up to date and remembers a failed write, so the UI can warn
/// and the runtime can retry while the session carries on in memory.
#[derive(Debug)]
pub struct Saver {
    path: PathBuf,
    failure: Option<String>,
    pending: bool,
}

impl Saver {
    /// A saver for `path`; nothing is written until `save`.
    pub fn new(path: PathBuf) -> Self {
        Saver {
            path,
            failure: None,
            pending: false,
        }
    }

    /// The file being kept.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the session now; on failure keeps it pending and records why.
    pub fn save(&mut self, session: &Session) -> bool {
        match write_atomic(&self.path, &to_json(session)) {
            Ok(()) => {
                self.failure = None;
                self.pending = false;
                true
            }
            Err(e) => {
                // Most important first: the footer may cut the end of the line.
                self.failure = Some(format!(
                    "NOT SAVED, kept in memory, retrying: {e} ({})",
                    self.path.display()
                ));
                self.pending = true;
                false
            }
        }
    }

    /// The last write's failure, shown until a write succeeds.
    pub fn failure(&self) -> Option<&str> {
        self.failure.as_deref()
    }

    /// Whether the file is behind the session in memory.
    pub fn is_pending(&self) -> bool {
        self.pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_is_reported_and_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone").join("s.json");
        let mut saver = Saver::new(path.clone());
        let session: Session =
            serde_json::from_str(r#"{"format":1,"title":"t","agenda":[]}"#).unwrap();
        assert!(!saver.save(&session));
        assert!(saver.is_pending());
        assert!(saver.failure().unwrap().contains("kept in memory"));
        std::fs::create_dir(dir.path().join("gone")).unwrap();
        assert!(saver.save(&session));
        assert!(saver.failure().is_none());
    }
}

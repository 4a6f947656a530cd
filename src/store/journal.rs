//! The journal: every applied operation is appended to a file beside the session and made
//! durable there before anyone is told it is saved, which costs the same for a 5 MB session
//! as for an empty one. The snapshot (the session's JSON) is rewritten when the console is
//! idle and on quit, after which the journal starts again from the snapshot's revision.
//!
//! Format (docs/format.md): one JSON object per line. The first line is a header naming the
//! session and the snapshot revision it follows; every other line is an `AppliedOp`. A last
//! line without its newline was cut by a crash before it was made durable, and is ignored.

use std::fs::File;
use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::LoadError;
use super::load::{LineFault, LoadWhy};
use crate::domain::{AppliedOp, Session};

/// The journal of the session saved in `session`.
pub fn journal_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".journal");
    session.with_file_name(name)
}

/// The first line of a journal.
#[derive(Debug, Serialize, Deserialize)]
struct Header {
    /// The journal format, 1.
    plenary_journal: u32,
    /// The live id of the session this journal belongs to.
    session: String,
    /// The snapshot revision the entries follow.
    base: u64,
}

/// What replaying a journal found.
#[derive(Debug, PartialEq, Eq)]
pub enum Replayed {
    /// This many operations were added to the session.
    Added(usize),
    /// The journal follows a newer snapshot than the one read: the session file was
    /// rewritten between the two reads, so read both again.
    Stale,
}

/// Applies the journal beside `path`, if there is one, to `session` as read from `path`.
pub fn replay_into(path: &Path, session: &mut Session) -> Result<Replayed, LoadError> {
    let journal = journal_path(path);
    // Read as safely as the session itself: a regular file, of bounded size.
    let text = match super::load::read(&journal) {
        Ok(text) => text.into_bytes(),
        Err(LoadError::Io { cause, .. }) if cause.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Replayed::Added(0));
        }
        Err(e) => return Err(e),
    };
    let Some(id) = session.live.as_ref().map(|l| l.id.clone()) else {
        return Err(LoadError::Invalid {
            path: journal,
            why: LoadWhy::JournalOfAgenda {
                session: path.to_path_buf(),
            },
        });
    };
    let mut added = 0;
    // Only whole lines: a line without its newline was being written when the process died.
    let complete = text.rsplitn(2, |b| *b == b'\n').nth(1).unwrap_or(&[]);
    for (n, line) in complete.split(|b| *b == b'\n').enumerate() {
        let located = |column: usize, why: LoadWhy| LoadError::Syntax {
            path: journal.clone(),
            line: n + 1,
            column: column.max(1),
            why,
        };
        if n == 0 {
            let header: Header = serde_json::from_slice(line)
                .map_err(|e| located(e.column(), LoadWhy::NotJournalHeader(LineFault::of(&e))))?;
            if header.session != id {
                return Err(located(
                    1,
                    LoadWhy::OtherSession {
                        found: header.session,
                        session: path.to_path_buf(),
                        id,
                    },
                ));
            }
            if header.base > session.revision() {
                return Ok(Replayed::Stale);
            }
            continue;
        }
        let entry: AppliedOp = serde_json::from_slice(line).map_err(|e| {
            located(
                e.column(),
                LoadWhy::DamagedEntry {
                    fault: LineFault::of(&e),
                    session: path.to_path_buf(),
                },
            )
        })?;
        if session
            .replay(&entry)
            .map_err(|e| located(1, LoadWhy::Refused(e)))?
        {
            added += 1;
        }
    }
    Ok(Replayed::Added(added))
}

/// The identity of a file as this process last wrote it: another file at the same path, or
/// the same file changed by someone else, differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileId {
    dev: u64,
    ino: u64,
    size: u64,
    mtime: (i64, i64),
}

impl FileId {
    /// The identity of the file at `path` (not following a symlink), if there is one.
    pub fn of_path(path: &Path) -> std::io::Result<FileId> {
        std::fs::symlink_metadata(path).map(|m| FileId::from(&m))
    }

    /// The identity of an open file.
    pub fn of_file(file: &File) -> std::io::Result<FileId> {
        file.metadata().map(|m| FileId::from(&m))
    }

    /// Whether two identities name the same file, whatever its size now.
    pub fn same_file(&self, other: &FileId) -> bool {
        (self.dev, self.ino) == (other.dev, other.ino)
    }
}

impl From<&std::fs::Metadata> for FileId {
    fn from(m: &std::fs::Metadata) -> FileId {
        FileId {
            dev: m.dev(),
            ino: m.ino(),
            size: m.size(),
            mtime: (m.mtime(), m.mtime_nsec()),
        }
    }
}

/// An open journal, appended to by the writer thread.
pub struct Journal {
    file: File,
    path: PathBuf,
}

impl Journal {
    /// Starts a journal for `session_id` after snapshot revision `base`, replacing any old
    /// one atomically: a crash leaves the old journal or the new one, never a part.
    pub fn create(path: &Path, session_id: &str, base: u64) -> std::io::Result<Journal> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut tmp = tempfile::Builder::new()
            .prefix(".plenary-")
            .suffix(".journal.tmp")
            .tempfile_in(dir)?;
        let mut line = serde_json::to_vec(&Header {
            plenary_journal: 1,
            session: session_id.to_string(),
            base,
        })
        .map_err(std::io::Error::other)?;
        line.push(b'\n');
        tmp.as_file_mut().write_all(&line)?;
        tmp.as_file().sync_all()?;
        let file = tmp.persist(path).map_err(|e| e.error)?;
        super::save::sync_dir(dir);
        Ok(Journal {
            file,
            path: path.to_path_buf(),
        })
    }

    /// Appends entries and waits until the disk has them.
    pub fn append(&mut self, entries: &[AppliedOp]) -> std::io::Result<()> {
        let mut lines = Vec::with_capacity(entries.len() * 256);
        for entry in entries {
            serde_json::to_writer(&mut lines, entry).map_err(std::io::Error::other)?;
            lines.push(b'\n');
        }
        self.file.write_all(&lines)?;
        self.file.sync_data()
    }

    /// Whether the file at the journal's path is still this journal (not removed, not replaced).
    pub fn is_in_place(&self) -> bool {
        match (FileId::of_file(&self.file), FileId::of_path(&self.path)) {
            (Ok(open), Ok(named)) => open.same_file(&named),
            _ => false,
        }
    }

    /// Removes the journal file, if it is still this journal.
    pub fn remove(self) -> std::io::Result<()> {
        if self.is_in_place() {
            std::fs::remove_file(&self.path)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Author, Moment, Op};

    fn session() -> Session {
        let mut s: Session = serde_json::from_str(
            r#"{"format":1,"title":"t","agenda":[{"title":"a","kind":"plenary","minutes":5}]}"#,
        )
        .unwrap();
        s.begin_live("run-1".into(), None, chrono::Utc::now());
        s
    }

    fn note(revision: u64, text: &str) -> AppliedOp {
        let now = chrono::Utc::now();
        AppliedOp {
            revision,
            op: Op::AddNote {
                written: None,
                text: text.into(),
                anchor: crate::domain::Anchor {
                    item: 0,
                    group: None,
                },
            },
            by: Author {
                name: "me".into(),
                uid: None,
            },
            at: Moment {
                now,
                today: now.date_naive(),
            },
            origin: None,
        }
    }

    #[test]
    fn entries_are_replayed_and_a_torn_last_line_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let mut journal = Journal::create(&journal_path(&path), "run-1", 0).unwrap();
        journal.append(&[note(1, "one"), note(2, "two")]).unwrap();
        // A crash in the middle of the third line.
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(journal_path(&path))
            .unwrap();
        f.write_all(b"{\"revision\":3,\"op\":{\"op\":\"add_n")
            .unwrap();
        let mut s = session();
        assert_eq!(replay_into(&path, &mut s).unwrap(), Replayed::Added(2));
        let notes = &s.live.as_ref().unwrap().notes;
        assert_eq!(notes.len(), 2);
        assert_eq!(notes[1].text, "two");
        assert_eq!(s.revision(), 2);
    }

    #[test]
    fn entries_already_in_the_snapshot_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let mut journal = Journal::create(&journal_path(&path), "run-1", 0).unwrap();
        journal.append(&[note(1, "one"), note(2, "two")]).unwrap();
        let mut s = session();
        s.replay(&note(1, "one")).unwrap();
        assert_eq!(replay_into(&path, &mut s).unwrap(), Replayed::Added(1));
        assert_eq!(s.live.as_ref().unwrap().notes.len(), 2);
    }

    #[test]
    fn a_journal_of_another_session_is_refused_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        Journal::create(&journal_path(&path), "run-2", 0).unwrap();
        let err = replay_into(&path, &mut session()).unwrap_err().to_string();
        assert!(err.contains("belongs to session run-2"), "{err}");
        assert!(err.contains("s.json.journal:1:"), "{err}");
    }

    #[test]
    fn a_damaged_entry_is_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let mut journal = Journal::create(&journal_path(&path), "run-1", 0).unwrap();
        journal.append(&[note(1, "one")]).unwrap();
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(journal_path(&path))
            .unwrap();
        f.write_all(b"garbage\n").unwrap();
        let mut line = serde_json::to_vec(&note(2, "two")).unwrap();
        line.push(b'\n');
        f.write_all(&line).unwrap();
        let err = replay_into(&path, &mut session()).unwrap_err().to_string();
        assert!(err.contains("s.json.journal:3:"), "{err}");
    }
}

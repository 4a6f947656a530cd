//! A note-taker's drafts: what would be lost if the client were killed (operations not yet
//! acknowledged, the text of an open form) and the identity they were numbered under.
//!
//! Each `plenary join` has its own file, `DIR/<client id>.json`, and holds an OS lock on
//! `DIR/<client id>.lock` while it runs, so two joins of one Unix account never share an
//! identity. A file whose lock is free was left by a join that died: the next join of the
//! same name adopts it (its id and secret too, so the host's numbering holds and nothing is
//! applied twice); drafts of other names are pointed out, never taken.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::identity::Identity;
use crate::app::{App, CommitmentForm, Field, Form, NoteForm, Remote};
use crate::domain::Anchor;

/// What one join would lose if killed. Written on every change.
#[derive(Default, Serialize, Deserialize, PartialEq)]
pub struct Drafts {
    pub remote: Remote,
    pub form: Option<FormDraft>,
    /// The client's secret (its id is `remote.client`).
    #[serde(default)]
    pub secret: String,
    /// The name the person joined with, to give the drafts back to the same person.
    #[serde(default)]
    pub name: String,
}

/// An open form's text.
#[derive(Clone, Serialize, Deserialize, PartialEq)]
pub enum FormDraft {
    Commitment {
        what: String,
        owner: String,
        deadline: String,
        anchor: Anchor,
        editing: Option<(String, u32)>,
    },
    Note {
        text: String,
        anchor: Anchor,
        /// The note being corrected (its index), so a restored draft corrects it again
        /// rather than adding a new note.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        editing: Option<usize>,
    },
}

impl Drafts {
    /// Reads a drafts file, if there is one that parses.
    pub fn load(path: &Path) -> Option<Drafts> {
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
    }

    /// The drafts of `app`, as the join with `secret` and `name` keeps them.
    pub fn of(app: &App, secret: &str, name: &str) -> Drafts {
        let form = match &app.form {
            Some(Form::Commitment(f)) => Some(FormDraft::Commitment {
                what: f.value(Field::What),
                owner: f.value(Field::Owner),
                deadline: f.value(Field::Deadline),
                anchor: f.anchor,
                editing: f.editing.clone(),
            }),
            Some(Form::Note(f)) if f.has_changes() => Some(FormDraft::Note {
                text: f.value(),
                anchor: f.anchor,
                editing: f.editing,
            }),
            _ => None,
        };
        Drafts {
            remote: app.remote().cloned().unwrap_or_default(),
            form,
            secret: secret.to_string(),
            name: name.to_string(),
        }
    }

    /// Whether nothing would be lost without them.
    pub fn is_empty(&self) -> bool {
        self.remote.pending.is_empty() && self.form.is_none()
    }

    /// In words, for the line that says they were restored.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        if !self.remote.pending.is_empty() {
            parts.push(crate::tr!(
                "join-drafts-changes",
                count = self.remote.pending.len()
            ));
        }
        if self.form.is_some() {
            parts.push(crate::tr!("join-drafts-form"));
        }
        parts.join(&crate::tr!("join-drafts-and"))
    }

    /// Reopens a saved form in `app`, through the forms' one way of being filled.
    pub fn restore_form(&self, app: &mut App) {
        app.form = match &self.form {
            Some(FormDraft::Commitment {
                what,
                owner,
                deadline,
                anchor,
                editing,
            }) => Some(Form::Commitment(Box::new(CommitmentForm::filled(
                *anchor,
                [what, owner, deadline],
                editing.clone(),
                false,
            )))),
            Some(FormDraft::Note {
                text,
                anchor,
                editing,
            }) => {
                let mut form = NoteForm::filled(*anchor, text);
                form.editing = *editing;
                Some(Form::Note(Box::new(form)))
            }
            None => None,
        };
    }
}

/// The identity and drafts one join runs with, and the lock that makes them its own.
pub struct Claimed {
    pub identity: Identity,
    /// Drafts adopted from a join of the same name that died.
    pub adopted: Option<Drafts>,
    /// Where this join's drafts are written.
    pub path: PathBuf,
    /// What to tell the person about drafts found: adopted, or left for someone else.
    pub notice: Option<String>,
    lock: File,
    lock_path: PathBuf,
}

/// Takes `path`'s lock if no running join holds it (and the file is still the one at
/// `path`, not one removed meanwhile).
fn try_lock(path: &Path) -> Result<Option<File>> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Ok(None),
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(e).with_context(|| format!("cannot lock {}", path.display()));
        }
    }
    let (held, there) = (file.metadata()?, std::fs::metadata(path));
    Ok(there
        .is_ok_and(|m| (m.dev(), m.ino()) == (held.dev(), held.ino()))
        .then_some(file))
}

/// Claims an identity in `dir` for a join named `name`: the newest drafts a join of that
/// name left behind when it died, else a fresh identity.
pub fn claim(dir: &Path, name: &str) -> Result<Claimed> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))?;
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "lock"))
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_string()))
        .collect();
    ids.sort();
    ids.dedup();
    let mut mine: Vec<(std::time::SystemTime, String, Drafts, File)> = Vec::new();
    let mut others = Vec::new();
    for id in ids {
        let (json, lock_path) = (
            dir.join(format!("{id}.json")),
            dir.join(format!("{id}.lock")),
        );
        let Some(lock) = try_lock(&lock_path)? else {
            continue; // a running join's
        };
        match Drafts::load(&json) {
            None if json.exists() => {} // unreadable: left as it is
            Some(d) if !d.is_empty() && !d.secret.is_empty() => {
                if d.name == name {
                    let at = std::fs::metadata(&json).and_then(|m| m.modified());
                    mine.push((at.unwrap_or(std::time::UNIX_EPOCH), id, d, lock));
                } else {
                    others.push(format!("{} ({})", d.name, d.summary()));
                }
            }
            // Nothing in them would be lost.
            _ => {
                let _ = std::fs::remove_file(&json);
                let _ = std::fs::remove_file(&lock_path);
            }
        }
    }
    mine.sort_by_key(|(at, ..)| *at);
    let newest = mine.pop();
    let mut notice = newest
        .as_ref()
        .map(|(_, _, d, _)| crate::tr!("join-drafts-restored", what = d.summary()));
    if !mine.is_empty() || !others.is_empty() {
        let mut left: Vec<String> = mine.iter().map(|(.., d, _)| d.summary()).collect();
        left.extend(others);
        let also = crate::tr!("join-drafts-others", what = left.join("; "));
        notice = Some(match notice {
            Some(n) => format!("{n}; {also}"),
            None => also,
        });
    }
    let (identity, adopted, lock) = match newest {
        Some((_, id, d, lock)) => (
            Identity {
                client: id,
                secret: d.secret.clone(),
            },
            Some(d),
            lock,
        ),
        None => {
            // The lock file is made and locked under another name, then renamed: a join
            // starting at the same moment sweeps unlocked lock files with no drafts, and
            // would otherwise take this one away between its creation and its lock (a
            // test of two note-takers joining at once found it). Tried again, not fatal.
            let mut claimed = None;
            for _ in 0..5 {
                let identity = Identity::fresh()?;
                let hidden = dir.join(format!(".{}.lock-new", identity.client));
                let Some(lock) = try_lock(&hidden)? else {
                    continue;
                };
                let visible = dir.join(format!("{}.lock", identity.client));
                std::fs::rename(&hidden, &visible)
                    .with_context(|| format!("cannot name {}", visible.display()))?;
                claimed = Some((identity, lock));
                break;
            }
            let (identity, lock) =
                claimed.context("five fresh client ids in a row could not be locked")?;
            (identity, None, lock)
        }
    };
    Ok(Claimed {
        path: dir.join(format!("{}.json", identity.client)),
        lock_path: dir.join(format!("{}.lock", identity.client)),
        identity,
        adopted,
        notice,
        lock,
    })
}

impl Claimed {
    /// Ends this join: its files go if nothing in them would be lost, else they stay for
    /// the next join of the same name. The lock is let go either way.
    pub fn release(self, nothing_left: bool) {
        if nothing_left {
            let _ = std::fs::remove_file(&self.path);
            let _ = std::fs::remove_file(&self.lock_path);
        }
        drop(self.lock);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Two note-takers joining at the same moment: one swept the other's fresh lock file
    // (unlocked for an instant, no drafts yet) and the second join failed with "a fresh
    // client id is already locked". Many joins at once must all get their own identity.
    #[test]
    fn joins_claiming_at_the_same_moment_all_get_an_identity() {
        let dir = tempfile::tempdir().unwrap();
        for _ in 0..20 {
            let claims: Vec<_> = (0..8)
                .map(|i| {
                    let dir = dir.path().to_path_buf();
                    std::thread::spawn(move || claim(&dir, &format!("taker{i}")))
                })
                .collect();
            let held: Vec<Claimed> = claims
                .into_iter()
                .map(|t| t.join().unwrap().expect("every join gets an identity"))
                .collect();
            let mut ids: Vec<&str> = held.iter().map(|c| c.identity.client.as_str()).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), 8);
            for c in held {
                c.release(true);
            }
        }
    }

    fn left_by(dir: &Path, name: &str, pending: usize) -> String {
        let claimed = claim(dir, name).unwrap();
        let mut d = Drafts {
            secret: claimed.identity.secret.clone(),
            name: name.into(),
            ..Default::default()
        };
        d.remote.client = claimed.identity.client.clone();
        for seq in 1..=pending as u64 {
            d.remote
                .pending
                .push((seq, crate::domain::Op::StartSession));
        }
        crate::store::write_atomic(&claimed.path, &serde_json::to_vec(&d).unwrap()).unwrap();
        let id = claimed.identity.client.clone();
        let lock = claimed.lock_path.clone();
        drop(claimed); // as if killed: the files stay, the lock goes
        wait_until_free(&lock);
        id
    }

    /// Waits until nothing holds `lock`. Another test thread forking a process (useradd,
    /// getent) gives the child a copy of every descriptor until it executes, so a lock let
    /// go here can look held for that instant.
    fn wait_until_free(lock: &Path) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while try_lock(lock).ok().flatten().is_none() && std::time::Instant::now() < deadline {
            std::thread::yield_now();
        }
    }

    #[test]
    fn each_join_has_its_own_identity_and_a_dead_ones_drafts_go_to_the_same_name() {
        let dir = tempfile::tempdir().unwrap();
        let a = claim(dir.path(), "Grace").unwrap();
        let b = claim(dir.path(), "Grace").unwrap();
        assert_ne!(a.identity, b.identity, "two running joins never share one");
        let grace = left_by(dir.path(), "Grace", 2);
        let lina = left_by(dir.path(), "Lina", 1);
        wait_until_free(&dir.path().join(format!("{grace}.lock")));
        let again = claim(dir.path(), "Grace").unwrap();
        assert_eq!(again.identity.client, grace);
        assert_eq!(again.adopted.as_ref().unwrap().remote.pending.len(), 2);
        assert!(again.notice.as_ref().unwrap().contains("Lina"));
        let twice = claim(dir.path(), "Grace").unwrap();
        assert!(twice.adopted.is_none(), "adopted once only");
        // Looking at Lina's drafts, those claims took and let go of her lock too.
        wait_until_free(&dir.path().join(format!("{lina}.lock")));
        let lina_again = claim(dir.path(), "Lina").unwrap();
        assert_eq!(lina_again.identity.client, lina);
        again.release(true);
        assert!(!dir.path().join(format!("{grace}.json")).exists());
    }

    // Issue 12, item 13: a correction half-typed when the window closed is restored as a
    // correction of the same note, not as a new note.
    #[test]
    fn a_half_typed_correction_is_restored_as_a_correction() {
        use crate::app::{App, NoteForm};
        use crate::domain::{Anchor, Author};
        let me = Author {
            name: "Thảo".into(),
            uid: None,
        };
        let mut app = App::client(me.clone(), Remote::default());
        let anchor = Anchor {
            item: 1,
            group: Some(2),
        };
        let mut form = NoteForm::filled(anchor, "Ghi chú đã sửa");
        form.editing = Some(3);
        app.form = Some(Form::Note(Box::new(form)));
        let kept: Drafts =
            serde_json::from_slice(&serde_json::to_vec(&Drafts::of(&app, "s", "Thảo")).unwrap())
                .unwrap();
        let mut again = App::client(me, Remote::default());
        kept.restore_form(&mut again);
        match &again.form {
            Some(Form::Note(f)) => {
                assert_eq!(f.editing, Some(3));
                assert_eq!(f.value(), "Ghi chú đã sửa");
            }
            _ => panic!("no note form restored"),
        }
    }
}

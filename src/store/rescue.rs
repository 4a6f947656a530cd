//! The last write when the console closes: the whole session into its file, read back;
//! failing that, the file and its journal if together they hold everything; failing that, a
//! rescue copy wherever one can be written; and as a last resort, nowhere but the output.

use std::path::{Path, PathBuf};

use super::keeper::{Keeper, Written};
use super::save::{to_json, write_atomic};
use crate::domain::Session;

/// Where the session ended up, said exactly.
#[derive(Debug)]
pub enum Ending {
    /// In its file, read back.
    Saved(Written),
    /// The file could not be rewritten, but it and its journal hold every change.
    Journaled { path: PathBuf, why: String },
    /// Not in its file: a whole copy is at `path`.
    Rescued {
        path: PathBuf,
        file: PathBuf,
        why: String,
    },
    /// Not on disk anywhere: each place tried, with why it failed.
    Nowhere {
        file: PathBuf,
        why: String,
        tried: Vec<(PathBuf, String)>,
    },
}

/// Stops `keeper` and writes `session` for the last time.
pub fn finish(keeper: Keeper, session: &Session) -> Ending {
    let stopped = keeper.stop();
    match stopped.write_final(session) {
        Ok(written) => Ending::Saved(written),
        Err(why) => {
            let file = stopped.path();
            let complete = stopped.durable() >= session.revision()
                && super::load(&file).is_ok_and(|on_disk| on_disk == *session);
            if complete {
                return Ending::Journaled { path: file, why };
            }
            rescue(session, &file, why)
        }
    }
}

/// Writes a whole copy of `session` in the first place that takes it.
pub fn rescue(session: &Session, file: &Path, why: String) -> Ending {
    let bytes = to_json(session);
    let id = session.live.as_ref().map_or("session", |l| l.id.as_str());
    let mut tried = Vec::new();
    for dir in places(file) {
        let path = free_name(&dir, &format!("plenary-rescue-{id}"));
        let result = std::fs::create_dir_all(&dir)
            .and_then(|()| write_atomic(&path, &bytes))
            .and_then(|()| {
                if std::fs::read(&path)? == bytes {
                    Ok(())
                } else {
                    Err(std::io::Error::other("it read back differently"))
                }
            });
        match result {
            Ok(()) => {
                return Ending::Rescued {
                    path,
                    file: file.to_path_buf(),
                    why,
                };
            }
            Err(e) => tried.push((dir, e.to_string())),
        }
    }
    Ending::Nowhere {
        file: file.to_path_buf(),
        why,
        tried,
    }
}

/// Where a rescue copy is tried, in order: beside the session, the default sessions
/// directory (where review finds it), home, the working directory, the temporary directory.
fn places(file: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    let mut add = |dir: Option<PathBuf>| {
        if let Some(dir) = dir.filter(|d| !d.as_os_str().is_empty())
            && !out.contains(&dir)
        {
            out.push(dir);
        }
    };
    add(file.parent().map(Path::to_path_buf));
    // Where `plenary review` and `commitments` look by default.
    add(Some(super::paths::sessions_dir(None)));
    add(std::env::var_os("HOME").map(PathBuf::from));
    add(std::env::current_dir().ok());
    add(Some(std::env::temp_dir()));
    out
}

fn free_name(dir: &Path, stem: &str) -> PathBuf {
    let mut candidate = dir.join(format!("{stem}.json"));
    let mut n = 2;
    while std::fs::symlink_metadata(&candidate).is_ok() {
        candidate = dir.join(format!("{stem}-{n}.json"));
        n += 1;
    }
    candidate
}

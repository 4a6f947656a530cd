//! Wakes the session's writer when anything happens in the session's folder (a file
//! deleted, moved over, changed; the folder itself deleted), so it notices at once and an
//! idle console costs no polling. Where the file system cannot tell (inotify missing, a
//! network mount), the writer falls back to looking every so often.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rustix::fs::inotify::{self, CreateFlags, ReadFlags, WatchFlags};

/// How often a deleted folder is looked for again, to watch it once it is back.
const REWATCH: Duration = Duration::from_millis(200);
/// How long a burst of changes (an `rm -rf` under way, a copy) is let finish before the
/// writer looks: it then sees what the person did, not half of it.
const SETTLE: Duration = Duration::from_millis(250);

/// Starts watching `dir` on a thread of its own; `poke` is called on every change.
/// Returns false when the folder cannot be watched (the caller then polls).
pub fn start(dir: PathBuf, poke: impl Fn() + Send + 'static) -> bool {
    let Ok(fd) = inotify::init(CreateFlags::CLOEXEC) else {
        return false;
    };
    if add(&fd, &dir).is_err() {
        return false;
    }
    std::thread::Builder::new()
        .name("plenary-watch".into())
        .spawn(move || {
            let mut buf = [std::mem::MaybeUninit::uninit(); 4096];
            loop {
                let mut reader = inotify::Reader::new(&fd, &mut buf);
                let Ok(event) = reader.next() else {
                    return;
                };
                let gone = event.events().contains(ReadFlags::IGNORED);
                std::thread::sleep(SETTLE);
                poke();
                if gone {
                    // The folder went (deleted, moved): watch it again once it is back.
                    while add(&fd, &dir).is_err() {
                        std::thread::sleep(REWATCH);
                    }
                    poke();
                }
            }
        })
        .is_ok()
}

fn add(fd: &impl rustix::fd::AsFd, dir: &Path) -> rustix::io::Result<i32> {
    inotify::add_watch(
        fd,
        dir,
        WatchFlags::CREATE
            | WatchFlags::DELETE
            | WatchFlags::MODIFY
            | WatchFlags::ATTRIB
            | WatchFlags::MOVED_FROM
            | WatchFlags::MOVED_TO
            | WatchFlags::DELETE_SELF
            | WatchFlags::MOVE_SELF
            | WatchFlags::ONLYDIR,
    )
}

//! Finding the live sessions a note-taker may join, with no environment variable: those in
//! the user's own runtime directory, and those other facilitators share with a group the
//! user is in. A facilitator who runs `plenary run --allow-group G` listens in
//! `/tmp/plenary-UID` (the share root, `/tmp` unless `PLENARY_SHARE_ROOT` says otherwise);
//! a note-taker looks in every such directory that meets the trust rules: a real
//! directory, owned by the user its name gives (or root), not writable by others. The host
//! answering in it is checked again by its peer credentials when joining.

use std::path::{Path, PathBuf};

use super::socket::{live_sessions, socket_dir};
use super::trust::check_client_dir;
use super::users::{in_group, my_uid, user_name};

/// One live session found, and whom to expect behind it.
#[derive(Clone, Debug)]
pub struct Found {
    /// Its name, as `--session` takes it.
    pub name: String,
    pub socket: PathBuf,
    /// The directory it listens in.
    pub dir: PathBuf,
    /// The facilitator, when another user than this one.
    pub facilitator: Option<u32>,
}

/// What a search found: the sessions, and why others that seem to be there were not.
#[derive(Debug, Default)]
pub struct Search {
    pub found: Vec<Found>,
    /// One line per directory passed over, in the user's words.
    pub passed_over: Vec<String>,
    /// Where it looked.
    pub looked_in: Vec<PathBuf>,
    /// Facilitators whose session this user may not join, already spoken of (once each).
    pub not_shared: Vec<u32>,
}

/// The parent of the shared directories.
pub fn share_root() -> PathBuf {
    std::env::var_os("PLENARY_SHARE_ROOT").map_or_else(|| PathBuf::from("/tmp"), PathBuf::from)
}

/// Where user `uid` listens when sharing with a group.
pub fn shared_dir(uid: u32) -> PathBuf {
    share_root().join(format!("plenary-{uid}"))
}

/// The host's directory: `PLENARY_RUNTIME_DIR` when set; when sharing with a group, the
/// shared directory (the private runtime directory, under /run/user, is closed to others);
/// else the private one.
pub fn host_dir(shared: bool) -> PathBuf {
    if shared && std::env::var_os("PLENARY_RUNTIME_DIR").is_none() {
        shared_dir(my_uid())
    } else {
        socket_dir()
    }
}

/// Every live session this user may join. With `PLENARY_RUNTIME_DIR` set only that
/// directory is searched; `facilitator` narrows the search to that user's sessions.
pub fn search(facilitator: Option<u32>) -> Search {
    let mut search = Search::default();
    let own = socket_dir();
    let listeners = super::listening::listening();
    look(&mut search, &own, facilitator, true, listeners.as_deref());
    if std::env::var_os("PLENARY_RUNTIME_DIR").is_some() {
        return search;
    }
    for (uid, dir) in shared_dirs() {
        if dir == own || facilitator.is_some_and(|f| f != uid) {
            continue;
        }
        let expect = (uid != my_uid()).then_some(uid);
        look(&mut search, &dir, expect, false, listeners.as_deref());
    }
    // nc14 #1: a session a facilitator runs without sharing it with this user, seen only
    // from the list of listening sockets the system shows everyone.
    if search.found.is_empty() {
        let told: Vec<u32> = search.not_shared.clone();
        for (uid, line) in super::unshared::elsewhere(listeners.as_deref(), &search.looked_in) {
            if !told.contains(&uid) && facilitator.is_none_or(|f| f == uid) {
                search.not_shared.push(uid);
                search.passed_over.push(line);
            }
        }
    }
    search
}

/// `plenary-UID` directories under the share root, by the uid their name gives.
fn shared_dirs() -> Vec<(u32, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(share_root()) else {
        return Vec::new();
    };
    let mut dirs: Vec<(u32, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let uid = name.strip_prefix("plenary-")?.parse().ok()?;
            Some((uid, e.path()))
        })
        .collect();
    dirs.sort();
    dirs
}

/// Looks for sessions in `dir`, run by `facilitator` (or this user). A directory found by
/// scanning that fails the trust rules is passed over in silence (anyone can make one);
/// one the user pointed to (`own`) is reported. A folder this user may not open is named
/// only while something listens in it (nc14 #4: not a private 0700 folder, nor one a
/// session left when it ended), as one that "may" hold a session.
fn look(
    search: &mut Search,
    dir: &Path,
    facilitator: Option<u32>,
    own: bool,
    listeners: Option<&[PathBuf]>,
) {
    let who = |uid: u32| user_name(uid).unwrap_or_else(|| format!("uid {uid}"));
    let live = || super::listening::any_in(listeners, dir) != Some(false);
    let owner = match check_client_dir(dir, facilitator) {
        Ok(None) => return,
        Ok(Some(owner)) => owner,
        Err(e) => {
            if own {
                search.passed_over.push(format!("{e:#}"));
            } else if let Some(uid) = facilitator
                && closed_to_me(dir, uid)
                && live()
            {
                search.not_shared.push(uid);
                search.passed_over.push(unreachable(dir, &who(uid)));
            }
            return;
        }
    };
    if !own && owner != facilitator.unwrap_or(my_uid()) && owner != 0 {
        return;
    }
    let facilitator = (owner != my_uid() && owner != 0)
        .then_some(owner)
        .or(facilitator);
    search.looked_in.push(dir.to_path_buf());
    match std::fs::read_dir(dir) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            // A folder its group may not enter (0700) is shared with nobody: nothing to say
            // about it (nc14 #4).
            let shared = std::fs::metadata(dir).is_ok_and(|m| shared_with_group(&m));
            if let Some(uid) = facilitator.filter(|_| shared && live()) {
                search.not_shared.push(uid);
                search.passed_over.push(unreachable(dir, &who(uid)));
            }
            return;
        }
        Err(_) => return,
    }
    for (name, socket) in live_sessions(dir) {
        search.found.push(Found {
            name,
            socket,
            dir: dir.to_path_buf(),
            facilitator,
        });
    }
    // nc14 #1: a socket here that refuses this user is a session not shared with them.
    if let Some(uid) = facilitator.filter(|f| *f != my_uid())
        && !search.not_shared.contains(&uid)
        && super::unshared::refuses_me(dir, listeners)
    {
        search.not_shared.push(uid);
        search
            .passed_over
            .push(super::unshared::said(uid, Some(dir)));
    }
}

/// Whether `dir` is `uid`'s (or root's) real directory, closed to writing by others, that
/// this user cannot open: a session shared with a group this user is not in.
fn closed_to_me(dir: &Path, uid: u32) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::symlink_metadata(dir) else {
        return false;
    };
    meta.is_dir()
        && (meta.uid() == uid || meta.uid() == 0)
        && meta.mode() & 0o022 == 0
        && shared_with_group(&meta)
        && std::fs::read_dir(dir).is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
}

/// Whether a directory lets its group in (`--allow-group` makes it 0750): only then is it a
/// session shared with a group, rather than someone's private folder.
fn shared_with_group(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.mode() & 0o010 != 0
}

/// Why a facilitator's shared directory cannot be read, and what to do about it.
fn unreachable(dir: &Path, facilitator: &str) -> String {
    use std::os::unix::fs::MetadataExt;
    let gid = std::fs::metadata(dir).map(|m| m.gid()).ok();
    let group = gid.and_then(|g| nix::unistd::Group::from_gid(g.into()).ok().flatten());
    let Some(group) = group else {
        return crate::tr!(
            "join-denied",
            who = facilitator,
            dir = dir.display().to_string()
        );
    };
    let listed = in_group(my_uid(), group.gid.as_raw()).unwrap_or(false);
    if listed {
        crate::tr!("join-group-not-yet", who = facilitator, group = &group.name)
    } else {
        crate::tr!("join-group-not-in", who = facilitator, group = &group.name)
    }
}

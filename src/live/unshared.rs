//! Sessions a facilitator runs without sharing them with this user (nc14 #1): a group
//! member who runs `plenary join` is told that one runs, and what to ask for, rather than
//! nothing at all. Seen without reading anything private: a socket in a folder this user
//! may read that refuses them, or a listening socket in the system's public list
//! (`/proc/net/unix`) in a folder plenary listens in, whose owner shares a group with this
//! user. Its name (the session's title) is never shown.

use std::ffi::CString;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use nix::unistd::{Gid, Group, Uid, User, getgrouplist};

use super::users::{my_uid, user_name};

/// Whether a socket in `dir` that something listens on (when the system says) refuses this
/// user: its mode lets only the facilitator in. A socket left by a session that ended
/// refuses too, and is no session.
pub fn refuses_me(dir: &Path, listeners: Option<&[PathBuf]>) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "sock"))
        .filter(|p| listeners.is_none_or(|all| all.contains(p)))
        .any(|p| {
            std::os::unix::net::UnixStream::connect(&p)
                .is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
        })
}

/// What to tell about `uid`'s session that is not shared with this user; `dir` is the
/// folder it listens in, when this user may read it (its group comes first among those to
/// suggest).
pub fn said(uid: u32, dir: Option<&Path>) -> String {
    let who = user_name(uid).unwrap_or_else(|| format!("uid {uid}"));
    let preferred = dir.and_then(|d| std::fs::metadata(d).ok()).map(|m| m.gid());
    match group_to_share(uid, preferred) {
        Some(g) => crate::tr!("join-not-shared-group", who = &who, group = g),
        None => crate::tr!("join-not-shared", who = &who),
    }
}

/// Other users' sessions listening (in `listeners`) outside the folders already looked in,
/// by facilitators who share a group with this user: (uid, what to say), once per user.
pub fn elsewhere(listeners: Option<&[PathBuf]>, looked_in: &[PathBuf]) -> Vec<(u32, String)> {
    let mut told: Vec<(u32, String)> = Vec::new();
    for socket in listeners.unwrap_or_default() {
        let Some(dir) = socket.parent() else { continue };
        if socket.extension().is_none_or(|x| x != "sock") || looked_in.iter().any(|d| d == dir) {
            continue;
        }
        let Some(uid) = plenary_owner(dir) else {
            continue;
        };
        if uid == my_uid() || told.iter().any(|(u, _)| *u == uid) || common(uid).is_empty() {
            continue;
        }
        told.push((uid, said(uid, None)));
    }
    told
}

/// The user a folder plenary listens in belongs to: `plenary-UID` (owned by that user or
/// root), or `plenary` inside a runtime folder (`/run/user/UID`), whichever of the two can
/// be looked at first. None for any other folder.
fn plenary_owner(dir: &Path) -> Option<u32> {
    let name = dir.file_name()?.to_str()?;
    if let Some(uid) = name.strip_prefix("plenary-") {
        let uid: u32 = uid.parse().ok()?;
        let owner = std::fs::symlink_metadata(dir).ok()?.uid();
        return (owner == uid || owner == 0).then_some(uid);
    }
    if name != "plenary" {
        return None;
    }
    let runtime = dir.parent()?;
    std::fs::symlink_metadata(dir)
        .or_else(|_| std::fs::symlink_metadata(runtime))
        .ok()
        .map(|m| m.uid())
        .or_else(|| {
            runtime
                .strip_prefix("/run/user")
                .ok()?
                .to_str()?
                .parse()
                .ok()
        })
}

/// The groups this login and user `uid` are both in.
fn common(uid: u32) -> Vec<u32> {
    let Ok(Some(user)) = User::from_uid(Uid::from_raw(uid)) else {
        return Vec::new();
    };
    let Ok(name) = CString::new(user.name) else {
        return Vec::new();
    };
    let theirs = getgrouplist(&name, user.gid).unwrap_or_default();
    let mut mine = nix::unistd::getgroups().unwrap_or_default();
    mine.push(nix::unistd::getegid());
    let mut both: Vec<u32> = theirs
        .iter()
        .filter(|g| mine.contains(g))
        .map(|g| g.as_raw())
        .collect();
    both.sort_unstable();
    both.dedup();
    both
}

/// A group to share `uid`'s session with, by name: `preferred` when both are in it, else
/// one both are in that is not the facilitator's own (primary) group.
fn group_to_share(uid: u32, preferred: Option<u32>) -> Option<String> {
    let both = common(uid);
    let primary = User::from_uid(Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.gid.as_raw());
    let gid = preferred
        .filter(|p| both.contains(p))
        .or_else(|| both.iter().copied().find(|g| Some(*g) != primary))
        .or_else(|| both.first().copied())?;
    Group::from_gid(Gid::from_raw(gid))
        .ok()
        .flatten()
        .map(|g| g.name)
}

//! Whether a runtime directory, and the process answering on a socket in it, can be
//! trusted. Another user of the machine can create `/tmp/plenary-UID` before the
//! facilitator does, or plant a symbolic link there: the host then refuses to share (and
//! never changes what a link points to), and a note-taker refuses to join a session that
//! someone else could have put there.

use std::os::fd::OwnedFd;
use std::os::unix::fs::DirBuilderExt;
use std::os::unix::net::UnixStream;
use std::path::Path;

use anyhow::{Context, Result, bail};
use rustix::fs::{Mode, OFlags};
use rustix::io::Errno;

use super::users::{my_uid, user_name};

fn who(uid: u32) -> String {
    user_name(uid).unwrap_or_else(|| format!("uid {uid}"))
}

/// Opens `dir` itself, never a link's target: an error that says so when it is a link or
/// not a directory.
fn open_dir(dir: &Path) -> Result<OwnedFd> {
    let link = || {
        anyhow::anyhow!(
            "{}",
            crate::tr!("join-link", dir = dir.display().to_string())
        )
    };
    if std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(link());
    }
    // NOFOLLOW again, in case a link replaced it since.
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    match rustix::fs::open(dir, flags, Mode::empty()) {
        Ok(fd) => Ok(fd),
        Err(Errno::LOOP) => Err(link()),
        Err(Errno::NOTDIR) => bail!(
            "{}",
            crate::tr!("host-dir-not-a-dir", dir = dir.display().to_string())
        ),
        Err(e) => Err(e)
            .with_context(|| crate::tr!("host-dir-cannot-open", dir = dir.display().to_string())),
    }
}

/// Creates the host's socket directory, or checks the one already there: it must be this
/// user's own, a real directory, and closed to writing by others. Only a directory created
/// here is given its mode and `group`; an existing one is never changed.
pub fn prepare_host_dir(dir: &Path, group: Option<&super::users::Group>) -> Result<()> {
    if let Some(parent) = dir.parent() {
        std::fs::create_dir_all(parent).with_context(|| {
            crate::tr!("host-dir-cannot-create", dir = parent.display().to_string())
        })?;
    }
    let created = match std::fs::DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => false,
        Err(e) => {
            return Err(e).with_context(|| {
                crate::tr!("host-dir-cannot-create", dir = dir.display().to_string())
            });
        }
    };
    let fd = open_dir(dir)?;
    let stat = rustix::fs::fstat(&fd)?;
    if stat.st_uid != my_uid() {
        bail!(
            "{}",
            crate::tr!(
                "host-dir-foreign",
                dir = dir.display().to_string(),
                who = who(stat.st_uid)
            )
        );
    }
    if created {
        // Ours, just made: its mode and group are what sharing needs, whatever the umask.
        let mode = if group.is_some() { 0o750 } else { 0o700 };
        rustix::fs::fchmod(&fd, Mode::from_raw_mode(mode))?;
        if let Some(g) = group {
            rustix::fs::fchown(&fd, None, Some(rustix::fs::Gid::from_raw(g.gid))).with_context(
                || {
                    crate::tr!(
                        "host-dir-cannot-chgrp",
                        dir = dir.display().to_string(),
                        group = g.name.as_str()
                    )
                },
            )?;
        }
        return Ok(());
    }
    let mode = stat.st_mode & 0o7777;
    if mode & 0o022 != 0 {
        bail!(
            "{}",
            crate::tr!(
                "host-dir-open",
                dir = dir.display().to_string(),
                mode = format!("{mode:o}")
            )
        );
    }
    // nc14b #7: the fix names the group, as the facilitator typed it, not its number.
    if let Some(g) = group
        && (stat.st_gid != g.gid || mode & 0o050 != 0o050)
    {
        bail!(
            "{}",
            crate::tr!(
                "host-dir-group-cannot-reach",
                dir = dir.display().to_string(),
                group = g.name.as_str()
            )
        );
    }
    Ok(())
}

/// Checks a runtime directory before a note-taker looks for sessions in it: a real
/// directory, owned by this user, root or the facilitator named, and closed to writing by
/// others. Returns its owner (the user the host must run as), or None if it does not exist.
pub fn check_client_dir(dir: &Path, facilitator: Option<u32>) -> Result<Option<u32>> {
    match std::fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        _ => {}
    }
    let fd = open_dir(dir).with_context(|| crate::tr!("join-not-joining"))?;
    let stat = rustix::fs::fstat(&fd)?;
    let owner = stat.st_uid;
    if owner != my_uid() && owner != 0 && Some(owner) != facilitator {
        bail!(
            "{}",
            crate::tr!(
                "join-foreign-dir",
                dir = dir.display().to_string(),
                who = who(owner)
            )
        );
    }
    let mode = stat.st_mode & 0o7777;
    if mode & 0o022 != 0 {
        bail!(
            "{}",
            crate::tr!(
                "join-open-dir",
                dir = dir.display().to_string(),
                mode = format!("{mode:o}")
            )
        );
    }
    Ok(Some(owner))
}

/// Which host a note-taker believes: one running as the owner of a trusted directory.
#[derive(Clone, Debug)]
pub struct Expect {
    /// The runtime directory the session's socket is in.
    pub dir: std::path::PathBuf,
    /// The facilitator's uid, when that user (not this one) owns the directory.
    pub facilitator: Option<u32>,
}

impl Expect {
    /// Checks the directory again, then the process that answered on `stream`.
    pub fn check(&self, stream: &UnixStream) -> Result<()> {
        let owner = check_client_dir(&self.dir, self.facilitator)?.unwrap_or_else(my_uid);
        check_host(stream, owner)
    }
}

/// Checks the process that answered on `stream`: it must run as the directory's owner (or
/// as this user).
pub fn check_host(stream: &UnixStream, owner: u32) -> Result<()> {
    let cred = rustix::net::sockopt::socket_peercred(stream)
        .with_context(|| crate::tr!("join-who-runs"))?;
    let uid = cred.uid.as_raw();
    if uid != owner && uid != my_uid() {
        bail!(
            "{}",
            crate::tr!("join-impostor", who = who(uid), owner = who(owner))
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
    }

    #[test]
    fn a_fresh_directory_is_closed_and_an_existing_one_is_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let fresh = dir.path().join("a/run");
        prepare_host_dir(&fresh, None).unwrap();
        assert_eq!(mode(&fresh), 0o700);
        let open = dir.path().join("open");
        std::fs::create_dir(&open).unwrap();
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
        let e = prepare_host_dir(&open, None).unwrap_err().to_string();
        assert!(e.contains("others can write"), "{e}");
        assert_eq!(mode(&open), 0o777, "not changed");
        assert!(check_client_dir(&open, None).is_err());
        let readable = dir.path().join("readable");
        std::fs::create_dir(&readable).unwrap();
        std::fs::set_permissions(&readable, std::fs::Permissions::from_mode(0o755)).unwrap();
        prepare_host_dir(&readable, None).unwrap();
        assert_eq!(mode(&readable), 0o755, "not changed");
        assert_eq!(check_client_dir(&readable, None).unwrap(), Some(my_uid()));
        assert_eq!(
            check_client_dir(&dir.path().join("none"), None).unwrap(),
            None
        );
    }

    #[test]
    fn a_symbolic_link_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::create_dir(&target).unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o711)).unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let root = crate::live::users::Group {
            name: "root".into(),
            gid: 0,
            members: Vec::new(),
        };
        let e = prepare_host_dir(&link, Some(&root))
            .unwrap_err()
            .to_string();
        assert!(e.contains("symbolic link"), "{e}");
        assert_eq!(mode(&target), 0o711);
        let e = format!("{:#}", check_client_dir(&link, None).unwrap_err());
        assert!(e.contains("symbolic link"), "{e}");
    }

    // Issue 16 (nc16b): what the facilitator's side says of a runtime directory it cannot
    // use is said in the room's language, after "NON PARTAGÉ".
    #[test]
    fn the_host_says_why_in_the_language() {
        let dir = tempfile::tempdir().unwrap();
        let open = dir.path().join("open");
        std::fs::create_dir(&open).unwrap();
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
        let _fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
        let e = prepare_host_dir(&open, None).unwrap_err().to_string();
        assert!(e.contains("d'autres peuvent écrire"), "{e}");
        assert!(e.contains("chmod go-w"), "{e}");
        let file = dir.path().join("file");
        std::fs::write(&file, "").unwrap();
        let e = prepare_host_dir(&file, None).unwrap_err().to_string();
        assert!(e.contains("n'est pas un dossier"), "{e}");
    }
}

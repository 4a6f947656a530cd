//! Which Unix sockets have a process listening on them now, from the list the kernel shows
//! every user (`/proc/net/unix`). `plenary join` asks it about folders it may not open: a
//! folder with a listener is a session that may be running, one without is a leftover of a
//! session that ended, which is not named to anyone (nc14 #4). Only the sockets' paths are
//! read, never what travels on them.

use std::path::{Path, PathBuf};

/// The kernel's list of Unix sockets.
const PROC_NET_UNIX: &str = "/proc/net/unix";
/// The flag a listening socket carries in that list (`__SO_ACCEPTCON`).
const LISTENING: u32 = 0x0001_0000;

/// The paths of the sockets listening now; None when the system does not say.
pub fn listening() -> Option<Vec<PathBuf>> {
    std::fs::read_to_string(PROC_NET_UNIX)
        .ok()
        .map(|text| parse(&text))
}

/// Whether something listens on a socket directly in `dir`; None when the system does not say.
pub fn any_in(listeners: Option<&[PathBuf]>, dir: &Path) -> Option<bool> {
    listeners.map(|all| all.iter().any(|p| p.parent() == Some(dir)))
}

/// The listening sockets' paths in `/proc/net/unix`'s text: the eighth column onwards (a
/// path may hold spaces), on rows whose flags say listening; abstract names (`@…`) left out.
fn parse(text: &str) -> Vec<PathBuf> {
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let mut rest = line.trim_start();
            let mut fields = Vec::with_capacity(7);
            for _ in 0..7 {
                let end = rest.find(' ').unwrap_or(rest.len());
                fields.push(&rest[..end]);
                rest = rest[end..].trim_start();
            }
            let flags = u32::from_str_radix(fields.get(3)?, 16).ok()?;
            (flags & LISTENING != 0 && rest.starts_with('/')).then(|| PathBuf::from(rest))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_listening_sockets_with_a_path_are_read() {
        let text = "Num       RefCount Protocol Flags    Type St Inode Path\n\
            0000000001: 00000002 00000000 00010000 0001 01 3561 /tmp/plenary-1007/2026 atelier 国会.sock\n\
            0000000002: 00000003 00000000 00000000 0001 03 3562 /tmp/plenary-1007/old.sock\n\
            0000000003: 00000002 00000000 00010000 0001 01 3563 @/tmp/.X11-unix/X0\n\
            0000000004: 00000003 00000000 00000000 0001 03 3564\n";
        let found = parse(text);
        assert_eq!(
            found,
            vec![PathBuf::from("/tmp/plenary-1007/2026 atelier 国会.sock")]
        );
        let dir = Path::new("/tmp/plenary-1007");
        assert_eq!(any_in(Some(&found), dir), Some(true));
        assert_eq!(
            any_in(Some(&found), Path::new("/tmp/plenary-1005")),
            Some(false)
        );
        assert_eq!(any_in(None, dir), None);
    }

    #[test]
    fn a_socket_listening_here_is_seen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.sock");
        let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
        let seen = listening();
        if seen.is_none() {
            eprintln!("skipped: this system has no {PROC_NET_UNIX}");
            return;
        }
        assert_eq!(any_in(seen.as_deref(), dir.path()), Some(true));
        drop(listener);
        assert_eq!(any_in(listening().as_deref(), dir.path()), Some(false));
    }
}

//! Where live sessions listen: one socket per session in a directory only this user (or,
//! with `--allow-group`, one group) can reach; `trust` checks that directory, and
//! `socket_name` keeps each socket's path within the system's limit.

use std::path::{Path, PathBuf};

use anyhow::Result;

pub use super::socket_name::{choose, socket_name, too_long};

/// The socket files' extension.
const SUFFIX: &str = ".sock";

/// The directory for sockets: `PLENARY_RUNTIME_DIR`, else `$XDG_RUNTIME_DIR/plenary`, else
/// `/tmp/plenary-UID`.
pub fn socket_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("PLENARY_RUNTIME_DIR") {
        return PathBuf::from(dir);
    }
    match std::env::var_os("XDG_RUNTIME_DIR") {
        Some(run) => PathBuf::from(run).join("plenary"),
        None => PathBuf::from(format!("/tmp/plenary-{}", super::users::my_uid())),
    }
}

/// The socket of the session saved in `session_file`: named after the file, shortened to
/// fit (see `socket_name`).
pub fn socket_path(dir: &Path, session_file: &Path) -> Result<PathBuf> {
    let stem = session_file
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    Ok(dir.join(format!("{}{SUFFIX}", socket_name(dir, &stem)?)))
}

/// Sessions listening in `dir`: (name, path), those that answer first.
pub fn live_sessions(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf)> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sock"))
        .filter(|p| std::os::unix::net::UnixStream::connect(p).is_ok())
        .map(|p| {
            (
                p.file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                p,
            )
        })
        .collect();
    found.sort();
    found
}

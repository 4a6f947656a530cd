//! Where live sessions listen: one socket per session in a directory only this user (or,
//! with `--allow-group`, one group) can reach.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

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

/// Creates (or checks) the socket directory: owned by this user, closed to others, or
/// open to `group` (read and traverse only) when one is given.
pub fn prepare_dir(dir: &Path, group: Option<u32>) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let meta = std::fs::metadata(dir)?;
    if meta.uid() != super::users::my_uid() {
        bail!(
            "{} belongs to another user; set PLENARY_RUNTIME_DIR to a directory of your own",
            dir.display()
        );
    }
    let mode = if group.is_some() { 0o750 } else { 0o700 };
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode))?;
    if let Some(gid) = group {
        rustix::fs::chown(dir, None, Some(rustix::fs::Gid::from_raw(gid)))
            .with_context(|| format!("cannot give {} to group {gid}", dir.display()))?;
    }
    Ok(())
}

/// The socket of the session saved in `session_file`: named after the file.
pub fn socket_path(dir: &Path, session_file: &Path) -> PathBuf {
    let stem = session_file
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    dir.join(format!("{stem}.sock"))
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

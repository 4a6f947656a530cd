//! Writing files so that a crash at any instant leaves a complete file.

use std::fs::File;
use std::io::Write;
use std::path::Path;

use crate::domain::Session;

/// Writes `bytes` to `path` through a temporary file in the same directory, synced,
/// then renamed over the target: readers see the old file or the new one, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_file(path, bytes).map(drop)
}

/// `write_atomic`, returning the file now at `path` (to lock it, or to know it again).
pub fn write_atomic_file(path: &Path, bytes: &[u8]) -> std::io::Result<File> {
    write_atomic_mode(path, bytes, false)
}

/// `write_atomic` for a document people share (an export): a new file is readable by
/// others as the umask allows (0644 under 022), not private to its writer (nc15 #13).
pub fn write_atomic_shared(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_mode(path, bytes, true).map(drop)
}

fn write_atomic_mode(path: &Path, bytes: &[u8], shared: bool) -> std::io::Result<File> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".plenary-").suffix(".tmp");
    if shared {
        use std::os::unix::fs::PermissionsExt;
        // The mode given to open(2), which takes the umask off it.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    // Through the plain file: tempfile's own writer adds its temporary path to errors,
    // which only pushes the useful part of a warning off the screen.
    tmp.as_file_mut().write_all(bytes)?;
    // A replaced file keeps its permissions (a new one is private to its owner).
    if let Ok(meta) = std::fs::metadata(path) {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.as_file().sync_all()?;
    let file = tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(file)
}

/// Makes a rename in `dir` durable.
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// The session's JSON exactly as written to disk.
pub fn to_json(session: &Session) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(session).unwrap_or_default();
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_replaced_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        write_atomic(&path, b"one").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"two").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
}

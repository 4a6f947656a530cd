//! Files that exports and listings write for people (`export -o FILE`): written atomically,
//! through a symlink to the file it names, and never over something that is not an ordinary
//! file or that holds a plenary session or agenda.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Writes `bytes` to `path` for a person, refusing to replace a device, a FIFO, a directory
/// or a plenary file. Returns the file written (a symlink's target).
pub fn write_for_people(path: &Path, bytes: &[u8]) -> Result<PathBuf> {
    let target = match std::fs::canonicalize(path) {
        Ok(real) => real,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => path.to_path_buf(),
        Err(e) => return Err(e).with_context(|| format!("cannot use {}", path.display())),
    };
    if let Ok(meta) = std::fs::metadata(&target) {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        let what = if kind.is_file() {
            None
        } else if kind.is_dir() {
            Some("a directory")
        } else if kind.is_char_device() || kind.is_block_device() {
            Some("a device")
        } else if kind.is_fifo() {
            Some("a FIFO (named pipe)")
        } else {
            Some("not an ordinary file")
        };
        if let Some(what) = what {
            bail!(
                "{} is {what}: exports are written to an ordinary file; give a file name (or leave out -o for standard output)",
                path.display()
            );
        }
        if holds_plenary_data(&target) {
            bail!(
                "{} holds a plenary session or agenda: an export never replaces one; give another file name",
                path.display()
            );
        }
    }
    super::save::write_atomic_shared(&target, bytes)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(target)
}

/// Whether the file at `path` is a plenary session, agenda or journal.
fn holds_plenary_data(path: &Path) -> bool {
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = vec![0; 64 * 1024];
    let n = std::io::Read::read(&mut file, &mut head).unwrap_or(0);
    let head = String::from_utf8_lossy(&head[..n]);
    head.contains("\"plenary_journal\"")
        || (head.contains("\"format\"") && head.contains("\"agenda\""))
}

/// Writes `bytes` to standard output, saying so when it cannot (a full disk behind `>`):
/// a script must not take an empty file for an answer.
pub fn to_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .context("cannot write to standard output")
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 10 (found in review): `export -o` replaced the session file itself, and /dev/full.
    #[test]
    fn a_session_a_device_and_a_folder_are_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("s.json");
        std::fs::copy(
            "sessions/2026-06-18-monitoring-results-workshop.json",
            &session,
        )
        .unwrap();
        let before = std::fs::read(&session).unwrap();
        let e = write_for_people(&session, b"# md").unwrap_err().to_string();
        assert!(e.contains("holds a plenary session"), "{e}");
        assert_eq!(std::fs::read(&session).unwrap(), before);
        let e = write_for_people(Path::new("/dev/null"), b"x")
            .unwrap_err()
            .to_string();
        assert!(e.contains("is a device"), "{e}");
        let e = write_for_people(dir.path(), b"x").unwrap_err().to_string();
        assert!(e.contains("is a directory"), "{e}");
        // Through a symlink, to the file it names.
        let real = dir.path().join("out.md");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_for_people(&link, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}

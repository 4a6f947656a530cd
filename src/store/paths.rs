//! Where sessions live and what new session files are called.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// The sessions directory: `--dir`, else `PLENARY_DIR` (clap fills both), else the platform data dir.
pub fn sessions_dir(explicit: Option<&Path>) -> PathBuf {
    if let Some(dir) = explicit {
        return dir.to_path_buf();
    }
    directories::ProjectDirs::from("org", "plenary", "plenary")
        .map(|d| d.data_dir().join("sessions"))
        .unwrap_or_else(|| PathBuf::from("plenary-sessions"))
}

/// A lowercase, dash-separated form of a title for file names.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    if out.is_empty() {
        "session".into()
    } else {
        out
    }
}

/// A file name for a new recorded session that does not clash with an existing file.
pub fn new_session_path(dir: &Path, title: &str, day: NaiveDate) -> PathBuf {
    let base = format!("{day}-{}", slug(title));
    let mut candidate = dir.join(format!("{base}.json"));
    let mut n = 2;
    while candidate.exists() {
        candidate = dir.join(format!("{base}-{n}.json"));
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_file_names() {
        assert_eq!(
            slug("Putting the monitoring results to work!"),
            "putting-the-monitoring-results-to-work"
        );
        assert_eq!(slug("  ***  "), "session");
        assert_eq!(slug("Réunion de suivi"), "réunion-de-suivi");
    }

    #[test]
    fn a_new_session_never_takes_an_existing_name() {
        let dir = tempfile::tempdir().unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let first = new_session_path(dir.path(), "Check-in", day);
        std::fs::write(&first, "{}").unwrap();
        let second = new_session_path(dir.path(), "Check-in", day);
        assert_ne!(first, second);
        assert!(
            second
                .to_string_lossy()
                .ends_with("2026-11-23-check-in-2.json")
        );
    }
}

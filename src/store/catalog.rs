//! Every saved session in a directory (or a list of files), for review and scripts.
//! A file that cannot be read is listed with the reason; the rest still load.

use std::path::{Path, PathBuf};

use crate::domain::Session;

/// The sessions found, and the files that could not be used with why.
#[derive(Debug, Default)]
pub struct Catalog {
    pub sessions: Vec<(PathBuf, Session)>,
    pub unreadable: Vec<(PathBuf, String)>,
}

impl Catalog {
    /// Loads `files` if any are given, else every `*.json` in `dir`. Agendas (never run)
    /// are skipped: they have nothing to review.
    pub fn load(dir: &Path, files: &[PathBuf]) -> Catalog {
        let paths: Vec<PathBuf> = if files.is_empty() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
                .map(|read| {
                    read.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x == "json"))
                        .collect()
                })
                .unwrap_or_default();
            found.sort();
            found
        } else {
            files.to_vec()
        };
        let mut catalog = Catalog::default();
        for path in paths {
            match super::load(&path) {
                Ok(s) if s.live.is_some() => catalog.sessions.push((path, s)),
                Ok(_) => {}
                Err(e) => {
                    let reason = e.to_string();
                    catalog.unreadable.push((path, reason));
                }
            }
        }
        catalog
    }

    /// The sessions as (file name, session) pairs for the board.
    pub fn named(&self) -> impl Iterator<Item = (&str, &Session)> {
        self.sessions
            .iter()
            .map(|(p, s)| (p.to_str().unwrap_or(""), s))
    }
}

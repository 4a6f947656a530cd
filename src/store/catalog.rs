//! Every saved session in a directory (or a list of files), for review and scripts.
//! A file that cannot be read is listed with the reason, in the language in force (nc16b
//! #1, #2: review and the reports said it in English); the rest still load.

use std::path::{Path, PathBuf};

use crate::domain::Session;
use crate::i18n::load_error::said;

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
        // Parsing dominates; spread the files over the cores, keeping their order.
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let chunk = paths.len().div_ceil(threads).max(1);
        let loaded: Vec<(PathBuf, Result<Session, String>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = paths
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .map(|p| (p.clone(), super::load(p).map_err(|e| said(&e))))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut catalog = Catalog::default();
        for (path, result) in loaded {
            match result {
                Ok(s) if s.live.is_some() => catalog.sessions.push((path, s)),
                Ok(_) => {}
                Err(reason) => catalog.unreadable.push((path, reason)),
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

//! The launcher: `plenary` with no arguments lists the ready agendas in
//! `./sessions` and the recent recorded sessions, and starts the one picked.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::Result;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};

use crate::runtime::TerminalGuard;
use crate::store;
use crate::ui::Theme;

/// Whether an entry starts a new session or resumes one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    Agenda,
    Recorded,
}

/// One file the launcher offers, or explains why it cannot.
#[derive(Clone, Debug)]
pub struct Entry {
    pub path: PathBuf,
    pub kind: EntryKind,
    pub title: String,
    /// A date or status line shown beside the title.
    pub detail: String,
    /// Why the file cannot be opened; such entries are listed but not started.
    pub problem: Option<String>,
    modified: SystemTime,
}

/// How many recorded sessions the launcher lists.
const RECENT: usize = 12;

/// Agendas from `agendas` (recorded ones there count as recorded) and the most recent
/// sessions from `recorded`, agendas first.
pub fn discover(agendas: &Path, recorded: &Path) -> Vec<Entry> {
    let mut found: Vec<Entry> = [agendas, recorded].iter().flat_map(|d| scan(d)).collect();
    found.sort_by_key(|e| std::cmp::Reverse(e.modified));
    found.dedup_by(|a, b| a.path == b.path);
    let (mut ready, recent): (Vec<Entry>, Vec<Entry>) =
        found.into_iter().partition(|e| e.kind == EntryKind::Agenda);
    ready.sort_by(|a, b| a.title.cmp(&b.title));
    ready.extend(recent.into_iter().take(RECENT));
    ready
}

fn scan(dir: &Path) -> Vec<Entry> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    read.filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|path| {
            let modified = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            let path = std::fs::canonicalize(&path).unwrap_or(path);
            match store::load(&path) {
                Ok(s) => {
                    let (kind, detail) = match &s.live {
                        None => (
                            EntryKind::Agenda,
                            format!("{} items · {} groups", s.agenda.len(), s.groups.len()),
                        ),
                        Some(l) => {
                            let state = if l.ended_at.is_some() {
                                "ended"
                            } else if l.started_at.is_some() {
                                "in progress"
                            } else {
                                "not started"
                            };
                            let date = s.date.map(|d| d.to_string()).unwrap_or_default();
                            (
                                EntryKind::Recorded,
                                format!("{date} · {state} · {} commitments", l.commitments.len()),
                            )
                        }
                    };
                    Entry {
                        path,
                        kind,
                        title: s.title,
                        detail,
                        problem: None,
                        modified,
                    }
                }
                Err(e) => Entry {
                    title: path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    path,
                    kind: EntryKind::Recorded,
                    detail: String::new(),
                    problem: Some(e.to_string()),
                    modified,
                },
            }
        })
        .collect()
}

/// Shows the list until the person picks a file (Enter) or leaves (q, Esc, Ctrl-C).
pub fn pick(entries: &[Entry], theme: &Theme) -> Result<Option<PathBuf>> {
    if entries.is_empty() {
        println!(
            "No agendas in ./sessions and no recorded sessions yet. Start one with: plenary run AGENDA.json"
        );
        return Ok(None);
    }
    let mut guard = TerminalGuard::new()?;
    let mut selected = 0usize;
    let mut message: Option<String> = None;
    loop {
        guard.terminal.draw(|f| {
            let area = f.area();
            crate::ui::launcher::render(
                entries,
                selected,
                message.as_deref(),
                theme,
                area,
                f.buffer_mut(),
            );
        })?;
        if !event::poll(Duration::from_secs(60))? {
            continue;
        }
        let Event::Key(key) = event::read()? else {
            continue;
        };
        if key.kind == KeyEventKind::Release {
            continue;
        }
        message = None;
        match key.code {
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => return Ok(None),
            KeyCode::Char('q') | KeyCode::Esc => return Ok(None),
            KeyCode::Up | KeyCode::Char('k') => selected = selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => selected = (selected + 1).min(entries.len() - 1),
            KeyCode::Enter => match &entries[selected].problem {
                Some(p) => message = Some(p.clone()),
                None => return Ok(Some(entries[selected].path.clone())),
            },
            _ => {}
        }
    }
}

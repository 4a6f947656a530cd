//! The launcher: `plenary` with no arguments lists the ready agendas in
//! `./sessions` and the recent recorded sessions, and starts the one picked.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::Result;
use ratatui::crossterm::event::KeyCode;

use crate::keymap::{Binding, Key, Keymap};
use crate::shell::{Frontend, Input, Shell};
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

/// What a key on the launcher does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Open,
    /// The keys, in the overlay every screen has (findings11 item 7).
    Help,
    Leave,
}

/// The launcher has one screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    List,
}

/// The launcher's keys.
pub const KEYMAP: Keymap<Action, Scope> = Keymap(&[
    Binding {
        keys: &[Key::code(KeyCode::Up), Key::ch('k')],
        action: Action::Up,
        scope: Scope::List,
        label: "↑",
        help: "previous file",
        footer: Some("choose"),
    },
    Binding {
        keys: &[Key::code(KeyCode::Down), Key::ch('j')],
        action: Action::Down,
        scope: Scope::List,
        label: "↓",
        help: "next file",
        footer: Some("choose"),
    },
    Binding {
        keys: &[Key::code(KeyCode::Enter)],
        action: Action::Open,
        scope: Scope::List,
        label: "Enter",
        help: "start the agenda or resume the session",
        footer: Some("start or resume"),
    },
    Binding {
        keys: &[Key::ch('?'), Key::code(KeyCode::F(1))],
        action: Action::Help,
        scope: Scope::List,
        label: "?",
        help: "these keys",
        footer: Some("help"),
    },
    Binding {
        keys: &[Key::ch('q'), Key::code(KeyCode::Esc), Key::ctrl('c')],
        action: Action::Leave,
        scope: Scope::List,
        label: "q",
        help: "leave",
        footer: Some("quit"),
    },
]);

/// The launcher's state: the files offered, the one selected, and the choice once made.
pub struct Launcher<'a> {
    pub entries: &'a [Entry],
    pub selected: usize,
    /// Why the selected file cannot be opened, after Enter on it.
    pub message: Option<String>,
    theme: &'a Theme,
    /// Set once the person chose: a file, or nothing.
    pub choice: Option<Option<PathBuf>>,
    /// The keys overlay is open; any key but a scroll key closes it.
    pub help: bool,
    pub help_scroll: u16,
}

impl<'a> Launcher<'a> {
    /// The launcher over `entries`.
    pub fn new(entries: &'a [Entry], theme: &'a Theme) -> Self {
        Launcher {
            entries,
            selected: 0,
            message: None,
            theme,
            choice: None,
            help: false,
            help_scroll: 0,
        }
    }
}

impl Frontend for Launcher<'_> {
    type Message = std::convert::Infallible;
    type Effect = std::convert::Infallible;

    fn update(&mut self, input: Input<Self::Message>, _effects: &mut Vec<Self::Effect>) {
        let key = match input {
            Input::Key(key) => key,
            Input::Stop(_) => {
                self.choice = Some(None);
                return;
            }
            _ => return,
        };
        self.message = None;
        if self.help {
            use crate::keymap::{HELP_KEYS, HelpAction, HelpScope};
            match HELP_KEYS.resolve(&[HelpScope::Help], &key) {
                Some(HelpAction::ScrollUp) => self.help_scroll = self.help_scroll.saturating_sub(5),
                Some(HelpAction::ScrollDown) => {
                    self.help_scroll = self.help_scroll.saturating_add(5)
                }
                None => {
                    self.help = false;
                    self.help_scroll = 0;
                    // Ctrl-C leaves from the overlay too, as everywhere.
                    if Key::ctrl('c').matches(&key) {
                        self.choice = Some(None);
                    }
                }
            }
            return;
        }
        match KEYMAP.resolve(&[Scope::List], &key) {
            Some(Action::Help) => self.help = true,
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Down) => {
                self.selected = (self.selected + 1).min(self.entries.len().saturating_sub(1))
            }
            Some(Action::Open) => match self.entries.get(self.selected) {
                Some(Entry {
                    problem: Some(p), ..
                }) => self.message = Some(p.clone()),
                Some(e) => self.choice = Some(Some(e.path.clone())),
                None => {}
            },
            Some(Action::Leave) => self.choice = Some(None),
            None => {}
        }
    }

    fn view(&self, frame: &mut ratatui::Frame<'_>) {
        let area = frame.area();
        crate::ui::launcher::render(self, self.theme, area, frame.buffer_mut());
    }

    fn finished(&self) -> bool {
        self.choice.is_some()
    }
}

/// Shows the list until the person picks a file (Enter) or leaves (q, Esc, Ctrl-C).
pub fn pick(entries: &[Entry], theme: &Theme) -> Result<Option<PathBuf>> {
    pick_with(entries, theme, None)
}

/// The launcher, opening with `message` (why the last file picked could not start).
pub fn pick_with(
    entries: &[Entry],
    theme: &Theme,
    message: Option<String>,
) -> Result<Option<PathBuf>> {
    if entries.is_empty() {
        println!(
            "No agendas in ./sessions and no recorded sessions yet. Start one with: plenary run AGENDA.json"
        );
        return Ok(None);
    }
    let mut launcher = Launcher::new(entries, theme);
    launcher.message = message;
    Shell::default().run(&mut launcher, &mut crate::shell::NoEffects)?;
    Ok(launcher.choice.flatten())
}

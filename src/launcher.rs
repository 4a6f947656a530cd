//! The launcher: `plenary` with no arguments lists the ready agendas in
//! `./sessions` and the recent recorded sessions, and starts the one picked.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::Result;
use ratatui::crossterm::event::KeyCode;

use crate::keymap::{Binding, Key, Keymap};
use crate::msg;
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
    /// The part of `detail` that tells two files of one title apart, for a narrow screen.
    pub brief: String,
    /// Why the file cannot be opened; such entries are listed but not started.
    pub problem: Option<String>,
    /// Whether the file was read as an agenda or session, whatever problems its plan has:
    /// one with problems is marked "cannot run", one not read at all "unreadable" (nc16
    /// #10: a readable agenda starting at 25:00 was called unreadable).
    pub readable: bool,
    modified: SystemTime,
}

/// How many recorded sessions the launcher lists.
const RECENT: usize = 12;

/// Agendas from `agendas` (recorded ones there count as recorded) and the most recent
/// sessions from `recorded`, agendas first.
pub fn discover(agendas: &Path, recorded: &Path) -> Vec<Entry> {
    discover_in(&[agendas], recorded)
}

/// The launcher's files from several agenda folders (the current folder, where `plenary
/// new` saves, and ./sessions) and the recorded sessions.
pub fn discover_in(agendas: &[&Path], recorded: &Path) -> Vec<Entry> {
    let mut found: Vec<Entry> = agendas
        .iter()
        .chain(std::iter::once(&recorded))
        .flat_map(|d| scan(d))
        .collect();
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
                    // Two agendas of one title are told apart by their files (issue 13,
                    // item 8): the file's name leads the detail, and is its brief form.
                    let file = path
                        .file_name()
                        .map(|n| crate::domain::text::one_line(&n.to_string_lossy()).into_owned())
                        .unwrap_or_default();
                    let (kind, detail, brief) = match &s.live {
                        None => (
                            EntryKind::Agenda,
                            format!(
                                "{file} · {} · {}",
                                crate::tr!("stage-items", count = s.agenda.len()),
                                crate::tr!("stage-groups", count = s.groups.len())
                            ),
                            file,
                        ),
                        Some(l) => {
                            let state = if l.ended_at.is_some() {
                                crate::tr!("launcher-ended")
                            } else if l.started_at.is_some() {
                                crate::tr!("launcher-in-progress")
                            } else {
                                crate::tr!("launcher-not-started")
                            };
                            // nc16b #10: the day in the language ("18 juin 2026"), not ISO.
                            let date = s
                                .date
                                .map(|d| crate::i18n::date::short(d, crate::i18n::current()))
                                .unwrap_or_default();
                            (
                                EntryKind::Recorded,
                                format!(
                                    "{date} · {state} · {}",
                                    crate::tr!("launcher-commitments", count = l.commitments.len())
                                ),
                                format!("{date} · {state}"),
                            )
                        }
                    };
                    // One `run` would refuse is marked so, and Enter says why (recheck NEW-5).
                    let problem = store::load::refusal(&path, "run", &s);
                    Entry {
                        path,
                        kind,
                        title: s.title,
                        detail,
                        brief,
                        problem,
                        readable: true,
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
                    brief: String::new(),
                    readable: matches!(
                        e,
                        store::load::LoadError::Problems { .. }
                            | store::load::LoadError::Invalid { .. }
                    ),
                    problem: Some(crate::i18n::load_error::said(&e)),
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
        help: msg!("launcher-help-up"),
        footer: Some(msg!("footer-choose")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Down), Key::ch('j')],
        action: Action::Down,
        scope: Scope::List,
        label: "↓",
        help: msg!("launcher-help-down"),
        footer: Some(msg!("footer-choose")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Enter)],
        action: Action::Open,
        scope: Scope::List,
        label: "Enter",
        help: msg!("launcher-help-open"),
        footer: Some(msg!("launcher-footer-start")),
    },
    Binding {
        keys: &[Key::ch('?'), Key::code(KeyCode::F(1))],
        action: Action::Help,
        scope: Scope::List,
        label: "?",
        help: msg!("help-always-help"),
        footer: Some(msg!("footer-help")),
    },
    Binding {
        // Issue 11 (newcomer finding 5c): Esc never quits, as in the console; only q does.
        keys: &[Key::ch('q'), Key::ctrl('c')],
        action: Action::Leave,
        scope: Scope::List,
        label: "q",
        help: msg!("launcher-help-leave"),
        footer: Some(msg!("footer-quit")),
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
        let had_message = self.message.take().is_some();
        if self.help {
            use crate::keymap::{HELP_KEYS, HelpScope};
            match HELP_KEYS.resolve(&[HelpScope::Help], &key) {
                // nc14 #14: PgUp and PgDn move a page.
                Some(action) => {
                    let page = crate::keymap::help_page(crate::keymap::terminal_rows());
                    self.help_scroll = action.scrolled(self.help_scroll, page)
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
            // Esc puts a message away; anything else unbound says what works here.
            None if had_message && key.code == KeyCode::Esc => {}
            None => self.message = Some(crate::keymap::stray(&KEYMAP, &[Scope::List], &key)),
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

/// What the launcher says in a folder with no agendas and no recorded sessions: where to
/// start instead of one bare line, naming every template built in (issue 13, item 6).
pub fn nothing_yet() -> String {
    format!(
        "\
No agendas here (this folder or ./sessions) and no recorded sessions yet. To start:
  plenary new              make an agenda from a template in the agenda editor
                           ({})
  plenary demo             run an example workshop built into plenary
  plenary run AGENDA.json  run an agenda you already have
The agenda format, to write one by hand: docs/format.md in plenary's repository.",
        crate::editor::templates::names()
    )
}

/// Shows the list until the person picks a file (Enter) or leaves (q, Ctrl-C).
pub fn pick(entries: &[Entry], theme: &Theme) -> Result<Option<PathBuf>> {
    let mut selected = 0;
    pick_with(entries, theme, None, &mut selected)
}

/// The launcher, opening with `message` (why the last file picked could not start) and the
/// row `selected` chosen, which it updates: a refused file stays selected (issue 11,
/// newcomer finding 3), so a second Enter never starts another file.
pub fn pick_with(
    entries: &[Entry],
    theme: &Theme,
    message: Option<String>,
    selected: &mut usize,
) -> Result<Option<PathBuf>> {
    if entries.is_empty() {
        println!("{}", nothing_yet());
        return Ok(None);
    }
    let mut launcher = Launcher::new(entries, theme);
    launcher.message = message;
    launcher.selected = (*selected).min(entries.len() - 1);
    Shell::default().run(&mut launcher, &mut crate::shell::NoEffects)?;
    *selected = launcher.selected;
    Ok(launcher.choice.flatten())
}

//! Keys on the review screens.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::form::FormKey;
use super::keys::{Action, KEYMAP, Scope};
use super::run::{Outcome, Refusal};
use super::{Effect, ExportKind, FollowUpForm, Review, Screen};
use crate::domain::Session;
use crate::domain::board::SortBy;
use crate::report::ExportFormat;

/// Rows a page key moves.
const PAGE: usize = 20;

impl Review {
    /// The scopes whose keys apply now, most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        if self.searching {
            return vec![Scope::Search];
        }
        if self.export_prompt {
            return vec![Scope::Export];
        }
        let screen = match self.screen {
            Screen::Sessions => Scope::Sessions,
            Screen::Session(_) => Scope::Record,
            Screen::Board => Scope::Board,
            Screen::Figures => Scope::Figures,
        };
        vec![screen, Scope::Everywhere]
    }

    /// Handles a key; returns what the loop must do, if anything.
    pub fn on_key(&mut self, key: KeyEvent) -> Option<Effect> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        // A follow-up form gets Ctrl-C first: with typed text it asks before quitting, as
        // the console and the note-taker do (issue 11, finding 1).
        if self.followup.is_none()
            && key.modifiers.contains(KeyModifiers::CONTROL)
            && key.code == KeyCode::Char('c')
        {
            self.quit = true;
            return None;
        }
        self.flash = None;
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
                }
            }
            return None;
        }
        if let Some(form) = self.followup.as_mut() {
            match form.on_key(key) {
                FormKey::Stay => {}
                FormKey::Close => self.followup = None,
                FormKey::Quit => {
                    // Nothing typed, or the person said to discard it.
                    self.followup = None;
                    self.quit = true;
                }
                FormKey::Submit => {
                    let file = form.row.session_file.clone().into();
                    if let Some(op) = form.op(self.today) {
                        return Some(Effect::FollowUp { file, op });
                    }
                }
            }
            return None;
        }
        let action = KEYMAP.resolve(&self.scopes(), &key);
        if self.export_prompt {
            use crate::report::doc::DocFormat;
            // e switches the external mode and asks again; any other key answers the
            // question, and only the export keys export.
            if action == Some(Action::ExportExternal) {
                self.export_external = !self.export_external;
                return None;
            }
            self.export_prompt = false;
            let external = std::mem::take(&mut self.export_external);
            let format = match action? {
                Action::ExportMarkdown => ExportKind::Plain(ExportFormat::Md),
                Action::ExportCsv => ExportKind::Plain(ExportFormat::Csv),
                Action::ExportCalendar => ExportKind::Plain(ExportFormat::Ics),
                Action::ExportHtml => ExportKind::Doc(DocFormat::Html),
                Action::ExportDocx => ExportKind::Doc(DocFormat::Docx),
                _ => return None,
            };
            if let Screen::Session(session) = self.screen {
                return Some(Effect::Export {
                    session,
                    format,
                    external,
                });
            }
            return None;
        }
        if self.searching {
            match action {
                Some(Action::EndSearch) => self.searching = false,
                Some(Action::CancelSearch) => {
                    self.searching = false;
                    self.search.clear();
                }
                _ => match key.code {
                    KeyCode::Backspace => {
                        self.search.pop();
                    }
                    KeyCode::Char(c) => self.search.push(c),
                    _ => return None,
                },
            }
            self.refilter();
            return None;
        }
        let Some(action) = action else {
            self.flash = Some((self.stray(&key), false));
            return None;
        };
        match action {
            Action::Help => self.help = true,
            Action::Quit => self.quit = true,
            a => match self.screen {
                Screen::Sessions => self.sessions_action(a),
                Screen::Session(i) => self.record_action(a, i),
                Screen::Board => {
                    self.board_action(a);
                    // A form just opened: is its session live elsewhere? (recheck NEW-2)
                    if a == Action::FollowUp
                        && let Some(form) = &self.followup
                    {
                        return Some(Effect::CheckLive {
                            file: form.row.session_file.clone().into(),
                        });
                    }
                }
                Screen::Figures => self.figures_action(a),
            },
        }
        None
    }

    fn sessions_action(&mut self, action: Action) {
        let n = self.catalog.sessions.len();
        match action {
            Action::Up => self.selected_session = self.selected_session.saturating_sub(1),
            Action::Down => {
                self.selected_session = (self.selected_session + 1).min(n.saturating_sub(1))
            }
            Action::Open if n > 0 => {
                self.screen = Screen::Session(self.selected_session);
                self.scroll = 0;
            }
            Action::Board => self.open_board(None),
            Action::SessionCommitments if n > 0 => self.open_board(Some(self.selected_session)),
            Action::Figures => self.open_figures(Screen::Sessions),
            _ => {}
        }
    }

    fn record_action(&mut self, action: Action, session: usize) {
        match action {
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll = self.scroll.saturating_add(1),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(PAGE as u16),
            Action::PageDown => self.scroll = self.scroll.saturating_add(PAGE as u16),
            Action::Top => self.scroll = 0,
            Action::Export => self.export_prompt = true,
            Action::SessionCommitments => self.open_board(Some(session)),
            Action::Back => self.screen = Screen::Sessions,
            _ => {}
        }
    }

    fn board_action(&mut self, action: Action) {
        let last = self.shown.len().saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            Action::PageDown => self.selected = (self.selected + PAGE).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::Search => self.searching = true,
            Action::Figures => self.open_figures(Screen::Board),
            Action::ToggleOverdue => {
                self.overdue_only = !self.overdue_only;
                self.refilter();
            }
            Action::NextStatus => {
                self.status = self.status.next();
                self.refilter();
            }
            Action::NextDueWithin => {
                self.due_within = match self.due_within {
                    None => Some(7),
                    Some(7) => Some(30),
                    Some(30) => Some(90),
                    _ => None,
                };
                self.refilter();
            }
            Action::NextSort => {
                self.sort = match self.sort {
                    SortBy::Deadline => SortBy::Owner,
                    SortBy::Owner => SortBy::Session,
                    SortBy::Session => SortBy::Deadline,
                };
                self.resort();
            }
            Action::ToggleByOwner => {
                self.group_by_owner = !self.group_by_owner;
                self.resort();
            }
            Action::FollowUp => {
                if let Some(row) = self.selected_row() {
                    self.followup = Some(FollowUpForm::new(row.clone()));
                }
            }
            // Issue 11 (newcomer finding 5): one session's commitments are where the board
            // was opened, not a filter: Esc clears the filters and grouping, then goes back.
            Action::ClearOrBack => {
                if self.board_is_narrowed() {
                    self.clear_board();
                    self.resort();
                } else {
                    self.screen = self.board_from;
                }
            }
            Action::Back => self.screen = Screen::Sessions,
            _ => {}
        }
    }

    /// What a key that does nothing here says: where it works, or that nothing is behind
    /// Esc on the first screen (issue 11, newcomer findings 5c and 13).
    fn stray(&self, key: &KeyEvent) -> String {
        if key.code == KeyCode::Esc && self.screen == Screen::Sessions {
            return crate::tr!("review-esc-first");
        }
        KEYMAP
            .works_elsewhere(key, |s| s.where_().text())
            .unwrap_or_else(|| {
                let name = match key.code {
                    KeyCode::Char(c) => c.to_string(),
                    other => other.to_string(),
                };
                crate::tr!("review-stray", key = name)
            })
    }

    /// Whether a filter, search or grouping is on.
    fn board_is_narrowed(&self) -> bool {
        !self.search.is_empty()
            || self.overdue_only
            || self.due_within.is_some()
            || self.status != super::StatusFilter::All
            || self.group_by_owner
    }

    /// Every filter, the search and the grouping off.
    fn clear_board(&mut self) {
        self.search.clear();
        self.overdue_only = false;
        self.due_within = None;
        self.status = super::StatusFilter::All;
        self.group_by_owner = false;
    }

    /// Opens the board, for every session or one, as it was first shown: one board's
    /// filters, sort and grouping never carry into another (issue 11, finding 5b).
    pub fn open_board(&mut self, session: Option<usize>) {
        self.board_from = self.screen;
        self.clear_board();
        self.sort = SortBy::Deadline;
        self.session_filter = session
            .and_then(|i| self.catalog.sessions.get(i))
            .and_then(|(_, s)| s.live.as_ref())
            .map(|l| l.id.clone());
        self.screen = Screen::Board;
        self.resort();
        self.selected = 0;
    }
}

impl Review {
    /// Takes in what an effect came to: a follow-up written (or refused), an export.
    pub fn on_outcome(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::FollowedUp {
                file,
                result: Ok(session),
            } => {
                let id = self
                    .followup
                    .as_ref()
                    .map(|f| f.row.id.clone())
                    .unwrap_or_default();
                self.followup = None;
                self.replace_session(&file, *session);
                self.flash = Some((
                    crate::tr!("review-saved", id = id, file = file.display().to_string()),
                    false,
                ));
            }
            Outcome::FollowedUp {
                file,
                result: Err(Refusal::Conflict { by, now }),
            } => self.on_conflict(&file, &by, now),
            Outcome::FollowedUp {
                result: Err(Refusal::Op(error)),
                ..
            } => {
                if let Some(form) = self.followup.as_mut() {
                    form.refused(&error);
                }
            }
            Outcome::FollowedUp {
                result: Err(Refusal::Other(error)),
                ..
            } => {
                if let Some(form) = self.followup.as_mut() {
                    form.say(error);
                }
            }
            Outcome::Exported(Ok(target)) => {
                // The file's name first: a narrow screen shows it whole (finding 14).
                let name = target.file_name().unwrap_or_default().to_string_lossy();
                let dir = target.parent().unwrap_or(std::path::Path::new("."));
                let wrote = crate::tr!(
                    "review-wrote",
                    name = name.as_ref(),
                    dir = dir.display().to_string()
                );
                self.flash = Some((wrote, false));
            }
            Outcome::Exported(Err(error)) => self.flash = Some((error, true)),
            Outcome::Live {
                file,
                holder: Some(holder),
            } => {
                let opened = self
                    .followup
                    .as_ref()
                    .filter(|f| std::path::Path::new(&f.row.session_file) == file.as_path());
                if let Some(form) = opened {
                    let why = crate::store::followup::WriteBackError::Live { holder };
                    self.flash = Some((format!("{}: {why}", form.row.id), true));
                    self.followup = None;
                }
            }
            Outcome::Live { holder: None, .. } => {}
        }
    }

    /// Someone followed the commitment up since it was read: show what the file holds now,
    /// keep what this person typed, and let a second Enter save it on top, knowingly.
    fn on_conflict(&mut self, file: &std::path::Path, by: &str, now: Option<Box<Session>>) {
        let Some(session) = now else {
            if let Some(form) = self.followup.as_mut() {
                form.say(crate::tr!("review-conflict-unreadable", by = by));
            }
            return;
        };
        self.replace_session(file, *session);
        let Some(form) = self.followup.as_mut() else {
            return;
        };
        let id = form.row.id.clone();
        let fresh = self
            .entries
            .iter()
            .find(|e| e.row.id == id && e.row.session_file == form.row.session_file)
            .map(|e| e.row.clone());
        if let Some(row) = fresh {
            form.say(crate::tr!(
                "review-conflict",
                by = by,
                id = id.as_str(),
                status = crate::i18n::keys::status_label(row.status)
            ));
            form.row = row;
        }
    }
}

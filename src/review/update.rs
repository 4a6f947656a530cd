//! Keys on the review screens.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::form::FormKey;
use super::{Effect, FollowUpForm, Review, Screen};
use crate::domain::board::SortBy;
use crate::report::ExportFormat;

/// Rows a page key moves.
const PAGE: usize = 20;

impl Review {
    /// Handles a key; returns what the loop must do, if anything.
    pub fn on_key(&mut self, key: KeyEvent) -> Option<Effect> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.quit = true;
            return None;
        }
        self.flash = None;
        if let Some(form) = self.followup.as_mut() {
            match form.on_key(key) {
                FormKey::Stay => {}
                FormKey::Close => self.followup = None,
                FormKey::Submit => {
                    let file = form.row.session_file.clone().into();
                    if let Some(op) = form.op(self.today) {
                        return Some(Effect::FollowUp { file, op });
                    }
                }
            }
            return None;
        }
        if self.export_prompt {
            self.export_prompt = false;
            let format = match key.code {
                KeyCode::Char('m') => ExportFormat::Md,
                KeyCode::Char('c') => ExportFormat::Csv,
                KeyCode::Char('i') => ExportFormat::Ics,
                _ => return None,
            };
            if let Screen::Session(session) = self.screen {
                return Some(Effect::Export { session, format });
            }
            return None;
        }
        if self.searching {
            match key.code {
                KeyCode::Enter => self.searching = false,
                KeyCode::Esc => {
                    self.searching = false;
                    self.search.clear();
                }
                KeyCode::Backspace => {
                    self.search.pop();
                }
                KeyCode::Char(c) => self.search.push(c),
                _ => return None,
            }
            self.refilter();
            return None;
        }
        match self.screen {
            Screen::Sessions => self.sessions_key(key),
            Screen::Session(i) => self.session_key(key, i),
            Screen::Board => self.board_key(key),
        }
        None
    }

    fn sessions_key(&mut self, key: KeyEvent) {
        let n = self.catalog.sessions.len();
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => {
                self.selected_session = self.selected_session.saturating_sub(1)
            }
            KeyCode::Down | KeyCode::Char('j') => {
                self.selected_session = (self.selected_session + 1).min(n.saturating_sub(1))
            }
            KeyCode::Enter if n > 0 => {
                self.screen = Screen::Session(self.selected_session);
                self.scroll = 0;
            }
            KeyCode::Char('b') | KeyCode::Tab => self.open_board(None),
            KeyCode::Char('c') if n > 0 => self.open_board(Some(self.selected_session)),
            KeyCode::Char('q') | KeyCode::Esc => self.quit = true,
            _ => {}
        }
    }

    fn session_key(&mut self, key: KeyEvent, session: usize) {
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => self.scroll = self.scroll.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.scroll = self.scroll.saturating_add(1),
            KeyCode::PageUp => self.scroll = self.scroll.saturating_sub(PAGE as u16),
            KeyCode::PageDown | KeyCode::Char(' ') => {
                self.scroll = self.scroll.saturating_add(PAGE as u16)
            }
            KeyCode::Home => self.scroll = 0,
            KeyCode::Char('x') => self.export_prompt = true,
            KeyCode::Char('c') | KeyCode::Char('b') => self.open_board(Some(session)),
            KeyCode::Esc | KeyCode::Backspace => self.screen = Screen::Sessions,
            KeyCode::Char('q') => self.quit = true,
            _ => {}
        }
    }

    fn board_key(&mut self, key: KeyEvent) {
        let last = self.shown.len().saturating_sub(1);
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.selected = (self.selected + 1).min(last),
            KeyCode::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            KeyCode::PageDown => self.selected = (self.selected + PAGE).min(last),
            KeyCode::Home => self.selected = 0,
            KeyCode::End => self.selected = last,
            KeyCode::Char('/') => self.searching = true,
            KeyCode::Char('o') => {
                self.overdue_only = !self.overdue_only;
                self.refilter();
            }
            KeyCode::Char('s') => {
                self.status = self.status.next();
                self.refilter();
            }
            KeyCode::Char('w') => {
                self.due_within = match self.due_within {
                    None => Some(7),
                    Some(7) => Some(30),
                    Some(30) => Some(90),
                    _ => None,
                };
                self.refilter();
            }
            KeyCode::Char('S') => {
                self.sort = match self.sort {
                    SortBy::Deadline => SortBy::Owner,
                    SortBy::Owner => SortBy::Session,
                    SortBy::Session => SortBy::Deadline,
                };
                self.resort();
            }
            KeyCode::Char('g') => {
                self.group_by_owner = !self.group_by_owner;
                self.resort();
            }
            KeyCode::Enter => {
                if let Some(row) = self.selected_row() {
                    self.followup = Some(FollowUpForm::new(row.clone()));
                }
            }
            KeyCode::Esc => {
                let filtered = !self.search.is_empty()
                    || self.overdue_only
                    || self.due_within.is_some()
                    || self.status != super::StatusFilter::All
                    || self.session_filter.is_some();
                if filtered {
                    self.search.clear();
                    self.overdue_only = false;
                    self.due_within = None;
                    self.status = super::StatusFilter::All;
                    self.session_filter = None;
                    self.refilter();
                } else {
                    self.screen = Screen::Sessions;
                }
            }
            KeyCode::Tab => self.screen = Screen::Sessions,
            KeyCode::Char('q') => self.quit = true,
            _ => {}
        }
    }

    /// Opens the board, for every session or one.
    pub fn open_board(&mut self, session: Option<usize>) {
        self.session_filter = session
            .and_then(|i| self.catalog.sessions.get(i))
            .and_then(|(_, s)| s.live.as_ref())
            .map(|l| l.id.clone());
        self.screen = Screen::Board;
        self.selected = 0;
        self.refilter();
    }
}

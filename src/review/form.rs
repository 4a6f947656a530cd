//! The follow-up form: the commitment's status now, an optional new deadline, a note.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

use crate::domain::board::BoardRow;
use crate::domain::deadline::{DeadlineError, parse_deadline};
use crate::domain::{Op, Status};

const STATUSES: [Status; 4] = [
    Status::Open,
    Status::InProgress,
    Status::Done,
    Status::Dropped,
];

/// Which part of the form has the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Status,
    Deadline,
    Note,
}

/// What a key did to the form.
#[derive(Debug, PartialEq, Eq)]
pub enum FormKey {
    Stay,
    Submit,
    Close,
}

/// Follow-up on one board row.
pub struct FollowUpForm {
    pub row: BoardRow,
    pub status: Status,
    pub deadline: TextArea<'static>,
    pub note: TextArea<'static>,
    pub focus: Part,
    pub error: Option<String>,
    /// Set after a first Esc with typed text: a second Esc discards it.
    pub discard_armed: bool,
}

fn input(placeholder: &str) -> TextArea<'static> {
    let mut t = TextArea::default();
    t.set_placeholder_text(placeholder);
    t.set_cursor_line_style(Style::default());
    t.set_wrap_mode(WrapMode::WordOrGlyph);
    t
}

impl FollowUpForm {
    /// A form for `row`, starting from its current status.
    pub fn new(row: BoardRow) -> Self {
        FollowUpForm {
            status: row.status,
            row,
            deadline: input("keep the deadline, or a new one: 2027-03-31, +3m, end of june"),
            note: input("what happened: reported by the owner, reason for a delay, …"),
            focus: Part::Status,
            error: None,
            discard_armed: false,
        }
    }

    /// The new deadline, if one was typed.
    pub fn new_deadline(&self, today: NaiveDate) -> Option<Result<NaiveDate, DeadlineError>> {
        let text = self.deadline.lines().join(" ");
        (!text.trim().is_empty()).then(|| parse_deadline(&text, today))
    }

    /// The note as typed.
    pub fn note_text(&self) -> String {
        self.note.lines().join("\n")
    }

    fn has_changes(&self) -> bool {
        self.status != self.row.status
            || !self.note_text().trim().is_empty()
            || !self.deadline.is_empty()
    }

    /// Handles a key.
    pub fn on_key(&mut self, key: KeyEvent) -> FormKey {
        if key.code != KeyCode::Esc {
            self.discard_armed = false;
        }
        match (key.code, self.focus) {
            (KeyCode::Esc, _) => {
                if self.has_changes() && !self.discard_armed {
                    self.discard_armed = true;
                    self.error = Some("Esc again discards this follow-up".into());
                    return FormKey::Stay;
                }
                return FormKey::Close;
            }
            (KeyCode::Enter, _) => return FormKey::Submit,
            (KeyCode::Tab, _) => self.focus = self.next(1),
            (KeyCode::BackTab, _) => self.focus = self.next(2),
            (KeyCode::Left | KeyCode::Right | KeyCode::Char(' '), Part::Status) => {
                let i = STATUSES.iter().position(|s| *s == self.status).unwrap_or(0);
                let step = if key.code == KeyCode::Left {
                    STATUSES.len() - 1
                } else {
                    1
                };
                self.status = STATUSES[(i + step) % STATUSES.len()];
            }
            (KeyCode::Char(c), Part::Status) => {
                if let Some(s) = STATUSES.iter().find(|s| s.label().starts_with(c)) {
                    self.status = *s;
                }
            }
            (_, Part::Deadline) => {
                self.deadline.input(key);
            }
            (_, Part::Note) => {
                self.note.input(key);
            }
            _ => {}
        }
        FormKey::Stay
    }

    fn next(&self, steps: usize) -> Part {
        let order = [Part::Status, Part::Deadline, Part::Note];
        let i = order.iter().position(|p| *p == self.focus).unwrap_or(0);
        order[(i + steps) % order.len()]
    }

    /// The operation to write back, or the reason beside the deadline.
    pub fn op(&mut self, today: NaiveDate) -> Option<Op> {
        let deadline = match self.new_deadline(today) {
            Some(Ok(d)) => Some(d),
            Some(Err(e)) => {
                self.focus = Part::Deadline;
                self.error = Some(e.to_string());
                return None;
            }
            None => None,
        };
        Some(Op::FollowUp {
            id: self.row.id.clone(),
            status: self.status,
            deadline,
            note: self.note_text(),
            base_revision: Some(self.row.revision),
            key: None,
        })
    }
}

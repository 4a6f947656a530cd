//! The follow-up form, on the form kit: the commitment's status now, an optional new
//! deadline, a note, and a new owner (nc15 #13, as the live follow-up has).

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::domain::board::BoardRow;
use crate::domain::deadline::{DeadlineError, parse_deadline_in};
use crate::domain::{Op, OpError, Status};
pub use crate::form::FormKey;
use crate::form::{Entry, Form};

/// The statuses in the order the form offers them, with their words.
const STATUSES: [Status; 4] = [
    Status::Open,
    Status::InProgress,
    Status::Done,
    Status::Dropped,
];
const STATUS_WORDS: &[&str] = &["open", "in progress", "done", "dropped"];

/// The parts of the form, in Tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Status,
    Deadline,
    Note,
    Owner,
}

impl Part {
    /// The label printed beside the part.
    pub fn label(self) -> &'static str {
        match self {
            Part::Status => "Status",
            Part::Deadline => "Deadline",
            Part::Note => "Note",
            Part::Owner => "Owner",
        }
    }

    /// The label in the language in force (`label` keeps the English words the kept forms
    /// use).
    pub fn said(self) -> String {
        match self {
            Part::Status => crate::tr!("followup-status"),
            Part::Deadline => crate::tr!("followup-deadline"),
            Part::Note => crate::tr!("followup-note"),
            Part::Owner => crate::tr!("followup-owner"),
        }
    }

    /// The form field a refusal about `field` is shown beside.
    fn of(field: crate::domain::Field) -> Option<Part> {
        match field {
            crate::domain::Field::Deadline => Some(Part::Deadline),
            crate::domain::Field::Note => Some(Part::Note),
            crate::domain::Field::Owner => Some(Part::Owner),
            _ => None,
        }
    }
}

/// Follow-up on one board row.
pub struct FollowUpForm {
    pub row: BoardRow,
    pub form: Form<Part>,
    /// The day of the last save asked for, to check marked fields again as they change.
    today: Option<NaiveDate>,
}

impl FollowUpForm {
    /// A form for `row`, starting from its current status.
    pub fn new(row: BoardRow) -> Self {
        let mut form = Form::new(vec![
            (Part::Status, Entry::choice(STATUS_WORDS)),
            (
                Part::Deadline,
                Entry::text(&crate::tr!("followup-deadline-hint"), false),
            ),
            (
                Part::Note,
                Entry::text(&crate::tr!("followup-note-hint"), true),
            ),
            (
                Part::Owner,
                Entry::text(&crate::tr!("followup-owner-hint"), false),
            ),
        ]);
        form.choose(
            Part::Status,
            STATUSES.iter().position(|s| *s == row.status).unwrap_or(0),
        );
        // The status it has now is where the form starts, not something typed.
        form.fill(&[], true);
        FollowUpForm {
            row,
            form,
            today: None,
        }
    }

    /// The status chosen.
    pub fn status(&self) -> Status {
        let index = self.form.choice(Part::Status).map_or(0, |(_, i)| i);
        STATUSES[index.min(STATUSES.len() - 1)]
    }

    /// The new deadline, if one was typed.
    pub fn new_deadline(&self, today: NaiveDate) -> Option<Result<NaiveDate, DeadlineError>> {
        let text = self.form.value(Part::Deadline);
        // Issue 16: read in the review's language first, then in the others.
        (!text.trim().is_empty()).then(|| parse_deadline_in(&text, today, crate::i18n::current()))
    }

    /// The note as typed.
    pub fn note_text(&self) -> String {
        self.form.value(Part::Note)
    }

    /// The new owner, if one other than the owner now was typed.
    pub fn new_owner(&self) -> Option<String> {
        let typed = self.form.value(Part::Owner);
        let typed = typed.trim();
        (!typed.is_empty() && !crate::domain::fold::same(typed, &self.row.owner))
            .then(|| typed.to_string())
    }

    /// Handles a key; a part marked wrong stays marked until it is valid.
    pub fn on_key(&mut self, key: KeyEvent) -> FormKey {
        // nc15 #6: `D` is dropped here as in the live follow-up (the kit's letters would
        // fold it to `d`, done).
        let dropped = self.form.focus == Part::Status
            && key.code == KeyCode::Char('D')
            && !key.modifiers.contains(KeyModifiers::CONTROL);
        let (outcome, changed) = if dropped {
            let at = STATUSES.iter().position(|s| *s == Status::Dropped);
            if let Some(i) = at {
                self.form.choose(Part::Status, i);
            }
            (FormKey::Stay, at.map(|_| Part::Status))
        } else {
            self.form.on_key(key)
        };
        if changed.is_some()
            && let Some(today) = self.today
        {
            let problems = self.problems(today);
            self.form.recheck(&problems);
        }
        outcome
    }

    /// What is wrong with the parts as typed (issue 11, finding 9).
    fn problems(&self, today: NaiveDate) -> Vec<(Part, String)> {
        match self.new_deadline(today) {
            Some(Err(e)) => vec![(Part::Deadline, e.message(crate::i18n::current()))],
            _ => Vec::new(),
        }
    }

    /// The operation to write back, or every wrong part marked with why.
    pub fn op(&mut self, today: NaiveDate) -> Option<Op> {
        self.today = Some(today);
        if self.form.mark(self.problems(today)) {
            return None;
        }
        let deadline = self.new_deadline(today).and_then(Result::ok);
        Some(Op::FollowUp {
            id: self.row.id.clone(),
            status: self.status(),
            deadline,
            note: self.note_text(),
            base_revision: Some(self.row.revision),
            key: None,
            owner: self.new_owner(),
            superseded_by: None,
            superseded_in: None,
        })
    }

    /// Shows why the write-back was refused, beside the part it is about.
    pub fn refused(&mut self, error: &OpError) {
        let part = error.field().and_then(Part::of);
        // A moved deadline without a note is about both: writing the note or taking the
        // new deadline back withdraws it (issue 12, item 10).
        let also: &[Part] = match error {
            OpError::DeadlineWithoutNote => &[Part::Deadline],
            _ => &[],
        };
        self.form.refuse_about(part, also, error.to_string());
    }

    /// Shows a message above the form (a lock held, a file that cannot be written).
    pub fn say(&mut self, message: impl Into<String>) {
        self.form.refuse(None, message);
    }

    /// What was typed and not written, to be said when review is stopped (issue 11,
    /// finding 1).
    pub fn unwritten(&self) -> Option<String> {
        let typed = self.form.typed(Part::said)?;
        Some(crate::tr!(
            "review-form-unwritten",
            id = self.row.id.as_str(),
            typed = typed
        ))
    }

    /// The form's text as typed, to keep across a stop: (status word, deadline, note).
    pub fn typed_parts(&self) -> [String; 3] {
        [
            self.form.value(Part::Status),
            self.form.value(Part::Deadline),
            self.form.value(Part::Note),
        ]
    }

    /// The new owner as typed, kept across a stop beside `typed_parts`.
    pub fn typed_owner(&self) -> String {
        self.form.value(Part::Owner)
    }

    /// Puts back a new owner `typed_owner` kept.
    pub fn refill_owner(&mut self, owner: &str) {
        self.form.fill(&[(Part::Owner, owner)], false);
    }

    /// Puts back what `typed_parts` kept: the same one way a form is filled.
    pub fn refill(&mut self, [status, deadline, note]: [&str; 3]) {
        if let Some(i) = STATUS_WORDS.iter().position(|w| *w == status) {
            self.form.choose(Part::Status, i);
        }
        self.form
            .fill(&[(Part::Deadline, deadline), (Part::Note, note)], false);
    }

    /// The error shown, if any.
    pub fn error(&self) -> Option<&str> {
        self.form.error().map(|(_, m)| m)
    }
}

//! The commitment and note forms, built on the form kit (`crate::form`).
//!
//! A form never discards what was typed: a refused save keeps it open with the reason
//! beside the field the refusal is about, and closing with text in it asks first.

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;

pub use super::owners::{Pick, SUGGESTION_KEYS, Suggesting};
use super::owners::{Picked, Suggestions};
use crate::domain::commitments::{draft_problems, note_problem};
use crate::domain::deadline::{DeadlineError, parse_deadline_in};
use crate::domain::{Anchor, Commitment, CommitmentDraft, OpError};
pub use crate::form::FormKey;
use crate::form::{Entry, Form};
use crate::tr;

/// The fields of the commitment form, in Tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    What,
    Owner,
    Deadline,
}

impl Field {
    /// The label printed beside the field.
    pub fn label(self) -> String {
        match self {
            Field::What => tr!("form-action"),
            Field::Owner => tr!("form-owner"),
            Field::Deadline => tr!("form-deadline"),
        }
    }

    /// The form field a refusal about `field` is shown beside.
    fn of(field: crate::domain::Field) -> Option<Field> {
        match field {
            crate::domain::Field::Action => Some(Field::What),
            crate::domain::Field::Owner => Some(Field::Owner),
            crate::domain::Field::Deadline => Some(Field::Deadline),
            _ => None,
        }
    }
}

/// Adding or editing a commitment.
pub struct CommitmentForm {
    pub form: Form<Field>,
    /// The commitment being edited and the revision the edit started from.
    pub editing: Option<(String, u32)>,
    pub anchor: Anchor,
    /// A past deadline the person has been warned about once; Enter again keeps it.
    pub past_confirmed: Option<NaiveDate>,
    /// The owners suggested under the owner field while it is typed in.
    pub owners: Suggestions,
    /// The day of the last save asked for: the fields marked wrong then are checked
    /// against it again as they are typed in.
    today: Option<NaiveDate>,
}

impl CommitmentForm {
    /// An empty form for a new commitment.
    pub fn new(anchor: Anchor) -> Self {
        CommitmentForm {
            form: Form::new(vec![
                (Field::What, Entry::text(&tr!("form-action-hint"), true)),
                (Field::Owner, Entry::text(&tr!("form-owner-hint"), false)),
                (
                    Field::Deadline,
                    Entry::text(&tr!("form-deadline-hint"), false),
                ),
            ]),
            editing: None,
            anchor,
            past_confirmed: None,
            owners: Suggestions::default(),
            today: None,
        }
    }

    /// A form holding `what`, `owner` and `deadline` as typed: the one way a commitment
    /// form is filled, for an edit, a draft kept across a restart, or a refused save.
    /// `editing` is the commitment and the revision the edit starts from.
    pub fn filled(
        anchor: Anchor,
        [what, owner, deadline]: [&str; 3],
        editing: Option<(String, u32)>,
        as_original: bool,
    ) -> Self {
        let mut f = CommitmentForm::new(anchor);
        f.form.fill(
            &[
                (Field::What, what),
                (Field::Owner, owner),
                (Field::Deadline, deadline),
            ],
            as_original,
        );
        f.editing = editing;
        f
    }

    /// A form filled with an existing commitment.
    pub fn edit(c: &Commitment) -> Self {
        CommitmentForm::filled(
            c.anchor,
            [&c.what, &c.owner, &shown_deadline(c.deadline)],
            Some((c.id.clone(), c.revision)),
            true,
        )
    }

    /// The columns of the labels' column: the longest label in the language in force and
    /// room for the focus mark, at least 12 (issue 16: French and Spanish run longer).
    pub fn label_width() -> usize {
        [
            tr!("form-from"),
            Field::What.label(),
            Field::Owner.label(),
            Field::Deadline.label(),
        ]
        .iter()
        .map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) + 3)
        .fold(12, usize::max)
    }

    /// The text of one field, on one line.
    pub fn value(&self, field: Field) -> String {
        self.form.value(field)
    }

    /// Whether closing now would lose typed text.
    pub fn has_changes(&self) -> bool {
        self.form.has_changes()
    }

    /// The deadline as understood so far, shown live under the field; read in the room's
    /// language first (issue 16, item 4), and saved as it is shown.
    pub fn resolved_deadline(&self, today: NaiveDate) -> Result<NaiveDate, DeadlineError> {
        parse_deadline_in(&self.value(Field::Deadline), today, crate::i18n::current())
    }

    /// Owner suggestions matching what is typed, best first, accents and case aside; none
    /// once the list was closed or the owner field left.
    pub fn owner_matches<'a>(&self, known: &'a [String]) -> Vec<&'a str> {
        if self.form.focus != Field::Owner {
            return Vec::new();
        }
        self.owners.matches(&self.value(Field::Owner), known)
    }

    /// Which of `matches` is highlighted, if any are shown.
    pub fn highlighted(&self, matches: &[&str]) -> Option<usize> {
        self.owners.highlighted(matches)
    }

    /// Handles a key; `known` are the owner suggestions.
    pub fn on_key(&mut self, key: KeyEvent, known: &[String]) -> FormKey {
        let matches = self.owner_matches(known);
        if self.form.discarding {
            return self.on_form_key(key);
        }
        match self.owners.on_key(&key, &matches) {
            Some(Picked::Took(owner)) => {
                self.form.set(Field::Owner, &owner);
                self.recheck();
                self.form.focus = Field::Deadline;
                FormKey::Stay
            }
            Some(Picked::Moved | Picked::Closed) => FormKey::Stay,
            None => self.on_form_key(key),
        }
    }

    fn on_form_key(&mut self, key: KeyEvent) -> FormKey {
        let (outcome, changed) = self.form.on_key(key);
        if changed.is_some() {
            self.recheck();
        }
        match changed {
            // Typing in the owner opens the list again, from its best match.
            Some(Field::Owner) => self.owners.typed(),
            Some(Field::Deadline) => self.past_confirmed = None,
            _ => {}
        }
        if self.form.focus != Field::Owner {
            self.owners.close();
        }
        outcome
    }

    /// Keeps the marks of fields still wrong, drops the others (once a save was asked for).
    fn recheck(&mut self) {
        if let Some(today) = self.today {
            let problems = self.problems(today);
            self.form.recheck(&problems);
        }
    }

    /// What is wrong with each field as typed, top to bottom: the domain's own checks.
    fn problems(&self, today: NaiveDate) -> Vec<(Field, String)> {
        let mut found: Vec<(Field, String)> =
            draft_problems(&self.value(Field::What), &self.value(Field::Owner))
                .into_iter()
                .filter_map(|e| {
                    Some((
                        e.field().and_then(Field::of)?,
                        crate::i18n::refusal::refusal(&e),
                    ))
                })
                .collect();
        if let Err(e) = self.resolved_deadline(today) {
            found.push((Field::Deadline, e.message(crate::i18n::current())));
        }
        found
    }

    /// Builds the draft to submit, or marks every wrong field at once (issue 11,
    /// finding 9) and focuses the first.
    pub fn draft(&mut self, today: NaiveDate) -> Option<CommitmentDraft> {
        self.today = Some(today);
        if self.form.mark(self.problems(today)) {
            return None;
        }
        let deadline = self.resolved_deadline(today).ok()?;
        Some(CommitmentDraft {
            what: self.value(Field::What),
            owner: self.value(Field::Owner),
            deadline,
            anchor: self.anchor,
            past_deadline_confirmed: self.past_confirmed == Some(deadline),
        })
    }

    /// Someone else changed the commitment while this form edited it (issue 14, item 4):
    /// the form keeps what was typed, shows `current` (theirs) beside each field that
    /// differs, and edits from their revision, so the next Enter saves the merge.
    pub fn merge(&mut self, current: &Commitment, by: &str) {
        self.editing = Some((current.id.clone(), current.revision));
        self.form.start_merge(
            by,
            &[
                (Field::What, &current.what),
                (Field::Owner, &current.owner),
                (Field::Deadline, &shown_deadline(current.deadline)),
            ],
        );
        let take = crate::form::KEYMAP
            .0
            .iter()
            .find(|b| b.action == crate::form::Action::TakeTheirs)
            .map_or("", |b| b.label);
        self.form
            .refuse(None, tr!("form-merged", by = by, take = take));
    }

    /// After a merge, which fields came from whom, in words ("owner and deadline from
    /// Amina, action from you"), so the person knows what Enter saved; None without one.
    pub fn merge_summary(&self) -> Option<String> {
        let (by, theirs, mine) = self.form.merge_sources()?;
        let named = |fields: &[Field]| {
            let words: Vec<String> = fields.iter().map(|f| f.label().to_lowercase()).collect();
            match words.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) => {
                    tr!("form-merge-and", rest = rest.join(", "), last = last)
                }
                None => String::new(),
            }
        };
        let mut parts = Vec::new();
        if !theirs.is_empty() {
            parts.push(tr!("form-merge-from", fields = named(&theirs), by = by));
        }
        if !mine.is_empty() {
            parts.push(tr!("form-merge-from-you", fields = named(&mine)));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// Shows why a save was refused, next to the field it concerns, and focuses it.
    pub fn refused(&mut self, error: &OpError) {
        if let OpError::PastDeadline(date) = error {
            self.past_confirmed = Some(*date);
            self.form.refuse(
                Some(Field::Deadline),
                tr!(
                    "form-past-deadline",
                    date = crate::i18n::date::short(*date, crate::i18n::current())
                ),
            );
            return;
        }
        let field = error.field().and_then(Field::of);
        self.form
            .refuse(field, crate::i18n::refusal::refusal(error));
    }
}

/// The note form's one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteField {
    Text,
}

/// Writing a note for the current item or group, or correcting one.
pub struct NoteForm {
    pub form: Form<NoteField>,
    pub anchor: Anchor,
    /// The note being corrected, by its index in the session.
    pub editing: Option<usize>,
    /// Holds an edit of a commitment deleted meanwhile, kept as a note (nc14 #9).
    pub kept: Option<super::kept_edit::Deleted>,
}

impl NoteForm {
    /// An empty note anchored where the session is now.
    pub fn new(anchor: Anchor) -> Self {
        NoteForm {
            form: Form::new(vec![(
                NoteField::Text,
                Entry::text(&tr!("form-note-hint"), true),
            )]),
            anchor,
            editing: None,
            kept: None,
        }
    }

    /// A form holding note `index`'s text, to correct it.
    pub fn edit(index: usize, note: &crate::domain::Note) -> Self {
        let mut f = NoteForm::new(note.anchor);
        f.form.fill(&[(NoteField::Text, &note.text)], true);
        f.editing = Some(index);
        f
    }

    /// A note form holding `text` as typed (a draft kept across a restart).
    pub fn filled(anchor: Anchor, text: &str) -> Self {
        let mut f = NoteForm::new(anchor);
        f.form.fill(&[(NoteField::Text, text)], false);
        f
    }

    /// The note's text.
    pub fn value(&self) -> String {
        self.form.value(NoteField::Text)
    }

    /// Whether closing would lose typed text.
    pub fn has_changes(&self) -> bool {
        self.form.has_changes()
    }

    /// Handles a key in the note form; a mark on the text stays until it is valid.
    pub fn on_key(&mut self, key: KeyEvent) -> FormKey {
        let (outcome, changed) = self.form.on_key(key);
        if changed.is_some() {
            let problems = self.problems();
            self.form.recheck(&problems);
        }
        outcome
    }

    fn problems(&self) -> Vec<(NoteField, String)> {
        note_problem(&self.value())
            .map(|e| (NoteField::Text, crate::i18n::refusal::refusal(&e)))
            .into_iter()
            .collect()
    }

    /// Whether the text may be sent; if not, it is marked with why.
    pub fn check(&mut self) -> bool {
        !self.form.mark(self.problems())
    }
}

/// A deadline as the form fills it in: in the language in force ("28 févr. 2027", nc16 #7),
/// which the grammar reads back as the same day.
fn shown_deadline(date: chrono::NaiveDate) -> String {
    crate::i18n::date::listed(date, crate::i18n::current())
}

#[cfg(test)]
mod tests;

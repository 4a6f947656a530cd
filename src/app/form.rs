//! The commitment and note forms, built on the form kit (`crate::form`).
//!
//! A form never discards what was typed: a refused save keeps it open with the reason
//! beside the field the refusal is about, and closing with text in it asks first.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::domain::deadline::{DeadlineError, parse_deadline};
use crate::domain::{Anchor, Commitment, CommitmentDraft, OpError};
pub use crate::form::FormKey;
use crate::form::{Entry, Form};
use crate::keymap::{Binding, Key, Keymap};

/// The fields of the commitment form, in Tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    What,
    Owner,
    Deadline,
}

impl Field {
    /// The label printed beside the field.
    pub fn label(self) -> &'static str {
        match self {
            Field::What => "Action",
            Field::Owner => "Owner",
            Field::Deadline => "Deadline",
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

/// The owner suggestions' keys, while suggestions are shown under the owner field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Next,
    Previous,
    /// Take the highlighted suggestion (and, with Tab, move on).
    Take,
    TakeAndMove,
}

/// Where the suggestion keys apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suggesting {
    Owners,
}

/// The suggestion keys, shown in help beside the form's own.
pub const SUGGESTION_KEYS: Keymap<Pick, Suggesting> = Keymap(&[
    Binding {
        keys: &[Key::code(KeyCode::Down)],
        action: Pick::Next,
        scope: Suggesting::Owners,
        label: "↓",
        help: "highlight the next suggested owner",
        footer: Some("pick"),
    },
    Binding {
        keys: &[Key::code(KeyCode::Up)],
        action: Pick::Previous,
        scope: Suggesting::Owners,
        label: "↑",
        help: "highlight the previous suggested owner",
        footer: Some("pick"),
    },
    Binding {
        keys: &[Key::code(KeyCode::Enter)],
        action: Pick::Take,
        scope: Suggesting::Owners,
        label: "Enter",
        help: "take the highlighted owner",
        footer: Some("take it"),
    },
    Binding {
        keys: &[Key::code(KeyCode::Tab)],
        action: Pick::TakeAndMove,
        scope: Suggesting::Owners,
        label: "Tab",
        help: "take the highlighted owner and go to the deadline",
        footer: None,
    },
]);

/// Adding or editing a commitment.
pub struct CommitmentForm {
    pub form: Form<Field>,
    /// The commitment being edited and the revision the edit started from.
    pub editing: Option<(String, u32)>,
    pub anchor: Anchor,
    /// A past deadline the person has been warned about once; Enter again keeps it.
    pub past_confirmed: Option<NaiveDate>,
    /// The owner suggestion highlighted with ↑/↓.
    pub picked: Option<usize>,
}

impl CommitmentForm {
    /// An empty form for a new commitment.
    pub fn new(anchor: Anchor) -> Self {
        CommitmentForm {
            form: Form::new(vec![
                (
                    Field::What,
                    Entry::text("what will be done, concretely", true),
                ),
                (
                    Field::Owner,
                    Entry::text("who: a person, ministry or organisation", false),
                ),
                (
                    Field::Deadline,
                    Entry::text("by when: 2027-03-31, +2w, in 3 months, end of june", false),
                ),
            ]),
            editing: None,
            anchor,
            past_confirmed: None,
            picked: None,
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
            [&c.what, &c.owner, &c.deadline.to_string()],
            Some((c.id.clone(), c.revision)),
            true,
        )
    }

    /// The text of one field, on one line.
    pub fn value(&self, field: Field) -> String {
        self.form.value(field)
    }

    /// Whether closing now would lose typed text.
    pub fn has_changes(&self) -> bool {
        self.form.has_changes()
    }

    /// The deadline as understood so far, shown live under the field.
    pub fn resolved_deadline(&self, today: NaiveDate) -> Result<NaiveDate, DeadlineError> {
        parse_deadline(&self.value(Field::Deadline), today)
    }

    /// Owner suggestions matching what is typed (at most five), best first.
    pub fn owner_matches<'a>(&self, known: &'a [String]) -> Vec<&'a str> {
        if self.form.focus != Field::Owner {
            return Vec::new();
        }
        crate::suggest::matches(&self.value(Field::Owner), known)
    }

    /// Handles a key; `known` are the owner suggestions.
    pub fn on_key(&mut self, key: KeyEvent, known: &[String]) -> FormKey {
        let matches = self.owner_matches(known);
        if !matches.is_empty() && !self.form.discarding {
            let n = matches.len();
            match SUGGESTION_KEYS.resolve(&[Suggesting::Owners], &key) {
                Some(Pick::Next) => {
                    self.picked = Some(self.picked.map_or(0, |p| (p + 1) % n));
                    return FormKey::Stay;
                }
                Some(Pick::Previous) => {
                    self.picked = Some(self.picked.map_or(n - 1, |p| (p + n - 1) % n));
                    return FormKey::Stay;
                }
                Some(pick @ (Pick::Take | Pick::TakeAndMove)) => {
                    if let Some(choice) = self.picked.and_then(|p| matches.get(p)) {
                        let choice = choice.to_string();
                        self.form.fill(&[(Field::Owner, &choice)], false);
                        self.picked = None;
                        if pick == Pick::TakeAndMove {
                            self.form.focus = Field::Deadline;
                        }
                        return FormKey::Stay;
                    }
                }
                None => {}
            }
        }
        let (outcome, changed) = self.form.on_key(key);
        self.picked = None;
        if changed == Some(Field::Deadline) {
            self.past_confirmed = None;
        }
        outcome
    }

    /// Builds the draft to submit, or puts the reason beside the deadline field.
    pub fn draft(&mut self, today: NaiveDate) -> Option<CommitmentDraft> {
        match self.resolved_deadline(today) {
            Ok(deadline) => Some(CommitmentDraft {
                what: self.value(Field::What),
                owner: self.value(Field::Owner),
                deadline,
                anchor: self.anchor,
                past_deadline_confirmed: self.past_confirmed == Some(deadline),
            }),
            Err(e) => {
                self.form.refuse(Some(Field::Deadline), e.to_string());
                None
            }
        }
    }

    /// Shows why a save was refused, next to the field it concerns, and focuses it.
    pub fn refused(&mut self, error: &OpError) {
        if let OpError::PastDeadline(date) = error {
            self.past_confirmed = Some(*date);
            self.form.refuse(
                Some(Field::Deadline),
                format!(
                    "{} is in the past: Enter again to keep it, or change it",
                    date.format("%-d %b %Y")
                ),
            );
            return;
        }
        let field = error.field().and_then(Field::of);
        self.form.refuse(field, error.to_string());
    }
}

/// The note form's one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteField {
    Text,
}

/// Writing a note for the current item or group.
pub struct NoteForm {
    pub form: Form<NoteField>,
    pub anchor: Anchor,
}

impl NoteForm {
    /// An empty note anchored where the session is now.
    pub fn new(anchor: Anchor) -> Self {
        NoteForm {
            form: Form::new(vec![(
                NoteField::Text,
                Entry::text("what was said, decided or asked", true),
            )]),
            anchor,
        }
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

    /// Handles a key in the note form.
    pub fn on_key(&mut self, key: KeyEvent) -> FormKey {
        self.form.on_key(key).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn type_text(form: &mut CommitmentForm, text: &str, known: &[String]) {
        for c in text.chars() {
            form.on_key(KeyEvent::from(KeyCode::Char(c)), known);
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn anchor() -> Anchor {
        Anchor {
            item: 0,
            group: None,
        }
    }

    #[test]
    fn an_unreadable_deadline_keeps_every_field_and_points_at_the_deadline() {
        let mut form = CommitmentForm::new(anchor());
        type_text(&mut form, "Brief the budget committee", &[]);
        form.on_key(KeyEvent::from(KeyCode::Tab), &[]);
        type_text(&mut form, "Parliament", &[]);
        form.on_key(KeyEvent::from(KeyCode::Tab), &[]);
        type_text(&mut form, "sometime soon", &[]);
        assert!(form.draft(today()).is_none());
        assert_eq!(form.form.focus, Field::Deadline);
        assert!(
            form.form
                .error
                .as_ref()
                .unwrap()
                .1
                .contains("sometime soon")
        );
        assert_eq!(form.value(Field::What), "Brief the budget committee");
        assert_eq!(form.value(Field::Owner), "Parliament");
        assert_eq!(form.value(Field::Deadline), "sometime soon");
    }

    #[test]
    fn owner_suggestions_complete_from_what_is_typed_and_tab_takes_one() {
        let known = vec![
            "Ministry of Finance".to_string(),
            "Ministry of Health".to_string(),
            "UN system".to_string(),
        ];
        let mut form = CommitmentForm::new(anchor());
        form.on_key(KeyEvent::from(KeyCode::Tab), &known);
        type_text(&mut form, "min", &known);
        assert_eq!(
            form.owner_matches(&known),
            vec!["Ministry of Finance", "Ministry of Health"]
        );
        form.on_key(KeyEvent::from(KeyCode::Down), &known);
        form.on_key(KeyEvent::from(KeyCode::Down), &known);
        assert_eq!(
            form.on_key(KeyEvent::from(KeyCode::Tab), &known),
            FormKey::Stay
        );
        assert_eq!(form.value(Field::Owner), "Ministry of Health");
        assert_eq!(form.form.focus, Field::Deadline);
        // With nothing highlighted, Enter submits.
        assert_eq!(
            form.on_key(KeyEvent::from(KeyCode::Enter), &known),
            FormKey::Submit
        );
    }

    #[test]
    fn a_past_deadline_is_kept_after_a_second_enter_only() {
        let mut form = CommitmentForm::new(anchor());
        form.form.focus = Field::Deadline;
        type_text(&mut form, "2026-01-15", &[]);
        let first = form.draft(today()).unwrap();
        assert!(!first.past_deadline_confirmed);
        form.refused(&OpError::PastDeadline(first.deadline));
        assert!(form.form.error.as_ref().unwrap().1.contains("Enter again"));
        assert!(form.draft(today()).unwrap().past_deadline_confirmed);
        // Changing the date withdraws the confirmation.
        form.on_key(KeyEvent::from(KeyCode::Backspace), &[]);
        type_text(&mut form, "4", &[]);
        assert!(!form.draft(today()).unwrap().past_deadline_confirmed);
    }

    #[test]
    fn a_refusal_is_shown_beside_its_field_by_its_kind_not_its_words() {
        let mut form = CommitmentForm::new(anchor());
        form.refused(&OpError::Empty {
            field: crate::domain::Field::Owner,
            hint: "who will do it",
        });
        assert_eq!(form.form.focus, Field::Owner);
        assert_eq!(form.form.error.as_ref().unwrap().0, Some(Field::Owner));
    }

    #[test]
    fn an_untouched_edit_form_has_nothing_to_lose() {
        let c: Commitment = serde_json::from_value(serde_json::json!({
            "id": "C1", "what": "x", "owner": "y", "deadline": "2027-01-01",
            "anchor": {"item": 0}, "status": "open", "created_at": "2026-11-23T09:00:00Z",
            "created_by": {"name": "a"}
        }))
        .unwrap();
        let mut form = CommitmentForm::edit(&c);
        assert!(!form.has_changes());
        type_text(&mut form, "!", &[]);
        assert!(form.has_changes());
    }
}

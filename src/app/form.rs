//! The commitment and note forms: typed text, focus, and the error beside a field.
//!
//! A form never discards what was typed: a refused save keeps it open with the
//! reason next to the field, and closing with text in it asks first.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

use crate::domain::deadline::{DeadlineError, parse_deadline};
use crate::domain::{Anchor, Commitment, CommitmentDraft, OpError};

/// The fields of the commitment form, in Tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    What,
    Owner,
    Deadline,
}

impl Field {
    fn next(self) -> Field {
        match self {
            Field::What => Field::Owner,
            Field::Owner => Field::Deadline,
            Field::Deadline => Field::What,
        }
    }
    fn prev(self) -> Field {
        self.next().next()
    }
    /// The label printed beside the field.
    pub fn label(self) -> &'static str {
        match self {
            Field::What => "Action",
            Field::Owner => "Owner",
            Field::Deadline => "Deadline",
        }
    }
}

/// What a key did to a form.
#[derive(Debug, PartialEq, Eq)]
pub enum FormKey {
    /// Handled inside the form.
    Stay,
    /// The person asked to save.
    Submit,
    /// The person asked to close.
    Cancel,
}

fn text_input(placeholder: &str, wrap: bool) -> TextArea<'static> {
    let mut t = TextArea::default();
    t.set_placeholder_text(placeholder);
    t.set_cursor_line_style(Style::default());
    if wrap {
        t.set_wrap_mode(WrapMode::WordOrGlyph);
    }
    t
}

fn single_line(text: &TextArea<'_>) -> String {
    text.lines().join(" ")
}

/// Keys every text field takes from the textarea, except those the form itself uses.
fn edit_text(area: &mut TextArea<'static>, key: KeyEvent) {
    // Enter never inserts a line break: it saves. Ctrl-M is the same key to terminals.
    let ctrl_m = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('m');
    if key.code != KeyCode::Enter && !ctrl_m {
        area.input(key);
    }
}

/// Adding or editing a commitment.
pub struct CommitmentForm {
    pub what: TextArea<'static>,
    pub owner: TextArea<'static>,
    pub deadline: TextArea<'static>,
    pub focus: Field,
    /// The refusal to show, beside a field or (with `None`) above the form.
    pub error: Option<(Option<Field>, String)>,
    /// The commitment being edited and the revision the edit started from.
    pub editing: Option<(String, u32)>,
    pub anchor: Anchor,
    /// A past deadline the person has been warned about once; Enter again keeps it.
    pub past_confirmed: Option<NaiveDate>,
    /// The owner suggestion highlighted with ↑/↓.
    pub picked: Option<usize>,
    original: [String; 3],
}

impl CommitmentForm {
    /// An empty form for a new commitment.
    pub fn new(anchor: Anchor) -> Self {
        CommitmentForm {
            what: text_input("what will be done, concretely", true),
            owner: text_input("who: a person, ministry or organisation", false),
            deadline: text_input("by when: 2027-03-31, +2w, in 3 months, end of june", false),
            focus: Field::What,
            error: None,
            editing: None,
            anchor,
            past_confirmed: None,
            picked: None,
            original: Default::default(),
        }
    }

    /// A form filled with an existing commitment.
    pub fn edit(c: &Commitment) -> Self {
        let mut form = CommitmentForm::new(c.anchor);
        form.what.insert_str(&c.what);
        form.owner.insert_str(&c.owner);
        form.deadline.insert_str(c.deadline.to_string());
        form.editing = Some((c.id.clone(), c.revision));
        form.original = [c.what.clone(), c.owner.clone(), c.deadline.to_string()];
        form
    }

    /// The text of one field, on one line.
    pub fn value(&self, field: Field) -> String {
        single_line(self.area(field))
    }

    /// The text area behind a field.
    pub fn area(&self, field: Field) -> &TextArea<'static> {
        match field {
            Field::What => &self.what,
            Field::Owner => &self.owner,
            Field::Deadline => &self.deadline,
        }
    }

    fn area_mut(&mut self, field: Field) -> &mut TextArea<'static> {
        match field {
            Field::What => &mut self.what,
            Field::Owner => &mut self.owner,
            Field::Deadline => &mut self.deadline,
        }
    }

    /// Whether closing now would lose typed text.
    pub fn has_changes(&self) -> bool {
        [Field::What, Field::Owner, Field::Deadline]
            .iter()
            .zip(&self.original)
            .any(|(f, orig)| self.value(*f).trim() != orig.trim())
    }

    /// The deadline as understood so far, shown live under the field.
    pub fn resolved_deadline(&self, today: NaiveDate) -> Result<NaiveDate, DeadlineError> {
        parse_deadline(&self.value(Field::Deadline), today)
    }

    /// Owner suggestions matching what is typed (at most five), best first.
    pub fn owner_matches<'a>(&self, known: &'a [String]) -> Vec<&'a str> {
        let typed = self.value(Field::Owner).trim().to_lowercase();
        if typed.is_empty() || self.focus != Field::Owner {
            return Vec::new();
        }
        let mut starts: Vec<&str> = Vec::new();
        let mut contains: Vec<&str> = Vec::new();
        for k in known {
            let lower = k.to_lowercase();
            if lower == typed {
                continue;
            }
            if lower.starts_with(&typed) {
                starts.push(k);
            } else if lower.contains(&typed) {
                contains.push(k);
            }
        }
        starts.extend(contains);
        starts.truncate(5);
        starts
    }

    /// Handles a key; `known` are the owner suggestions.
    pub fn on_key(&mut self, key: KeyEvent, known: &[String]) -> FormKey {
        let matches = self.owner_matches(known);
        match key.code {
            KeyCode::Esc => return FormKey::Cancel,
            KeyCode::Tab => self.move_focus(self.focus.next()),
            KeyCode::BackTab => self.move_focus(self.focus.prev()),
            KeyCode::Down if !matches.is_empty() => {
                self.picked = Some(self.picked.map_or(0, |p| (p + 1) % matches.len()));
            }
            KeyCode::Up if !matches.is_empty() => {
                self.picked = Some(self.picked.map_or(matches.len() - 1, |p| {
                    (p + matches.len() - 1) % matches.len()
                }));
            }
            KeyCode::Enter => {
                if let Some(choice) = self.picked.and_then(|p| matches.get(p)) {
                    let choice = choice.to_string();
                    self.owner = text_input("", false);
                    self.owner.insert_str(choice);
                    self.picked = None;
                    return FormKey::Stay;
                }
                return FormKey::Submit;
            }
            _ => {
                let focus = self.focus;
                edit_text(self.area_mut(focus), key);
                self.picked = None;
                if focus == Field::Deadline {
                    self.past_confirmed = None;
                }
            }
        }
        FormKey::Stay
    }

    fn move_focus(&mut self, to: Field) {
        self.focus = to;
        self.picked = None;
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
                self.show_error(Some(Field::Deadline), e.to_string());
                None
            }
        }
    }

    /// Shows why a save was refused, next to the field it concerns, and focuses it.
    pub fn refused(&mut self, error: &OpError) {
        let field = match error {
            OpError::Empty {
                field: "the action",
                ..
            }
            | OpError::TooLong {
                field: "the action",
                ..
            } => Some(Field::What),
            OpError::Empty {
                field: "the owner", ..
            }
            | OpError::TooLong {
                field: "the owner", ..
            } => Some(Field::Owner),
            OpError::PastDeadline(date) => {
                self.past_confirmed = Some(*date);
                self.show_error(
                    Some(Field::Deadline),
                    format!(
                        "{} is in the past: Enter again to keep it, or change it",
                        date.format("%-d %b %Y")
                    ),
                );
                return;
            }
            _ => None,
        };
        self.show_error(field, error.to_string());
    }

    fn show_error(&mut self, field: Option<Field>, message: String) {
        if let Some(f) = field {
            self.focus = f;
        }
        self.error = Some((field, message));
    }
}

/// Writing a note for the current item or group.
pub struct NoteForm {
    pub text: TextArea<'static>,
    pub anchor: Anchor,
    pub error: Option<String>,
}

impl NoteForm {
    /// An empty note anchored where the session is now.
    pub fn new(anchor: Anchor) -> Self {
        NoteForm {
            text: text_input("what was said, decided or asked", true),
            anchor,
            error: None,
        }
    }

    /// The note's text.
    pub fn value(&self) -> String {
        self.text.lines().join("\n")
    }

    /// Whether closing would lose typed text.
    pub fn has_changes(&self) -> bool {
        !self.value().trim().is_empty()
    }

    /// Handles a key in the note form.
    pub fn on_key(&mut self, key: KeyEvent) -> FormKey {
        match key.code {
            KeyCode::Esc => FormKey::Cancel,
            KeyCode::Enter => FormKey::Submit,
            KeyCode::Tab | KeyCode::BackTab => FormKey::Stay,
            _ => {
                edit_text(&mut self.text, key);
                FormKey::Stay
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn type_text(form: &mut CommitmentForm, text: &str) {
        for c in text.chars() {
            form.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), &[]);
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn an_unreadable_deadline_keeps_every_field_and_points_at_the_deadline() {
        let mut form = CommitmentForm::new(Anchor {
            item: 0,
            group: None,
        });
        type_text(&mut form, "Brief the budget committee");
        form.on_key(KeyEvent::from(KeyCode::Tab), &[]);
        type_text(&mut form, "Parliament");
        form.on_key(KeyEvent::from(KeyCode::Tab), &[]);
        type_text(&mut form, "sometime soon");
        assert!(form.draft(today()).is_none());
        assert_eq!(form.focus, Field::Deadline);
        assert!(form.error.as_ref().unwrap().1.contains("sometime soon"));
        assert_eq!(form.value(Field::What), "Brief the budget committee");
        assert_eq!(form.value(Field::Owner), "Parliament");
        assert_eq!(form.value(Field::Deadline), "sometime soon");
    }

    #[test]
    fn owner_suggestions_complete_from_what_is_typed() {
        let known = vec![
            "Ministry of Finance".to_string(),
            "Ministry of Health".to_string(),
            "UN system".to_string(),
        ];
        let mut form = CommitmentForm::new(Anchor {
            item: 0,
            group: None,
        });
        form.on_key(KeyEvent::from(KeyCode::Tab), &known);
        type_text(&mut form, "min");
        assert_eq!(
            form.owner_matches(&known),
            vec!["Ministry of Finance", "Ministry of Health"]
        );
        form.on_key(KeyEvent::from(KeyCode::Down), &known);
        form.on_key(KeyEvent::from(KeyCode::Down), &known);
        assert_eq!(
            form.on_key(KeyEvent::from(KeyCode::Enter), &known),
            FormKey::Stay
        );
        assert_eq!(form.value(Field::Owner), "Ministry of Health");
        // With nothing highlighted, Enter submits.
        assert_eq!(
            form.on_key(KeyEvent::from(KeyCode::Enter), &known),
            FormKey::Submit
        );
    }

    #[test]
    fn a_past_deadline_is_kept_after_a_second_enter_only() {
        let mut form = CommitmentForm::new(Anchor {
            item: 0,
            group: None,
        });
        form.focus = Field::Deadline;
        type_text(&mut form, "2026-01-15");
        let first = form.draft(today()).unwrap();
        assert!(!first.past_deadline_confirmed);
        form.refused(&OpError::PastDeadline(first.deadline));
        assert!(form.error.as_ref().unwrap().1.contains("Enter again"));
        assert!(form.draft(today()).unwrap().past_deadline_confirmed);
        // Changing the date withdraws the confirmation.
        form.on_key(KeyEvent::from(KeyCode::Backspace), &[]);
        type_text(&mut form, "4");
        assert!(!form.draft(today()).unwrap().past_deadline_confirmed);
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
        type_text(&mut form, "!");
        assert!(form.has_changes());
    }
}

//! The owners suggested under a commitment form's owner field (console, note-taker): what
//! is typed matched without accents or case (`crate::domain::fold`), the first match
//! highlighted, Tab and Enter taking it, Esc closing the list (issue 12, item 4).

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::keymap::{Binding, Key, Keymap};
use crate::msg;

/// How many owners the list shows at most.
const SHOWN: usize = 5;

/// The owner suggestions' keys, while suggestions are shown under the owner field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Next,
    Previous,
    /// Take the highlighted suggestion and go on to the deadline.
    Take,
    /// Close the list, keeping the owner as typed.
    Close,
}

/// Where the suggestion keys apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suggesting {
    Owners,
}

/// The suggestion keys, shown in help beside the form's own. While the list is open they
/// come before the form's: Tab and Enter take the highlighted owner (the first one unless
/// ↑/↓ moved the highlight), Esc closes the list and keeps the form (issue 12, item 4).
pub const SUGGESTION_KEYS: Keymap<Pick, Suggesting> = Keymap(&[
    Binding {
        keys: &[Key::code(KeyCode::Up)],
        action: Pick::Previous,
        scope: Suggesting::Owners,
        label: "↑",
        help: msg!("help-owners-previous"),
        footer: Some(msg!("footer-pick")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Down)],
        action: Pick::Next,
        scope: Suggesting::Owners,
        label: "↓",
        help: msg!("help-owners-next"),
        footer: Some(msg!("footer-pick")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Tab), Key::code(KeyCode::Enter)],
        action: Pick::Take,
        scope: Suggesting::Owners,
        label: "Tab Enter",
        help: msg!("help-owners-take"),
        footer: Some(msg!("footer-take-owner")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Esc)],
        action: Pick::Close,
        scope: Suggesting::Owners,
        label: "Esc",
        help: msg!("help-owners-keep"),
        footer: Some(msg!("footer-keep-as-typed")),
    },
]);

/// What a suggestion key did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// The highlight moved.
    Moved,
    /// This owner was taken, as it is known (accents and all).
    Took(String),
    /// The list closed; the owner stays as typed.
    Closed,
}

/// The list's state: open or not, and which entry is highlighted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Suggestions {
    /// The owner ↑/↓ moved the highlight to; none: the first match. Kept by name, not by
    /// place, so an owner someone else records meanwhile (the list is the session's, and
    /// grows live) never moves the highlight to another name (issue 14, item 9).
    picked: Option<String>,
    /// Open once the owner is typed in; closed by Esc, by taking one or by leaving the
    /// field. An owner filled in for an edit is never replaced by one nobody asked for.
    open: bool,
}

impl Suggestions {
    /// The known owners matching `typed`, best first; none while the list is closed.
    pub fn matches<'a>(&self, typed: &str, known: &'a [String]) -> Vec<&'a str> {
        if !self.open {
            return Vec::new();
        }
        crate::domain::fold::suggestions(typed, known, SHOWN)
    }

    /// Which of `matches` is highlighted, if any are shown.
    pub fn highlighted(&self, matches: &[&str]) -> Option<usize> {
        if matches.is_empty() {
            return None;
        }
        let picked = self.picked.as_deref();
        Some(
            picked
                .and_then(|p| matches.iter().position(|m| *m == p))
                .unwrap_or(0),
        )
    }

    /// The owner was typed in: the list opens again, from its best match.
    pub fn typed(&mut self) {
        self.open = true;
        self.picked = None;
    }

    /// The list closes until the owner is typed in again.
    pub fn close(&mut self) {
        self.open = false;
    }

    /// A key while `matches` are shown; `None` when it is not a suggestion key (or
    /// nothing is shown), for the form to handle.
    pub fn on_key(&mut self, key: &KeyEvent, matches: &[&str]) -> Option<Picked> {
        let at = self.highlighted(matches)?;
        let n = matches.len();
        match SUGGESTION_KEYS.resolve(&[Suggesting::Owners], key)? {
            Pick::Next => self.picked = Some(matches[(at + 1) % n].to_string()),
            Pick::Previous => self.picked = Some(matches[(at + n - 1) % n].to_string()),
            Pick::Take => {
                self.close();
                return Some(Picked::Took(matches[at].to_string()));
            }
            Pick::Close => {
                self.close();
                return Some(Picked::Closed);
            }
        }
        Some(Picked::Moved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::{CommitmentForm, Field, FormKey};
    use crate::domain::{Anchor, OpError};
    use chrono::NaiveDate;

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

    fn peer_learning_owners() -> Vec<String> {
        ["Nguyễn Thị Hương", "Hélène Dubois", "张丽", "Zhang Wei"]
            .map(String::from)
            .to_vec()
    }

    // Issue 12, item 4: `Hél`, Tab, a deadline, Enter saved the owner "Hél"; `helene`,
    // `nguyen` and `zhang` suggested nothing.
    #[test]
    fn tab_and_enter_take_the_highlighted_owner_typed_without_accents() {
        let known = peer_learning_owners();
        for (typed, key, owner) in [
            ("Hél", KeyCode::Tab, "Hélène Dubois"),
            ("helene", KeyCode::Enter, "Hélène Dubois"),
            ("nguyen", KeyCode::Tab, "Nguyễn Thị Hương"),
            ("zhang", KeyCode::Enter, "Zhang Wei"),
        ] {
            let mut form = CommitmentForm::new(anchor());
            type_text(&mut form, "Publier le rapport", &known);
            form.on_key(KeyEvent::from(KeyCode::Tab), &known);
            type_text(&mut form, typed, &known);
            assert_eq!(form.on_key(KeyEvent::from(key), &known), FormKey::Stay);
            assert_eq!(form.value(Field::Owner), owner, "{typed}");
            assert_eq!(form.form.focus, Field::Deadline, "{typed}");
            type_text(&mut form, "+2w", &known);
            assert_eq!(
                form.on_key(KeyEvent::from(KeyCode::Enter), &known),
                FormKey::Submit
            );
            assert_eq!(form.draft(today()).unwrap().owner, owner);
        }
    }

    // Issue 12, item 4: Esc closes the list, keeps the form and the owner as typed; typing
    // in the owner opens the list again.
    #[test]
    fn esc_closes_the_suggestions_and_keeps_the_form() {
        let known = peer_learning_owners();
        let mut form = CommitmentForm::new(anchor());
        form.on_key(KeyEvent::from(KeyCode::Tab), &known);
        type_text(&mut form, "Zhang", &known);
        assert_eq!(form.owner_matches(&known), ["Zhang Wei"]);
        assert_eq!(
            form.on_key(KeyEvent::from(KeyCode::Esc), &known),
            FormKey::Stay
        );
        assert!(!form.form.discarding);
        assert!(form.owner_matches(&known).is_empty());
        form.on_key(KeyEvent::from(KeyCode::Tab), &known);
        assert_eq!(form.value(Field::Owner), "Zhang");
        assert_eq!(form.form.focus, Field::Deadline);
        form.on_key(KeyEvent::from(KeyCode::BackTab), &known);
        type_text(&mut form, " ", &known);
        assert_eq!(form.owner_matches(&known), ["Zhang Wei"]);
        // With the list closed, Esc is the form's again: it asks before discarding.
        form.on_key(KeyEvent::from(KeyCode::Esc), &known);
        assert_eq!(
            form.on_key(KeyEvent::from(KeyCode::Esc), &known),
            FormKey::Stay
        );
        assert!(form.form.discarding);
    }

    // Issue 14, item 9: Tab after ↓ took another owner than the one highlighted when an
    // owner recorded meanwhile (by another note-taker, live) joined the matches above it:
    // the highlight was a place in the list, not a name.
    #[test]
    fn item_9_tab_after_down_takes_the_highlighted_owner_while_the_list_grows() {
        let mut known = peer_learning_owners();
        known.extend(["Trần Văn Minh".into(), "Amadou Traoré".into()]);
        let mut form = CommitmentForm::new(anchor());
        type_text(&mut form, "Brief the committee", &known);
        form.on_key(KeyEvent::from(KeyCode::Tab), &known);
        type_text(&mut form, "tr", &known);
        form.on_key(KeyEvent::from(KeyCode::Down), &known);
        let matches = form.owner_matches(&known);
        let highlighted = matches[form.highlighted(&matches).unwrap()].to_string();
        assert_eq!(highlighted, "Amadou Traoré");
        // Someone records a commitment owned by "Trường Đại học Kinh tế" meanwhile.
        known.insert(0, "Trường Đại học Kinh tế".into());
        let matches = form.owner_matches(&known);
        assert_eq!(matches[form.highlighted(&matches).unwrap()], highlighted);
        form.on_key(KeyEvent::from(KeyCode::Tab), &known);
        assert_eq!(form.value(Field::Owner), "Amadou Traoré");
        assert_eq!(form.form.focus, Field::Deadline);
    }

    #[test]
    fn tabbing_through_an_edit_never_replaces_its_owner() {
        let known = vec!["Parliament budget committee".to_string()];
        let mut form =
            CommitmentForm::filled(anchor(), ["Brief", "Parliament", "2027-01-01"], None, true);
        form.on_key(KeyEvent::from(KeyCode::Tab), &known);
        assert!(form.owner_matches(&known).is_empty());
        form.on_key(KeyEvent::from(KeyCode::Tab), &known);
        assert_eq!(form.value(Field::Owner), "Parliament");
        assert_eq!(form.form.focus, Field::Deadline);
    }

    // Issue 12, item 10: the refusal beside a field goes as soon as that field changes, by
    // a key or by taking a suggestion. A field marked wrong before saving keeps its mark,
    // with the reason for what it holds now, until it is valid (issue 11, finding 9).
    #[test]
    fn a_refusal_goes_once_its_field_changes() {
        let known = peer_learning_owners();
        let mut form = CommitmentForm::new(anchor());
        form.form.fill(
            &[
                (Field::What, "Map the committees"),
                (Field::Owner, "Hélène"),
            ],
            false,
        );
        form.form.focus = Field::Deadline;
        type_text(&mut form, "sometime soon", &known);
        assert!(form.draft(today()).is_none());
        form.on_key(KeyEvent::from(KeyCode::Backspace), &known);
        assert!(form.form.error().unwrap().1.contains("sometime soo"));
        for _ in 0.."sometime so".len() {
            form.on_key(KeyEvent::from(KeyCode::Backspace), &known);
        }
        type_text(&mut form, "+2w", &known);
        assert!(form.form.error().is_none());
        form.form.fill(&[(Field::Owner, "")], false);
        form.refused(&OpError::Empty {
            field: crate::domain::Field::Owner,
            hint: "who will do it",
        });
        type_text(&mut form, "hel", &known);
        assert!(form.form.error().is_none());
        form.refused(&OpError::Empty {
            field: crate::domain::Field::Owner,
            hint: "who will do it",
        });
        form.on_key(KeyEvent::from(KeyCode::Tab), &known);
        assert_eq!(form.value(Field::Owner), "Hélène Dubois");
        assert!(form.form.error().is_none());
    }
}

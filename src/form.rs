//! The one form kit: fields with typed ids, a focus, a refusal tied to a field id, one way
//! to fill a form (from a record, a draft or a refused operation), and one discard policy:
//! Esc on a form holding typed text asks before anything is thrown away.
//!
//! Every form in plenary (a commitment, a note, a follow-up) is a `Form` with its own field
//! ids; the keys are `KEYMAP`, shown in every help overlay.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

mod keys;
mod letters;
mod merge;
mod refusals;

use crate::i18n::keys::choice_word;
pub use keys::{Action, KEYMAP, Scope};
pub use letters::letter_hint;
use letters::{first_letter, not_text, not_text_head, shown_choices};
use merge::Merge;
use refusals::Refusal;

/// A field's ids: a small `Copy` enum per form.
pub trait FieldId: Copy + Eq + std::fmt::Debug + 'static {}

impl<T: Copy + Eq + std::fmt::Debug + 'static> FieldId for T {}

/// What a field holds.
pub enum Entry {
    Text {
        area: Box<TextArea<'static>>,
        /// Notes span lines; every other field is one line.
        multi_line: bool,
    },
    Choice {
        options: &'static [&'static str],
        index: usize,
    },
}

impl Entry {
    /// An empty text field with a hint shown until something is typed.
    pub fn text(placeholder: &str, multi_line: bool) -> Entry {
        let mut area = TextArea::default();
        area.set_placeholder_text(placeholder);
        area.set_cursor_line_style(Style::default());
        if multi_line {
            area.set_wrap_mode(WrapMode::WordOrGlyph);
        }
        Entry::Text {
            area: Box::new(area),
            multi_line,
        }
    }

    /// One of `options`, the first chosen.
    pub fn choice(options: &'static [&'static str]) -> Entry {
        Entry::Choice { options, index: 0 }
    }

    fn value(&self) -> String {
        match self {
            Entry::Text {
                area,
                multi_line: true,
            } => area.lines().join("\n"),
            Entry::Text { area, .. } => area.lines().join(" "),
            Entry::Choice { options, index } => options.get(*index).copied().unwrap_or("").into(),
        }
    }
}

/// What a key did to a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKey {
    /// Handled inside the form.
    Stay,
    /// The person asked to save.
    Submit,
    /// The form is to close: nothing typed, or the person chose to discard it.
    Close,
    /// The person asked to leave the program, and nothing typed is lost or they said to
    /// throw it away (the kit asked).
    Quit,
}

/// A form: its fields in Tab order, the one in focus, the refusals beside its fields.
pub struct Form<F: FieldId> {
    fields: Vec<(F, Entry)>,
    pub focus: F,
    /// Why the last save was refused: every wrong field at once, in Tab order.
    errors: Vec<Refusal<F>>,
    /// "Discard what you typed?" is asked.
    pub discarding: bool,
    /// The discard question is about quitting the program (Ctrl-C), not closing the form.
    pub quitting: bool,
    /// Enter applies the form to something saved later (the agenda editor's file, written
    /// by w): its hint says "apply", not "save" (nc17b #6).
    pub enter_applies: bool,
    original: Vec<String>,
    /// After an edit conflict: who changed the record, and per field their text and the
    /// text this form held then (issue 14, item 4).
    merge: Option<Merge<F>>,
    /// The choice before the letters typed just now picked others: put back when they turn
    /// out to be a word typed into the wrong field (nc13b #8).
    run_from: Option<usize>,
}

impl<F: FieldId> Form<F> {
    /// A form with these fields, in Tab order; the first has the focus.
    pub fn new(fields: Vec<(F, Entry)>) -> Form<F> {
        let focus = fields[0].0;
        let original = fields.iter().map(|(_, e)| e.value()).collect();
        Form {
            fields,
            focus,
            errors: Vec::new(),
            discarding: false,
            quitting: false,
            enter_applies: false,
            original,
            merge: None,
            run_from: None,
        }
    }

    fn entry(&self, field: F) -> Option<&Entry> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }

    fn entry_mut(&mut self, field: F) -> Option<&mut Entry> {
        self.fields
            .iter_mut()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }

    /// A field's text (one line unless it spans lines), or its choice.
    pub fn value(&self, field: F) -> String {
        self.entry(field).map_or_else(String::new, Entry::value)
    }

    /// A text field's editor, for drawing it.
    pub fn area(&self, field: F) -> Option<&TextArea<'static>> {
        match self.entry(field)? {
            Entry::Text { area, .. } => Some(area),
            Entry::Choice { .. } => None,
        }
    }

    /// A choice field's options and the one chosen.
    pub fn choice(&self, field: F) -> Option<(&'static [&'static str], usize)> {
        match self.entry(field)? {
            Entry::Choice { options, index } => Some((options, *index)),
            Entry::Text { .. } => None,
        }
    }

    /// Chooses an option of a choice field.
    pub fn choose(&mut self, field: F, index: usize) {
        if let Some(Entry::Choice { options, index: i }) = self.entry_mut(field) {
            *i = index.min(options.len().saturating_sub(1));
        }
    }

    /// Fills fields with text: the one way a form is filled, from a record being edited, a
    /// draft kept across a restart, or an operation the host refused. What is filled counts
    /// as typed (closing asks) unless `as_original`.
    pub fn fill(&mut self, values: &[(F, &str)], as_original: bool) {
        for (field, text) in values {
            if let Some(Entry::Text { area, .. }) = self.entry_mut(*field) {
                area.select_all();
                area.cut();
                area.insert_str(*text);
            }
        }
        if as_original {
            self.original = self.fields.iter().map(|(_, e)| e.value()).collect();
        }
    }

    /// Puts `text` in a field as if typed (an owner taken from the suggestions): a refusal
    /// beside that field goes, as it does when a key changes it.
    pub fn set(&mut self, field: F, text: &str) {
        self.fill(&[(field, text)], false);
        self.changed(field);
    }

    /// A field's content changed: a refusal beside it no longer describes what it holds
    /// (issue 12, item 10), so it goes, and the field's live hints (a deadline's preview)
    /// show again.
    fn changed(&mut self, field: F) {
        self.errors
            .retain(|r| r.until_valid || !r.about.contains(&field));
    }

    /// Letters typed into the choice in focus that are a word, not picks: the choice goes
    /// back to where the letters began, and which letters pick what is said.
    fn stray_letters(&mut self) -> Option<F> {
        let focus = self.focus;
        let from = self.run_from.take();
        let Some(Entry::Choice { options, index }) = self.entry_mut(focus) else {
            return None;
        };
        let options: Vec<String> = options.iter().map(|o| choice_word(o)).collect();
        let put_back = from.is_some_and(|f| f != *index);
        if let Some(f) = from {
            *index = f;
        }
        if put_back {
            self.changed(focus);
        }
        self.refuse(Some(focus), not_text(&options));
        put_back.then_some(focus)
    }

    /// Whether letters were typed into the choice in focus that start no option: the rest
    /// of what is typed is ignored until ← or → (nc13b #8).
    fn stray_typing(&self) -> bool {
        self.errors
            .iter()
            .any(|r| r.field == Some(self.focus) && r.message.starts_with(&not_text_head()))
    }

    /// Whether closing now would lose typed text.
    pub fn has_changes(&self) -> bool {
        self.fields
            .iter()
            .zip(&self.original)
            .any(|((_, e), orig)| e.value().trim() != orig.trim())
    }

    /// Shows why a save was refused beside `field` (or above the form) and focuses it.
    pub fn refuse(&mut self, field: Option<F>, message: impl Into<String>) {
        self.refuse_about(field, &[], message);
    }

    /// As `refuse`, for a refusal also about `also`: a change to any of them withdraws it.
    pub fn refuse_about(&mut self, field: Option<F>, also: &[F], message: impl Into<String>) {
        if let Some(f) = field {
            self.focus = f;
        }
        self.errors = vec![Refusal {
            field,
            message: message.into(),
            about: field.into_iter().chain(also.iter().copied()).collect(),
            until_valid: false,
        }];
    }

    /// The scopes of the keys that apply now.
    pub fn scopes(&self) -> Vec<Scope> {
        if self.discarding {
            return vec![Scope::Discard];
        }
        let mut scopes = match self.entry(self.focus) {
            Some(Entry::Choice { .. }) => vec![Scope::Choice, Scope::Form],
            _ => vec![Scope::Form],
        };
        if self.other_version(self.focus).is_some() {
            scopes.insert(0, Scope::Merge);
        }
        if self.fields.len() > 1 {
            scopes.push(Scope::Fields);
        }
        scopes
    }

    fn move_focus(&mut self, steps: usize) {
        let n = self.fields.len();
        let i = self
            .fields
            .iter()
            .position(|(f, _)| *f == self.focus)
            .unwrap_or(0);
        self.focus = self.fields[(i + steps) % n].0;
    }

    /// Handles a key: moves the focus, edits the field in focus, asks before discarding.
    /// Returns what the key did, and the field whose content it changed, if any.
    pub fn on_key(&mut self, key: KeyEvent) -> (FormKey, Option<F>) {
        let letter = match key.code {
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Some(c),
            _ => None,
        };
        // A space straight after letters that picked: a word was being typed (nc13b #8).
        if letter == Some(' ') && self.run_from.is_some() {
            return (FormKey::Stay, self.stray_letters());
        }
        if letter.is_none() {
            self.run_from = None;
        }
        // nc16 #9: the discard question takes the language's yes key too (o, s), as y.
        let action = if self.discarding && crate::i18n::keys::is_yes(&key) {
            Some(Action::Discard)
        } else {
            KEYMAP.resolve(&self.scopes(), &key)
        };
        match action {
            Some(Action::Next) => self.move_focus(1),
            Some(Action::Previous) => self.move_focus(self.fields.len() - 1),
            Some(Action::Save) => return (FormKey::Submit, None),
            Some(Action::Cancel) if self.has_changes() => self.discarding = true,
            Some(Action::Cancel) => return (FormKey::Close, None),
            Some(Action::Quit) if self.discarding || !self.has_changes() => {
                return (FormKey::Quit, None);
            }
            Some(Action::Quit) => {
                self.discarding = true;
                self.quitting = true;
            }
            Some(Action::Discard) if self.quitting => return (FormKey::Quit, None),
            Some(Action::Discard) => return (FormKey::Close, None),
            Some(Action::Keep) => {
                self.discarding = false;
                self.quitting = false;
            }
            Some(Action::TakeTheirs) => {
                self.take_theirs();
                return (FormKey::Stay, Some(self.focus));
            }
            // Ctrl-U empties the field, as in a shell (the text area's own Ctrl-U undid the
            // last change instead: "12h" became "1212:00" for a newcomer).
            Some(Action::ClearField) => {
                let focus = self.focus;
                if let Some(Entry::Text { area, .. }) = self.entry_mut(focus) {
                    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
                    area.move_cursor(ratatui_textarea::CursorMove::End);
                    while area.delete_line_by_head() || area.delete_newline() {}
                    self.changed(focus);
                    return (FormKey::Stay, Some(focus));
                }
            }
            // nc13b #8: a space typed after stray letters is part of the text, not a choice.
            Some(Action::ChoiceNext) if key.code == KeyCode::Char(' ') && self.stray_typing() => {}
            Some(a @ (Action::ChoiceNext | Action::ChoicePrevious)) => {
                if let Some(Entry::Choice { options, index }) = self.entry_mut(self.focus) {
                    let n = options.len().max(1);
                    *index = if a == Action::ChoiceNext {
                        (*index + 1) % n
                    } else {
                        (*index + n - 1) % n
                    };
                }
                self.changed(self.focus);
                return (FormKey::Stay, Some(self.focus));
            }
            None if self.discarding => {}
            // Tab in a one-field form moves nowhere, and never types a tab.
            None if matches!(key.code, KeyCode::Tab | KeyCode::BackTab) => {}
            None => return (FormKey::Stay, self.edit(key)),
        }
        (FormKey::Stay, None)
    }

    /// Gives a key to the field in focus; returns it if its content changed.
    fn edit(&mut self, key: KeyEvent) -> Option<F> {
        let focus = self.focus;
        let stray = self.stray_typing();
        let mut run_from = self.run_from;
        let changed = match self.entry_mut(focus)? {
            Entry::Text { area, .. } => {
                // Enter never inserts a line break: it saves. Ctrl-M is Enter to terminals.
                let ctrl_m =
                    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('m');
                !ctrl_m && area.input(key)
            }
            // nc13b #8: text typed into a choice ("Tour de table") silently picked the option
            // of each letter in turn; a letter that starts no option puts back the choice
            // the letters began on and says which letters pick what; letters are then
            // ignored until ← or →.
            Entry::Choice { options, index } => match key.code {
                KeyCode::Char(_) if stray => false,
                // Issue 16: the letters of the words shown, in the language in force.
                KeyCode::Char(c) => match first_letter(&shown_choices(options), *index, c) {
                    Some(i) => {
                        run_from = Some(run_from.unwrap_or(*index));
                        *index = i;
                        true
                    }
                    None => return self.stray_letters(),
                },
                _ => false,
            },
        };
        self.run_from = run_from;
        if !changed {
            return None;
        }
        self.changed(focus);
        Some(focus)
    }
}

#[cfg(test)]
mod tests;

//! The keys of every form, as data: the help overlays, the footers and the README's forms
//! table read this one table.

use ratatui::crossterm::event::KeyCode;

use crate::keymap::{Binding, Key, Keymap};

/// What a key means in a form (text keys go to the field in focus).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Next,
    Previous,
    Save,
    Cancel,
    /// In a list of choices: the next or previous one.
    ChoiceNext,
    ChoicePrevious,
    /// In the discard question.
    Discard,
    Keep,
    /// Leave the program: asks first when typed text would be lost (issue 11, finding 1).
    Quit,
    /// After an edit conflict: the field in focus takes the other person's text, or
    /// (pressed again) the person's own back (issue 14, item 4).
    TakeTheirs,
    /// Empty the text field in focus (Ctrl-U, as in a shell).
    ClearField,
}

/// Where a form key applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Form,
    /// A form of more than one field: moving between them (findings11 item 6: a one-field
    /// form never offers Tab).
    Fields,
    /// A field of choices (a status) has the keyboard.
    Choice,
    /// "Discard what you typed?" is asked.
    Discard,
    /// Someone else changed the record while this form edited it: theirs is shown beside
    /// each field that differs.
    Merge,
}

impl Scope {
    /// Every form scope, in the order help and the README list them.
    pub const ALL: [Scope; 5] = [
        Scope::Form,
        Scope::Fields,
        Scope::Choice,
        Scope::Merge,
        Scope::Discard,
    ];

    /// The heading of the scope's keys in help and the README.
    pub fn title(self) -> &'static str {
        match self {
            Scope::Form => "In a form",
            Scope::Fields => "In a form of several fields",
            Scope::Choice => "On a field of choices",
            Scope::Merge => "After an edit conflict",
            Scope::Discard => "When asked to discard typed text",
        }
    }
}

macro_rules! bind {
    ($scope:ident, $keys:expr, $action:ident, $label:expr, $help:expr, $footer:expr) => {
        Binding {
            keys: $keys,
            action: Action::$action,
            scope: Scope::$scope,
            label: $label,
            help: $help,
            footer: $footer,
        }
    };
}

/// The keys of every form.
pub const KEYMAP: Keymap<Action, Scope> = Keymap(&[
    // First, so a narrow footer keeps it while a conflict is merged.
    bind!(
        Merge,
        &[Key::ctrl('t')],
        TakeTheirs,
        "Ctrl-T",
        "after an edit conflict: this field takes their text, or yours back",
        Some("theirs/yours")
    ),
    bind!(
        Fields,
        &[Key::code(KeyCode::Tab)],
        Next,
        "Tab",
        "next field",
        Some("next field")
    ),
    bind!(
        Fields,
        &[Key::code(KeyCode::BackTab)],
        Previous,
        "Shift-Tab",
        "previous field",
        None
    ),
    bind!(
        Form,
        &[Key::code(KeyCode::Enter)],
        Save,
        "Enter",
        "save",
        Some("save")
    ),
    bind!(
        Form,
        &[Key::code(KeyCode::Esc)],
        Cancel,
        "Esc",
        "cancel (asks if typed text would be lost)",
        Some("cancel")
    ),
    bind!(
        Choice,
        &[Key::code(KeyCode::Right), Key::ch(' ')],
        ChoiceNext,
        "→",
        "next choice (or its first letter)",
        Some("choose")
    ),
    bind!(
        Choice,
        &[Key::code(KeyCode::Left)],
        ChoicePrevious,
        "←",
        "previous choice",
        Some("choose")
    ),
    bind!(
        Form,
        &[Key::ctrl('u')],
        ClearField,
        "Ctrl-U",
        "empty the field, to type it again",
        None
    ),
    bind!(
        Form,
        &[Key::ctrl('c')],
        Quit,
        "Ctrl-C",
        "quit (asks if typed text would be lost)",
        None
    ),
    bind!(
        Discard,
        &[Key::ctrl('c')],
        Quit,
        "Ctrl-C",
        "quit, throwing the typed text away",
        None
    ),
    bind!(
        Discard,
        &[Key::ch('y'), Key::ch('Y')],
        Discard,
        "y",
        "throw the typed text away",
        Some("discard")
    ),
    bind!(
        Discard,
        &[Key::ch('n'), Key::ch('N'), Key::code(KeyCode::Esc)],
        Keep,
        "n",
        "keep typing",
        Some("keep it")
    ),
]);

//! The keys of every form, as data: the help overlays, the footers and the README's forms
//! table read this one table.

use ratatui::crossterm::event::KeyCode;

use crate::i18n::Msg;
use crate::keymap::{Binding, Key, Keymap};
use crate::msg;

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
    pub fn title(self) -> Msg {
        match self {
            Scope::Form => msg!("help-form"),
            Scope::Fields => msg!("help-form-fields"),
            Scope::Choice => msg!("help-form-choice"),
            Scope::Merge => msg!("help-form-merge"),
            Scope::Discard => msg!("help-form-discard"),
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
        msg!("help-form-take-theirs"),
        Some(msg!("footer-theirs-yours"))
    ),
    bind!(
        Fields,
        &[Key::code(KeyCode::Tab)],
        Next,
        "Tab",
        msg!("help-form-next"),
        Some(msg!("footer-next-field"))
    ),
    bind!(
        Fields,
        &[Key::code(KeyCode::BackTab)],
        Previous,
        "Shift-Tab",
        msg!("help-form-previous"),
        None
    ),
    bind!(
        Form,
        &[Key::code(KeyCode::Enter)],
        Save,
        "Enter",
        msg!("help-form-save"),
        Some(msg!("footer-save"))
    ),
    bind!(
        Form,
        &[Key::code(KeyCode::Esc)],
        Cancel,
        "Esc",
        msg!("help-form-cancel"),
        Some(msg!("footer-cancel"))
    ),
    bind!(
        Choice,
        &[Key::code(KeyCode::Right), Key::ch(' ')],
        ChoiceNext,
        "→",
        msg!("help-form-choice-next"),
        Some(msg!("footer-choose"))
    ),
    bind!(
        Choice,
        &[Key::code(KeyCode::Left)],
        ChoicePrevious,
        "←",
        msg!("help-form-choice-previous"),
        Some(msg!("footer-choose"))
    ),
    bind!(
        Form,
        &[Key::ctrl('u')],
        ClearField,
        "Ctrl-U",
        msg!("help-form-clear"),
        None
    ),
    bind!(
        Form,
        &[Key::ctrl('c')],
        Quit,
        "Ctrl-C",
        msg!("help-form-quit"),
        None
    ),
    bind!(
        Discard,
        &[Key::ctrl('c')],
        Quit,
        "Ctrl-C",
        msg!("help-form-quit-discard"),
        None
    ),
    bind!(
        Discard,
        &[Key::ch('y'), Key::ch('Y')],
        Discard,
        "y",
        msg!("help-form-throw-away"),
        Some(msg!("footer-discard"))
    ),
    bind!(
        Discard,
        &[Key::ch('n'), Key::ch('N'), Key::code(KeyCode::Esc)],
        Keep,
        "n",
        msg!("help-form-keep-typing"),
        Some(msg!("footer-keep-it"))
    ),
]);

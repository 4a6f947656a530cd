//! The agenda editor's keys, as data: dispatch, its help overlay, its footer and the
//! README's table all read `KEYMAP`. The plan's keys are the console's plan view's actions
//! (`app::Action`), so the agenda moves, grows and shrinks with the same words and code
//! before the session as during it.

use ratatui::crossterm::event::KeyCode;

use crate::app::Action as PlanAction;
use crate::i18n::Msg;
use crate::keymap::{Binding, Key, Keymap};
use crate::msg;

/// What a key asks of the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// A plan view action, done by the console's own code on the agenda being edited.
    Plan(PlanAction),
    /// Open the selected item, group or participant in its form.
    Open,
    /// Add an item or a group (all its fields), or a participant.
    Add,
    /// Remove the selected participant.
    Remove,
    Up,
    Down,
    /// A page of participants up or down, the first or the last (nc13b #10: a list of 300).
    PageUp,
    PageDown,
    First,
    Last,
    /// The agenda and groups (1), the participants (2).
    ShowPlan,
    ShowPeople,
    /// The session's details: title, date, venue, presenter minutes.
    Details,
    /// Read participants from a spreadsheet (CSV).
    Import,
    Save,
    Help,
    /// Every problem and warning `plenary check` would give, in a list (nc13b #6).
    Problems,
    /// Quit; asks when changes are not saved.
    Quit,
}

/// Where an editor key works, most specific first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Items,
    Groups,
    People,
    Everywhere,
}

impl Scope {
    /// A heading for the help overlay and README.
    pub fn title(self) -> Msg {
        match self {
            Scope::Items => msg!("help-editor-scope-items"),
            Scope::Groups => msg!("help-editor-scope-groups"),
            Scope::People => msg!("help-editor-scope-people"),
            Scope::Everywhere => msg!("help-editor-scope-everywhere"),
        }
    }
}

/// Names offered under a presenter or members field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Next,
    Previous,
    Take,
}

/// Where suggestion keys apply: while names are offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offering {
    Names,
}

macro_rules! bind {
    ($scope:ident, $keys:expr, $action:expr, $label:expr, $help:expr, $footer:expr) => {
        Binding {
            keys: $keys,
            action: $action,
            scope: Scope::$scope,
            label: $label,
            help: $help,
            footer: $footer,
        }
    };
}

const UP: &[Key] = &[Key::code(KeyCode::Up), Key::ch('k')];
const DOWN: &[Key] = &[Key::code(KeyCode::Down), Key::ch('j')];
const OPEN: &[Key] = &[Key::code(KeyCode::Enter)];
const EARLIER: &[Key] = &[Key::ch('<'), Key::ch(',')];
const LATER: &[Key] = &[Key::ch('>'), Key::ch('.')];
const TAB: &[Key] = &[Key::code(KeyCode::Tab)];

/// Every editor key, scope by scope, in the order help and the README list them.
pub const KEYMAP: Keymap<Action, Scope> = Keymap(&[
    bind!(
        Items,
        UP,
        Action::Up,
        "↑",
        msg!("help-plan-items-up"),
        Some(msg!("footer-select"))
    ),
    bind!(
        Items,
        DOWN,
        Action::Down,
        "↓",
        msg!("help-plan-items-down"),
        Some(msg!("footer-select"))
    ),
    bind!(
        Items,
        OPEN,
        Action::Open,
        "Enter",
        msg!("help-editor-item-edit"),
        Some(msg!("footer-edit"))
    ),
    bind!(
        Items,
        &[Key::ch('a')],
        Action::Add,
        "a",
        msg!("help-editor-item-add"),
        Some(msg!("footer-add"))
    ),
    bind!(
        Items,
        &[Key::ch('x'), Key::code(KeyCode::Delete)],
        Action::Plan(PlanAction::TakeOut),
        "x",
        msg!("help-editor-item-take-out"),
        Some(msg!("footer-remove"))
    ),
    bind!(
        Items,
        EARLIER,
        Action::Plan(PlanAction::MoveEarlier),
        "<",
        msg!("help-editor-item-earlier"),
        Some(msg!("footer-move"))
    ),
    bind!(
        Items,
        LATER,
        Action::Plan(PlanAction::MoveLater),
        ">",
        msg!("help-plan-items-move-later"),
        Some(msg!("footer-move"))
    ),
    bind!(
        Items,
        &[Key::ch('+'), Key::ch('=')],
        Action::Plan(PlanAction::Lengthen),
        "+",
        msg!("help-editor-item-longer"),
        Some(msg!("footer-minutes"))
    ),
    bind!(
        Items,
        &[Key::ch('-'), Key::ch('_')],
        Action::Plan(PlanAction::Shorten),
        "-",
        msg!("help-editor-item-shorter"),
        Some(msg!("footer-minutes"))
    ),
    bind!(
        Items,
        TAB,
        Action::Plan(PlanAction::PlanSwitch),
        "Tab",
        msg!("help-editor-to-groups"),
        Some(msg!("footer-groups"))
    ),
    bind!(
        Groups,
        UP,
        Action::Up,
        "↑",
        msg!("help-plan-groups-up"),
        Some(msg!("footer-select"))
    ),
    bind!(
        Groups,
        DOWN,
        Action::Down,
        "↓",
        msg!("help-plan-groups-down"),
        Some(msg!("footer-select"))
    ),
    bind!(
        Groups,
        OPEN,
        Action::Open,
        "Enter",
        msg!("help-editor-group-edit"),
        Some(msg!("footer-edit"))
    ),
    bind!(
        Groups,
        &[Key::ch('a')],
        Action::Add,
        "a",
        msg!("help-editor-group-add"),
        Some(msg!("footer-add"))
    ),
    bind!(
        Groups,
        &[Key::ch('x'), Key::code(KeyCode::Delete)],
        Action::Plan(PlanAction::TakeOut),
        "x",
        msg!("help-editor-group-out"),
        Some(msg!("footer-out-back"))
    ),
    bind!(
        Groups,
        EARLIER,
        Action::Plan(PlanAction::MoveEarlier),
        "<",
        msg!("help-plan-groups-move-earlier"),
        Some(msg!("footer-move"))
    ),
    bind!(
        Groups,
        LATER,
        Action::Plan(PlanAction::MoveLater),
        ">",
        msg!("help-plan-groups-move-later"),
        Some(msg!("footer-move"))
    ),
    bind!(
        Groups,
        TAB,
        Action::Plan(PlanAction::PlanSwitch),
        "Tab",
        msg!("help-plan-groups-plan-switch"),
        Some(msg!("footer-agenda"))
    ),
    bind!(
        People,
        UP,
        Action::Up,
        "↑",
        msg!("help-editor-person-up"),
        Some(msg!("footer-select"))
    ),
    bind!(
        People,
        DOWN,
        Action::Down,
        "↓",
        msg!("help-editor-person-down"),
        Some(msg!("footer-select"))
    ),
    bind!(
        People,
        OPEN,
        Action::Open,
        "Enter",
        msg!("help-editor-person-edit"),
        Some(msg!("footer-edit"))
    ),
    bind!(
        People,
        &[Key::ch('a')],
        Action::Add,
        "a",
        msg!("help-editor-person-add"),
        Some(msg!("footer-add"))
    ),
    bind!(
        People,
        &[Key::ch('x'), Key::code(KeyCode::Delete)],
        Action::Remove,
        "x",
        msg!("help-editor-person-remove"),
        Some(msg!("footer-remove"))
    ),
    bind!(
        People,
        &[Key::code(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp",
        msg!("help-editor-person-page-up"),
        None
    ),
    bind!(
        People,
        &[Key::code(KeyCode::PageDown)],
        Action::PageDown,
        "PgDn",
        msg!("help-editor-person-page-down"),
        None
    ),
    bind!(
        People,
        &[Key::code(KeyCode::Home)],
        Action::First,
        "Home",
        msg!("help-editor-person-first"),
        None
    ),
    bind!(
        People,
        &[Key::code(KeyCode::End)],
        Action::Last,
        "End",
        msg!("help-editor-person-last"),
        None
    ),
    bind!(
        People,
        &[Key::ch('i')],
        Action::Import,
        "i",
        msg!("help-editor-import"),
        Some(msg!("footer-import-csv"))
    ),
    bind!(
        Everywhere,
        &[Key::ch('1')],
        Action::ShowPlan,
        "1",
        msg!("help-editor-show-plan"),
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('2')],
        Action::ShowPeople,
        "2",
        msg!("help-editor-show-people"),
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('d')],
        Action::Details,
        "d",
        msg!("help-editor-details"),
        Some(msg!("footer-details"))
    ),
    bind!(
        Everywhere,
        &[Key::ch('w'), Key::ctrl('s')],
        Action::Save,
        "w",
        msg!("help-editor-save"),
        Some(msg!("footer-save"))
    ),
    bind!(
        Everywhere,
        &[Key::ch('!')],
        Action::Problems,
        "!",
        msg!("help-editor-problems"),
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('?'), Key::code(KeyCode::F(1))],
        Action::Help,
        "?",
        msg!("help-always-help"),
        Some(msg!("footer-help"))
    ),
    bind!(
        Everywhere,
        &[Key::ch('q'), Key::ctrl('c')],
        Action::Quit,
        "q",
        msg!("help-editor-quit"),
        Some(msg!("footer-quit"))
    ),
]);

/// The footer's words the editor leaves out first when the screen is too narrow for all,
/// least needed first: adding and removing are what a newcomer looks for, so they stay;
/// so do the import and Tab to the other list, the ways on that are not guessed (nc13b
/// #11), while Enter to edit, d and q are (and ? lists them all).
pub const FOOTER_DROPS: &[Msg] = &[
    msg!("footer-minutes"),
    msg!("footer-move"),
    msg!("footer-select"),
    // The screen's heading says Enter edits and w saves: their hints go before d, the
    // way to a missing title or an unreadable date (nc17 #7: Spanish at 80x24 lost d).
    msg!("footer-edit"),
    msg!("footer-save"),
    msg!("footer-details"),
    msg!("footer-quit"),
    msg!("footer-import-csv"),
    msg!("footer-groups"),
    msg!("footer-agenda"),
];

/// The scopes the help overlay and the README list, in order.
pub const HELP_SECTIONS: [Scope; 4] = [
    Scope::Items,
    Scope::Groups,
    Scope::People,
    Scope::Everywhere,
];

/// The keys of the names offered under a presenter or members field.
pub const SUGGESTION_KEYS: Keymap<Pick, Offering> = Keymap(&[
    Binding {
        keys: &[Key::code(KeyCode::Down)],
        action: Pick::Next,
        scope: Offering::Names,
        label: "↓",
        help: msg!("help-editor-name-next"),
        footer: Some(msg!("footer-pick")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Up)],
        action: Pick::Previous,
        scope: Offering::Names,
        label: "↑",
        help: msg!("help-editor-name-previous"),
        footer: Some(msg!("footer-pick")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Enter), Key::code(KeyCode::Tab)],
        action: Pick::Take,
        scope: Offering::Names,
        label: "Enter",
        help: msg!("help-editor-name-take"),
        footer: Some(msg!("footer-take-it")),
    },
]);

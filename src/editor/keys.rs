//! The agenda editor's keys, as data: dispatch, its help overlay, its footer and the
//! README's table all read `KEYMAP`. The plan's keys are the console's plan view's actions
//! (`app::Action`), so the agenda moves, grows and shrinks with the same words and code
//! before the session as during it.

use ratatui::crossterm::event::KeyCode;

use crate::app::Action as PlanAction;
use crate::keymap::{Binding, Key, Keymap};

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
    pub fn title(self) -> &'static str {
        match self {
            Scope::Items => "In the editor (1), the agenda",
            Scope::Groups => "In the editor (1), the groups in report-back order",
            Scope::People => "In the editor (2), the participants",
            Scope::Everywhere => "Everywhere in the editor",
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
        "select the previous item",
        Some("select")
    ),
    bind!(
        Items,
        DOWN,
        Action::Down,
        "↓",
        "select the next item",
        Some("select")
    ),
    bind!(
        Items,
        OPEN,
        Action::Open,
        "Enter",
        "edit the selected item: title, kind, minutes, prompts",
        Some("edit")
    ),
    bind!(
        Items,
        &[Key::ch('a')],
        Action::Add,
        "a",
        "add an item after the selected one",
        Some("add")
    ),
    bind!(
        Items,
        &[Key::ch('x'), Key::code(KeyCode::Delete)],
        Action::Plan(PlanAction::TakeOut),
        "x",
        "take the selected item out (asks)",
        Some("remove")
    ),
    bind!(
        Items,
        EARLIER,
        Action::Plan(PlanAction::MoveEarlier),
        "<",
        "move the selected item earlier",
        Some("move")
    ),
    bind!(
        Items,
        LATER,
        Action::Plan(PlanAction::MoveLater),
        ">",
        "move the selected item later",
        Some("move")
    ),
    bind!(
        Items,
        &[Key::ch('+'), Key::ch('=')],
        Action::Plan(PlanAction::Lengthen),
        "+",
        "a minute more for the selected item",
        Some("minutes")
    ),
    bind!(
        Items,
        &[Key::ch('-'), Key::ch('_')],
        Action::Plan(PlanAction::Shorten),
        "-",
        "a minute less for the selected item",
        Some("minutes")
    ),
    bind!(
        Items,
        TAB,
        Action::Plan(PlanAction::PlanSwitch),
        "Tab",
        "to the groups",
        Some("groups")
    ),
    bind!(
        Groups,
        UP,
        Action::Up,
        "↑",
        "select the previous group",
        Some("select")
    ),
    bind!(
        Groups,
        DOWN,
        Action::Down,
        "↓",
        "select the next group",
        Some("select")
    ),
    bind!(
        Groups,
        OPEN,
        Action::Open,
        "Enter",
        "edit the selected group: name, topic, questions, members, presenter, minutes",
        Some("edit")
    ),
    bind!(
        Groups,
        &[Key::ch('a')],
        Action::Add,
        "a",
        "add a group (it presents last)",
        Some("add")
    ),
    bind!(
        Groups,
        &[Key::ch('x'), Key::code(KeyCode::Delete)],
        Action::Plan(PlanAction::TakeOut),
        "x",
        "take the selected group out, or put it back (it is left out when saved)",
        Some("out / back")
    ),
    bind!(
        Groups,
        EARLIER,
        Action::Plan(PlanAction::MoveEarlier),
        "<",
        "the selected group presents earlier",
        Some("move")
    ),
    bind!(
        Groups,
        LATER,
        Action::Plan(PlanAction::MoveLater),
        ">",
        "the selected group presents later",
        Some("move")
    ),
    bind!(
        Groups,
        TAB,
        Action::Plan(PlanAction::PlanSwitch),
        "Tab",
        "to the agenda",
        Some("agenda")
    ),
    bind!(
        People,
        UP,
        Action::Up,
        "↑",
        "select the previous participant",
        Some("select")
    ),
    bind!(
        People,
        DOWN,
        Action::Down,
        "↓",
        "select the next participant",
        Some("select")
    ),
    bind!(
        People,
        OPEN,
        Action::Open,
        "Enter",
        "edit the selected participant",
        Some("edit")
    ),
    bind!(
        People,
        &[Key::ch('a')],
        Action::Add,
        "a",
        "add a participant: name, organisation, stakeholder group, email",
        Some("add")
    ),
    bind!(
        People,
        &[Key::ch('x'), Key::code(KeyCode::Delete)],
        Action::Remove,
        "x",
        "remove the selected participant",
        Some("remove")
    ),
    bind!(
        People,
        &[Key::code(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp",
        "ten participants up",
        None
    ),
    bind!(
        People,
        &[Key::code(KeyCode::PageDown)],
        Action::PageDown,
        "PgDn",
        "ten participants down",
        None
    ),
    bind!(
        People,
        &[Key::code(KeyCode::Home)],
        Action::First,
        "Home",
        "the first participant",
        None
    ),
    bind!(
        People,
        &[Key::code(KeyCode::End)],
        Action::Last,
        "End",
        "the last participant",
        None
    ),
    bind!(
        People,
        &[Key::ch('i')],
        Action::Import,
        "i",
        "add participants from a spreadsheet saved as CSV",
        Some("import CSV")
    ),
    bind!(
        Everywhere,
        &[Key::ch('1')],
        Action::ShowPlan,
        "1",
        "the agenda and the groups",
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('2')],
        Action::ShowPeople,
        "2",
        "the participants",
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('d')],
        Action::Details,
        "d",
        "the session's details: title, date, venue, start and end times, presenter minutes",
        Some("details")
    ),
    bind!(
        Everywhere,
        &[Key::ch('w'), Key::ctrl('s')],
        Action::Save,
        "w",
        "save the agenda to its file (Ctrl-S too)",
        Some("save")
    ),
    bind!(
        Everywhere,
        &[Key::ch('!')],
        Action::Problems,
        "!",
        "every problem and warning, as plenary check lists them (↑↓ scroll)",
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('?'), Key::code(KeyCode::F(1))],
        Action::Help,
        "?",
        "these keys",
        Some("help")
    ),
    bind!(
        Everywhere,
        &[Key::ch('q'), Key::ctrl('c')],
        Action::Quit,
        "q",
        "quit (Ctrl-C too; asks when changes are not saved)",
        Some("quit")
    ),
]);

/// The footer's words the editor leaves out first when the screen is too narrow for all,
/// least needed first: adding and removing are what a newcomer looks for, so they stay;
/// so do the import and Tab to the other list, the ways on that are not guessed (nc13b
/// #11), while Enter to edit, d and q are (and ? lists them all).
pub const FOOTER_DROPS: &[&str] = &[
    "minutes",
    "move",
    "select",
    "details",
    "edit",
    "quit",
    "import CSV",
    "groups",
    "agenda",
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
        help: "highlight the next suggested name",
        footer: Some("pick"),
    },
    Binding {
        keys: &[Key::code(KeyCode::Up)],
        action: Pick::Previous,
        scope: Offering::Names,
        label: "↑",
        help: "highlight the previous suggested name",
        footer: Some("pick"),
    },
    Binding {
        keys: &[Key::code(KeyCode::Enter), Key::code(KeyCode::Tab)],
        action: Pick::Take,
        scope: Offering::Names,
        label: "Enter",
        help: "take the highlighted name (Tab too)",
        footer: Some("take it"),
    },
]);

//! The console's keys, as data: which key does what, where, in words. Dispatch, the help
//! overlay, the footer and the README's key table are all read from `KEYMAP`.

use ratatui::crossterm::event::KeyCode;

use crate::keymap::{Binding, Key, Keymap};

/// A user intent on the main screens (forms and questions have keys of their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Begin the session (first agenda item, session clock).
    StartSession,
    /// Start or pause the presenter timer of the group in focus.
    ToggleTimer,
    NextGroup,
    PrevGroup,
    NextItem,
    PrevItem,
    /// Add 30 s to the timer on screen.
    AddTime,
    /// Take 30 s from the timer on screen.
    RemoveTime,
    /// Reset the presenter timer (asks first).
    ResetTimer,
    /// In a follow-up item: record the next status of the commitment in focus.
    RecordStatus,
    /// In a follow-up item: the next or previous carried commitment.
    NextCarried,
    PrevCarried,
    /// Start or pause the owner's timer in a follow-up item.
    OwnerTimer,
    NewCommitment,
    NewNote,
    /// Edit the selected commitment.
    Edit,
    /// Move the selected commitment to its next status.
    CycleStatus,
    Up,
    Down,
    ShowStage,
    ShowCommitments,
    ShowNotes,
    ShowPeople,
    /// Disconnect the selected person (people view).
    Disconnect,
    ToggleProjector,
    ToggleMute,
    Help,
    /// Quit (asks if a timer is running or changes are not on disk).
    Quit,
    /// Ctrl-C: quit now, saving; asks only if typed text or unsaved changes would be lost.
    Interrupt,
    /// Esc on a main screen: leave projector mode or go back to the stage.
    Back,
}

/// Which main screen is showing; the stage follows the current agenda item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Stage,
    Commitments,
    Notes,
    /// Who joined the live session.
    People,
}

/// Where a key does something. The console's active scopes are worked out from its
/// state, most specific first (`App::scopes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Before the session has started.
    Start,
    /// During the report-back: the presenter timers.
    Timer,
    /// During a follow-up item: the commitments of earlier sessions.
    FollowUp,
    /// The commitments table (view 2).
    Commitments,
    /// Who joined (view 4).
    People,
    Everywhere,
}

impl Scope {
    /// A heading for the help overlay and README.
    pub fn title(self) -> &'static str {
        match self {
            Scope::Start => "Before the session starts",
            Scope::Timer => "During the report-back",
            Scope::FollowUp => "During a follow-up item",
            Scope::Commitments => "In the commitments table (2)",
            Scope::People => "In the people list (4)",
            Scope::Everywhere => "Everywhere",
        }
    }

    /// Where a key of this scope works, for telling someone who pressed it elsewhere.
    pub fn where_(self) -> &'static str {
        match self {
            Scope::Start => "before the session starts",
            Scope::Timer => "during the report-back",
            Scope::FollowUp => "during a follow-up item (plenary run AGENDA --follow-up SESSION)",
            Scope::Commitments => "in the commitments table (2)",
            Scope::People => "in the people list (4)",
            Scope::Everywhere => "everywhere",
        }
    }
}

/// A binding of the console's actions, in one line of the table.
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

pub(super) use bind;

pub(super) const ENTER: &[Key] = &[Key::code(KeyCode::Enter)];
pub(super) const SPACE: &[Key] = &[Key::ch(' ')];
pub(super) const RIGHT: &[Key] = &[Key::code(KeyCode::Right)];
pub(super) const LEFT: &[Key] = &[Key::code(KeyCode::Left)];
pub(super) const UP: &[Key] = &[Key::code(KeyCode::Up), Key::ch('k')];
pub(super) const DOWN: &[Key] = &[Key::code(KeyCode::Down), Key::ch('j')];

/// Every console key, scope by scope, in the order help and the README list them.
pub const KEYMAP: Keymap<Action, Scope> = Keymap(&[
    bind!(
        Start,
        ENTER,
        StartSession,
        "Enter",
        "start the session (first agenda item and the session clock)",
        Some("start")
    ),
    bind!(
        Timer,
        SPACE,
        ToggleTimer,
        "Space",
        "start / pause the presenter timer",
        Some("start / pause")
    ),
    bind!(
        Timer,
        RIGHT,
        NextGroup,
        "→",
        "next group (stops the previous presenter's clock)",
        Some("groups")
    ),
    bind!(
        Timer,
        LEFT,
        PrevGroup,
        "←",
        "previous group",
        Some("groups")
    ),
    bind!(
        Timer,
        &[Key::ch('r')],
        ResetTimer,
        "r",
        "reset the presenter timer (asks)",
        None
    ),
    bind!(
        FollowUp,
        SPACE,
        RecordStatus,
        "Space",
        "record the next status: open → in progress → done → dropped",
        Some("status")
    ),
    bind!(
        FollowUp,
        RIGHT,
        NextCarried,
        "→",
        "next commitment",
        Some("commitments")
    ),
    bind!(
        FollowUp,
        LEFT,
        PrevCarried,
        "←",
        "previous commitment",
        Some("commitments")
    ),
    bind!(
        FollowUp,
        &[Key::ch('t')],
        OwnerTimer,
        "t",
        "start / pause the owner's 2-minute timer",
        Some("owner's timer")
    ),
    bind!(
        Commitments,
        UP,
        Up,
        "↑",
        "select the previous commitment",
        Some("select")
    ),
    bind!(
        Commitments,
        DOWN,
        Down,
        "↓",
        "select the next commitment",
        Some("select")
    ),
    bind!(
        Commitments,
        &[Key::ch('e'), Key::code(KeyCode::Enter)],
        Edit,
        "e Enter",
        "edit the selected commitment",
        Some("edit")
    ),
    bind!(
        Commitments,
        &[Key::ch('s')],
        CycleStatus,
        "s",
        "next status: open → in progress → done → dropped",
        Some("status")
    ),
    bind!(
        People,
        UP,
        Up,
        "↑",
        "select the previous person",
        Some("select")
    ),
    bind!(
        People,
        DOWN,
        Down,
        "↓",
        "select the next person",
        Some("select")
    ),
    bind!(
        People,
        &[Key::ch('x')],
        Disconnect,
        "x",
        "disconnect the selected person",
        Some("disconnect")
    ),
    bind!(
        Everywhere,
        &[Key::ch(']')],
        NextItem,
        "]",
        "next agenda item (after the last: end the session, asks)",
        Some("items")
    ),
    bind!(
        Everywhere,
        &[Key::ch('[')],
        PrevItem,
        "[",
        "previous agenda item",
        Some("items")
    ),
    bind!(
        Everywhere,
        &[Key::ch('+'), Key::ch('=')],
        AddTime,
        "+",
        "add 30 s to the timer shown (presenter, or the item's countdown)",
        Some("time")
    ),
    bind!(
        Everywhere,
        &[Key::ch('-'), Key::ch('_')],
        RemoveTime,
        "-",
        "take 30 s from the timer shown",
        Some("time")
    ),
    bind!(
        Everywhere,
        &[Key::ch('c')],
        NewCommitment,
        "c",
        "new commitment: action, owner, deadline",
        Some("commitment")
    ),
    bind!(
        Everywhere,
        &[Key::ch('n')],
        NewNote,
        "n",
        "new note for this item and group",
        Some("note")
    ),
    bind!(
        Everywhere,
        &[Key::ch('1')],
        ShowStage,
        "1",
        "the stage",
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('2')],
        ShowCommitments,
        "2",
        "the commitments table",
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('3')],
        ShowNotes,
        "3",
        "the notes",
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('4')],
        ShowPeople,
        "4",
        "who joined (note-takers and viewers)",
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('P'), Key::ch('p')],
        ToggleProjector,
        "P",
        "projector mode: essentials only, largest type",
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('m')],
        ToggleMute,
        "m",
        "mute / unmute the bell",
        None
    ),
    bind!(
        Everywhere,
        &[Key::code(KeyCode::Esc)],
        Back,
        "Esc",
        "leave projector mode, or back to the stage",
        None
    ),
    bind!(
        Everywhere,
        &[Key::ch('?'), Key::code(KeyCode::F(1))],
        Help,
        "?",
        "these keys",
        Some("help")
    ),
    bind!(
        Everywhere,
        &[Key::ch('q')],
        Quit,
        "q",
        "quit (asks if a timer runs or changes are not on disk)",
        Some("quit")
    ),
    bind!(
        Everywhere,
        &[Key::ctrl('c')],
        Interrupt,
        "Ctrl-C",
        "quit safely at any time",
        None
    ),
]);

/// The scopes the help overlay lists, in order.
pub const HELP_SECTIONS: [Scope; 6] = [
    Scope::Start,
    Scope::Timer,
    Scope::FollowUp,
    Scope::Commitments,
    Scope::People,
    Scope::Everywhere,
];

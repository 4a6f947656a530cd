//! The console's keys, as data: which key does what, where, in words. Dispatch, the help
//! overlay, the footer and the README's key table are all read from `KEYMAP`.

use ratatui::crossterm::event::KeyCode;

use crate::i18n::Msg;
use crate::keymap::{Binding, Key, Keymap};
use crate::msg;

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
    /// In a follow-up item: record the status of the commitment in focus directly, by its
    /// first letter (issue 15, item 3: "still open" took four presses of Space).
    CarriedOpen,
    CarriedInProgress,
    CarriedDone,
    CarriedDropped,
    /// In a follow-up item: what the owner said, a new deadline, a new owner (a form).
    ExplainCarried,
    /// In a follow-up item: agree the commitment again as one of this session.
    ReAgreeCarried,
    /// In a follow-up item: the next or previous carried commitment.
    NextCarried,
    PrevCarried,
    /// Start or pause the owner's timer in a follow-up item.
    OwnerTimer,
    NewCommitment,
    NewNote,
    /// Edit the selected commitment, or in the notes view (3) the selected note.
    Edit,
    /// Move the selected commitment to its next status, or back to the one before.
    CycleStatus,
    CycleStatusBack,
    /// Delete the selected note (asks), or restore a deleted one.
    DeleteNote,
    Up,
    Down,
    /// Eight rows up or down the list, or to its first or last row (issue 14, item 5).
    PageUp,
    PageDown,
    First,
    Last,
    /// The selected commitment in full, with its history (issue 14, item 5).
    ShowDetail,
    ShowStage,
    ShowCommitments,
    ShowNotes,
    ShowPeople,
    /// A note-taker's own notes and commitments, each sending or saved ✓ (issue 14, item 3).
    ShowMine,
    /// Disconnect the selected person (people view).
    Disconnect,
    /// Delete the selected commitment (asks), or restore a deleted one.
    DeleteCommitment,
    /// File the selected commitment under another item or group.
    MoveCommitment,
    /// The plan view (5): the agenda's running order and the report-back order.
    ShowPlan,
    /// In the plan view: from the agenda to the groups and back.
    PlanSwitch,
    /// In the plan view: move the selected item or group earlier or later.
    MoveEarlier,
    MoveLater,
    /// In the plan view: a minute more or less for the selected item.
    Lengthen,
    Shorten,
    /// In the plan view: add an agenda item or a late group.
    AddToPlan,
    /// In the plan view: take the selected item off the agenda (asks), or mark the
    /// selected group absent or back.
    TakeOut,
    /// The read-back of what was agreed (view 6), large, on the projector too.
    ShowReadBack,
    /// In the read-back: the next or previous commitment or page.
    ReadNext,
    ReadPrevious,
    /// In the read-back: one at a time, or a page at a time.
    ReadMode,
    /// On the summary: write the outcome document, or the calendar, beside the session.
    ExportOutcome,
    ExportCalendar,
    ToggleProjector,
    ToggleMute,
    Help,
    /// Quit (asks if a timer is running or changes are not on disk).
    Quit,
    /// Ctrl-C: quit now, saving; asks only if typed text or unsaved changes would be lost.
    Interrupt,
    /// Esc on a main screen: leave projector mode or go back to the stage.
    Back,
    /// Enter in a list of choices (where to file a commitment).
    Choose,
}

/// Which main screen is showing; the stage follows the current agenda item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Stage,
    Commitments,
    Notes,
    /// Who joined the live session.
    People,
    /// A note-taker's own notes and commitments, saved ✓ or not yet.
    Mine,
    /// The plan: the agenda's running order and the report-back order, changed live.
    Plan,
    /// The commitments read back to the room, large (issue 12, item 16).
    ReadBack,
}

/// Where a key does something. The console's active scopes are worked out from its
/// state, most specific first (`App::scopes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Before the session has started.
    Start,
    /// During the report-back: the presenter timers.
    Timer,
    /// During a breakout: the group cards.
    Breakout,
    /// During a follow-up item: the commitments of earlier sessions.
    FollowUp,
    /// The commitments table (view 2).
    Commitments,
    /// The notes view (3): choosing a note.
    Notes,
    /// The notes view (3), on a note this seat may change: the facilitator's any, a
    /// note-taker's only its own.
    Note,
    /// Who joined (view 4).
    People,
    /// The plan view (5), the agenda list in focus.
    PlanItems,
    /// The plan view (5), the report-back order in focus.
    PlanGroups,
    /// Choosing where a commitment is filed (f in the commitments table).
    Picker,
    /// The read-back (view 6).
    ReadBack,
    /// During the closing item, where the read-back belongs.
    Closing,
    /// The summary, once the session has ended.
    Summary,
    /// From the start of the session to its end: the agenda items and the timers.
    Running,
    /// On every main screen (not in a form, a question or a choice of place).
    Everywhere,
    /// Wherever the keyboard is not in a form or a question: help and quitting safely.
    Always,
}

impl Scope {
    /// A heading for the help overlay and README.
    pub fn title(self) -> Msg {
        match self {
            Scope::Start => msg!("scope-start"),
            Scope::Timer => msg!("scope-timer"),
            Scope::Breakout => msg!("scope-breakout"),
            Scope::Notes => msg!("scope-notes"),
            Scope::Note => msg!("scope-note"),
            Scope::FollowUp => msg!("scope-follow-up"),
            Scope::Commitments => msg!("scope-commitments"),
            Scope::People => msg!("scope-people"),
            Scope::PlanItems => msg!("scope-plan-items"),
            Scope::PlanGroups => msg!("scope-plan-groups"),
            Scope::Picker => msg!("scope-picker"),
            Scope::ReadBack => msg!("scope-read-back"),
            Scope::Closing => msg!("scope-closing"),
            Scope::Summary => msg!("scope-summary"),
            Scope::Running => msg!("scope-running"),
            Scope::Everywhere => msg!("scope-everywhere"),
            Scope::Always => msg!("scope-always"),
        }
    }

    /// Where a key of this scope works, for telling someone who pressed it elsewhere.
    pub fn where_(self) -> Msg {
        match self {
            Scope::Start => msg!("where-start"),
            Scope::Timer => msg!("where-timer"),
            Scope::Breakout => msg!("where-breakout"),
            Scope::Notes => msg!("where-notes"),
            Scope::Note => msg!("where-note"),
            Scope::FollowUp => msg!("where-follow-up"),
            Scope::Commitments => msg!("where-commitments"),
            Scope::People => msg!("where-people"),
            Scope::PlanItems => msg!("where-plan-items"),
            Scope::PlanGroups => msg!("where-plan-groups"),
            Scope::Picker => msg!("where-picker"),
            Scope::ReadBack => msg!("where-read-back"),
            Scope::Closing => msg!("where-closing"),
            Scope::Summary => msg!("where-summary"),
            Scope::Running => msg!("where-running"),
            Scope::Everywhere => msg!("where-everywhere"),
            Scope::Always => msg!("where-everywhere"),
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
pub(super) const PAGE_UP: &[Key] = &[Key::code(KeyCode::PageUp)];
pub(super) const PAGE_DOWN: &[Key] = &[Key::code(KeyCode::PageDown)];
pub(super) const HOME: &[Key] = &[Key::code(KeyCode::Home)];
pub(super) const END: &[Key] = &[Key::code(KeyCode::End)];
/// The selected commitment in full (issue 14, item 5).
pub(super) const DETAIL: &[Key] = &[Key::ch('v')];

/// Every console key, scope by scope, in the order help and the README list them.
#[rustfmt::skip]
pub const KEYMAP: Keymap<Action, Scope> = Keymap(&[
    // One binding a line: scope, keys, action, label, help and footer words (message ids:
    // locales/*/stage.ftl and console.ftl say them; the README uses the English).
    bind!(Start, ENTER, StartSession, "Enter", msg!("help-start-start-session"), Some(msg!("footer-start"))),
    bind!(Timer, SPACE, ToggleTimer, "Space", msg!("help-timer-toggle-timer"), Some(msg!("footer-start-pause"))),
    bind!(Timer, RIGHT, NextGroup, "→", msg!("help-timer-next-group"), Some(msg!("footer-groups"))),
    bind!(Timer, LEFT, PrevGroup, "←", msg!("help-timer-prev-group"), Some(msg!("footer-groups"))),
    // Issue 12, item 11: not every card fits; the arrows bring the others into view.
    bind!(Breakout, RIGHT, NextGroup, "→", msg!("help-breakout-next-group"), Some(msg!("footer-groups"))),
    bind!(Breakout, LEFT, PrevGroup, "←", msg!("help-breakout-prev-group"), Some(msg!("footer-groups"))),
    bind!(Timer, &[Key::ch('r')], ResetTimer, "r", msg!("help-timer-reset-timer"), None),
    bind!(FollowUp, &[Key::ch('o')], CarriedOpen, "o", msg!("help-follow-up-open"), None),
    bind!(FollowUp, &[Key::ch('i')], CarriedInProgress, "i", msg!("help-follow-up-in-progress"), None),
    bind!(FollowUp, &[Key::ch('d')], CarriedDone, "d", msg!("help-follow-up-done"), None),
    bind!(FollowUp, &[Key::ch('D')], CarriedDropped, "D", msg!("help-follow-up-dropped"), None),
    bind!(FollowUp, &[Key::ch('e'), Key::code(KeyCode::Enter)], ExplainCarried, "e Enter", msg!("help-follow-up-form"), Some(msg!("follow-up-what-said"))),
    bind!(FollowUp, &[Key::ch('a')], ReAgreeCarried, "a", msg!("help-follow-up-re-agree"), Some(msg!("follow-up-re-agree"))),
    bind!(FollowUp, SPACE, RecordStatus, "Space", msg!("help-follow-up-record-status"), None),
    bind!(FollowUp, RIGHT, NextCarried, "→", msg!("help-follow-up-next-carried"), Some(msg!("footer-commitments"))),
    bind!(FollowUp, LEFT, PrevCarried, "←", msg!("help-follow-up-prev-carried"), Some(msg!("footer-commitments"))),
    bind!(FollowUp, &[Key::ch('t')], OwnerTimer, "t", msg!("help-follow-up-owner-timer"), Some(msg!("footer-owners-timer"))),
    bind!(Commitments, UP, Up, "↑", msg!("help-commitments-up"), Some(msg!("footer-select"))),
    bind!(Commitments, DOWN, Down, "↓", msg!("help-commitments-down"), Some(msg!("footer-select"))),
    bind!(Commitments, PAGE_UP, PageUp, "PgUp", msg!("help-client-page-up"), None),
    bind!(Commitments, PAGE_DOWN, PageDown, "PgDn", msg!("help-client-page-down"), None),
    bind!(Commitments, HOME, First, "Home", msg!("help-client-first"), None),
    bind!(Commitments, END, Last, "End", msg!("help-client-last"), None),
    bind!(Commitments, &[Key::ch('e'), Key::code(KeyCode::Enter)], Edit, "e Enter", msg!("help-commitments-edit"), Some(msg!("footer-edit"))),
    bind!(Commitments, &[Key::ch('s')], CycleStatus, "s", msg!("help-commitments-cycle-status"), Some(msg!("footer-status"))),
    bind!(Commitments, &[Key::ch('S')], CycleStatusBack, "S", msg!("help-commitments-cycle-status-back"), Some(msg!("footer-status"))),
    bind!(Commitments, &[Key::ch('d'), Key::code(KeyCode::Delete)], DeleteCommitment, "d", msg!("help-commitments-delete-commitment"), Some(msg!("footer-delete"))),
    bind!(Commitments, &[Key::ch('f')], MoveCommitment, "f", msg!("help-commitments-move-commitment"), Some(msg!("footer-file-under"))),
    bind!(Commitments, DETAIL, ShowDetail, "v", msg!("help-client-details"), Some(msg!("footer-details"))),
    bind!(Notes, UP, Up, "↑", msg!("help-notes-up"), Some(msg!("footer-select"))),
    bind!(Notes, DOWN, Down, "↓", msg!("help-notes-down"), Some(msg!("footer-select"))),
    bind!(Notes, PAGE_UP, PageUp, "PgUp", msg!("help-client-notes-up"), None),
    bind!(Notes, PAGE_DOWN, PageDown, "PgDn", msg!("help-client-notes-down"), None),
    bind!(Notes, HOME, First, "Home", msg!("help-client-first-note"), None),
    bind!(Notes, END, Last, "End", msg!("help-client-last-note"), None),
    bind!(Note, &[Key::ch('e'), Key::code(KeyCode::Enter)], Edit, "e Enter", msg!("help-note-edit"), Some(msg!("footer-edit"))),
    bind!(Note, &[Key::ch('d'), Key::code(KeyCode::Delete)], DeleteNote, "d", msg!("help-note-delete-note"), Some(msg!("footer-delete"))),
    bind!(PlanItems, UP, Up, "↑", msg!("help-plan-items-up"), Some(msg!("footer-select"))),
    bind!(PlanItems, DOWN, Down, "↓", msg!("help-plan-items-down"), Some(msg!("footer-select"))),
    bind!(PlanItems, &[Key::ch('<'), Key::ch(',')], MoveEarlier, "<", msg!("help-plan-items-move-earlier"), Some(msg!("footer-move"))),
    bind!(PlanItems, &[Key::ch('>'), Key::ch('.')], MoveLater, ">", msg!("help-plan-items-move-later"), Some(msg!("footer-move"))),
    bind!(PlanItems, &[Key::ch('+'), Key::ch('=')], Lengthen, "+", msg!("help-plan-items-lengthen"), Some(msg!("footer-minutes"))),
    bind!(PlanItems, &[Key::ch('-'), Key::ch('_')], Shorten, "-", msg!("help-plan-items-shorten"), Some(msg!("footer-minutes"))),
    bind!(PlanItems, &[Key::ch('a')], AddToPlan, "a", msg!("help-plan-items-add-to-plan"), Some(msg!("footer-add"))),
    bind!(PlanItems, &[Key::ch('x'), Key::code(KeyCode::Delete)], TakeOut, "x", msg!("help-plan-items-take-out"), Some(msg!("footer-take-out"))),
    bind!(PlanItems, &[Key::code(KeyCode::Tab)], PlanSwitch, "Tab", msg!("help-plan-items-plan-switch"), Some(msg!("footer-groups"))),
    bind!(PlanGroups, UP, Up, "↑", msg!("help-plan-groups-up"), Some(msg!("footer-select"))),
    bind!(PlanGroups, DOWN, Down, "↓", msg!("help-plan-groups-down"), Some(msg!("footer-select"))),
    bind!(PlanGroups, &[Key::ch('<'), Key::ch(',')], MoveEarlier, "<", msg!("help-plan-groups-move-earlier"), Some(msg!("footer-move"))),
    bind!(PlanGroups, &[Key::ch('>'), Key::ch('.')], MoveLater, ">", msg!("help-plan-groups-move-later"), Some(msg!("footer-move"))),
    bind!(PlanGroups, &[Key::ch('a')], AddToPlan, "a", msg!("help-plan-groups-add-to-plan"), Some(msg!("footer-add"))),
    bind!(PlanGroups, &[Key::ch('x')], TakeOut, "x", msg!("help-plan-groups-take-out"), Some(msg!("footer-absent"))),
    bind!(PlanGroups, &[Key::code(KeyCode::Tab)], PlanSwitch, "Tab", msg!("help-plan-groups-plan-switch"), Some(msg!("footer-agenda"))),
    bind!(Picker, UP, Up, "↑", msg!("help-picker-up"), Some(msg!("footer-choose"))),
    bind!(Picker, DOWN, Down, "↓", msg!("help-picker-down"), Some(msg!("footer-choose"))),
    bind!(Picker, ENTER, Choose, "Enter", msg!("help-picker-choose"), Some(msg!("footer-file-here"))),
    bind!(Picker, &[Key::code(KeyCode::Esc)], Back, "Esc", msg!("help-picker-back"), Some(msg!("footer-cancel"))),
    bind!(ReadBack, &[Key::code(KeyCode::Right), Key::code(KeyCode::Down), Key::code(KeyCode::PageDown)], ReadNext, "→ ↓ PgDn", msg!("help-read-back-read-next"), Some(msg!("footer-next"))),
    bind!(ReadBack, &[Key::code(KeyCode::Left), Key::code(KeyCode::Up), Key::code(KeyCode::PageUp)], ReadPrevious, "← ↑ PgUp", msg!("help-read-back-read-previous"), Some(msg!("footer-back"))),
    bind!(ReadBack, &[Key::code(KeyCode::Tab)], ReadMode, "Tab", msg!("help-read-back-read-mode"), Some(msg!("footer-one-page"))),
    bind!(Closing, &[Key::ch('6')], ShowReadBack, "6", msg!("help-closing-show-read-back"), Some(msg!("footer-read-back"))),
    bind!(Summary, &[Key::ch('o')], ExportOutcome, "o", msg!("help-summary-export-outcome"), Some(msg!("footer-outcome"))),
    bind!(Summary, &[Key::ch('i')], ExportCalendar, "i", msg!("help-summary-export-calendar"), Some(msg!("footer-calendar"))),
    bind!(People, UP, Up, "↑", msg!("help-people-up"), Some(msg!("footer-select"))),
    bind!(People, DOWN, Down, "↓", msg!("help-people-down"), Some(msg!("footer-select"))),
    bind!(People, &[Key::ch('x')], Disconnect, "x", msg!("help-people-disconnect"), Some(msg!("footer-disconnect"))),
    bind!(Running, &[Key::ch(']')], NextItem, "]", msg!("help-running-next-item"), Some(msg!("footer-items"))),
    bind!(Running, &[Key::ch('[')], PrevItem, "[", msg!("help-running-prev-item"), Some(msg!("footer-items"))),
    bind!(Running, &[Key::ch('+'), Key::ch('=')], AddTime, "+", msg!("help-running-add-time"), Some(msg!("footer-time"))),
    bind!(Running, &[Key::ch('-'), Key::ch('_')], RemoveTime, "-", msg!("help-running-remove-time"), Some(msg!("footer-time"))),
    bind!(Everywhere, &[Key::ch('c')], NewCommitment, "c", msg!("help-everywhere-new-commitment"), Some(msg!("footer-commitment"))),
    bind!(Everywhere, &[Key::ch('n')], NewNote, "n", msg!("help-everywhere-new-note"), Some(msg!("footer-note"))),
    bind!(Everywhere, &[Key::ch('1')], ShowStage, "1", msg!("help-everywhere-show-stage"), None),
    bind!(Everywhere, &[Key::ch('2')], ShowCommitments, "2", msg!("help-everywhere-show-commitments"), None),
    bind!(Everywhere, &[Key::ch('3')], ShowNotes, "3", msg!("help-everywhere-show-notes"), None),
    bind!(Everywhere, &[Key::ch('4')], ShowPeople, "4", msg!("help-everywhere-show-people"), None),
    bind!(Everywhere, &[Key::ch('5')], ShowPlan, "5", msg!("help-everywhere-show-plan"), None),
    bind!(Everywhere, &[Key::ch('6')], ShowReadBack, "6", msg!("help-everywhere-show-read-back"), None),
    bind!(Everywhere, &[Key::ch('P'), Key::ch('p')], ToggleProjector, "P", msg!("help-everywhere-toggle-projector"), None),
    bind!(Everywhere, &[Key::ch('m')], ToggleMute, "m", msg!("help-everywhere-toggle-mute"), None),
    bind!(Everywhere, &[Key::code(KeyCode::Esc)], Back, "Esc", msg!("help-everywhere-back"), None),
    bind!(Always, &[Key::ch('?'), Key::code(KeyCode::F(1))], Help, "?", msg!("help-always-help"), Some(msg!("footer-help"))),
    bind!(Everywhere, &[Key::ch('q')], Quit, "q", msg!("help-everywhere-quit"), Some(msg!("footer-quit"))),
    bind!(Always, &[Key::ctrl('c')], Interrupt, "Ctrl-C", msg!("help-always-interrupt"), None),
]);

/// The scopes the help overlay lists, in order.
pub const HELP_SECTIONS: [Scope; 17] = [
    Scope::Start,
    Scope::Timer,
    Scope::Breakout,
    Scope::FollowUp,
    Scope::Commitments,
    Scope::Notes,
    Scope::Note,
    Scope::People,
    Scope::PlanItems,
    Scope::PlanGroups,
    Scope::Picker,
    Scope::ReadBack,
    Scope::Closing,
    Scope::Summary,
    Scope::Running,
    Scope::Everywhere,
    Scope::Always,
];

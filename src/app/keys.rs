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
    pub fn title(self) -> &'static str {
        match self {
            Scope::Start => "Before the session starts",
            Scope::Timer => "During the report-back",
            Scope::Breakout => "During a breakout",
            Scope::Notes => "In the notes (3)",
            Scope::Note => "On the selected note (3)",
            Scope::FollowUp => "During a follow-up item",
            Scope::Commitments => "In the commitments table (2)",
            Scope::People => "In the people list (4)",
            Scope::PlanItems => "In the plan (5), the agenda",
            Scope::PlanGroups => "In the plan (5), the report-back order",
            Scope::Picker => "Choosing where a commitment is filed",
            Scope::ReadBack => "In the read-back (6)",
            Scope::Closing => "During the closing item",
            Scope::Summary => "On the summary, once the session has ended",
            Scope::Running => "While the session runs",
            Scope::Everywhere => "Everywhere",
            Scope::Always => "Always, also while choosing a place",
        }
    }

    /// Where a key of this scope works, for telling someone who pressed it elsewhere.
    pub fn where_(self) -> &'static str {
        match self {
            Scope::Start => "before the session starts",
            Scope::Timer => "during the report-back",
            Scope::Breakout => "during a breakout",
            Scope::Notes => "in the notes (3)",
            Scope::Note => "on a note selected in the notes (3), a note-taker's own only",
            Scope::FollowUp => "during a follow-up item",
            Scope::Commitments => "in the commitments table (2)",
            Scope::People => "in the people list (4)",
            Scope::PlanItems => "in the plan (5), on the agenda",
            Scope::PlanGroups => "in the plan (5), on the report-back order",
            Scope::Picker => "while choosing where a commitment is filed (f in view 2)",
            Scope::ReadBack => "in the read-back (6)",
            Scope::Closing => "during the closing item",
            Scope::Summary => "on the summary, once the session has ended",
            Scope::Running => "once the session has started (Enter), until it ends",
            Scope::Everywhere => "everywhere",
            Scope::Always => "everywhere",
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
    // One binding a line: scope, keys, action, label, help, footer words.
    bind!(Start, ENTER, StartSession, "Enter", "start the session (first agenda item and the session clock)", Some("start")),
    bind!(Timer, SPACE, ToggleTimer, "Space", "start / pause the presenter timer", Some("start / pause")),
    bind!(Timer, RIGHT, NextGroup, "→", "next group (stops the previous presenter's clock)", Some("groups")),
    bind!(Timer, LEFT, PrevGroup, "←", "previous group", Some("groups")),
    // Issue 12, item 11: not every card fits; the arrows bring the others into view.
    bind!(Breakout, RIGHT, NextGroup, "→", "next group's card", Some("groups")),
    bind!(Breakout, LEFT, PrevGroup, "←", "previous group's card", Some("groups")),
    bind!(Timer, &[Key::ch('r')], ResetTimer, "r", "reset the presenter timer (asks)", None),
    bind!(FollowUp, &[Key::ch('o')], CarriedOpen, "o", "record: still open", None),
    bind!(FollowUp, &[Key::ch('i')], CarriedInProgress, "i", "record: in progress", None),
    bind!(FollowUp, &[Key::ch('d')], CarriedDone, "d", "record: done", None),
    bind!(FollowUp, &[Key::ch('D')], CarriedDropped, "D", "record: dropped", None),
    bind!(FollowUp, &[Key::ch('e'), Key::code(KeyCode::Enter)], ExplainCarried, "e Enter", "what the owner said, a new deadline, a new owner", Some("what was said")),
    bind!(FollowUp, &[Key::ch('a')], ReAgreeCarried, "a", "agree it again as a commitment of this session (counted once)", Some("re-agree")),
    bind!(FollowUp, SPACE, RecordStatus, "Space", "record the next status: open → in progress → done → dropped", None),
    bind!(FollowUp, RIGHT, NextCarried, "→", "next commitment", Some("commitments")),
    bind!(FollowUp, LEFT, PrevCarried, "←", "previous commitment", Some("commitments")),
    bind!(FollowUp, &[Key::ch('t')], OwnerTimer, "t", "start / pause the owner's 2-minute timer", Some("owner's timer")),
    bind!(Commitments, UP, Up, "↑", "select the previous commitment", Some("select")),
    bind!(Commitments, DOWN, Down, "↓", "select the next commitment", Some("select")),
    bind!(Commitments, PAGE_UP, PageUp, "PgUp", "eight commitments up", None),
    bind!(Commitments, PAGE_DOWN, PageDown, "PgDn", "eight commitments down", None),
    bind!(Commitments, HOME, First, "Home", "the first commitment", None),
    bind!(Commitments, END, Last, "End", "the last commitment", None),
    bind!(Commitments, &[Key::ch('e'), Key::code(KeyCode::Enter)], Edit, "e Enter", "edit the selected commitment", Some("edit")),
    bind!(Commitments, &[Key::ch('s')], CycleStatus, "s", "next status: open → in progress → done → dropped", Some("status")),
    bind!(Commitments, &[Key::ch('S')], CycleStatusBack, "S", "previous status, for one s too many", Some("status")),
    bind!(Commitments, &[Key::ch('d'), Key::code(KeyCode::Delete)], DeleteCommitment, "d", "delete the selected commitment (asks; kept, struck out) or restore it", Some("delete")),
    bind!(Commitments, &[Key::ch('f')], MoveCommitment, "f", "file the selected commitment under another item or group", Some("file under")),
    bind!(Commitments, DETAIL, ShowDetail, "v", "the selected commitment in full, with who recorded it and its history", Some("details")),
    bind!(Notes, UP, Up, "↑", "select the previous note", Some("select")),
    bind!(Notes, DOWN, Down, "↓", "select the next note", Some("select")),
    bind!(Notes, PAGE_UP, PageUp, "PgUp", "eight notes up", None),
    bind!(Notes, PAGE_DOWN, PageDown, "PgDn", "eight notes down", None),
    bind!(Notes, HOME, First, "Home", "the first note", None),
    bind!(Notes, END, Last, "End", "the last note", None),
    bind!(Note, &[Key::ch('e'), Key::code(KeyCode::Enter)], Edit, "e Enter", "correct the selected note", Some("edit")),
    bind!(Note, &[Key::ch('d'), Key::code(KeyCode::Delete)], DeleteNote, "d", "delete the selected note (asks; kept, struck out) or restore it", Some("delete")),
    bind!(PlanItems, UP, Up, "↑", "select the previous item", Some("select")),
    bind!(PlanItems, DOWN, Down, "↓", "select the next item", Some("select")),
    bind!(PlanItems, &[Key::ch('<'), Key::ch(',')], MoveEarlier, "<", "move the selected item earlier (only items still to come move)", Some("move")),
    bind!(PlanItems, &[Key::ch('>'), Key::ch('.')], MoveLater, ">", "move the selected item later", Some("move")),
    bind!(PlanItems, &[Key::ch('+'), Key::ch('=')], Lengthen, "+", "plan a minute more for the selected item", Some("minutes")),
    bind!(PlanItems, &[Key::ch('-'), Key::ch('_')], Shorten, "-", "plan a minute less for the selected item", Some("minutes")),
    bind!(PlanItems, &[Key::ch('a')], AddToPlan, "a", "add an agenda item after the selected one", Some("add")),
    bind!(PlanItems, &[Key::ch('x'), Key::code(KeyCode::Delete)], TakeOut, "x", "take the selected item off the agenda (asks; not one that ran)", Some("take out")),
    bind!(PlanItems, &[Key::code(KeyCode::Tab)], PlanSwitch, "Tab", "to the report-back order", Some("groups")),
    bind!(PlanGroups, UP, Up, "↑", "select the previous group", Some("select")),
    bind!(PlanGroups, DOWN, Down, "↓", "select the next group", Some("select")),
    bind!(PlanGroups, &[Key::ch('<'), Key::ch(',')], MoveEarlier, "<", "the selected group presents earlier", Some("move")),
    bind!(PlanGroups, &[Key::ch('>'), Key::ch('.')], MoveLater, ">", "the selected group presents later", Some("move")),
    bind!(PlanGroups, &[Key::ch('a')], AddToPlan, "a", "add a late group: name, presenter, topic", Some("add")),
    bind!(PlanGroups, &[Key::ch('x')], TakeOut, "x", "mark the selected group absent (skipped in the report-back), or back", Some("absent")),
    bind!(PlanGroups, &[Key::code(KeyCode::Tab)], PlanSwitch, "Tab", "to the agenda", Some("agenda")),
    bind!(Picker, UP, Up, "↑", "the place above", Some("choose")),
    bind!(Picker, DOWN, Down, "↓", "the place below", Some("choose")),
    bind!(Picker, ENTER, Choose, "Enter", "file the commitment here", Some("file here")),
    bind!(Picker, &[Key::code(KeyCode::Esc)], Back, "Esc", "leave it where it is", Some("cancel")),
    bind!(ReadBack, &[Key::code(KeyCode::Right), Key::code(KeyCode::Down), Key::code(KeyCode::PageDown)], ReadNext, "→ ↓ PgDn", "the next commitment, or the next page", Some("next")),
    bind!(ReadBack, &[Key::code(KeyCode::Left), Key::code(KeyCode::Up), Key::code(KeyCode::PageUp)], ReadPrevious, "← ↑ PgUp", "the previous commitment, or page", Some("back")),
    bind!(ReadBack, &[Key::code(KeyCode::Tab)], ReadMode, "Tab", "one at a time, or a page at a time", Some("one / page")),
    bind!(Closing, &[Key::ch('6')], ShowReadBack, "6", "read back what was agreed, in large type (also on the projector)", Some("read back")),
    bind!(Summary, &[Key::ch('o')], ExportOutcome, "o", "write the outcome document (Markdown) beside the session file", Some("outcome document")),
    bind!(Summary, &[Key::ch('i')], ExportCalendar, "i", "write the deadlines as a calendar (.ics) beside the session file", Some("calendar")),
    bind!(People, UP, Up, "↑", "select the previous person", Some("select")),
    bind!(People, DOWN, Down, "↓", "select the next person", Some("select")),
    bind!(People, &[Key::ch('x')], Disconnect, "x", "disconnect the selected person", Some("disconnect")),
    bind!(Running, &[Key::ch(']')], NextItem, "]", "next agenda item (after the last: end the session, asks)", Some("items")),
    bind!(Running, &[Key::ch('[')], PrevItem, "[", "previous agenda item", Some("items")),
    bind!(Running, &[Key::ch('+'), Key::ch('=')], AddTime, "+", "add 30 s to the timer shown (presenter, or the item's countdown)", Some("time")),
    bind!(Running, &[Key::ch('-'), Key::ch('_')], RemoveTime, "-", "take 30 s from the timer shown", Some("time")),
    bind!(Everywhere, &[Key::ch('c')], NewCommitment, "c", "new commitment: action, owner, deadline", Some("commitment")),
    bind!(Everywhere, &[Key::ch('n')], NewNote, "n", "new note for this item and group", Some("note")),
    bind!(Everywhere, &[Key::ch('1')], ShowStage, "1", "the stage", None),
    bind!(Everywhere, &[Key::ch('2')], ShowCommitments, "2", "the commitments table", None),
    bind!(Everywhere, &[Key::ch('3')], ShowNotes, "3", "the notes", None),
    bind!(Everywhere, &[Key::ch('4')], ShowPeople, "4", "who joined (note-takers and viewers)", None),
    bind!(Everywhere, &[Key::ch('5')], ShowPlan, "5", "the plan: change the agenda and the report-back order live", None),
    bind!(Everywhere, &[Key::ch('6')], ShowReadBack, "6", "the read-back: the commitments in large type, to read to the room", None),
    bind!(Everywhere, &[Key::ch('P'), Key::ch('p')], ToggleProjector, "P", "projector mode: essentials only, largest type", None),
    bind!(Everywhere, &[Key::ch('m')], ToggleMute, "m", "mute / unmute the bell", None),
    bind!(Everywhere, &[Key::code(KeyCode::Esc)], Back, "Esc", "leave projector mode, or back to the stage", None),
    bind!(Always, &[Key::ch('?'), Key::code(KeyCode::F(1))], Help, "?", "these keys", Some("help")),
    bind!(Everywhere, &[Key::ch('q')], Quit, "q", "quit (asks if a timer runs or changes are not on disk)", Some("quit")),
    bind!(Always, &[Key::ctrl('c')], Interrupt, "Ctrl-C", "quit safely at any time", None),
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

//! The review screens' keys, as data: dispatch, the help overlay and the footers read it.

use ratatui::crossterm::event::KeyCode;

use crate::keymap::{Binding, Key, Keymap};

/// What a key asks for on the review screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Open the selected session's record.
    Open,
    /// The board of every commitment.
    Board,
    /// The board of the selected (or shown) session's commitments.
    SessionCommitments,
    Export,
    ExportMarkdown,
    ExportCsv,
    ExportCalendar,
    ExportHtml,
    ExportDocx,
    /// On the export question: the Markdown and CSV for outside the room, or not.
    ExportExternal,
    Search,
    EndSearch,
    CancelSearch,
    ToggleOverdue,
    NextStatus,
    NextDueWithin,
    NextSort,
    ToggleByOwner,
    FollowUp,
    /// The progress figures of what is in view (issue 15 C).
    Figures,
    /// On the figures: bars by stakeholder group or by owner.
    FiguresGroup,
    /// Esc on the board: clear the filters and grouping, then back where it was opened.
    ClearOrBack,
    Back,
    Help,
    Quit,
}

/// Where a key applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Sessions,
    Record,
    Board,
    /// Typing a search on the board.
    Search,
    /// The export question on a session's record.
    Export,
    /// The progress figures.
    Figures,
    Everywhere,
}

impl Scope {
    /// A heading for the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Scope::Sessions => "Sessions",
            Scope::Record => "A session's record",
            Scope::Board => "Commitments board",
            Scope::Search => "Searching",
            Scope::Export => "Export",
            Scope::Figures => "Figures",
            Scope::Everywhere => "Everywhere",
        }
    }

    /// Where a key of this scope works, for telling someone who pressed it elsewhere.
    pub fn where_(self) -> &'static str {
        match self {
            Scope::Sessions => "on the sessions list",
            Scope::Record => "on a session's record (Enter on the list)",
            Scope::Board => "on the commitments board (b or c)",
            Scope::Search => "while searching the board (/)",
            Scope::Export => "after x on a session's record",
            Scope::Figures => "on the figures (f on the sessions or the board)",
            Scope::Everywhere => "everywhere",
        }
    }
}

const UP: &[Key] = &[Key::code(KeyCode::Up), Key::ch('k')];
const DOWN: &[Key] = &[Key::code(KeyCode::Down), Key::ch('j')];

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

/// Every review key, screen by screen, in the order help lists them.
pub const KEYMAP: Keymap<Action, Scope> = Keymap(&[
    bind!(Sessions, UP, Up, "↑", "previous session", Some("choose")),
    bind!(Sessions, DOWN, Down, "↓", "next session", Some("choose")),
    bind!(
        Sessions,
        &[Key::code(KeyCode::Enter)],
        Open,
        "Enter",
        "open the session's record",
        Some("open")
    ),
    bind!(
        Sessions,
        &[Key::ch('c')],
        SessionCommitments,
        "c",
        "its commitments",
        Some("its commitments")
    ),
    bind!(
        Sessions,
        &[Key::ch('b'), Key::code(KeyCode::Tab)],
        Board,
        "b",
        "every session's commitments",
        Some("all commitments")
    ),
    bind!(
        Sessions,
        // Issue 11 (newcomer finding 5c): Esc never quits, as in the console; only q does.
        &[Key::ch('q')],
        Quit,
        "q",
        "quit",
        Some("quit")
    ),
    bind!(
        Sessions,
        &[Key::ch('f')],
        Figures,
        "f",
        "figures: done, on track, renegotiated, overdue, dropped by session and group",
        // Not in the footer: at 80 columns it would push out "? help", which lists it.
        None
    ),
    bind!(Record, UP, Up, "↑", "scroll up", Some("scroll")),
    bind!(Record, DOWN, Down, "↓", "scroll down", Some("scroll")),
    bind!(
        Record,
        &[Key::code(KeyCode::PageUp)],
        PageUp,
        "PgUp",
        "a page up",
        None
    ),
    bind!(
        Record,
        &[Key::code(KeyCode::PageDown), Key::ch(' ')],
        PageDown,
        "PgDn",
        "a page down",
        None
    ),
    bind!(
        Record,
        &[Key::code(KeyCode::Home)],
        Top,
        "Home",
        "to the top",
        None
    ),
    bind!(
        Record,
        &[Key::ch('c'), Key::ch('b')],
        SessionCommitments,
        "c",
        "this session's commitments",
        Some("commitments")
    ),
    bind!(
        Record,
        &[Key::ch('x')],
        Export,
        "x",
        "export: Markdown, CSV, calendar, HTML or DOCX",
        Some("export")
    ),
    bind!(
        Record,
        &[Key::code(KeyCode::Esc), Key::code(KeyCode::Backspace)],
        Back,
        "Esc",
        "back to the sessions",
        Some("back")
    ),
    bind!(Record, &[Key::ch('q')], Quit, "q", "quit", Some("quit")),
    bind!(
        Export,
        &[Key::ch('m')],
        ExportMarkdown,
        "m",
        "the outcome document (Markdown)",
        None
    ),
    bind!(
        Export,
        &[Key::ch('c')],
        ExportCsv,
        "c",
        "the commitments (CSV)",
        None
    ),
    bind!(
        Export,
        &[Key::ch('i')],
        ExportCalendar,
        "i",
        "the deadlines (calendar)",
        None
    ),
    bind!(
        Export,
        &[Key::ch('h')],
        ExportHtml,
        "h",
        "the outcome document to send (HTML)",
        None
    ),
    bind!(
        Export,
        &[Key::ch('w')],
        ExportDocx,
        "w",
        "the outcome document to send (DOCX, for Word)",
        None
    ),
    bind!(
        Export,
        &[Key::ch('e')],
        ExportExternal,
        "e",
        "Markdown and CSV for outside the room: no log-ins, times or file paths",
        None
    ),
    bind!(Board, UP, Up, "↑", "previous commitment", None),
    bind!(Board, DOWN, Down, "↓", "next commitment", None),
    bind!(
        Board,
        &[Key::code(KeyCode::PageUp)],
        PageUp,
        "PgUp",
        "a page up",
        None
    ),
    bind!(
        Board,
        &[Key::code(KeyCode::PageDown)],
        PageDown,
        "PgDn",
        "a page down",
        None
    ),
    bind!(
        Board,
        &[Key::code(KeyCode::Home)],
        Top,
        "Home",
        "the first",
        None
    ),
    bind!(
        Board,
        &[Key::code(KeyCode::End)],
        Bottom,
        "End",
        "the last",
        None
    ),
    bind!(
        Board,
        &[Key::code(KeyCode::Enter)],
        FollowUp,
        "Enter",
        "follow up the selected commitment",
        Some("follow up")
    ),
    bind!(
        Board,
        &[Key::ch('/')],
        Search,
        "/",
        "search as you type: action, owner, organisation, group, session",
        Some("search")
    ),
    bind!(
        Board,
        &[Key::ch('o')],
        ToggleOverdue,
        "o",
        "overdue only",
        Some("overdue")
    ),
    bind!(
        Board,
        &[Key::ch('s')],
        NextStatus,
        "s",
        "status: any, still owed, open, in progress, done, dropped",
        Some("status")
    ),
    bind!(
        Board,
        &[Key::ch('w')],
        NextDueWithin,
        "w",
        "due within 7, 30 or 90 days",
        Some("due within")
    ),
    bind!(
        Board,
        &[Key::ch('S')],
        NextSort,
        "S",
        "sort by deadline, owner or session",
        Some("sort")
    ),
    bind!(
        Board,
        &[Key::ch('g')],
        ToggleByOwner,
        "g",
        "group by owner",
        Some("by owner")
    ),
    bind!(
        Board,
        &[Key::code(KeyCode::Esc)],
        ClearOrBack,
        "Esc",
        "clear the filters and grouping, then back where you came from",
        Some("clear/back")
    ),
    bind!(
        Board,
        &[Key::code(KeyCode::Tab)],
        Back,
        "Tab",
        "back to the sessions",
        None
    ),
    bind!(
        Board,
        &[Key::ch('f')],
        Figures,
        "f",
        "figures of the commitments shown",
        Some("figures")
    ),
    bind!(Board, &[Key::ch('q')], Quit, "q", "quit", None),
    bind!(Figures, UP, Up, "↑", "scroll the sessions up", None),
    bind!(Figures, DOWN, Down, "↓", "scroll the sessions down", None),
    bind!(
        Figures,
        &[Key::ch('g')],
        FiguresGroup,
        "g",
        "bars by stakeholder group or by owner",
        Some("group/owner")
    ),
    bind!(
        Figures,
        &[Key::code(KeyCode::Esc), Key::code(KeyCode::Backspace)],
        Back,
        "Esc",
        "back where f was pressed",
        Some("back")
    ),
    bind!(Figures, &[Key::ch('q')], Quit, "q", "quit", Some("quit")),
    bind!(
        Search,
        &[Key::code(KeyCode::Enter)],
        EndSearch,
        "Enter",
        "keep the search and move in the list",
        None
    ),
    bind!(
        Search,
        &[Key::code(KeyCode::Esc)],
        CancelSearch,
        "Esc",
        "clear the search",
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
        &[Key::ctrl('c')],
        Quit,
        "Ctrl-C",
        "quit at any time",
        None
    ),
]);

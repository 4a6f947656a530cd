//! The review screens' keys, as data: dispatch, the help overlay and the footers read it.

use ratatui::crossterm::event::KeyCode;

use crate::i18n::Msg;
use crate::keymap::{Binding, Key, Keymap};
use crate::msg;

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
    pub fn title(self) -> Msg {
        match self {
            Scope::Sessions => msg!("review-scope-sessions"),
            Scope::Record => msg!("review-scope-record"),
            Scope::Board => msg!("review-scope-board"),
            Scope::Search => msg!("review-scope-search"),
            Scope::Export => msg!("review-scope-export"),
            Scope::Figures => msg!("review-scope-figures"),
            Scope::Everywhere => msg!("scope-everywhere"),
        }
    }

    /// Where a key of this scope works, for telling someone who pressed it elsewhere.
    pub fn where_(self) -> Msg {
        match self {
            Scope::Sessions => msg!("review-where-sessions"),
            Scope::Record => msg!("review-where-record"),
            Scope::Board => msg!("review-where-board"),
            Scope::Search => msg!("review-where-search"),
            Scope::Export => msg!("review-where-export"),
            Scope::Figures => msg!("review-where-figures"),
            Scope::Everywhere => msg!("where-everywhere"),
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
#[rustfmt::skip]
pub const KEYMAP: Keymap<Action, Scope> = Keymap(&[
    bind!(Sessions, UP, Up, "↑", msg!("review-help-sessions-up"), Some(msg!("footer-choose"))),
    bind!(Sessions, DOWN, Down, "↓", msg!("review-help-sessions-down"), Some(msg!("footer-choose"))),
    bind!(Sessions, &[Key::code(KeyCode::Enter)], Open, "Enter", msg!("review-help-open"), Some(msg!("review-footer-open"))),
    bind!(Sessions, &[Key::ch('c')], SessionCommitments, "c", msg!("review-help-sessions-commitments"), Some(msg!("review-footer-its-commitments"))),
    bind!(Sessions, &[Key::ch('b'), Key::code(KeyCode::Tab)], Board, "b", msg!("review-help-board"), Some(msg!("review-footer-all-commitments"))),
    // Issue 11 (newcomer finding 5c): Esc never quits, as in the console; only q does.
    bind!(Sessions, &[Key::ch('q')], Quit, "q", msg!("footer-quit"), Some(msg!("footer-quit"))),
    // Not in the footer: at 80 columns it would push out "? help", which lists it.
    bind!(Sessions, &[Key::ch('f')], Figures, "f", msg!("review-help-sessions-figures"), None),
    bind!(Record, UP, Up, "↑", msg!("review-help-record-up"), Some(msg!("review-footer-scroll"))),
    bind!(Record, DOWN, Down, "↓", msg!("review-help-record-down"), Some(msg!("review-footer-scroll"))),
    bind!(Record, &[Key::code(KeyCode::PageUp)], PageUp, "PgUp", msg!("help-page-up"), None),
    bind!(Record, &[Key::code(KeyCode::PageDown), Key::ch(' ')], PageDown, "PgDn", msg!("help-page-down"), None),
    bind!(Record, &[Key::code(KeyCode::Home)], Top, "Home", msg!("review-help-record-top"), None),
    bind!(Record, &[Key::ch('c'), Key::ch('b')], SessionCommitments, "c", msg!("review-help-record-commitments"), Some(msg!("footer-commitments"))),
    bind!(Record, &[Key::ch('x')], Export, "x", msg!("review-help-export"), Some(msg!("review-footer-export"))),
    bind!(Record, &[Key::code(KeyCode::Esc), Key::code(KeyCode::Backspace)], Back, "Esc", msg!("review-help-record-back"), Some(msg!("footer-back"))),
    bind!(Record, &[Key::ch('q')], Quit, "q", msg!("footer-quit"), Some(msg!("footer-quit"))),
    bind!(Export, &[Key::ch('m')], ExportMarkdown, "m", msg!("review-export-markdown"), None),
    bind!(Export, &[Key::ch('c')], ExportCsv, "c", msg!("review-export-csv"), None),
    bind!(Export, &[Key::ch('i')], ExportCalendar, "i", msg!("review-export-calendar"), None),
    bind!(Export, &[Key::ch('h')], ExportHtml, "h", msg!("review-export-html"), None),
    bind!(Export, &[Key::ch('w')], ExportDocx, "w", msg!("review-export-docx"), None),
    bind!(Export, &[Key::ch('e')], ExportExternal, "e", msg!("review-export-external"), None),
    bind!(Board, UP, Up, "↑", msg!("help-follow-up-prev-carried"), None),
    bind!(Board, DOWN, Down, "↓", msg!("help-follow-up-next-carried"), None),
    bind!(Board, &[Key::code(KeyCode::PageUp)], PageUp, "PgUp", msg!("help-page-up"), None),
    bind!(Board, &[Key::code(KeyCode::PageDown)], PageDown, "PgDn", msg!("help-page-down"), None),
    bind!(Board, &[Key::code(KeyCode::Home)], Top, "Home", msg!("review-help-board-first"), None),
    bind!(Board, &[Key::code(KeyCode::End)], Bottom, "End", msg!("review-help-board-last"), None),
    bind!(Board, &[Key::code(KeyCode::Enter)], FollowUp, "Enter", msg!("review-help-follow-up"), Some(msg!("review-footer-follow-up"))),
    bind!(Board, &[Key::ch('/')], Search, "/", msg!("review-help-search"), Some(msg!("review-footer-search"))),
    bind!(Board, &[Key::ch('o')], ToggleOverdue, "o", msg!("review-help-toggle-overdue"), Some(msg!("review-footer-overdue"))),
    bind!(Board, &[Key::ch('s')], NextStatus, "s", msg!("review-help-next-status"), Some(msg!("footer-status"))),
    bind!(Board, &[Key::ch('w')], NextDueWithin, "w", msg!("review-help-next-due-within"), Some(msg!("review-footer-due-within"))),
    bind!(Board, &[Key::ch('S')], NextSort, "S", msg!("review-help-next-sort"), Some(msg!("review-footer-sort"))),
    bind!(Board, &[Key::ch('g')], ToggleByOwner, "g", msg!("review-help-toggle-by-owner"), Some(msg!("review-footer-by-owner"))),
    bind!(Board, &[Key::code(KeyCode::Esc)], ClearOrBack, "Esc", msg!("review-help-clear-or-back"), Some(msg!("review-footer-clear-back"))),
    bind!(Board, &[Key::code(KeyCode::Tab)], Back, "Tab", msg!("review-help-record-back"), None),
    bind!(Board, &[Key::ch('f')], Figures, "f", msg!("review-help-board-figures"), Some(msg!("review-footer-figures"))),
    bind!(Board, &[Key::ch('q')], Quit, "q", msg!("footer-quit"), None),
    bind!(Figures, UP, Up, "↑", msg!("review-help-figures-up"), None),
    bind!(Figures, DOWN, Down, "↓", msg!("review-help-figures-down"), None),
    bind!(Figures, &[Key::ch('g')], FiguresGroup, "g", msg!("review-help-figures-group"), Some(msg!("review-footer-group-owner"))),
    bind!(Figures, &[Key::code(KeyCode::Esc), Key::code(KeyCode::Backspace)], Back, "Esc", msg!("review-help-figures-back"), Some(msg!("footer-back"))),
    bind!(Figures, &[Key::ch('q')], Quit, "q", msg!("footer-quit"), Some(msg!("footer-quit"))),
    bind!(Search, &[Key::code(KeyCode::Enter)], EndSearch, "Enter", msg!("review-help-end-search"), None),
    bind!(Search, &[Key::code(KeyCode::Esc)], CancelSearch, "Esc", msg!("review-help-cancel-search"), None),
    bind!(Everywhere, &[Key::ch('?'), Key::code(KeyCode::F(1))], Help, "?", msg!("help-always-help"), Some(msg!("footer-help"))),
    bind!(Everywhere, &[Key::ctrl('c')], Quit, "Ctrl-C", msg!("help-client-interrupt"), None),
]);

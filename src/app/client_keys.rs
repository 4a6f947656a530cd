//! The keys of a note-taker's and a viewer's screen, as data: the same actions as the
//! console's, only those the seat may use, so their help and footer never offer the
//! facilitator's keys.

use ratatui::crossterm::event::KeyCode;

use super::keys::{Action, DETAIL, DOWN, END, HOME, PAGE_DOWN, PAGE_UP, Scope, UP, bind};
use crate::keymap::{Binding, Key, Keymap};

/// A note-taker's keys: notes and commitments, the lists, help and quit. The agenda and the
/// timers are the facilitator's, so they are not offered.
pub const CLIENT_KEYMAP: Keymap<Action, Scope> = Keymap(&[
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
        PAGE_UP,
        PageUp,
        "PgUp",
        "eight commitments up",
        None
    ),
    bind!(
        Commitments,
        PAGE_DOWN,
        PageDown,
        "PgDn",
        "eight commitments down",
        None
    ),
    bind!(
        Commitments,
        HOME,
        First,
        "Home",
        "the first commitment",
        None
    ),
    bind!(Commitments, END, Last, "End", "the last commitment", None),
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
        Commitments,
        &[Key::ch('S')],
        CycleStatusBack,
        "S",
        "previous status, for one s too many",
        Some("status")
    ),
    bind!(
        Commitments,
        DETAIL,
        ShowDetail,
        "v",
        "the selected commitment in full, with who recorded it and its history",
        Some("details")
    ),
    bind!(
        Notes,
        UP,
        Up,
        "↑",
        "select the previous note",
        Some("select")
    ),
    bind!(
        Notes,
        DOWN,
        Down,
        "↓",
        "select the next note",
        Some("select")
    ),
    bind!(Notes, PAGE_UP, PageUp, "PgUp", "eight notes up", None),
    bind!(Notes, PAGE_DOWN, PageDown, "PgDn", "eight notes down", None),
    bind!(Notes, HOME, First, "Home", "the first note", None),
    bind!(Notes, END, Last, "End", "the last note", None),
    bind!(
        Note,
        &[Key::ch('e'), Key::code(KeyCode::Enter)],
        Edit,
        "e Enter",
        "correct the selected note (one you wrote)",
        Some("edit")
    ),
    bind!(
        Note,
        &[Key::ch('d'), Key::code(KeyCode::Delete)],
        DeleteNote,
        "d",
        "delete the selected note you wrote (asks; kept, struck out) or restore it",
        Some("delete")
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
        &[Key::ch('c')],
        NewCommitment,
        "c",
        "new commitment: action, owner, deadline",
        Some("commitment")
    ),
    bind!(
        Everywhere,
        &[Key::ch('1')],
        ShowStage,
        "1",
        "this item's notes and commitments",
        Some("this item")
    ),
    bind!(
        Everywhere,
        &[Key::ch('2')],
        ShowCommitments,
        "2",
        "all commitments",
        Some("all commitments")
    ),
    bind!(
        Everywhere,
        &[Key::ch('3')],
        ShowNotes,
        "3",
        "this item's notes: correct or delete the ones you wrote",
        Some("notes")
    ),
    bind!(
        Everywhere,
        &[Key::ch('4')],
        ShowMine,
        "4",
        "yours: each note and commitment you sent, saved ✓ on the facilitator's disk or not yet",
        Some("yours")
    ),
    bind!(
        Everywhere,
        &[Key::code(KeyCode::Esc)],
        Back,
        "Esc",
        "back to this item",
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
        "quit (what is not yet confirmed is kept for the next join)",
        Some("quit")
    ),
    bind!(
        Everywhere,
        &[Key::ctrl('c')],
        Interrupt,
        "Ctrl-C",
        "quit at any time",
        None
    ),
]);

/// A viewer's keys: it watches, so only the lists, help and quit.
pub const VIEWER_KEYMAP: Keymap<Action, Scope> = Keymap(&[
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
        PAGE_UP,
        PageUp,
        "PgUp",
        "eight commitments up",
        None
    ),
    bind!(
        Commitments,
        PAGE_DOWN,
        PageDown,
        "PgDn",
        "eight commitments down",
        None
    ),
    bind!(
        Commitments,
        HOME,
        First,
        "Home",
        "the first commitment",
        None
    ),
    bind!(Commitments, END, Last, "End", "the last commitment", None),
    bind!(
        Commitments,
        DETAIL,
        ShowDetail,
        "v",
        "the selected commitment in full, with who recorded it and its history",
        Some("details")
    ),
    // Issue 14, item 5: a viewer reads every note too, in the notes view (3).
    bind!(
        Notes,
        UP,
        Up,
        "↑",
        "select the previous note",
        Some("select")
    ),
    bind!(
        Notes,
        DOWN,
        Down,
        "↓",
        "select the next note",
        Some("select")
    ),
    bind!(Notes, PAGE_UP, PageUp, "PgUp", "eight notes up", None),
    bind!(Notes, PAGE_DOWN, PageDown, "PgDn", "eight notes down", None),
    bind!(Notes, HOME, First, "Home", "the first note", None),
    bind!(Notes, END, Last, "End", "the last note", None),
    bind!(
        Everywhere,
        &[Key::ch('1')],
        ShowStage,
        "1",
        "this item's notes and commitments",
        Some("this item")
    ),
    bind!(
        Everywhere,
        &[Key::ch('2')],
        ShowCommitments,
        "2",
        "all commitments",
        Some("all commitments")
    ),
    bind!(
        Everywhere,
        &[Key::ch('3')],
        ShowNotes,
        "3",
        "this item's notes, to read them all",
        Some("notes")
    ),
    bind!(
        Everywhere,
        &[Key::code(KeyCode::Esc)],
        Back,
        "Esc",
        "back to this item",
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
    bind!(Everywhere, &[Key::ch('q')], Quit, "q", "quit", Some("quit")),
    bind!(
        Everywhere,
        &[Key::ctrl('c')],
        Interrupt,
        "Ctrl-C",
        "quit at any time",
        None
    ),
]);

/// The scopes a note-taker's help lists.
pub const CLIENT_HELP_SECTIONS: [Scope; 4] = [
    Scope::Commitments,
    Scope::Notes,
    Scope::Note,
    Scope::Everywhere,
];

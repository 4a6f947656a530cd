//! What a key means: one `Action` per user intent, and a pure keymap per mode.
//!
//! Keeping the mapping pure means the help overlay, the footer and the tests
//! all read the same table, and no key handling hides in the views.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A user intent on the main screens (forms and dialogs handle their own keys).
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
    /// Quit (asks if a timer is running).
    Quit,
    /// Ctrl-C: quit now, saving; asks only if typed text would be lost.
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

/// One row of the key table: the keys as printed, what they do, and where they apply.
pub struct KeyHelp {
    pub keys: &'static str,
    pub does: &'static str,
    pub scope: Scope,
}

/// Where a key does something, so the footer can show only what matters on this screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    Timer,
    FollowUp,
    Lists,
    Forms,
}

/// Every key, in the order the help overlay and README list them.
pub const KEYS: &[KeyHelp] = &[
    KeyHelp {
        keys: "Enter",
        does: "start the session",
        scope: Scope::Timer,
    },
    KeyHelp {
        keys: "Space",
        does: "start / pause the presenter timer",
        scope: Scope::Timer,
    },
    KeyHelp {
        keys: "→ ←",
        does: "next / previous group",
        scope: Scope::Timer,
    },
    KeyHelp {
        keys: "] [",
        does: "next / previous agenda item",
        scope: Scope::Everywhere,
    },
    KeyHelp {
        keys: "+ -",
        does: "add / remove 30 s on the timer shown",
        scope: Scope::Timer,
    },
    KeyHelp {
        keys: "r",
        does: "reset the presenter timer (asks)",
        scope: Scope::Timer,
    },
    KeyHelp {
        keys: "c",
        does: "new commitment",
        scope: Scope::Everywhere,
    },
    KeyHelp {
        keys: "n",
        does: "new note for this item / group",
        scope: Scope::Everywhere,
    },
    KeyHelp {
        keys: "1 2 3",
        does: "stage / commitments / notes",
        scope: Scope::Everywhere,
    },
    KeyHelp {
        keys: "↑ ↓",
        does: "select a commitment",
        scope: Scope::Lists,
    },
    KeyHelp {
        keys: "e Enter",
        does: "edit the selected commitment",
        scope: Scope::Lists,
    },
    KeyHelp {
        keys: "s",
        does: "next status: open → in progress → done → dropped",
        scope: Scope::Lists,
    },
    KeyHelp {
        keys: "P",
        does: "projector mode: essentials only, largest type",
        scope: Scope::Everywhere,
    },
    KeyHelp {
        keys: "m",
        does: "mute / unmute the bell",
        scope: Scope::Everywhere,
    },
    KeyHelp {
        keys: "?",
        does: "this help",
        scope: Scope::Everywhere,
    },
    KeyHelp {
        keys: "q",
        does: "quit (asks if a timer runs); the session is saved",
        scope: Scope::Everywhere,
    },
    KeyHelp {
        keys: "Ctrl-C",
        does: "quit safely at any time",
        scope: Scope::Everywhere,
    },
    KeyHelp {
        keys: "Tab S-Tab",
        does: "next / previous field",
        scope: Scope::Forms,
    },
    KeyHelp {
        keys: "Enter",
        does: "save the form",
        scope: Scope::Forms,
    },
    KeyHelp {
        keys: "↑ ↓",
        does: "pick a suggested owner",
        scope: Scope::Forms,
    },
    KeyHelp {
        keys: "Esc",
        does: "cancel (asks if text would be lost)",
        scope: Scope::Forms,
    },
];

/// The action for a key on a main screen, if any.
pub fn main_action(key: KeyEvent, view: View) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c') => Some(Action::Interrupt),
            _ => None,
        };
    }
    let lists = view == View::Commitments;
    Some(match key.code {
        KeyCode::Char(' ') => Action::ToggleTimer,
        KeyCode::Right => Action::NextGroup,
        KeyCode::Left => Action::PrevGroup,
        KeyCode::Char(']') => Action::NextItem,
        KeyCode::Char('[') => Action::PrevItem,
        KeyCode::Char('+') | KeyCode::Char('=') => Action::AddTime,
        KeyCode::Char('-') | KeyCode::Char('_') => Action::RemoveTime,
        KeyCode::Char('r') => Action::ResetTimer,
        KeyCode::Char('t') => Action::OwnerTimer,
        KeyCode::Char('c') => Action::NewCommitment,
        KeyCode::Char('n') => Action::NewNote,
        KeyCode::Char('P') | KeyCode::Char('p') => Action::ToggleProjector,
        KeyCode::Char('m') => Action::ToggleMute,
        KeyCode::Char('?') | KeyCode::F(1) => Action::Help,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('1') => Action::ShowStage,
        KeyCode::Char('2') => Action::ShowCommitments,
        KeyCode::Char('3') => Action::ShowNotes,
        KeyCode::Char('4') => Action::ShowPeople,
        KeyCode::Char('x') if view == View::People => Action::Disconnect,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Char('e') if lists => Action::Edit,
        KeyCode::Char('s') if lists => Action::CycleStatus,
        KeyCode::Enter if lists => Action::Edit,
        KeyCode::Enter => Action::StartSession,
        KeyCode::Esc => Action::Back,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_documented_keys_map_to_their_actions() {
        let stage = View::Stage;
        assert_eq!(
            main_action(key(KeyCode::Char(' ')), stage),
            Some(Action::ToggleTimer)
        );
        assert_eq!(
            main_action(key(KeyCode::Right), stage),
            Some(Action::NextGroup)
        );
        assert_eq!(
            main_action(key(KeyCode::Char(']')), stage),
            Some(Action::NextItem)
        );
        assert_eq!(
            main_action(key(KeyCode::Char('+')), stage),
            Some(Action::AddTime)
        );
        assert_eq!(
            main_action(key(KeyCode::Char('P')), stage),
            Some(Action::ToggleProjector)
        );
        assert_eq!(
            main_action(
                KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
                stage
            ),
            Some(Action::Interrupt)
        );
    }

    #[test]
    fn enter_edits_in_the_commitments_list_and_starts_the_session_elsewhere() {
        assert_eq!(
            main_action(key(KeyCode::Enter), View::Commitments),
            Some(Action::Edit)
        );
        assert_eq!(
            main_action(key(KeyCode::Enter), View::Stage),
            Some(Action::StartSession)
        );
        assert_eq!(main_action(key(KeyCode::Char('s')), View::Stage), None);
    }
}

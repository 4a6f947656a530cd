//! Which keys a footer offers: the bindings of the scopes that apply now, less a key that
//! would only show the view already shown (findings11 item 6: a footer offers only keys
//! that do something there).

use super::App;
use super::keys::{Action, Scope, View};
use crate::keymap::{Binding, Keymap};

impl App {
    /// Whether `action` only switches to the view on screen now.
    pub fn already_showing(&self, action: Action) -> bool {
        let view = match action {
            Action::ShowStage => View::Stage,
            Action::ShowCommitments => View::Commitments,
            Action::ShowNotes => View::Notes,
            Action::ShowPeople => View::People,
            Action::ShowMine => View::Mine,
            Action::ShowPlan => View::Plan,
            Action::ShowReadBack => View::ReadBack,
            _ => return false,
        };
        self.view == view
    }

    /// The bindings the footer shows now, from this seat's keymap, in its order.
    pub fn footer_keys(&self) -> Vec<&'static Binding<Action, Scope>> {
        self.footer_keys_of(self.keymap_and_help().0)
    }

    /// The bindings of `map` a footer shows now.
    pub fn footer_keys_of(
        &self,
        map: &'static Keymap<Action, Scope>,
    ) -> Vec<&'static Binding<Action, Scope>> {
        let scopes = self.scopes();
        map.applying(&scopes)
            .filter(|b| b.footer.is_some() && !self.already_showing(b.action))
            .collect()
    }
}

//! One commitment in full (v in the commitments table, issue 14 item 5): the table cuts the
//! action and leaves out who recorded it; this shows everything, history included, over the
//! screen it was opened from, scrolled with its own keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::App;
use crate::domain::Commitment;
use crate::i18n::Msg;
use crate::keymap::{Binding, Key, Keymap};
use crate::msg;

/// What a key does while a commitment is shown in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailAction {
    ScrollUp,
    ScrollDown,
    /// A page of the screen (nc14 #14: PgDn moved three lines).
    PageUp,
    PageDown,
    /// The commitment before or after it in the table.
    Previous,
    Next,
    Close,
}

/// The detail view's one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailScope {
    Detail,
}

/// The heading of the detail view's keys in help and the README.
pub const DETAIL_TITLE: Msg = msg!("help-detail");

/// The detail view's keys: its footer and the help's section are read from here.
pub const DETAIL_KEYS: Keymap<DetailAction, DetailScope> = Keymap(&[
    Binding {
        keys: &[Key::code(KeyCode::Up), Key::ch('k')],
        action: DetailAction::ScrollUp,
        scope: DetailScope::Detail,
        label: "↑",
        help: msg!("help-detail-up"),
        footer: Some(msg!("footer-scroll")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Down), Key::ch('j')],
        action: DetailAction::ScrollDown,
        scope: DetailScope::Detail,
        label: "↓",
        help: msg!("help-detail-down"),
        footer: Some(msg!("footer-scroll")),
    },
    Binding {
        keys: &[Key::code(KeyCode::PageUp)],
        action: DetailAction::PageUp,
        scope: DetailScope::Detail,
        label: "PgUp",
        help: msg!("help-page-up"),
        footer: None,
    },
    Binding {
        keys: &[Key::code(KeyCode::PageDown)],
        action: DetailAction::PageDown,
        scope: DetailScope::Detail,
        label: "PgDn",
        help: msg!("help-page-down"),
        footer: None,
    },
    Binding {
        keys: &[Key::code(KeyCode::Left)],
        action: DetailAction::Previous,
        scope: DetailScope::Detail,
        label: "←",
        help: msg!("help-detail-before"),
        footer: Some(msg!("footer-commitments")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Right)],
        action: DetailAction::Next,
        scope: DetailScope::Detail,
        label: "→",
        help: msg!("help-detail-after"),
        footer: Some(msg!("footer-commitments")),
    },
    Binding {
        // nc14b #11: q quits here as everywhere (the key table's "Everywhere" says so).
        keys: &[Key::code(KeyCode::Esc), Key::ch('v')],
        action: DetailAction::Close,
        scope: DetailScope::Detail,
        label: "Esc",
        help: msg!("help-detail-back"),
        footer: Some(msg!("footer-back")),
    },
]);

/// A commitment shown in full: which one is the table's selection; how far it is scrolled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Detail {
    pub scroll: u16,
}

impl App {
    /// The commitment the table has selected, deleted or not.
    pub fn selected_commitment(&self) -> Option<&Commitment> {
        let list = &self.session.live.as_ref()?.commitments;
        list.get(self.selection.commitment.min(list.len().checked_sub(1)?))
    }

    /// v: the selected commitment in full.
    pub(super) fn show_detail(&mut self) {
        if self.selected_commitment().is_some() {
            self.detail = Some(Detail::default());
        }
    }

    /// A key while a commitment is shown in full; a key it does not know does nothing.
    pub(super) fn on_detail_key(&mut self, key: &KeyEvent) {
        let rows = self.commitment_rows();
        // What the box shows below the header, its frame and its keys, less a line kept.
        let page = self.rows.saturating_sub(8).max(1);
        let Some(detail) = self.detail.as_mut() else {
            return;
        };
        match DETAIL_KEYS.resolve(&[DetailScope::Detail], key) {
            Some(DetailAction::ScrollUp) => detail.scroll = detail.scroll.saturating_sub(3),
            Some(DetailAction::ScrollDown) => detail.scroll = detail.scroll.saturating_add(3),
            Some(DetailAction::PageUp) => detail.scroll = detail.scroll.saturating_sub(page),
            Some(DetailAction::PageDown) => detail.scroll = detail.scroll.saturating_add(page),
            Some(DetailAction::Previous) => {
                *detail = Detail::default();
                self.selection.commitment = self.selection.commitment.saturating_sub(1);
            }
            Some(DetailAction::Next) => {
                *detail = Detail::default();
                self.selection.commitment =
                    (self.selection.commitment + 1).min(rows.saturating_sub(1));
            }
            Some(DetailAction::Close) => self.detail = None,
            None => {}
        }
    }
}

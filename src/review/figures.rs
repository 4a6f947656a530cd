//! The figures screen of review (issue 15 C): the progress report's counts for what the
//! reviewer is looking at — every commitment from the sessions list, the board's filtered
//! rows from the board — by session and by stakeholder group or owner.

use super::keys::Action;
use super::{Review, Screen};
use crate::report::progress::{self, Figures};

impl Review {
    /// The figures for the commitments in view: the board's rows when opened from the
    /// board, else all of them; judged on review's date, as the report is.
    pub fn figures(&self) -> Figures {
        let rows: Vec<_> = if self.figures_from == Screen::Board {
            self.shown
                .iter()
                .map(|&i| self.entries[i].row.clone())
                .collect()
        } else {
            self.entries.iter().map(|e| e.row.clone()).collect()
        };
        let lang = crate::i18n::current();
        progress::figures(&rows, self.today, &|d| crate::i18n::date::listed(d, lang))
    }

    /// Opens the figures for what `from` shows.
    pub(super) fn open_figures(&mut self, from: Screen) {
        self.figures_from = from;
        self.figures_scroll = 0;
        self.screen = Screen::Figures;
    }

    pub(super) fn figures_action(&mut self, action: Action) {
        match action {
            Action::Up => self.figures_scroll = self.figures_scroll.saturating_sub(1),
            Action::Down => self.figures_scroll = self.figures_scroll.saturating_add(1),
            Action::FiguresGroup => self.figures_by_owner = !self.figures_by_owner,
            Action::Back => self.screen = self.figures_from,
            _ => {}
        }
    }
}

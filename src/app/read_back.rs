//! The read-back's keys (issue 12, item 16): which commitment or page is on screen, paged
//! through with the arrows, one at a time or a page at a time. The pages are the view's
//! (`ui::read_back`), laid out from the terminal's size, so a key never skips one.

use crate::tr;
use ratatui::layout::Rect;

use super::App;
use super::keys::Action;
use crate::domain::Commitment;

/// Where the read-back is: the first commitment on screen, and how many are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadBack {
    /// Index into `App::read_back_list`.
    pub at: usize,
    pub one_at_a_time: bool,
}

impl App {
    /// What the room agreed: the commitments not deleted, in the order they were made.
    pub fn read_back_list(&self) -> Vec<&Commitment> {
        self.session
            .live
            .as_ref()
            .map(|l| l.commitments.iter().filter(|c| !c.deleted).collect())
            .unwrap_or_default()
    }

    /// Where each page starts on this terminal: every commitment, one at a time.
    fn read_back_starts(&self) -> Vec<usize> {
        let list = self.read_back_list();
        if self.selection.read_back.one_at_a_time {
            return (0..list.len()).collect();
        }
        let (w, h) = self.host().map_or((80, 24), |h| h.screen);
        let body = crate::ui::read_back::body(self, Rect::new(0, 0, w, h));
        crate::ui::read_back::pages(&list, body)
    }

    /// The read-back's arrows and Tab.
    pub(super) fn on_read_back(&mut self, action: Action) {
        let starts = self.read_back_starts();
        let Some(last) = starts.len().checked_sub(1) else {
            return self.refuse(tr!("refused-nothing-to-read-back"));
        };
        let place = &mut self.selection.read_back;
        let page = starts.iter().rposition(|s| *s <= place.at).unwrap_or(0);
        let one = place.one_at_a_time;
        match action {
            Action::ReadNext if page == last => self.refuse(if one {
                tr!("refused-last-commitment")
            } else {
                tr!("refused-last-page")
            }),
            Action::ReadNext => place.at = starts[page + 1],
            Action::ReadPrevious if page == 0 => self.refuse(if one {
                tr!("refused-first-commitment")
            } else {
                tr!("refused-first-page")
            }),
            Action::ReadPrevious => place.at = starts[page - 1],
            Action::ReadMode => {
                // The first commitment on screen stays on screen.
                place.at = starts[page];
                place.one_at_a_time = !place.one_at_a_time;
            }
            _ => {}
        }
    }
}

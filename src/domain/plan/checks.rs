//! The plan's checks a form or a question needs before an operation is sent: every wrong
//! field of a new group or item at once (issue 11, finding 9), and whether an item may be
//! taken off before asking (finding 12). The operations make the same checks.

use super::{
    GROUP_HINT, NewGroup, NewItem, OpError, Session, TITLE_HINT, bounded, item_title, minutes_ok,
    name, open, plan, still_to_come,
};
use crate::domain::Field;

/// Everything wrong with a late group's fields as typed, field by field in form order, so
/// the form marks them all at once (issue 11, finding 9); `AddGroup` makes the same checks.
pub fn group_problems(new: &NewGroup) -> Vec<OpError> {
    [
        name(&new.name, Field::GroupName, Some(GROUP_HINT)).err(),
        name(&new.presenter, Field::Presenter, None).err(),
        bounded(new.topic.trim(), Field::Topic).err(),
        new.minutes.and_then(|m| minutes_ok(m).err()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Everything wrong with a new agenda item's title and minutes as typed.
pub fn item_problems(new: &NewItem) -> Vec<OpError> {
    [
        name(&new.title, Field::Title, Some(TITLE_HINT)).err(),
        minutes_ok(new.minutes).err(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

impl Session {
    /// Whether item `item` may be taken off the agenda now, checked before asking the
    /// person to confirm, so a question is never put that can only end in a refusal.
    pub fn may_remove_item(&self, item: usize) -> Result<(), OpError> {
        let live = open(self)?;
        let title = item_title(self, item)?;
        still_to_come(live, item, &title)?;
        let notes = live.notes.iter().filter(|n| n.anchor.item == item).count();
        let commitments = live
            .commitments
            .iter()
            .filter(|c| c.anchor.item == item)
            .count();
        if notes + commitments > 0 {
            return Err(plan(format!(
                "“{title}” holds {notes} notes and {commitments} commitments: it stays (shorten it instead)"
            )));
        }
        if self.item_order().len() == 1 {
            return Err(plan("an agenda needs at least one item"));
        }
        Ok(())
    }
}

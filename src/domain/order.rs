//! The running order and the report-back order as the plan now stands: which item comes
//! next, which group presents next and who is still to present. Read by the console, the
//! stage, the exports; changed only by the plan operations in `plan`.

use super::model::Session;

impl Session {
    /// The agenda items in the order they run, without those taken out live.
    pub fn item_order(&self) -> Vec<usize> {
        match self.live.as_ref().map(|l| &l.item_order) {
            Some(order) if !order.is_empty() => order.clone(),
            _ => (0..self.agenda.len()).collect(),
        }
    }

    /// The groups in the order they report back, absent ones included.
    pub fn group_order(&self) -> Vec<usize> {
        match self.live.as_ref().map(|l| &l.group_order) {
            Some(order) if !order.is_empty() => order.clone(),
            _ => (0..self.groups.len()).collect(),
        }
    }

    /// Whether a group was marked absent.
    pub fn is_absent(&self, group: usize) -> bool {
        self.live
            .as_ref()
            .and_then(|l| l.presentations.get(group))
            .is_some_and(|p| p.absent)
    }

    /// The groups that present, in report-back order.
    pub fn presenters(&self) -> Vec<usize> {
        self.group_order()
            .into_iter()
            .filter(|g| !self.is_absent(*g))
            .collect()
    }

    /// Where an item stands in the running order (from 1) and how many items there are;
    /// 0 for an item taken out.
    pub fn item_place(&self, item: usize) -> (usize, usize) {
        let order = self.item_order();
        let place = order.iter().position(|i| *i == item).map_or(0, |p| p + 1);
        (place, order.len())
    }

    /// The item after `item` in the running order.
    pub fn next_item(&self, item: usize) -> Option<usize> {
        let order = self.item_order();
        let at = order.iter().position(|i| *i == item)?;
        order.get(at + 1).copied()
    }

    /// The item before `item` in the running order.
    pub fn previous_item(&self, item: usize) -> Option<usize> {
        let order = self.item_order();
        let at = order.iter().position(|i| *i == item)?;
        at.checked_sub(1).and_then(|p| order.get(p).copied())
    }

    /// The group that presents after `group` (or first, for `None`), absent ones skipped.
    pub fn next_presenter(&self, group: Option<usize>) -> Option<usize> {
        let order = self.group_order();
        let start = group
            .and_then(|g| order.iter().position(|o| *o == g))
            .map_or(0, |p| p + 1);
        order[start.min(order.len())..]
            .iter()
            .copied()
            .find(|g| !self.is_absent(*g))
    }

    /// Whether a group has yet to present: not absent, its timer never started.
    pub fn yet_to_present(&self, group: usize) -> bool {
        !self.is_absent(group)
            && self
                .live
                .as_ref()
                .and_then(|l| l.presentations.get(group))
                .is_some_and(|p| p.timer.first_started.is_none())
    }

    /// The groups yet to present, in report-back order.
    pub fn waiting_presenters(&self) -> Vec<usize> {
        self.presenters()
            .into_iter()
            .filter(|g| self.yet_to_present(*g))
            .collect()
    }

    /// Who presents after `group`: the first group yet to present after it in report-back
    /// order, then one before it (a late group moved to the front, say).
    pub fn next_waiting_presenter(&self, group: usize) -> Option<usize> {
        let waiting = self.waiting_presenters();
        let order = self.presenters();
        let at = order.iter().position(|g| *g == group);
        let after = |g: &usize| {
            at.is_some_and(|a| order.iter().position(|o| o == g).is_some_and(|p| p > a))
        };
        waiting
            .iter()
            .copied()
            .find(|g| *g != group && after(g))
            .or_else(|| waiting.iter().copied().find(|g| *g != group))
    }

    /// The group that presents before `group`, absent ones skipped.
    pub fn previous_presenter(&self, group: usize) -> Option<usize> {
        let order = self.group_order();
        let at = order.iter().position(|o| *o == group)?;
        order[..at]
            .iter()
            .rev()
            .copied()
            .find(|g| !self.is_absent(*g))
    }
}

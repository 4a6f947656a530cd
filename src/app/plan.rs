//! What the plan view's keys (5) and the commitments table's `d` and `f` ask for: the
//! plan changed live, a commitment deleted or filed elsewhere. Each is an operation the
//! domain checks; a refusal is said in the flash line.

use super::keys::Action;
use super::plan_form::PlanForm;
use super::{App, Confirm, Form};
use crate::domain::{Anchor, ItemKind, Moment, Op};
use crate::tr;

/// Which list of the plan view has the keyboard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlanPane {
    #[default]
    Items,
    Groups,
}

/// Choosing where a commitment is filed: every item on the agenda, and under the items
/// with groups (breakout, report-back) each group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picker {
    pub id: String,
    pub places: Vec<Anchor>,
    pub index: usize,
}

impl App {
    /// The agenda item selected in the plan view, by its index.
    pub fn plan_item(&self) -> Option<usize> {
        self.session
            .item_order()
            .get(self.selection.plan_item)
            .copied()
    }

    /// The group selected in the plan view, by its index.
    pub fn plan_group(&self) -> Option<usize> {
        self.session
            .group_order()
            .get(self.selection.plan_group)
            .copied()
    }

    pub(super) fn on_plan_action(&mut self, action: Action, at: Moment) {
        let groups = self.selection.plan_pane == PlanPane::Groups;
        match action {
            Action::ShowPlan => self.view = super::View::Plan,
            Action::PlanSwitch => {
                self.selection.plan_pane = if groups {
                    PlanPane::Items
                } else {
                    PlanPane::Groups
                }
            }
            Action::MoveEarlier | Action::MoveLater => self.move_in_plan(action, at),
            Action::Lengthen | Action::Shorten => {
                let Some(item) = self.plan_item() else { return };
                let minutes = self.session.agenda[item].minutes;
                let minutes = if action == Action::Lengthen {
                    minutes.saturating_add(1)
                } else {
                    minutes.saturating_sub(1)
                };
                if self.run(Op::SetItemMinutes { item, minutes }, at) {
                    let title = self.session.agenda[item].title.clone();
                    self.say(tr!("said-planned-for", title = title, minutes = minutes));
                }
            }
            Action::AddToPlan if groups => {
                self.form = Some(Form::Plan(Box::new(PlanForm::group())));
            }
            Action::AddToPlan => {
                // After the selected item, and never before the one running now.
                let order = self.session.item_order();
                let running = if self.started() {
                    order
                        .iter()
                        .position(|i| *i == self.current_item())
                        .map_or(0, |p| p + 1)
                } else {
                    0
                };
                let position = (self.selection.plan_item + 1).max(running).min(order.len());
                self.form = Some(Form::Plan(Box::new(PlanForm::item(position))));
            }
            Action::TakeOut if groups => {
                let Some(group) = self.plan_group() else {
                    return;
                };
                let absent = !self.session.is_absent(group);
                if self.run(Op::SetGroupAbsent { group, absent }, at) {
                    let name = self.session.groups[group].name.clone();
                    self.say(if absent {
                        tr!("said-marked-absent", name = &name)
                    } else {
                        tr!("said-back-in", name = &name)
                    });
                }
            }
            Action::TakeOut => {
                let Some(item) = self.plan_item() else { return };
                // Issue 11 finding 12: an item that ran is refused at once, not after a question.
                match self.session.may_remove_item(item) {
                    Ok(()) => self.confirm = Some(Confirm::RemoveItem { item }),
                    Err(e) => self.refuse(super::update::capitalised(
                        &crate::i18n::refusal::refusal(&e),
                    )),
                }
            }
            _ => {}
        }
    }

    fn move_in_plan(&mut self, action: Action, at: Moment) {
        let earlier = action == Action::MoveEarlier;
        let groups = self.selection.plan_pane == PlanPane::Groups;
        let (place, len) = if groups {
            (self.selection.plan_group, self.session.group_order().len())
        } else {
            (self.selection.plan_item, self.session.item_order().len())
        };
        let target = if earlier {
            place.checked_sub(1)
        } else {
            Some(place + 1).filter(|p| *p < len)
        };
        let Some(position) = target else {
            self.refuse(if earlier {
                tr!("refused-already-first")
            } else {
                tr!("refused-already-last")
            });
            return;
        };
        let op = match (groups, self.plan_group(), self.plan_item()) {
            (true, Some(group), _) => Op::MoveGroup { group, position },
            (false, _, Some(item)) => Op::MoveItem { item, position },
            _ => return,
        };
        if self.run(op, at) {
            if groups {
                self.selection.plan_group = position;
            } else {
                self.selection.plan_item = position;
            }
        }
    }

    /// `d` in the commitments table: delete (asks) or restore the selected commitment.
    pub(super) fn delete_or_restore(&mut self, at: Moment) {
        let Some(c) = self
            .session
            .live
            .as_ref()
            .and_then(|l| l.commitments.get(self.selection.commitment))
        else {
            self.refuse(tr!("refused-no-commitment-selected"));
            return;
        };
        let id = c.id.clone();
        if c.deleted {
            if self.run(Op::RestoreCommitment { id: id.clone() }, at) {
                self.say_once_saved(
                    tr!("said-restoring", id = &id),
                    tr!("said-restored", id = &id),
                );
            }
        } else {
            self.confirm = Some(Confirm::DeleteCommitment { id });
        }
    }

    /// `f` in the commitments table: choose where the selected commitment is filed.
    pub(super) fn open_picker(&mut self) {
        let Some(c) = self
            .session
            .live
            .as_ref()
            .and_then(|l| l.commitments.get(self.selection.commitment))
        else {
            self.refuse(tr!("refused-no-commitment-selected"));
            return;
        };
        let places = self.places();
        let index = places.iter().position(|a| *a == c.anchor).unwrap_or(0);
        self.picker = Some(Picker {
            id: c.id.clone(),
            places,
            index,
        });
    }

    /// Every place a commitment may be filed, in running order.
    fn places(&self) -> Vec<Anchor> {
        let mut out = Vec::new();
        for item in self.session.item_order() {
            out.push(Anchor { item, group: None });
            let kind = self.session.agenda.get(item).map(|i| i.kind);
            if matches!(kind, Some(ItemKind::Breakout | ItemKind::Presentations)) {
                for group in self.session.group_order() {
                    out.push(Anchor {
                        item,
                        group: Some(group),
                    });
                }
            }
        }
        out
    }

    pub(super) fn on_picker_action(&mut self, action: Action, at: Moment) {
        let Some(picker) = self.picker.as_mut() else {
            return;
        };
        match action {
            Action::Up => picker.index = picker.index.saturating_sub(1),
            Action::Down => {
                picker.index = (picker.index + 1).min(picker.places.len().saturating_sub(1))
            }
            Action::Choose => {
                let Some(picker) = self.picker.take() else {
                    return;
                };
                let Some(anchor) = picker.places.get(picker.index).copied() else {
                    return;
                };
                let label = self.session.anchor_label(anchor);
                let id = picker.id;
                if self.run(
                    Op::MoveCommitment {
                        id: id.clone(),
                        anchor,
                    },
                    at,
                ) {
                    self.say_once_saved(
                        tr!("said-filing", id = &id, place = &label),
                        tr!("said-filed", id = &id, place = &label),
                    );
                }
            }
            _ => self.picker = None,
        }
    }
}

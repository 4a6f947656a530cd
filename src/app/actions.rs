//! What each action of the main screens does: which operation it asks for, or which
//! form, question or view it opens. Rules about what is allowed live in the domain.

use super::form::{CommitmentForm, NoteForm};
use super::keys::{Action, View};
use super::{App, Confirm, Effect, Form};
use crate::domain::{ItemKind, Moment, Op, Status};
use crate::tr;

/// Seconds that + and - add or take.
const STEP_SECONDS: i64 = 30;

/// Rows that PgUp and PgDn move in a list (the help says "eight").
const PAGE: isize = 8;

impl App {
    /// Does what a main-screen action asks; the agenda editor calls it for the plan keys.
    pub(crate) fn on_action(&mut self, action: Action, at: Moment) -> Option<Effect> {
        let item = self.current_item();
        let group = self.current_group();
        let groups = self.session.groups.len();
        let presenting = self.current_kind() == Some(ItemKind::Presentations);
        if self.picker.is_some() {
            match action {
                Action::Up | Action::Down | Action::Choose | Action::Back => {
                    self.on_picker_action(action, at);
                    return None;
                }
                Action::Interrupt | Action::Help => self.picker = None,
                _ => {
                    self.refuse(tr!("refused-picking"));
                    return None;
                }
            }
        }
        match action {
            Action::ShowPlan
            | Action::PlanSwitch
            | Action::MoveEarlier
            | Action::MoveLater
            | Action::Lengthen
            | Action::Shorten
            | Action::AddToPlan
            | Action::TakeOut => self.on_plan_action(action, at),
            Action::DeleteCommitment => self.delete_or_restore(at),
            Action::DeleteNote => self.delete_or_restore_note(at),
            Action::Edit if self.view == View::Notes => self.edit_note(),
            Action::ShowReadBack => self.view = View::ReadBack,
            Action::ExportOutcome => return self.export(crate::report::ExportFormat::Md),
            Action::ExportCalendar => return self.export(crate::report::ExportFormat::Ics),
            Action::ReadNext | Action::ReadPrevious | Action::ReadMode => self.on_read_back(action),
            Action::MoveCommitment => self.open_picker(),
            // Only the picker has a choice to make.
            Action::Choose => {}
            Action::StartSession => {
                if !self.started() && self.run(Op::StartSession, at) {
                    let title = self
                        .session
                        .agenda
                        .get(item)
                        .map(|i| i.title.clone())
                        .unwrap_or_default();
                    self.say(tr!("said-session-started", title = title));
                }
            }
            Action::RecordStatus => self.record_carried(None, at),
            Action::CarriedOpen => self.record_carried(Some(Status::Open), at),
            Action::CarriedInProgress => self.record_carried(Some(Status::InProgress), at),
            Action::CarriedDone => self.record_carried(Some(Status::Done), at),
            Action::CarriedDropped => self.record_carried(Some(Status::Dropped), at),
            Action::ExplainCarried => self.open_carried_form(),
            Action::ReAgreeCarried => self.re_agree_carried(at),
            Action::NextCarried | Action::PrevCarried => {
                self.move_carried(action == Action::NextCarried, at)
            }
            Action::OwnerTimer => self.toggle_owner_timer(at),
            Action::ToggleTimer => {
                if !presenting {
                    self.refuse(tr!("refused-no-presenter-timer"));
                } else {
                    let running = self
                        .session
                        .live
                        .as_ref()
                        .is_some_and(|l| l.presentations[group].timer.is_running());
                    let op = if running {
                        Op::PauseTimer { group }
                    } else {
                        Op::StartTimer { group }
                    };
                    self.run(op, at);
                }
            }
            Action::NextGroup | Action::PrevGroup => {
                if groups == 0 {
                    self.refuse(tr!("refused-no-groups"));
                    return None;
                }
                // The report-back order, absent groups skipped.
                let next = action == Action::NextGroup;
                let target = if next {
                    // After the last in order, one still to present (a late group moved
                    // ahead of the one speaking): where the stage's "next:" points.
                    self.session
                        .next_presenter(Some(group))
                        .or_else(|| self.session.next_waiting_presenter(group))
                } else {
                    self.session.previous_presenter(group)
                };
                match target {
                    Some(target) => {
                        self.run(Op::SelectGroup { group: target }, at);
                    }
                    None if next => self.refuse(tr!("refused-last-group")),
                    None => self.refuse(tr!("refused-first-group")),
                }
            }
            Action::NextItem => {
                let next = self.session.next_item(item);
                if !self.started() {
                    self.refuse(tr!("refused-not-started"));
                } else if self.ended() {
                    self.refuse(tr!("refused-ended"));
                } else if self.timer_running()
                    && let Some(next) = next
                {
                    // Moving on stops a presenter mid-sentence: ask, as q does.
                    self.confirm = Some(Confirm::LeaveWhileRunning { to: next });
                } else if self.current_kind() == Some(ItemKind::Presentations)
                    && !self.session.waiting_presenters().is_empty()
                {
                    self.confirm = Some(Confirm::LeaveWithGroupsWaiting { to: next });
                } else if let Some(next) = next {
                    self.go_to(next, at);
                } else {
                    self.confirm = Some(Confirm::EndSession);
                }
            }
            Action::PrevItem => match self.session.previous_item(item) {
                None => self.refuse(tr!("refused-first-item")),
                Some(before) if self.timer_running() => {
                    self.confirm = Some(Confirm::LeaveWhileRunning { to: before })
                }
                Some(before) => self.go_to(before, at),
            },
            // Issue 11 (newcomer finding 13): + and - before the start did nothing, silently.
            Action::AddTime | Action::RemoveTime if !self.started() => {
                self.refuse(tr!("refused-time-before-start"))
            }
            Action::AddTime | Action::RemoveTime if self.ended() => {
                self.refuse(tr!("refused-time-ended"))
            }
            Action::AddTime | Action::RemoveTime => {
                let seconds = if action == Action::AddTime {
                    STEP_SECONDS
                } else {
                    -STEP_SECONDS
                };
                let op = if presenting && groups > 0 {
                    Op::AdjustTimer { group, seconds }
                } else {
                    Op::AdjustItem { item, seconds }
                };
                self.run(op, at);
            }
            Action::ResetTimer => {
                if presenting && groups > 0 {
                    self.confirm = Some(Confirm::ResetTimer { group });
                } else {
                    self.refuse(tr!("refused-no-timer-to-reset"));
                }
            }
            Action::NewCommitment => {
                self.form = Some(Form::Commitment(Box::new(CommitmentForm::new(
                    self.anchor(),
                ))))
            }
            Action::NewNote => self.form = Some(Form::Note(Box::new(NoteForm::new(self.anchor())))),
            Action::Edit => {
                if let Some(c) = self
                    .session
                    .live
                    .as_ref()
                    .and_then(|l| l.commitments.get(self.selection.commitment))
                {
                    // Issue 14 item 6: no form that can never be saved.
                    if c.deleted {
                        let why = self.deleted_commitment(&c.id);
                        self.refuse(why);
                        return None;
                    }
                    self.form = Some(Form::Commitment(Box::new(CommitmentForm::edit(c))));
                }
            }
            Action::CycleStatus => self.cycle_status(true, at),
            Action::CycleStatusBack => self.cycle_status(false, at),
            Action::Up => self.move_selection(-1),
            Action::Down => self.move_selection(1),
            Action::PageUp => self.move_selection(-PAGE),
            Action::PageDown => self.move_selection(PAGE),
            Action::First => self.move_selection(isize::MIN),
            Action::Last => self.move_selection(isize::MAX),
            Action::ShowDetail => self.show_detail(),
            Action::ShowStage => self.view = View::Stage,
            Action::ShowCommitments => self.view = View::Commitments,
            Action::ShowNotes => self.view = View::Notes,
            Action::ShowMine => self.view = View::Mine,
            Action::ShowPeople => self.view = View::People,
            Action::Disconnect => {
                let person = self
                    .host()
                    .and_then(|h| h.people.get(self.selection.person).cloned());
                if let Some((conn, who)) = person {
                    self.confirm = Some(Confirm::Disconnect { conn, who });
                }
            }
            Action::ToggleProjector => {
                if let Some(h) = self.host_mut() {
                    h.projector = !h.projector;
                    self.keep_console(at);
                }
            }
            Action::ToggleMute => {
                if let Some(h) = self.host_mut() {
                    h.muted = !h.muted;
                    let muted = h.muted;
                    self.say(if muted {
                        tr!("said-bell-muted")
                    } else {
                        tr!("said-bell-on")
                    });
                    self.keep_console(at);
                }
            }
            Action::Help => self.help = true,
            Action::Quit => {
                if self.host().is_some_and(|h| h.disk_behind) {
                    self.confirm = Some(Confirm::QuitUnsaved);
                } else if self.host().is_some() && self.timer_running() {
                    // The timer is the facilitator's: a note-taker leaving stops nothing.
                    self.confirm = Some(Confirm::QuitWhileRunning);
                } else if let Some(item) = self.item_clock_counting()
                    && self.host().is_some()
                {
                    // The facilitator's clock: a note-taker leaving does not touch it.
                    self.confirm = Some(Confirm::QuitWhileItemCounts { item });
                } else {
                    self.quit = true;
                }
            }
            Action::Interrupt if self.host().is_some_and(|h| h.disk_behind) => {
                self.confirm = Some(Confirm::QuitUnsaved)
            }
            Action::Interrupt => self.quit = true,
            Action::Back => match self.host_mut() {
                Some(h) if h.projector => {
                    h.projector = false;
                    self.keep_console(at);
                }
                _ => self.view = View::Stage,
            },
        }
        None
    }

    /// Saves projector mode and the bell with the session (issue 12, item 12: a resumed
    /// session forgot both).
    fn keep_console(&mut self, at: Moment) {
        if let Some(h) = self.host() {
            let op = Op::SetConsole {
                projector: h.projector,
                muted: h.muted,
            };
            self.run(op, at);
        }
    }

    /// Moves to agenda item `item`, on the stage.
    pub(super) fn go_to(&mut self, item: usize, at: Moment) {
        if self.run(Op::GoToItem { item }, at) {
            self.view = View::Stage;
        }
    }

    /// Moves the selection of the list on screen.
    /// Moves the selection of the list shown `by` rows (down when positive), stopping at
    /// its ends.
    fn move_selection(&mut self, by: isize) {
        if self.view == View::Notes {
            return self.move_note_selection(by);
        }
        let people = self.host().map_or(0, |h| h.people.len());
        let commitments = self.commitment_rows();
        let (items, groups) = (
            self.session.item_order().len(),
            self.session.group_order().len(),
        );
        let (at, len) = match (self.view, self.selection.plan_pane) {
            (View::People, _) => (&mut self.selection.person, people),
            (View::Plan, super::PlanPane::Items) => (&mut self.selection.plan_item, items),
            (View::Plan, super::PlanPane::Groups) => (&mut self.selection.plan_group, groups),
            _ => (&mut self.selection.commitment, commitments),
        };
        *at = at.saturating_add_signed(by).min(len.saturating_sub(1));
    }

    fn move_carried(&mut self, next: bool, at: Moment) {
        let Some(live) = &self.session.live else {
            return;
        };
        let (n, current) = (live.carried.len(), live.current_carried);
        let target = if next {
            current + 1
        } else {
            current.wrapping_sub(1)
        };
        if n == 0 {
            self.refuse(tr!("refused-none-carried"));
        } else if target >= n {
            self.refuse(if next {
                tr!("refused-last-carried")
            } else {
                tr!("refused-first-carried")
            });
        } else {
            self.run(Op::SelectCarried { index: target }, at);
        }
    }

    fn toggle_owner_timer(&mut self, at: Moment) {
        let Some(live) = &self.session.live else {
            return;
        };
        let index = live.current_carried;
        let Some(carried) = live.carried.get(index) else {
            return;
        };
        let op = if carried.timer.is_running() {
            Op::PauseCarriedTimer { index }
        } else {
            Op::StartCarriedTimer { index }
        };
        self.run(op, at);
    }
}

impl App {
    /// The agenda item whose own clock is counting now, if any: quitting then is worth a
    /// question, as with a presenter's timer (recheck NEW-14).
    pub fn item_clock_counting(&self) -> Option<usize> {
        let live = self.session.live.as_ref()?;
        live.items
            .iter()
            .position(|r| r.spans.last().is_some_and(|s| s.end.is_none()))
    }
}

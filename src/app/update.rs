//! Key handling: turns keys into operations, forms and dialogs. Rules about what is
//! allowed live in the domain; this only decides which operation a key asks for.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, View, main_action};
use super::form::{CommitmentForm, FormKey, NoteForm};
use super::{App, Confirm, Form};
use crate::domain::timer::clock_text;
use crate::domain::{Applied, ItemKind, Moment, Op};

const STEP_SECONDS: i64 = 30;

impl App {
    /// Handles one key press at `at`.
    pub fn on_key(&mut self, key: KeyEvent, at: Moment) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        let ctrl_c =
            key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        if self.confirm.is_some() {
            self.on_confirm_key(key, ctrl_c, at);
            return;
        }
        self.flash = None;
        if self.help {
            self.help = false;
            self.quit = ctrl_c;
            return;
        }
        if self.form.is_some() {
            if ctrl_c {
                self.confirm = Some(Confirm::QuitDiscardingForm);
            } else {
                self.on_form_key(key, at);
            }
            return;
        }
        if let Some(action) = main_action(key, self.view) {
            self.on_action(action, at);
        }
    }

    fn on_confirm_key(&mut self, key: KeyEvent, ctrl_c: bool, at: Moment) {
        let Some(confirm) = self.confirm.take() else {
            return;
        };
        let yes = matches!(
            key.code,
            KeyCode::Char('y') | KeyCode::Char('Y') | KeyCode::Enter
        ) || (ctrl_c
            && matches!(confirm, Confirm::QuitDiscardingForm | Confirm::QuitUnsaved));
        let no = matches!(
            key.code,
            KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc
        );
        if !yes {
            if !no {
                // Any other key leaves the question open.
                self.confirm = Some(confirm);
            }
            return;
        }
        match confirm {
            Confirm::ResetTimer { group } => {
                if self.run(Op::ResetTimer { group }, at) {
                    let full = clock_text(self.session.presenter_seconds(group), false);
                    self.say(format!("Timer reset to {full}"));
                }
            }
            Confirm::QuitWhileRunning | Confirm::QuitDiscardingForm | Confirm::QuitUnsaved => {
                self.quit = true
            }
            Confirm::DiscardForm => self.form = None,
            Confirm::EndSession => {
                if self.run(Op::EndSession, at) {
                    self.say("Session ended. Commitments can still be added; q to quit.");
                }
            }
        }
    }

    fn on_form_key(&mut self, key: KeyEvent, at: Moment) {
        let outcome = match self.form.as_mut() {
            Some(Form::Commitment(f)) => f.on_key(key, &self.owners),
            Some(Form::Note(f)) => f.on_key(key),
            None => return,
        };
        match outcome {
            FormKey::Stay => {}
            FormKey::Cancel => {
                let changed = match &self.form {
                    Some(Form::Commitment(f)) => f.has_changes(),
                    Some(Form::Note(f)) => f.has_changes(),
                    None => false,
                };
                if changed {
                    self.confirm = Some(Confirm::DiscardForm);
                } else {
                    self.form = None;
                }
            }
            FormKey::Submit => self.submit_form(at),
        }
    }

    fn submit_form(&mut self, at: Moment) {
        let Some(form) = self.form.take() else { return };
        match form {
            Form::Commitment(mut f) => {
                let Some(draft) = f.draft(at.today) else {
                    self.form = Some(Form::Commitment(f));
                    return;
                };
                let op = match &f.editing {
                    Some((id, base)) => Op::EditCommitment {
                        id: id.clone(),
                        base_revision: *base,
                        draft,
                    },
                    None => Op::AddCommitment { draft },
                };
                match self.apply(op, at) {
                    Ok(Applied::Created(id)) => {
                        self.owners = self.session.owner_suggestions();
                        self.selected = self.commitment_count().saturating_sub(1);
                        self.say_once_saved(
                            format!("Commitment {id}: saving…"),
                            format!("Commitment {id} recorded ✓"),
                        );
                    }
                    Ok(Applied::Done) if self.remote.is_some() => {
                        self.say("Sent: it shows here once the facilitator's plenary has it")
                    }
                    Ok(Applied::Done) => {
                        self.say_once_saved("Commitment: saving…", "Commitment updated ✓")
                    }
                    Err(e) => {
                        f.refused(&e);
                        self.form = Some(Form::Commitment(f));
                    }
                }
            }
            Form::Note(mut f) => {
                let op = Op::AddNote {
                    text: f.value(),
                    anchor: f.anchor,
                };
                match self.apply(op, at) {
                    Ok(_) if self.remote.is_some() => self.say("Note sent"),
                    Ok(_) => self.say_once_saved("Note: saving…", "Note recorded ✓"),
                    Err(e) => {
                        f.error = Some(e.to_string());
                        self.form = Some(Form::Note(f));
                    }
                }
            }
        }
    }

    /// Applies an op and reports a refusal in the flash line; true when applied.
    fn run(&mut self, op: Op, at: Moment) -> bool {
        match self.apply(op, at) {
            Ok(_) => true,
            Err(e) => {
                self.refuse(capitalised(&e.to_string()));
                false
            }
        }
    }

    fn on_action(&mut self, action: Action, at: Moment) {
        let item = self.current_item();
        let group = self.current_group();
        let items = self.session.agenda.len();
        let groups = self.session.groups.len();
        let presenting = self.current_kind() == Some(ItemKind::Presentations);
        if self.current_kind() == Some(ItemKind::FollowUp) && self.started() && !self.ended() {
            match action {
                Action::NextGroup | Action::PrevGroup => {
                    return self.move_carried(action == Action::NextGroup, at);
                }
                Action::ToggleTimer => return self.record_carried(at),
                Action::OwnerTimer => return self.toggle_owner_timer(at),
                _ => {}
            }
        }
        match action {
            Action::StartSession => {
                if !self.started() && self.run(Op::StartSession, at) {
                    let title = self
                        .session
                        .agenda
                        .get(item)
                        .map(|i| i.title.clone())
                        .unwrap_or_default();
                    self.say(format!("Session started: {title}"));
                }
            }
            Action::ToggleTimer => {
                if !presenting {
                    self.refuse("No presenter timer in this item; ] moves on to the report-back");
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
                    self.refuse("This agenda has no groups");
                    return;
                }
                let next = action == Action::NextGroup;
                let target = if next {
                    group + 1
                } else {
                    group.wrapping_sub(1)
                };
                if target >= groups {
                    self.refuse(if next {
                        "That was the last group; ] moves to the next agenda item"
                    } else {
                        "This is the first group"
                    });
                } else {
                    self.run(Op::SelectGroup { group: target }, at);
                }
            }
            Action::NextItem => {
                if !self.started() {
                    self.refuse("The session has not started yet: press Enter to begin");
                } else if self.ended() {
                    self.refuse("The session has ended");
                } else if item + 1 >= items {
                    self.confirm = Some(Confirm::EndSession);
                } else {
                    self.run(Op::GoToItem { item: item + 1 }, at);
                    self.view = View::Stage;
                }
            }
            Action::PrevItem => {
                if item == 0 {
                    self.refuse("This is the first agenda item");
                } else {
                    self.run(Op::GoToItem { item: item - 1 }, at);
                    self.view = View::Stage;
                }
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
            Action::OwnerTimer => self.refuse(
                "The owner's timer is for follow-up items (plenary run AGENDA --follow-up SESSION)",
            ),
            Action::ResetTimer => {
                if presenting && groups > 0 {
                    self.confirm = Some(Confirm::ResetTimer { group });
                } else {
                    self.refuse("No presenter timer in this item to reset");
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
                    .and_then(|l| l.commitments.get(self.selected))
                {
                    self.form = Some(Form::Commitment(Box::new(CommitmentForm::edit(c))));
                }
            }
            Action::CycleStatus => self.cycle_status(at),
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => {
                self.selected = (self.selected + 1).min(self.commitment_count().saturating_sub(1))
            }
            Action::ShowStage => self.view = View::Stage,
            Action::ShowCommitments => self.view = View::Commitments,
            Action::ShowNotes => self.view = View::Notes,
            Action::ShowPeople => {
                self.view = View::People;
                self.selected = 0;
            }
            Action::Disconnect => {
                if let Some((conn, label)) = self.people.get(self.selected).cloned() {
                    self.request_disconnect(conn);
                    self.say(format!("Disconnected {label}"));
                }
            }
            Action::ToggleProjector => self.projector = !self.projector,
            Action::ToggleMute => {
                self.muted = !self.muted;
                self.say(if self.muted { "Bell muted" } else { "Bell on" });
            }
            Action::Help => self.help = true,
            Action::Quit => {
                if self.disk_behind {
                    self.confirm = Some(Confirm::QuitUnsaved);
                } else if self.timer_running() {
                    self.confirm = Some(Confirm::QuitWhileRunning);
                } else {
                    self.quit = true;
                }
            }
            Action::Interrupt if self.disk_behind => self.confirm = Some(Confirm::QuitUnsaved),
            Action::Interrupt => self.quit = true,
            Action::Back => {
                if self.projector {
                    self.projector = false;
                } else {
                    self.view = View::Stage;
                }
            }
        }
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
            self.refuse(
                "No earlier commitments were brought in (plenary run AGENDA --follow-up SESSION)",
            );
        } else if target >= n {
            self.refuse(if next {
                "That was the last commitment; ] moves to the next agenda item"
            } else {
                "This is the first commitment"
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

    fn record_carried(&mut self, at: Moment) {
        let Some(live) = &self.session.live else {
            return;
        };
        let index = live.current_carried;
        let Some(carried) = live.carried.get(index) else {
            self.refuse(
                "No earlier commitments were brought in (plenary run AGENDA --follow-up SESSION)",
            );
            return;
        };
        let from = carried
            .recorded
            .as_ref()
            .map_or(carried.status_before, |r| r.status);
        let status = from.cycled();
        let id = carried.id.clone();
        if self.run(Op::RecordCarried { index, status }, at) {
            self.say_once_saved(
                format!(
                    "{id}: {}, saving… (Space for the next status)",
                    status.label()
                ),
                format!("{id}: {} ✓ (Space for the next status)", status.label()),
            );
        }
    }

    /// Recorded follow-ups not yet in their own session files: (index, file, operation).
    /// The commitment in focus is held back while the room may still change its status,
    /// unless `all` (on quitting), so the source's history records the decision only.
    pub fn pending_write_backs(&self, all: bool) -> Vec<(usize, std::path::PathBuf, Op)> {
        let Some(live) = &self.session.live else {
            return Vec::new();
        };
        let deciding = (!all && self.current_kind() == Some(ItemKind::FollowUp) && !self.ended())
            .then_some(live.current_carried);
        let when = self
            .session
            .date
            .map(|d| format!(" on {d}"))
            .unwrap_or_default();
        live.carried
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != deciding)
            .filter_map(|(i, c)| {
                let r = c.recorded.as_ref().filter(|r| !r.written_back)?;
                let op = Op::FollowUp {
                    id: c.id.clone(),
                    status: r.status,
                    deadline: None,
                    note: format!("Reviewed at “{}”{when}", self.session.title),
                    base_revision: None,
                    // The same decision written back twice (a crash before it was marked
                    // written back) lands once.
                    key: Some(format!("{}/{}@{}", live.id, c.id, r.at.to_rfc3339())),
                };
                Some((i, c.source_file.clone().into(), op))
            })
            .collect()
    }

    fn cycle_status(&mut self, at: Moment) {
        let Some(c) = self
            .session
            .live
            .as_ref()
            .and_then(|l| l.commitments.get(self.selected))
        else {
            return;
        };
        let (id, status) = (c.id.clone(), c.status.cycled());
        if self.run(
            Op::SetStatus {
                id: id.clone(),
                status,
                note: None,
            },
            at,
        ) {
            self.say_once_saved(
                format!("{id} is now {}: saving…", status.label()),
                format!("{id} is now {} ✓", status.label()),
            );
        }
    }

    /// How many commitments the session holds.
    pub fn commitment_count(&self) -> usize {
        self.session
            .live
            .as_ref()
            .map_or(0, |l| l.commitments.len())
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

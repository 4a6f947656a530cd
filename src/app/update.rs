//! Key handling: turns keys into operations, forms and dialogs. Rules about what is
//! allowed live in the domain; this only decides which operation a key asks for.

use crate::tr;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::client_keys::{CLIENT_HELP_SECTIONS, CLIENT_KEYMAP, VIEWER_KEYMAP};
use super::form::FormKey;
use super::keys::{Action, HELP_SECTIONS, KEYMAP, Scope, View};
use super::{App, Confirm, Effect, Form, Seat};
use crate::domain::timer::clock_text;
use crate::domain::{ItemKind, Moment, Op};
use crate::i18n::keys::status_label;
use crate::keymap::Keymap;
use crate::live::protocol::Role;

impl App {
    /// The scopes whose keys apply now, most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        // A form or a question has the keyboard: its own keys are shown with it, and no
        // key of the screen behind works (findings11 item 6).
        if self.form.is_some() || self.confirm.is_some() || self.detail.is_some() {
            return Vec::new();
        }
        if self.picker.is_some() {
            // Ctrl-C and help still work while a place is chosen; other keys are told how
            // to finish choosing.
            return vec![Scope::Picker, Scope::Always];
        }
        let mut scopes = Vec::with_capacity(4);
        match self.view {
            // The table's keys need a commitment to act on.
            View::Commitments if !self.projector() && self.commitment_rows() > 0 => {
                scopes.push(Scope::Commitments)
            }
            View::People if !self.projector() => scopes.push(Scope::People),
            View::Notes if !self.projector() => {
                // e and d only on a note this seat may change (a note-taker's own).
                if self
                    .selected_note()
                    .is_some_and(|i| self.may_change_note(i))
                {
                    scopes.push(Scope::Note);
                }
                scopes.push(Scope::Notes);
            }
            View::Plan if !self.projector() => scopes.push(match self.selection.plan_pane {
                super::PlanPane::Items => Scope::PlanItems,
                super::PlanPane::Groups => Scope::PlanGroups,
            }),
            // The read-back pages on the projector too: it is for the room.
            View::ReadBack => scopes.push(Scope::ReadBack),
            _ => {}
        }
        let running = self.started() && !self.ended();
        // The follow-up's keys act on what the stage shows; the breakout's choose the group
        // whose card (stage) or notes (3) are shown.
        let stage = self.view == View::Stage;
        let cards = stage || self.view == View::Notes;
        match self.current_kind() {
            Some(ItemKind::FollowUp) if running && stage => scopes.push(Scope::FollowUp),
            Some(ItemKind::Presentations) => scopes.push(Scope::Timer),
            Some(ItemKind::Breakout) if running && cards && !self.session.groups.is_empty() => {
                scopes.push(Scope::Breakout)
            }
            Some(ItemKind::Closing) if running && self.view != View::ReadBack => {
                scopes.push(Scope::Closing)
            }
            _ => {}
        }
        if !self.started() {
            scopes.push(Scope::Start);
        }
        if self.on_summary() {
            scopes.push(Scope::Summary);
        }
        if running {
            scopes.push(Scope::Running);
        }
        scopes.push(Scope::Everywhere);
        scopes.push(Scope::Always);
        scopes
    }

    /// The keymap of this seat, and the scopes its help lists: the facilitator's keys on
    /// the console, the note-taker's on a client.
    pub fn keymap_and_help(&self) -> (&'static Keymap<Action, Scope>, &'static [Scope]) {
        match (&self.seat, self.remote().map(|r| r.role)) {
            (Seat::Host(_), _) => (&KEYMAP, &HELP_SECTIONS),
            (_, Some(Role::Viewer)) => (&VIEWER_KEYMAP, &CLIENT_HELP_SECTIONS),
            _ => (&CLIENT_KEYMAP, &CLIENT_HELP_SECTIONS),
        }
    }

    /// Handles one key press at `at`; returns what it asks of the world outside.
    pub fn on_key(&mut self, key: KeyEvent, at: Moment) -> Option<Effect> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let ctrl_c =
            key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        if self.confirm.is_some() {
            return self.on_confirm_key(key, ctrl_c, at);
        }
        self.flash = None;
        if self.help {
            use crate::keymap::{HELP_KEYS, HelpScope};
            match HELP_KEYS.resolve(&[HelpScope::Help], &key) {
                // nc14 #14: PgUp and PgDn move a page.
                Some(action) => {
                    let page = crate::keymap::help_page(self.rows);
                    self.help_scroll = action.scrolled(self.help_scroll, page)
                }
                None => {
                    self.help = false;
                    self.help_scroll = 0;
                    self.quit = ctrl_c;
                }
            }
            return None;
        }
        // A commitment shown in full has the keys, but for Ctrl-C (issue 14, item 5).
        if self.detail.is_some() {
            // Issue 14, nc14b #11: q quits (asking as elsewhere), as the key table says.
            let (map, _) = self.keymap_and_help();
            if map.resolve(&[Scope::Everywhere], &key) == Some(Action::Quit) {
                return self.on_action(Action::Quit, at);
            }
            if !ctrl_c {
                self.on_detail_key(&key);
                return None;
            }
            self.detail = None;
        }
        if self.form.is_some() {
            if ctrl_c {
                self.confirm = Some(Confirm::QuitDiscardingForm);
            } else {
                self.on_form_key(key, at);
            }
            return None;
        }
        let (map, _) = self.keymap_and_help();
        match map.resolve(&self.scopes(), &key) {
            Some(action) => self.on_action(action, at),
            None => {
                // While a place is chosen, other keys say how to finish choosing.
                if self.picker.is_some() && map.anywhere(&key).is_some() {
                    self.refuse(tr!("refused-picking"));
                    return None;
                }
                // The table's keys with no commitment in it.
                if self.view == View::Commitments
                    && map.binding(&[Scope::Commitments], &key).is_some()
                {
                    // Only a seat that can record one is told how (not a viewer).
                    let can_record = map.0.iter().any(|b| b.action == Action::NewCommitment);
                    self.refuse(if can_record {
                        tr!("refused-no-commitments-c")
                    } else {
                        tr!("refused-no-commitments")
                    });
                    return None;
                }
                // e or d in the notes view where no note of this seat's is selected.
                if self.view == View::Notes && map.binding(&[Scope::Note], &key).is_some() {
                    self.refuse(match self.selected_note() {
                        None => tr!("refused-no-note-n"),
                        Some(_) => tr!("refused-not-your-note"),
                    });
                    return None;
                }
                // A key of the facilitator's, pressed on a note-taker's screen, says whose:
                // here (d on a commitment), or anywhere (the agenda's keys). Issue 14 item 6.
                let scopes = self.scopes();
                let facilitators = KEYMAP.binding(&scopes, &key).or_else(|| {
                    map.anywhere(&key)
                        .is_none()
                        .then(|| KEYMAP.anywhere(&key))?
                });
                if let Some(remote) = self.remote()
                    && let Some(b) = facilitators
                {
                    let whose = match (remote.role, b.scope) {
                        (Role::Viewer, _) => {
                            tr!("refused-viewer")
                        }
                        (_, Scope::Commitments | Scope::Notes | Scope::Note) => {
                            tr!(
                                "refused-facilitators-key",
                                key = crate::i18n::keys::key_label(b.label),
                                does = b.help.text()
                            )
                        }
                        _ => {
                            tr!("refused-facilitators")
                        }
                    };
                    self.refuse(whose);
                    return None;
                }
                // A key of a running session, pressed once it has ended, says so rather than
                // "works once the session has started" (recheck NEW-9).
                if self.ended()
                    && let Some(b) = map.0.iter().find(|b| {
                        b.scope == Scope::Running && b.keys.iter().any(|k| k.matches(&key))
                    })
                {
                    self.refuse(tr!(
                        "refused-running-key-ended",
                        key = crate::i18n::keys::key_label(b.label),
                        does = b.help.text()
                    ));
                    return None;
                }
                // A key that works elsewhere says where.
                if let Some(text) = map.works_elsewhere(&key, |s| s.where_().text()) {
                    self.refuse(text);
                }
                None
            }
        }
    }

    fn on_confirm_key(&mut self, key: KeyEvent, ctrl_c: bool, at: Moment) -> Option<Effect> {
        let confirm = self.confirm.take()?;
        // nc16 #9: the question's own yes in the room's language too (o for oui, s for sí).
        let yes = matches!(key.code, KeyCode::Enter)
            || crate::i18n::keys::is_yes(&key)
            || (ctrl_c && matches!(confirm, Confirm::QuitDiscardingForm | Confirm::QuitUnsaved));
        let no = matches!(
            key.code,
            KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc
        );
        if !yes {
            if !no {
                // Any other key leaves the question open.
                self.confirm = Some(confirm);
            }
            return None;
        }
        match confirm {
            Confirm::ResetTimer { group } => {
                if self.run(Op::ResetTimer { group }, at) {
                    let full = clock_text(self.session.presenter_seconds(group), false);
                    self.say(tr!("said-timer-reset", time = full));
                }
            }
            Confirm::QuitDiscardingForm => {
                // Said yes to discarding: nothing is kept or said of it after. A note-taker's
                // form stays in this join's drafts, as a killed client's does (nc14b #3).
                if self.remote().is_none() {
                    self.form = None;
                }
                self.quit = true
            }
            Confirm::QuitWhileRunning
            | Confirm::QuitWhileItemCounts { .. }
            | Confirm::QuitUnsaved => self.quit = true,
            Confirm::LeaveWhileRunning { to } => self.go_to(to, at),
            Confirm::LeaveWithGroupsWaiting { to: Some(to) } => self.go_to(to, at),
            Confirm::LeaveWithGroupsWaiting { to: None } => {
                self.confirm = Some(Confirm::EndSession);
            }
            Confirm::DeleteCommitment { id } => {
                if self.run(Op::DeleteCommitment { id: id.clone() }, at) {
                    self.say_once_saved(
                        tr!("said-deleting", id = &id),
                        tr!("said-deleted", id = &id),
                    );
                }
            }
            Confirm::DeleteNote { index } => self.delete_note(index, at),
            Confirm::RemoveItem { item } => {
                let title = self.session.agenda.get(item).map(|i| i.title.clone());
                if self.run(Op::RemoveItem { item }, at) {
                    let title = title.unwrap_or_default();
                    self.say_once_saved(
                        tr!("said-taking-off", title = &title),
                        tr!("said-taken-off", title = &title),
                    );
                }
            }
            Confirm::EndSession => {
                if self.run(Op::EndSession, at) {
                    // The summary is on the stage.
                    self.view = super::View::Stage;
                    self.say(tr!("said-session-ended"));
                }
            }
            Confirm::Disconnect { conn, who } => {
                self.say(tr!("said-disconnected", who = &who));
                return Some(Effect::Disconnect { conn, who });
            }
        }
        None
    }

    fn on_form_key(&mut self, key: KeyEvent, at: Moment) {
        let outcome = match self.form.as_mut() {
            Some(Form::Commitment(f)) => f.on_key(key, &self.owners),
            Some(Form::Note(f)) => f.on_key(key),
            Some(Form::Plan(f)) => {
                let names: Vec<String> = self
                    .session
                    .participants
                    .iter()
                    .map(|p| p.name.clone())
                    .collect();
                f.on_key(key, &names)
            }
            Some(Form::Carried(f)) => f.on_key(key),
            None => return,
        };
        match outcome {
            FormKey::Stay => {}
            // Nothing typed, or the person said to discard it (the kit asked).
            FormKey::Close => self.form = None,
            FormKey::Submit => self.submit_form(at),
            // Ctrl-C is the console's own question (Confirm::QuitDiscardingForm) before a
            // form sees it; a form that asks to quit gets the same question.
            FormKey::Quit => self.confirm = Some(Confirm::QuitDiscardingForm),
        }
    }

    /// Applies an op and reports a refusal in the flash line; true when applied.
    pub(super) fn run(&mut self, op: Op, at: Moment) -> bool {
        match self.apply(op, at) {
            Ok(_) => true,
            Err(e) => {
                self.refuse(capitalised(&crate::i18n::refusal::refusal(&e)));
                false
            }
        }
    }

    /// The selected commitment's next status (`s`), or the one before (`S`, issue 12, item 12).
    pub(super) fn cycle_status(&mut self, forward: bool, at: Moment) {
        let Some(c) = self
            .session
            .live
            .as_ref()
            .and_then(|l| l.commitments.get(self.selection.commitment))
        else {
            return;
        };
        if c.deleted {
            return self.refuse(self.deleted_commitment(&c.id));
        }
        let id = c.id.clone();
        let seen = c.revision;
        // S undoes one s too many; from open, the first status, it would drop the
        // commitment without a word (a newcomer found it): it stops there instead.
        if !forward && c.status == crate::domain::Status::Open {
            self.refuse(tr!("refused-status-first", id = &id));
            return;
        }
        let status = if forward {
            c.status.cycled()
        } else {
            c.status.cycled_back()
        };
        if self.run(
            Op::SetStatus {
                id: id.clone(),
                status,
                note: None,
                // nc14 #3: from what this screen showed; a move made meanwhile is refused.
                base_revision: Some(seen),
            },
            at,
        ) {
            self.say_once_saved(
                tr!(
                    "said-status-saving",
                    id = &id,
                    status = status_label(status)
                ),
                tr!("said-status", id = &id, status = status_label(status)),
            );
        }
    }

    /// How many commitments the session holds, leaving out those deleted.
    pub fn commitment_count(&self) -> usize {
        self.session
            .live
            .as_ref()
            .map_or(0, |l| l.commitments.iter().filter(|c| !c.deleted).count())
    }

    /// Rows of the commitments table: deleted ones stay listed, struck out, to be restored.
    pub fn commitment_rows(&self) -> usize {
        self.session
            .live
            .as_ref()
            .map_or(0, |l| l.commitments.len())
    }
}

pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

//! UI state: what the facilitator is looking at, open forms and dialogs, and the
//! session itself. Views read this; key handling (`update`) changes it, and every
//! change to the session goes through `Session::apply`.

mod actions;
mod applied;
pub mod bell;
pub mod carried;
pub mod carried_form;
pub mod client_keys;
mod comings;
pub mod detail;
mod footer;
pub mod form;
pub mod kept_edit;
pub mod keys;
mod leftover;
pub mod mine;
mod notes;
pub mod owners;
mod plan;
pub mod plan_form;
pub mod read_back;
mod seat;
mod submit;
mod summary;
mod update;

use crate::tr;
use std::path::PathBuf;

use chrono::{DateTime, Utc};

use crate::domain::{Anchor, Applied, AppliedOp, Author, ItemKind, Moment, Op, OpError, Session};
pub use crate::live::link::HostClosed;
pub use form::{CommitmentForm, Field, NoteField, NoteForm};
pub use keys::{Action, View};
pub use plan::{Picker, PlanPane};
pub use plan_form::PlanForm;
pub use seat::{HostSeat, NOT_ANSWERING_SECONDS, Remote, Seat};

/// An open form; only one at a time.
pub enum Form {
    Commitment(Box<CommitmentForm>),
    Note(Box<NoteForm>),
    /// A late group or a new agenda item.
    Plan(Box<PlanForm>),
    /// What the room said about a carried commitment (issue 15, item 3).
    Carried(Box<carried_form::CarriedForm>),
}

/// A yes/no question, and what a yes does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    ResetTimer {
        group: usize,
    },
    QuitWhileRunning,
    /// Quit while agenda item `item`'s own clock counts (recheck NEW-14).
    QuitWhileItemCounts {
        item: usize,
    },
    QuitDiscardingForm,
    EndSession,
    /// Move to agenda item `to` although a presenter's (or owner's) timer is running.
    LeaveWhileRunning {
        to: usize,
    },
    /// Leave the report-back for item `to` (None: end the session) while groups have yet
    /// to present (issue 12: a late group moved to the front was left out without a word).
    LeaveWithGroupsWaiting {
        to: Option<usize>,
    },
    /// Quit although the last changes are not on disk.
    QuitUnsaved,
    /// Delete a commitment (kept, struck out, restorable).
    DeleteCommitment {
        id: String,
    },
    /// Delete a note (kept, struck out, restorable).
    DeleteNote {
        index: usize,
    },
    /// Take an agenda item off the agenda.
    RemoveItem {
        item: usize,
    },
    /// Disconnect someone who joined (nc14 #12: one stray `x` dropped a note-taker).
    Disconnect {
        conn: u64,
        who: String,
    },
}

/// A one-line message from the last action: a refusal or a confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flash {
    pub text: String,
    pub is_error: bool,
    /// The revision that must be on disk before `text` may say so: until then the line
    /// says "saving…" and holds the words to show once it is.
    pub when_saved: Option<(u64, String)>,
}

/// What a seat at a live session shows and remembers between keys: the session as seen
/// from here, who is at the keyboard, the view, its form or question, and whose seat it is.
pub struct App {
    pub session: Session,
    /// Who is at this keyboard; recorded as the author of notes and commitments.
    pub me: Author,
    pub view: View,
    /// A commitment shown in full (v in the table), over the screen.
    pub detail: Option<detail::Detail>,
    /// The keys overlay is open, scrolled this far.
    pub help: bool,
    pub help_scroll: u16,
    /// The terminal's height, so PgUp and PgDn move by a page of it (nc14 #14).
    pub rows: u16,
    pub form: Option<Form>,
    pub confirm: Option<Confirm>,
    /// Choosing where a commitment is filed.
    pub picker: Option<Picker>,
    pub flash: Option<Flash>,
    /// Each list keeps its own selection.
    pub selection: Selection,
    /// Names and organisations offered when typing an owner.
    pub owners: Vec<String>,
    /// The facilitator's (hosting) or a note-taker's (a client of the host).
    pub seat: Seat,
    /// Operations applied here since the runner last took them: to the journal, then to
    /// live clients. (A client applies nothing itself: its operations go to the host.)
    applied: Vec<AppliedOp>,
    quit: bool,
}

/// The row selected in each list, so moving in one never moves another.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub commitment: usize,
    /// The note chosen in the notes view, by its index in the session (none: the newest).
    pub note: Option<usize>,
    pub person: usize,
    /// The plan view's list in focus, and its places (from 0) in each order.
    pub plan_pane: PlanPane,
    pub plan_item: usize,
    pub plan_group: usize,
    /// Where the read-back is.
    pub read_back: read_back::ReadBack,
}

/// What a key asks of the world outside the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// End a note-taker's connection (the facilitator's `x`).
    Disconnect { conn: u64, who: String },
    /// Write the session's outcome document or calendar beside its file (the summary's keys).
    Export(crate::report::ExportFormat),
}

impl App {
    /// The facilitator's console on `session`, which must already have a live record.
    /// Projector mode and the bell are as the session last saved them.
    pub fn new(session: Session, me: Author, file: PathBuf) -> App {
        let kept = session.live.as_ref().and_then(|l| l.console.clone());
        let kept = kept.unwrap_or_default();
        App::seated(
            session,
            me,
            Seat::Host(Box::new(HostSeat {
                file,
                projector: kept.projector,
                muted: kept.muted,
                screen: (80, 24),
                ..HostSeat::default()
            })),
        )
    }

    /// A note-taker's (or viewer's) screen, before the host has sent the session.
    pub fn client(me: Author, remote: Remote) -> App {
        App::seated(Session::awaited(), me, Seat::Client(Box::new(remote)))
    }

    fn seated(session: Session, me: Author, seat: Seat) -> App {
        let owners = session.owner_suggestions();
        App {
            session,
            me,
            view: View::Stage,
            detail: None,
            help: false,
            help_scroll: 0,
            rows: 24,
            form: None,
            confirm: None,
            picker: None,
            flash: None,
            selection: Selection::default(),
            owners,
            seat,
            applied: Vec::new(),
            quit: false,
        }
    }

    /// The facilitator's own state, on the console.
    pub fn host(&self) -> Option<&HostSeat> {
        match &self.seat {
            Seat::Host(h) => Some(h),
            Seat::Client(_) => None,
        }
    }

    /// The facilitator's own state, to change it.
    pub fn host_mut(&mut self) -> Option<&mut HostSeat> {
        match &mut self.seat {
            Seat::Host(h) => Some(h),
            Seat::Client(_) => None,
        }
    }

    /// The note-taker's link state, on a client.
    pub fn remote(&self) -> Option<&Remote> {
        match &self.seat {
            Seat::Client(r) => Some(r),
            Seat::Host(_) => None,
        }
    }

    /// The note-taker's link state, to change it.
    pub fn remote_mut(&mut self) -> Option<&mut Remote> {
        match &mut self.seat {
            Seat::Client(r) => Some(r),
            Seat::Host(_) => None,
        }
    }

    /// Whether the projector view is on (the console only).
    pub fn projector(&self) -> bool {
        self.host().is_some_and(|h| h.projector)
    }

    /// Applies an operation as this user; a success marks the session for saving.
    pub fn apply(&mut self, op: Op, at: Moment) -> Result<Applied, OpError> {
        if let Seat::Client(remote) = &mut self.seat {
            // A client checks what it can (role, then the same domain rules on a copy) and
            // queues the operation for the host, whose answer is final.
            if !remote.role.allows(&op) {
                let what = match remote.role {
                    crate::live::protocol::Role::Viewer => tr!("refused-viewer"),
                    _ => tr!("refused-facilitators"),
                };
                return Err(OpError::NotAllowed(what));
            }
            if !remote.role.owns(&op, &self.session, &self.me) {
                return Err(OpError::NotAllowed(crate::live::protocol::OWN_ONLY.into()));
            }
            let mut probe = self.session.clone();
            probe.apply(&op, &self.me, at)?;
            remote.next_seq += 1;
            remote.mine.sent(remote.next_seq, &op);
            remote.pending.push((remote.next_seq, op));
            return Ok(Applied::Done);
        }
        let result = self.session.apply(&op, &self.me, at);
        if result.is_ok() {
            let by = self.me.clone();
            self.log(op, by, at, None);
        }
        result
    }

    /// Leaves now, asking nothing: the process was told to stop (a signal, a hang-up).
    pub fn stop(&mut self) {
        self.quit = true;
    }

    /// Whether the person asked to leave (and any confirmation was given).
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The agenda item in progress (or about to start).
    pub fn current_item(&self) -> usize {
        self.session.live.as_ref().map_or(0, |l| l.current_item)
    }

    /// The group in focus.
    pub fn current_group(&self) -> usize {
        self.session.live.as_ref().map_or(0, |l| l.current_group)
    }

    /// The kind of the current agenda item.
    pub fn current_kind(&self) -> Option<ItemKind> {
        self.session.agenda.get(self.current_item()).map(|i| i.kind)
    }

    /// Whether the session has begun.
    pub fn started(&self) -> bool {
        self.session
            .live
            .as_ref()
            .is_some_and(|l| l.started_at.is_some())
    }

    /// Whether the session has finished.
    pub fn ended(&self) -> bool {
        self.session
            .live
            .as_ref()
            .is_some_and(|l| l.ended_at.is_some())
    }

    /// Whether any presenter or owner timer is counting.
    pub fn timer_running(&self) -> bool {
        self.session.live.as_ref().is_some_and(|l| {
            l.presentations.iter().any(|p| p.timer.is_running())
                || l.carried.iter().any(|c| c.timer.is_running())
        })
    }

    /// Where a new note or commitment belongs: the current item, and the group in
    /// focus when the item is about groups.
    pub fn anchor(&self) -> Anchor {
        let grouped = matches!(
            self.current_kind(),
            Some(ItemKind::Breakout | ItemKind::Presentations)
        );
        Anchor {
            item: self.current_item(),
            group: (grouped && !self.session.groups.is_empty()).then(|| self.current_group()),
        }
    }

    /// The next instant at which a second-resolution countdown on screen changes, so the
    /// runtime can sleep until then instead of polling.
    pub fn next_tick(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let live = self.session.live.as_ref()?;
        live.started_at?;
        if live.ended_at.is_some() {
            return None;
        }
        let remaining = match self.current_kind() {
            Some(ItemKind::Presentations) => {
                let g = self.current_group();
                let timer = &live.presentations.get(g)?.timer;
                if timer.is_running() {
                    timer.remaining_ms(self.session.presenter_seconds(g), now)
                } else {
                    // Nothing ticks in big type; the rail's minute figures can wait for the next second.
                    return Some(
                        now + chrono::Duration::milliseconds(
                            1000 - now.timestamp_subsec_millis() as i64,
                        ),
                    );
                }
            }
            Some(ItemKind::FollowUp) => match live.carried.get(live.current_carried) {
                Some(c) if c.timer.is_running() => {
                    c.timer.remaining_ms(crate::domain::OWNER_SECONDS, now)
                }
                _ => self.session.item_remaining_ms(self.current_item(), now),
            },
            _ => self.session.item_remaining_ms(self.current_item(), now),
        };
        // Time left to the next whole-second boundary of this countdown.
        let to_boundary = remaining.rem_euclid(1000);
        let wait = if to_boundary == 0 { 1000 } else { to_boundary };
        Some(now + chrono::Duration::milliseconds(wait))
    }

    pub(super) fn say(&mut self, text: impl Into<String>) {
        self.flash = Some(Flash {
            text: text.into(),
            is_error: false,
            when_saved: None,
        });
    }

    /// Says `text` once the change just applied is on disk, and "saving…" until then. A
    /// client's change is on disk when the host acknowledges the operation just queued
    /// (issue 11, newcomer finding 11: "✓" only once it is true).
    pub(super) fn say_once_saved(&mut self, saving: impl Into<String>, text: impl Into<String>) {
        let waiting_for = match self.remote() {
            Some(r) => r.next_seq,
            None => self.session.revision(),
        };
        self.flash = Some(Flash {
            text: saving.into(),
            is_error: false,
            when_saved: Some((waiting_for, text.into())),
        });
    }

    /// Shows news from the runtime (someone joined) in the flash line.
    pub fn inform(&mut self, text: impl Into<String>) {
        self.say(text);
    }

    /// Shows a problem the runtime met (a write-back that failed) in the flash line.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.refuse(text);
    }

    pub(super) fn refuse(&mut self, text: impl Into<String>) {
        self.flash = Some(Flash {
            text: text.into(),
            is_error: true,
            when_saved: None,
        });
    }
}

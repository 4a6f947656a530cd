//! UI state: what the facilitator is looking at, open forms and dialogs, and the
//! session itself. Views read this; key handling (`update`) changes it, and every
//! change to the session goes through `Session::apply`.

pub mod action;
pub mod form;
mod update;

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use crate::domain::timer::{Bell, bell_between};
use crate::domain::{
    Anchor, Applied, AppliedOp, Author, ItemKind, Moment, Numbered, Op, OpError, Session,
};
pub use action::{Action, View};
pub use form::{CommitmentForm, Field, NoteForm};

/// An open form; only one at a time.
pub enum Form {
    Commitment(Box<CommitmentForm>),
    Note(Box<NoteForm>),
}

/// A yes/no question, and what a yes does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    ResetTimer {
        group: usize,
    },
    QuitWhileRunning,
    DiscardForm,
    QuitDiscardingForm,
    EndSession,
    /// Quit although the last changes are not on disk.
    QuitUnsaved,
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

/// Everything the facilitator's screen shows and remembers between keys.
pub struct App {
    pub session: Session,
    /// Who is at this keyboard; recorded as the author of notes and commitments.
    pub me: Author,
    /// The file the session is saved to, for display.
    pub file: PathBuf,
    pub view: View,
    pub projector: bool,
    pub muted: bool,
    pub help: bool,
    pub form: Option<Form>,
    pub confirm: Option<Confirm>,
    pub flash: Option<Flash>,
    /// Row selected in the commitments table.
    pub selected: usize,
    /// Set by the runtime while the file on disk is behind.
    pub save_warning: Option<String>,
    /// Set by the runtime while changes are not on disk (a failing or slow disk): quitting
    /// then asks first.
    pub disk_behind: bool,
    /// Set by the runtime while note-takers cannot join (the socket could not be re-created).
    pub sharing_warning: Option<String>,
    /// Names and organisations offered when typing an owner.
    pub owners: Vec<String>,
    /// Operations applied since the runtime last took them, for live clients.
    applied: Vec<AppliedOp>,
    /// The same operations, for the journal on disk.
    journal: Vec<AppliedOp>,
    /// Set when this app is a client of someone else's live session.
    pub remote: Option<Remote>,
    /// Who has joined the live session, as shown to the facilitator (connection, label).
    pub people: Vec<(u64, String)>,
    /// A connection the facilitator asked to end; the runtime carries it out.
    disconnect: Option<u64>,
    dirty: bool,
    quit: bool,
}

/// A note-taker's or viewer's side of a live session: operations go to the host, numbered,
/// and stay pending until it acknowledges them.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Remote {
    pub role: crate::live::protocol::Role,
    /// This client's id, stable across reconnections and restarts (kept in the drafts file).
    pub client: String,
    pub next_seq: u64,
    /// Sent or not, not yet acknowledged: resent after a reconnection.
    pub pending: Vec<(u64, Op)>,
    #[serde(skip)]
    pub connected: bool,
    /// The highest number sent on the current connection.
    #[serde(skip)]
    pub sent: u64,
}

impl App {
    /// A facilitator's view of `session`, which must already have a live record.
    pub fn new(session: Session, me: Author, file: PathBuf) -> App {
        let owners = session.owner_suggestions();
        App {
            session,
            me,
            file,
            view: View::Stage,
            projector: false,
            muted: false,
            help: false,
            form: None,
            confirm: None,
            flash: None,
            selected: 0,
            save_warning: None,
            disk_behind: false,
            sharing_warning: None,
            owners,
            applied: Vec::new(),
            journal: Vec::new(),
            remote: None,
            people: Vec::new(),
            disconnect: None,
            dirty: false,
            quit: false,
        }
    }

    /// Applies an operation as this user; a success marks the session for saving.
    pub fn apply(&mut self, op: Op, at: Moment) -> Result<Applied, OpError> {
        if let Some(remote) = self.remote.as_mut() {
            // A client checks what it can (role, then the same domain rules on a copy) and
            // queues the operation for the host, whose answer is final.
            if !remote.role.allows(&op) {
                let what = match remote.role {
                    crate::live::protocol::Role::Viewer => {
                        "You joined as a viewer: you can watch, not change"
                    }
                    _ => "Agenda and timers are the facilitator's; you add notes and commitments",
                };
                return Err(OpError::NotAllowed(what.into()));
            }
            let mut probe = self.session.clone();
            probe.apply(&op, &self.me, at)?;
            remote.next_seq += 1;
            remote.pending.push((remote.next_seq, op));
            self.dirty = true;
            return Ok(Applied::Done);
        }
        let result = self.session.apply(&op, &self.me, at);
        if result.is_ok() {
            self.dirty = true;
            let by = self.me.clone();
            self.log(op, by, at, None);
        }
        result
    }

    /// Applies operation `seq` from live client `client` on behalf of `by`, once.
    pub fn apply_remote(
        &mut self,
        client: &str,
        seq: u64,
        op: Op,
        by: Author,
        at: Moment,
    ) -> Result<Numbered, OpError> {
        let result = self.session.apply_numbered(client, seq, &op, &by, at);
        if let Ok(Numbered::Applied(_)) = result {
            self.dirty = true;
            self.owners = self.session.owner_suggestions();
            self.log(op, by, at, Some((client.to_string(), seq)));
        }
        result
    }

    fn log(&mut self, op: Op, by: Author, at: Moment, origin: Option<(String, u64)>) {
        let entry = AppliedOp {
            revision: self.session.revision(),
            op,
            by,
            at,
            origin,
        };
        self.journal.push(entry.clone());
        self.applied.push(entry);
    }

    /// Operations applied since the last call, oldest first, for the journal on disk.
    pub fn take_journal(&mut self) -> Vec<AppliedOp> {
        std::mem::take(&mut self.journal)
    }

    /// Tells the app which revision is on disk: a message waiting for it now says it is saved.
    pub fn saved_through(&mut self, durable: u64) -> bool {
        match self.flash.as_mut() {
            Some(flash)
                if flash
                    .when_saved
                    .as_ref()
                    .is_some_and(|(r, _)| *r <= durable) =>
            {
                if let Some((_, text)) = flash.when_saved.take() {
                    flash.text = text;
                }
                true
            }
            _ => false,
        }
    }

    /// Operations applied since the last call, oldest first, for live clients.
    pub fn take_applied(&mut self) -> Vec<AppliedOp> {
        std::mem::take(&mut self.applied)
    }

    /// Whether the session changed since the last call; the runtime saves when it did.
    pub fn take_dirty(&mut self) -> bool {
        std::mem::take(&mut self.dirty)
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

    /// The bell due between two instants, from whichever presenter timer is running.
    pub fn bell_between(&self, before: DateTime<Utc>, after: DateTime<Utc>) -> Option<Bell> {
        let live = self.session.live.as_ref()?;
        live.presentations.iter().enumerate().find_map(|(g, p)| {
            if !p.timer.is_running() {
                return None;
            }
            let planned = self.session.presenter_seconds(g);
            bell_between(
                p.timer.remaining_ms(planned, before),
                p.timer.remaining_ms(planned, after),
            )
        })
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

    fn say(&mut self, text: impl Into<String>) {
        self.flash = Some(Flash {
            text: text.into(),
            is_error: false,
            when_saved: None,
        });
    }

    /// Says `text` once the change just applied is on disk, and "saving…" until then.
    /// A client's changes are confirmed by the host instead, so it says `text` at once.
    fn say_once_saved(&mut self, saving: impl Into<String>, text: impl Into<String>) {
        if self.remote.is_some() {
            return self.say(text);
        }
        self.flash = Some(Flash {
            text: saving.into(),
            is_error: false,
            when_saved: Some((self.session.revision(), text.into())),
        });
    }

    /// Shows news from the runtime (someone joined) in the flash line.
    pub fn inform(&mut self, text: impl Into<String>) {
        self.say(text);
    }

    /// The connection the facilitator asked to end, if any.
    pub fn take_disconnect(&mut self) -> Option<u64> {
        self.disconnect.take()
    }

    /// Asks the runtime to end a live client's connection.
    pub fn request_disconnect(&mut self, conn: u64) {
        self.disconnect = Some(conn);
    }

    /// Shows a problem the runtime met (a write-back that failed) in the flash line.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.refuse(text);
    }

    fn refuse(&mut self, text: impl Into<String>) {
        self.flash = Some(Flash {
            text: text.into(),
            is_error: true,
            when_saved: None,
        });
    }
}

//! The note-taker's screen as a front end of the shell: keys go to the same app as the
//! console's (its client seat), messages from the host update the session copy, and what
//! needs the link or the disk is left to the runner in `join`.

use crate::tr;
use chrono::{DateTime, FixedOffset, Utc};

use super::link::LinkEvent;
use super::protocol::{ClientMsg, HostMsg, apply_applied};
use crate::app::{App, CommitmentForm, Form, HostClosed};
use crate::clock::LiveClock;
use crate::domain::{Moment, Op};
use crate::shell::{Frontend, Input};
use crate::ui::{self, Ctx, Theme};

/// What the note-taker's screen asks of the link.
#[derive(Debug, PartialEq)]
pub enum Effect {
    Send(ClientMsg),
}

/// A note-taker's (or viewer's) screen on someone else's live session.
pub struct NoteTaker<'a> {
    pub app: App,
    /// Countdowns run on a monotonic clock, set to the host's time on each welcome.
    clock: LiveClock,
    offset: FixedOffset,
    theme: &'a Theme,
    /// Told once joined (drafts restored from an earlier join, say).
    notice: Option<String>,
    /// When the link stopped for good: the screen's clock stops there.
    stopped_at: Option<DateTime<Utc>>,
}

impl<'a> NoteTaker<'a> {
    /// The screen for `app` (a client seat), telling `notice` once joined.
    pub fn new(app: App, theme: &'a Theme, notice: Option<String>) -> Self {
        let clock = LiveClock::start();
        let mut app = app;
        app.rows = crate::keymap::terminal_rows();
        // What an earlier join left unconfirmed is listed as sending (issue 14, item 3).
        if let Some(r) = app.remote_mut() {
            for (seq, op) in r.pending.clone() {
                r.mine.sent(seq, &op);
            }
        }
        NoteTaker {
            app,
            offset: clock.offset(),
            clock,
            theme,
            notice,
            stopped_at: None,
        }
    }

    fn moment(&self) -> Moment {
        self.clock.moment()
    }

    fn now(&self) -> DateTime<Utc> {
        self.stopped_at.unwrap_or_else(|| self.clock.now())
    }

    fn on_link(&mut self, event: LinkEvent, effects: &mut Vec<Effect>) {
        let app = &mut self.app;
        match event {
            LinkEvent::Connected => {}
            LinkEvent::Lost => {
                let for_now = app.remote().is_some_and(|r| r.closed.is_some());
                if let Some(r) = app.remote_mut() {
                    r.connected = false;
                }
                // After "closing for now" the line keeps saying so, not "lost".
                if !for_now {
                    app.warn(tr!("client-lost"));
                }
            }
            LinkEvent::NotLetIn(reason) => {
                if let Some(r) = app.remote_mut() {
                    r.connected = false;
                }
                app.warn(tr!("client-not-let-in", why = reason));
            }
            // Issue 14 item 7: the link stopped for good; the screen says why and its clock
            // stops with it.
            LinkEvent::Closed(reason) => {
                self.stopped_at.get_or_insert(self.clock.now());
                let ended = app
                    .remote()
                    .is_some_and(|r| r.closed == Some(HostClosed::Ended));
                if let Some(r) = app.remote_mut() {
                    r.connected = false;
                    if !ended {
                        r.closed = Some(HostClosed::Cut(reason.clone()));
                    }
                }
                if !ended {
                    app.warn(tr!("client-closed", why = &reason));
                }
            }
            LinkEvent::Message(msg) => self.on_message(*msg, effects),
        }
    }

    fn on_message(&mut self, msg: HostMsg, effects: &mut Vec<Effect>) {
        match msg {
            HostMsg::Welcome {
                session,
                last_seq,
                role,
                you,
                now,
                ..
            } => {
                if let Some(now) = now {
                    self.clock.set(now);
                }
                let app = &mut self.app;
                app.session = *session;
                // Issue 16, item 2: the room's language, unless this note-taker chose one.
                crate::i18n::follow(app.session.language());
                app.owners = app.session.owner_suggestions();
                app.me = you;
                // Applied while away is not yet "saved": the host's ack of `last_seq`
                // says so once its disk holds them (issue 14, item 3).
                app.mine_welcomed(last_seq);
                self.stopped_at = None;
                if let Some(r) = app.remote_mut() {
                    r.closed = None;
                    r.role = role;
                    r.pending.retain(|(seq, _)| *seq > last_seq);
                    r.connected = true;
                    r.sent = last_seq;
                    // Numbers continue above what the host has seen from us.
                    r.next_seq = r.next_seq.max(last_seq);
                }
                // nc16 #8: said as a sentence in each language ("Conectado para tomar
                // notas"), the role chosen by its name, not its label.
                let joined = tr!("client-joined-as", role = role_name(role));
                match self.notice.take() {
                    Some(n) => app.inform(format!("{joined} · {n}")),
                    None => app.inform(joined),
                }
            }
            HostMsg::State { session } => self.app.session = *session,
            HostMsg::Applied {
                revision,
                op,
                by,
                at,
                origin,
            } => {
                let app = &mut self.app;
                let have = app.session.revision();
                if revision <= have {
                    return;
                }
                if revision != have + 1
                    || apply_applied(&mut app.session, &op, &by, at, origin.as_ref()).is_err()
                {
                    effects.push(Effect::Send(ClientMsg::Sync));
                } else if let Some((client, seq)) = &origin
                    && app.remote().is_some_and(|r| &r.client == client)
                {
                    app.mine_applied(*seq, &op);
                }
                app.owners = app.session.owner_suggestions();
            }
            HostMsg::Ack { seq } => {
                if let Some(r) = self.app.remote_mut() {
                    r.pending.retain(|(s, _)| *s != seq);
                }
                let time = self.now().with_timezone(&self.offset);
                self.app.mine_saved(seq, &time.format("%H:%M").to_string());
            }
            HostMsg::Refused { seq, error } => self.refused(seq, error),
            HostMsg::Error { message, .. } => self.app.warn(message),
            HostMsg::Closing { ended } => self.closing(ended),
        }
    }

    /// The facilitator's plenary is closing this link: for good (the session ended), or
    /// for now (it may be resumed, and this screen joins it again then).
    fn closing(&mut self, ended: bool) {
        let waiting = self.app.remote().map_or(0, |r| r.pending.len());
        if let Some(r) = self.app.remote_mut() {
            r.connected = false;
            r.closed = Some(if ended {
                HostClosed::Ended
            } else {
                HostClosed::ForNow
            });
        }
        let kept = match waiting {
            0 => String::new(),
            n => format!(" {}", tr!("client-kept", count = n)),
        };
        if ended {
            self.stopped_at = Some(self.clock.now());
            self.app.warn(tr!("client-ended", kept = kept));
        } else {
            self.app.warn(tr!("client-for-now", kept = kept));
        }
    }

    /// The host refused operation `seq`: say why, and put a refused commitment back in its
    /// form so nothing typed is lost.
    fn refused(&mut self, seq: u64, error: String) {
        let app = &mut self.app;
        let op = app.remote_mut().and_then(|r| {
            r.mine.refused(seq);
            let i = r.pending.iter().position(|(s, _)| *s == seq)?;
            Some(r.pending.remove(i).1)
        });
        app.warn(tr!("client-not-recorded", why = &error));
        if app.form.is_some() {
            return;
        }
        let Some(Op::AddCommitment { draft, .. } | Op::EditCommitment { draft, .. }) = &op else {
            return;
        };
        // Edit again from the current version of the commitment.
        let current = match &op {
            Some(Op::EditCommitment {
                id, base_revision, ..
            }) => app
                .session
                .live
                .as_ref()
                .and_then(|l| l.commitments.iter().find(|c| &c.id == id))
                .map(|c| (c.clone(), c.revision != *base_revision)),
            _ => None,
        };
        let deadline = draft.deadline.to_string();
        let f = CommitmentForm::filled(
            draft.anchor,
            [&draft.what, &draft.owner, &deadline],
            current.as_ref().map(|(c, _)| (c.id.clone(), c.revision)),
            false,
        );
        // nc14 #9: deleted meanwhile: the text typed is kept in a note.
        let Some(mut f) = app.keep_edit_of_deleted(Box::new(f)) else {
            return;
        };
        match current {
            // Issue 14, item 4: someone changed it meanwhile: theirs beside the text typed.
            Some((c, true)) => {
                let by = crate::domain::commitments::last_changed_by(&c);
                f.merge(&c, &by);
            }
            _ => f.form.refuse(None, error),
        }
        app.form = Some(Form::Commitment(f));
    }
}

impl Frontend for NoteTaker<'_> {
    type Message = LinkEvent;
    type Effect = Effect;

    fn update(&mut self, input: Input<LinkEvent>, effects: &mut Vec<Effect>) {
        let heard = matches!(input, Input::Message(LinkEvent::Message(_)));
        let now = self.clock.now();
        // nc14b #6: what was sent waits for an answer; any word from the host starts the
        // wait again, so a host that is merely busy is never called silent.
        if let Some(r) = self.app.remote_mut() {
            let waiting = r.connected && r.pending.iter().any(|(seq, _)| *seq <= r.sent);
            r.awaiting_since = match (waiting, heard) {
                (false, _) => None,
                (true, true) => Some(now),
                (true, false) => Some(r.awaiting_since.unwrap_or(now)),
            };
        }
        match input {
            Input::Key(key) => {
                let at = self.moment();
                // A client's keys ask nothing of the world directly: its operations wait in
                // its pending list until the runner sends them.
                let _ = self.app.on_key(key, at);
            }
            Input::Message(event) => self.on_link(event, effects),
            Input::Stop(_) => self.app.stop(),
            Input::Resize(_, rows) => self.app.rows = rows,
            Input::Tick => {}
        }
    }

    fn view(&self, frame: &mut ratatui::Frame<'_>) {
        let ctx = Ctx {
            now: self.now(),
            offset: self.offset,
            theme: self.theme,
        };
        let area = frame.area();
        ui::join::render(&self.app, &ctx, area, frame.buffer_mut());
    }

    fn wake_in(&self) -> Option<std::time::Duration> {
        // Stopped for good: nothing on screen changes by itself any more.
        if self.stopped_at.is_some() {
            return None;
        }
        // The status line's countdown changes every second.
        let millis = 1000 - u64::from(self.now().timestamp_subsec_millis());
        Some(std::time::Duration::from_millis(millis))
    }

    fn finished(&self) -> bool {
        self.app.should_quit()
    }
}

/// The role's name for the catalogue's choice of words (not shown as it is).
fn role_name(role: crate::live::protocol::Role) -> &'static str {
    use crate::live::protocol::Role;
    match role {
        Role::Facilitator => "facilitator",
        Role::NoteTaker => "note-taker",
        Role::Viewer => "viewer",
    }
}

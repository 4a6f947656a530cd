//! `plenary join`: a note-taker's or viewer's console on someone else's live session.

use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use anyhow::Result;
use chrono::{DateTime, Local, Offset, Utc};
use ratatui::crossterm::event::Event;
use ratatui::layout::Rect;

use super::drafts::{Claimed, Drafts};
use super::link::{Link, LinkEvent};
use super::protocol::{ClientMsg, HostMsg, PROTOCOL_VERSION, apply_applied};
use super::trust::Expect;
use crate::app::{App, CommitmentForm, Form};
use crate::clock::LiveClock;
use crate::domain::{Moment, Op};
use crate::runtime::{TerminalGuard, spawn_terminal_reader};
use crate::ui::{self, Ctx, Theme};

/// Everything the join loop waits for.
enum Input {
    Terminal(Event),
    Link(LinkEvent),
    Gone,
}

/// Runs the client until the person quits. `app.remote` must be set, with the claimed
/// identity's id; `trust` says which host to believe; `notice` is shown once joined.
pub fn run(
    app: &mut App,
    socket: PathBuf,
    claimed: &Claimed,
    trust: Expect,
    notice: Option<String>,
    theme: &Theme,
) -> Result<()> {
    let (tx, rx) = mpsc::channel();
    spawn_terminal_reader(tx.clone(), Input::Terminal, || Input::Gone);
    let remote = app.remote.clone().unwrap_or_default();
    let name = app.me.name.clone();
    let secret = claimed.identity.secret.clone();
    let hello = ClientMsg::Hello {
        version: PROTOCOL_VERSION,
        name: name.clone(),
        role: remote.role,
        client: remote.client.clone(),
        secret: secret.clone(),
    };
    let link = Link::start(socket, hello, trust, move |e| {
        let _ = tx.send(Input::Link(e));
    });
    let mut notice = notice;
    let offset = Local::now().offset().fix();
    let mut guard = TerminalGuard::new()?;
    // Countdowns run on a monotonic clock, set to the host's time on each welcome.
    let mut clock = LiveClock::start();
    let mut last_saved =
        serde_json::to_string(&Drafts::of(app, &secret, &name)).unwrap_or_default();
    loop {
        let now = clock.now();
        guard.terminal.draw(|f| {
            let ctx = Ctx {
                now,
                offset,
                theme,
                ticking_only: false,
                damage: Default::default(),
            };
            ui::join::render(app, &ctx, f.area(), f.buffer_mut());
        })?;
        if app.should_quit() {
            break;
        }
        let wait = Duration::from_millis(1000 - u64::from(now.timestamp_subsec_millis()) + 3);
        let first = match rx.recv_timeout(wait) {
            Ok(i) => Some(i),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let mut next = first;
        while let Some(input) = next {
            match input {
                Input::Terminal(Event::Key(key)) => app.on_key(key, moment(now, offset)),
                Input::Terminal(Event::Resize(w, h)) => {
                    guard.terminal.backend_mut().set_columns(w);
                    guard.terminal.resize(Rect::new(0, 0, w, h))?;
                }
                Input::Terminal(_) => {}
                Input::Link(e) => on_link(app, e, &link, &mut clock, &mut notice),
                Input::Gone => app.on_key(ctrl_c(), moment(now, offset)),
            }
            next = rx.try_recv().ok();
        }
        send_pending(app, &link);
        app.take_dirty();
        let current = serde_json::to_string(&Drafts::of(app, &secret, &name)).unwrap_or_default();
        if current != last_saved
            && crate::store::write_atomic(&claimed.path, current.as_bytes()).is_ok()
        {
            last_saved = current;
        }
    }
    drop(guard);
    Ok(())
}

fn ctrl_c() -> ratatui::crossterm::event::KeyEvent {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
}

fn moment(now: DateTime<Utc>, offset: chrono::FixedOffset) -> Moment {
    Moment {
        now,
        today: now.with_timezone(&offset).date_naive(),
    }
}

/// Sends queued operations not yet sent on this connection, in order.
fn send_pending(app: &mut App, link: &Link) {
    let Some(remote) = app.remote.as_mut() else {
        return;
    };
    if !remote.connected {
        return;
    }
    let unsent: Vec<(u64, Op)> = remote
        .pending
        .iter()
        .filter(|(seq, _)| *seq > remote.sent)
        .cloned()
        .collect();
    for (seq, op) in unsent {
        if !link.send(&ClientMsg::Op { seq, op }) {
            return;
        }
        remote.sent = seq;
    }
}

fn on_link(
    app: &mut App,
    event: LinkEvent,
    link: &Link,
    clock: &mut LiveClock,
    notice: &mut Option<String>,
) {
    match event {
        LinkEvent::Connected => {}
        LinkEvent::Lost => {
            if let Some(r) = app.remote.as_mut() {
                r.connected = false;
            }
            app.warn("Lost the facilitator's session; reconnecting. Your notes are kept and will be sent.");
        }
        LinkEvent::Closed(reason) => {
            if let Some(r) = app.remote.as_mut() {
                r.connected = false;
            }
            app.warn(format!("The session closed this connection: {reason}"));
        }
        LinkEvent::Message(msg) => on_message(app, msg, link, clock, notice),
    }
}

fn on_message(
    app: &mut App,
    msg: HostMsg,
    link: &Link,
    clock: &mut LiveClock,
    notice: &mut Option<String>,
) {
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
                clock.set(now);
            }
            app.session = *session;
            app.owners = app.session.owner_suggestions();
            app.me = you;
            if let Some(r) = app.remote.as_mut() {
                r.role = role;
                r.pending.retain(|(seq, _)| *seq > last_seq);
                r.connected = true;
                r.sent = last_seq;
                // Numbers continue above what the host has seen from us.
                r.next_seq = r.next_seq.max(last_seq);
            }
            match notice.take() {
                Some(n) => app.inform(format!("Joined as {} · {n}", role.label())),
                None => app.inform(format!("Joined as {}", role.label())),
            }
        }
        HostMsg::State { session } => app.session = *session,
        HostMsg::Applied {
            revision,
            op,
            by,
            at,
            origin,
        } => {
            let have = app.session.live.as_ref().map_or(0, |l| l.revision);
            if revision <= have {
                return;
            }
            if revision != have + 1
                || apply_applied(&mut app.session, &op, &by, at, origin.as_ref()).is_err()
            {
                link.send(&ClientMsg::Sync);
            }
            app.owners = app.session.owner_suggestions();
        }
        HostMsg::Ack { seq } => {
            if let Some(r) = app.remote.as_mut() {
                r.pending.retain(|(s, _)| *s != seq);
            }
        }
        HostMsg::Refused { seq, error } => {
            let op = app.remote.as_mut().and_then(|r| {
                let i = r.pending.iter().position(|(s, _)| *s == seq)?;
                Some(r.pending.remove(i).1)
            });
            app.warn(format!("Not recorded: {error}"));
            // Put a refused commitment back in its form, so nothing typed is lost.
            if app.form.is_none()
                && let Some(Op::AddCommitment { draft } | Op::EditCommitment { draft, .. }) = &op
            {
                let mut f = CommitmentForm::new(draft.anchor);
                f.what.insert_str(&draft.what);
                f.owner.insert_str(&draft.owner);
                f.deadline.insert_str(draft.deadline.to_string());
                if let Some(Op::EditCommitment { id, .. }) = &op {
                    // Edit again from the current version of the commitment.
                    let revision = app
                        .session
                        .live
                        .as_ref()
                        .and_then(|l| l.commitments.iter().find(|c| &c.id == id))
                        .map_or(0, |c| c.revision);
                    f.editing = Some((id.clone(), revision));
                }
                f.error = Some((None, error));
                app.form = Some(Form::Commitment(Box::new(f)));
            }
        }
        HostMsg::Error { message, .. } => app.warn(message),
    }
}

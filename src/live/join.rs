//! `plenary join`: a note-taker's or viewer's console on someone else's live session.

use std::path::PathBuf;

use anyhow::Result;

use super::client::{Effect, NoteTaker};
use super::drafts::{Claimed, Drafts};
use super::link::{Link, LinkEvent};
use super::protocol::{ClientMsg, PROTOCOL_VERSION};
use super::trust::Expect;
use crate::app::App;
use crate::domain::Op;
use crate::shell::{Runner, Shell, TerminalGuard};
use crate::ui::Theme;

/// Runs the client until the person quits. `app` must be a client seat, with the claimed
/// identity's id; `trust` says which host to believe; `notice` is shown once joined.
/// Returns the app as it ended, for what is left unconfirmed.
pub fn run(
    app: App,
    socket: PathBuf,
    claimed: &Claimed,
    trust: Expect,
    notice: Option<String>,
    theme: &Theme,
) -> Result<App> {
    let shell = Shell::default();
    let remote = app.remote().cloned().unwrap_or_default();
    let name = app.me.name.clone();
    let secret = claimed.identity.secret.clone();
    let hello = ClientMsg::Hello {
        version: PROTOCOL_VERSION,
        name: name.clone(),
        role: remote.role,
        client: remote.client.clone(),
        secret: secret.clone(),
    };
    let link = Link::start(socket, hello, trust, shell.messages());
    let mut front = NoteTaker::new(app, theme, notice);
    let mut runner = LinkRunner {
        last_saved: serde_json::to_string(&Drafts::of(&front.app, &secret, &name))
            .unwrap_or_default(),
        link,
        drafts: claimed.path.clone(),
        secret,
        name,
    };
    shell.run(&mut front, &mut runner)?;
    Ok(front.app)
}

/// Carries out the note-taker's effects: the link to the host, and the drafts file that
/// keeps what is typed and not yet confirmed across a killed client.
struct LinkRunner {
    link: Link,
    drafts: PathBuf,
    last_saved: String,
    secret: String,
    name: String,
}

impl Runner<NoteTaker<'_>> for LinkRunner {
    fn perform(
        &mut self,
        effect: Effect,
        _front: &mut NoteTaker<'_>,
        _terminal: &mut TerminalGuard,
    ) -> Result<Option<LinkEvent>> {
        match effect {
            Effect::Send(msg) => {
                self.link.send(&msg);
            }
        }
        Ok(None)
    }

    fn after_pass(&mut self, front: &mut NoteTaker<'_>) -> Result<()> {
        send_pending(&mut front.app, &self.link);
        let drafts = Drafts::of(&front.app, &self.secret, &self.name);
        let current = serde_json::to_string(&drafts).unwrap_or_default();
        let problem = if current == self.last_saved {
            None
        } else {
            match crate::store::write_atomic(&self.drafts, current.as_bytes()) {
                Ok(()) => {
                    self.last_saved = current;
                    None
                }
                // Said only while something would be lost; tried again on every pass.
                Err(e) => (!drafts.is_empty())
                    .then(|| format!("cannot write {}: {}", self.drafts.display(), plain(&e))),
            }
        };
        if let Some(remote) = front.app.remote_mut() {
            remote.drafts_problem = problem;
        }
        Ok(())
    }
}

/// An error's words without the number the system gives it.
fn plain(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// Sends queued operations not yet sent on this connection, in order.
fn send_pending(app: &mut App, link: &Link) {
    let Some(remote) = app.remote_mut() else {
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

//! Operations applied at this seat on their way out: numbered ones from live clients, the
//! log the runner hands to the journal and then to live clients, and which of them are on
//! disk (so a message can say "recorded" only once it is).

use super::App;
use crate::domain::{AppliedOp, Author, Moment, Numbered, Op, OpError};
use crate::tr;

impl App {
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
            self.owners = self.session.owner_suggestions();
            self.log(op, by, at, Some((client.to_string(), seq)));
        }
        result
    }

    pub(super) fn log(&mut self, op: Op, by: Author, at: Moment, origin: Option<(String, u64)>) {
        let entry = AppliedOp {
            revision: self.session.revision(),
            op,
            by,
            at,
            origin,
        };
        self.applied.push(entry);
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

    /// A note-taker's operations the host acknowledged (they are on its disk), those for
    /// which `acked` holds: a message waiting for one now says it is recorded, at `time`.
    pub fn acknowledged(&mut self, acked: impl Fn(u64) -> bool, time: &str) {
        if let Some(flash) = self.flash.as_mut()
            && flash
                .when_saved
                .as_ref()
                .is_some_and(|(seq, _)| acked(*seq))
            && let Some((_, text)) = flash.when_saved.take()
        {
            flash.text = format!("{text} {time}");
        }
    }

    /// Says what became of a note-taker's `what`, queued for the host: being sent, or
    /// waiting for the link (nothing is sent while it is down). The host's acknowledgement
    /// (the change is on its disk) turns the line into `done` and the time (issue 11,
    /// newcomer finding 11): it never stays saying "sending" once it is not true.
    pub(super) fn say_queued(&mut self, what: &str, done: &str) {
        let Some(remote) = self.remote() else {
            return;
        };
        let text = if remote.connected {
            tr!("said-sending", what = what)
        } else {
            tr!("said-link-down", what = what)
        };
        let seq = remote.next_seq;
        self.flash = Some(super::Flash {
            text,
            is_error: false,
            when_saved: Some((seq, done.to_string())),
        });
    }

    /// Why the commitment `id`, deleted, cannot be changed, in words true for this seat:
    /// the facilitator restores it with d; a note-taker cannot (issue 14, item 6).
    pub(super) fn deleted_commitment(&self, id: &str) -> String {
        match self.remote() {
            None => tr!("refused-deleted-d", id = id),
            Some(_) => tr!("refused-deleted-facilitator", id = id),
        }
    }

    /// Operations applied since the last call, oldest first, for live clients.
    pub fn take_applied(&mut self) -> Vec<AppliedOp> {
        std::mem::take(&mut self.applied)
    }
}

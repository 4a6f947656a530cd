//! Operations applied at this seat on their way out: numbered ones from live clients, the
//! log the runner hands to the journal and then to live clients, and which of them are on
//! disk (so a message can say "recorded" only once it is).

use super::App;
use crate::domain::{AppliedOp, Author, Moment, Numbered, Op, OpError};

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

    /// Operations applied since the last call, oldest first, for live clients.
    pub fn take_applied(&mut self) -> Vec<AppliedOp> {
        std::mem::take(&mut self.applied)
    }
}

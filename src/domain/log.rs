//! An operation as it was applied, with everything needed to apply it again identically:
//! the journal beside a session file is a list of these, and so is what live clients hear.

use serde::{Deserialize, Serialize};

use super::model::{Author, Session};
use super::ops::{Moment, Op, OpError};

/// One applied operation: replaying it on the session as it was before gives the session
/// as it was after, with `revision` its new revision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppliedOp {
    pub revision: u64,
    pub op: Op,
    pub by: Author,
    pub at: Moment,
    /// The live client and its number for the operation, when it came from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<(String, u64)>,
}

/// Why an operation could not be applied again.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReplayError {
    #[error("operation {revision} was refused on replay: {error}")]
    Refused { revision: u64, error: OpError },
    #[error("operation {found} follows revision {have}: an operation is missing")]
    Gap { have: u64, found: u64 },
}

impl Session {
    /// The session's revision: the number of operations applied to it.
    pub fn revision(&self) -> u64 {
        self.live.as_ref().map_or(0, |l| l.revision)
    }

    /// Applies a logged operation exactly as it was first applied. An entry at or below the
    /// current revision is already in the session and is skipped (returns false).
    pub fn replay(&mut self, entry: &AppliedOp) -> Result<bool, ReplayError> {
        let have = self.revision();
        if entry.revision <= have {
            return Ok(false);
        }
        if entry.revision != have + 1 {
            return Err(ReplayError::Gap {
                have,
                found: entry.revision,
            });
        }
        let refused = |error| ReplayError::Refused {
            revision: entry.revision,
            error,
        };
        match &entry.origin {
            Some((client, seq)) => {
                self.apply_numbered(client, *seq, &entry.op, &entry.by, entry.at)
                    .map_err(refused)?;
            }
            None => {
                self.apply(&entry.op, &entry.by, entry.at)
                    .map_err(refused)?;
            }
        }
        Ok(true)
    }
}

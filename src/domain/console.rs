//! How the facilitator's console was left: projector mode and the bell. Saved with the
//! session (issue 12, item 12) so that `plenary run SESSION.json` opens the room's screen
//! as it was, projected and silent if it was, instead of forgetting both.

use serde::{Deserialize, Serialize};

use super::model::Extra;

/// The console's own settings, in the live record's `console` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConsoleState {
    /// Projector mode: essentials only, largest type.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub projector: bool,
    /// The bell is muted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub muted: bool,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

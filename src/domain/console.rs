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

#[cfg(test)]
mod tests {
    use crate::domain::{Author, Moment, Op, Session};
    use crate::live::protocol::Role;

    // Issue 12, item 12: the console's settings are saved, a field a newer build wrote in
    // them is kept, and a note-taker cannot change the facilitator's screen.
    #[test]
    fn set_console_is_saved_keeps_unknown_fields_and_is_the_facilitators() {
        let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
        let mut s: Session = serde_json::from_str(&text).unwrap();
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        s.begin_live("console".into(), None, now);
        let mut json = serde_json::to_value(&s).unwrap();
        json["live"]["console"] = serde_json::json!({"projector": true, "brightness": 3});
        let mut s: Session = serde_json::from_value(json).unwrap();
        let me = Author {
            name: "amina".into(),
            uid: None,
        };
        let at = Moment {
            now,
            today: now.date_naive(),
        };
        let op = Op::SetConsole {
            projector: false,
            muted: true,
        };
        s.apply(&op, &me, at).unwrap();
        let saved = serde_json::to_value(&s).unwrap();
        assert_eq!(
            saved["live"]["console"],
            serde_json::json!({"muted": true, "brightness": 3})
        );
        assert!(!Role::NoteTaker.allows(&op));
    }
}

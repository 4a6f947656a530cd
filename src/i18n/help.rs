//! The keys overlay (`?`) in the room's language: each heading and each key's words. The
//! keymaps keep their English words (README tables and `tests/keys.rs` read them); the
//! overlay puts them into the language in force when it draws them. Words of a keymap not
//! listed here (the note-taker's, review's, the editor's, the launcher's) stay in English
//! until their screens are converted.

use crate::tr;

/// A heading or a key's words in the help overlay, in the language in force.
pub fn help_words(english: &str) -> String {
    match english {
        "Before the session starts" => tr!("scope-start"),
        "During the report-back" => tr!("scope-timer"),
        "During a breakout" => tr!("scope-breakout"),
        "In the notes (3)" => tr!("scope-notes"),
        "On the selected note (3)" => tr!("scope-note"),
        "During a follow-up item" => tr!("scope-follow-up"),
        "In the commitments table (2)" => tr!("scope-commitments"),
        "In the people list (4)" => tr!("scope-people"),
        "In the plan (5), the agenda" => tr!("scope-plan-items"),
        "In the plan (5), the report-back order" => tr!("scope-plan-groups"),
        "Choosing where a commitment is filed" => tr!("scope-picker"),
        "In the read-back (6)" => tr!("scope-read-back"),
        "During the closing item" => tr!("scope-closing"),
        "On the summary, once the session has ended" => tr!("scope-summary"),
        "While the session runs" => tr!("scope-running"),
        "Everywhere" => tr!("scope-everywhere"),
        "Always, also while choosing a place" => tr!("scope-always"),
        "While these keys are shown" => tr!("help-shown"),
        "scroll these keys up" => tr!("help-scroll-up"),
        "scroll these keys down (any other key closes them)" => tr!("help-scroll-down"),
        "a page up" => tr!("help-page-up"),
        "a page down" => tr!("help-page-down"),
        "start the session (first agenda item and the session clock)" => {
            tr!("help-start-start-session")
        }
        "start / pause the presenter timer" => tr!("help-timer-toggle-timer"),
        "next group (stops the previous presenter's clock)" => tr!("help-timer-next-group"),
        "previous group" => tr!("help-timer-prev-group"),
        "next group's card" => tr!("help-breakout-next-group"),
        "previous group's card" => tr!("help-breakout-prev-group"),
        "reset the presenter timer (asks)" => tr!("help-timer-reset-timer"),
        "record the next status: open → in progress → done → dropped" => {
            tr!("help-follow-up-record-status")
        }
        "next commitment" => tr!("help-follow-up-next-carried"),
        "previous commitment" => tr!("help-follow-up-prev-carried"),
        "start / pause the owner's 2-minute timer" => tr!("help-follow-up-owner-timer"),
        "select the previous commitment" => tr!("help-commitments-up"),
        "select the next commitment" => tr!("help-commitments-down"),
        "edit the selected commitment" => tr!("help-commitments-edit"),
        "next status: open → in progress → done → dropped" => {
            tr!("help-commitments-cycle-status")
        }
        "previous status, for one s too many" => tr!("help-commitments-cycle-status-back"),
        "delete the selected commitment (asks; kept, struck out) or restore it" => {
            tr!("help-commitments-delete-commitment")
        }
        "file the selected commitment under another item or group" => {
            tr!("help-commitments-move-commitment")
        }
        "select the previous note" => tr!("help-notes-up"),
        "select the next note" => tr!("help-notes-down"),
        "correct the selected note" => tr!("help-note-edit"),
        "delete the selected note (asks; kept, struck out) or restore it" => {
            tr!("help-note-delete-note")
        }
        "select the previous item" => tr!("help-plan-items-up"),
        "select the next item" => tr!("help-plan-items-down"),
        "move the selected item earlier (only items still to come move)" => {
            tr!("help-plan-items-move-earlier")
        }
        "move the selected item later" => tr!("help-plan-items-move-later"),
        "plan a minute more for the selected item" => tr!("help-plan-items-lengthen"),
        "plan a minute less for the selected item" => tr!("help-plan-items-shorten"),
        "add an agenda item after the selected one" => tr!("help-plan-items-add-to-plan"),
        "take the selected item off the agenda (asks; not one that ran)" => {
            tr!("help-plan-items-take-out")
        }
        "to the report-back order" => tr!("help-plan-items-plan-switch"),
        "select the previous group" => tr!("help-plan-groups-up"),
        "select the next group" => tr!("help-plan-groups-down"),
        "the selected group presents earlier" => tr!("help-plan-groups-move-earlier"),
        "the selected group presents later" => tr!("help-plan-groups-move-later"),
        "add a late group: name, presenter, topic" => tr!("help-plan-groups-add-to-plan"),
        "mark the selected group absent (skipped in the report-back), or back" => {
            tr!("help-plan-groups-take-out")
        }
        "to the agenda" => tr!("help-plan-groups-plan-switch"),
        "the place above" => tr!("help-picker-up"),
        "the place below" => tr!("help-picker-down"),
        "file the commitment here" => tr!("help-picker-choose"),
        "leave it where it is" => tr!("help-picker-back"),
        "the next commitment, or the next page" => tr!("help-read-back-read-next"),
        "the previous commitment, or page" => tr!("help-read-back-read-previous"),
        "one at a time, or a page at a time" => tr!("help-read-back-read-mode"),
        "read back what was agreed, in large type (also on the projector)" => {
            tr!("help-closing-show-read-back")
        }
        "write the outcome document (Markdown) beside the session file" => {
            tr!("help-summary-export-outcome")
        }
        "write the deadlines as a calendar (.ics) beside the session file" => {
            tr!("help-summary-export-calendar")
        }
        "select the previous person" => tr!("help-people-up"),
        "select the next person" => tr!("help-people-down"),
        "disconnect the selected person" => tr!("help-people-disconnect"),
        "next agenda item (after the last: end the session, asks)" => tr!("help-running-next-item"),
        "previous agenda item" => tr!("help-running-prev-item"),
        "add 30 s to the timer shown (presenter, or the item's countdown)" => {
            tr!("help-running-add-time")
        }
        "take 30 s from the timer shown" => tr!("help-running-remove-time"),
        "new commitment: action, owner, deadline" => tr!("help-everywhere-new-commitment"),
        "new note for this item and group" => tr!("help-everywhere-new-note"),
        "the stage" => tr!("help-everywhere-show-stage"),
        "the commitments table" => tr!("help-everywhere-show-commitments"),
        "the notes" => tr!("help-everywhere-show-notes"),
        "who joined (note-takers and viewers)" => tr!("help-everywhere-show-people"),
        "the plan: change the agenda and the report-back order live" => {
            tr!("help-everywhere-show-plan")
        }
        "the read-back: the commitments in large type, to read to the room" => {
            tr!("help-everywhere-show-read-back")
        }
        "projector mode: essentials only, largest type" => tr!("help-everywhere-toggle-projector"),
        "mute / unmute the bell" => tr!("help-everywhere-toggle-mute"),
        "leave projector mode, or back to the stage" => tr!("help-everywhere-back"),
        "these keys" => tr!("help-always-help"),
        "quit (asks if a timer runs or changes are not on disk)" => tr!("help-everywhere-quit"),
        "quit safely at any time" => tr!("help-always-interrupt"),
        other => super::console_help::words(other)
            .or_else(|| super::editor_help::words(other))
            .unwrap_or_else(|| other.to_string()),
    }
}

//! The keys overlay's words for the console's forms, owner suggestions, a commitment in
//! full and the note-taker's keys, in the language in force (issue 16); `help::help_words`
//! asks here for the words it does not know.

use crate::tr;

/// A heading or a key's words, or none when they are not the console's.
pub fn words(english: &str) -> Option<String> {
    Some(match english {
        // The form kit (src/form/keys.rs).
        "In a form" => tr!("help-form"),
        "In a form of several fields" => tr!("help-form-fields"),
        "On a field of choices" => tr!("help-form-choice"),
        "After an edit conflict" => tr!("help-form-merge"),
        "When asked to discard typed text" => tr!("help-form-discard"),
        "after an edit conflict: this field takes their text, or yours back" => {
            tr!("help-form-take-theirs")
        }
        "next field" => tr!("help-form-next"),
        "previous field" => tr!("help-form-previous"),
        "save" => tr!("help-form-save"),
        "cancel (asks if typed text would be lost)" => tr!("help-form-cancel"),
        "next choice (or its first letter)" => tr!("help-form-choice-next"),
        "previous choice" => tr!("help-form-choice-previous"),
        "empty the field, to type it again" => tr!("help-form-clear"),
        "quit (asks if typed text would be lost)" => tr!("help-form-quit"),
        "quit, throwing the typed text away" => tr!("help-form-quit-discard"),
        "throw the typed text away" => tr!("help-form-throw-away"),
        "keep typing" => tr!("help-form-keep-typing"),
        // The owner suggestions under the commitment form's owner.
        "While owners are suggested" => tr!("help-owners"),
        "highlight the previous suggested owner" => tr!("help-owners-previous"),
        "highlight the next suggested owner" => tr!("help-owners-next"),
        "take the highlighted owner and go to the deadline" => tr!("help-owners-take"),
        "close the suggestions and keep the owner as typed" => tr!("help-owners-keep"),
        // A commitment in full (v).
        "A commitment in full (v in the table)" => tr!("help-detail"),
        "scroll up (k too)" => tr!("help-detail-up"),
        "scroll down (j too)" => tr!("help-detail-down"),
        "the commitment before it" => tr!("help-detail-before"),
        "the commitment after it" => tr!("help-detail-after"),
        "back to the table (v too)" => tr!("help-detail-back"),
        // The note-taker's keys (src/app/client_keys.rs).
        "eight commitments up" => tr!("help-client-page-up"),
        "eight commitments down" => tr!("help-client-page-down"),
        "the first commitment" => tr!("help-client-first"),
        "the last commitment" => tr!("help-client-last"),
        "the selected commitment in full, with who recorded it and its history" => {
            tr!("help-client-details")
        }
        "eight notes up" => tr!("help-client-notes-up"),
        "eight notes down" => tr!("help-client-notes-down"),
        "the first note" => tr!("help-client-first-note"),
        "the last note" => tr!("help-client-last-note"),
        "this item's notes and commitments" => tr!("help-client-this-item"),
        "all commitments" => tr!("help-client-all-commitments"),
        "this item's notes: correct or delete the ones you wrote" => tr!("help-client-notes"),
        "yours: each note and commitment you sent, saved ✓ on the facilitator's disk or not yet" =>
        {
            tr!("help-client-yours")
        }
        "back to this item" => tr!("help-client-back"),
        "quit (what is not yet confirmed is kept for the next join)" => tr!("help-client-quit"),
        "quit at any time" => tr!("help-client-interrupt"),
        "this item's notes, to read them all" => tr!("help-client-read-notes"),
        "quit" => tr!("footer-quit"),
        "correct the selected note (one you wrote)" => tr!("help-client-correct"),
        "delete the selected note you wrote (asks; kept, struck out) or restore it" => {
            tr!("help-client-delete-note")
        }
        // A follow-up item's keys (src/app/keys.rs).
        "record: still open" => tr!("help-follow-up-open"),
        "record: in progress" => tr!("help-follow-up-in-progress"),
        "record: done" => tr!("help-follow-up-done"),
        "record: dropped" => tr!("help-follow-up-dropped"),
        "what the owner said, a new deadline, a new owner" => tr!("help-follow-up-form"),
        "agree it again as a commitment of this session (counted once)" => {
            tr!("help-follow-up-re-agree")
        }
        _ => return None,
    })
}

/// Where a console key works, for someone who pressed it elsewhere ("in the notes (3)"), in
/// the language in force.
pub fn place(english: &str) -> String {
    match english {
        "before the session starts" => tr!("where-start"),
        "during the report-back" => tr!("where-timer"),
        "during a breakout" => tr!("where-breakout"),
        "in the notes (3)" => tr!("where-notes"),
        "on a note selected in the notes (3), a note-taker's own only" => tr!("where-note"),
        "during a follow-up item" => tr!("where-follow-up"),
        "in the commitments table (2)" => tr!("where-commitments"),
        "in the people list (4)" => tr!("where-people"),
        "in the plan (5), on the agenda" => tr!("where-plan-items"),
        "in the plan (5), on the report-back order" => tr!("where-plan-groups"),
        "while choosing where a commitment is filed (f in view 2)" => tr!("where-picker"),
        "in the read-back (6)" => tr!("where-read-back"),
        "during the closing item" => tr!("where-closing"),
        "on the summary, once the session has ended" => tr!("where-summary"),
        "once the session has started (Enter), until it ends" => tr!("where-running"),
        "everywhere" => tr!("where-everywhere"),
        other => other.to_string(),
    }
}

//! Key names and a footer's words in the language in force. The keymaps (`app/keys.rs`
//! and the others) keep their English words, which the README tables and help are checked
//! against; a footer turns them into the room's language here when it draws them. Words
//! not listed stay in English until their screen is converted.

use crate::tr;

/// A key's label as people read it: "Space" and "Enter" are named in the language, arrows
/// and letters are left as they are ("e Enter" → "e Entrée").
pub fn key_label(label: &str) -> String {
    if !label.contains("Space") && !label.contains("Enter") {
        return label.to_string();
    }
    label
        .split(' ')
        .map(|word| match word {
            "Space" => tr!("key-space"),
            "Enter" => tr!("key-enter"),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An agenda item's kind as the stage names it beside the title.
pub fn kind_label(kind: crate::domain::ItemKind) -> String {
    use crate::domain::ItemKind;
    match kind {
        ItemKind::Plenary => tr!("kind-plenary"),
        ItemKind::Breakout => tr!("kind-breakout"),
        ItemKind::Presentations => tr!("kind-report-back"),
        ItemKind::ActionPlanning => tr!("kind-action-planning"),
        ItemKind::Break => tr!("kind-break"),
        ItemKind::Closing => tr!("kind-closing"),
        ItemKind::FollowUp => tr!("kind-follow-up"),
    }
}

/// A commitment's status as the room reads it.
pub fn status_label(status: crate::domain::Status) -> String {
    use crate::domain::Status;
    match status {
        Status::Open => tr!("status-open"),
        Status::InProgress => tr!("status-in-progress"),
        Status::Done => tr!("status-done"),
        Status::Dropped => tr!("status-dropped"),
    }
}

/// An option of a form's field of choices as it is shown and picked by its first letter:
/// a status or an agenda item's kind in the language in force (the form keeps the English
/// word as its value). Options not listed are shown as they are.
pub fn choice_word(option: &str) -> String {
    use crate::domain::{ItemKind, Status};
    match option {
        "open" => status_label(Status::Open),
        "in progress" => status_label(Status::InProgress),
        "done" => status_label(Status::Done),
        "dropped" => status_label(Status::Dropped),
        "Plenary" => kind_label(ItemKind::Plenary),
        "Breakout" => kind_label(ItemKind::Breakout),
        "Report-back" => kind_label(ItemKind::Presentations),
        "Action planning" => kind_label(ItemKind::ActionPlanning),
        "Break" => kind_label(ItemKind::Break),
        "Closing" => kind_label(ItemKind::Closing),
        "Follow-up" => kind_label(ItemKind::FollowUp),
        other => other.to_string(),
    }
}

/// The role a person joined in, as their screen and the facilitator's name it.
pub fn role_label(role: crate::live::protocol::Role) -> String {
    use crate::live::protocol::Role;
    match role {
        Role::Facilitator => tr!("role-facilitator"),
        Role::NoteTaker => tr!("role-note-taker"),
        Role::Viewer => tr!("role-viewer"),
    }
}

/// Key hints (`keymap::footer_hints`, asked for at any width) in the language in force, as
/// many as fit in `width` columns: the translated words are what must fit.
pub fn hints_in_language(hints: Vec<(String, &str)>, width: usize) -> Vec<(String, String)> {
    let mut used = 0;
    hints
        .into_iter()
        .map(|(keys, words)| (key_label(&keys), footer_words(words)))
        .take_while(|(keys, words)| {
            used += keys.chars().count() + words.chars().count() + 3;
            used <= width
        })
        .collect()
}

/// A footer's few words for what a key does, in the language in force.
pub fn footer_words(words: &str) -> String {
    match words {
        "start" => tr!("footer-start"),
        "start / pause" => tr!("footer-start-pause"),
        "groups" => tr!("footer-groups"),
        "status" => tr!("footer-status"),
        "commitments" => tr!("footer-commitments"),
        "owner's timer" => tr!("footer-owners-timer"),
        "select" => tr!("footer-select"),
        "edit" => tr!("footer-edit"),
        "delete" => tr!("footer-delete"),
        "file under" => tr!("footer-file-under"),
        "move" => tr!("footer-move"),
        "minutes" => tr!("footer-minutes"),
        "add" => tr!("footer-add"),
        "take out" => tr!("footer-take-out"),
        "absent" => tr!("footer-absent"),
        "agenda" => tr!("footer-agenda"),
        "choose" => tr!("footer-choose"),
        "file here" => tr!("footer-file-here"),
        "cancel" => tr!("footer-cancel"),
        "next" => tr!("footer-next"),
        "back" => tr!("footer-back"),
        "one / page" => tr!("footer-one-page"),
        "read back" => tr!("footer-read-back"),
        "outcome document" => tr!("footer-outcome"),
        "calendar" => tr!("footer-calendar"),
        "disconnect" => tr!("footer-disconnect"),
        "items" => tr!("footer-items"),
        "time" => tr!("footer-time"),
        "commitment" => tr!("footer-commitment"),
        "details" => tr!("footer-details"),
        "what was said" => tr!("follow-up-what-said"),
        "re-agree" => tr!("follow-up-re-agree"),
        "note" => tr!("footer-note"),
        "help" => tr!("footer-help"),
        "quit" => tr!("footer-quit"),
        // The forms' keys, the owner and name suggestions, a commitment in full, and the
        // note-taker's views.
        "save" => tr!("footer-save"),
        "next field" => tr!("footer-next-field"),
        "theirs/yours" => tr!("footer-theirs-yours"),
        "discard" => tr!("footer-discard"),
        "keep it" => tr!("footer-keep-it"),
        "pick" => tr!("footer-pick"),
        "take owner" => tr!("footer-take-owner"),
        "keep as typed" => tr!("footer-keep-as-typed"),
        "take it" => tr!("footer-take-it"),
        "scroll" => tr!("footer-scroll"),
        "this item" => tr!("footer-this-item"),
        "all commitments" => tr!("footer-all-commitments"),
        "notes" => tr!("footer-notes"),
        "yours" => tr!("footer-yours"),
        // The agenda editor's (issue 16: its screens in the language too).
        "remove" => tr!("footer-remove"),
        "import CSV" => tr!("footer-import-csv"),
        "out / back" => tr!("footer-out-back"),
        "start from it" => tr!("footer-start-from-it"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    // Issue 16, item 5: the footer speaks the room's language; English stays as it was.
    #[test]
    fn footer_words_follow_the_language_and_english_is_unchanged() {
        for binding in crate::app::keys::KEYMAP.0 {
            let Some(words) = binding.footer else {
                continue;
            };
            let _en = scoped(Lang::En);
            assert_eq!(footer_words(words), words);
            assert_eq!(key_label(binding.label), binding.label);
            let _fr = scoped(Lang::Fr);
            let same_in_french = matches!(words, "minutes" | "absent" | "note");
            assert_eq!(footer_words(words) == words, same_in_french, "{words}");
        }
        let _fr = scoped(Lang::Fr);
        assert_eq!(key_label("e Enter"), "e Entrée");
        assert_eq!(footer_words("start / pause"), "lancer / pause");
    }
}

//! Key names, key hints and the words of a form's choices in the language in force. The
//! keymaps name their help and footer words by message id (`i18n::Msg`); a footer says
//! them in the room's language here when it draws them.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::Msg;
use crate::tr;

/// The key that answers yes to a question in the language in force: o (oui), s (sí), y.
pub fn yes_key() -> char {
    tr!("confirm-yes-key").chars().next().unwrap_or('y')
}

/// Whether a key press answers yes to a question: the language's yes key, either case,
/// and y in every language (nc16 #9).
pub fn is_yes(key: &KeyEvent) -> bool {
    let yes = yes_key();
    !key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char(c)
            if c.eq_ignore_ascii_case(&'y') || c.eq_ignore_ascii_case(&yes))
}

/// A key's label as people read it: Space, Enter, Esc, Home, End, PgUp, PgDn and
/// Shift-Tab are named as the language's keyboards print them, the label "y" (the answer
/// yes to a question) is the language's yes key, arrows and letters are left as they are
/// ("e Enter" → "e Entrée", "Esc" → "Échap").
pub fn key_label(label: &str) -> String {
    if label == "y" {
        return yes_key().to_string();
    }
    label
        .split(' ')
        .map(|word| match word {
            "Space" => tr!("key-space"),
            "Enter" => tr!("key-enter"),
            // The names printed on French and Spanish keyboards (nc16b #15).
            "Esc" => tr!("key-esc"),
            "Home" => tr!("key-home"),
            "End" => tr!("key-end"),
            "PgUp" => tr!("key-page-up"),
            "PgDn" => tr!("key-page-down"),
            "Shift-Tab" => tr!("key-shift-tab"),
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
pub fn hints_in_language(hints: Vec<(String, Msg)>, width: usize) -> Vec<(String, String)> {
    let mut used = 0;
    hints
        .into_iter()
        .map(|(keys, words)| (key_label(&keys), words.text()))
        .take_while(|(keys, words)| {
            used += keys.chars().count() + words.chars().count() + 3;
            used <= width
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    // Issue 16, item 5: the footer speaks the room's language; English is the keymap's.
    #[test]
    fn footer_words_follow_the_language() {
        for binding in crate::app::keys::KEYMAP.0 {
            let Some(words) = binding.footer else {
                continue;
            };
            let _en = scoped(Lang::En);
            let english = words.text();
            assert_eq!(key_label(binding.label), binding.label);
            let _fr = scoped(Lang::Fr);
            let same_in_french = matches!(english.as_str(), "minutes" | "absent" | "note");
            assert_eq!(words.text() == english, same_in_french, "{english}");
        }
        let _fr = scoped(Lang::Fr);
        assert_eq!(key_label("e Enter"), "e Entrée");
        assert_eq!(crate::msg!("footer-start-pause").text(), "lancer / pause");
    }
}

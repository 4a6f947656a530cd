//! Review's and the launcher's footer words in the language in force (issue 16, items 2
//! and 3). Their keymaps keep
//! the English words (README tables and `tests/keys.rs` read them); the footer says them
//! in the language here, falling back to the console's words (`back`, `quit`…).

use crate::i18n::keys::{footer_words, key_label};
use crate::keymap::{Keymap, footer_hints};
use crate::tr;

/// One footer word of review, in the language in force.
pub fn word(english: &str) -> String {
    match english {
        "open" => tr!("review-footer-open"),
        "its commitments" => tr!("review-footer-its-commitments"),
        "all commitments" => tr!("review-footer-all-commitments"),
        "figures" => tr!("review-footer-figures"),
        "scroll" => tr!("review-footer-scroll"),
        "export" => tr!("review-footer-export"),
        "follow up" => tr!("review-footer-follow-up"),
        "search" => tr!("review-footer-search"),
        "sort" => tr!("review-footer-sort"),
        "by owner" => tr!("review-footer-by-owner"),
        "overdue" => tr!("review-footer-overdue"),
        "due within" => tr!("review-footer-due-within"),
        "clear/back" => tr!("review-footer-clear-back"),
        "group/owner" => tr!("review-footer-group-owner"),
        "start or resume" => tr!("launcher-footer-start"),
        other => footer_words(other),
    }
}

/// A key's words in review's export question, in the language in force; words not listed
/// stay English.
pub fn help(english: &str) -> String {
    match english {
        "the outcome document (Markdown)" => tr!("review-export-markdown"),
        "the commitments (CSV)" => tr!("review-export-csv"),
        "the deadlines (calendar)" => tr!("review-export-calendar"),
        "the outcome document to send (HTML)" => tr!("review-export-html"),
        "the outcome document to send (DOCX, for Word)" => tr!("review-export-docx"),
        "Markdown and CSV for outside the room: no log-ins, times or file paths" => {
            tr!("review-export-external")
        }
        other => other.to_string(),
    }
}

/// The footer's (keys, words) in the language in force, as many as fit in `width`
/// measured in the words shown.
pub fn hints<A: Copy, S: Copy + PartialEq>(
    map: &Keymap<A, S>,
    scopes: &[S],
    width: usize,
) -> Vec<(String, String)> {
    let mut used = 0;
    footer_hints(map, scopes, usize::MAX)
        .into_iter()
        .map(|(keys, words)| (key_label(&keys), word(words)))
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

    // Issue 16, item 2: every footer word of review is said in French; English is as it was.
    #[test]
    fn every_review_footer_word_is_translated_and_english_is_unchanged() {
        for b in crate::review::keys::KEYMAP.0 {
            let Some(words) = b.footer else { continue };
            let _en = scoped(Lang::En);
            assert_eq!(word(words), words);
            let _fr = scoped(Lang::Fr);
            assert_ne!(word(words), words, "{words}");
        }
    }
}

//! Which characters a session's text may hold, and how text from a file is shown safely.
//!
//! A control character stored in a session (an escape sequence pasted into a commitment,
//! or written into the file by hand) would reach every reader's terminal through
//! `plenary check`, the commitments listing and the exports. So the domain refuses them,
//! with one rule for every way in, and every text output escapes whatever an older file
//! still holds.

use std::borrow::Cow;

/// The first character of `text` a session refuses: any control character, except a line
/// break in a field that may span lines (`multi_line`, the notes).
pub fn refused_char(text: &str, multi_line: bool) -> Option<char> {
    text.chars()
        .find(|&c| c.is_control() && !(multi_line && c == '\n'))
}

/// Why `found` is refused, in words that follow the field's name: "contains a line break
/// — keep it on one line", "contains a control character (U+001B) — remove it".
pub fn refusal(found: char) -> String {
    if found == '\n' || found == '\r' {
        format!(
            "contains a line break ({}) — keep it on one line",
            code_point(found)
        )
    } else {
        format!(
            "contains a control character ({}) — remove it",
            code_point(found)
        )
    }
}

/// `U+001B`: how a character is named to people.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Line breaks as one `\n` each: a pasted note may carry `\r\n` or a lone `\r`.
pub fn unify_line_breaks(text: &str) -> Cow<'_, str> {
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Text that cannot drive a terminal: each control character is written as `\xNN` (so the
/// reader sees what the file holds), except line breaks where `multi_line` keeps them.
pub fn escaped(text: &str, multi_line: bool) -> Cow<'_, str> {
    if refused_char(text, multi_line).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && !(multi_line && c == '\n') {
            out.push_str(&format!("\\x{:02X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One line of text for a terminal: control characters escaped, line breaks included.
pub fn one_line(text: &str) -> Cow<'_, str> {
    escaped(text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_line_breaks_in_notes_are_accepted() {
        assert_eq!(refused_char("plain text, ünïcode 財務省 🚀", false), None);
        assert_eq!(refused_char("a\nb", true), None);
        assert_eq!(refused_char("a\nb", false), Some('\n'));
        assert_eq!(refused_char("a\tb", true), Some('\t'));
        assert_eq!(refused_char("\u{9b}31m", false), Some('\u{9b}'));
        assert_eq!(refused_char("a\u{7f}", true), Some('\u{7f}'));
    }

    #[test]
    fn refusals_name_the_character() {
        assert_eq!(
            refusal('\x1b'),
            "contains a control character (U+001B) — remove it"
        );
        assert_eq!(
            refusal('\n'),
            "contains a line break (U+000A) — keep it on one line"
        );
    }

    #[test]
    fn escaping_makes_every_control_character_visible() {
        assert_eq!(escaped("\x1b[2Jx\u{9b}y\n", false), "\\x1B[2Jx\\x9By\\x0A");
        assert_eq!(escaped("a\nb\x07", true), "a\nb\\x07");
        assert!(matches!(escaped("fine", false), Cow::Borrowed(_)));
        assert_eq!(unify_line_breaks("a\r\nb\rc"), "a\nb\nc");
    }
}

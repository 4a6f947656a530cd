//! People's names as the host shows and records them: cleaned of what cannot be seen,
//! measured as a reader counts them, and told apart when two look alike, so that no one
//! joins as someone else by a letter from another script, an invisible character or a space.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
use unicode_security::skeleton;
use unicode_segmentation::UnicodeSegmentation;

/// Longest name a person can be shown with, in characters as a reader counts them (a
/// letter and its accents are one).
pub const MAX_NAME: usize = 60;
/// Longest name in bytes, however its letters are composed: bounds accents piled on letters.
pub const MAX_NAME_BYTES: usize = 8 * MAX_NAME;

/// A name without control characters or invisible format characters (Unicode category Cf:
/// zero-width spaces and joiners, text-direction controls, soft hyphens), spaces collapsed.
pub fn clean_name(raw: &str) -> String {
    let kept: String = raw
        .chars()
        .filter(|c| !c.is_control() && c.general_category() != GeneralCategory::Format)
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How long `name` looks: its grapheme clusters.
pub fn name_length(name: &str) -> usize {
    name.graphemes(true).count()
}

/// Why the name `raw` cannot be used once cleaned, if it cannot; never repeats it.
pub fn check_name(raw: &str) -> Result<(), String> {
    let clean = clean_name(raw);
    if clean.trim().is_empty() {
        return Err("your name is empty: join with --name and the name others should see".into());
    }
    let length = name_length(&clean);
    if length > MAX_NAME {
        return Err(format!(
            "your name is {length} characters long, at most {MAX_NAME}: join with a shorter --name"
        ));
    }
    if clean.len() > MAX_NAME_BYTES {
        return Err(format!(
            "your name takes {} bytes, at most {MAX_NAME_BYTES} (too many accents on its letters): join with a simpler --name",
            clean.len()
        ));
    }
    Ok(())
}

/// The forms a name is compared in: its confusable skeleton (Unicode TS #39), taken as
/// written and in lower case, then without case, accents or spaces. Two names look alike
/// when any of their forms match.
fn forms(name: &str) -> [String; 2] {
    let plain = |s: String| -> String {
        s.to_lowercase()
            .nfd()
            .filter(|c| !is_combining_mark(*c) && !c.is_whitespace())
            .collect()
    };
    [
        plain(skeleton(name).collect()),
        plain(skeleton(&name.to_lowercase()).collect()),
    ]
}

/// `name` as the host shows and records it: with the person's Unix user when it looks like
/// one already `taken` (the facilitator's, another connected person's), and numbered if
/// even that is taken.
pub fn distinct_name(name: &str, user: &str, taken: &[String]) -> String {
    let taken: Vec<[String; 2]> = taken.iter().map(|t| forms(t)).collect();
    let free = |n: &str| {
        let mine = forms(n);
        !taken.iter().any(|t| t.iter().any(|f| mine.contains(f)))
    };
    if free(name) {
        return name.to_string();
    }
    let with_user = format!("{name} ({user})");
    if free(&with_user) {
        return with_user;
    }
    (2..)
        .map(|i| format!("{with_user} {i}"))
        .find(|n| free(n))
        .unwrap_or(with_user)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned_and_look_alikes_get_the_user() {
        assert_eq!(clean_name("  Eve\u{1b}[2J \u{202e}Lin\u{7} "), "Eve[2J Lin");
        let taken = vec!["Amina".to_string(), "Grace (lina)".to_string()];
        assert_eq!(distinct_name("Joseph", "joe", &taken), "Joseph");
        assert_eq!(distinct_name("ámina", "lina", &taken), "ámina (lina)");
        assert_eq!(
            distinct_name("grace (lina)", "lina", &taken),
            "grace (lina) (lina)"
        );
        let taken = vec!["Grace".to_string(), "Grace (lina)".to_string()];
        assert_eq!(distinct_name("GRACE", "lina", &taken), "GRACE (lina) 2");
    }

    // Issue 10, item 4 (found in review): look-alikes from other scripts, invisible
    // characters and spaces were taken for other people.
    #[test]
    fn look_alikes_across_scripts_invisibles_and_spaces_are_told_apart() {
        for invisible in [
            '\u{200b}', '\u{2060}', '\u{200e}', '\u{2066}', '\u{ad}', '\u{feff}',
        ] {
            assert_eq!(clean_name(&format!("Nguy{invisible}ễn")), "Nguyễn");
        }
        let taken = vec!["Nguyễn Thị Hương".to_string(), "王小明".to_string()];
        for alike in [
            "Nguуễn Thị Hương",
            "NguyễnThị Hương",
            "nguyen thi huong",
            "王 小明",
        ] {
            assert_eq!(
                distinct_name(alike, "lina", &taken),
                format!("{alike} (lina)")
            );
        }
        assert_eq!(distinct_name("Iina", "x", &["lina".into()]), "Iina (x)");
        assert_eq!(distinct_name("Nguyễn Văn An", "x", &taken), "Nguyễn Văn An");
    }

    #[test]
    fn a_blank_name_is_refused() {
        // A re-check found `join --name '   '` accepted, its notes signed "unknown user".
        assert!(
            check_name("   ")
                .unwrap_err()
                .contains("your name is empty")
        );
        assert!(check_name("\u{200b}").is_err(), "invisible only");
        assert!(check_name("Amina").is_ok());
    }

    #[test]
    fn a_name_is_as_long_as_a_reader_counts_it() {
        let composed = "e\u{301}".repeat(MAX_NAME);
        assert_eq!(name_length(&composed), MAX_NAME);
        assert!(check_name(&composed).is_ok());
        let long = "e\u{301}".repeat(MAX_NAME + 1);
        assert!(check_name(&long).unwrap_err().contains("61 characters"));
        let piled = format!("a{}", "\u{301}".repeat(MAX_NAME_BYTES));
        assert!(check_name(&piled).unwrap_err().contains("bytes"));
        assert_eq!(name_length("王小明"), 3);
    }
}

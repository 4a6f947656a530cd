//! Text as people type it to find something: without accents and case. A facilitator on a
//! laptop types `helene` for Hélène, `nguyen` for Nguyễn Thị Hương and `zhang` for Zhang Wei,
//! so owner suggestions, `plenary commitments --owner`, and the review board's search all
//! match through this one fold (issue 12, item 4).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` lowercased, with accents and other combining marks taken off and the letters no
/// decomposition reaches spelled plainly (đ → d, ø → o, ß → ss), for comparing only: what
/// is stored and shown keeps its accents.
pub fn fold(text: &str) -> String {
    // Most text in a session is plain ASCII: no decomposition to do.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    // Compatibility decomposition also reads full-width letters and ligatures as plain ones.
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'ħ' | 'Ħ' => out.push('h'),
            'ı' => out.push('i'),
            'ß' | 'ẞ' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'þ' | 'Þ' => out.push_str("th"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Whether `hay` holds `needle`, accents and case aside.
pub fn contains(hay: &str, needle: &str) -> bool {
    fold(hay).contains(&fold(needle))
}

/// Whether each word of `needle` starts a word of `hay`, accents and case aside (nc15 #9):
/// `helene` finds Hélène Dubois and `Lê` finds Lê Văn Minh, but not Hélène. Text written
/// without spaces (Chinese) is matched anywhere inside, as it has no words to start.
pub fn has_words(hay: &str, needle: &str) -> bool {
    let hay = fold(hay);
    let words: Vec<&str> = hay.split(|c: char| !c.is_alphanumeric()).collect();
    fold(needle)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            if w.chars().any(unspaced) {
                hay.contains(w)
            } else {
                words.iter().any(|h| h.starts_with(w))
            }
        })
}

/// Whether `c` belongs to a script written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}')
}

/// Whether two names are the same to a reader who ignores accents, case and the spaces
/// around them ("helene dubois" and "Hélène Dubois ").
pub fn same(a: &str, b: &str) -> bool {
    fold(a.trim()) == fold(b.trim())
}

/// The entries of `known` that match `typed`, best first, at most `limit`: those that start
/// with it, then those with a word that does, then those holding it anywhere. An entry
/// spelled exactly as typed is left out (there is nothing to complete); one that differs
/// only in accents or case is kept, so taking it writes the name as it is known.
pub fn suggestions<'a>(typed: &str, known: &'a [String], limit: usize) -> Vec<&'a str> {
    let typed = typed.trim();
    let needle = fold(typed);
    if needle.is_empty() {
        return Vec::new();
    }
    let mut tiers: [Vec<&str>; 3] = Default::default();
    for k in known {
        if k.trim() == typed {
            continue;
        }
        let hay = fold(k);
        let tier = if hay.starts_with(&needle) {
            0
        } else if hay
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.starts_with(&needle))
        {
            1
        } else if hay.contains(&needle) {
            2
        } else {
            continue;
        };
        tiers[tier].push(k);
    }
    tiers.into_iter().flatten().take(limit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<String> {
        [
            "Nguyễn Thị Hương",
            "Bộ Kế hoạch và Đầu tư",
            "Hélène Dubois",
            "Agence française de développement",
            "张丽",
            "Zhang Wei",
            "François Ngoy",
        ]
        .map(String::from)
        .to_vec()
    }

    // Issue 12, item 4: `helene`, `nguyen` and `zhang` suggested nothing.
    #[test]
    fn accents_and_case_do_not_stop_a_match() {
        let k = known();
        assert_eq!(suggestions("helene", &k, 5), ["Hélène Dubois"]);
        assert_eq!(suggestions("nguyen", &k, 5), ["Nguyễn Thị Hương"]);
        assert_eq!(suggestions("ZHANG", &k, 5), ["Zhang Wei"]);
        assert_eq!(suggestions("huong", &k, 5), ["Nguyễn Thị Hương"]);
        assert_eq!(suggestions("dau tu", &k, 5), ["Bộ Kế hoạch và Đầu tư"]);
        assert_eq!(suggestions("张", &k, 5), ["张丽"]);
    }

    #[test]
    fn the_start_of_a_name_comes_before_a_word_and_a_word_before_the_middle() {
        let k = ["Ministry of Finance", "Finance committee", "Refinance fund"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            suggestions("fin", &k, 5),
            ["Finance committee", "Ministry of Finance", "Refinance fund"]
        );
        assert_eq!(suggestions("fin", &k, 2).len(), 2);
    }

    #[test]
    fn a_name_typed_exactly_is_not_offered_but_one_differing_in_accents_is() {
        let k = known();
        assert!(suggestions("Hélène Dubois", &k, 5).is_empty());
        assert_eq!(suggestions("helene dubois", &k, 5), ["Hélène Dubois"]);
        assert!(suggestions("  ", &k, 5).is_empty());
    }

    #[test]
    fn letters_without_a_decomposition_are_spelled_plainly() {
        assert_eq!(fold("Đoàn ĐẾN"), "doan den");
        assert_eq!(fold("Søren Łukasz Straße"), "soren lukasz strasse");
        assert_eq!(fold("ＡＢＣ"), "abc");
        assert!(contains("Agence française de développement", "FRANCAISE"));
        assert!(same(" helene DUBOIS", "Hélène Dubois"));
        assert!(!same("Helen", "Hélène"));
    }
}

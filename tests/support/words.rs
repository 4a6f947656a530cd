//! Issue 16 (layouts that hold, no cut words): the words a screen shows, every word the
//! program may say in a language with the data's own, and the words on a screen that are
//! neither — cut, or left in English. Shared by the console's, review's and the stage's
//! checks in each language.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use plenary::i18n::Lang;

/// Runs of letters: the words a screen shows, each with whether it is beside a box's
/// border (an overlay drawn over the screen, where the cut is not the word's) and whether
/// "…" follows it (cut on purpose, and shown).
pub fn words(text: &str) -> Vec<(String, bool, bool)> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphabetic() {
            let start = i;
            while i < chars.len() && (chars[i].is_alphabetic() || is_mark(chars[i])) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let boxed = |c: Option<&char>| c.is_some_and(|c| ('\u{2500}'..='\u{257f}').contains(c));
            let framed =
                boxed(chars.get(i)) || boxed(start.checked_sub(1).and_then(|s| chars.get(s)));
            out.push((word.to_lowercase(), framed, chars.get(i) == Some(&'…')));
        } else {
            i += 1;
        }
    }
    out
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Every word the program may say in `lang` (its catalogue), the words of the data in
/// `files` and in `extra`, and dates as the language writes them.
pub fn vocabulary(lang: Lang, files: &[&str], extra: &str) -> BTreeSet<String> {
    let source = plenary::i18n::SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap();
    // Only what messages say: not their ids, comments, variables or plural selectors.
    let said: Vec<String> = source
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .map(|l| match l.split_once(" = ") {
            Some((id, value)) if !id.starts_with(' ') => value.to_string(),
            _ => l.to_string(),
        })
        .map(|l| {
            l.split(|c: char| c.is_whitespace() || c == '{' || c == '}')
                .filter(|w| !w.starts_with('$') && !w.starts_with('[') && !w.starts_with("*["))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    // The data's words: its text, not its field names.
    fn strings(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.push(' ');
                out.push_str(s);
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(o) => o
                .iter()
                .filter(|(k, _)| *k != "kind")
                .for_each(|(_, v)| strings(v, out)),
            _ => {}
        }
    }
    let mut data = String::new();
    for file in files {
        strings(
            &serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap(),
            &mut data,
        );
    }
    let mut known = format!("{} {data} {extra}", said.join(" "));
    // Dates as the language writes them, in full and in a table's cell.
    let mut day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    for _ in 0..600 {
        known.push_str(&format!(
            " {} {}",
            plenary::i18n::date::long(day, lang),
            plenary::i18n::date::short(day, lang)
        ));
        day = day.succ_opt().unwrap();
    }
    // The names of keys, which stay as they are, and single letters (keys too).
    known.push_str(
        " Esc Tab Enter Shift Ctrl PgUp PgDn Home End Space min ss a b c d e f g h i \
         j k l m n o p q r s t u v w x y z",
    );
    words(&known).into_iter().map(|(w, _, _)| w).collect()
}

/// The words of `screen` that are not `known`: cut, or not in the language. A word the
/// data had to lose the end of shows it with "…" and passes, unless `strict`: where the
/// program chooses the words (a heading, a header's phrases), a word cut even with "…" is
/// a cut word (issue 16). Wide (Chinese) text has no spaces to cut at: a piece of a known
/// one passes.
pub fn cut_words(screen: &str, known: &BTreeSet<String>, strict: bool) -> Vec<String> {
    screen
        .lines()
        .flat_map(words)
        .filter(|(word, framed, ellipsis)| {
            let wide = word.chars().any(|c| !c.is_ascii() && unicode_width(c) == 2);
            let known_wide = wide && known.iter().any(|k| k.contains(word));
            !(*framed || (*ellipsis && !strict) || known.contains(word) || known_wide)
        })
        .map(|(word, _, _)| word)
        .collect()
}

fn unicode_width(c: char) -> usize {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
}

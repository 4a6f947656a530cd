//! First letters in a field of choices: which option a letter picks, what a letter shared
//! by several options does, and what to say when letters are typed as if it were text.

/// What a first letter shared by several options picks, for a field of choices: "d → done,
/// d d → dropped", or from one of them "d again → dropped" (issue 15, item 9: `d` seemed
/// to pick only done). Letters that pick one option need no words.
pub fn letter_hint(options: &[&str], chosen: usize) -> String {
    let first = |o: &str| {
        o.chars()
            .next()
            .map(|c| c.to_lowercase().collect::<String>())
    };
    let mut parts: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for o in options {
        let Some(c) = first(o) else { continue };
        if seen.contains(&c) {
            continue;
        }
        seen.push(c.clone());
        let same = options
            .iter()
            .filter(|x| first(x).as_ref() == Some(&c))
            .count();
        let Some(letter) = c.chars().next() else {
            continue;
        };
        if same < 2 {
            continue;
        }
        let next = first_letter(options, chosen, letter).unwrap_or(chosen);
        let name = |i: usize| options.get(i).copied().unwrap_or("");
        if first(name(chosen)) == Some(c.clone()) {
            parts.push(format!("{c} again → {}", name(next)));
        } else {
            let after = first_letter(options, next, letter).unwrap_or(next);
            parts.push(format!("{c} → {}, {c} {c} → {}", name(next), name(after)));
        }
    }
    parts.join(" · ")
}

/// How a refusal about letters typed into a choice begins.
pub(super) fn not_text_head() -> String {
    crate::tr!("form-not-text-head")
}

/// A choice's options as shown, in the language in force (issue 16).
pub(super) fn shown_choices(options: &[&str]) -> Vec<String> {
    options
        .iter()
        .map(|o| crate::i18n::keys::choice_word(o))
        .collect()
}

/// Which first letters pick which options, said when a typed letter starts none.
pub(super) fn not_text(options: &[String]) -> String {
    let mut letters: Vec<(String, Vec<&str>)> = Vec::new();
    let options: Vec<&str> = options.iter().map(String::as_str).collect();
    for o in options {
        let first: String = o
            .chars()
            .next()
            .into_iter()
            .flat_map(char::to_lowercase)
            .collect();
        match letters.iter_mut().find(|(l, _)| *l == first) {
            Some((_, named)) => named.push(o),
            None => letters.push((first, vec![o])),
        }
    }
    let each: Vec<String> = letters
        .iter()
        .map(|(l, named)| format!("{l} {}", named.join("/")))
        .collect();
    crate::tr!(
        "form-not-text",
        head = not_text_head(),
        letters = each.join(", ")
    )
}

/// The option a first letter picks (either case): the next one after `index` starting with
/// it, so pressing `b` again goes from "Breakout" on to "Break" (issue 11, finding 10).
pub(super) fn first_letter<S: AsRef<str>>(options: &[S], index: usize, c: char) -> Option<usize> {
    let starts = |o: &S| {
        o.as_ref()
            .chars()
            .next()
            .is_some_and(|f| f.to_lowercase().eq(c.to_lowercase()))
    };
    let n = options.len();
    (1..=n)
        .map(|step| (index + step) % n)
        .find(|i| options.get(*i).is_some_and(starts))
}

//! How the editor's list fields (prompts, questions, members) are typed on one line: items
//! split at a lone separator, a separator inside an item typed twice (`;;`, `,,`), and a
//! field left as it was given back as it was (nc13c #1).

/// How the items of a list are typed on one line.
pub(super) const LIST_SEP: char = ';';
pub(super) const NAME_SEP: char = ',';

/// A one-line list split at `;` (prompts, questions), empty parts dropped; `;;` is a `;`
/// inside an item.
pub fn list(text: &str) -> Vec<String> {
    tidy(parts(text, LIST_SEP))
}

/// A one-line list of names split at commas; `,,` is a comma inside a name.
pub fn names(text: &str) -> Vec<String> {
    tidy(parts(text, NAME_SEP))
}

/// The names typed before the one being typed (after the last lone comma).
pub fn names_before_last(text: &str) -> Vec<String> {
    let mut all = parts(text, NAME_SEP);
    all.pop();
    tidy(all)
}

/// Prompts or questions as the form shows them: `; ` between items, a `;` inside one
/// doubled, so `list` gives them back whole.
pub fn list_text(items: &[String]) -> String {
    joined(items, LIST_SEP)
}

/// Names as the form shows them: `, ` between names, a comma inside one doubled.
pub fn names_text(items: &[String]) -> String {
    joined(items, NAME_SEP)
}

/// `typed` read as a list, or `was` itself when `typed` is what the form showed for it:
/// a field not touched comes back as it was (nc13c #1).
pub fn kept(typed: &str, was: &[String], sep_names: bool) -> Vec<String> {
    let shown = if sep_names {
        names_text(was)
    } else {
        list_text(was)
    };
    if typed.trim() == shown.trim() {
        was.to_vec()
    } else if sep_names {
        names(typed)
    } else {
        list(typed)
    }
}

fn joined(items: &[String], sep: char) -> String {
    let doubled = format!("{sep}{sep}");
    items
        .iter()
        .map(|i| i.replace(sep, &doubled))
        .collect::<Vec<_>>()
        .join(&format!("{sep} "))
}

/// The parts of `text` between lone separators, a doubled one read as one inside a part.
pub(super) fn parts(text: &str, sep: char) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == sep && chars.peek() != Some(&sep) {
            out.push(String::new());
            continue;
        }
        if c == sep {
            chars.next();
        }
        if let Some(p) = out.last_mut() {
            p.push(c);
        }
    }
    out
}

pub(super) fn tidy(parts: Vec<String>) -> Vec<String> {
    parts
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

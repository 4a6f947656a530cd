//! Cutting text at word boundaries (issue 16, item 5): French and Spanish run 15–30 %
//! longer than English, and a word cut in two ("Responsabl…", "synth…français") cannot be
//! read. What does not fit loses whole words, and a path keeps its file name.

use unicode_width::UnicodeWidthStr;

/// `text` in at most `width` columns: whole, or its first words and "…" (never part of a
/// word), or, when even its first word does not fit, cut with "…" like [`super::clip`].
pub fn clip_words(text: &str, width: u16) -> String {
    if text.width() <= usize::from(width) {
        return text.to_string();
    }
    let cut = super::clip(text, width);
    let kept = cut.trim_end_matches('…');
    // Where the cut fell: between words already, or back to the last space.
    let whole = text[kept.len()..].starts_with(' ');
    let head = if whole {
        kept
    } else {
        match kept.rfind(' ') {
            Some(space) => &kept[..space],
            None => return cut,
        }
    };
    let head = head.trim_end_matches([' ', ',', ';', ':', '·', '—', '(']);
    if head.is_empty() {
        return cut;
    }
    format!("{head}…")
}

/// The last whole words of `text` that fit in `width` columns (empty when its last word
/// alone is wider).
pub fn tail_words(text: &str, width: usize) -> &str {
    let mut start = text.len();
    for (i, _) in text
        .match_indices(' ')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        if text[i + 1..].width() > width {
            break;
        }
        start = i + 1;
    }
    if text.width() <= width {
        return text;
    }
    &text[start..]
}

/// `path` in at most `width` columns: whole, or its file name after "…/" with as many of
/// its last folders as fit; the file name is cut only when it alone is wider.
pub fn short_path(path: &str, width: usize) -> String {
    if path.width() <= width {
        return path.to_string();
    }
    let parts: Vec<&str> = path.split('/').collect();
    let mut tail = parts.last().copied().unwrap_or(path).to_string();
    for folder in parts.iter().rev().skip(1) {
        let longer = format!("{folder}/{tail}");
        if longer.width() + 2 > width {
            break;
        }
        tail = longer;
    }
    let short = format!("…/{tail}");
    if short.width() <= width {
        return short;
    }
    // A file name wider than the room keeps its end: its extension and what tells it apart.
    let mut end: Vec<char> = Vec::new();
    for c in tail.chars().rev() {
        end.push(c);
        if end.iter().collect::<String>().width() + 1 > width {
            end.pop();
            break;
        }
    }
    let end: String = end.into_iter().rev().collect();
    format!("…{end}")
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 16, item 5 (nc16 #5): words lost whole, a path's file name kept.
    #[test]
    fn text_is_cut_between_words() {
        assert_eq!(
            clip_words("qui : une personne, un ministère ou une organisation", 44),
            "qui : une personne, un ministère ou une…"
        );
        assert_eq!(clip_words("Responsable", 8), "Respons…");
        assert_eq!(clip_words("court", 10), "court");
        assert_eq!(
            tail_words("la note de synthèse en français", 12),
            "en français"
        );
        assert_eq!(tail_words("synthèse", 4), "");
    }

    #[test]
    fn a_path_keeps_its_file_name() {
        let path = "/tmp/nc16-work/sessions/2026-11-26-putting-the-results-to-work.outcome.md";
        let short = short_path(path, 60);
        assert!(
            short.ends_with("2026-11-26-putting-the-results-to-work.outcome.md"),
            "{short}"
        );
        assert!(short.starts_with("…/"), "{short}");
        assert!(short.width() <= 60);
        assert_eq!(short_path("/tmp/a.md", 40), "/tmp/a.md");
        assert_eq!(
            short_path("/tmp/a-long-name.outcome.md", 12),
            "….outcome.md"
        );
    }
}

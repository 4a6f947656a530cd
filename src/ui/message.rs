//! A message (a refusal, a file written) wrapped to the screen's width: read whole, and a
//! word too wide for a line (a path) keeps its end, where the file's name is.

use unicode_width::UnicodeWidthStr;

/// `text` in at most `rows` lines of `width` columns, indented by one (issue 11, newcomer
/// findings 3 and 14): a word wider than a line is cut at its start, with "…".
/// A line break in `text` starts a new line, its indent kept (recheck NEW-5: a list of
/// problems read as one run of spaces); past `rows` the last line ends in "…".
pub fn lines(text: &str, width: u16, rows: usize) -> Vec<String> {
    let room = usize::from(width.saturating_sub(2));
    let mut out: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        let left = rows.saturating_sub(out.len());
        if left == 0 {
            if let Some(last) = out.last_mut() {
                *last = super::clip(&format!("{last} …"), width);
            }
            break;
        }
        let words: Vec<String> = paragraph.split(' ').map(|w| keep_end(w, room)).collect();
        out.extend(super::wrap(&format!(" {}", words.join(" ")), width, left));
    }
    out
}

/// `word` if it fits in `room` columns, else "…" and as much of its end as fits.
fn keep_end(word: &str, room: usize) -> String {
    if word.width() <= room {
        return word.to_string();
    }
    let mut tail: Vec<char> = Vec::new();
    for c in word.chars().rev() {
        tail.push(c);
        if tail.iter().collect::<String>().width() + 1 > room {
            tail.pop();
            break;
        }
    }
    std::iter::once('…').chain(tail.into_iter().rev()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_too_wide_keeps_its_file_name() {
        let out = lines("Wrote /a/very/long/path/to/the-file.ics here", 20, 3);
        assert_eq!(out, [" Wrote", " …h/to/the-file.ics", " here"]);
        assert!(out.iter().all(|l| l.width() <= 20));
    }
}

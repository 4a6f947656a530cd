//! Why a file is not JSON (or not UTF-8), as data: a mistake of someone who wrote it by
//! hand (a comment, curly quotes, a missing comma) at the place to fix, else what the
//! parser found. `Display` says it in English; `i18n::load_error` in the language in force.

use std::path::Path;

use super::load::LoadError;

/// Why the text stops being JSON where it does. The quoted line is the file's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonWhy {
    Comment(String),
    CurlyQuotes(String),
    MissingComma(String),
    /// Not UTF-8 from here (nc13d #8: the place is the line and column, not a byte).
    NotUtf8,
    /// A text whose closing quote is missing: the file ends inside it (`true`) or it runs
    /// past the end of its line (nc13d #8). The quoted line is where it starts.
    Unclosed(bool, String),
    /// Keys or texts in single quotes (nc13d #8: "key must be a string").
    SingleQuotes(String),
    /// The parser's words (English) for where the file stops.
    Truncated(String),
    NotJson(String),
    Data(String),
}

impl std::fmt::Display for JsonWhy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsonWhy::Comment(line) => write!(f, "JSON has no comments: remove it (`{line}`)"),
            JsonWhy::CurlyQuotes(line) => write!(
                f,
                "curly quotes (as a word processor types them): use straight quotes \" (`{line}`)"
            ),
            JsonWhy::MissingComma(line) => {
                write!(f, "a comma is missing at the end of this line (`{line}`)")
            }
            JsonWhy::NotUtf8 => {
                f.write_str("the file is not UTF-8 text from here: save it as UTF-8")
            }
            JsonWhy::Unclosed(true, line) => write!(
                f,
                "the file ends inside a text: a closing quote (\") is missing (`{line}`)"
            ),
            JsonWhy::Unclosed(false, line) => write!(
                f,
                "a closing quote (\") is missing: the text runs past the end of its line (`{line}`)"
            ),
            JsonWhy::SingleQuotes(line) => write!(
                f,
                "JSON writes keys and texts in double quotes (\"), not single ones (`{line}`)"
            ),
            JsonWhy::Truncated(said) => {
                write!(f, "the file ends too early (truncated?): {said}")
            }
            JsonWhy::NotJson(said) => write!(f, "not valid JSON: {said}"),
            JsonWhy::Data(said) => f.write_str(said),
        }
    }
}

/// A JSON error at its line and column (serde_json gives column 0 for "before the first
/// character"; editors count from 1).
pub(crate) fn located(path: &Path, text: &str, e: &serde_json::Error) -> LoadError {
    let (line, column) = (e.line().max(1), e.column().max(1));
    let syntax = e.classify() == serde_json::error::Category::Syntax;
    let raw = e.to_string();
    // A control character in a text is a line break only when the text it breaks is the
    // one left open at or before the parser's line (a tab is said in the parser's words).
    let breaks = |found: &(usize, usize, JsonWhy)| {
        matches!(found.2, JsonWhy::Unclosed(false, _)) && found.0 <= line
    };
    let found = if raw.starts_with("EOF while parsing a string") {
        unclosed(text)
    } else if raw.starts_with("control character") {
        unclosed(text).filter(breaks)
    } else if syntax {
        plainly(text, line, column, &raw)
    } else {
        None
    };
    let (line, column, why) = match found {
        Some(said) => said,
        None => (line, column, describe(e)),
    };
    LoadError::Json {
        path: path.to_path_buf(),
        line,
        column,
        why,
    }
}

/// The line a message quotes: trimmed, cut at 60 characters.
fn shown(l: &str) -> String {
    let l = l.trim();
    let cut: String = l.chars().take(60).collect();
    if cut.len() < l.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// Where the text left open starts (its opening quote), and whether the file ends inside
/// it or its line does (nc13d #8: "EOF while parsing a string").
fn unclosed(text: &str) -> Option<(usize, usize, JsonWhy)> {
    let mut start = None;
    let mut escaped = false;
    let mut at_end = true;
    for (i, c) in text.char_indices() {
        match start {
            None if c == '"' => start = Some(i),
            None => {}
            Some(_) if escaped => escaped = false,
            Some(_) if c == '\\' => escaped = true,
            Some(_) if c == '"' => start = None,
            Some(_) if c == '\n' => {
                at_end = false;
                break;
            }
            Some(_) => {}
        }
    }
    let start = start?;
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let from = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[from..].chars().count() + 1;
    let whole = text[from..].lines().next().unwrap_or("");
    Some((line, column, JsonWhy::Unclosed(at_end, shown(whole))))
}

/// A JSON syntax error in the words of someone who wrote the file by hand, at the place
/// to fix, with the line: a comment, curly quotes, a missing comma (nc13b #5: the parser's
/// "key must be a string" and "expected value" taught nothing).
fn plainly(text: &str, line: usize, column: usize, raw: &str) -> Option<(usize, usize, JsonWhy)> {
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line - 1)?;
    if here.chars().nth(column - 1) == Some('\'') {
        return Some((line, column, JsonWhy::SingleQuotes(shown(here))));
    }
    // "//" outside a string: an even number of quotes before it.
    let comment = here
        .match_indices("//")
        .find(|(at, _)| here[..*at].matches('"').count() % 2 == 0);
    if let Some((at, _)) = comment.or_else(|| here.match_indices("/*").next()) {
        let col = here[..at].chars().count() + 1;
        return Some((line, col, JsonWhy::Comment(shown(here))));
    }
    if let Some(at) = here.find(['“', '”', '‘', '’', '«', '»']) {
        let col = here[..at].chars().count() + 1;
        return Some((line, col, JsonWhy::CurlyQuotes(shown(here))));
    }
    // A value starts where a comma was expected: the comma belongs at the end of the
    // line before (the last one with text).
    let before = &here[..here
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(here.len(), |(i, _)| i)];
    if raw.starts_with("expected `,`") && before.trim().is_empty() && line > 1 {
        let (n, prev) = lines[..line - 1]
            .iter()
            .enumerate()
            .rev()
            .find(|(_, l)| !l.trim().is_empty())?;
        let ends = prev.trim_end();
        if !ends.ends_with([',', '{', '[']) {
            return Some((
                n + 1,
                ends.chars().count() + 1,
                JsonWhy::MissingComma(shown(prev)),
            ));
        }
    }
    None
}

fn describe(e: &serde_json::Error) -> JsonWhy {
    use serde_json::error::Category;
    // serde_json appends " at line L column C"; the location is already in front.
    let raw = e.to_string();
    let message = raw
        .rsplit_once(" at line ")
        .map_or(raw.as_str(), |(m, _)| m)
        .to_string();
    match e.classify() {
        Category::Eof => JsonWhy::Truncated(message),
        Category::Syntax => JsonWhy::NotJson(message),
        Category::Data | Category::Io => JsonWhy::Data(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(text: &str) -> (usize, usize, JsonWhy) {
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        match located(Path::new("s.json"), text, &e) {
            LoadError::Json {
                line, column, why, ..
            } => (line, column, why),
            other => panic!("{other}"),
        }
    }

    /// nc13d #8: a missing closing quote is found where its text starts; a tab inside a
    /// closed text is not taken for one.
    #[test]
    fn a_missing_closing_quote_is_found_where_its_text_starts() {
        let (line, column, said) = why("{\"a\": \"b\",\n \"c\": \"d,\n \"e\": 1}");
        assert_eq!((line, column), (2, 7));
        assert_eq!(said, JsonWhy::Unclosed(false, "\"c\": \"d,".into()));
        let (_, _, said) = why("{\"a\": \"b\tc\"}");
        assert!(matches!(said, JsonWhy::NotJson(_)), "{said:?}");
    }
}

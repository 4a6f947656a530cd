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
    /// Not UTF-8 from this byte (counted from 1).
    NotUtf8(usize),
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
            JsonWhy::NotUtf8(byte) => write!(
                f,
                "is not UTF-8 text here (byte {byte}): save the file as UTF-8"
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
    let (line, column, why) = match syntax
        .then(|| plainly(text, line, column, &e.to_string()))
        .flatten()
    {
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

/// A JSON syntax error in the words of someone who wrote the file by hand, at the place
/// to fix, with the line: a comment, curly quotes, a missing comma (nc13b #5: the parser's
/// "key must be a string" and "expected value" taught nothing).
fn plainly(text: &str, line: usize, column: usize, raw: &str) -> Option<(usize, usize, JsonWhy)> {
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line - 1)?;
    let shown = |l: &str| {
        let l = l.trim();
        let cut: String = l.chars().take(60).collect();
        if cut.len() < l.len() {
            format!("{cut}…")
        } else {
            cut
        }
    };
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

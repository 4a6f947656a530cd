//! Why a file could not be read, in the language in force (issue 16): `store::LoadError`
//! keeps its English `Display` for the logs; `plenary check`, the command line's errors,
//! the launcher and the agenda editor say it with these. The operating system's reasons
//! are said in the user's words ("No such file or directory"), never with "(os error 2)".

use crate::store::LoadError;
use crate::store::load::{JsonWhy, Special, shown, size_text};
use crate::tr;

/// The whole error, its path first, as `LoadError`'s `Display` lays it out.
pub fn said(e: &LoadError) -> String {
    use crate::domain::text::one_line;
    match e {
        LoadError::Io { path, cause } => {
            tr!(
                "load-cannot-read",
                path = shown(path),
                why = os_words(cause)
            )
        }
        LoadError::NotAFile { path, what } => {
            tr!("load-not-a-file", path = shown(path), what = special(*what))
        }
        LoadError::TooLarge { path, size } => tr!(
            "load-too-large",
            path = shown(path),
            size = size_text(*size),
            max = size_text(crate::store::load::MAX_FILE_BYTES)
        ),
        LoadError::Json {
            path,
            line,
            column,
            why,
        } => tr!(
            "load-json",
            path = shown(path),
            line = line.to_string(),
            column = column.to_string(),
            why = one_line(&json(why)).into_owned()
        ),
        LoadError::Empty { path } => tr!("load-empty", path = shown(path)),
        LoadError::Newer { path, found } => tr!(
            "load-newer",
            path = shown(path),
            found = found.to_string(),
            max = crate::domain::FORMAT_VERSION.to_string()
        ),
        LoadError::Problems { path, problems } => {
            let each: Vec<String> = problems
                .iter()
                .map(|p| one_line(&super::problems::line(p)).into_owned())
                .collect();
            tr!(
                "load-problems",
                path = shown(path),
                count = problems.len(),
                list = each.join(&tr!("load-problems-separator"))
            )
        }
        // The journal's own words and a file that kept changing: rare, said as written.
        LoadError::Syntax { .. } | LoadError::Invalid { .. } => e.to_string(),
    }
}

/// What a path that is not a regular file is ("a directory").
pub fn special(what: Special) -> String {
    match what {
        Special::Directory => tr!("load-special-directory"),
        Special::Fifo => tr!("load-special-fifo"),
        Special::Socket => tr!("load-special-socket"),
        Special::CharDevice => tr!("load-special-char-device"),
        Special::BlockDevice => tr!("load-special-block-device"),
        Special::Other => tr!("load-special-other"),
    }
}

/// Why the operating system refused, in the user's words and without its error number.
pub fn os_words(cause: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match cause.kind() {
        ErrorKind::NotFound => tr!("load-os-not-found"),
        ErrorKind::PermissionDenied => tr!("load-os-permission"),
        ErrorKind::IsADirectory => tr!("load-os-folder"),
        _ => {
            let raw = cause.to_string();
            match raw.rsplit_once(" (os error ") {
                Some((words, _)) => words.to_string(),
                None => raw,
            }
        }
    }
}

/// Why the text is not JSON. The parser's most common findings are said in the
/// language; any other keeps the parser's English words.
fn json(why: &JsonWhy) -> String {
    match why {
        JsonWhy::Comment(line) => tr!("load-json-comment", line = line),
        JsonWhy::CurlyQuotes(line) => tr!("load-json-curly", line = line),
        JsonWhy::MissingComma(line) => tr!("load-json-missing-comma", line = line),
        JsonWhy::NotUtf8 => tr!("load-json-not-utf8"),
        JsonWhy::Unclosed(true, line) => tr!("load-json-ends-in-text", line = line),
        JsonWhy::Unclosed(false, line) => tr!("load-json-text-runs-on", line = line),
        JsonWhy::SingleQuotes(line) => tr!("load-json-single-quotes", line = line),
        JsonWhy::Truncated(raw) => tr!("load-json-truncated", said = parser(raw)),
        JsonWhy::NotJson(raw) => tr!("load-json-not-json", said = parser(raw)),
        JsonWhy::Data(raw) => raw.clone(),
    }
}

/// serde_json's finding in the language, when it is one of the usual ones.
fn parser(raw: &str) -> String {
    match raw {
        "EOF while parsing a list" => tr!("load-parser-eof-list"),
        "EOF while parsing an object" => tr!("load-parser-eof-object"),
        "EOF while parsing a string" => tr!("load-parser-eof-string"),
        "EOF while parsing a value" => tr!("load-parser-eof-value"),
        "expected `:`" => tr!("load-parser-colon"),
        "expected `,` or `]`" => tr!("load-parser-comma-list"),
        "expected `,` or `}`" => tr!("load-parser-comma-object"),
        "expected value" => tr!("load-parser-value"),
        "key must be a string" => tr!("load-parser-key"),
        "trailing comma" => tr!("load-parser-trailing-comma"),
        "trailing characters" => tr!("load-parser-trailing"),
        "invalid number" => tr!("load-parser-number"),
        "invalid escape" => tr!("load-parser-escape"),
        other => other.to_string(),
    }
}

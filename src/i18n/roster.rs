//! What a spreadsheet's import says of its rows, in the language in force (issue 16): the
//! agenda editor's message after an import and `plenary new --participants` say each row
//! left out, each row kept with a change, and why a file cannot be used, with these.
//! Names and addresses from the file stay as written.

use crate::domain::limits::MAX_NAME;
use crate::store::roster::{Note, Row, RowWhy, Unusable};
use crate::tr;

/// "line 7: no name", in the language.
pub fn row(row: &Row) -> String {
    let line = row.line;
    let why = match &row.why {
        RowWhy::Unreadable(said) => said.clone(),
        RowWhy::QuoteOpen { swallowed: 0 } => tr!("roster-quote-open"),
        RowWhy::QuoteOpen { swallowed: 1 } => {
            tr!("roster-quote-open-one", next = (line + 1).to_string())
        }
        RowWhy::QuoteOpen { swallowed } => tr!(
            "roster-quote-open-many",
            from = (line + 1).to_string(),
            to = (line + swallowed).to_string()
        ),
        RowWhy::NoName => tr!("roster-no-name"),
        RowWhy::ControlChar(name) => tr!("roster-control", name = format!("{name:?}")),
        RowWhy::TooLong => tr!("roster-too-long", max = MAX_NAME),
        RowWhy::AlreadyListed(name) => tr!("roster-already-listed", name = name),
    };
    tr!("roster-line", line = line.to_string(), why = why)
}

/// A row kept with a change, or how the file was read, in the language.
pub fn note(note: &Note) -> String {
    match note {
        Note::NotEmail { line, email, name } => tr!(
            "roster-not-email",
            line = line.to_string(),
            email = email,
            name = name
        ),
        Note::Windows1252 => tr!("roster-windows-1252"),
    }
}

/// Why the spreadsheet cannot be used at all, in the language.
pub fn unusable(why: &Unusable) -> String {
    match why {
        Unusable::Empty => tr!("roster-empty"),
        Unusable::Header(said) => tr!("roster-header", said = said),
        Unusable::NoNameColumn(found) => tr!("roster-no-name-column", found = found.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    // Issue 16 (h16f): the import's words read as the store writes them in English, and in
    // French and Spanish otherwise.
    #[test]
    fn rows_read_as_the_store_words_them_in_english_and_translated_otherwise() {
        let rows = [
            RowWhy::QuoteOpen { swallowed: 0 },
            RowWhy::QuoteOpen { swallowed: 1 },
            RowWhy::QuoteOpen { swallowed: 3 },
            RowWhy::NoName,
            RowWhy::ControlChar("A\u{7}".into()),
            RowWhy::TooLong,
            RowWhy::AlreadyListed("Ana".into()),
        ];
        let notes = [
            Note::NotEmail {
                line: 3,
                email: "x at y".into(),
                name: "Ana".into(),
            },
            Note::Windows1252,
        ];
        let unusable_ones = [
            Unusable::Empty,
            Unusable::NoNameColumn(vec!["who".into(), "where".into()]),
        ];
        let said = || -> Vec<(String, String)> {
            let mut out: Vec<(String, String)> = rows
                .iter()
                .map(|why| {
                    let r = Row {
                        line: 4,
                        why: why.clone(),
                    };
                    (row(&r), r.to_string())
                })
                .collect();
            out.extend(notes.iter().map(|n| (note(n), n.to_string())));
            out.extend(unusable_ones.iter().map(|u| (unusable(u), u.to_string())));
            out
        };
        let _en = scoped(Lang::En);
        for (ours, english) in said() {
            assert_eq!(ours, english);
        }
        for lang in [Lang::Fr, Lang::Es] {
            let _in = scoped(lang);
            for (ours, english) in said() {
                assert_ne!(ours, english, "{lang:?}");
            }
        }
    }
}

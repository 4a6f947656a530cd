//! What a spreadsheet's import says of its rows, in the language in force (issue 16): the
//! agenda editor's message after an import and `plenary new --participants` say each row
//! left out, each row kept with a change, and why a file cannot be used, with these.
//! Names and addresses from the file stay as written.

use crate::domain::limits::MAX_NAME;
use crate::store::roster::{CsvWhy, Note, Row, RowWhy, Unusable};
use crate::tr;

/// "line 7: no name", in the language.
pub fn row(row: &Row) -> String {
    let line = row.line;
    let why = match &row.why {
        RowWhy::Unreadable(why) => csv(why),
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

/// What the CSV reader found in a row, in the language.
fn csv(why: &CsvWhy) -> String {
    match why {
        CsvWhy::UnequalLengths { expected, found } => tr!(
            "roster-csv-cells",
            found = *found,
            expected = expected.to_string()
        ),
        CsvWhy::NotUtf8 => tr!("roster-csv-not-utf8"),
        CsvWhy::Other(_) => tr!("roster-csv-unsplit"),
    }
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
        Unusable::Header(why) => tr!("roster-header", said = csv(why)),
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

    /// The CSV reader's refusal of the second line of `text`, read strictly (every row as
    /// long as the first) into text.
    fn reader_error(text: &[u8]) -> csv::Error {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text);
        reader
            .records()
            .find_map(Result::err)
            .expect("the reader refuses a row")
    }

    // Issue 16 left-out (h17): the CSV reader's own words about a row it cannot split (a
    // row of another length, a cell not UTF-8) are said in the language, and in English as
    // the store writes them.
    #[test]
    fn issue_16_left_out_the_csv_readers_words_are_said_in_french_and_spanish() {
        let short = Row {
            line: 3,
            why: RowWhy::Unreadable(CsvWhy::of(&reader_error(b"a,b\nc\n"))),
        };
        let garbled = Row {
            line: 2,
            why: RowWhy::Unreadable(CsvWhy::of(&reader_error(b"a\n\xff\n"))),
        };
        let header = Unusable::Header(CsvWhy::of(&reader_error(b"\xff,b\n")));
        let said = |lang| {
            let _in = scoped(lang);
            [row(&short), row(&garbled), unusable(&header)]
        };
        assert_eq!(
            said(Lang::En),
            [short.to_string(), garbled.to_string(), header.to_string()]
        );
        assert_eq!(
            said(Lang::Fr),
            [
                "ligne 3 : la ligne a 1 cellule, alors que la première en a 2",
                "ligne 2 : une cellule n'est pas du texte UTF-8 : enregistrez le tableur en « CSV UTF-8 »",
                "la première ligne ne se lit pas comme un en-tête : une cellule n'est pas du texte UTF-8 : enregistrez le tableur en « CSV UTF-8 »",
            ]
        );
        assert_eq!(
            said(Lang::Es),
            [
                "línea 3: la fila tiene 1 celda, pero la primera línea tiene 2",
                "línea 2: una celda no es texto UTF-8: guarde la hoja como «CSV UTF-8»",
                "la primera línea no se puede leer como encabezado: una celda no es texto UTF-8: guarde la hoja como «CSV UTF-8»",
            ]
        );
    }
}

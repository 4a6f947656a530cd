//! Participants from a registration spreadsheet saved as CSV: a header naming the columns
//! (name, organisation, stakeholder, email, in any order, in any case; other columns are
//! ignored), UTF-8 with or without a byte-order mark. Every bad row is named with its line
//! and the reason, and the good rows are kept.

use crate::domain::Participant;

/// What a spreadsheet gave: the participants read, and each row that was not used.
#[derive(Debug, Default)]
pub struct Roster {
    pub participants: Vec<Participant>,
    /// "line 7: no name", one per row left out, in file order.
    pub refused: Vec<Row>,
    /// What was read with a change, the row kept: "line 9: "x at y" is not an email
    /// address: Ana kept without one"; and how the file was read when it was not UTF-8.
    pub notes: Vec<Note>,
}

pub use super::roster_words::{CsvWhy, Note, Row, RowWhy, Unusable};

#[derive(Clone, Copy, PartialEq)]
enum Column {
    Name,
    Organisation,
    Stakeholder,
    Email,
    /// "First name" and "Last name" columns, joined (nc13b #4).
    FirstName,
    LastName,
}

/// The column a header cell names, whatever its case, spacing or spelling variant.
fn column(header: &str) -> Option<Column> {
    let h: String = header
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    match h.as_str() {
        "name" | "fullname" | "participant" | "nom" | "nombre" => Some(Column::Name),
        "organisation" | "organization" | "org" | "institution" | "organisme" | "organización" => {
            Some(Column::Organisation)
        }
        "stakeholder" | "stakeholdergroup" | "constituency" | "sector" => Some(Column::Stakeholder),
        "email" | "emailaddress" | "mail" | "courriel" | "correo" => Some(Column::Email),
        "firstname" | "givenname" | "forename" | "prénom" | "prenom" => Some(Column::FirstName),
        "lastname" | "surname" | "familyname" | "nomdefamille" => Some(Column::LastName),
        _ => None,
    }
}

/// Reads the spreadsheet's text. Fails only when the header has no name column; row
/// problems are listed in `refused`.
pub fn parse(text: &str) -> Result<Roster, Unusable> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Unusable::Empty);
    }
    // Excel saves CRLF; the reader counted such lines one short.
    let text = &text.replace("\r\n", "\n");
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Unusable::Header(CsvWhy::of(&e)))?
        .clone();
    let columns: Vec<Option<Column>> = headers.iter().map(column).collect();
    let named = [Column::Name, Column::FirstName, Column::LastName];
    if !named.iter().any(|c| columns.contains(&Some(*c))) {
        let found: Vec<String> = headers.iter().map(str::to_string).collect();
        return Err(Unusable::NoNameColumn(found));
    }
    let mut roster = Roster::default();
    let mut seen: Vec<String> = Vec::new();
    let records: Vec<_> = reader.records().collect();
    // Where each record starts in the text, to see its raw line: an odd number of quotes
    // there is a quote never closed, which swallowed what followed into one cell.
    let starts: Vec<usize> = records
        .iter()
        .map(|r| match r {
            Ok(r) => r.position().map_or(0, |p| p.byte() as usize),
            Err(e) => e.position().map_or(0, |p| p.byte() as usize),
        })
        .collect();
    for (n, record) in records.into_iter().enumerate() {
        let raw_end = starts.get(n + 1).copied().unwrap_or(text.len());
        let raw = text.get(starts[n]..raw_end).unwrap_or("");
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                roster.refused.push(Row {
                    line,
                    why: RowWhy::Unreadable(CsvWhy::of(&e)),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if raw.matches('"').count() % 2 == 1 {
            // nc13b #4: the rows after it went into this one; say they were not read.
            let swallowed = raw.trim_end().lines().count().saturating_sub(1) as u64;
            roster.refused.push(Row {
                line,
                why: RowWhy::QuoteOpen { swallowed },
            });
            continue;
        }
        let mut p = Participant {
            name: String::new(),
            organisation: String::new(),
            stakeholder: String::new(),
            email: String::new(),
            extra: Default::default(),
        };
        let (mut first, mut last) = (String::new(), String::new());
        for (cell, col) in record.iter().zip(&columns) {
            let cell = cell.trim().to_string();
            match col {
                Some(Column::Name) => p.name = cell,
                Some(Column::Organisation) => p.organisation = cell,
                Some(Column::Stakeholder) => p.stakeholder = cell,
                Some(Column::Email) => p.email = cell,
                Some(Column::FirstName) => first = cell,
                Some(Column::LastName) => last = cell,
                None => {}
            }
        }
        if p.name.is_empty() {
            p.name = format!("{first} {last}").trim().to_string();
        }
        // A row left out is said once, for its name, before anything about its address.
        if let Some(why) = refusal(&p, &seen) {
            roster.refused.push(Row { line, why });
            continue;
        }
        if !p.email.is_empty() {
            match email_address(&p.email) {
                Some(address) => p.email = address,
                None => {
                    // The person counts more than the address: kept, without it.
                    roster.notes.push(Note::NotEmail {
                        line,
                        email: p.email.clone(),
                        name: p.name.clone(),
                    });
                    p.email.clear();
                }
            }
        }
        seen.push(p.name.to_lowercase());
        roster.participants.push(p);
    }
    Ok(roster)
}

/// The one email address `text` holds: the domain's rule, so the file's check and the
/// spreadsheet agree (nc13c #3).
pub use crate::domain::email::address as email_address;

/// A spreadsheet's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with
/// its mark (Excel's "Unicode text"), else Windows-1252 (Excel's "CSV (comma delimited)"),
/// with a note saying so (nc13b #4: such files were refused outright).
pub fn decode(bytes: &[u8]) -> (String, Option<Note>) {
    let utf16 = |rest: &[u8], big: bool| {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|b| {
                if big {
                    u16::from_be_bytes([b[0], b[1]])
                } else {
                    u16::from_le_bytes([b[0], b[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return (utf16(rest, false), None);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return (utf16(rest, true), None);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), None),
        Err(_) => (
            bytes.iter().map(|b| windows_1252(*b)).collect(),
            Some(Note::Windows1252),
        ),
    }
}

/// One Windows-1252 byte as a character: Latin-1 but for 0x80 to 0x9F.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Reads a spreadsheet's bytes: `decode`, then `parse`; how it was decoded is the first
/// note.
pub fn parse_bytes(bytes: &[u8]) -> Result<Roster, Unusable> {
    let (text, how) = decode(bytes);
    let mut roster = parse(&text)?;
    if let Some(how) = how {
        roster.notes.insert(0, how);
    }
    Ok(roster)
}

fn refusal(p: &Participant, seen: &[String]) -> Option<RowWhy> {
    if p.name.is_empty() {
        return Some(RowWhy::NoName);
    }
    if p.name.chars().any(char::is_control) {
        return Some(RowWhy::ControlChar(p.name.clone()));
    }
    if p.name.chars().count() > crate::domain::limits::MAX_NAME {
        return Some(RowWhy::TooLong);
    }
    if seen.contains(&p.name.to_lowercase()) {
        return Some(RowWhy::AlreadyListed(p.name.clone()));
    }
    None
}

/// Spreadsheets in much of Europe save CSV with semicolons: the header line says which.
fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else if first.matches('\t').count() > first.matches(',').count() {
        b'\t'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said<T: ToString>(list: &[T]) -> Vec<String> {
        list.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn columns_in_any_order_with_a_byte_order_mark_and_bad_rows_named() {
        let text = "\u{feff}Email;Stakeholder group;Name;Organisation\n\
                    helene@example.org;Government;Hélène Dubois;Ministère des Finances\n\
                    ;Civil society;Nguyễn Thị Hương;VUSTA\n\
                    wang@example;Academia;;Tsinghua\n\
                    not-an-email;Media;Omar Haddad;Radio\n\
                    ;;;\n\
                    ;Parliament;hélène dubois;Assemblée\n\
                    ;UN system;王小明;UNDP\n";
        let roster = parse(text).unwrap();
        let names: Vec<&str> = roster
            .participants
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Hélène Dubois", "Nguyễn Thị Hương", "Omar Haddad", "王小明"]
        );
        assert_eq!(
            roster.participants[0].organisation,
            "Ministère des Finances"
        );
        assert_eq!(roster.participants[0].stakeholder, "Government");
        assert_eq!(roster.participants[0].email, "helene@example.org");
        assert_eq!(
            said(&roster.refused),
            ["line 4: no name", "line 7: hélène dubois is already listed",]
        );
        assert_eq!(
            said(&roster.notes),
            ["line 5: \"not-an-email\" is not an email address: Omar Haddad kept without one"]
        );
    }

    // Issue 13 (a newcomer's findings 5 and 6): Excel's CRLF lines were counted one short,
    // and a row with a quote never closed became a participant with a garbled name.
    #[test]
    fn crlf_lines_are_counted_right_and_an_unclosed_quote_is_named() {
        let text = "name;stakeholder\r\nAna;Government\r\n;Media\r\nBen;Academia\r\n\"Clara;x\r\n";
        let roster = parse(text).unwrap();
        let names: Vec<&str> = roster
            .participants
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["Ana", "Ben"]);
        assert_eq!(
            said(&roster.refused),
            [
                "line 3: no name",
                "line 5: a quote (\") is not closed: fix the row and import again"
            ]
        );
    }

    #[test]
    fn a_header_without_names_is_explained() {
        let e = parse("who,where\nA,B\n").unwrap_err();
        assert!(
            e.to_string()
                .contains("no name column (it has: who, where)"),
            "{e}"
        );
    }
}

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
    pub refused: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Column {
    Name,
    Organisation,
    Stakeholder,
    Email,
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
        _ => None,
    }
}

/// Reads the spreadsheet's text. Fails only when the header has no name column; row
/// problems are listed in `refused`.
pub fn parse(text: &str) -> Result<Roster, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Excel saves CRLF; the reader counted such lines one short.
    let text = &text.replace("\r\n", "\n");
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("the first line cannot be read as a header: {e}"))?
        .clone();
    let columns: Vec<Option<Column>> = headers.iter().map(column).collect();
    if !columns.contains(&Some(Column::Name)) {
        let found: Vec<&str> = headers.iter().collect();
        return Err(format!(
            "the header has no name column (it has: {}); name the columns name, organisation, \
             stakeholder, email on the first line",
            found.join(", ")
        ));
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
                roster.refused.push(format!("line {line}: {e}"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if raw.matches('"').count() % 2 == 1 {
            roster.refused.push(format!(
                "line {line}: a quote (\") is not closed: fix the row"
            ));
            continue;
        }
        let mut p = Participant {
            name: String::new(),
            organisation: String::new(),
            stakeholder: String::new(),
            email: String::new(),
            extra: Default::default(),
        };
        for (cell, col) in record.iter().zip(&columns) {
            let cell = cell.trim().to_string();
            match col {
                Some(Column::Name) => p.name = cell,
                Some(Column::Organisation) => p.organisation = cell,
                Some(Column::Stakeholder) => p.stakeholder = cell,
                Some(Column::Email) => p.email = cell,
                None => {}
            }
        }
        if !p.email.is_empty() && (!p.email.contains('@') || p.email.contains(char::is_whitespace))
        {
            // The person counts more than the address: kept, without it.
            roster.refused.push(format!(
                "line {line}: \"{}\" is not an email address: {} kept without one",
                p.email, p.name
            ));
            p.email.clear();
        }
        if let Some(why) = refusal(&p, &seen) {
            roster.refused.push(format!("line {line}: {why}"));
            continue;
        }
        seen.push(p.name.to_lowercase());
        roster.participants.push(p);
    }
    Ok(roster)
}

fn refusal(p: &Participant, seen: &[String]) -> Option<String> {
    if p.name.is_empty() {
        return Some("no name".into());
    }
    if p.name.chars().any(char::is_control) {
        return Some(format!("the name {:?} holds a control character", p.name));
    }
    if p.name.chars().count() > crate::domain::limits::MAX_NAME {
        return Some(format!(
            "the name is longer than {} characters",
            crate::domain::limits::MAX_NAME
        ));
    }
    if seen.contains(&p.name.to_lowercase()) {
        return Some(format!("{} is already listed", p.name));
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
            roster.refused,
            [
                "line 4: no name",
                "line 5: \"not-an-email\" is not an email address: Omar Haddad kept without one",
                "line 7: hélène dubois is already listed",
            ]
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
            roster.refused,
            [
                "line 3: no name",
                "line 5: a quote (\") is not closed: fix the row"
            ]
        );
    }

    #[test]
    fn a_header_without_names_is_explained() {
        let e = parse("who,where\nA,B\n").unwrap_err();
        assert!(e.contains("no name column (it has: who, where)"), "{e}");
    }
}

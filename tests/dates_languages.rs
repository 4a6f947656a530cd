//! nc16 #7 (issue 16): the dates people read in the documents and lists across sessions —
//! `plenary report`, the reminders and their calendar, the calendars, the `plenary
//! commitments` table — are written in the language (one form per document), not in ISO;
//! the scripts' formats (the CSV and JSON of `plenary commitments`) keep ISO and English.

mod readers;

use std::path::{Path, PathBuf};
use std::process::Output;

mod support;

use support::cli::plenary_over as plenary;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The recorded example with its room's language `lang` (none for "en") and an address for
/// its first participant, saved in `dir`.
fn session(dir: &Path, lang: &str) -> PathBuf {
    let text = std::fs::read_to_string(RECORDED).expect("the recorded example");
    let mut s: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    if lang != "en" {
        s["language"] = lang.into();
    }
    s["participants"][0]["email"] = "amina@finance.example".into();
    let file = dir.join("s.json");
    std::fs::write(&file, s.to_string()).expect("written");
    file
}

/// The ISO dates (YYYY-MM-DD) in `text`.
fn iso_dates(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    (0..chars.len())
        .filter(|&i| {
            (0..4).all(|k| digit(i + k))
                && chars.get(i + 4) == Some(&'-')
                && digit(i + 5)
                && digit(i + 6)
                && chars.get(i + 7) == Some(&'-')
                && digit(i + 8)
                && digit(i + 9)
        })
        .map(|i| chars[i..i + 10].iter().collect())
        .collect()
}

fn no_iso(text: &str, what: &str) {
    let found = iso_dates(text);
    assert!(found.is_empty(), "{what} has ISO dates {found:?}:\n{text}");
}

#[test]
fn nc16_7_the_report_writes_its_dates_in_the_language() {
    let dir = tempfile::tempdir().expect("a directory");
    for (lang, session_day) in [("fr", "18 juin 2026"), ("es", "18 de junio de 2026")] {
        session(dir.path(), lang);
        let md = stdout(&plenary(&["report", "--format", "md"], dir.path()));
        no_iso(&md, &format!("the {lang} report"));
        assert!(md.contains(&format!("### {session_day} ")), "{md}");
        let html = dir.path().join("r.html");
        let docx = dir.path().join("r.docx");
        for (format, file) in [("html", &html), ("docx", &docx)] {
            let out = file.to_str().expect("a path");
            stdout(&plenary(
                &["report", "--format", format, "-o", out],
                dir.path(),
            ));
        }
        match readers::read("read_html.py", &html) {
            Err(why) => println!("skipped: {why}"),
            Ok(doc) => {
                let text = doc["text"].as_str().expect("text");
                no_iso(text, &format!("the {lang} HTML report"));
                assert!(text.contains(session_day), "{text}");
            }
        }
        match readers::read("read_docx.py", &docx) {
            Err(why) => println!("skipped: {why}"),
            Ok(doc) => {
                let all = format!("{doc}");
                no_iso(&all, &format!("the {lang} DOCX report"));
                assert!(all.contains(session_day), "{all}");
            }
        }
    }
    // English keeps the ISO dates it always printed, in every part of the document.
    session(dir.path(), "en");
    let md = stdout(&plenary(&["report", "--format", "md"], dir.path()));
    assert!(md.contains("### 2026-06-18 "), "{md}");
}

#[test]
fn nc16_7_reminders_and_their_calendar_are_dated_and_named_in_the_language() {
    let dir = tempfile::tempdir().expect("a directory");
    session(dir.path(), "fr");
    let out_dir = dir.path().join("mails");
    // Owners without an address make it end in failure; the one with an address has a mail.
    plenary(
        &["remind", "--out", out_dir.to_str().expect("a path")],
        dir.path(),
    );
    let files: Vec<String> = std::fs::read_dir(&out_dir)
        .expect("written")
        .filter_map(|e| Some(e.ok()?.path().to_str()?.to_string()))
        .filter(|p| p.ends_with(".eml"))
        .collect();
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let messages = match readers::read_many("read_eml.py", &files) {
        Ok(m) => m,
        Err(why) => return println!("skipped: {why}"),
    };
    let m = &messages[0];
    let text = m["text"].as_str().expect("text");
    no_iso(text, "the French reminder");
    assert!(text.contains("engagements.ics"), "{text}");
    assert_eq!(m["attachments"][0]["name"], "engagements.ics");
    let ics = m["attachments"][0]["text"].as_str().expect("a calendar");
    assert!(ics.contains("(18 juin 2026)"), "{ics}");
}

#[test]
fn nc16_7_calendars_name_and_date_themselves_in_the_language() {
    let dir = tempfile::tempdir().expect("a directory");
    let file = session(dir.path(), "fr");
    let out = dir.path().join("s.ics");
    stdout(&plenary(
        &[
            "export",
            file.to_str().expect("a path"),
            "--format",
            "ics",
            "-o",
            out.to_str().expect("a path"),
        ],
        dir.path(),
    ));
    let ics = std::fs::read_to_string(&out)
        .expect("written")
        .replace("\r\n ", "");
    assert!(ics.contains("(18 juin 2026)"), "{ics}");
    let all = stdout(&plenary(
        &["commitments", "--format", "ics", "--lang", "es"],
        dir.path(),
    ));
    assert!(all.contains("X-WR-CALNAME:Compromisos (plenary)"), "{all}");
    let all = stdout(&plenary(&["commitments", "--format", "ics"], dir.path()));
    assert!(all.contains("X-WR-CALNAME:Commitments (plenary)"), "{all}");
}

#[test]
fn nc16_7_the_commitments_table_is_for_people_in_their_language() {
    let dir = tempfile::tempdir().expect("a directory");
    session(dir.path(), "fr");
    let table = stdout(&plenary(&["commitments", "--lang", "fr"], dir.path()));
    no_iso(&table, "the French table");
    assert!(table.contains("18 juin 2026"), "{table}");
    assert!(table.contains(" j "), "days overdue in French: {table}");
    let none = stdout(&plenary(
        &["commitments", "--lang", "fr", "--owner", "personne ici"],
        dir.path(),
    ));
    assert_eq!(none.trim(), "Aucun engagement ne correspond.");
    let none = stdout(&plenary(
        &["commitments", "--lang", "es", "--owner", "nadie"],
        dir.path(),
    ));
    assert_eq!(none.trim(), "Ningún compromiso coincide.");
    let none = stdout(&plenary(&["commitments", "--owner", "nobody"], dir.path()));
    assert_eq!(none.trim(), "No commitment matches.");
    // Scripts' formats keep ISO dates and English words whatever the language.
    let csv = stdout(&plenary(
        &["commitments", "--lang", "fr", "--format", "csv"],
        dir.path(),
    ));
    assert!(csv.contains(",2026-06-18,"), "{csv}");
    let json = stdout(&plenary(
        &["commitments", "--lang", "es", "--format", "json"],
        dir.path(),
    ));
    assert!(json.contains("\"2026-07-02\""), "{json}");
}

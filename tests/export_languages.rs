//! Issue 16, exports: a session recorded in French or Spanish is exported in its language —
//! the outcome document (Markdown, HTML, DOCX), the CSV's column names, the calendar, the
//! progress report and the reminders — and `--lang` overrides it. HTML and DOCX are read
//! back by independent readers (Python's html.parser, python-docx), skipped with a printed
//! reason when missing. An English session's exports stay English.

mod readers;

use std::path::{Path, PathBuf};

mod support;

use support::cli::plenary_over as plenary;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

/// The recorded example, its room's language `lang` (none for "en"), one participant with
/// an email, saved in `dir`.
fn session(dir: &Path, lang: &str) -> PathBuf {
    let mut s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    if lang != "en" {
        s["language"] = lang.into();
    }
    s["participants"][0]["email"] = "amina@finance.example".into();
    let file = dir.join("s.json");
    std::fs::write(&file, s.to_string()).unwrap();
    file
}

fn export(dir: &Path, file: &Path, format: &str, extra: &[&str]) -> String {
    let out = dir.join(format!("out.{format}"));
    let mut args = vec!["export", file.to_str().unwrap(), "--format", format];
    args.extend_from_slice(extra);
    args.extend(["-o", out.to_str().unwrap()]);
    let o = plenary(&args, dir);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    if format == "docx" {
        return out.to_str().unwrap().to_string();
    }
    std::fs::read_to_string(out).unwrap()
}

fn has_all(text: &str, words: &[&str], what: &str) {
    for w in words {
        assert!(text.contains(w), "{what} lacks “{w}”:\n{text}");
    }
}

fn has_none(text: &str, words: &[&str], what: &str) {
    for w in words {
        assert!(!text.contains(w), "{what} still says “{w}”:\n{text}");
    }
}

/// English words every converted export used to carry.
const ENGLISH: [&str; 6] = [
    "Agenda",
    "Participants from",
    "By when",
    "As of ",
    "stakeholder group",
    "commitments by",
];

#[test]
fn issue16_exports_a_french_sessions_outcome_document_in_markdown_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let file = session(dir.path(), "fr");
    let md = export(dir.path(), &file, "md", &["--as-of", "2026-11-23"]);
    has_all(
        &md,
        &[
            "## Ordre du jour",
            "| # | Point | Prévu | Réel | Début |",
            "## Participants",
            "## Engagements",
            "| # | Quoi | Qui | Échéance | Statut |",
            "Au 23 novembre 2026 : 12 engagements",
            "jours de retard",
            "groupes de parties prenantes",
            "jeudi 18 juin 2026",
        ],
        "the French Markdown",
    );
    has_none(&md, &ENGLISH, "the French Markdown");
    // The same session asked for in Spanish: --lang wins over the session's language.
    let es = export(
        dir.path(),
        &file,
        "md",
        &["--as-of", "2026-11-23", "--lang", "es"],
    );
    has_all(
        &es,
        &[
            "## Orden del día",
            "| # | Qué | Quién | Plazo | Estado |",
            "Al 23 de noviembre de 2026: 12 compromisos",
            "jueves 18 de junio de 2026",
        ],
        "the Markdown asked for in Spanish",
    );
}

#[test]
fn issue16_exports_html_and_docx_in_spanish_read_back_independently() {
    let dir = tempfile::tempdir().unwrap();
    let file = session(dir.path(), "es");
    let html = dir.path().join("o.html");
    let o = plenary(
        &[
            "export",
            file.to_str().unwrap(),
            "--format",
            "html",
            "--as-of",
            "2026-11-23",
            "-o",
            html.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let raw = std::fs::read_to_string(&html).unwrap();
    assert!(
        raw.contains("<html lang=\"es\">"),
        "the page says its language"
    );
    match readers::read("read_html.py", &html) {
        Err(why) => println!("skipped: {why}"),
        Ok(doc) => {
            assert_eq!(doc["errors"], serde_json::json!([]));
            let text = doc["text"].as_str().unwrap();
            has_all(
                text,
                &["Orden del día", "Compromisos", "Al 23 de noviembre de 2026"],
                "the Spanish HTML",
            );
            has_none(text, &ENGLISH, "the Spanish HTML");
            let cells = readers::cells(&doc);
            for h in ["Qué", "Quién", "Plazo", "Estado", "Punto", "Previsto"] {
                assert!(cells.iter().any(|c| c == h), "a header “{h}”: {cells:?}");
            }
        }
    }
    let docx = export(dir.path(), &file, "docx", &["--as-of", "2026-11-23"]);
    // nc16 #6: the DOCX says its language, so Word proofs Spanish as Spanish.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).unwrap();
    for (part, want) in [
        ("word/styles.xml", "<w:lang w:val=\"es-ES\""),
        ("docProps/core.xml", "<dc:language>es-ES</dc:language>"),
    ] {
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(part).unwrap(), &mut xml).unwrap();
        assert!(xml.contains(want), "{part}: {xml}");
    }
    match readers::read("read_docx.py", Path::new(&docx)) {
        Err(why) => println!("skipped: {why}"),
        Ok(doc) => {
            let paragraphs: Vec<&str> = doc["paragraphs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["text"].as_str().unwrap())
                .collect();
            let text = paragraphs.join("\n");
            has_all(
                &text,
                &["Orden del día", "Participantes", "compromisos de"],
                "the Spanish DOCX",
            );
            has_none(&text, &ENGLISH, "the Spanish DOCX");
            let cells = readers::cells(&doc);
            for h in ["Qué", "Quién", "Plazo", "Estado"] {
                assert!(cells.iter().any(|c| c == h), "a header “{h}”: {cells:?}");
            }
        }
    }
}

#[test]
fn issue16_exports_the_csv_and_calendar_speak_the_sessions_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = session(dir.path(), "fr");
    let csv = export(dir.path(), &file, "csv", &[]);
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with("séance,date_séance,id,quoi,responsable,"),
        "{header}"
    );
    assert!(
        csv.contains(",ouvert,") || csv.contains(",en cours,"),
        "{csv}"
    );
    let ics = export(dir.path(), &file, "ics", &[]).replace("\r\n ", "");
    has_all(
        &ics,
        &["X-WR-CALNAME:Engagements : ", "Responsable : ", "Statut : "],
        "the French calendar",
    );
    has_none(&ics, &["Owner: ", "Agreed at: "], "the French calendar");
    // nc16c #8: an event's title is "owner : action", spaced as French writes it.
    let summary = ics
        .lines()
        .find(|l| l.starts_with("SUMMARY:"))
        .expect("an event");
    assert!(summary.contains("\u{a0}: "), "{summary}");
    // An English session keeps its English column names.
    let en = session(dir.path(), "en");
    let csv = export(dir.path(), &en, "csv", &[]);
    assert_eq!(
        csv.lines().next(),
        Some(
            "session,session_date,id,what,owner,organisation,stakeholder,deadline,status,\
             days_overdue,file,original_deadline,deadline_moves,latest_note"
        )
    );
}

#[test]
fn issue16_exports_the_progress_report_follows_the_sessions_language() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path(), "es");
    let o = plenary(&["report", "--format", "md"], dir.path());
    let md = String::from_utf8_lossy(&o.stdout);
    has_all(
        &md,
        &[
            "# Avance de los compromisos",
            "## Cumplimiento por sesión",
            "compromisos de 1 sesión",
            "| Qué | Responsable | Grupo |",
            "con retraso",
        ],
        "the Spanish report",
    );
    has_none(
        &md,
        &["Completion by", "Latest note", "on track"],
        "the Spanish report",
    );
    let o = plenary(&["report", "--format", "html", "--lang", "fr"], dir.path());
    let html = String::from_utf8_lossy(&o.stdout);
    has_all(
        &html,
        &[
            "<html lang=\"fr\">",
            "Avancement des engagements",
            "graphique",
        ],
        "the report asked for in French",
    );
}

#[test]
fn issue16_exports_reminders_are_written_in_the_sessions_language() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path(), "fr");
    let out_dir = dir.path().join("mails");
    plenary(&["remind", "--out", out_dir.to_str().unwrap()], dir.path());
    let mut files: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path().to_str().unwrap().to_string())
        .filter(|p| p.ends_with(".eml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 1, "one owner has an address: {files:?}");
    let messages = match readers::read_many(
        "read_eml.py",
        &files.iter().map(String::as_str).collect::<Vec<_>>(),
    ) {
        Ok(m) => m,
        Err(why) => return println!("skipped: {why}"),
    };
    let m = &messages[0];
    let subject = m["subject"].as_str().unwrap();
    assert!(subject.starts_with("Vos engagements : "), "{subject}");
    let text = m["text"].as_str().unwrap();
    has_all(
        text,
        &[
            "Bonjour Ministry of Finance,",
            "Échéance : ",
            "Statut : ",
            "Le calendrier joint",
        ],
        "the French reminder",
    );
    has_none(
        text,
        &["Dear ", "Deadline: ", "Status: "],
        "the French reminder",
    );
    let ics = m["attachments"][0]["text"].as_str().unwrap();
    assert!(ics.contains("Responsable : "), "{ics}");
}

// nc16 #1: the history lines the program writes ("follow-up: status open → done") came out
// in English in a French document; they are said in the document's language, with its
// quotation marks, and what people typed is left as typed.
#[test]
fn nc16_1_history_lines_in_the_documents_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("recorded.json");
    std::fs::copy(
        "sessions/2026-06-18-monitoring-results-workshop.json",
        &file,
    )
    .unwrap();
    let md = export(
        dir.path(),
        &file,
        "md",
        &["--lang", "fr", "--as-of", "2026-11-23"],
    );
    has_all(
        &md,
        &["statut ouvert → fait", "« Sent on 30 June. »"],
        "the French history",
    );
    has_none(&md, &["status open", "follow-up:"], "the French history");
    // nc16b #14: French puts a space before its colon there too ("18 juin 2026 : suivi").
    let line = md
        .lines()
        .find(|l| l.contains("statut ouvert → fait"))
        .unwrap();
    assert!(line.contains("2026 : "), "{line}");
    let ics = export(
        dir.path(),
        &file,
        "ics",
        &["--lang", "fr", "--as-of", "2026-11-23"],
    );
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("« Sent on 30 June. »"), "{unfolded}");
}

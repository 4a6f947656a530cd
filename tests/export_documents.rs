//! Issue 15 B: the session's outcome document to send outside the room, as HTML and DOCX in
//! "external" mode (no log-ins, no clock times, a summary line, commitments as a table),
//! read back by independent readers (Python's html.parser, python-docx).

mod readers;

use std::path::Path;
use std::process::Command;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

/// The recorded example with markup typed into a note and a commitment.
fn session(dir: &Path) -> std::path::PathBuf {
    let mut s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    s["live"]["commitments"][0]["what"] =
        "Table the <script>x()</script> *report* & [vote](http://e)".into();
    s["live"]["notes"][0]["text"] = "Use the <b>findings</b> | quickly".into();
    let file = dir.join("s.json");
    std::fs::write(&file, s.to_string()).unwrap();
    file
}

fn export(file: &Path, format: &str, out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["export", file.to_str().unwrap(), "--format", format, "-o"])
        .arg(out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Log-ins and clock times that the recorded file holds and an external document must not.
fn assert_external(text: &str) {
    for login in ["joseph", "amina"] {
        assert!(!text.contains(login), "a log-in: {login}");
    }
    let clock = regex_like_clock(text);
    assert!(clock.is_none(), "a clock time: {clock:?}");
}

/// The first "HH:MM" in the text, if any.
fn regex_like_clock(text: &str) -> Option<String> {
    let b: Vec<char> = text.chars().collect();
    b.windows(5)
        .find(|w| {
            w[0].is_ascii_digit()
                && w[1].is_ascii_digit()
                && w[2] == ':'
                && w[3].is_ascii_digit()
                && w[4].is_ascii_digit()
        })
        .map(|w| w.iter().collect())
}

#[test]
fn issue_15_b_outcome_html_is_external_escaped_and_self_contained() {
    let dir = tempfile::tempdir().unwrap();
    let file = session(dir.path());
    let out = dir.path().join("outcome.html");
    export(&file, "html", &out);
    let doc = match readers::read("read_html.py", &out) {
        Ok(doc) => doc,
        Err(why) => return eprintln!("skipped: {why}"),
    };
    assert_eq!(doc["errors"], serde_json::json!([]));
    assert_eq!(doc["outside"], serde_json::json!([]));
    assert_eq!(doc["scripts"], 0);
    let text = doc["text"].as_str().unwrap();
    assert!(text.contains("Table the <script>x()</script> *report* & [vote](http://e)"));
    assert!(text.contains("Use the <b>findings</b> | quickly"));
    assert!(text.contains("participants from"), "a summary line: {text}");
    assert!(text.contains("As of "), "status stated as of a day");
    assert_external(text);
    let cells = readers::cells(&doc);
    assert!(cells.iter().any(|c| c == "What") && cells.iter().any(|c| c == "By when"));
}

#[test]
fn issue_15_b_outcome_docx_reads_in_python_docx_without_logins_or_times() {
    let dir = tempfile::tempdir().unwrap();
    let file = session(dir.path());
    let out = dir.path().join("outcome.docx");
    export(&file, "docx", &out);
    let doc = match readers::read("read_docx.py", &out) {
        Ok(doc) => doc,
        Err(why) => return eprintln!("skipped: {why}"),
    };
    let paragraphs: Vec<String> = doc["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paragraphs[0], "Putting the monitoring results to work");
    let all = format!(
        "{} {}",
        paragraphs.join("\n"),
        readers::cells(&doc).join("\n")
    );
    assert_external(&all);
    let tables = doc["tables"].as_array().unwrap();
    let commitments = tables
        .iter()
        .find(|t| {
            let header: Vec<&str> = t[0]
                .as_array()
                .map(|h| h.iter().filter_map(|c| c.as_str()).collect())
                .unwrap_or_default();
            ["What", "Who", "By when", "Status"]
                .iter()
                .all(|c| header.contains(c))
        })
        .expect("commitments as a What / Who / By when / Status table");
    assert_eq!(
        commitments.as_array().unwrap().len(),
        13,
        "a header and 12 commitments"
    );
    assert!(all.contains("Table the <script>x()</script> *report* & [vote](http://e)"));
}

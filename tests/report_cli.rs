//! Issue 15 A and B: `plenary report` across sessions, in Markdown, HTML and DOCX, each
//! read back by an independent reader (Python's html.parser, python-docx).

mod readers;

use std::path::Path;
use std::process::{Command, Output};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn plenary(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .output()
        .unwrap()
}

/// The recorded example, a later follow-up copy in which one deadline moved twice (with an
/// owner's note) and one commitment's text is markup, and a file that is not JSON.
fn directory() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("a.json")).unwrap();
    let mut s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    s["title"] = "Second round".into();
    s["date"] = "2026-12-01".into();
    s["live"]["id"] = "second-round".into();
    let c = &mut s["live"]["commitments"];
    c[0]["deadline"] = "2099-06-30".into();
    c[0]["status"] = "in_progress".into();
    c[0]["history"] = serde_json::json!([
        {"at": "2026-09-01T10:00:00Z", "by": {"name": "Grace Njeri"},
         "change": "deadline 2026-09-30 → 2099-03-31", "note": "Committee recess"},
        {"at": "2026-10-01T10:00:00Z", "by": {"name": "Grace Njeri"},
         "change": "deadline 2099-03-31 → 2099-06-30", "note": "Waiting for the <b>budget</b> & *vote*"}
    ]);
    c[1]["what"] = "<script>alert(1)</script> [click](http://evil.example) *now*".into();
    c[2]["status"] = "dropped".into();
    std::fs::write(dir.path().join("b.json"), s.to_string()).unwrap();
    std::fs::write(
        dir.path().join("broken.json"),
        "{\"format\": 1, \"title\": ",
    )
    .unwrap();
    dir
}

#[test]
fn issue_15_a_markdown_report_counts_each_standing_and_names_the_skipped_file() {
    let dir = directory();
    let out = plenary(&["report", "--format", "md"], dir.path());
    let md = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a file could not be read: {err}"
    );
    assert!(
        err.contains("skipped") && err.contains("broken.json"),
        "{err}"
    );
    assert!(
        md.contains("broken.json"),
        "the report says what it did not count:\n{md}"
    );
    assert!(md.contains("24 commitments from 2 sessions"), "{md}");
    assert!(md.contains("Completion by stakeholder group"), "{md}");
    // One row per commitment, with the original → current deadline, moves and the note.
    assert!(md.contains("2026-09-30 → 2099-06-30 | 2×"), "{md}");
    assert!(md.contains("renegotiated"), "{md}");
    assert!(
        md.contains(
            "Waiting for the \\<b\\>budget\\</b\\> \\& \\*vote\\* — Grace Njeri, 2026-10-01"
        ),
        "{md}"
    );
    // Participant text stays text.
    assert!(!md.contains("<script>"), "{md}");
    assert!(!md.contains("[click](http"), "{md}");
}

#[test]
fn issue_15_a_filters_narrow_the_report_and_say_so() {
    let dir = directory();
    std::fs::remove_file(dir.path().join("broken.json")).unwrap();
    let out = plenary(
        &[
            "report",
            "--since",
            "2026-11-01",
            "--stakeholder",
            "parliament",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("from 1 session:"),
        "only the December session:\n{md}"
    );
    assert!(md.contains("sessions since 2026-11-01"), "{md}");
    assert!(!md.contains("Ministry of Finance"), "{md}");
    assert!(md.contains("Budget and Appropriations Committee"), "{md}");
}

#[test]
fn issue_15_b_html_report_is_self_contained_escaped_and_well_formed() {
    let dir = directory();
    let file = dir.path().join("report.html");
    let out = plenary(
        &["report", "--format", "html", "-o", file.to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("@media print"));
    assert!(html.contains("<svg"), "completion bars as inline SVG");
    let doc = match readers::read("read_html.py", &file) {
        Ok(doc) => doc,
        Err(why) => return eprintln!("skipped: {why}"),
    };
    assert_eq!(doc["errors"], serde_json::json!([]), "{html}");
    assert_eq!(
        doc["outside"],
        serde_json::json!([]),
        "nothing loaded from outside"
    );
    assert_eq!(
        doc["scripts"], 0,
        "the <script> typed as a commitment is text"
    );
    let text = doc["text"].as_str().unwrap();
    assert!(text.contains("<script>alert(1)</script> [click](http://evil.example) *now*"));
    let cells = readers::cells(&doc);
    assert!(
        cells.iter().any(|c| c == "2026-09-30 → 2099-06-30"),
        "{cells:?}"
    );
    assert!(
        cells
            .iter()
            .any(|c| c == "Waiting for the <b>budget</b> & *vote* — Grace Njeri, 2026-10-01")
    );
}

#[test]
fn issue_15_b_docx_report_reads_in_python_docx() {
    let dir = directory();
    let file = dir.path().join("report.docx");
    let out = plenary(
        &["report", "--format", "docx", "-o", file.to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    let doc = match readers::read("read_docx.py", &file) {
        Ok(doc) => doc,
        Err(why) => return eprintln!("skipped: {why}"),
    };
    let paragraphs = doc["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs[0]["text"], "Progress on commitments");
    assert!(
        paragraphs
            .iter()
            .any(|p| p["style"] == "Heading 2" && p["text"] == "Completion by stakeholder group")
    );
    let cells = readers::cells(&doc);
    assert!(
        cells.iter().any(|c| c == "2026-09-30 → 2099-06-30"),
        "{cells:?}"
    );
    assert!(
        cells
            .iter()
            .any(|c| c == "<script>alert(1)</script> [click](http://evil.example) *now*")
    );
    assert!(cells.iter().any(|c| c == "renegotiated"));
    assert!(
        cells.iter().any(|c| c.contains('█')),
        "a bar in the completion table"
    );
}

// nc16 #3: `--since "1 January"` (no year) is the most recent 1 January, not next year's,
// which left the report silently empty.
#[test]
fn nc16_3_since_without_a_year_looks_back() {
    use chrono::Datelike;
    let dir = directory();
    std::fs::remove_file(dir.path().join("broken.json")).unwrap();
    let out = plenary(&["report", "--since", "1 January"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let md = String::from_utf8_lossy(&out.stdout);
    let year = chrono::Local::now().year();
    assert!(md.contains(&format!("sessions since {year}-01-01")), "{md}");
}

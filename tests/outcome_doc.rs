//! Issue 15: the outcome document a programme officer can send as it is — the follow-up's
//! history everywhere (item 1), a follow-up session's own follow-up (item 2), and the
//! document's quality (item 6): an external mode, the session's own time zone, overdue "as
//! of" a date, commitments as a table, participant text escaped. The Markdown is checked
//! with independent parsers (Python's markdown-it-py and markdown) when installed.

mod support;
use support::serial::one_at_a_time;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{NaiveDate, TimeZone, Utc};
use plenary::domain::carry::carried_from;
use plenary::domain::{Author, Moment, Op, Session, Status};
use plenary::store::save;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn run(args: &[&str], tz: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("TZ", tz)
        .output()
        .unwrap()
}

fn export(file: &Path, args: &[&str]) -> String {
    let mut all = vec!["export", file.to_str().unwrap()];
    all.extend_from_slice(args);
    let out = run(&all, "UTC");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn me() -> Author {
    Author {
        name: "amina".into(),
        uid: Some(1000),
    }
}

fn at(day: u32) -> Moment {
    Moment {
        now: Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap(),
        today: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
    }
}

fn saved(dir: &Path, name: &str, s: &Session) -> PathBuf {
    let path = dir.join(name);
    save::write_atomic(&path, &save::to_json(s)).unwrap();
    std::fs::canonicalize(path).unwrap()
}

fn recorded() -> Session {
    plenary::store::load(Path::new(RECORDED)).unwrap()
}

/// Issue 15, item 1: C4's deadline moved twice at follow-ups, with what was said.
fn moved_twice() -> Session {
    let mut s = recorded();
    for (day, deadline, note) in [
        (2, "2027-06-30", "Budget law first"),
        (20, "2027-09-30", "Elections moved the calendar"),
    ] {
        let op = Op::FollowUp {
            id: "C4".into(),
            status: Status::InProgress,
            deadline: Some(deadline.parse().unwrap()),
            note: note.into(),
            base_revision: None,
            key: None,
            owner: None,
            superseded_by: None,
            superseded_in: None,
        };
        s.apply(&op, &me(), at(day)).unwrap();
    }
    s
}

#[test]
fn issue15_item1_the_history_is_in_the_markdown_csv_and_calendar() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let file = saved(dir.path(), "s.json", &moved_twice());
    let md = export(&file, &["--as-of", "2026-11-26"]);
    assert!(
        md.contains("| C4 | Convene the first high-level action dialogue | Ministry of Finance | 31 Mar 2027 → 30 Sep 2027 (moved twice) | in progress |"),
        "{md}"
    );
    assert!(
        md.contains("- C4 · 20 Nov 2026: follow\\-up: status in progress → in progress; deadline 2027\\-06\\-30 → 2027\\-09\\-30 — “Elections moved the calendar” (amina, 09:00)")
            || md.contains("- C4 · 20 Nov 2026: follow-up: deadline 30 Jun 2027 → 30 Sep 2027 (in review) — “Elections moved the calendar” (amina, 09:00)"),
        "{md}"
    );

    let csv_text = export(&file, &["--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let c4 = reader
        .records()
        .map(|r| r.unwrap())
        .find(|r| &r[2] == "C4")
        .unwrap();
    assert_eq!(&c4[col("deadline")], "2027-09-30");
    assert_eq!(&c4[col("original_deadline")], "2027-03-31");
    assert_eq!(&c4[col("deadline_moves")], "2");
    assert_eq!(&c4[col("latest_note")], "Elections moved the calendar");

    let ics = export(&file, &["--format", "ics"]).replace("\r\n ", "");
    let event = ics
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("Commitment C4"))
        .unwrap();
    assert!(event.contains("History:"), "{event}");
    assert!(
        event.contains("deadline 2027-06-30 → 2027-09-30 — “Elections moved the calendar”"),
        "{event}"
    );
}

/// A follow-up session carrying the example's 11 owed commitments, 3 of them discussed.
fn follow_up_dir(dir: &Path) -> PathBuf {
    let earlier = saved(dir, "earlier.json", &recorded());
    let text = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    let source = plenary::store::load(&earlier).unwrap();
    let carried = carried_from([(earlier.to_str().unwrap(), &source)]);
    let item = s.ensure_follow_up_item(carried.len());
    s.begin_live("follow-up-run".into(), None, at(26).now);
    s.live.as_mut().unwrap().carried = carried;
    s.live.as_mut().unwrap().utc_offset = Some("+02:00".into());
    let record = |index, status, note: Option<&str>, deadline: Option<&str>| Op::RecordCarried {
        index,
        status,
        note: note.map(Into::into),
        deadline: deadline.map(|d| d.parse().unwrap()),
        owner: None,
    };
    for op in [
        Op::StartSession,
        Op::GoToItem { item },
        record(0, Status::Done, Some("Templates shared in October"), None),
        record(
            1,
            Status::InProgress,
            Some("Two ministries still to name one"),
            Some("2027-01-31"),
        ),
        record(2, Status::Dropped, None, None),
    ] {
        s.apply(&op, &me(), at(26)).unwrap();
    }
    saved(dir, "follow-up.json", &s)
}

#[test]
fn issue15_item2_a_follow_up_sessions_outcome_includes_the_follow_up() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let file = follow_up_dir(dir.path());
    let md = export(&file, &["--as-of", "2026-11-26"]);
    assert!(!md.contains("None recorded."), "{md}");
    assert!(md.contains("## Follow-up of earlier commitments"), "{md}");
    assert!(
        md.contains("11 commitments carried from 1 earlier session; 3 discussed (1 done, 1 in progress, 1 dropped); 8 not discussed."),
        "{md}"
    );
    assert!(
        md.contains("| Name a focal point in each line ministry for the follow-up | Ministry of Finance | Putting the monitoring results to work, 18 Jun 2026 | 31 Aug 2026 → 31 Jan 2027 (moved once) | in progress | Two ministries still to name one (amina, 11:00) |"),
        "times in the session's own offset (+02:00): {md}"
    );

    let csv_text = export(&file, &["--format", "csv"]);
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(rows.len(), 11, "every carried commitment, as it stands now");
    let c9 = rows.iter().find(|r| &r[2] == "C9").unwrap();
    assert_eq!(&c9[8], "done");

    let ics = export(&file, &["--format", "ics"]);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 11);
    assert!(
        ics.contains("UID:20260618T065512Z-example-C9@plenary"),
        "the UID of the earlier session's own calendar, so an import updates it"
    );
}

/// nc15 #1: a follow-up carries a commitment's earlier deadline moves, so its document and
/// CSV say "first agreed → now (moved N times)" as the source session's own exports do.
/// The example with C4's deadline moved twice, and a follow-up session that moved it a
/// third time (to 31 Dec 2027): the earlier file, the follow-up's file and session.
fn follow_up_moving_c4(dir: &Path) -> (PathBuf, PathBuf, Session) {
    let earlier = saved(dir, "earlier.json", &moved_twice());
    let text = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    let source = plenary::store::load(&earlier).unwrap();
    let carried = carried_from([(earlier.to_str().unwrap(), &source)]);
    let c4 = carried.iter().position(|c| c.id == "C4").unwrap();
    assert_eq!(
        carried[c4].first_deadline,
        Some("2027-03-31".parse().unwrap())
    );
    assert_eq!(carried[c4].moves_before, 2);
    let item = s.ensure_follow_up_item(carried.len());
    s.begin_live("follow-up-run".into(), None, at(26).now);
    s.live.as_mut().unwrap().carried = carried;
    for op in [
        Op::StartSession,
        Op::GoToItem { item },
        Op::RecordCarried {
            index: c4,
            status: Status::InProgress,
            note: Some("Waiting for the new cabinet".into()),
            deadline: Some("2027-12-31".parse().unwrap()),
            owner: None,
        },
    ] {
        s.apply(&op, &me(), at(26)).unwrap();
    }
    let file = saved(dir, "follow-up.json", &s);
    (earlier, file, s)
}

/// nc15 #1: a follow-up carries a commitment's earlier deadline moves, so its document and
/// CSV say "first agreed → now (moved N times)" as the source session's own exports do.
#[test]
fn nc15_1_a_follow_up_shows_the_deadline_first_agreed_and_every_move() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let (_, file, _) = follow_up_moving_c4(dir.path());
    let md = export(&file, &["--as-of", "2026-11-26", "--external"]);
    assert!(
        md.contains("31 Mar 2027 → 31 Dec 2027 (moved 3 times)"),
        "from the deadline first agreed, every move counted: {md}"
    );
    let csv_text = export(&file, &["--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = reader
        .records()
        .map(|r| r.unwrap())
        .find(|r| &r[2] == "C4")
        .unwrap();
    assert_eq!(&row[col("deadline")], "2027-12-31");
    assert_eq!(&row[col("original_deadline")], "2027-03-31");
    assert_eq!(&row[col("deadline_moves")], "3");
}

/// C4's event in a calendar: its SEQUENCE and its date.
fn c4_event(ics: &str) -> (u32, String) {
    let ics = ics.replace("\r\n ", "");
    let event = ics
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("-C4@plenary"))
        .unwrap();
    let field = |name: &str| {
        event
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap()
            .to_string()
    };
    (
        field("SEQUENCE:").parse().unwrap(),
        field("DTSTART;VALUE=DATE:"),
    )
}

/// nc15 #3: one SEQUENCE per state of a commitment, whichever session is exported: the
/// follow-up's calendar is ahead of the earlier one's before the write-back, and equal to
/// it, with the same date, after.
#[test]
fn nc15_3_the_calendar_sequence_rises_the_same_in_every_session() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let (earlier, file, s) = follow_up_moving_c4(dir.path());
    let before = c4_event(&export(&earlier, &["--format", "ics"]));
    let follow_up = c4_event(&export(&file, &["--format", "ics"]));
    assert_eq!(before, (2, "20270930".to_string()));
    assert_eq!(follow_up, (3, "20271231".to_string()));
    let app = plenary::app::App::new(s, me(), file.clone());
    for (_, source, op) in app.pending_write_backs(true) {
        plenary::store::followup::apply_to_file(&source, &op, &me(), at(26)).unwrap();
    }
    let after = c4_event(&export(&earlier, &["--format", "ics"]));
    assert_eq!(after, follow_up, "the same state, the same SEQUENCE");
}

/// The example, and a follow-up that agreed its C4 again (as its C1), written back.
fn re_agreed_c4(dir: &Path) -> PathBuf {
    let earlier = saved(dir, "earlier.json", &recorded());
    let text = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    let source = plenary::store::load(&earlier).unwrap();
    let carried = carried_from([(earlier.to_str().unwrap(), &source)]);
    let c4 = carried.iter().position(|c| c.id == "C4").unwrap();
    let item = s.ensure_follow_up_item(carried.len());
    s.begin_live("20261126T051735Z-14043".into(), None, at(26).now);
    s.live.as_mut().unwrap().carried = carried;
    for op in [
        Op::StartSession,
        Op::GoToItem { item },
        Op::ReAgreeCarried { index: c4 },
    ] {
        s.apply(&op, &me(), at(26)).unwrap();
    }
    let file = saved(dir, "follow-up.json", &s);
    let app = plenary::app::App::new(s, me(), file);
    for (_, source, op) in app.pending_write_backs(true) {
        plenary::store::followup::apply_to_file(&source, &op, &me(), at(26)).unwrap();
    }
    earlier
}

/// nc15 #2: a commitment agreed again at a follow-up stays in its own session's document,
/// saying where it went (no raw run id), and its event there is cancelled, so a calendar
/// holding both sessions' events has it once.
#[test]
fn nc15_2_a_re_agreed_commitment_is_listed_where_it_went_and_cancelled_in_its_calendar() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let earlier = re_agreed_c4(dir.path());
    let md = export(&earlier, &["--as-of", "2026-11-26", "--external"]);
    let row = md
        .lines()
        .find(|l| l.starts_with("| C4 |"))
        .unwrap_or_else(|| panic!("C4 is not listed: {md}"));
    assert!(
        row.contains("agreed again at Quarterly results check\\-in (26 Nov 2026) as C1")
            || row.contains("agreed again at Quarterly results check-in (26 Nov 2026) as C1"),
        "{row}"
    );
    assert!(!md.contains("20261126T051735Z"), "no raw run id: {md}");
    let ics = export(&earlier, &["--format", "ics"]).replace("\r\n ", "");
    let event = ics
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("-C4@plenary"))
        .unwrap();
    assert!(event.contains("STATUS:CANCELLED"), "{event}");
    assert!(
        !event.contains("BEGIN:VALARM"),
        "no reminder for it here: {event}"
    );
    assert!(!event.contains("20261126T051735Z"), "{event}");
}

/// nc15 #7: the count sentence adds up: every commitment counted once, dropped and agreed
/// again included.
#[test]
fn nc15_7_the_count_sentence_adds_up() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let earlier = re_agreed_c4(dir.path());
    let md = export(&earlier, &["--as-of", "2026-11-26", "--external"]);
    assert!(
        md.contains("As of 26 November 2026: 12 commitments: 1 done, 10 still owed (6 of them overdue), 1 agreed again at Quarterly results check"),
        "{md}"
    );
}

/// Text a participant typed that Markdown would read as markup.
const HOSTILE: &str = "*Bold* [click](http://example.com) <script>alert(1)</script> a | b \\| c";

fn hostile_session() -> Session {
    let mut s = recorded();
    s.participants[0].name = format!("Amina {HOSTILE}");
    s.title = format!("Results {HOSTILE}");
    s.agenda[0].title = format!("Welcome {HOSTILE}");
    let live = s.live.as_mut().unwrap();
    live.notes[0].text = format!("- {HOSTILE}");
    live.commitments[0].what = format!("Brief {HOSTILE}");
    live.utc_offset = Some("+07:00".into());
    s
}

#[test]
fn issue15_item6_the_external_mode_has_no_log_ins_and_no_clock_times() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let file = saved(dir.path(), "s.json", &moved_twice());
    let md = export(&file, &["--external", "--as-of", "2026-11-26"]);
    for login in ["joseph", "amina", "(joseph", "09:00"] {
        assert!(!md.contains(login), "{login} in {md}");
    }
    let clock = regex_like_clock(&md);
    assert!(clock.is_none(), "a clock time {clock:?} in {md}");
    assert!(
        md.contains("As of 26 November 2026: 12 commitments"),
        "{md}"
    );
    assert!(md.contains("Ran 137 min against 125 planned."), "{md}");
    assert!(md.contains("| C1 | Brief the Budget and Appropriations Committee on the monitoring findings | Budget and Appropriations Committee | 30 Sep 2026 | open, 57 days overdue |"), "{md}");
}

/// The first "HH:MM" in `text`, if any.
fn regex_like_clock(text: &str) -> Option<String> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(4)).find_map(|i| {
        let w = &b[i..i + 5];
        (w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
            && (i == 0 || !b[i - 1].is_ascii_digit()))
        .then(|| text[i..i + 5].to_string())
    })
}

#[test]
fn issue15_item6_times_are_the_sessions_own_whatever_the_exporters_time_zone() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let file = saved(dir.path(), "s.json", &hostile_session());
    let name = file.to_str().unwrap();
    let args = ["export", name, "--as-of", "2026-11-26"];
    let here = String::from_utf8(run(&args, "America/New_York").stdout).unwrap();
    let there = String::from_utf8(run(&args, "Asia/Tokyo").stdout).unwrap();
    assert!(here == there, "not the same document in every time zone");
    let md = here;
    // The example began at 07:00 UTC: 14:00 at +07:00.
    assert!(md.contains("Ran 14:00–16:17"), "{md}");
}

#[test]
fn issue15_item6_participant_text_never_becomes_markup_in_independent_parsers() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let file = saved(dir.path(), "s.json", &hostile_session());
    let md = export(&file, &[]);
    std::fs::write(dir.path().join("out.md"), &md).unwrap();
    let check = r#"
import sys, html.parser
md = open(sys.argv[1], encoding="utf-8").read()
outputs = []
try:
    from markdown_it import MarkdownIt
    outputs.append(("markdown-it-py", MarkdownIt("commonmark").enable("table").render(md)))
except ImportError:
    pass
try:
    import markdown
    outputs.append(("markdown", markdown.markdown(md, extensions=["tables"])))
except ImportError:
    pass
if not outputs:
    print("SKIP")
    sys.exit(0)
class Cells(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.tags = []; self.rows = []; self.row = None
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr": self.row = 0
        if tag in ("td", "th") and self.row is not None: self.row += 1
    def handle_endtag(self, tag):
        if tag == "tr": self.rows.append(self.row); self.row = None
for name, out in outputs:
    p = Cells(); p.feed(out)
    bad = [t for t in p.tags if t in ("script", "em", "strong", "a", "ul") ]
    # Lists are expected (notes); markup from participant text is not.
    bad = [t for t in bad if t != "ul" and t != "strong"]
    assert not bad, (name, bad, out)
    assert out.count("<table") == 2, (name, out.count("<table"), out)
    widths = sorted(set(p.rows))
    assert widths == [5], (name, widths)
    assert "alert(1)" in out and "&lt;script&gt;" in out, (name, out)
    print(name, "ok")
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(check)
        .arg(dir.path().join("out.md"))
        .output();
    let Ok(out) = out else {
        println!("skipped: python3 is not installed");
        return;
    };
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if said.contains("SKIP") {
        println!(
            "skipped: neither markdown-it-py nor markdown is installed (.ci/run installs them)"
        );
        return;
    }
    assert!(said.contains("ok"), "{said}");
    // Strong is only the stakeholder labels the document itself writes.
    assert!(md.contains("\\*Bold\\* \\[click\\](http://example.com) \\<script\\>alert(1)\\</script\\> a \\| b \\\\\\| c"), "{md}");
}

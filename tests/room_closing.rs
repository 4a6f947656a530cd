//! The facilitator in a real room (issue 12, items 15-17), with the real binary in a
//! pseudo-terminal on the four-group peer-learning agenda: the bell command the room hears,
//! the read-back of what was agreed, and the summary with its exports at the end.

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use support::{LiveDirs, Term};

const AGENDA: &str = "sessions/peer-learning-exchange.json";

/// The console on the fixture agenda with `extra` arguments, started.
fn started(live: &LiveDirs, extra: &[&str], cols: u16, rows: u16) -> Term {
    let mut args = vec!["run", AGENDA];
    args.extend_from_slice(extra);
    let mut term = Term::spawn(&args, &live.env(), cols, rows);
    term.wait_for("Press Enter to begin");
    term.send("\r");
    term.wait_for("WELCOME AND THE EVIDENCE");
    term
}

/// Waits until the file at `path` holds `text`; panics with what it holds if it never does.
fn wait_for_file(path: &Path, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = std::fs::read_to_string(path).unwrap_or_default();
        if now.contains(text) {
            return now;
        }
        assert!(
            Instant::now() < deadline,
            "{} never held {text:?}; it held {now:?}",
            path.display()
        );
        // Polled: the bell command writes from a process of its own.
        std::thread::sleep(Duration::from_millis(20));
    }
}

// Issue 12, item 15: one terminal beep is inaudible for forty people. The bell command runs
// (no shell: the quoting is split, nothing expanded) at one minute left and when `-` takes
// the clock across zero; a command that cannot run is said once, and the session goes on.
#[test]
fn item15_the_bell_command_rings_when_the_clock_crosses_one_minute_and_zero() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let rang = dir.path().join("rang");
    let command = format!(
        "sh -c 'echo \"$PLENARY_BELL\" >> \"$0\"' '{}'",
        rang.display()
    );
    let mut term = started(&live, &["--bell-command", &command], 80, 24);
    term.send("]]");
    term.wait_for("GROUP 1 OF 4");
    term.send(" ");
    term.wait_for("RUNNING");
    term.send(&"-".repeat(9));
    term.wait_for("1 MINUTE LEFT");
    wait_for_file(&rang, "one-minute-left");
    term.send("-");
    term.wait_for("OVER BY");
    let heard = wait_for_file(&rang, "time-up");
    assert_eq!(heard, "one-minute-left\ntime-up\n");
    term.send(" ");
    term.wait_for("PAUSED");
    term.quit_console();
    term.wait_exit();

    // A player that is not there: said once on screen, and the console carries on.
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = [
        live.env().to_vec(),
        vec![(
            "PLENARY_BELL_COMMAND",
            Path::new("/nonexistent/player --loud"),
        )],
    ]
    .concat();
    let mut term = Term::spawn(&["run", AGENDA], &env, 80, 24);
    term.wait_for("Press Enter to begin");
    term.send("\r]]");
    term.wait_for("GROUP 1 OF 4");
    term.send(" ");
    term.send(&"-".repeat(10));
    term.wait_for("The bell command did not ring (/nonexistent/player");
    term.wait_for("OVER BY");
    term.send(" ");
    term.wait_for("PAUSED");
    term.quit_console();
    term.wait_exit();
}

/// Records a commitment through the form, as the facilitator types it.
fn commit(term: &mut Term, what: &str, owner: &str, deadline: &str) {
    term.send("c");
    term.wait_for("New commitment");
    term.send(&format!("{what}\t{owner}\t{deadline}\r"));
    term.wait_for("recorded ✓");
}

const AGREED: [(&str, &str); 7] = [
    ("Draft the budget lines", "Nguyễn Thị Hương"),
    ("Saisir la commission des finances", "Hélène Dubois"),
    ("把水资源指标纳入国家成果框架", "王小明"),
    ("Publish the data gaps", "François Ngoy"),
    ("Brief the civil society platform", "Amadou Traoré"),
    ("Share the UN data on water points", "张丽"),
    ("Hold the follow-up meeting in March", "Trần Văn Minh"),
];

// Issue 12, item 16: at closing the table cut each action to ~27 characters and the
// projector showed only the clock. `6` reads back what was agreed, paged with the arrows,
// on the projector too, one at a time with Tab; a deleted commitment is not read back.
#[test]
fn item16_the_read_back_pages_through_what_was_agreed() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut term = started(&live, &[], 60, 20);
    for (what, owner) in AGREED {
        commit(&mut term, what, owner, "+3w");
    }
    commit(&mut term, "Said in error", "Zhang Wei", "+1w");
    term.send("2");
    term.wait_for("COMMITMENTS (8)");
    term.send("\x1b[Fd");
    term.wait_for("Delete C8?");
    term.send("y");
    term.wait_for("C8 deleted ✓");
    // Leaving the report-back with every group still to present asks first.
    term.send("1]]]");
    term.wait_for("have not presented yet");
    term.send("y]");
    term.wait_for("6 read back");
    term.send("6P");
    let first = term.wait_for("READ-BACK · page 1 of 2");
    assert!(
        first.contains("Draft the budget lines") && first.contains("王小明"),
        "{first}"
    );
    term.send("\x1b[C");
    let second = term.wait_for("READ-BACK · page 2 of 2");
    assert!(second.contains("Trần Văn Minh"), "{second}");
    assert!(!second.contains("Said in error"), "{second}");
    term.send("\x1b[6~");
    term.wait_for("That is the last page");
    term.send("\x1b[5~\t");
    term.wait_for("READ-BACK · 1 of 7 · one at a time");
    term.send("\x1b[B\x1b[B");
    let chinese = term.wait_for("READ-BACK · 3 of 7");
    assert!(
        chinese.contains("把水资源指标纳入国家成果框架"),
        "{chinese}"
    );
    // Esc leaves the projector, then the read-back.
    term.send("\x1b");
    term.wait_for("→ ↓ PgDn next");
    term.send("\x1b");
    term.wait_gone("READ-BACK ·");
    term.quit_console();
    term.wait_exit();
}

// Issue 12, item 17: the session ended on a line of text. The last `]` asks, then the
// summary shows the time against the plan, each group's time and who owes what, and writes
// the outcome document and the calendar beside the session file, naming each once written.
#[test]
fn item17_the_summary_at_the_end_writes_the_exports_beside_the_session() {
    for (cols, rows) in [(80, 24), (120, 40)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut term = started(&live, &[], cols, rows);
        commit(&mut term, "把水资源指标纳入国家成果框架", "王小明", "+3w");
        term.send("]]");
        term.wait_for("GROUP 1 OF 4");
        term.send(" ");
        term.wait_for("RUNNING");
        term.send(" ]");
        term.wait_for("have not presented yet");
        term.send("y");
        term.wait_for("ACTION PLANNING");
        term.send("]]");
        term.wait_for("End the session?");
        term.send("y");
        let summary = term.wait_for("SESSION ENDED ·");
        assert!(summary.contains("COMMITMENTS BY OWNER (1)"), "{summary}");
        assert!(summary.contains("王小明"), "{summary}");
        assert!(!summary.contains("written"), "{summary}");
        let session = support::session_file(&live.sessions);
        let stem = session.file_stem().unwrap().to_string_lossy().into_owned();
        let outcome = session.with_file_name(format!("{stem}.outcome.md"));
        let calendar = session.with_file_name(format!("{stem}.deadlines.ics"));
        assert!(!outcome.exists() && !calendar.exists());
        term.send("o");
        term.wait_for("The outcome document written:");
        let md = std::fs::read_to_string(&outcome).unwrap();
        assert!(md.contains("把水资源指标纳入国家成果框架"), "{md}");
        term.send("i");
        term.wait_for("The calendar of deadlines written:");
        let ics = std::fs::read_to_string(&calendar).unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
        term.quit_console();
        assert!(term.wait_exit());
    }
}

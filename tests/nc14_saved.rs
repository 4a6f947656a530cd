//! Issue 14, nc14 #6: a note-taker who joined again (after `x` or quitting) lost the
//! "saved ✓" marks of their earlier notes, and `4` listed only the new join's; and in the
//! notes the mark was a bare `✓`, never `✓ 14:02` as the README shows.

mod support;

use support::{LiveDirs, Term};

/// The `HH:MM ` a note line starts with, from a screen line holding `text`.
fn line_with<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no line with {text:?}:\n{screen}"))
}

/// Whether `line` says "NAME ✓ HH:MM" (the saved mark with its time) after the name.
fn marked_with_time(line: &str, name: &str) -> bool {
    let Some(at) = line.find(&format!("{name} ✓ ")) else {
        return false;
    };
    let rest: Vec<char> = line[at + name.len() + " ✓ ".len()..].chars().collect();
    rest.len() >= 5
        && rest[..2].iter().all(char::is_ascii_digit)
        && rest[2] == ':'
        && rest[3..5].iter().all(char::is_ascii_digit)
}

fn write_note(term: &mut Term, text: &str) {
    term.send("n");
    term.wait_for("Note ·");
    term.send(text);
    term.send("\r");
    term.wait_gone("Note ·");
}

#[test]
fn issue_14_nc14_6_my_notes_stay_saved_with_their_time_when_i_join_again() {
    for (cols, rows) in [(80, 24), (60, 20), (120, 40), (200, 60)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let env = live.env();
        let mut host = support::begun_session(&env, 120, 36);
        let join = |name: &str| {
            let t = Term::spawn(&["join", "--name", name], &env, cols, rows);
            t.wait_for("● live");
            t
        };
        let mut amina = join("Amina");
        write_note(&mut amina, "Budget office");
        amina.send("4");
        amina.wait_for("all saved ✓");
        // Another note-taker on the same (the facilitator's) account: not mine.
        let mut grace = join("Grace");
        write_note(&mut grace, "Grace speaking");
        grace.send("4");
        grace.wait_for("all saved ✓");
        grace.quit_console();
        grace.wait_exit();
        amina.quit_console();
        amina.wait_exit();

        // Joined again: the earlier note is still saved, with the time, in 3 and in 4.
        let mut amina = join("Amina");
        amina.send("3");
        amina.wait_for("Grace speaking");
        let screen = amina.wait_for("Amina ✓ ");
        let line = line_with(&screen, "Budget office");
        assert!(
            marked_with_time(line, "Amina"),
            "{cols}x{rows}: {line:?}\n{screen}"
        );
        let line = line_with(&screen, "Grace speaking");
        assert!(!line.contains('✓'), "{cols}x{rows}: not mine: {line:?}");
        amina.send("4");
        let screen = amina.wait_for("YOURS (1) · all saved");
        let line = line_with(&screen, "Budget office");
        assert!(line.contains("✓ saved "), "{cols}x{rows}: {line:?}");

        // A note of this join says its time too, once saved.
        write_note(&mut amina, "Second visit");
        amina.wait_for("YOURS (2) · all saved");
        amina.send("3");
        let screen = amina.wait_for("Second visit");
        let line = line_with(&screen, "Second visit");
        assert!(
            marked_with_time(line, "Amina"),
            "{cols}x{rows}: {line:?}\n{screen}"
        );
        amina.quit_console();
        amina.wait_exit();
        host.quit_console();
        host.wait_exit();
    }
}

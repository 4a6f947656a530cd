//! A note-taker's `plenary join` killed with SIGKILL at random moments while typing notes,
//! and started again each time: whatever its screen showed in the note form comes back,
//! the drafts file always parses, and every note it submitted reaches the host's file
//! exactly once, even when the kill came before the host acknowledged it.
//!
//! `cargo test` runs 12 kills; `PLENARY_JOIN_KILLS=200` runs more and
//! `PLENARY_CRASH_SEED` replays one run (see scripts/crash-loop.sh).

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use support::{LiveDirs, Rng, Term};

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The word typed as word `word` of note `note`: unique, and easy to find on a screen.
fn word(note: u64, word: u64) -> String {
    format!("n{note:03}w{word:02}")
}

/// The highest word of note `note` on `screen`, 0 if none.
fn last_word_shown(screen: &str, note: u64) -> u64 {
    let prefix = format!("n{note:03}w");
    screen
        .match_indices(&prefix)
        .filter_map(|(at, _)| screen.get(at + prefix.len()..at + prefix.len() + 2))
        .filter_map(|digits| digits.parse().ok())
        .max()
        .unwrap_or(0)
}

fn kill(term: &mut Term) {
    let _ = Command::new("kill")
        .args(["-9", &term.pid().to_string()])
        .status();
    term.wait_exit();
}

/// Note texts in the host's session file.
fn notes_on_disk(dir: &std::path::Path) -> Vec<String> {
    let file = support::session_file(dir);
    let Ok(value) = serde_json::from_str::<serde_json::Value>(
        &std::fs::read_to_string(&file).unwrap_or_default(),
    ) else {
        return Vec::new();
    };
    value["live"]["notes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n["text"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_note_taker_killed_while_typing_gets_back_everything_it_showed() {
    let kills = setting("PLENARY_JOIN_KILLS", 12);
    let seed = setting("PLENARY_CRASH_SEED", 0x5eed_1234_abcd).max(1);
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 36);

    // The note being typed, how many of its words were typed, and the last one the screen
    // showed before the kill.
    let (mut note, mut typed, mut shown) = (1u64, 0u64, 0u64);
    let mut submitted: Vec<Vec<String>> = Vec::new();
    let mut restored = 0;
    let started = Instant::now();
    for round in 0..=kills {
        let mut taker = Term::spawn(&["join", "--name", "Grace"], &env, 80, 24);
        let screen = taker.wait_for("● live");
        if screen.contains("Note ·") {
            let back = last_word_shown(&screen, note);
            assert!(
                (shown..=typed).contains(&back),
                "seed {seed}, round {round}: the form came back with word {back} of note \
                 {note}; the screen had shown {shown} and {typed} were typed:\n{screen}"
            );
            typed = back;
            restored += 1;
        } else {
            assert_eq!(
                shown, 0,
                "seed {seed}, round {round}: the form with word {shown} of note {note} on \
                 screen did not come back:\n{screen}"
            );
            taker.send("n");
            taker.wait_for("Note ·");
            typed = 0;
        }
        if round == kills {
            // The last round submits and quits normally.
            taker.send("\r");
            taker.wait_gone("Note ·");
            submitted.push((1..=typed).map(|w| word(note, w)).collect());
            break;
        }
        for _ in 0..=rng.below(3) {
            typed += 1;
            taker.send_now(&format!("{} ", word(note, typed)));
            std::thread::sleep(Duration::from_millis(rng.below(60)));
        }
        let submit = typed >= 12 && rng.below(2) == 0;
        if submit {
            // Submitted: from the moment the form closes, the note is the client's to deliver.
            taker.send_now("\r");
            taker.wait_gone("Note ·");
            submitted.push((1..=typed).map(|w| word(note, w)).collect());
        }
        std::thread::sleep(Duration::from_millis(rng.below(150)));
        let screen = taker.contents();
        kill(&mut taker);
        if submit {
            (note, typed, shown) = (note + 1, 0, 0);
        } else {
            shown = last_word_shown(&screen, note);
        }
        // One directory per session, one drafts file per join in it.
        let drafts = std::fs::read_dir(&live.state)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .flat_map(|d| support::json_files(&d));
        for file in drafts {
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(
                serde_json::from_str::<serde_json::Value>(&text).is_ok(),
                "seed {seed}, round {round}: {} does not parse after the kill:\n{text}",
                file.display()
            );
        }
    }

    // Every submitted note lands once, with the words the screen showed.
    let deadline = Instant::now() + Duration::from_secs(10);
    let on_disk = loop {
        let notes = notes_on_disk(&live.sessions);
        let all = submitted
            .iter()
            .all(|words| notes.iter().any(|n| n.contains(&words[0])));
        if all || Instant::now() > deadline {
            break notes;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    for words in &submitted {
        let matching: Vec<&String> = on_disk.iter().filter(|n| n.contains(&words[0])).collect();
        assert_eq!(
            matching.len(),
            1,
            "seed {seed}: note {words:?} is in the file {} times: {on_disk:#?}",
            matching.len()
        );
        let landed: Vec<&str> = matching[0].split_whitespace().collect();
        assert_eq!(landed, *words, "seed {seed}");
    }
    assert!(restored > 0, "seed {seed}: no kill caught a form open");
    println!(
        "{kills} kills of a typing note-taker in {:?} (seed {seed}): {restored} forms came back \
         with everything shown, {} notes submitted, each in the file once",
        started.elapsed(),
        submitted.len()
    );
    host.quit_console();
    assert!(host.wait_exit());
}

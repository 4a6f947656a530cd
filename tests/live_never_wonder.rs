//! Issue 14, "note-takers who never wonder": the real binaries in pseudo-terminals, a
//! facilitator and note-takers on the four-group peer-learning agenda.

mod support;

use support::{LiveDirs, Term};

const AGENDA: &str = "sessions/peer-learning-exchange.json";

/// The facilitator on the fixture agenda, on the first group's report-back with its timer
/// running.
fn presenting(live: &LiveDirs, cols: u16, rows: u16) -> Term {
    let mut host = Term::spawn(&["run", AGENDA], &live.env(), cols, rows);
    host.wait_for("Press Enter to begin");
    host.send("\r]]");
    host.wait_for("GROUP 1 OF 4");
    host.send(" ");
    host.wait_for("RUNNING");
    host
}

/// Quits the facilitator's console, whatever it asks first.
fn quit(mut host: Term) {
    host.send("q");
    host.wait_for_any(&["Quit anyway?", "Session saved", "quit?"]);
    host.send("y");
    host.wait_exit();
}

// Issue 14, item 10: the facilitator sees what a note-taker adds on the stage, one line
// that fades, with the timer still in sight, at 80x24 and at 60x20.
#[test]
fn item_10_the_facilitator_sees_what_a_note_taker_recorded_on_the_stage() {
    for (cols, rows) in [(80, 24), (60, 20)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::within(dir.path());
        let host = presenting(&live, cols, rows);
        let mut amina = Term::spawn(&["join", "--name", "Amina"], &live.env(), 80, 24);
        amina.wait_for("● live");
        amina.send("c");
        amina.wait_for("New commitment");
        amina.send("Map parliamentary committees\tParliament\t+2w\r");
        amina.wait_for("✓");
        let screen = host.wait_for("Amina recorded C1: Map parliamentary");
        assert!(screen.contains("RUNNING"), "the timer is hidden:\n{screen}");
        host.wait_gone("Amina recorded C1");
        assert!(host.contents().contains("RUNNING"));
        amina.quit_console();
        amina.wait_exit();
        quit(host);
    }
}

/// Where libfaketime is, if installed (.ci/run installs it).
fn libfaketime() -> Option<std::path::PathBuf> {
    let mut dirs: Vec<std::path::PathBuf> = ["/usr/lib", "/usr/lib64", "/usr/local/lib"]
        .iter()
        .map(std::path::PathBuf::from)
        .collect();
    if let Ok(entries) = std::fs::read_dir("/usr/lib") {
        dirs.extend(entries.flatten().map(|e| e.path()));
    }
    dirs.into_iter()
        .map(|d| d.join("faketime/libfaketime.so.1"))
        .find(|p| p.exists())
}

// Issue 14, item 8: a note typed while the facilitator's plenary was down keeps the time it
// was written, beside the time it was received; the record and the export say both.
#[test]
fn item_8_a_note_typed_during_an_outage_keeps_the_time_it_was_written() {
    let Some(faketime) = libfaketime() else {
        eprintln!("skipped: needs libfaketime (apt-get install faketime; .ci/run does)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let host = support::begun_session(&env, 120, 40);
    let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
    amina.wait_for("● live");
    let file = support::session_file(&live.sessions);
    let killed = std::process::Command::new("kill")
        .args(["-9", &host.pid().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    drop(host);
    amina.wait_for("reconnecting");
    amina.send("nWritten in the outage\r");
    amina.wait_for("Note not sent");
    // The facilitator comes back ten minutes later (its wall clock moved on by ten).
    let mut later = env.to_vec();
    later.extend([
        ("LD_PRELOAD", faketime.as_path()),
        ("FAKETIME", std::path::Path::new("+600")),
        ("DONT_FAKE_MONOTONIC", std::path::Path::new("1")),
    ]);
    let mut host = Term::spawn(&["run", file.to_str().unwrap()], &later, 120, 40);
    host.wait_for("OPENING");
    amina.wait_for("● live");
    host.send("3");
    let screen = host.wait_for("Written in the outage");
    assert!(screen.contains(", received "), "{screen}");
    amina.quit_console();
    amina.wait_exit();
    host.quit_console();
    host.wait_exit();
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let note = &saved["live"]["notes"][0];
    assert_eq!(note["text"], "Written in the outage");
    let at = chrono::DateTime::parse_from_rfc3339(note["at"].as_str().unwrap()).unwrap();
    let written =
        chrono::DateTime::parse_from_rfc3339(note["written_at"].as_str().unwrap()).unwrap();
    assert!((at - written).num_seconds() >= 590, "{note}");
    let export = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["export", file.to_str().unwrap(), "--format", "md"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&export.stdout);
    assert!(
        text.contains("Written in the outage (Amina, written "),
        "{text}"
    );
}

// Issue 14, item 8: the host believes no time a client sends beyond what it can vouch for:
// one in the future or before the session began is replaced by the time received.
#[test]
fn item_8_a_written_time_out_of_bounds_is_not_believed() {
    use plenary::domain::{Anchor, Op};
    use plenary::live::protocol::{ClientMsg, encode};
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 40);
    let socket = support::wait_for_path(&live.run, "sock");
    let mut client = support::protocol_client(&socket, "mallory").unwrap();
    let now = chrono::Utc::now();
    for (seq, (text, written)) in [
        ("From the future", now + chrono::Duration::hours(3)),
        ("From last year", now - chrono::Duration::days(365)),
        ("Just now", now),
    ]
    .into_iter()
    .enumerate()
    {
        let op = Op::AddNote {
            text: text.into(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
            written: Some(written),
        };
        let seq = seq as u64 + 1;
        client
            .write_all(&encode(&ClientMsg::Op { seq, op }))
            .unwrap();
    }
    host.send("3");
    host.wait_for("Just now");
    host.quit_console();
    host.wait_exit();
    let file = support::session_file(&live.sessions);
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let notes = saved["live"]["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 3);
    assert!(notes[0].get("written_at").is_none(), "{}", notes[0]);
    assert!(notes[1].get("written_at").is_none(), "{}", notes[1]);
    assert!(notes[2].get("written_at").is_some(), "{}", notes[2]);
}

// Issue 14, item 3: each of the note-taker's own notes and commitments says sending, then
// saved ✓ with the time only once the facilitator's disk holds it (here the facilitator's
// disk refuses every write until the limit is lifted); what is not yet saved is named, 4
// lists it all, and after an outage it is resent once and saved, never duplicated.
#[test]
fn item_3_my_notes_say_saved_only_once_on_the_facilitators_disk() {
    use std::process::Command;
    if Command::new("prlimit").arg("--version").output().is_err() {
        eprintln!("skipped: needs prlimit (util-linux); .ci/run installs it");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = Term::spawn_under(
        &["prlimit", "--fsize=1024:unlimited", "--"],
        &["run", "sessions/short-plenary.json"],
        &env,
        120,
        40,
    );
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("NOT SAVED");
    let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
    amina.wait_for("● live");
    amina.send("nMap the committees\r");
    host.send("3");
    host.wait_for("Map the committees");
    // Applied by the host, not on its disk: not called saved.
    let screen = amina.wait_for("1 not yet saved: note 'Map the committees'");
    assert!(!screen.contains('✓'), "{screen}");
    amina.send("4");
    amina.wait_for("… sending");
    let lifted = Command::new("prlimit")
        .args([
            "--pid",
            &host.pid().to_string(),
            "--fsize=unlimited:unlimited",
        ])
        .status()
        .unwrap();
    assert!(lifted.success());
    amina.wait_for("✓ saved ");
    amina.wait_gone("not yet saved");

    // An outage: two more written while the facilitator's plenary is down.
    let file = support::session_file(&live.sessions);
    let killed = Command::new("kill")
        .args(["-9", &host.pid().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    drop(host);
    amina.wait_for("reconnecting");
    amina.send("nTyped while down\r");
    amina.send("cBrief the committee\tParliament\t+2w\r");
    amina.wait_for("2 not yet saved: note 'Typed while down'");
    amina.send("4");
    amina.wait_for("○ not sent yet  commitment 'Brief the committee'");
    let mut host = Term::spawn(&["run", file.to_str().unwrap()], &env, 120, 40);
    host.wait_for("OPENING");
    let screen = amina.wait_for("YOURS (3) · all saved ✓");
    assert!(screen.contains("C1"), "{screen}");
    amina.send("1");
    amina.wait_for("✓ ");
    amina.quit_console();
    amina.wait_exit();
    host.quit_console();
    host.wait_exit();
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let notes: Vec<&str> = saved["live"]["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap())
        .collect();
    assert_eq!(notes, ["Map the committees", "Typed while down"]);
    assert_eq!(saved["live"]["commitments"].as_array().unwrap().len(), 1);
}

// Issue 14, the floors: 20 note-takers logged in to one account (today's cap of 16 per
// account kept the 17th out) all join, and each sees another's note.
#[test]
fn twenty_note_takers_on_one_account_all_join() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 40);
    let socket = support::wait_for_path(&live.run, "sock");
    let mut held = Vec::new();
    for i in 0..19 {
        let stream = support::protocol_client(&socket, &format!("taker{i:02}")).unwrap();
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        let mut first = String::new();
        BufReader::new(&stream).read_line(&mut first).unwrap();
        assert!(first.contains("\"welcome\""), "taker {i}: {first:.200}");
        held.push(stream);
    }
    let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
    amina.wait_for("● live");
    amina.send("nThe twentieth note-taker is in\r");
    host.send("3");
    host.wait_for("The twentieth note-taker is in");
    amina.quit_console();
    amina.wait_exit();
    drop(held);
    host.quit_console();
    host.wait_exit();
}

/// The mode of the one socket the host made in `run`.
fn socket_mode(run: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    let socket = std::fs::read_dir(run)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "sock"))
        .expect("the host's socket");
    std::fs::metadata(socket).unwrap().permissions().mode() & 0o777
}

// nc14 #1: resuming a session shared with a group (as the "Resume with:" line says) shared
// it no more, and nothing said so. The session remembers its group, a resume shares it with
// that group again, and the people view (4) says with whom; `--private` resumes unshared.
#[test]
fn nc14_1_a_resumed_session_stays_shared_with_its_group() {
    // The facilitator (root in CI) is in the group root, which every machine has.
    const GROUP: &str = "root";
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let mut host = Term::spawn(
        &["run", "sessions/short-plenary.json", "--allow-group", GROUP],
        &live.env(),
        80,
        24,
    );
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("OPENING");
    host.send("4");
    host.wait_for("shared with the group root");
    host.quit_console();
    host.wait_exit();
    // The last words say the resume line shares it again, and how not to.
    host.wait_for("shared with the group root again; add --private");
    let file = support::session_file(&live.sessions);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(json["live"]["shared_with"]["group"], GROUP, "{json}");

    // Resumed the way the last words say: shared with the same group again.
    let path = file.display().to_string();
    let mut again = Term::spawn(&["run", &path], &live.env(), 80, 24);
    again.wait_for("OPENING");
    again.send("4");
    again.wait_for("shared with the group root");
    assert_eq!(socket_mode(&live.run), 0o660, "the socket is the group's");
    again.quit_console();
    again.wait_exit();

    // The facilitator says otherwise: resumed, and only they can join.
    let mut private = Term::spawn(&["run", &path, "--private"], &live.env(), 80, 24);
    private.wait_for("OPENING");
    private.send("4");
    private.wait_for("not shared: your account only");
    assert_eq!(socket_mode(&live.run), 0o600, "the socket is private");
    private.quit_console();
    private.wait_exit();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(json["live"].get("shared_with").is_none(), "{json}");
}

// nc14 #2: after an edit conflict, Enter put back the other person's change to a field this
// note-taker never touched. A field only they changed keeps their value; only what I
// changed is mine (three-way: the version I started from, mine, theirs).
#[test]
fn nc14_2_a_merge_keeps_their_change_to_a_field_i_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = Term::spawn(&["run", "sessions/short-plenary.json"], &env, 160, 40);
    host.wait_for("Press Enter to begin");
    host.send("\rc");
    host.wait_for("New commitment");
    host.send("Draft terms of reference\tMinistry of Health\t+2m\r");
    host.wait_for("Commitment C1 recorded");
    let mut joseph = Term::spawn(&["join", "--name", "Joseph"], &env, 80, 24);
    let mut clara = Term::spawn(&["join", "--name", "Clara"], &env, 80, 24);
    for taker in [&mut joseph, &mut clara] {
        taker.wait_for("● live");
        taker.send("2");
        taker.wait_for("Draft terms of reference");
        taker.send("\r");
        taker.wait_for("Edit commitment C1");
    }
    // Joseph changes only the owner; Clara, on the old version, only the action.
    joseph.send("\t (lead)\r");
    joseph.wait_for("Commitment updated ✓");
    host.send("2");
    host.wait_for("Ministry of Health (lead)");
    clara.send(" in March\r");
    clara.wait_for("Joseph changed this commitment");
    clara.send("\r");
    clara.wait_for("Commitment updated ✓");
    let screen = host.wait_for("Draft terms of reference in March");
    assert!(
        screen.contains("Ministry of Health (lead)"),
        "Joseph's owner, which Clara never touched, is kept:\n{screen}"
    );
    for mut taker in [joseph, clara] {
        taker.quit_console();
        taker.wait_exit();
    }
    quit(host);
}

// nc14 #3: two note-takers pressed `s` at about the same moment, both meaning "in
// progress": C1 jumped to done, and one was told "C1 is now in progress ✓". Both keys now
// reach a paused host together: the first moves it, the second is refused, truthfully.
#[test]
fn nc14_3_two_status_keys_at_once_move_it_once_and_say_what_happened() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = Term::spawn(&["run", "sessions/short-plenary.json"], &env, 160, 40);
    host.wait_for("Press Enter to begin");
    host.send("\rc");
    host.wait_for("New commitment");
    host.send("Draft terms of reference\tMinistry of Health\t+2m\r");
    host.wait_for("Commitment C1 recorded");
    host.send("2");
    let mut omar = Term::spawn(&["join", "--name", "Omar"], &env, 80, 24);
    let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
    for taker in [&mut omar, &mut amina] {
        taker.wait_for("● live");
        taker.send("2");
        taker.wait_for("Draft terms of reference");
    }
    // Both keys are in flight before the host reads either.
    let pid = host.pid().to_string();
    let signal = |s: &str| {
        let ok = std::process::Command::new("kill")
            .args([s, &pid])
            .status()
            .is_ok_and(|st| st.success());
        assert!(ok, "kill {s}");
    };
    signal("-STOP");
    omar.send("s");
    omar.wait_for("C1 is now in progress");
    amina.send("s");
    amina.wait_for("C1 is now in progress");
    signal("-CONT");
    let outcomes = ["C1 is now in progress ✓", "already moved C1 to in progress"];
    let omar_saw = omar.wait_for_any(&outcomes);
    let amina_saw = amina.wait_for_any(&outcomes);
    let refused = |screen: &str, who: &str| {
        screen.contains(&format!("{who} already moved C1 to in progress"))
    };
    assert!(
        refused(&omar_saw, "Amina") ^ refused(&amina_saw, "Omar"),
        "one moved it, the other was told who did:\n{omar_saw}\n{amina_saw}"
    );
    let row = |screen: &str| {
        screen
            .lines()
            .find(|l| l.contains("Draft terms of reference"))
            .map(str::to_string)
            .unwrap_or_default()
    };
    // After SIGCONT the host draws its whole screen again: wait for the row itself.
    let screen = host.wait_until("C1's row with its status", |screen| {
        let line = row(screen);
        line.contains("in progress") || line.contains("done")
    });
    let line = row(&screen);
    assert!(
        line.contains("in progress") && !line.contains("done"),
        "moved once, not twice:\n{screen}"
    );
    for mut taker in [omar, amina] {
        taker.quit_console();
        taker.wait_exit();
    }
    quit(host);
}

// nc14 #5: a note or commitment written while the host could not take it vanished from
// the lists ("No notes here yet" right after writing one). It is listed, marked
// "(saving…)", until the host has it.
#[test]
fn nc14_5_what_i_wrote_is_listed_as_saving_until_the_host_has_it() {
    for (cols, rows) in [(80, 24), (60, 20)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::within(dir.path());
        let env = live.env();
        let mut host = Term::spawn(&["run", "sessions/short-plenary.json"], &env, 120, 30);
        host.wait_for("Press Enter to begin");
        host.send("\r");
        host.wait_for("OPENING");
        let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, cols, rows);
        amina.wait_for("● live");
        let pid = host.pid().to_string();
        let signal = |s: &str| {
            let ok = std::process::Command::new("kill")
                .args([s, &pid])
                .status()
                .is_ok_and(|st| st.success());
            assert!(ok, "kill {s}");
        };
        signal("-STOP");
        amina.send("n");
        amina.wait_for("Note ·");
        amina.send("Note en attente 待保存\r");
        amina.wait_gone("Note ·");
        amina.send("3");
        let screen = amina.wait_for("Note en attente 待保存");
        assert!(screen.contains("Amina (saving…)"), "{screen}");
        assert!(!screen.contains("No notes here yet"), "{screen}");
        amina.send("c");
        amina.wait_for("New commitment");
        amina.send("Organiser un atelier\tBộ Tài chính\t+2w\r");
        amina.wait_gone("New commitment");
        amina.send("2");
        let screen = amina.wait_for("Organiser un atelier");
        assert!(screen.contains("(saving…)"), "{screen}");
        signal("-CONT");
        amina.wait_for("C1");
        amina.send("3");
        amina.wait_for("Amina ✓");
        amina.quit_console();
        amina.wait_exit();
        quit(host);
    }
}

// nc14 #12: `x` in the people view disconnected a note-taker at once; one stray key during
// a session dropped someone. It asks first, like every other key that takes something away.
#[test]
fn nc14_12_disconnecting_someone_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = Term::spawn(&["run", "sessions/short-plenary.json"], &env, 80, 24);
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("OPENING");
    let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
    amina.wait_for("● live");
    host.send("4");
    host.wait_for("Amina (");
    host.send("x");
    host.wait_for("Disconnect Amina");
    host.send("n");
    host.wait_gone("Disconnect Amina");
    assert!(amina.contents().contains("● live"), "still joined");
    host.send("x");
    host.wait_for("Disconnect Amina");
    host.send("y");
    host.wait_for("Disconnected Amina");
    amina.wait_for("■ the facilitator disconnected you");
    amina.quit_console();
    amina.wait_exit();
    quit(host);
}

// nc14 #8: a commitment recorded while the facilitator's plenary was down kept its written
// time in the file, but `v` and the outcome document gave only the time it was received.
// They say both, as they do for notes.
#[test]
fn nc14_8_a_commitment_written_during_an_outage_shows_when_it_was_written() {
    let Some(faketime) = libfaketime() else {
        eprintln!("skipped: needs libfaketime (apt-get install faketime; .ci/run does)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let host = support::begun_session(&env, 120, 40);
    let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
    amina.wait_for("● live");
    let file = support::session_file(&live.sessions);
    let killed = std::process::Command::new("kill")
        .args(["-9", &host.pid().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    drop(host);
    amina.wait_for("reconnecting");
    amina.send("c");
    amina.wait_for("New commitment");
    amina.send("Organiser un atelier\tBộ Tài chính\t+2w\r");
    amina.wait_gone("New commitment");
    // The facilitator comes back ten minutes later (its wall clock moved on by ten).
    let mut later = env.to_vec();
    later.extend([
        ("LD_PRELOAD", faketime.as_path()),
        ("FAKETIME", std::path::Path::new("+600")),
        ("DONT_FAKE_MONOTONIC", std::path::Path::new("1")),
    ]);
    let mut host = Term::spawn(&["run", file.to_str().unwrap()], &later, 120, 40);
    host.wait_for("OPENING");
    amina.wait_for("● live");
    host.send("2");
    host.wait_for("Organiser un atelier");
    host.send("v");
    let screen = host.wait_for("Recorded");
    assert!(screen.contains(", received "), "{screen}");
    host.send("\x1b");
    host.wait_gone("Recorded");
    amina.quit_console();
    amina.wait_exit();
    host.quit_console();
    host.wait_exit();
    let export = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["export", file.to_str().unwrap(), "--format", "md"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&export.stdout);
    assert!(text.contains("Organiser un atelier (written "), "{text}");
}

//! Slow links, with the real binaries in pseudo-terminals: a note-taker whose terminal stops
//! reading altogether and one that reads a trickle, while a third client floods the session.
//! The facilitator's screen and the host are unaffected, and both slow note-takers show the
//! current state once their terminals read again.

mod support;

use std::io::{BufReader, Write};
use std::time::{Duration, Instant};

use plenary::domain::{Anchor, Op};
use plenary::live::protocol::{ClientMsg, HostMsg, encode, read_host_line};
use support::{LiveDirs, Term};

const NOTES: u64 = 300;

#[test]
fn slow_note_takers_never_hold_up_the_facilitator_and_catch_up_with_the_current_state() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = live.env();
    let mut host = Term::spawn(&["run", "sessions/short-plenary.json"], &env, 120, 36);
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("OPENING");
    let stalled = Term::spawn(&["join", "--name", "Stalled"], &env, 80, 24);
    stalled.wait_for("● live");
    let trickle = Term::spawn(&["join", "--name", "Trickle"], &env, 80, 24);
    trickle.wait_for("● live");
    // One terminal stops reading; the other reads 2 KB a second (a poor mobile link).
    stalled.set_read_rate(0);
    trickle.set_read_rate(2048);

    // A third client floods the session with notes, as fast as the host acknowledges.
    let socket = std::fs::read_dir(&live.run)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "sock"))
        .expect("the host's socket");
    let stream = support::protocol_client(&socket, "flood").unwrap();
    let mut writer = stream.try_clone().unwrap();
    let started = Instant::now();
    let acks = std::thread::spawn(move || {
        let mut reader = BufReader::new(stream);
        let mut line = Vec::new();
        let mut acked = 0;
        while acked < NOTES {
            read_host_line(&mut reader, &mut line).expect("the host kept answering");
            if let Ok(HostMsg::Ack { .. }) = serde_json::from_slice(&line) {
                acked += 1;
            }
        }
        started.elapsed()
    });
    for seq in 1..=NOTES {
        let op = Op::AddNote {
            text: format!("Flood note {seq} of {NOTES}"),
            anchor: Anchor {
                item: 0,
                group: None,
            },
        };
        writer
            .write_all(&encode(&ClientMsg::Op { seq, op }))
            .unwrap();
    }
    // Meanwhile the facilitator works: every key still answers at once.
    let mut worst = Duration::ZERO;
    for _ in 0..5 {
        let pressed = Instant::now();
        host.send_now("?");
        host.wait_for("Keys");
        worst = worst.max(pressed.elapsed());
        host.send("?");
        host.wait_gone("Keys");
    }
    let flood = acks.join().unwrap();
    assert!(
        worst < Duration::from_millis(500),
        "the facilitator waited {worst:?} for a key while note-takers were slow"
    );
    assert!(
        flood < Duration::from_secs(10),
        "{NOTES} notes took {flood:?} to be acknowledged"
    );
    let last = format!("Flood note {NOTES} of {NOTES}");
    host.send("3");
    host.wait_for(&last);

    // The terminals read again: both show the current state.
    stalled.set_read_rate(u64::MAX);
    let resumed = Instant::now();
    stalled.wait_for(&last);
    let caught_up = resumed.elapsed();
    trickle.set_read_rate(u64::MAX);
    trickle.wait_for(&last);
    assert!(stalled.contents().contains("● live"));
    println!(
        "{NOTES} notes acknowledged in {flood:?} with one note-taker stalled and one at 2 KB/s; \
         facilitator's slowest key {worst:?}; the stalled one caught up in {caught_up:?}"
    );
    host.send("q");
    assert!(host.wait_exit());
}

//! Slow links, with the real binaries in pseudo-terminals: a note-taker whose terminal stops
//! reading altogether and one that reads a trickle, while a third client floods the session.
//! The facilitator's screen and the host are unaffected, and both slow note-takers show the
//! current state once their terminals read again.

mod support;

use std::collections::BTreeSet;
use std::io::{BufReader, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use plenary::domain::{Anchor, Op};
use plenary::live::protocol::{ClientMsg, HostMsg, encode, read_host_line};
use support::{LiveDirs, Term};

/// Notes in the flood; `PLENARY_FLOOD_NOTES` sets another count.
fn notes() -> u64 {
    std::env::var("PLENARY_FLOOD_NOTES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}

#[test]
fn slow_note_takers_never_hold_up_the_facilitator_and_catch_up_with_the_current_state() {
    let notes = notes();
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 36);
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
    let flooding = Arc::new(AtomicBool::new(true));
    let started = Instant::now();
    let acks = std::thread::spawn({
        let flooding = Arc::clone(&flooding);
        move || {
            let mut reader = BufReader::new(stream);
            let mut line = Vec::new();
            let mut acked = BTreeSet::new();
            while (acked.len() as u64) < notes {
                read_host_line(&mut reader, &mut line).expect("the host kept answering");
                if let Ok(HostMsg::Ack { seq }) = serde_json::from_slice(&line) {
                    assert!(acked.insert(seq), "note {seq} was acknowledged twice");
                }
            }
            flooding.store(false, Ordering::Relaxed);
            started.elapsed()
        }
    });
    let sender = std::thread::spawn(move || {
        for seq in 1..=notes {
            let op = Op::AddNote {
                written: None,
                text: format!("Flood note {seq} of {notes}"),
                anchor: Anchor {
                    item: 0,
                    group: None,
                },
            };
            writer
                .write_all(&encode(&ClientMsg::Op { seq, op }))
                .unwrap();
        }
    });
    // Meanwhile the facilitator works: every key still answers at once, during the flood
    // and after it.
    let mut during = Vec::new();
    let mut worst = Duration::ZERO;
    for press in 0.. {
        let in_flood = flooding.load(Ordering::Relaxed);
        if !in_flood && press >= 5 {
            break;
        }
        let pressed = Instant::now();
        host.send_now("?");
        host.wait_for("Keys");
        let took = pressed.elapsed();
        worst = worst.max(took);
        if in_flood {
            during.push(took);
        }
        host.send_now("?");
        host.wait_gone("Keys");
    }
    sender.join().unwrap();
    let flood = acks.join().unwrap();
    assert!(
        worst < Duration::from_millis(500),
        "the facilitator waited {worst:?} for a key while note-takers were slow"
    );
    assert!(
        flood < Duration::from_secs(10),
        "{notes} notes took {flood:?} to be acknowledged"
    );
    during.sort();
    let median = during.get(during.len() / 2).copied().unwrap_or_default();
    let last = format!("Flood note {notes} of {notes}");
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
        "{notes} notes acknowledged in {flood:?} with one note-taker stalled and one at 2 KB/s; \
         facilitator's keys during the flood: {} pressed, median {median:?}; slowest key \
         {worst:?}; the stalled one caught up in {caught_up:?}",
        during.len()
    );
    host.quit_console();
    assert!(host.wait_exit());
}

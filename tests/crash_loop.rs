//! The host killed with SIGKILL at random moments while three note-takers write to it, and
//! restarted each time: after every restart the file loads, and every operation the host
//! acknowledged is in it exactly once. At the end every operation ever sent has landed once.
//!
//! The note-takers speak the socket protocol directly, as `plenary join` does: a stable
//! client id, numbered operations, and a resend of what was not acknowledged after each
//! reconnection. The host is the real binary in a pseudo-terminal.
//!
//! `cargo test` runs 30 kills. The full loop (the floor is 500) runs with
//! `PLENARY_CRASH_KILLS=500 cargo test --release --test crash_loop -- --nocapture`
//! (see scripts/crash-loop.sh); `PLENARY_CRASH_SEED` replays one run.

mod support;

use std::collections::{HashMap, HashSet};
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use plenary::domain::{Anchor, Author, CommitmentDraft, Moment, Op, Session};
use plenary::live::protocol::{ClientMsg, HostMsg, encode, read_host_line};
use plenary::store::{self, save};
use support::{LiveDirs, Rng, Term};

/// One note-taker's memory across host restarts: what it sent, and what the host confirmed.
#[derive(Default)]
struct Taker {
    id: String,
    next_seq: u64,
    /// Sent and not yet acknowledged, oldest first; resent after every reconnection.
    pending: Vec<(u64, Op)>,
    acked: HashSet<u64>,
    /// Operations the host refused: there should be none.
    refused: Vec<String>,
    /// Rounds in which the host welcomed this note-taker: a loop whose clients never got in
    /// would prove nothing (a welcome once outgrew the line limit, unnoticed).
    welcomed: usize,
}

/// The text that identifies operation `seq` of `client` in the file.
fn mark(client: &str, seq: u64) -> String {
    format!("{client}#{seq}")
}

impl Taker {
    fn new_op(&mut self) -> (u64, Op) {
        self.next_seq += 1;
        let seq = self.next_seq;
        let text = mark(&self.id, seq);
        let anchor = Anchor {
            item: 0,
            group: None,
        };
        // Mostly notes, some commitments: both are what note-takers send.
        let op = if seq.is_multiple_of(5) {
            Op::AddCommitment {
                written: None,
                draft: CommitmentDraft {
                    what: text,
                    owner: "Ministry of Finance".into(),
                    deadline: Utc::now().date_naive() + chrono::Duration::days(30),
                    anchor,
                    past_deadline_confirmed: false,
                },
            }
        } else {
            Op::AddNote {
                text,
                anchor,
                written: None,
            }
        };
        self.pending.push((seq, op.clone()));
        (seq, op)
    }
}

/// Connects (retrying until `stop`), says hello, resends what is pending, then sends a new
/// operation every `pace` (if given) and records acknowledgements until the host goes away.
fn take_notes(
    taker: Arc<Mutex<Taker>>,
    socket: PathBuf,
    stop: Arc<AtomicBool>,
    pace: Option<Duration>,
) {
    let id = taker.lock().unwrap().id.clone();
    let stream = loop {
        if stop.load(Ordering::Relaxed) {
            return;
        }
        // Refused until the restarted host listens (or fails on hello if it dies first).
        match support::protocol_client(&socket, &id) {
            Ok(s) => break s,
            Err(_) => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut line = Vec::new();
    // The welcome says which operations the host already has; resend the rest in order.
    let last_seq = loop {
        if read_host_line(&mut reader, &mut line).is_err() {
            return;
        }
        if let Ok(HostMsg::Welcome { last_seq, .. }) = serde_json::from_slice(&line) {
            break last_seq;
        }
    };
    let resend: Vec<(u64, Op)> = {
        let mut t = taker.lock().unwrap();
        t.welcomed += 1;
        t.pending.retain(|(seq, _)| *seq > last_seq);
        t.pending.clone()
    };
    for (seq, op) in resend {
        if writer
            .write_all(&encode(&ClientMsg::Op { seq, op }))
            .is_err()
        {
            return;
        }
    }
    let sender = {
        let taker = Arc::clone(&taker);
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || {
            let Some(pace) = pace else { return };
            while !stop.load(Ordering::Relaxed) {
                let (seq, op) = taker.lock().unwrap().new_op();
                if writer
                    .write_all(&encode(&ClientMsg::Op { seq, op }))
                    .is_err()
                {
                    return;
                }
                std::thread::sleep(pace);
            }
        })
    };
    while read_host_line(&mut reader, &mut line).is_ok() {
        match serde_json::from_slice(&line) {
            Ok(HostMsg::Ack { seq }) => {
                let mut t = taker.lock().unwrap();
                t.acked.insert(seq);
                t.pending.retain(|(s, _)| *s != seq);
            }
            Ok(HostMsg::Refused { seq, error }) => {
                taker
                    .lock()
                    .unwrap()
                    .refused
                    .push(format!("#{seq}: {error}"));
            }
            _ => {}
        }
    }
    let _ = sender.join();
}

/// How many times each mark appears in the session's notes and commitments.
fn marks_in(session: &Session) -> HashMap<String, usize> {
    let live = session.live.as_ref().expect("a live session");
    let mut count = HashMap::new();
    let texts = live
        .notes
        .iter()
        .map(|n| n.text.clone())
        .chain(live.commitments.iter().map(|c| c.what.clone()));
    for text in texts {
        *count.entry(text).or_insert(0) += 1;
    }
    count
}

/// Checks the file after a kill: it loads, nothing appears twice, and everything
/// acknowledged so far is there.
fn check(file: &Path, takers: &[Arc<Mutex<Taker>>], kill: usize, seed: u64) -> usize {
    let session = store::load(file)
        .unwrap_or_else(|e| panic!("kill {kill} (seed {seed}): the file does not load: {e}"));
    let marks = marks_in(&session);
    if let Some((text, n)) = marks.iter().find(|(_, n)| **n > 1) {
        panic!("kill {kill} (seed {seed}): {text} is in the file {n} times");
    }
    let mut acked = 0;
    for taker in takers {
        let t = taker.lock().unwrap();
        assert!(
            t.refused.is_empty(),
            "kill {kill} (seed {seed}): refused {:?}",
            t.refused
        );
        for seq in &t.acked {
            acked += 1;
            assert!(
                marks.contains_key(&mark(&t.id, *seq)),
                "kill {kill} (seed {seed}): {} was acknowledged but is not in the file",
                mark(&t.id, *seq)
            );
        }
    }
    acked
}

/// A started session in the sessions directory, as `plenary run` would leave it.
fn started_session(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
    let mut session: Session = serde_json::from_str(&text).unwrap();
    let now = Utc::now();
    session.begin_live("crash-loop".into(), None, now);
    let me = Author {
        name: "facilitator".into(),
        uid: None,
    };
    let at = Moment {
        now,
        today: now.date_naive(),
    };
    session.apply(&Op::StartSession, &me, at).unwrap();
    std::fs::create_dir_all(dir).unwrap();
    let file = dir.join("crash-loop.json");
    save::write_atomic(&file, &save::to_json(&session)).unwrap();
    file
}

fn sigkill(pid: u32) {
    let status = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill -KILL {pid} failed");
}

/// Starts the host and three note-takers; returns the stop flag and the note-takers' threads.
fn round(
    file: &Path,
    live: &LiveDirs,
    takers: &[Arc<Mutex<Taker>>],
    pace: Option<Duration>,
) -> (Term, Arc<AtomicBool>, Vec<std::thread::JoinHandle<()>>) {
    let host = Term::spawn(&["run", file.to_str().unwrap()], &live.env(), 100, 30);
    let socket = plenary::live::socket::socket_path(&live.run, file).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let threads = takers
        .iter()
        .map(|t| {
            let (t, socket, stop) = (Arc::clone(t), socket.clone(), Arc::clone(&stop));
            std::thread::spawn(move || take_notes(t, socket, stop, pace))
        })
        .collect();
    (host, stop, threads)
}

#[test]
fn a_host_killed_hundreds_of_times_never_loses_an_acknowledged_operation() {
    let kills: usize = std::env::var("PLENARY_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let seed: u64 = std::env::var("PLENARY_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_2026);
    let mut rng = Rng(seed | 1);
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let file = started_session(&live.sessions);
    let takers: Vec<Arc<Mutex<Taker>>> = (1..=3)
        .map(|k| {
            Arc::new(Mutex::new(Taker {
                id: format!("taker{k}"),
                ..Taker::default()
            }))
        })
        .collect();
    let pace = Some(Duration::from_millis(15));
    let started = Instant::now();
    let mut acked = 0;
    for kill in 1..=kills {
        let (host, stop, threads) = round(&file, &live, &takers, pace);
        // Any moment: before the socket is up, during the welcome, between an operation
        // and its save, in the middle of a write.
        std::thread::sleep(Duration::from_millis(rng.below(600)));
        sigkill(host.pid());
        stop.store(true, Ordering::Relaxed);
        drop(host);
        for t in threads {
            t.join().unwrap();
        }
        acked = check(&file, &takers, kill, seed);
    }
    // The last host only takes the resends, until every one is acknowledged.
    let (mut host, stop, threads) = round(&file, &live, &takers, None);
    let deadline = Instant::now() + Duration::from_secs(20);
    while takers.iter().any(|t| !t.lock().unwrap().pending.is_empty()) {
        assert!(
            Instant::now() < deadline,
            "resends were never acknowledged; the host shows:\n{}",
            host.contents()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    stop.store(true, Ordering::Relaxed);
    host.send("q");
    // A running timer (or unsaved changes) makes `q` ask first; otherwise it just quits.
    if host
        .wait_for_any(&["Quit anyway", "Session saved"])
        .contains("Quit anyway")
    {
        host.send("y");
    }
    assert!(host.wait_exit(), "the last host quit cleanly");
    for t in threads {
        t.join().unwrap();
    }
    check(&file, &takers, kills + 1, seed);
    let marks = marks_in(&store::load(&file).unwrap());
    let mut sent = 0;
    for taker in &takers {
        let t = taker.lock().unwrap();
        for seq in 1..=t.next_seq {
            sent += 1;
            let n = marks.get(&mark(&t.id, seq)).copied().unwrap_or(0);
            // Sent by a thread the kill interrupted, possibly never written to the socket:
            // then it stays pending, and the final round resent it.
            assert_eq!(n, 1, "{} is in the file {n} times", mark(&t.id, seq));
        }
    }
    for taker in &takers {
        let t = taker.lock().unwrap();
        assert!(
            t.welcomed > kills / 3,
            "{} got in to only {} of {kills} hosts",
            t.id,
            t.welcomed
        );
    }
    assert!(
        acked > kills,
        "only {acked} operations were acknowledged across {kills} kills: the loop proved little"
    );
    println!(
        "{kills} SIGKILLs in {:.0?}: {acked} operations acknowledged before the last kill, \
         {sent} sent in all, each in the file exactly once; the file grew to {} KiB (seed {seed})",
        started.elapsed(),
        std::fs::metadata(&file).unwrap().len() / 1024
    );
}

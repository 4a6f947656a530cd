//! The live host with real Unix sockets and several clients in one test: convergence,
//! roles, exactly-once delivery across reconnection, and peers that misbehave.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use plenary::app::App;
use plenary::domain::*;
use plenary::live::host::{Access, Host, HostEvent};
use plenary::live::protocol::{ClientMsg, HostMsg, PROTOCOL_VERSION, Role, encode};
use plenary::live::serve;

fn now() -> Moment {
    Moment {
        now: Utc::now(),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn facilitator() -> App {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("live-test".into(), None, Utc::now());
    let mut app = App::new(
        s,
        Author {
            name: "amina".into(),
            uid: None,
        },
        "s.json".into(),
    );
    app.apply(Op::StartSession, now()).unwrap();
    app
}

struct Hosted {
    _dir: tempfile::TempDir,
    host: Host,
    events: Receiver<HostEvent>,
    app: App,
    path: std::path::PathBuf,
}

fn hosted() -> Hosted {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sock");
    let (tx, events) = mpsc::channel();
    let host = Host::start(&path, Access::default(), move |e| {
        let _ = tx.send(e);
    })
    .unwrap();
    Hosted {
        _dir: dir,
        host,
        events,
        app: facilitator(),
        path,
    }
}

impl Hosted {
    /// Runs the facilitator's side of the loop for a while.
    fn pump(&mut self, for_how_long: Duration) {
        let end = Instant::now() + for_how_long;
        while Instant::now() < end {
            let mut acks = Vec::new();
            if let Ok(e) = self.events.recv_timeout(Duration::from_millis(5)) {
                serve::handle(&self.host, &mut self.app, e, now(), &mut acks);
            }
            let applied = self.app.take_applied();
            serve::publish(&self.host, &applied, &self.app.session);
            // As if every save were instant.
            serve::release_acks(&self.host, &mut acks, u64::MAX);
        }
    }
}

/// A minimal client: its own copy of the session, kept in step from the host's messages.
struct Client {
    stream: UnixStream,
    inbox: Receiver<HostMsg>,
    session: Option<Session>,
    acks: Vec<u64>,
    refused: Vec<(u64, String)>,
    errors: Vec<String>,
}

impl Client {
    fn connect(path: &Path, name: &str, role: Role, id: &str) -> Client {
        let stream = UnixStream::connect(path).unwrap();
        let (tx, inbox) = mpsc::channel();
        let reader = stream.try_clone().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(reader).lines() {
                let Ok(line) = line else { break };
                let Ok(msg) = serde_json::from_str::<HostMsg>(&line) else {
                    break;
                };
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        let mut c = Client {
            stream,
            inbox,
            session: None,
            acks: vec![],
            refused: vec![],
            errors: vec![],
        };
        c.send(&ClientMsg::Hello {
            version: PROTOCOL_VERSION,
            name: name.into(),
            role,
            client: id.into(),
            secret: format!("secret-of-{id}-0123456789abcdef"),
        });
        c
    }

    fn send(&mut self, msg: &ClientMsg) {
        // A connection the host refused (past its caps) is closed: what follows is lost,
        // and the assertions on what came back tell.
        let _ = self.stream.write_all(&encode(msg));
    }

    fn drain(&mut self) {
        while let Ok(msg) = self.inbox.try_recv() {
            match msg {
                HostMsg::Welcome { session, .. } | HostMsg::State { session } => {
                    self.session = Some(*session)
                }
                HostMsg::Applied {
                    revision,
                    op,
                    by,
                    at,
                    origin,
                } => {
                    let s = self.session.as_mut().expect("welcomed first");
                    let have = s.live.as_ref().unwrap().revision;
                    if revision <= have {
                        continue;
                    }
                    assert_eq!(revision, have + 1, "operations arrive in order");
                    plenary::live::protocol::apply_applied(s, &op, &by, at, origin.as_ref())
                        .expect("the host's operation applies identically here");
                }
                HostMsg::Ack { seq } => self.acks.push(seq),
                HostMsg::Refused { seq, error } => self.refused.push((seq, error)),
                HostMsg::Error { message, .. } => self.errors.push(message),
                HostMsg::Closing { ended } => self.errors.push(format!("closing, ended: {ended}")),
            }
        }
    }
}

fn note(text: &str) -> Op {
    Op::AddNote {
        written: None,
        text: text.into(),
        anchor: Anchor {
            item: 0,
            group: None,
        },
    }
}

#[test]
fn every_client_ends_with_the_same_session_as_the_host() {
    let mut h = hosted();
    let mut clients: Vec<Client> = (0..3)
        .map(|i| {
            Client::connect(
                &h.path,
                &format!("taker{i}"),
                Role::NoteTaker,
                &format!("c{i}"),
            )
        })
        .collect();
    h.pump(Duration::from_millis(100));
    for round in 1..=10u64 {
        for (i, c) in clients.iter_mut().enumerate() {
            c.send(&ClientMsg::Op {
                seq: round,
                op: note(&format!("note {round} from {i}")),
            });
        }
        h.app
            .apply(note(&format!("facilitator note {round}")), now())
            .unwrap();
    }
    h.pump(Duration::from_millis(400));
    for c in &mut clients {
        c.drain();
        assert_eq!(c.acks.len(), 10);
        assert!(
            c.session.as_ref().unwrap() == &*serve::for_clients(&h.app.session),
            "a client did not converge"
        );
    }
    let notes = &h.app.session.live.as_ref().unwrap().notes;
    assert_eq!(notes.len(), 40);
    let by_taker1 = notes.iter().filter(|n| n.author.name == "taker1").count();
    assert_eq!(by_taker1, 10);
    assert!(
        notes
            .iter()
            .all(|n| n.author.uid.is_some() || n.author.name == "amina"),
        "remote authors carry their uid"
    );
}

#[test]
fn roles_are_enforced_by_the_host() {
    let mut h = hosted();
    let mut taker = Client::connect(&h.path, "joseph", Role::Facilitator, "t");
    let mut viewer = Client::connect(&h.path, "screen", Role::Viewer, "v");
    h.pump(Duration::from_millis(100));
    taker.send(&ClientMsg::Op {
        seq: 1,
        op: Op::GoToItem { item: 2 },
    });
    viewer.send(&ClientMsg::Op {
        seq: 1,
        op: note("hello"),
    });
    h.pump(Duration::from_millis(150));
    taker.drain();
    viewer.drain();
    assert!(
        taker.refused[0].1.contains("note-taker"),
        "asking for facilitator gives note-taker: {:?}",
        taker.refused
    );
    assert!(viewer.refused[0].1.contains("viewer"));
    assert_eq!(h.app.current_item(), 0);
    assert!(h.app.session.live.as_ref().unwrap().notes.is_empty());
}

#[test]
fn an_operation_resent_after_reconnecting_lands_once() {
    let mut h = hosted();
    let mut c = Client::connect(&h.path, "joseph", Role::NoteTaker, "same-client");
    h.pump(Duration::from_millis(100));
    c.send(&ClientMsg::Op {
        seq: 1,
        op: note("only once"),
    });
    drop(c); // the link drops before the client saw an ack
    h.pump(Duration::from_millis(150));
    let mut again = Client::connect(&h.path, "joseph", Role::NoteTaker, "same-client");
    h.pump(Duration::from_millis(100));
    again.drain();
    // The welcome says what is already in: the client resends only what is above it,
    // but even a blind resend is acknowledged without applying twice.
    again.send(&ClientMsg::Op {
        seq: 1,
        op: note("only once"),
    });
    h.pump(Duration::from_millis(150));
    again.drain();
    // One ack of 1 follows the welcome once the file holds it (issue 14, item 3: what was
    // applied while away is called saved only then), one answers the blind resend.
    assert_eq!(again.acks, vec![1, 1]);
    assert_eq!(h.app.session.live.as_ref().unwrap().notes.len(), 1);
}

#[test]
fn bad_peers_get_errors_and_never_stall_the_host() {
    let mut h = hosted();
    let mut good = Client::connect(&h.path, "good", Role::NoteTaker, "g");
    // Malformed JSON: an error, the connection stays.
    let mut noisy = Client::connect(&h.path, "noisy", Role::NoteTaker, "n");
    noisy
        .stream
        .write_all(b"{not json\n{\"type\":\"op\",\"seq\":1,\"op\":{\"op\":\"teleport\"}}\n")
        .unwrap();
    // An oversized line: closed.
    let mut huge = UnixStream::connect(&h.path).unwrap();
    let _ = huge.write_all(&vec![b'x'; 300 * 1024]);
    // A client that says nothing, and one that never reads what it is sent.
    let _silent = UnixStream::connect(&h.path).unwrap();
    let deaf = Client::connect(&h.path, "deaf", Role::Viewer, "d");
    h.pump(Duration::from_millis(100));
    // Flood: far more than any outbox holds, while `deaf` reads nothing.
    let started = Instant::now();
    for i in 0..3000 {
        h.app.apply(note(&format!("flood {i}")), now()).unwrap();
        let applied = h.app.take_applied();
        serve::publish(&h.host, &applied, &h.app.session);
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "publishing never blocks on a client that does not read"
    );
    good.send(&ClientMsg::Op {
        seq: 1,
        op: note("still works"),
    });
    h.pump(Duration::from_millis(800));
    good.drain();
    noisy.drain();
    assert_eq!(good.acks, vec![1]);
    assert!(
        good.session.as_ref().unwrap() == &*serve::for_clients(&h.app.session),
        "the good client did not catch up"
    );
    assert!(
        noisy
            .errors
            .iter()
            .any(|e| e.contains("not a plenary message")),
        "{:?}",
        noisy.errors
    );
    let mut buf = String::new();
    let _ = BufReader::new(&huge).read_line(&mut buf);
    assert!(buf.contains("longer than 256 KiB"), "{buf}");
    drop(deaf);
}

#[test]
fn two_hundred_connections_come_and_go_and_the_host_still_answers() {
    let mut h = hosted();
    for i in 0..200 {
        let c = Client::connect(&h.path, "flaky", Role::NoteTaker, &format!("f{i}"));
        if i % 20 == 0 {
            h.pump(Duration::from_millis(5));
        }
        drop(c);
    }
    h.pump(Duration::from_millis(300));
    let mut c = Client::connect(&h.path, "after", Role::NoteTaker, "after");
    c.send(&ClientMsg::Op {
        seq: 1,
        op: note("after the storm"),
    });
    h.pump(Duration::from_millis(200));
    c.drain();
    assert_eq!(c.acks, vec![1]);
    assert!(h.host.people().len() <= 1, "departed clients are forgotten");
}

#[test]
fn another_protocol_version_is_told_so_and_the_socket_is_private() {
    let h = hosted();
    let mode = std::fs::metadata(&h.path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "only this user can connect");
    let mut old = UnixStream::connect(&h.path).unwrap();
    old.write_all(&encode(&ClientMsg::Hello {
        version: 99,
        name: "x".into(),
        role: Role::NoteTaker,
        client: "x".into(),
        secret: "secret-of-x-0123456789abcdef".into(),
    }))
    .unwrap();
    let mut line = String::new();
    BufReader::new(&old).read_line(&mut line).unwrap();
    assert!(
        line.contains("speaks protocol 1, your plenary speaks 99"),
        "{line}"
    );
}

#[test]
fn the_second_of_two_concurrent_edits_is_refused_naming_who_changed_it() {
    let mut h = hosted();
    let draft = |owner: &str| CommitmentDraft {
        what: "Draft terms of reference".into(),
        owner: owner.into(),
        deadline: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
        anchor: Anchor {
            item: 0,
            group: None,
        },
        past_deadline_confirmed: false,
    };
    h.app
        .apply(
            Op::AddCommitment {
                written: None,
                draft: draft("Ministry of Health"),
            },
            now(),
        )
        .unwrap();
    let mut joseph = Client::connect(&h.path, "Joseph", Role::NoteTaker, "j");
    let mut clara = Client::connect(&h.path, "Clara", Role::NoteTaker, "c");
    h.pump(Duration::from_millis(100));
    // Both opened the form on revision 0 of C1.
    joseph.send(&ClientMsg::Op {
        seq: 1,
        op: Op::EditCommitment {
            id: "C1".into(),
            base_revision: 0,
            draft: draft("Ministry of Planning"),
        },
    });
    h.pump(Duration::from_millis(100));
    clara.send(&ClientMsg::Op {
        seq: 1,
        op: Op::EditCommitment {
            id: "C1".into(),
            base_revision: 0,
            draft: draft("EU Delegation"),
        },
    });
    h.pump(Duration::from_millis(150));
    joseph.drain();
    clara.drain();
    assert_eq!(joseph.acks, vec![1]);
    assert_eq!(clara.refused.len(), 1);
    assert!(
        clara.refused[0]
            .1
            .contains("Joseph changed this commitment"),
        "{:?}",
        clara.refused
    );
    assert_eq!(
        h.app.session.live.as_ref().unwrap().commitments[0].owner,
        "Ministry of Planning"
    );
}

/// A small fixed-seed generator, so CI repeats the same inputs.
struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn fuzzed_input_gets_errors_and_the_host_keeps_serving() {
    let mut h = hosted();
    let valid = [
        r#"{"type":"op","seq":1,"op":{"op":"add_note","text":"x","anchor":{"item":0}}}"#,
        r#"{"type":"op","seq":2,"op":{"op":"add_commitment","draft":{"what":"a","owner":"b","deadline":"2027-01-01","anchor":{"item":0}}}}"#,
        r#"{"type":"sync"}"#,
        r#"{"type":"op","seq":3,"op":{"op":"go_to_item","item":4}}"#,
    ];
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut fuzzer = Client::connect(&h.path, "fuzzer", Role::NoteTaker, "fz");
    for round in 0..1000 {
        let mut line: Vec<u8> = valid[round % valid.len()].as_bytes().to_vec();
        match rng.next() % 4 {
            // Flip bytes.
            0 => {
                for _ in 0..1 + rng.next() % 4 {
                    let i = (rng.next() as usize) % line.len();
                    line[i] = (rng.next() % 256) as u8;
                }
            }
            // Cut short.
            1 => line.truncate((rng.next() as usize) % line.len()),
            // Raw noise.
            2 => line = (0..rng.next() % 200).map(|_| (rng.next() % 256) as u8).collect(),
            // Wrong types in the right shape.
            _ => line = format!(r#"{{"type":"op","seq":{},"op":{{"op":"add_note","text":{},"anchor":{{"item":-1}}}}}}"#, rng.next(), rng.next()).into_bytes(),
        }
        line.retain(|b| *b != b'\n');
        line.push(b'\n');
        if fuzzer.stream.write_all(&line).is_err() {
            // Too many bad lines: the host closed this one, as it should. Start another.
            fuzzer = Client::connect(&h.path, "fuzzer", Role::NoteTaker, "fz");
        }
        if round % 50 == 0 {
            h.pump(Duration::from_millis(10));
        }
    }
    h.pump(Duration::from_millis(300));
    let mut good = Client::connect(&h.path, "after", Role::NoteTaker, "after-fuzz");
    good.send(&ClientMsg::Op {
        seq: 1,
        op: note("still answering"),
    });
    h.pump(Duration::from_millis(200));
    good.drain();
    assert_eq!(good.acks, vec![1]);
    assert!(
        h.app.session.problems().is_empty(),
        "the session is still valid after the fuzzing"
    );
}

impl Hosted {
    /// Runs the facilitator's loop until `done` holds for the clients, or fails after 10 s.
    fn pump_until(&mut self, clients: &mut [&mut Client], done: impl Fn(&[&mut Client]) -> bool) {
        let end = Instant::now() + Duration::from_secs(10);
        loop {
            self.pump(Duration::from_millis(10));
            for c in clients.iter_mut() {
                c.drain();
            }
            if done(clients) {
                return;
            }
            assert!(Instant::now() < end, "timed out waiting");
        }
    }
}

// Issue 12, item 13: note-takers see plan changes at once and cannot change the plan; they
// correct or delete only their own notes (host-enforced, whatever a client sends).
#[test]
fn plan_changes_reach_note_takers_who_cannot_make_them() {
    let mut h = hosted();
    let mut lina = Client::connect(&h.path, "lina", Role::NoteTaker, "lina-1");
    let mut joseph = Client::connect(&h.path, "joseph", Role::NoteTaker, "joseph-1");
    h.pump_until(&mut [&mut lina, &mut joseph], |c| {
        c.iter().all(|c| c.session.is_some())
    });
    let late = plenary::domain::ops::NewGroup {
        name: "Đoàn đến muộn".into(),
        presenter: "Lê Thị Thu".into(),
        topic: String::new(),
        minutes: None,
    };
    h.app
        .apply(
            Op::AddGroup {
                group: late.clone(),
            },
            now(),
        )
        .unwrap();
    let groups = h.app.session.groups.len();
    h.pump_until(&mut [&mut lina, &mut joseph], |c| {
        c.iter()
            .all(|c| c.session.as_ref().is_some_and(|s| s.groups.len() == groups))
    });
    // Plan changes from a note-taker are refused by the host.
    lina.send(&ClientMsg::Op {
        seq: 1,
        op: Op::AddGroup { group: late },
    });
    lina.send(&ClientMsg::Op {
        seq: 2,
        op: Op::SetItemMinutes {
            item: 0,
            minutes: 90,
        },
    });
    lina.send(&ClientMsg::Op {
        seq: 3,
        op: note("lina's note"),
    });
    h.pump_until(&mut [&mut lina], |c| {
        c[0].refused.len() == 2 && c[0].acks == [3]
    });
    assert!(
        lina.refused
            .iter()
            .all(|(_, why)| why.contains("facilitator"))
    );
    assert_eq!(h.app.session.groups.len(), groups);
    assert_eq!(h.app.session.agenda[0].minutes, 15);
    // Joseph cannot touch lina's note; lina can.
    joseph.send(&ClientMsg::Op {
        seq: 1,
        op: Op::DeleteNote { index: 0 },
    });
    lina.send(&ClientMsg::Op {
        seq: 4,
        op: Op::EditNote {
            index: 0,
            text: "lina's note, corrected".into(),
        },
    });
    h.pump_until(&mut [&mut lina, &mut joseph], |c| {
        c[0].acks.contains(&4) && !c[1].refused.is_empty()
    });
    assert!(
        joseph.refused[0].1.contains("only the notes"),
        "{:?}",
        joseph.refused
    );
    let note = &h.app.session.live.as_ref().unwrap().notes[0];
    assert_eq!(
        (note.text.as_str(), note.deleted),
        ("lina's note, corrected", false)
    );
}

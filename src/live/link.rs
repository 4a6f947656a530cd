//! A note-taker's connection to the host: connects, says hello, passes every message on,
//! and reconnects on its own when the host goes away (until the host ends it on purpose:
//! a fatal error, or the session ended).

use std::io::{BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::protocol::{ClientMsg, HostMsg, encode, read_host_line};
use super::trust::Expect;

/// What the link reports to the client's loop.
#[derive(Debug)]
pub enum LinkEvent {
    Connected,
    /// Boxed: a host message holds an operation, much larger than the other events.
    Message(Box<HostMsg>),
    /// The connection dropped; the link is trying again.
    Lost,
    /// The host ended the connection for good (e.g. the facilitator disconnected us).
    Closed(String),
    /// The host did not let us in, for now (its cap of connections is reached), and said
    /// why; the link tries again.
    NotLetIn(String),
}

/// How the host closed a client's link (issue 14, item 7).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostClosed {
    /// The facilitator closed plenary without ending the session: it may be resumed.
    ForNow,
    /// The session ended and the facilitator closed plenary: nothing more to join.
    Ended,
    /// The connection was ended for good, and why ("the facilitator disconnected you").
    Cut(String),
}

impl HostClosed {
    /// Whether the link stopped for good.
    pub fn is_final(&self) -> bool {
        !matches!(self, HostClosed::ForNow)
    }
}

/// The sending half, shared with the thread that keeps the connection up.
#[derive(Clone, Default)]
pub struct Link {
    stream: Arc<Mutex<Option<UnixStream>>>,
}

/// How long to wait between attempts to reach the host.
const RETRY: Duration = Duration::from_millis(500);
/// How long to wait after the host said it has no room for us yet.
const RETRY_REFUSED: Duration = Duration::from_secs(2);

impl Link {
    /// Starts connecting to `socket`; `hello` is sent on every (re)connection, once the
    /// process that answered passes `trust`'s checks (a failure ends the link).
    pub fn start(
        socket: PathBuf,
        hello: ClientMsg,
        trust: Expect,
        report: impl Fn(LinkEvent) + Send + 'static,
    ) -> Link {
        let link = Link::default();
        let shared = link.clone();
        let _ = std::thread::Builder::new()
            .name("plenary-link".into())
            .spawn(move || {
                loop {
                    let Ok(stream) = UnixStream::connect(&socket) else {
                        std::thread::sleep(RETRY);
                        continue;
                    };
                    if let Err(e) = trust.check(&stream) {
                        report(LinkEvent::Closed(format!("{e:#}")));
                        return;
                    }
                    let (Ok(reader), Ok(mut writer)) = (stream.try_clone(), stream.try_clone())
                    else {
                        std::thread::sleep(RETRY);
                        continue;
                    };
                    // Even when the hello cannot be written, the host may have said why it
                    // closed the connection: read that before trying again.
                    if writer.write_all(&encode(&hello)).is_ok() {
                        if let Ok(mut s) = shared.stream.lock() {
                            *s = Some(stream);
                        }
                        report(LinkEvent::Connected);
                    }
                    let mut reader = BufReader::new(reader);
                    let mut line = Vec::new();
                    let (mut ended, mut welcomed, mut refusal) = (None, false, None);
                    // Any read error (closed, broken, oversized) ends this connection.
                    while read_host_line(&mut reader, &mut line).is_ok() {
                        match serde_json::from_slice::<HostMsg>(&line) {
                            Ok(HostMsg::Error {
                                message,
                                fatal: true,
                            }) => ended = Some(message),
                            // Before a welcome, a non-fatal error is why the host did not
                            // let us in (no room for now); it closes and we try again.
                            Ok(HostMsg::Error {
                                message,
                                fatal: false,
                            }) if !welcomed => refusal = Some(message),
                            // The session ended: the host said so, so no more tries.
                            Ok(msg @ HostMsg::Closing { ended: true }) => {
                                report(LinkEvent::Message(Box::new(msg)));
                                ended = Some("the session ended".to_string());
                            }
                            Ok(msg) => {
                                welcomed |= matches!(msg, HostMsg::Welcome { .. });
                                report(LinkEvent::Message(Box::new(msg)));
                            }
                            Err(_) => {}
                        }
                    }
                    if let Ok(mut s) = shared.stream.lock() {
                        *s = None;
                    }
                    if let Some(reason) = ended {
                        report(LinkEvent::Closed(reason));
                        return;
                    }
                    match refusal {
                        Some(reason) => {
                            report(LinkEvent::NotLetIn(reason));
                            std::thread::sleep(RETRY_REFUSED);
                        }
                        None => {
                            report(LinkEvent::Lost);
                            std::thread::sleep(RETRY);
                        }
                    }
                }
            });
        link
    }

    /// Sends a message if connected; false when it could not be sent (it stays pending).
    pub fn send(&self, msg: &ClientMsg) -> bool {
        let Ok(mut guard) = self.stream.lock() else {
            return false;
        };
        match guard.as_mut() {
            Some(stream) => stream.write_all(&encode(msg)).is_ok(),
            None => false,
        }
    }
}

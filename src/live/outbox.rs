//! The lines waiting for one client's writer thread.
//!
//! Two kinds of line go out to a client. News (`applied`, `state`) can be replaced: when a
//! client falls behind, its news is dropped and it is sent the whole state once. Replies
//! (`welcome`, `ack`, `refused`, `error`) answer what that client did and cannot be
//! replaced: a dropped `ack` would leave a note-taker's note "sending" forever. So an
//! overflow drops news only, and a client is cut off only when even its replies pile up,
//! which means it has stopped reading.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, OnceLock};

use super::protocol::{HostMsg, encode};

/// News lines a client may have waiting before it is considered behind.
pub const MAX_NEWS: usize = 512;
/// Replies a client may have waiting before it is considered gone.
pub const MAX_REPLIES: usize = 65_536;
/// Bytes of replies a client may have waiting before it is considered gone: some 13,000
/// acknowledgements, or 850 refusals of the longest reason.
pub const MAX_REPLY_BYTES: usize = 256 * 1024;
/// Bytes of news (as estimated before encoding) a client may have waiting before it is
/// considered behind.
pub const MAX_NEWS_BYTES: usize = 1024 * 1024;

/// One message on its way to clients, encoded once however many clients it goes to. A line
/// made with `later` is encoded by the first writer thread that sends it, which keeps
/// encoding (a whole session, or a burst of operations) off the facilitator's loop.
pub struct Line {
    msg: Option<HostMsg>,
    bytes: OnceLock<Vec<u8>>,
    news: bool,
    state: bool,
    /// Its size in bytes, exact once encoded, estimated before.
    size: usize,
}

impl Line {
    /// A line encoded now: small replies.
    pub fn now(msg: &HostMsg) -> Arc<Line> {
        let bytes = encode(msg);
        Arc::new(Line {
            size: bytes.len(),
            bytes: OnceLock::from(bytes),
            news: is_news(msg),
            state: matches!(msg, HostMsg::State { .. }),
            msg: None,
        })
    }

    /// A line encoded when first written: news, and messages that carry the whole session.
    pub fn later(msg: HostMsg) -> Arc<Line> {
        Arc::new(Line {
            news: is_news(&msg),
            state: matches!(msg, HostMsg::State { .. }),
            size: estimate(&msg),
            msg: Some(msg),
            bytes: OnceLock::new(),
        })
    }

    /// The encoded line, newline included.
    pub fn bytes(&self) -> &[u8] {
        self.bytes
            .get_or_init(|| self.msg.as_ref().map(encode).unwrap_or_default())
    }
}

/// The size of a message encoded later: what its texts weigh, plus the frame. A whole
/// session counts for nothing, as only one is ever queued for a client.
fn estimate(msg: &HostMsg) -> usize {
    use crate::domain::Op;
    let texts = match msg {
        HostMsg::Applied { op, by, .. } => {
            by.name.len()
                + match op {
                    Op::AddNote { text, .. } => text.len(),
                    Op::AddCommitment { draft, .. } | Op::EditCommitment { draft, .. } => {
                        draft.what.len() + draft.owner.len()
                    }
                    Op::SetStatus { note, .. } => note.as_ref().map_or(0, String::len),
                    Op::FollowUp { note, .. } => note.len(),
                    _ => 0,
                }
        }
        _ => 0,
    };
    200 + texts
}

#[derive(Default)]
struct Queue {
    lines: VecDeque<Arc<Line>>,
    news: usize,
    news_bytes: usize,
    reply_bytes: usize,
    closed: bool,
    /// News was dropped; only a whole state may follow.
    behind: bool,
}

impl Queue {
    fn drop_news(&mut self) {
        self.lines.retain(|l| !l.news);
        self.news = 0;
        self.news_bytes = 0;
    }

    /// Adds a line, or drops it as news the client is too far behind for; false once the
    /// queue is closed.
    fn add(&mut self, line: Arc<Line>) -> bool {
        if self.closed {
            return false;
        }
        if line.state {
            // The whole state makes every older piece of news redundant.
            self.drop_news();
            self.behind = false;
        } else if line.news
            && (self.behind || self.news >= MAX_NEWS || self.news_bytes >= MAX_NEWS_BYTES)
        {
            self.drop_news();
            self.behind = true;
            return true;
        } else if !line.news
            && (self.lines.len() - self.news >= MAX_REPLIES
                || self.reply_bytes + line.size > MAX_REPLY_BYTES)
        {
            // It has stopped reading: cut it off.
            self.closed = true;
            self.lines.clear();
            self.news = 0;
            return false;
        }
        if line.news {
            self.news += 1;
            self.news_bytes += line.size;
        } else if line.msg.is_none() {
            // A reply encoded now; one encoded later is a welcome, counted as a session.
            self.reply_bytes += line.size;
        }
        self.lines.push_back(line);
        true
    }
}

/// A bounded queue between the facilitator's loop and one client's writer thread.
#[derive(Default)]
pub struct Outbox {
    queue: Mutex<Queue>,
    ready: Condvar,
}

/// Whether `msg` is news that the whole state replaces, as opposed to a reply.
pub fn is_news(msg: &HostMsg) -> bool {
    matches!(msg, HostMsg::Applied { .. } | HostMsg::State { .. })
}

impl Outbox {
    /// Queues a line. Returns false if the outbox is closed, or if the client stopped
    /// reading (its replies piled up past `MAX_REPLIES`): the outbox is then aborted.
    pub fn push(&self, line: Arc<Line>) -> bool {
        self.push_all([line])
    }

    /// Queues lines in order and wakes the writer once for all of them, not once each.
    pub fn push_all(&self, lines: impl IntoIterator<Item = Arc<Line>>) -> bool {
        let Ok(mut q) = self.queue.lock() else {
            return false;
        };
        for line in lines {
            if !q.add(line) {
                drop(q);
                self.ready.notify_all();
                return false;
            }
        }
        drop(q);
        self.ready.notify_one();
        true
    }

    /// No more lines will come; what is queued is still sent (a last error, say).
    pub fn close(&self) {
        if let Ok(mut q) = self.queue.lock() {
            q.closed = true;
        }
        self.ready.notify_all();
    }

    /// Closed, with nothing left to hand to the writer.
    pub fn is_drained(&self) -> bool {
        self.queue
            .lock()
            .map(|q| q.closed && q.lines.is_empty())
            .unwrap_or(true)
    }

    /// Drops what is queued, sends `line` as the last, and closes: how a client is told why
    /// it is cut off, by its own writer thread, never interleaved with another write.
    pub fn finish_with(&self, line: Arc<Line>) {
        if let Ok(mut q) = self.queue.lock() {
            q.lines.clear();
            q.news = 0;
            q.lines.push_back(line);
            q.closed = true;
        }
        self.ready.notify_all();
    }

    /// Stop now, dropping what is queued.
    pub fn abort(&self) {
        if let Ok(mut q) = self.queue.lock() {
            q.closed = true;
            q.lines.clear();
            q.news = 0;
        }
        self.ready.notify_all();
    }

    /// Every line queued, oldest first, waiting for one; None once closed and empty.
    pub fn pop_all(&self) -> Option<Vec<Arc<Line>>> {
        let mut q = self.queue.lock().ok()?;
        loop {
            if !q.lines.is_empty() {
                q.news = 0;
                q.news_bytes = 0;
                q.reply_bytes = 0;
                return Some(q.lines.drain(..).collect());
            }
            if q.closed {
                return None;
            }
            q = self.ready.wait(q).ok()?;
        }
    }

    /// Whether no more lines will be taken.
    pub fn is_closed(&self) -> bool {
        self.queue.lock().map_or(true, |q| q.closed)
    }

    /// Whether a whole state is already waiting to be written (another would add nothing).
    pub fn has_state(&self) -> bool {
        self.queue
            .lock()
            .is_ok_and(|q| q.lines.iter().any(|l| l.state))
    }

    /// Whether news was dropped and no whole state has been queued since: the client
    /// needs one.
    pub fn is_behind(&self) -> bool {
        self.queue.lock().is_ok_and(|q| q.behind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Anchor, Author, Moment, Op, Session};

    fn applied(revision: u64) -> Arc<Line> {
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        Line::now(&HostMsg::Applied {
            revision,
            op: Op::AddNote {
                written: None,
                text: format!("note {revision}"),
                anchor: Anchor {
                    item: 0,
                    group: None,
                },
            },
            by: Author {
                name: "Ana".into(),
                uid: None,
            },
            at: Moment {
                now,
                today: now.date_naive(),
            },
            origin: None,
        })
    }

    fn ack(seq: u64) -> Arc<Line> {
        Line::now(&HostMsg::Ack { seq })
    }

    fn session() -> Session {
        let text = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn state() -> Arc<Line> {
        Line::later(HostMsg::State {
            session: Box::new(session()),
        })
    }

    /// What the client would read, in order.
    fn drain(outbox: &Outbox) -> Vec<HostMsg> {
        outbox.close();
        std::iter::from_fn(|| outbox.pop_all())
            .flatten()
            .map(|l| serde_json::from_slice(l.bytes()).unwrap())
            .collect()
    }

    fn revisions(out: &[HostMsg]) -> Vec<u64> {
        out.iter()
            .filter_map(|m| match m {
                HostMsg::Applied { revision, .. } => Some(*revision),
                _ => None,
            })
            .collect()
    }

    fn acks(out: &[HostMsg]) -> Vec<u64> {
        out.iter()
            .filter_map(|m| match m {
                HostMsg::Ack { seq } => Some(*seq),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_client_that_falls_behind_loses_news_but_keeps_every_reply_in_order() {
        let outbox = Outbox::default();
        for i in 1..=2_000 {
            assert!(outbox.push(applied(i)));
            assert!(outbox.push(ack(i)));
        }
        assert!(outbox.is_behind(), "the client must be sent the state");
        let out = drain(&outbox);
        assert_eq!(acks(&out), (1..=2_000).collect::<Vec<u64>>());
        // Nothing after the overflow, so the client never sees a gap in what it applies.
        let kept = revisions(&out);
        assert_eq!(kept, (1..=kept.len() as u64).collect::<Vec<u64>>());
        assert!(kept.len() <= MAX_NEWS, "{} news lines kept", kept.len());
    }

    #[test]
    fn the_whole_state_replaces_older_news_and_news_flows_again_after_it() {
        let outbox = Outbox::default();
        for i in 1..=MAX_NEWS as u64 + 10 {
            outbox.push(applied(i));
        }
        assert!(outbox.is_behind());
        outbox.push(state());
        assert!(!outbox.is_behind(), "once the state is queued");
        outbox.push(applied(9_000));
        let out = drain(&outbox);
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(matches!(out[0], HostMsg::State { .. }));
        assert_eq!(revisions(&out), [9_000]);
    }

    #[test]
    fn a_client_keeping_up_gets_everything_and_is_never_sent_the_state() {
        let outbox = Outbox::default();
        for i in 1..=MAX_NEWS as u64 {
            outbox.push(applied(i));
        }
        assert!(!outbox.is_behind());
        assert_eq!(drain(&outbox).len(), MAX_NEWS);
    }

    #[test]
    fn a_client_whose_replies_pile_up_is_cut_off() {
        let outbox = Outbox::default();
        // Whichever comes first: the count of replies or their bytes.
        let fit = MAX_REPLIES.min(MAX_REPLY_BYTES / ack(1_000_000).bytes().len());
        for _ in 0..fit {
            assert!(outbox.push(ack(1_000_000)));
        }
        assert!(!outbox.push(ack(0)));
        assert!(outbox.pop_all().is_none(), "nothing more is written to it");
        assert!(!outbox.push(applied(1)));
    }

    #[test]
    fn a_client_whose_unread_replies_pass_the_byte_budget_is_cut_off() {
        // Issue 10, item 17: refusals of a client that reads nothing held 1.2 GB.
        let outbox = Outbox::default();
        let refusal = Line::now(&HostMsg::Refused {
            seq: 1,
            error: "x".repeat(crate::live::bounds::MAX_REASON),
        });
        let fit = MAX_REPLY_BYTES / refusal.bytes().len();
        for _ in 0..fit {
            assert!(outbox.push(Arc::clone(&refusal)));
        }
        assert!(!outbox.push(refusal), "past {MAX_REPLY_BYTES} bytes");
        assert!(outbox.pop_all().is_none());
    }

    #[test]
    fn a_line_for_many_clients_is_encoded_once_and_reads_back_as_sent() {
        let line = state();
        let first = line.bytes().as_ptr();
        assert_eq!(line.bytes().as_ptr(), first);
        assert!(line.bytes().ends_with(b"\n"));
        let back: HostMsg = serde_json::from_slice(line.bytes()).unwrap();
        let HostMsg::State { session: back } = back else {
            panic!("not a state: {back:?}")
        };
        assert_eq!(*back, session());
    }
}

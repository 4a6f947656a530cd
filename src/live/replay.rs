//! What the host remembers of the operations it applied for each client, so that an
//! operation sent again under a number already used is acknowledged only when it is truly
//! the one applied (a resend after a dropped link), and refused otherwise: an `ack` always
//! means applied. Bounded: a few recent operations per client, a fixed number of clients.

use std::collections::{HashMap, VecDeque};

use sha2::{Digest, Sha256};

use crate::domain::Op;

/// Operations remembered per client: more than a client has in flight across one reconnection.
const PER_CLIENT: usize = 256;
/// Clients remembered; the one heard from longest ago is forgotten first.
const CLIENTS: usize = 1024;

/// Recent (number, digest of the operation) pairs applied, per client id.
#[derive(Debug, Default)]
pub struct Replay {
    clients: HashMap<String, VecDeque<(u64, [u8; 32])>>,
    /// Client ids, least recently applied first.
    order: VecDeque<String>,
}

/// What is remembered of an operation: the SHA-256 of its JSON.
pub fn digest(op: &Op) -> [u8; 32] {
    Sha256::digest(serde_json::to_vec(op).unwrap_or_default()).into()
}

impl Replay {
    /// Remembers that operation `seq` of `client` was applied.
    pub fn applied(&mut self, client: &str, seq: u64, op: [u8; 32]) {
        if let Some(i) = self.order.iter().position(|c| c == client) {
            self.order.remove(i);
        }
        self.order.push_back(client.to_string());
        let recent = self.clients.entry(client.to_string()).or_default();
        recent.push_back((seq, op));
        if recent.len() > PER_CLIENT {
            recent.pop_front();
        }
        while self.order.len() > CLIENTS {
            if let Some(old) = self.order.pop_front() {
                self.clients.remove(&old);
            }
        }
    }

    /// Whether the operation with digest `op`, numbered `seq` by `client`, is the very
    /// operation applied under that number.
    pub fn was_applied(&self, client: &str, seq: u64, op: [u8; 32]) -> bool {
        self.clients
            .get(client)
            .is_some_and(|r| r.iter().any(|(s, o)| *s == seq && *o == op))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Anchor;

    fn note(text: &str) -> [u8; 32] {
        digest(&Op::AddNote {
            written: None,
            text: text.into(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
        })
    }

    #[test]
    fn only_the_same_operation_under_the_same_number_counts() {
        let mut r = Replay::default();
        r.applied("a", 3, note("third"));
        assert!(r.was_applied("a", 3, note("third")));
        assert!(!r.was_applied("a", 3, note("other")));
        assert!(!r.was_applied("a", 2, note("third")));
        assert!(!r.was_applied("b", 3, note("third")));
        for i in 0..=CLIENTS {
            r.applied(&format!("c{i}"), 1, note("x"));
        }
        assert!(!r.was_applied("a", 3, note("third")), "bounded");
    }
}

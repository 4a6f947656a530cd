//! How many connections the host serves: per Unix user and in all, and fewer still before
//! they say hello, so that one note-taker opening thousands of connections can neither
//! take the descriptors the facilitator's saves need nor keep others out. Each connection
//! holds one descriptor and two threads while it is admitted.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The host's caps, from the process's descriptor limit.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Connections of one Unix user (in the default mode, every note-taker is the
    /// facilitator's user: issue 14 asks for 20 note-takers on one account, beside a few
    /// screens and a join that is reconnecting while its old connection closes).
    pub per_user: usize,
    /// Connections in all.
    pub total: usize,
    /// Connections of one user that have not said hello yet.
    pub waiting_per_user: usize,
    /// Connections in all that have not said hello yet.
    pub waiting_total: usize,
    /// How long a connection has, from its start, to say hello.
    pub hello_deadline: Duration,
}

/// Descriptors kept free for saving, the terminal, the session lock and the like.
pub const RESERVE: u64 = 128;
/// Descriptors one admitted connection holds.
pub const FDS_PER_CONNECTION: u64 = 1;

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            per_user: 32,
            total: 96,
            waiting_per_user: 8,
            waiting_total: 16,
            hello_deadline: Duration::from_secs(10),
        }
    }
}

impl Limits {
    /// The default caps, lowered if the descriptor limit (raised to its hard maximum
    /// first) would not leave `RESERVE` free with every connection admitted.
    pub fn for_this_process() -> Limits {
        use rustix::process::{Resource, getrlimit, setrlimit};
        let mut limit = getrlimit(Resource::Nofile);
        if limit.current != limit.maximum {
            limit.current = limit.maximum;
            let _ = setrlimit(Resource::Nofile, limit);
        }
        let soft = getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX);
        let room = usize::try_from(soft.saturating_sub(RESERVE) / FDS_PER_CONNECTION)
            .unwrap_or(usize::MAX);
        let mut limits = Limits::default();
        limits.total = limits.total.min(room).max(1);
        limits.per_user = limits.per_user.min(limits.total);
        limits.waiting_total = limits.waiting_total.min(limits.total);
        limits.waiting_per_user = limits.waiting_per_user.min(limits.waiting_total);
        limits
    }
}

#[derive(Debug, Default)]
struct Counts {
    /// Per user: (connections, of which not yet said hello).
    by_user: HashMap<u32, (usize, usize)>,
    total: usize,
    waiting: usize,
}

/// The connections admitted now.
#[derive(Debug)]
pub struct Admission {
    limits: Limits,
    counts: Mutex<Counts>,
}

/// One admitted connection; dropping it frees its place.
#[derive(Debug)]
pub struct Ticket {
    admission: Arc<Admission>,
    uid: u32,
    waiting: bool,
}

impl Admission {
    /// No connection admitted yet.
    pub fn new(limits: Limits) -> Arc<Admission> {
        Arc::new(Admission {
            limits,
            counts: Mutex::default(),
        })
    }

    /// The caps in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// A place for a new connection of `uid`, or why there is none.
    pub fn admit(self: &Arc<Self>, uid: u32) -> Result<Ticket, String> {
        let mut c = self.counts.lock().map_err(|_| "the host is stopping")?;
        let l = &self.limits;
        let (mine, mine_waiting) = c.by_user.get(&uid).copied().unwrap_or((0, 0));
        if mine >= l.per_user {
            return Err(format!(
                "your Unix user already has {mine} connections to this session, the most allowed: quit another plenary join first"
            ));
        }
        if c.total >= l.total {
            return Err(
                "this session has as many connections as it serves; try again later".into(),
            );
        }
        if mine_waiting >= l.waiting_per_user || c.waiting >= l.waiting_total {
            return Err("too many connections are waiting to say hello; try again shortly".into());
        }
        c.by_user.insert(uid, (mine + 1, mine_waiting + 1));
        c.total += 1;
        c.waiting += 1;
        Ok(Ticket {
            admission: Arc::clone(self),
            uid,
            waiting: true,
        })
    }
}

impl Ticket {
    /// The connection said hello: it no longer counts as waiting.
    pub fn said_hello(&mut self) {
        if std::mem::take(&mut self.waiting)
            && let Ok(mut c) = self.admission.counts.lock()
        {
            c.waiting -= 1;
            if let Some(e) = c.by_user.get_mut(&self.uid) {
                e.1 -= 1;
            }
        }
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        self.said_hello();
        if let Ok(mut c) = self.admission.counts.lock() {
            c.total -= 1;
            if let Some(e) = c.by_user.get_mut(&self.uid) {
                e.0 -= 1;
                if e.0 == 0 {
                    c.by_user.remove(&self.uid);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_user_cannot_take_every_place() {
        let a = Admission::new(Limits {
            per_user: 3,
            total: 4,
            waiting_per_user: 2,
            waiting_total: 3,
            hello_deadline: Duration::from_secs(1),
        });
        let mut first = a.admit(1).unwrap();
        let _second = a.admit(1).unwrap();
        assert!(a.admit(1).unwrap_err().contains("waiting"));
        first.said_hello();
        let _third = a.admit(1).unwrap();
        assert!(a.admit(1).unwrap_err().contains("your Unix user"));
        let other = a.admit(2).unwrap();
        assert!(a.admit(3).unwrap_err().contains("as many connections"));
        drop(other);
        drop(first);
        assert!(a.admit(3).is_ok(), "places are given back");
    }
}

//! How many of one connection's events may wait for the facilitator's loop. A reader that
//! has that many waiting stops reading until one is handled, so a client that sends faster
//! than the loop applies is slowed at its own socket instead of queuing in the host's memory.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Events of one connection that may wait at once.
pub const MAX_IN_FLIGHT: usize = 8;

/// One connection's events on their way to the facilitator's loop.
#[derive(Default)]
pub struct Flow {
    in_flight: Mutex<usize>,
    handled: Condvar,
}

/// A place for one event; handing it back (dropping the event) lets the reader go on.
pub struct Credit(Arc<Flow>);

impl std::fmt::Debug for Credit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Credit")
    }
}

impl Flow {
    /// Waits for a place, or gives up after `patience` (the loop is gone or stuck).
    pub fn take(self: &Arc<Self>, patience: Duration) -> Option<Credit> {
        let guard = self.in_flight.lock().ok()?;
        let (mut n, waited) = self
            .handled
            .wait_timeout_while(guard, patience, |n| *n >= MAX_IN_FLIGHT)
            .ok()?;
        if waited.timed_out() && *n >= MAX_IN_FLIGHT {
            return None;
        }
        *n += 1;
        Some(Credit(Arc::clone(self)))
    }
}

impl Drop for Credit {
    fn drop(&mut self) {
        if let Ok(mut n) = self.0.in_flight.lock() {
            *n -= 1;
        }
        self.0.handled.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_waits_once_its_events_pile_up() {
        let flow = Arc::new(Flow::default());
        let held: Vec<Credit> = (0..MAX_IN_FLIGHT)
            .map(|_| flow.take(Duration::from_secs(1)).unwrap())
            .collect();
        assert!(flow.take(Duration::from_millis(20)).is_none());
        drop(held);
        assert!(flow.take(Duration::from_millis(20)).is_some());
    }
}

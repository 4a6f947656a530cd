//! One test at a time where a test holds a session lock while another starts `plenary`.
//!
//! A child process started by one test keeps copies of every file its parent had open
//! until it has started the program, the other test's lock file among them; that test's
//! next try for the lock on its own file is then refused as "live". Tests that take locks
//! and tests that start programs, in one test binary, take this guard first.

use std::sync::{Mutex, MutexGuard};

static ONE: Mutex<()> = Mutex::new(());

/// Held for the test's length; a test that failed while holding it does not stop the rest.
pub fn one_at_a_time() -> MutexGuard<'static, ()> {
    ONE.lock().unwrap_or_else(|e| e.into_inner())
}

//! Fuzz target: see `checks::protocol` for what every input must satisfy.
#![no_main]

use std::sync::OnceLock;

#[path = "../checks.rs"]
mod checks;

static SESSION: OnceLock<plenary::domain::Session> = OnceLock::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::protocol(data, SESSION.get_or_init(checks::live_session))
});

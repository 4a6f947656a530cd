//! Fuzz target: see `checks::values` for what every input must satisfy.
#![no_main]

use std::sync::OnceLock;

#[path = "../checks.rs"]
mod checks;

static BASES: OnceLock<Vec<serde_json::Value>> = OnceLock::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::values(data, BASES.get_or_init(checks::value_bases))
});

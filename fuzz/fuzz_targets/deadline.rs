//! Fuzz target: see `checks::deadline` for what every input must satisfy.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::deadline(data));

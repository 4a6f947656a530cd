//! Fuzz target: see `checks::loader` for what every input must satisfy.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::loader(data));

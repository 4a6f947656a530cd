//! The kept fuzz corpus, checked on every `cargo test`: each file in `tests/corpus/TARGET/`
//! goes through the same checks the fuzz target `TARGET` makes (`fuzz/checks.rs`). The
//! corpus holds the seeds, the inputs the fuzzer found that reach new code (minimised), and
//! every input that once made a check fail.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::PathBuf;

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// Runs `check` on every input, naming the file of the first one that fails.
fn each(target: &str, check: impl Fn(&[u8])) {
    for (path, bytes) in corpus(target) {
        if let Err(panic) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&bytes)))
        {
            let why = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{}: {why}", path.display());
        }
    }
}

#[test]
fn the_loader_corpus_still_passes() {
    each("loader", checks::loader);
}

#[test]
fn the_values_corpus_still_passes() {
    let bases = checks::value_bases();
    each("values", |bytes| checks::values(bytes, &bases));
}

#[test]
fn the_protocol_corpus_still_passes() {
    let session = checks::live_session();
    each("protocol", |bytes| checks::protocol(bytes, &session));
}

#[test]
fn the_deadline_corpus_still_passes() {
    each("deadline", checks::deadline);
}

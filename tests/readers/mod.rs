//! Independent readers for the documents plenary writes (issue 15): python-docx for DOCX,
//! Python's html.parser for HTML and its email package for messages, each a small script
//! beside this file that prints JSON. A reader that cannot run (no python3, no python-docx)
//! is a skip with the reason.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// What `script` says about `file`, or why it could not run (the caller prints `skipped:`).
pub fn read(script: &str, file: &Path) -> Result<serde_json::Value, String> {
    read_many(script, &[file.to_str().expect("a UTF-8 path")])
}

/// What `script` says about several files at once.
pub fn read_many(script: &str, files: &[&str]) -> Result<serde_json::Value, String> {
    let out = Command::new("python3")
        .arg(format!(
            "{}/tests/readers/{script}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .args(files)
        .output()
        .map_err(|e| format!("python3 cannot run: {e}"))?;
    if out.status.code() == Some(3) {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    assert!(
        out.status.success(),
        "{script} failed on {files:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(serde_json::from_slice(&out.stdout).expect("the reader prints JSON"))
}

/// Every cell text of every table, for "is it there" checks.
pub fn cells(doc: &serde_json::Value) -> Vec<String> {
    doc["tables"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|t| t.as_array().into_iter().flatten())
        .flat_map(|r| r.as_array().into_iter().flatten())
        .filter_map(|c| c.as_str().map(str::to_string))
        .collect()
}

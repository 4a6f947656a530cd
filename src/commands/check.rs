//! `plenary check`: validates session and agenda files and explains each problem, for
//! people and scripts alike (exit 1 if any file has one).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use plenary::store;

/// Checks each file and prints one verdict per file, with its problems.
pub fn check(files: &[PathBuf]) -> Result<ExitCode> {
    use plenary::domain::text::one_line;
    use plenary::store::load::shown;
    let mut bad = 0;
    let mut out = String::new();
    for file in files {
        match store::load(file) {
            Err(e) => {
                bad += 1;
                out.push_str(&format!("✗ {e}\n"));
            }
            Ok(session) => {
                let problems = session.problems();
                if problems.is_empty() {
                    let kind = if session.live.is_some() {
                        "recorded session"
                    } else {
                        "agenda"
                    };
                    out.push_str(&format!(
                        "✓ {}: a valid {kind}, “{}”\n",
                        shown(file),
                        one_line(&session.title)
                    ));
                } else {
                    bad += 1;
                    out.push_str(&format!(
                        "✗ {}: {} problem(s)\n",
                        shown(file),
                        problems.len()
                    ));
                    for p in problems {
                        out.push_str(&format!("    {}\n", one_line(&p.to_string())));
                    }
                }
            }
        }
    }
    store::output::to_stdout(out.as_bytes())?;
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

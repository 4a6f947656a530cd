//! The last words of `plenary run`, printed after the terminal is restored: exactly where
//! the session is, and how to resume it; the whole session on standard error when no file
//! would take it.

use std::io::Write;
use std::process::ExitCode;

use plenary::domain::Session;
use plenary::store;

use super::shell_quote;
use plenary::tr;

/// After the terminal is restored: say exactly where the session is. Only a file that was
/// read back after the last write is called saved.
pub fn finish(session: &Session, ending: store::rescue::Ending) -> ExitCode {
    use store::rescue::Ending;
    // The terminal may be gone (a dropped SSH link): never fail over a message.
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    match ending {
        Ending::Saved(written) => {
            for notice in &written.notices {
                let _ = writeln!(err, "plenary: {notice}");
            }
            let _ = writeln!(
                out,
                "{}",
                tr!("ending-saved", path = written.path.display().to_string())
            );
            let _ = writeln!(
                out,
                "{}",
                tr!("ending-resume", command = resume(&written.path))
            );
            say_sharing(&mut out, session);
            ExitCode::SUCCESS
        }
        Ending::Journaled { path, why } => {
            let _ = writeln!(
                err,
                "plenary: the file could not be rewritten ({why}), but it and its journal {} hold every change",
                store::journal::journal_path(&path).display()
            );
            let _ = writeln!(
                out,
                "{}",
                tr!("ending-saved-journal", path = path.display().to_string())
            );
            let _ = writeln!(out, "{}", tr!("ending-resume", command = resume(&path)));
            say_sharing(&mut out, session);
            ExitCode::SUCCESS
        }
        Ending::Rescued { path, file, why } => {
            let _ = writeln!(err, "plenary: NOT SAVED to {}: {why}", file.display());
            let _ = writeln!(
                err,
                "plenary: a copy of the whole session was written to {}",
                path.display()
            );
            let _ = writeln!(err, "{}", tr!("ending-resume", command = resume(&path)));
            ExitCode::from(1)
        }
        Ending::Nowhere { file, why, tried } => {
            let _ = writeln!(err, "plenary: NOT SAVED to {}: {why}", file.display());
            for (dir, reason) in &tried {
                let _ = writeln!(
                    err,
                    "plenary: no rescue copy in {}: {reason}",
                    dir.display()
                );
            }
            let _ = writeln!(
                err,
                "plenary: the session is ONLY in the output below: copy it into a file to keep it, then `plenary run FILE`."
            );
            let _ = err.write_all(&store::save::to_json(session));
            let _ = writeln!(
                err,
                "plenary: the session above is not on disk anywhere; copy it into a file to keep it."
            );
            ExitCode::from(1)
        }
    }
}

/// nc14 #1: the "Resume with:" line shares a shared session again; say so, and how not to.
fn say_sharing(out: &mut impl Write, session: &Session) {
    if let Some(s) = session.live.as_ref().and_then(|l| l.shared_with.as_ref()) {
        let _ = writeln!(
            out,
            "{}",
            tr!("ending-shared-again", group = s.group.as_str())
        );
    }
}

/// The command that resumes the session at `path`.
fn resume(path: &std::path::Path) -> String {
    format!("plenary run {}", shell_quote(path))
}

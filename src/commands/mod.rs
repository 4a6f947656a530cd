//! What each command does, one module per command, and the few helpers they share: who
//! the user is, where sessions are kept, the theme, loading a file that must be valid, and
//! the check that an interactive command has a terminal. `main` only parses and dispatches.

pub mod check;
pub mod commitments;
pub mod demo;
pub mod edit;
pub mod ending;
pub mod export;
pub mod join;
pub mod kept_form;
pub mod launch;
pub mod new;
pub mod remind;
pub mod report;
pub mod review;
pub mod run;
pub mod selection;
pub mod unfinished;

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use plenary::domain::{Author, Session};
use plenary::store::{self, paths};
use plenary::ui::Theme;

use crate::cli::{Cli, Command, JoinArgs};

/// Why an interactive command cannot start here, if it cannot: it draws a screen and reads
/// keys, so both standard input and output must be a terminal. Checked before anything
/// else, so that `echo | plenary run` or `ssh host plenary join` (no `-t`) explains itself
/// and creates nothing.
pub fn missing_terminal(command: Option<&Command>) -> Option<String> {
    use plenary::tr;
    use std::io::IsTerminal;
    let (name, hint) = match command {
        Some(Command::Run(_)) => ("plenary run", tr!("cli-hint-ssh")),
        Some(Command::Demo(args)) if !args.list => ("plenary demo", tr!("cli-hint-ssh")),
        Some(Command::New(_)) => ("plenary new", tr!("cli-hint-ssh")),
        Some(Command::Edit { .. }) => ("plenary edit", tr!("cli-hint-ssh")),
        Some(Command::Review(_)) => ("plenary review", tr!("cli-hint-review")),
        Some(Command::Join(JoinArgs { list: false, .. })) => ("plenary join", tr!("cli-hint-join")),
        None => ("plenary", tr!("cli-hint-launcher")),
        Some(_) => return None,
    };
    if !std::io::stdin().is_terminal() {
        Some(tr!("cli-needs-terminal-input", name = name, hint = hint))
    } else if !std::io::stdout().is_terminal() {
        Some(tr!("cli-needs-terminal-output", name = name, hint = hint))
    } else {
        None
    }
}

/// The colours the screens draw with: the theme asked for, without colour under NO_COLOR.
pub fn theme(cli: &Cli) -> Theme {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    Theme::new(cli.theme, no_color)
}

/// Where recorded sessions are kept: `--dir`, else `PLENARY_DIR`, else the data directory.
pub fn sessions_dir(cli: &Cli) -> PathBuf {
    paths::sessions_dir(cli.dir.as_deref())
}

/// Loads a session or agenda that is about to be used, refusing one with problems, which
/// are listed (the same list `plenary check` gives).
pub fn load_checked(file: &Path, to: &str) -> Result<Session> {
    use plenary::tr;
    let session = match store::load(file) {
        // Issue 16 (CLI messages), nc16b #1: the headline and each problem's explanation
        // in the language, as `plenary check` says them.
        Err(store::LoadError::Problems { path, problems }) => {
            let list: Vec<String> = problems
                .iter()
                .map(|p| {
                    plenary::domain::text::one_line(&plenary::i18n::problems::line(p)).into_owned()
                })
                .collect();
            let file = store::load::shown(&path);
            let count = problems.len();
            bail!(tr!(
                "run-problems",
                file = file,
                count = count,
                list = list.join(&tr!("load-problems-separator"))
            ))
        }
        other => other?,
    };
    match store::load::refusal(file, to, &session) {
        Some(why) => bail!(why),
        None => Ok(session),
    }
}

/// Who is at the keyboard, as recorded in notes, commitments and follow-up history: the
/// `--name` given, else the login name, with this process's Unix user id.
pub fn me(name: Option<&str>) -> Result<Author> {
    use std::os::unix::fs::MetadataExt;
    if let Some(found) = name.and_then(|n| plenary::domain::text::refused_char(n, false)) {
        bail!(plenary::tr!(
            "cli-name-refused",
            why = plenary::i18n::problems::char_refusal(found)
        ));
    }
    let uid = std::fs::metadata("/proc/self").ok().map(|m| m.uid());
    // nc14b #10: a blank --name ("") is no name: the login's is taken, as with none.
    let name = name
        .filter(|n| !n.trim().is_empty())
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok().filter(|n| !n.trim().is_empty()))
        .or_else(|| uid.and_then(plenary::live::users::user_name))
        .filter(|n| !n.trim().is_empty())
        .map(|n| plenary::domain::text::one_line(&n).into_owned())
        .unwrap_or_else(|| "unknown user".into());
    Ok(Author { name, uid })
}

/// A path as it can be pasted into a shell: quoted only when it needs to be.
pub fn shell_quote(path: &Path) -> String {
    let text = path.display().to_string();
    if text
        .chars()
        .all(|c| c.is_alphanumeric() || "/._-+".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// Where a person's typed text is kept between runs (join's drafts, the console's open
/// form): `PLENARY_STATE_DIR`, else the user's data directory, else `fallback/drafts`.
pub fn drafts_dir(fallback: &Path) -> PathBuf {
    std::env::var_os("PLENARY_STATE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            directories::ProjectDirs::from("org", "plenary", "plenary")
                .map(|d| d.data_local_dir().join("drafts"))
                .unwrap_or_else(|| fallback.join("drafts"))
        })
}

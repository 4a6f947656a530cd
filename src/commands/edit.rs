//! `plenary edit AGENDA.json`: the agenda editor on an agenda file, saved in place. A
//! recorded session is not an agenda: its plan changes in the console's plan view.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};

use plenary::clock::LiveClock;
use plenary::domain::Session;
use plenary::editor::Editor;
use plenary::editor::front::{EditorFront, EditorRunner};
use plenary::shell::Shell;

use super::theme;
use crate::cli::Cli;

/// Opens `file` in the editor.
pub fn edit(cli: &Cli, file: Option<&Path>) -> Result<ExitCode> {
    let Some(file) = file else {
        // What to give, not clap's usage line (nc13c #9).
        eprintln!(
            "{}\n  {}",
            plenary::tr!("cli-edit-needs"),
            plenary::tr!("cli-edit-usage")
        );
        return Ok(ExitCode::from(2));
    };
    if std::fs::symlink_metadata(file).is_err() {
        bail!(plenary::tr!(
            "cli-edit-missing",
            file = file.display().to_string(),
            quoted = super::shell_quote(file)
        ));
    }
    if file.is_dir() {
        bail!(plenary::tr!(
            "cli-edit-folder",
            file = file.display().to_string(),
            quoted = super::shell_quote(file)
        ));
    }
    // An agenda `run` would refuse opens here to be fixed (issue 13, item 3): only a file
    // that cannot be read as an agenda at all is refused, with where and how to fix it.
    let agenda = match plenary::store::load(file) {
        Ok(agenda) => agenda,
        // nc13b #7: one problem a line, as `plenary check` lists them, not joined by ';'.
        Err(plenary::store::LoadError::Problems { problems, .. }) => {
            let lines: Vec<String> = problems
                .iter()
                .map(|p| {
                    let said = plenary::i18n::problems::line(p);
                    format!("    {}", plenary::domain::text::one_line(&said))
                })
                .collect();
            // nc13c #2: what is refused and why, and how to fix it, in so many words.
            bail!(
                "{}\n{}",
                plenary::tr!(
                    "edit-refused",
                    file = file.display().to_string(),
                    count = problems.len(),
                    quoted = super::shell_quote(file)
                ),
                lines.join("\n")
            );
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(live) = &agenda.live {
        // nc13b #12: the agenda it was started from, by its path.
        let from = match &live.agenda_file {
            Some(a) => format!(": plenary edit {}", super::shell_quote(Path::new(a))),
            None => String::new(),
        };
        bail!(plenary::tr!(
            "cli-edit-recorded",
            file = file.display().to_string(),
            quoted = super::shell_quote(file),
            from = from
        ));
    }
    let dir = file
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    // The agenda's language is spoken before the editor opens (issue 16).
    plenary::i18n::follow(agenda.language());
    let said = match agenda.problems().len() {
        0 => None,
        n => Some((plenary::tr!("editor-opened-with-problems", count = n), true)),
    };
    open_editor(cli, agenda, Some(file.to_path_buf()), dir, true, said)
}

/// Runs the editor on `agenda` until the person quits, opening with `said` as its message;
/// says where the agenda was saved and how to run it.
pub fn open_editor(
    cli: &Cli,
    agenda: Session,
    file: Option<PathBuf>,
    dir: PathBuf,
    on_disk: bool,
    said: Option<(String, bool)>,
) -> Result<ExitCode> {
    // Issue 16: the editor speaks --lang, else the agenda's language, else the locale's.
    plenary::i18n::follow(agenda.language());
    let clock = LiveClock::start();
    let mut editor = Editor::new(agenda, file.clone(), dir, on_disk, clock.moment());
    // What the command found on the way (rows of a spreadsheet left out) is said on screen.
    editor.flash = said;
    // Saving checks that the file still holds what was opened.
    editor.disk = file.filter(|_| on_disk).and_then(|f| std::fs::read(f).ok());
    let theme = theme(cli);
    let mut front = EditorFront::new(editor, clock, &theme);
    Shell::default().run(&mut front, &mut EditorRunner)?;
    let editor = &front.editor;
    for said in &editor.said_at_exit {
        println!("{said}");
    }
    match &editor.rescued {
        Some(Ok(path)) => {
            let said = plenary::tr!(
                "cli-edit-rescued",
                file = path.display().to_string(),
                quoted = super::shell_quote(path)
            );
            // On stderr, as the other word of a stop by signal (nc13c #8).
            eprintln!("{said}");
            return Ok(ExitCode::SUCCESS);
        }
        Some(Err(why)) => eprintln!(
            "{}",
            plenary::tr!("cli-edit-not-rescued", why = why.to_string())
        ),
        None => {}
    }
    match (&editor.file, editor.unsaved()) {
        // Nothing written: saying "saved" would not be true (nc13c #9).
        (Some(path), false) if !editor.wrote => println!(
            "{}",
            plenary::tr!(
                "cli-edit-unchanged",
                file = path.display().to_string(),
                quoted = super::shell_quote(path)
            )
        ),
        (Some(path), false) => println!(
            "{}",
            plenary::tr!(
                "cli-edit-saved",
                file = path.display().to_string(),
                quoted = super::shell_quote(path)
            )
        ),
        (Some(path), true) if editor.on_disk() => println!(
            "{}",
            plenary::tr!("cli-edit-last-unsaved", file = path.display().to_string())
        ),
        (Some(path), true) => println!(
            "{}",
            plenary::tr!("cli-edit-not-written", file = path.display().to_string())
        ),
        (None, _) => println!("{}", plenary::tr!("cli-edit-nothing")),
    }
    Ok(ExitCode::SUCCESS)
}

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
use plenary::store::stand_ins::StandIn;

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
    let (agenda, stand_ins) = match plenary::store::load(file) {
        Ok(agenda) => (agenda, Vec::new()),
        // Values that cannot be read open as stand-ins, to be set in the editor; only a
        // file that cannot be read as an agenda even so is refused.
        Err(plenary::store::LoadError::Problems { problems, .. }) => {
            if let Some(opened) = with_stand_ins(file) {
                opened
            } else {
                refused(file, &problems)?
            }
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
    let said = match (stand_ins.len(), agenda.problems().len()) {
        (0, 0) => None,
        (0, n) => Some((plenary::tr!("editor-opened-with-problems", count = n), true)),
        (n, _) => Some((
            plenary::tr!("editor-opened-with-stand-ins", count = n),
            true,
        )),
    };
    let opened = Opened {
        agenda,
        stand_ins,
        file: Some(file.to_path_buf()),
        dir,
        on_disk: true,
        said,
    };
    open_editor(cli, opened)
}

/// Refuses a file with values that cannot be read even with stand-ins: each problem a
/// line, as `plenary check` lists them (nc13b #7), with what to do (nc13c #2).
fn refused(
    file: &Path,
    problems: &[plenary::domain::validate::Problem],
) -> Result<(Session, Vec<StandIn>)> {
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

/// The agenda in `file` with stand-ins for the values that cannot be read, when the rest
/// can be, and those values; `None` for a file that cannot be read as an agenda even so.
fn with_stand_ins(file: &Path) -> Option<(Session, Vec<StandIn>)> {
    let text = plenary::store::load::read(file).ok()?;
    let found = plenary::store::examine::examine(file, &text).ok()?;
    found.with_stand_ins
}

/// What the editor opens on: the agenda, the values of its file that could not be read,
/// where it is saved, and what is said first.
pub struct Opened {
    pub agenda: Session,
    pub stand_ins: Vec<StandIn>,
    /// The file saved to; `None` until the first save of a new agenda names one.
    pub file: Option<PathBuf>,
    /// Where a new agenda's file is made.
    pub dir: PathBuf,
    /// Whether `file` holds the agenda (a new one is not on disk until saved).
    pub on_disk: bool,
    /// The first message, and whether it is a warning.
    pub said: Option<(String, bool)>,
}

/// Runs the editor on what was opened until the person quits, opening with its message;
/// says where the agenda was saved and how to run it.
pub fn open_editor(cli: &Cli, opened: Opened) -> Result<ExitCode> {
    let Opened {
        agenda,
        stand_ins,
        file,
        dir,
        on_disk,
        said,
    } = opened;
    // Issue 16: the editor speaks --lang, else the agenda's language, else the locale's.
    plenary::i18n::follow(agenda.language());
    let clock = LiveClock::start();
    let mut editor = Editor::new(agenda, file.clone(), dir, on_disk, clock.moment());
    // What the command found on the way (rows of a spreadsheet left out) is said on screen.
    editor.flash = said;
    editor.stand_ins = stand_ins;
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
    let left = editor.stand_ins.len();
    match (&editor.file, editor.unsaved()) {
        // Nothing written: saying "saved" would not be true (nc13c #9).
        // Still holding what cannot be read: "run it" would not be true (nc17 #6); said below.
        (Some(_), false) if !editor.wrote && left > 0 => {}
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
        // Never written here: the file is as it was opened, not "as last saved" (nc17b #6).
        (Some(path), true) if editor.on_disk() && !editor.wrote => println!(
            "{}",
            plenary::tr!(
                "cli-edit-changes-dropped",
                file = path.display().to_string()
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
    // Not written since it was opened: what it holds that cannot be read is still there.
    if let Some(path) = editor.file.as_ref().filter(|_| left > 0) {
        println!(
            "{}",
            plenary::tr!(
                "cli-edit-stand-ins-left",
                count = left,
                quoted = super::shell_quote(path)
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

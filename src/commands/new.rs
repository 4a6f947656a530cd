//! `plenary new`: a new agenda from a template (the list when none is named and there is a
//! terminal), its participants from a registration spreadsheet, then the agenda editor. A
//! file that exists is replaced only when the person says so.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use plenary::domain::Session;
use plenary::editor::chooser::Chooser;
use plenary::editor::templates::{self, Template};
use plenary::shell::{NoEffects, Shell};

use super::theme;
use crate::cli::{Cli, NewArgs};

/// Makes the agenda and opens it in the editor.
pub fn new(cli: &Cli, args: &NewArgs) -> Result<ExitCode> {
    let here = std::env::current_dir().context("cannot tell the current folder")?;
    // A folder given is where the new file goes, named from the title when saved (issue
    // 13, item 6); a file in a folder that does not exist is refused before any screen.
    let (file, dir) = match &args.file {
        Some(path) if path.is_dir() => (None, path.clone()),
        Some(path) => {
            let parent = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            if !parent.is_dir() {
                bail!(plenary::tr!(
                    "cli-new-no-folder",
                    folder = parent.display().to_string(),
                    quoted = super::shell_quote(parent)
                ));
            }
            (Some(path.clone()), here)
        }
        None => (None, here),
    };
    if let Some(file) = &file
        && std::fs::symlink_metadata(file).is_ok()
        && !replace_ok(file)?
    {
        let said = plenary::tr!(
            "cli-new-kept",
            file = file.display().to_string(),
            quoted = super::shell_quote(file)
        );
        println!("{said}");
        return Ok(ExitCode::SUCCESS);
    }
    // The spreadsheet is read first: a file that cannot be used stops before any screen.
    let roster = match &args.participants {
        Some(csv) => Some((csv, read_roster(csv)?)),
        None => None,
    };
    let Some(template) = template(cli, args.template.as_deref())? else {
        println!("{}", plenary::tr!("cli-new-nothing"));
        return Ok(ExitCode::SUCCESS);
    };
    let mut agenda = template.agenda().map_err(anyhow::Error::msg)?;
    // nc16b #11: an agenda made in French or Spanish says so, so that `plenary run` speaks
    // it whatever the terminal's locale; an English one names no language, as before.
    let lang = plenary::i18n::current();
    if cli.lang.is_some() || lang != plenary::i18n::Lang::En {
        agenda.set_language(lang);
    }
    let said = roster.map(|(csv, roster)| participants(&mut agenda, csv, roster));
    super::edit::open_editor(
        cli,
        super::edit::Opened {
            agenda,
            stand_ins: Vec::new(),
            file,
            dir,
            on_disk: false,
            said,
        },
    )
}

/// The spreadsheet's participants and refused rows; each refused row is printed.
fn read_roster(csv: &Path) -> Result<plenary::store::roster::Roster> {
    // nc13d #7: a folder or a missing file said as what it is for (a spreadsheet), in the
    // user's words, not as a session file or with the system's "(os error 2)".
    let bytes = plenary::store::load::read_bytes(csv).map_err(|e| {
        use plenary::i18n::load_error::{os_words, said, special};
        use plenary::store::LoadError;
        let why = match &e {
            LoadError::NotAFile { what, .. } => {
                plenary::tr!("cli-new-participants-not-a-file", what = special(*what))
            }
            LoadError::Io { cause, .. } => os_words(cause),
            other => said(other),
        };
        anyhow::anyhow!(plenary::tr!(
            "cli-new-participants-unreadable",
            path = csv.display().to_string(),
            why = why
        ))
    })?;
    let roster = plenary::store::roster::parse_bytes(&bytes).map_err(|e| {
        anyhow::anyhow!("{}: {}", csv.display(), plenary::i18n::roster::unusable(&e))
    })?;
    for (_, said) in in_line_order(&roster) {
        eprintln!("{}: {said}", csv.display());
    }
    Ok(roster)
}

/// The rows left out and the notes on rows kept, each with its line (0 for how the file
/// was read) and said in the language, in the file's line order: the same list on screen
/// and on the way out (nc13c #7).
fn in_line_order(roster: &plenary::store::roster::Roster) -> Vec<(u64, String)> {
    use plenary::store::roster::Note;
    let rows = roster
        .refused
        .iter()
        .map(|row| (row.line, plenary::i18n::roster::row(row)));
    let notes = roster.notes.iter().map(|note| {
        let line = match note {
            Note::NotEmail { line, .. } => *line,
            Note::Windows1252 => 0,
        };
        (line, plenary::i18n::roster::note(note))
    });
    let mut all: Vec<(u64, String)> = rows.chain(notes).collect();
    all.sort_by_key(|(line, _)| *line);
    all
}

/// The template named, or the one chosen from the list.
fn template(cli: &Cli, name: Option<&str>) -> Result<Option<&'static Template>> {
    if let Some(name) = name {
        return templates::find(name).map(Some).with_context(|| {
            plenary::tr!(
                "cli-new-no-template",
                name = format!("{name:?}"),
                names = templates::names()
            )
        });
    }
    let theme = theme(cli);
    let mut chooser = Chooser::new(&theme);
    Shell::default().run(&mut chooser, &mut NoEffects)?;
    Ok(chooser.choice.flatten())
}

/// Asks whether an existing `file` may be replaced; no without a terminal to ask on.
fn replace_ok(file: &Path) -> Result<bool> {
    if !std::io::stdin().is_terminal() {
        bail!(plenary::tr!(
            "cli-new-exists",
            file = file.display().to_string(),
            quoted = super::shell_quote(file)
        ));
    }
    print!(
        "{} exists. Replace it with a new agenda when you save? [y/N] ",
        file.display()
    );
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
}

/// The participants become those of the spreadsheet; every row left out is printed with
/// its line and reason. Members and presenters of the template who are not among them are
/// cleared, so the groups name only real people (chosen in the editor from suggestions).
/// Returns what to say in the editor (and says it here): how many were read, and each row
/// left out with its line and reason.
fn participants(
    agenda: &mut Session,
    csv: &Path,
    roster: plenary::store::roster::Roster,
) -> (String, bool) {
    let n = roster.participants.len();
    let read = plenary::tr!(
        "cli-new-participants-read",
        count = n,
        path = csv.display().to_string()
    );
    // nc13c #7: every row left out and every note, as `i` and the way out list them.
    let listed = in_line_order(&roster);
    let rows = listed.iter().filter(|(line, _)| *line > 0).count();
    let look: Vec<&str> = listed.iter().map(|(_, said)| said.as_str()).collect();
    let said = match (look.is_empty(), rows) {
        (true, _) => (read, false),
        (false, 0) => (format!("{read}; {}", look.join("; ")), true),
        (false, n) => (
            plenary::tr!(
                "cli-new-rows-to-look-at",
                read = read,
                count = n,
                rows = look.join("; ")
            ),
            true,
        ),
    };
    println!("{}", said.0);
    agenda.participants = roster.participants;
    let known = |name: &str| {
        agenda
            .participants
            .iter()
            .any(|p| p.name.trim().eq_ignore_ascii_case(name.trim()))
    };
    let mut groups = std::mem::take(&mut agenda.groups);
    for g in &mut groups {
        g.members.retain(|m| known(m));
        if !known(&g.presenter) {
            g.presenter.clear();
        }
    }
    agenda.groups = groups;
    said
}

//! `plenary run`: starts a live session from an agenda (or resumes a recorded one, or
//! follows up earlier sessions), takes the session's lock, starts the background writer and
//! the sharing host, hands everything to the console's loop, and says where the session is
//! once the terminal is restored.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use plenary::app::App;
use plenary::console::runner::HostRunner;
use plenary::console::{Console, Message};
use plenary::domain::Session;
use plenary::shell::Shell;
use plenary::store::{self, SessionLock, paths};
use plenary::tr;

use super::ending::finish;
use super::unfinished::{self, Choice};
use super::{load_checked, me, sessions_dir, theme};
use crate::cli::{Cli, RunArgs};

/// Runs the console on the session `args` names, until the facilitator quits.
pub fn run(cli: &Cli, args: &RunArgs) -> Result<ExitCode> {
    let RunArgs {
        file,
        name,
        follow_up,
        allow_group,
        bell_command,
        new,
        private,
    } = args;
    let bell = match bell_command {
        Some(text) => plenary::console::bell::BellCommand::parse(text)?,
        None => None,
    };
    let name = name.as_deref();
    // A group named now is checked before anything else is asked.
    if let Some(g) = allow_group {
        let group = look_up_group(g)?;
        // nc14b #7: a group the facilitator is not in cannot be given the session's folder
        // (chgrp needs membership), so the session would run unshared: refused now. Root
        // may give any group.
        let me = plenary::live::users::my_uid();
        if me != 0
            && !plenary::live::users::in_group(me, group.gid)
                .with_context(|| tr!("run-group-check", group = g))?
        {
            let user = plenary::live::users::user_name(me).unwrap_or_else(|| me.to_string());
            bail!("{}", tr!("run-not-in-group", group = g, user = user));
        }
    }
    let mut session = load_checked(file, "run")?;
    // What --follow-up names is checked first: a mistake there is said before any question.
    let mut carried = carried_commitments(&session, file, follow_up)?;
    // nc13b #1: an unfinished session of this agenda is offered before a new one is made.
    let mut file = file.clone();
    if session.live.is_none()
        && !new
        && let Some((found, held)) = unfinished::find(&file, &sessions_dir(cli))
    {
        match unfinished::ask(&file, &found, &held)? {
            Choice::Resume(path) => {
                session = load_checked(&path, "run")?;
                file = path;
                // What it followed up was brought in when it began.
                carried = Vec::new();
            }
            Choice::New => {}
            Choice::Quit => return Ok(ExitCode::SUCCESS),
        }
    }
    let file = file.as_path();
    if !carried.is_empty() {
        session.ensure_follow_up_item(carried.len());
    }
    let now = plenary::clock::wall_now();
    let resumed = session.live.is_some();
    let (lock, on_disk) = if resumed {
        // Lock, then read again: what was read before the lock may have changed meanwhile
        // (a follow-up written back by review), and only what is read under the lock is used.
        let lock = SessionLock::acquire(file)?;
        session = load_checked(lock.path(), "run")?;
        let on_disk = store::journal::FileId::of_path(lock.path()).ok();
        (lock, on_disk)
    } else {
        let dir = sessions_dir(cli);
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the sessions directory {}", dir.display()))?;
        let today = now.with_timezone(&chrono::Local).date_naive();
        let path = paths::new_session_path(&dir, &session.title, today);
        let lock = SessionLock::acquire(&path)?;
        let id = format!("{}-{}", now.format("%Y%m%dT%H%M%SZ"), std::process::id());
        let agenda = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        session.begin_live(id, Some(agenda.display().to_string()), now);
        if let Some(live) = session.live.as_mut() {
            live.carried = carried;
            // Issue 15, item 6: the session's times are given in its own offset later.
            live.utc_offset = Some(now.with_timezone(&chrono::Local).offset().to_string());
        }
        // nc13b #2: the session is dated the day it ran; another planned day is kept.
        if let Some(planned) = session.date.filter(|d| *d != today)
            && let Some(live) = session.live.as_mut()
        {
            live.planned_date = Some(planned);
        }
        session.date = Some(today);
        // Issue 16, item 2: the room's language is written with the new session (--lang,
        // else the agenda's, else the locale's), so resuming and joining speak it too.
        if cli.lang.is_some() || !session.names_language() {
            session.set_language(plenary::i18n::follow(session.language()));
        }
        (lock, None)
    };
    // nc14 #1: a resumed session is shared with the group it was shared with, unless the
    // facilitator names another or says --private; the file remembers it either way.
    let group = match (allow_group, private) {
        (Some(g), _) => Some(g.clone()),
        (None, true) => None,
        (None, false) => session
            .live
            .as_ref()
            .and_then(|l| l.shared_with.as_ref())
            .map(|s| s.group.clone()),
    };
    let access = match &group {
        Some(g) => plenary::live::host::Access {
            group: Some(look_up_group(g)?),
        },
        None => Default::default(),
    };
    if let Some(live) = session.live.as_mut() {
        let extra = live.shared_with.take().map(|s| s.extra).unwrap_or_default();
        live.shared_with = group.map(|group| plenary::domain::Sharing { group, extra });
    }
    plenary::i18n::follow(session.language());
    let path = lock.path().to_path_buf();
    let last_written = store::last_written(&path);
    let durable = if resumed { session.revision() } else { 0 };
    let shell = Shell::<Message>::default();
    let tell = shell.messages();
    let keeper = store::Keeper::start(lock, &session, on_disk, durable, move |disk| {
        tell(Message::Disk(disk))
    });
    let mut app = App::new(session, me(name)?, path.clone());
    if resumed && let Some(when) = last_written {
        hold_doubtful_timers(&mut app, chrono::DateTime::<chrono::Utc>::from(when));
    }
    super::kept_form::restore(&mut app, &path);
    let tell = shell.messages();
    let host = host_session(&path, access, move |e| tell(Message::Host(e)));
    let never_shared = host.as_ref().err().map(|e| format!("{e:#}"));
    if let (Some(why), Some(h)) = (&never_shared, app.host_mut()) {
        h.sharing_warning = Some(tr!("run-not-shared", why = why));
    }
    let theme = theme(cli);
    app.rows = plenary::keymap::terminal_rows();
    if let (Ok((w, h)), Some(seat)) = (ratatui::crossterm::terminal::size(), app.host_mut()) {
        seat.screen = (w, h);
    }
    let mut console = Console::new(app, &theme, durable);
    let tell = shell.messages();
    let ringer = bell.map(|command| {
        plenary::console::bell::Ringer::new(command, move |why| tell(Message::BellFailed(why)))
    });
    let mut runner =
        HostRunner::new(&keeper, host.as_ref().ok(), shell.messages()).with_bell(ringer);
    let outcome = shell.run(&mut console, &mut runner);
    runner.finish(&mut console);
    // Issue 14 item 7: note-takers hear that the session ended, or closed for now.
    if let Ok(host) = &host {
        let ended = console
            .app
            .session
            .live
            .as_ref()
            .is_some_and(|l| l.ended_at.is_some());
        host.close(ended);
    }
    drop(host);
    let ending = store::rescue::finish(keeper, &console.app.session);
    outcome?;
    // Issue 11 (newcomer finding 1): the screen said it all session; the terminal keeps it
    // after quitting too, before where the session is (the last words).
    if let Some(why) = never_shared {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "plenary: {}",
            tr!("run-not-shared-after", why = why)
        );
    }
    // Findings11 item 1: a form open when the console stopped (a signal, a closed window,
    // a confirmed quit) is said with what it held, so no typed text goes without a word.
    let kept_a_form = console.app.unsaved_form().is_some();
    if let Some(dropped) = console.app.unsaved_form() {
        use std::io::Write;
        let kept =
            super::kept_form::keep(&console.app, &path).unwrap_or_else(|| tr!("run-form-copy-it"));
        let _ = writeln!(std::io::stderr(), "plenary: {dropped}; {kept}");
    }
    let never_began = !resumed && !kept_a_form && unfinished::holds_nothing(&console.app.session);
    let ending = match ending {
        store::rescue::Ending::Saved(written) if never_began => {
            return Ok(discard(written, file));
        }
        other => other,
    };
    Ok(finish(&console.app.session, ending))
}

/// nc13b #1: a new session that never began and holds nothing leaves no file behind (nor
/// its lock): running the agenda again starts afresh without a stray "not started" file.
fn discard(written: store::keeper::Written, agenda: &Path) -> ExitCode {
    let path = written.path;
    for gone in [
        store::journal::journal_path(&path),
        store::lock::lock_path(&path),
        path.clone(),
    ] {
        let _ = std::fs::remove_file(gone);
    }
    let command = format!("plenary run {}", super::shell_quote(agenda));
    println!(
        "{}\n{}",
        tr!("run-never-began"),
        tr!("run-run-it", command = command)
    );
    ExitCode::SUCCESS
}

/// Whether `plenary run` of `args` would get past its checks (a valid file, not held by
/// another plenary), for the launcher to say why not without leaving its list.
pub fn can_start(args: &RunArgs) -> Result<()> {
    let session = load_checked(&args.file, "run")?;
    if session.live.is_some() {
        drop(SessionLock::acquire(&args.file)?);
    }
    Ok(())
}

/// The Unix group `name`, or why it cannot be shared with.
fn look_up_group(name: &str) -> Result<plenary::live::users::Group> {
    plenary::live::users::group(name)
        .with_context(|| tr!("run-group-lookup", group = name))?
        .with_context(|| tr!("run-no-such-group", group = name))
}

/// On resuming with running timers and a clock that cannot be believed, holds them at the
/// time they had when the session was last written, and tells the facilitator.
fn hold_doubtful_timers(app: &mut App, last_written: chrono::DateTime<chrono::Utc>) {
    let clock = plenary::clock::LiveClock::start();
    let Some(doubt) = app.session.clock_doubt(clock.now(), last_written) else {
        return;
    };
    let names = app.session.running_timers().join(", ");
    let op = plenary::domain::Op::HoldTimers { at: last_written };
    if app.apply(op, clock.moment()).is_ok() {
        let doubt = doubt_said(doubt);
        app.warn(tr!("run-timers-held", doubt = doubt, names = names));
    }
}

/// Why the clock is doubted, in the language (the domain's `explain` is English).
fn doubt_said(doubt: plenary::domain::resume::ClockDoubt) -> String {
    use plenary::domain::resume::ClockDoubt;
    let span = |d: chrono::Duration| {
        let minutes = d.num_minutes().max(0);
        match minutes {
            0 => tr!("run-span-seconds", count = d.num_seconds().max(0)),
            1..60 => tr!("run-span-minutes", count = minutes),
            60..2880 => tr!(
                "run-span-hours",
                hours = minutes / 60,
                minutes = format!("{:02}", minutes % 60)
            ),
            _ => tr!("run-span-days", count = minutes / 1440),
        }
    };
    match doubt {
        ClockDoubt::Behind(by) => tr!("run-clock-behind", span = span(by)),
        ClockDoubt::Away(away) => tr!("run-clock-away", span = span(away)),
    }
}

/// Shares the session on its socket so note-takers can join. A failure here does not stop
/// the facilitator: the session runs unshared, the footer says why from the start, and the
/// reason is printed again afterwards.
fn host_session(
    session_file: &Path,
    access: plenary::live::host::Access,
    tell: impl Fn(plenary::live::host::HostEvent) + Send + Sync + 'static,
) -> Result<plenary::live::host::Host> {
    use plenary::live::socket;
    // Shared with a group: where note-takers of that group find it without being told.
    let dir = plenary::live::discover::host_dir(access.group.is_some());
    let path = socket::socket_path(&dir, session_file)?;
    plenary::live::trust::prepare_host_dir(&dir, access.group.as_ref())?;
    plenary::live::host::Host::start(&path, access, tell)
}

/// The still-owed commitments of the sessions given to `--follow-up`.
fn carried_commitments(
    session: &Session,
    file: &Path,
    sources: &[PathBuf],
) -> Result<Vec<plenary::domain::Carried>> {
    if sources.is_empty() {
        return Ok(Vec::new());
    }
    if session.live.is_some() {
        let file = file.display().to_string();
        bail!("{}", tr!("run-follow-up-a-session", file = file));
    }
    let mut loaded = Vec::new();
    for source in sources {
        let s = load_checked(source, "followed up")?;
        if s.live.is_none() {
            let file = source.display().to_string();
            bail!("{}", tr!("run-follow-up-agenda", file = file));
        }
        // Absolute, because the new session's file lives elsewhere.
        let path = std::fs::canonicalize(source)
            .with_context(|| format!("cannot resolve {}", source.display()))?;
        let path = path.display().to_string();
        // One file named twice (another path, a link) is carried once.
        if loaded.iter().any(|(p, _): &(String, Session)| *p == path) {
            continue;
        }
        let id = s.live.as_ref().map(|l| l.id.clone());
        if let Some((copy, _)) = loaded
            .iter()
            .find(|(_, other)| other.live.as_ref().map(|l| l.id.clone()) == id)
        {
            let file = source.display().to_string();
            bail!("{}", tr!("run-follow-up-copies", file = file, copy = copy));
        }
        loaded.push((path, s));
    }
    let carried = plenary::domain::carry::carried_from(loaded.iter().map(|(p, s)| (p.as_str(), s)));
    if carried.is_empty() {
        let files = sources
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        bail!("{}", tr!("run-follow-up-nothing", files = files));
    }
    Ok(carried)
}

#[cfg(test)]
mod tests {
    use super::*;
    use plenary::domain::resume::ClockDoubt;

    // Issue 16, CLI item 7: the clock's doubt is said in the room's language.
    #[test]
    fn the_clock_doubt_in_the_language() {
        let _fr = plenary::i18n::scoped(plenary::i18n::Lang::Fr);
        let said = doubt_said(ClockDoubt::Away(chrono::Duration::days(3)));
        assert!(said.contains("il y a 3 jours"), "{said}");
        let said = doubt_said(ClockDoubt::Behind(chrono::Duration::minutes(62)));
        assert!(said.contains("retarde de 1 h 02 min"), "{said}");
        let _en = plenary::i18n::scoped(plenary::i18n::Lang::En);
        let away = ClockDoubt::Away(chrono::Duration::minutes(59));
        assert_eq!(doubt_said(away), away.explain());
    }
}

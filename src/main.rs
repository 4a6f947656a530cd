//! The `plenary` command line.
#![forbid(unsafe_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use plenary::app::App;
use plenary::domain::{Author, Session};
use plenary::store::{self, SessionLock, paths};
use plenary::ui::{Theme, ThemeName};
use plenary::{launcher, runtime};

/// A terminal console for live dialogue workshops: agenda, presenter timers, commitments.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Where recorded sessions are kept (default: the platform data directory).
    #[arg(long, global = true, env = "PLENARY_DIR")]
    dir: Option<PathBuf>,
    /// Colour theme; NO_COLOR in the environment turns colour off whatever this says.
    #[arg(long, global = true, value_enum, default_value = "high-contrast")]
    theme: ThemeName,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start a live session from an agenda, or resume a recorded session.
    Run {
        /// An agenda (a new session file is created) or a recorded session (resumed in place).
        file: PathBuf,
        /// How you are named in notes and commitments (default: your user name).
        #[arg(long)]
        name: Option<String>,
        /// Recorded sessions whose open commitments this session follows up, one by one,
        /// with each status written back to its own session.
        #[arg(long = "follow-up", value_name = "SESSION", num_args = 1..)]
        follow_up: Vec<PathBuf>,
        /// Let members of this Unix group join as note-takers (default: only you).
        #[arg(long, value_name = "GROUP")]
        allow_group: Option<String>,
    },
    /// Join the live session on this machine as a note-taker (or a viewer).
    Join {
        /// Which live session, when several run (see --list).
        #[arg(long)]
        session: Option<String>,
        /// List the live sessions on this machine.
        #[arg(long)]
        list: bool,
        /// Watch only: no notes or commitments (a second screen).
        #[arg(long)]
        view: bool,
        /// How you are shown to others (default: your user name).
        #[arg(long)]
        name: Option<String>,
        /// The facilitator's Unix user, when the session's directory is theirs, not yours
        /// (a session opened to a group with --allow-group).
        #[arg(long, value_name = "USER")]
        facilitator: Option<String>,
    },
    /// Browse saved sessions, see who owes what, record follow-up, export.
    Review {
        /// Session files to review (default: every session in the sessions directory).
        files: Vec<PathBuf>,
        /// How you are named in follow-up history (default: your user name).
        #[arg(long)]
        name: Option<String>,
        /// Open on the commitments board (who owes what) instead of the sessions list.
        #[arg(long)]
        board: bool,
    },
    /// List commitments across saved sessions, for scripts and reminders.
    Commitments(CommitmentsArgs),
    /// Write a session's outcome document (md), commitments (csv) or deadline calendar (ics).
    Export {
        /// A recorded session file.
        session: PathBuf,
        #[arg(long, value_enum, default_value = "md")]
        format: plenary::report::ExportFormat,
        /// Write here instead of to standard output (atomically; an existing file is replaced).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Validate session or agenda files and explain each problem.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// Filters shared by the commitments list (and, later, the review board).
#[derive(clap::Args)]
struct CommitmentsArgs {
    /// Session files to read (default: every session in the sessions directory).
    files: Vec<PathBuf>,
    /// Only commitments past their deadline and still open or in progress.
    #[arg(long)]
    overdue: bool,
    /// Owner, organisation or stakeholder group (part of the name is enough).
    #[arg(long)]
    owner: Option<String>,
    /// open, in-progress, done or dropped; repeat for several.
    #[arg(long, value_parser = parse_status)]
    status: Vec<plenary::domain::Status>,
    /// Only deadlines before this date (same grammar as the console: 2027-03-31, +2w, end of june).
    #[arg(long, value_parser = parse_date)]
    due_before: Option<chrono::NaiveDate>,
    /// Only commitments still owed and due within this many days (overdue ones included).
    #[arg(long)]
    due_within: Option<i64>,
    /// Session title, id or file name (part of it is enough).
    #[arg(long)]
    session: Option<String>,
    /// Words that must all appear in the commitment, its owner or its session.
    #[arg(long)]
    search: Option<String>,
    #[arg(long, value_enum, default_value = "deadline")]
    sort: plenary::domain::board::SortBy,
    #[arg(long, value_enum, default_value = "table")]
    format: plenary::report::ListFormat,
    /// Exit 1 when nothing matches (0 when something does), like grep: for cron reminders,
    /// `plenary commitments --overdue --fail-if-any && send-the-reminder`.
    #[arg(long)]
    fail_if_any: bool,
}

fn parse_status(text: &str) -> Result<plenary::domain::Status, String> {
    plenary::domain::board::parse_status(text)
        .ok_or_else(|| format!("“{text}” is not a status: use open, in-progress, done or dropped"))
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    plenary::domain::deadline::parse_deadline(text, chrono::Local::now().date_naive())
        .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    // Under a file-size limit (`ulimit -f`) the kernel would kill the process on SIGXFSZ in
    // the middle of a session. With the signal caught the write fails with EFBIG instead,
    // and the failed-save path keeps the session in memory and says so.
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    let cli = Cli::parse();
    if let Some(missing) = missing_terminal(cli.command.as_ref()) {
        eprintln!("plenary: {missing}");
        return ExitCode::from(2);
    }
    let result = match &cli.command {
        Some(Command::Run {
            file,
            name,
            follow_up,
            allow_group,
        }) => run(
            &cli,
            file,
            name.as_deref(),
            follow_up,
            allow_group.as_deref(),
        ),
        Some(Command::Check { files }) => check(files),
        Some(Command::Join {
            session,
            list,
            view,
            name,
            facilitator,
        }) => join(
            &cli,
            session.as_deref(),
            *list,
            *view,
            name.as_deref(),
            facilitator.as_deref(),
        ),
        Some(Command::Commitments(args)) => commitments(&cli, args),
        Some(Command::Review { files, name, board }) => {
            review(&cli, files, name.as_deref(), *board)
        }
        Some(Command::Export {
            session,
            format,
            output,
        }) => export(session, *format, output.as_deref()),
        None => launch(&cli),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // Errors quote paths and text from files: nothing in them may drive the terminal.
            eprintln!(
                "plenary: {}",
                plenary::domain::text::escaped(&format!("{e:#}"), true)
            );
            ExitCode::from(2)
        }
    }
}

/// Why an interactive command cannot start here, if it cannot: it draws a screen and reads
/// keys, so both standard input and output must be a terminal. Checked before anything
/// else, so that `echo | plenary run` or `ssh host plenary join` (no `-t`) explains itself
/// and creates nothing.
fn missing_terminal(command: Option<&Command>) -> Option<String> {
    use std::io::IsTerminal;
    let (name, hint) = match command {
        Some(Command::Run { .. }) => ("plenary run", "or over SSH with `ssh -t`"),
        Some(Command::Review { .. }) => (
            "plenary review",
            "or over SSH with `ssh -t`; for scripts, `plenary commitments` lists the commitments",
        ),
        Some(Command::Join { list: false, .. }) => (
            "plenary join",
            "or over SSH with `ssh -t HOST plenary join` (-t asks SSH for a terminal)",
        ),
        None => (
            "plenary",
            "or over SSH with `ssh -t`; `plenary --help` lists the commands for scripts",
        ),
        Some(_) => return None,
    };
    let not_one = if !std::io::stdin().is_terminal() {
        "standard input"
    } else if !std::io::stdout().is_terminal() {
        "standard output"
    } else {
        return None;
    };
    Some(format!(
        "{name} needs a terminal, and its {not_one} is not one: run it in a terminal window, {hint}"
    ))
}

fn theme(cli: &Cli) -> Theme {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    Theme::new(cli.theme, no_color)
}

fn sessions_dir(cli: &Cli) -> PathBuf {
    paths::sessions_dir(cli.dir.as_deref())
}

fn load_checked(file: &Path) -> Result<Session> {
    let session = store::load(file)?;
    let problems = session.problems();
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        bail!(
            "{} cannot be run:\n{}\n(run `plenary check {}` for the same list)",
            file.display(),
            list.join("\n"),
            file.display()
        );
    }
    Ok(session)
}

fn me(name: Option<&str>) -> Author {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok().map(|m| m.uid());
    let name = name
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| uid.and_then(plenary::live::users::user_name))
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "unknown user".into());
    Author { name, uid }
}

fn run(
    cli: &Cli,
    file: &Path,
    name: Option<&str>,
    follow_up: &[PathBuf],
    allow_group: Option<&str>,
) -> Result<ExitCode> {
    let access = match allow_group {
        Some(g) => plenary::live::host::Access {
            group: Some(
                plenary::live::users::group(g)
                    .with_context(|| format!("there is no Unix group named {g}"))?,
            ),
        },
        None => Default::default(),
    };
    let mut session = load_checked(file)?;
    let carried = carried_commitments(&session, file, follow_up)?;
    if !carried.is_empty() {
        session.ensure_follow_up_item(carried.len());
    }
    let now = chrono::Utc::now();
    let resumed = session.live.is_some();
    let (lock, on_disk) = if resumed {
        // Lock, then read again: what was read before the lock may have changed meanwhile
        // (a follow-up written back by review), and only what is read under the lock is used.
        let lock = SessionLock::acquire(file)?;
        session = load_checked(lock.path())?;
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
        }
        if session.date.is_none() {
            session.date = Some(today);
        }
        (lock, None)
    };
    let path = lock.path().to_path_buf();
    let last_written = store::last_written(&path);
    let durable = if resumed { session.revision() } else { 0 };
    let inputs = std::sync::mpsc::channel();
    let saved = inputs.0.clone();
    let keeper = store::Keeper::start(lock, &session, on_disk, durable, move || {
        let _ = saved.send(runtime::Input::Saved);
    });
    let mut app = App::new(session, me(name), path.clone());
    if resumed && let Some(when) = last_written {
        hold_doubtful_timers(&mut app, chrono::DateTime::<chrono::Utc>::from(when));
    }
    let host = host_session(&path, access, inputs.0.clone());
    app.sharing_warning =
        (host.as_ref().err()).map(|e| format!("NOT SHARED with note-takers: {e:#}"));
    let outcome = runtime::run(&mut app, &keeper, &theme(cli), host.as_ref().ok(), inputs);
    drop(host);
    let ending = store::rescue::finish(keeper, &app.session);
    outcome?;
    Ok(finish(&app.session, ending))
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
        app.warn(format!(
            "{}: the timer of {names} was paused at the time it had then. Space carries on.",
            doubt.explain()
        ));
    }
}

/// Shares the session on its socket so note-takers can join. A failure here does not stop
/// the facilitator: the session runs unshared, the footer says why from the start, and the
/// reason is printed again afterwards.
fn host_session(
    session_file: &Path,
    access: plenary::live::host::Access,
    tx: std::sync::mpsc::Sender<runtime::Input>,
) -> Result<plenary::live::host::Host> {
    use plenary::live::socket;
    let dir = socket::socket_dir();
    plenary::live::trust::prepare_host_dir(&dir, access.group.as_ref().map(|(gid, _)| *gid))?;
    let path = socket::socket_path(&dir, session_file);
    plenary::live::host::Host::start(&path, access, move |e| {
        let _ = tx.send(runtime::Input::Host(e));
    })
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
        bail!(
            "--follow-up starts a new session: give it an agenda, not the recorded session {}",
            file.display()
        );
    }
    let mut loaded = Vec::new();
    for source in sources {
        let s = load_checked(source)?;
        if s.live.is_none() {
            bail!(
                "{} is an agenda that has not been run: it has no commitments to follow up",
                source.display()
            );
        }
        // Absolute, because the new session's file lives elsewhere.
        let path = std::fs::canonicalize(source)
            .with_context(|| format!("cannot resolve {}", source.display()))?;
        loaded.push((path.display().to_string(), s));
    }
    let carried = plenary::domain::carry::carried_from(loaded.iter().map(|(p, s)| (p.as_str(), s)));
    if carried.is_empty() {
        bail!(
            "no open or in-progress commitments in {}: nothing to follow up",
            sources
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(carried)
}

/// After the terminal is restored: say exactly where the session is. Only a file that was
/// read back after the last write is called saved.
fn finish(session: &Session, ending: store::rescue::Ending) -> ExitCode {
    use store::rescue::Ending;
    // The terminal may be gone (a dropped SSH link): never fail over a message.
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    match ending {
        Ending::Saved(written) => {
            for notice in &written.notices {
                let _ = writeln!(err, "plenary: {notice}");
            }
            let _ = writeln!(out, "Session saved: {}", written.path.display());
            let _ = writeln!(
                out,
                "Resume with:   plenary run {}",
                shell_quote(&written.path)
            );
            ExitCode::SUCCESS
        }
        Ending::Journaled { path, why } => {
            let _ = writeln!(
                err,
                "plenary: the file could not be rewritten ({why}), but it and its journal {} hold every change",
                store::journal::journal_path(&path).display()
            );
            let _ = writeln!(out, "Session saved: {} (with its journal)", path.display());
            let _ = writeln!(out, "Resume with:   plenary run {}", shell_quote(&path));
            ExitCode::SUCCESS
        }
        Ending::Rescued { path, file, why } => {
            let _ = writeln!(err, "plenary: NOT SAVED to {}: {why}", file.display());
            let _ = writeln!(
                err,
                "plenary: a copy of the whole session was written to {}",
                path.display()
            );
            let _ = writeln!(err, "Resume with:   plenary run {}", shell_quote(&path));
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

fn shell_quote(path: &Path) -> String {
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

fn check(files: &[PathBuf]) -> Result<ExitCode> {
    use plenary::domain::text::one_line;
    use plenary::store::load::shown;
    let mut bad = 0;
    for file in files {
        match store::load(file) {
            Err(e) => {
                bad += 1;
                println!("✗ {e}");
            }
            Ok(session) => {
                let problems = session.problems();
                if problems.is_empty() {
                    let kind = if session.live.is_some() {
                        "recorded session"
                    } else {
                        "agenda"
                    };
                    println!(
                        "✓ {}: a valid {kind}, “{}”",
                        shown(file),
                        one_line(&session.title)
                    );
                } else {
                    bad += 1;
                    println!("✗ {}: {} problem(s)", shown(file), problems.len());
                    for p in problems {
                        println!("    {}", one_line(&p.to_string()));
                    }
                }
            }
        }
    }
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn commitments(cli: &Cli, args: &CommitmentsArgs) -> Result<ExitCode> {
    use plenary::domain::board::{self, Filter};
    let today = chrono::Local::now().date_naive();
    let catalog = store::catalog::Catalog::load(&sessions_dir(cli), &args.files);
    for (path, reason) in &catalog.unreadable {
        eprintln!(
            "plenary: skipped {}: {reason}",
            plenary::store::load::shown(path)
        );
    }
    let filter = Filter {
        text: args.search.clone().unwrap_or_default(),
        owner: args.owner.clone().unwrap_or_default(),
        statuses: args.status.clone(),
        overdue_only: args.overdue,
        due_before: args.due_before,
        due_within: args.due_within,
        session: args.session.clone().unwrap_or_default(),
    };
    let mut rows: Vec<_> = board::rows(catalog.named(), today)
        .into_iter()
        .filter(|r| filter.matches(r, today))
        .collect();
    board::sort(&mut rows, args.sort);
    let mut out = std::io::stdout();
    let _ = out.write_all(plenary::report::list(&rows, args.format, today).as_bytes());
    Ok(if args.fail_if_any && rows.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn export(
    file: &Path,
    format: plenary::report::ExportFormat,
    output: Option<&Path>,
) -> Result<ExitCode> {
    let session = load_checked(file)?;
    if session.live.is_none() {
        bail!(
            "{} is an agenda that has not been run: there is nothing to export yet",
            file.display()
        );
    }
    let local = chrono::Local::now();
    let name = file.display().to_string();
    let text = plenary::report::export(
        &session,
        &name,
        format,
        chrono::Utc::now(),
        *local.offset(),
        local.date_naive(),
    );
    match output {
        Some(path) => {
            store::write_atomic(path, text.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("Wrote {}", path.display());
        }
        None => {
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn review(cli: &Cli, files: &[PathBuf], name: Option<&str>, board: bool) -> Result<ExitCode> {
    let dir = sessions_dir(cli);
    let catalog = store::catalog::Catalog::load(&dir, files);
    if catalog.sessions.is_empty() && catalog.unreadable.is_empty() {
        println!(
            "No recorded sessions in {}. Run one with `plenary run AGENDA.json`, or name files: `plenary review FILE...`.",
            dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let local = chrono::Local::now();
    let mut review =
        plenary::review::Review::new(catalog, local.date_naive(), *local.offset(), me(name));
    if board {
        review.open_board(None);
    }
    plenary::review::run::run(&mut review, &theme(cli))?;
    Ok(ExitCode::SUCCESS)
}

fn join(
    cli: &Cli,
    session: Option<&str>,
    list: bool,
    view: bool,
    name: Option<&str>,
    facilitator: Option<&str>,
) -> Result<ExitCode> {
    use plenary::live::protocol::Role;
    use plenary::live::{bounds, drafts, socket, trust};
    let facilitator = match facilitator {
        Some(f) => Some(
            plenary::live::users::uid_of(f)
                .with_context(|| format!("there is no Unix user named {f}"))?,
        ),
        None => None,
    };
    let dir = socket::socket_dir();
    // Before looking inside: a directory someone else could have filled is not searched.
    trust::check_client_dir(&dir, facilitator)?;
    let live = socket::live_sessions(&dir);
    if list {
        if live.is_empty() {
            println!(
                "No live session on this machine (looked in {}).",
                dir.display()
            );
        }
        for (name, _) in &live {
            println!("{name}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let (stem, path) = match session {
        Some(wanted) => live
            .iter()
            .find(|(n, _)| n == wanted)
            .or_else(|| live.iter().find(|(n, _)| n.contains(wanted)))
            .cloned()
            .with_context(|| {
                format!("no live session called {wanted} (plenary join --list shows them)")
            })?,
        None => match live.as_slice() {
            [one] => one.clone(),
            [] => bail!(
                "no live session on this machine (looked in {}); the facilitator starts one with `plenary run`",
                dir.display()
            ),
            _ => bail!(
                "{} live sessions here; choose one with --session NAME:\n  {}",
                live.len(),
                live.iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ),
        },
    };
    let expect = trust::Expect {
        dir: dir.clone(),
        facilitator,
    };
    let probe = std::os::unix::net::UnixStream::connect(&path)
        .with_context(|| format!("cannot reach {}", path.display()))?;
    expect.check(&probe)?;
    drop(probe);
    let mut me = me(name);
    me.name = bounds::clean_name(&me.name);
    let length = me.name.chars().count();
    if length > bounds::MAX_NAME {
        bail!(
            "--name is {length} characters long; at most {} are shown",
            bounds::MAX_NAME
        );
    }
    let drafts_dir = std::env::var_os("PLENARY_STATE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            directories::ProjectDirs::from("org", "plenary", "plenary")
                .map(|d| d.data_local_dir().join("drafts"))
                .unwrap_or_else(|| dir.join("drafts"))
        });
    let role = if view { Role::Viewer } else { Role::NoteTaker };
    // One directory per session (and role); one file per join inside it.
    let store = drafts_dir.join(format!("{stem}{}", if view { "-viewer" } else { "" }));
    let claimed = drafts::claim(&store, &me.name)?;
    let mut remote = claimed
        .adopted
        .as_ref()
        .map(|d| d.remote.clone())
        .unwrap_or_default();
    remote.client = claimed.identity.client.clone();
    remote.role = role;
    let placeholder: Session =
        serde_json::from_str(r#"{"format":1,"title":"joining…","agenda":[]}"#)?;
    let mut app = App::new(placeholder, me, path.clone());
    app.remote = Some(remote);
    if let Some(d) = &claimed.adopted {
        d.restore_form(&mut app);
    }
    let notice = claimed.notice.clone();
    plenary::live::join::run(&mut app, path, &claimed, expect, notice, &theme(cli))?;
    let waiting = app.remote.as_ref().map_or(0, |r| r.pending.len());
    let drafts_path = claimed.path.clone();
    claimed.release(waiting == 0 && app.form.is_none());
    if waiting > 0 {
        eprintln!(
            "plenary: {waiting} change(s) not yet confirmed are kept in {} and sent when you join again with the same name",
            drafts_path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn launch(cli: &Cli) -> Result<ExitCode> {
    let entries = launcher::discover(Path::new("sessions"), &sessions_dir(cli));
    match launcher::pick(&entries, &theme(cli))? {
        Some(file) => run(cli, &file, None, &[], None),
        None => Ok(ExitCode::SUCCESS),
    }
}

//! The `plenary` command line.
#![forbid(unsafe_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use plenary::app::App;
use plenary::domain::{Author, Session};
use plenary::store::{self, Saver, SessionLock, paths};
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
    },
    /// Validate session or agenda files and explain each problem.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Run { file, name }) => run(&cli, file, name.as_deref()),
        Some(Command::Check { files }) => check(files),
        None => launch(&cli),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("plenary: {e:#}");
            ExitCode::from(2)
        }
    }
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
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "facilitator".into());
    Author { name, uid }
}

fn run(cli: &Cli, file: &Path, name: Option<&str>) -> Result<ExitCode> {
    let mut session = load_checked(file)?;
    let now = chrono::Utc::now();
    let (path, lock) = if session.live.is_some() {
        let lock = SessionLock::acquire(file)?;
        (file.to_path_buf(), lock)
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
        if session.date.is_none() {
            session.date = Some(today);
        }
        (path, lock)
    };
    let mut saver = Saver::new(path.clone());
    if !saver.save(&session) {
        bail!("{}", saver.failure().unwrap_or("cannot save the session"));
    }
    let mut app = App::new(session, me(name), path.clone());
    runtime::run(&mut app, &mut saver, &theme(cli))?;
    drop(lock);
    finish(&app, &mut saver)
}

/// After the terminal is restored: make sure the file is current, and say where it is.
fn finish(app: &App, saver: &mut Saver) -> Result<ExitCode> {
    if saver.is_pending() && !saver.save(&app.session) {
        let rescue = std::env::temp_dir().join(format!(
            "plenary-rescue-{}.json",
            app.session
                .live
                .as_ref()
                .map_or("session", |l| l.id.as_str())
        ));
        store::write_atomic(&rescue, &store::save::to_json(&app.session)).with_context(|| {
            format!(
                "{}; a rescue copy could not be written either",
                saver.failure().unwrap_or("")
            )
        })?;
        eprintln!("plenary: {}", saver.failure().unwrap_or("not saved"));
        eprintln!(
            "plenary: a copy of the whole session was written to {}",
            rescue.display()
        );
        return Ok(ExitCode::from(1));
    }
    // The terminal may be gone (a dropped SSH link): never fail over a message.
    let mut out = std::io::stdout();
    let _ = writeln!(out, "Session saved: {}", saver.path().display());
    let _ = writeln!(
        out,
        "Resume with:   plenary run {}",
        shell_quote(saver.path())
    );
    Ok(ExitCode::SUCCESS)
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
                    println!("✓ {}: a valid {kind}, “{}”", file.display(), session.title);
                } else {
                    bad += 1;
                    println!("✗ {}: {} problem(s)", file.display(), problems.len());
                    for p in problems {
                        println!("    {p}");
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

fn launch(cli: &Cli) -> Result<ExitCode> {
    let entries = launcher::discover(Path::new("sessions"), &sessions_dir(cli));
    match launcher::pick(&entries, &theme(cli))? {
        Some(file) => run(cli, &file, None),
        None => Ok(ExitCode::SUCCESS),
    }
}

//! The terminal and the event loop: sets the terminal up and always restores it,
//! waits for keys or the next visible tick, writes only the cells that changed,
//! rings the bell, and saves after every change.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::fd::AsFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration as StdDuration, Instant};

use crate::lean_backend::LeanBackend;
use anyhow::Result;
use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::style::{Attribute, ResetColor, SetAttribute};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::app::App;
use crate::clock::LiveClock;
use crate::live::host::{Host, HostEvent};
use crate::screen::Screen;
use crate::store::Keeper;
use crate::ui::Theme;

/// Frames go to fd 1 through our own buffer: `Stdout` is line-buffered and would split a
/// frame at every line feed the backend uses to move down a row.
pub(crate) type Backend = LeanBackend<BufWriter<File>>;

/// Owns the terminal while the console runs; restores it when dropped, whatever the exit path.
pub(crate) struct TerminalGuard {
    pub(crate) terminal: Terminal<Backend>,
}

fn restore_terminal() {
    let _ = terminal::disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        SetAttribute(Attribute::Reset),
        ResetColor,
        LeaveAlternateScreen,
        cursor::Show
    );
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen, with a panic hook that undoes both.
    pub(crate) fn new() -> Result<TerminalGuard> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore_terminal();
            previous(info);
        }));
        terminal::enable_raw_mode()?;
        let mut out = std::io::stdout();
        execute!(out, EnterAlternateScreen, cursor::Hide)?;
        let mut backend = LeanBackend::new(BufWriter::with_capacity(1 << 16, unbuffered_stdout()?))
            .raw_mode(true);
        let (width, height) = terminal::size()?;
        backend.set_columns(width);
        let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
        Ok(TerminalGuard {
            terminal: Terminal::with_options(backend, TerminalOptions { viewport })?,
        })
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// A second handle on fd 1 with no line buffering of its own.
fn unbuffered_stdout() -> std::io::Result<File> {
    Ok(File::from(std::io::stdout().as_fd().try_clone_to_owned()?))
}

/// How often the socket and follow-up write-backs are retried while they fail.
const SAVE_RETRY: StdDuration = StdDuration::from_secs(2);
/// How long changes may wait for the disk before quitting asks first.
const BEHIND_TOO_LONG: StdDuration = StdDuration::from_secs(1);
/// How long after a countdown's second boundary the loop wakes.
const WAKE_MARGIN: StdDuration = StdDuration::from_millis(3);
/// The longest the loop sleeps with nothing to show (the rail's minute figures).
const IDLE_WAKE: StdDuration = StdDuration::from_secs(1);
/// How long the loop works through clients' events before it looks for keys again, so a
/// burst of thousands of operations never holds up the facilitator.
const CLIENT_BUDGET: StdDuration = StdDuration::from_millis(3);
/// The most clients' events handled between looks for keys: few enough that what they
/// publish fits a client's outbox, so a client that keeps up never needs the whole state.
const CLIENT_BATCH: usize = crate::live::outbox::MAX_NEWS / 2;

/// Everything the loop waits for, arriving on one channel.
pub enum Input {
    Terminal(Event),
    /// Something a live client did.
    Host(HostEvent),
    /// The terminal hung up.
    Gone,
    /// The background saver finished a write (or failed one).
    Saved,
}

/// Reads the terminal on its own thread so a loop can wait on one channel. It polls in
/// short slices so that a hung-up terminal is noticed instead of spun on.
pub fn spawn_terminal_reader<T: Send + 'static>(
    tx: Sender<T>,
    wrap: fn(Event) -> T,
    gone: fn() -> T,
) {
    let _ = std::thread::Builder::new()
        .name("plenary-keys".into())
        .spawn(move || {
            loop {
                if terminal_gone() {
                    let _ = tx.send(gone());
                    return;
                }
                match event::poll(StdDuration::from_secs(2)) {
                    Ok(true) => match event::read() {
                        Ok(e) => {
                            if tx.send(wrap(e)).is_err() {
                                return;
                            }
                        }
                        Err(_) => return,
                    },
                    Ok(false) => {}
                    Err(_) => return,
                }
            }
        });
}

/// Runs the console until the facilitator quits or the process is told to stop. With a
/// `host`, live clients' events arrive on `inputs` beside the keys.
pub fn run(
    app: &mut App,
    keeper: &Keeper,
    theme: &Theme,
    host: Option<&Host>,
    inputs: (Sender<Input>, Receiver<Input>),
) -> Result<()> {
    let (tx, rx) = inputs;
    spawn_terminal_reader(tx, Input::Terminal, || Input::Gone);
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let clock = LiveClock::start();
    let mut guard = TerminalGuard::new()?;
    let mut screen = Screen::default();
    let (width, height) = terminal::size()?;
    let mut area = Rect::new(0, 0, width, height);
    // Counts handled events and saves: anything that may change more than the countdown.
    let mut events: u64 = 0;
    let mut acks: Vec<crate::live::serve::PendingAck> = Vec::new();
    // Since when the disk has been behind the session in memory.
    let mut behind_since: Option<Instant> = None;
    // Clients' events taken off the channel but not yet handled.
    let mut backlog: VecDeque<Input> = VecDeque::new();
    let mut last_now = clock.now();
    let mut last_retry = Instant::now();
    loop {
        let now = clock.now();
        if let Some(_bell) = app.bell_between(last_now, now)
            && !app.muted
        {
            let out = guard.terminal.backend_mut().writer_mut();
            out.write_all(b"\x07")?;
            out.flush()?;
        }
        last_now = now;
        screen.draw(
            guard.terminal.backend_mut(),
            area,
            events,
            app,
            theme,
            clock.offset(),
            now,
        )?;
        if app.should_quit() || stop.load(Ordering::Relaxed) || terminal_gone() {
            break;
        }
        // Wake just after the boundary: poll timeouts are whole milliseconds, and waking a
        // fraction early costs a render that shows nothing new.
        let wait = app
            .next_tick(now)
            .and_then(|t| (t - clock.now()).to_std().ok())
            .map_or(IDLE_WAKE, |w| w + WAKE_MARGIN)
            .min(IDLE_WAKE);
        // With clients' events still waiting, only look for keys before going on.
        let wait = if backlog.is_empty() {
            wait
        } else {
            StdDuration::ZERO
        };
        let first = match rx.recv_timeout(wait) {
            Ok(input) => Some(input),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        if first.is_some() || !backlog.is_empty() {
            // Take everything already queued. Keys go first and are drawn at once, so the
            // facilitator never waits behind a burst of note-takers' operations.
            events += 1;
            let mut keys = false;
            for input in first.into_iter().chain(rx.try_iter()) {
                match input {
                    Input::Terminal(Event::Key(key)) => {
                        app.on_key(key, clock.moment());
                        keys = true;
                    }
                    Input::Terminal(Event::Resize(width, height)) => {
                        area = Rect::new(0, 0, width, height);
                        keys = true;
                    }
                    Input::Terminal(_) => {}
                    other => backlog.push_back(other),
                }
            }
            if keys && !backlog.is_empty() {
                screen.draw(
                    guard.terminal.backend_mut(),
                    area,
                    events,
                    app,
                    theme,
                    clock.offset(),
                    clock.now(),
                )?;
                events += 1;
            }
            let began = Instant::now();
            let mut handled = 0;
            while handled < CLIENT_BATCH
                && began.elapsed() < CLIENT_BUDGET
                && let Some(input) = backlog.pop_front()
            {
                handled += 1;
                match input {
                    Input::Host(e) => {
                        if let Some(host) = host
                            && let Some(news) =
                                crate::live::serve::handle(host, app, e, clock.moment(), &mut acks)
                        {
                            app.inform(news);
                        }
                    }
                    Input::Gone => stop.store(true, Ordering::Relaxed),
                    // A write finished: acknowledgements are released below.
                    Input::Saved | Input::Terminal(_) => {}
                }
            }
            if let Some(host) = host {
                app.people = crate::live::serve::people(host);
                if let Some(conn) = app.take_disconnect() {
                    host.disconnect(conn, "the facilitator disconnected you");
                    app.people = crate::live::serve::people(host);
                }
            }
        }
        if let Some(host) = host {
            crate::live::serve::publish(host, app);
        }
        let retry_due = last_retry.elapsed() >= SAVE_RETRY;
        if (app.take_dirty() || retry_due) && write_back_follow_ups(app, &clock, false) {
            // The outcome shows on screen.
            events += 1;
        }
        // Every change goes to the journal; the writer says when it is on disk.
        keeper.record(app.take_journal());
        if retry_due {
            last_retry = Instant::now();
            if let Some(host) = host {
                events += keep_sharing(host, app);
            }
        }
        events += u64::from(track_the_disk(app, keeper, &mut behind_since));
        // Clients hear "recorded" only once the file holds it.
        if let Some(host) = host {
            crate::live::serve::release_acks(host, &mut acks, keeper.durable());
        }
    }
    // Leaving: the commitment in focus is decided too.
    write_back_follow_ups(app, &clock, true);
    keeper.record(app.take_journal());
    drop(guard);
    Ok(())
}

/// Brings what the screen says about the disk up to date: a message waiting for its change
/// to be saved, a failing disk, a file that was deleted or replaced. Returns whether the
/// screen changed.
fn track_the_disk(app: &mut App, keeper: &Keeper, behind_since: &mut Option<Instant>) -> bool {
    let durable = keeper.durable();
    let mut changed = app.saved_through(durable);
    for notice in keeper.take_notices() {
        app.warn(notice);
        changed = true;
    }
    let path = keeper.path();
    if path != app.file {
        app.file = path;
        changed = true;
    }
    let warning = keeper.warning();
    if warning != app.save_warning {
        app.save_warning = warning;
        changed = true;
    }
    let behind = durable < app.session.revision();
    let since = match (behind, *behind_since) {
        (false, _) => None,
        (true, None) => Some(Instant::now()),
        (true, Some(t)) => Some(t),
    };
    *behind_since = since;
    let worried =
        keeper.failure().is_some() || since.is_some_and(|t| t.elapsed() >= BEHIND_TOO_LONG);
    if worried != app.disk_behind {
        app.disk_behind = worried;
        changed = true;
    }
    changed
}

/// Re-creates the socket if it was removed, and says so; returns 1 if the screen changed.
fn keep_sharing(host: &Host, app: &mut App) -> u64 {
    let (recreated, warning) = match host.keep_listening() {
        Ok(recreated) => (recreated, None),
        Err(e) => (
            false,
            Some(format!("NOTE-TAKERS CANNOT JOIN, retrying: {e:#}")),
        ),
    };
    if recreated {
        app.inform(format!(
            // The news first: at 80 columns the path is cut.
            "Note-takers can join again: their socket had been removed and was re-created ({})",
            host.path().display()
        ));
    }
    let changed = recreated || warning != app.sharing_warning;
    app.sharing_warning = warning;
    u64::from(changed)
}

/// Writes statuses recorded in a follow-up dialogue back to the sessions they came from.
/// A failure (say, that session is live elsewhere) is shown and retried later; the status
/// stays recorded in this session meanwhile.
/// Returns whether any was attempted.
fn write_back_follow_ups(app: &mut App, clock: &LiveClock, all: bool) -> bool {
    let pending = app.pending_write_backs(all);
    for (index, file, op) in &pending {
        let (index, file) = (*index, file);
        match crate::store::followup::apply_to_file(file, op, &app.me, clock.moment()) {
            Ok(_) => {
                let _ = app.apply(crate::domain::Op::MarkWrittenBack { index }, clock.moment());
            }
            Err(e) => app.warn(format!(
                "Not yet written back to {}: {e}; retrying",
                file.display()
            )),
        }
    }
    !pending.is_empty()
}

/// Whether the terminal has hung up (an SSH link dropped, the window closed): then the
/// session is saved and the process ends instead of waiting on a terminal that is gone.
pub fn terminal_gone() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = std::io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    poll(&mut fds, Some(&now)).is_ok()
        && fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
}

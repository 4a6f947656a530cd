//! The terminal while a front end runs: raw mode and the alternate screen on the way in,
//! and on every way out (return, error, panic, signal, hang-up) the terminal as it was.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::fd::AsFd;

use anyhow::Result;
use ratatui::crossterm::style::{Attribute, ResetColor, SetAttribute};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::lean_backend::LeanBackend;

/// Frames go to fd 1 through our own buffer: `Stdout` is line-buffered and would split a
/// frame at every line feed the backend uses to move down a row.
pub type Backend = LeanBackend<BufWriter<File>>;

/// Puts the terminal back as it was: raw mode off, main screen, cursor shown, no colour.
/// Safe to call more than once, and from a panic hook.
pub fn restore() {
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

/// After the process was stopped from outside and continued (SIGCONT, nc14 #13): the shell
/// put the terminal back in cooked mode meanwhile and printed over the screen, so raw mode
/// (as crossterm set it) and the alternate screen are taken again; the caller redraws whole.
/// Nothing while no front end holds the terminal.
pub fn resume() {
    use nix::sys::termios::{SetArg, cfmakeraw, tcgetattr, tcsetattr};
    if !terminal::is_raw_mode_enabled().unwrap_or(false) {
        return;
    }
    let stdin = std::io::stdin();
    let device = (!std::io::IsTerminal::is_terminal(&stdin))
        .then(|| File::options().read(true).write(true).open("/dev/tty").ok())
        .flatten();
    let fd = match &device {
        Some(f) => f.as_fd(),
        None => stdin.as_fd(),
    };
    if let Ok(mut settings) = tcgetattr(fd) {
        cfmakeraw(&mut settings);
        let _ = tcsetattr(fd, SetArg::TCSANOW, &settings);
    }
    let _ = execute!(std::io::stdout(), EnterAlternateScreen, cursor::Hide);
}

/// Owns the terminal while a front end runs; restores it when dropped, whatever the exit.
pub struct TerminalGuard {
    pub terminal: Terminal<Backend>,
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen, with a panic hook that undoes both.
    pub fn new() -> Result<TerminalGuard> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
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

    /// Follows a new terminal size: the next frame is drawn whole.
    pub fn resize(&mut self, width: u16, height: u16) -> Result<()> {
        self.terminal.backend_mut().set_columns(width);
        self.terminal.resize(Rect::new(0, 0, width, height))?;
        Ok(())
    }

    /// Rings the terminal's bell.
    pub fn bell(&mut self) -> Result<()> {
        let out = self.terminal.backend_mut().writer_mut();
        out.write_all(b"\x07")?;
        out.flush()?;
        Ok(())
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// A second handle on fd 1 with no line buffering of its own.
fn unbuffered_stdout() -> std::io::Result<File> {
    Ok(File::from(std::io::stdout().as_fd().try_clone_to_owned()?))
}

/// Whether the terminal has hung up (an SSH link dropped, the window closed): then the
/// front end is told to stop instead of waiting on a terminal that is gone.
pub fn gone() -> bool {
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

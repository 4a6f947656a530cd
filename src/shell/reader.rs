//! The process's one terminal reader. A front end attaches to it while it runs; keys that
//! arrive between two front ends (the launcher handing over to the console, say) wait for
//! the next one instead of being read by a reader left over from the first and lost.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::mpsc::Sender;
use std::time::Duration;

use std::os::fd::{AsFd, BorrowedFd};

use ratatui::crossterm::event::KeyEvent;

use super::decode::Decoder;
use super::{Input, Stop, terminal};

/// What the terminal said, before it is addressed to a front end.
#[derive(Clone, Copy)]
enum Heard {
    Key(KeyEvent),
    Resize(u16, u16),
    Gone,
}

impl<M> From<Heard> for Input<M> {
    fn from(heard: Heard) -> Self {
        match heard {
            Heard::Key(k) => Input::Key(k),
            Heard::Resize(w, h) => Input::Resize(w, h),
            Heard::Gone => Input::Stop(Stop::HangUp),
        }
    }
}

type Target = Box<dyn Fn(Heard) -> bool + Send>;

struct Reader {
    /// The front end attached now; `false` from it means it is gone.
    target: Option<Target>,
    /// What came while none was attached, in order.
    waiting: VecDeque<Heard>,
    running: bool,
}

static READER: Mutex<Reader> = Mutex::new(Reader {
    target: None,
    waiting: VecDeque::new(),
    running: false,
});

/// Attached while alive: dropping it detaches the front end.
pub struct Attached(());

impl Drop for Attached {
    fn drop(&mut self) {
        if let Ok(mut r) = READER.lock() {
            r.target = None;
        }
    }
}

/// Sends the terminal's keys and resizes to `tx` from now on, those that came while no
/// front end listened first; starts the reader thread the first time.
pub fn attach<M: Send + 'static>(tx: Sender<Input<M>>) -> Attached {
    let Ok(mut r) = READER.lock() else {
        return Attached(());
    };
    while let Some(heard) = r.waiting.pop_front() {
        if tx.send(heard.into()).is_err() {
            break;
        }
    }
    r.target = Some(Box::new(move |heard| tx.send(heard.into()).is_ok()));
    if !r.running {
        r.running = std::thread::Builder::new()
            .name("plenary-keys".into())
            .spawn(read_forever)
            .is_ok();
    }
    Attached(())
}

/// Detaches, and gives back the keys the front end was sent but never handled (it
/// finished first), so the next front end gets them, before anything typed later.
pub fn detach_returning<M>(attached: Attached, unhandled: impl Iterator<Item = Input<M>>) {
    drop(attached);
    let keys: Vec<Heard> = unhandled
        .filter_map(|input| match input {
            Input::Key(k) => Some(Heard::Key(k)),
            _ => None,
        })
        .collect();
    if let Ok(mut r) = READER.lock() {
        for heard in keys.into_iter().rev() {
            r.waiting.push_front(heard);
        }
    }
}

fn deliver(heard: Heard) {
    let Ok(mut r) = READER.lock() else {
        return;
    };
    let taken = r.target.as_ref().is_some_and(|send| send(heard));
    if !taken {
        r.target = None;
        r.waiting.push_back(heard);
    }
}

/// How long the rest of a key's sequence cut by a read is waited for (ESC [ came, its
/// final letter not yet); after that the bytes are read as typed.
const SEQUENCE_WAIT: Duration = Duration::from_millis(50);

/// Reads the terminal in short slices, so that a hung-up terminal is noticed instead of
/// spun on; its bytes become keys by `decode` (issue 14, item 9: an Esc is a key of its
/// own, however quickly the next arrives), a SIGWINCH becomes the new size.
fn read_forever() {
    watch_resizes();
    let tty = match Tty::open() {
        Ok(tty) => tty,
        Err(_) => {
            stopped();
            return;
        }
    };
    let mut decoder = Decoder::default();
    let mut buf = [0u8; 1024];
    loop {
        if terminal::gone() {
            deliver(Heard::Gone);
            break;
        }
        let wait = if decoder.waiting() {
            SEQUENCE_WAIT
        } else {
            Duration::from_secs(2)
        };
        decoder.raw = ratatui::crossterm::terminal::is_raw_mode_enabled().unwrap_or(true);
        let keys = match tty.wait(wait) {
            Ok(true) => match tty.read(&mut buf) {
                // End of input with no hang-up (Ctrl-D between two front ends, when the
                // terminal is not raw): nothing typed; a hang-up is seen at the loop's top.
                Ok(0) => continue,
                Ok(n) => decoder.feed(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            },
            Ok(false) => decoder.flush(),
            Err(_) => break,
        };
        for key in keys {
            deliver(Heard::Key(key));
        }
    }
    stopped();
}

fn stopped() {
    if let Ok(mut r) = READER.lock() {
        r.running = false;
    }
}

/// Where keys come from: standard input when it is the terminal, else /dev/tty.
enum Tty {
    Stdin,
    Device(std::fs::File),
}

impl Tty {
    fn open() -> std::io::Result<Tty> {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            Ok(Tty::Stdin)
        } else {
            Ok(Tty::Device(std::fs::File::open("/dev/tty")?))
        }
    }

    fn fd(&self) -> BorrowedFd<'_> {
        match self {
            Tty::Stdin => rustix::stdio::stdin(),
            Tty::Device(f) => f.as_fd(),
        }
    }

    /// Whether bytes came within `wait`.
    fn wait(&self, wait: Duration) -> std::io::Result<bool> {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        let timeout = Timespec {
            tv_sec: wait.as_secs() as i64,
            tv_nsec: i64::from(wait.subsec_nanos()),
        };
        let fd = self.fd();
        let mut fds = [PollFd::new(&fd, PollFlags::IN)];
        match poll(&mut fds, Some(&timeout)) {
            Ok(n) => Ok(n > 0),
            Err(rustix::io::Errno::INTR) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    fn read(&self, buf: &mut [u8]) -> std::io::Result<usize> {
        Ok(rustix::io::read(self.fd(), buf)?)
    }
}

/// The terminal's new size after each SIGWINCH, as the terminal library reported it; after
/// a SIGCONT (stopped from outside, then continued: nc14 #13) raw mode again, and the size,
/// which has the front end draw the whole screen anew.
fn watch_resizes() {
    use signal_hook::consts::{SIGCONT, SIGWINCH};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGWINCH, SIGCONT]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("plenary-resize".into())
        .spawn(move || {
            for signal in signals.forever() {
                if signal == SIGCONT {
                    terminal::resume();
                }
                if let Ok((w, h)) = ratatui::crossterm::terminal::size() {
                    deliver(Heard::Resize(w, h));
                }
            }
        });
}

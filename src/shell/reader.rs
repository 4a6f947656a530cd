//! The process's one terminal reader. A front end attaches to it while it runs; keys that
//! arrive between two front ends (the launcher handing over to the console, say) wait for
//! the next one instead of being read by a reader left over from the first and lost.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::mpsc::Sender;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyEvent, KeyEventKind};

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

/// Reads in short slices, so that a hung-up terminal is noticed instead of spun on.
fn read_forever() {
    loop {
        if terminal::gone() {
            deliver(Heard::Gone);
            break;
        }
        let heard = match event::poll(Duration::from_secs(2)) {
            Ok(true) => match event::read() {
                Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => Heard::Key(key),
                Ok(Event::Resize(w, h)) => Heard::Resize(w, h),
                Ok(_) => continue,
                Err(_) => break,
            },
            Ok(false) => continue,
            Err(_) => break,
        };
        deliver(heard);
    }
    if let Ok(mut r) = READER.lock() {
        r.running = false;
    }
}

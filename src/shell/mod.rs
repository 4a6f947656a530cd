//! The one terminal shell every front end runs in: the console, the note-taker's screen,
//! review and the launcher.
//!
//! Everything a front end hears arrives on one channel: keys and resizes from a reader
//! thread, signals (SIGTERM, SIGHUP, SIGINT) and a hung-up terminal as `Stop`, and messages
//! from the front end's own sources (a live host, a link, the disk writer, a worker). The
//! front end's `update` turns each input into state changes and effects as data; its
//! `Runner` carries the effects out (the only place with IO); its `view` draws the whole
//! screen, through ratatui's `Terminal` over `LeanBackend`, after anything was handled and
//! when the front end's next visible second comes. The shell sleeps in between.

mod decode;
mod reader;
pub mod terminal;

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use anyhow::Result;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;

pub use terminal::TerminalGuard;

/// Why a front end must stop now, without asking anything: it saves and leaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// SIGTERM: the system or a person asked the process to end.
    Terminate,
    /// SIGHUP, or the terminal is gone (an SSH link dropped, the window closed).
    HangUp,
    /// SIGINT sent from outside (Ctrl-C in the terminal arrives as a key instead).
    Interrupt,
}

/// One thing a front end is told.
#[derive(Debug)]
pub enum Input<M> {
    Key(KeyEvent),
    /// The terminal changed size; the next frame is drawn whole.
    Resize(u16, u16),
    /// From one of the front end's own sources.
    Message(M),
    /// The moment the front end asked to be woken at has come.
    Tick,
    Stop(Stop),
}

/// A screen: state, how it changes, and how it looks.
pub trait Frontend {
    /// What the front end's sources send it.
    type Message: Send + 'static;
    /// What it asks its runner to do.
    type Effect;
    /// Handles one input; what needs the world outside is pushed to `effects`.
    fn update(&mut self, input: Input<Self::Message>, effects: &mut Vec<Self::Effect>);
    /// Draws the whole screen from the state.
    fn view(&self, frame: &mut Frame<'_>);
    /// How long until the screen changes by itself (a countdown's next second).
    fn wake_in(&self) -> Option<Duration> {
        None
    }
    /// Whether the front end is done; the shell then restores the terminal and returns.
    fn finished(&self) -> bool;
}

/// Carries out a front end's effects: saving, sending, writing back, ringing the bell.
pub trait Runner<F: Frontend> {
    /// Performs one effect. An outcome known at once is returned and handed straight to
    /// the front end's `update`; one that comes later is sent as a message by its source.
    fn perform(
        &mut self,
        effect: F::Effect,
        front: &mut F,
        terminal: &mut TerminalGuard,
    ) -> Result<Option<F::Message>>;

    /// Called once after each pass over the inputs, to do what is due.
    fn after_pass(&mut self, _front: &mut F) -> Result<()> {
        Ok(())
    }
}

/// The runner of a front end with no effects.
pub struct NoEffects;

impl<F: Frontend<Effect = std::convert::Infallible>> Runner<F> for NoEffects {
    fn perform(
        &mut self,
        effect: F::Effect,
        _front: &mut F,
        _terminal: &mut TerminalGuard,
    ) -> Result<Option<F::Message>> {
        match effect {}
    }
}

/// How long the shell sleeps with nothing to show.
const IDLE: Duration = Duration::from_secs(1);
/// How long after the front end's next visible change the shell wakes: timeouts are whole
/// milliseconds, and waking a fraction early costs a frame that shows nothing new.
const WAKE_MARGIN: Duration = Duration::from_millis(3);
/// How long messages are handled before the shell looks for keys again, so a burst of
/// thousands of note-takers' operations never holds up the person at the keyboard.
const MESSAGE_BUDGET: Duration = Duration::from_millis(3);
/// The most messages handled between looks for keys.
const MESSAGE_BATCH: usize = 256;

/// The channel a front end's sources post to, and the loop that serves it.
pub struct Shell<M> {
    tx: Sender<Input<M>>,
    rx: Receiver<Input<M>>,
}

impl<M: Send + 'static> Default for Shell<M> {
    fn default() -> Self {
        let (tx, rx) = channel();
        Shell { tx, rx }
    }
}

impl<M: Send + 'static> Shell<M> {
    /// A sender for the front end's sources: each message arrives as `Input::Message`.
    pub fn messages(&self) -> impl Fn(M) + Send + Sync + Clone + 'static {
        let tx = self.tx.clone();
        move |m| {
            let _ = tx.send(Input::Message(m));
        }
    }

    /// Runs `front` until it is finished or told to stop; the terminal is restored on every
    /// way out.
    pub fn run<F, R>(self, front: &mut F, runner: &mut R) -> Result<()>
    where
        F: Frontend<Message = M>,
        R: Runner<F>,
    {
        let Shell { tx, rx } = self;
        listen_for_signals(tx.clone())?;
        let keys = reader::attach(tx);
        let mut terminal = TerminalGuard::new()?;
        let mut backlog: VecDeque<Input<M>> = VecDeque::new();
        let mut effects = Vec::new();
        let mut stopping = false;
        let mut unhandled: VecDeque<Input<M>> = VecDeque::new();
        loop {
            terminal.terminal.draw(|f| front.view(f))?;
            if front.finished() || stopping {
                // Keys typed after the last one this front end took are the next one's.
                reader::detach_returning(keys, unhandled.into_iter().chain(rx.try_iter()));
                return Ok(());
            }
            let wait = if backlog.is_empty() {
                front.wake_in().map_or(IDLE, |w| w + WAKE_MARGIN).min(IDLE)
            } else {
                Duration::ZERO
            };
            let first = match rx.recv_timeout(wait) {
                Ok(input) => Some(input),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            };
            let idle = first.is_none() && backlog.is_empty();
            // Keys, resizes and stops first, and drawn at once.
            let mut urgent = false;
            let mut inputs = first.into_iter().chain(rx.try_iter());
            while let Some(input) = inputs.next() {
                if front.finished() {
                    unhandled.push_back(input);
                    unhandled.extend(inputs);
                    break;
                }
                match input {
                    Input::Key(_) | Input::Stop(_) => {
                        stopping |= matches!(input, Input::Stop(_));
                        urgent = true;
                        update(front, runner, &mut terminal, input, &mut effects)?;
                    }
                    Input::Resize(w, h) => {
                        terminal.resize(w, h)?;
                        urgent = true;
                        update(front, runner, &mut terminal, input, &mut effects)?;
                    }
                    other => backlog.push_back(other),
                }
            }
            if urgent && !backlog.is_empty() {
                terminal.terminal.draw(|f| front.view(f))?;
            }
            let began = Instant::now();
            let mut handled = 0;
            while handled < MESSAGE_BATCH
                && began.elapsed() < MESSAGE_BUDGET
                && let Some(input) = backlog.pop_front()
            {
                handled += 1;
                update(front, runner, &mut terminal, input, &mut effects)?;
            }
            if idle {
                update(front, runner, &mut terminal, Input::Tick, &mut effects)?;
            }
            runner.after_pass(front)?;
        }
    }
}

fn update<F: Frontend, R: Runner<F>>(
    front: &mut F,
    runner: &mut R,
    terminal: &mut TerminalGuard,
    input: Input<F::Message>,
    effects: &mut Vec<F::Effect>,
) -> Result<()> {
    panic_if_asked(&input);
    front.update(input, effects);
    // Outcomes go back to `update` and may ask for more effects, in order.
    let mut queue: VecDeque<F::Effect> = effects.drain(..).collect();
    while let Some(effect) = queue.pop_front() {
        if let Some(outcome) = runner.perform(effect, front, terminal)? {
            front.update(Input::Message(outcome), effects);
            queue.extend(effects.drain(..));
        }
    }
    Ok(())
}

/// In a debug build with `PLENARY_TEST_PANIC` set, F12 panics: how the tests check that a
/// panic restores the terminal in every front end. Release builds have no such key.
fn panic_if_asked<M>(input: &Input<M>) {
    #[cfg(debug_assertions)]
    if let Input::Key(key) = input
        && key.code == ratatui::crossterm::event::KeyCode::F(12)
        && std::env::var_os("PLENARY_TEST_PANIC").is_some()
    {
        panic!("F12 with PLENARY_TEST_PANIC set: a panic, to test that the terminal is restored");
    }
    #[cfg(not(debug_assertions))]
    let _ = input;
}

/// SIGTERM, SIGHUP, SIGINT (and SIGQUIT, SIGUSR1, SIGUSR2, which would otherwise end the
/// process with the terminal left raw) become `Stop` inputs, handled like any other.
fn listen_for_signals<M: Send + 'static>(tx: Sender<Input<M>>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};
    // Every signal whose default would end the process with the terminal left raw.
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2])?;
    std::thread::Builder::new()
        .name("plenary-signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let stop = match signal {
                    SIGHUP => Stop::HangUp,
                    SIGINT => Stop::Interrupt,
                    _ => Stop::Terminate,
                };
                if tx.send(Input::Stop(stop)).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

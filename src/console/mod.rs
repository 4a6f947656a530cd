//! The facilitator's console as a front end of the shell: keys go to the app (its host
//! seat), the disk writer and the live host report as messages, and what needs the world
//! outside comes back as effects for `runner::HostRunner`: the bell, a disconnection, a
//! note-taker's message to serve, a follow-up to write back to an earlier session.

pub mod bell;
pub mod runner;

use crate::tr;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::FixedOffset;

use crate::app::{self, App};
use crate::clock::LiveClock;
use crate::domain::{Moment, Op};
use crate::live::host::HostEvent;
use crate::shell::{Frontend, Input};
use crate::store::keeper::DiskState;
use crate::ui::{self, Ctx, Theme};

/// How long changes may wait for the disk before quitting asks first.
const BEHIND_TOO_LONG: Duration = Duration::from_secs(1);
/// How long after a failed write-back the next try waits.
const WRITE_BACK_RETRY: Duration = Duration::from_secs(2);

/// What the console's sources tell it.
#[derive(Debug)]
pub enum Message {
    /// A note-taker or viewer did something.
    Host(HostEvent),
    /// The disk writer's state changed.
    Disk(DiskState),
    /// The bell command could not be run, or failed (said once).
    BellFailed(String),
    /// An export was written (where), or why not.
    Exported {
        format: crate::report::ExportFormat,
        result: Result<PathBuf, String>,
    },
    /// A follow-up status was written back to its earlier session (or why not).
    WrittenBack {
        index: usize,
        file: PathBuf,
        result: Result<(), String>,
    },
}

/// What the console asks of the world outside.
#[derive(Debug)]
pub enum Effect {
    /// Ring the bell: the terminal's, and the bell command if one was given.
    Bell(app::bell::Ring),
    /// End a note-taker's connection.
    Disconnect { conn: u64 },
    /// Serve what a note-taker or viewer did.
    Serve(HostEvent),
    /// Write a follow-up status back to the session it came from.
    WriteBack { index: usize, file: PathBuf, op: Op },
    /// Write the outcome document or calendar beside the session file.
    Export(crate::report::ExportFormat),
}

/// The facilitator's console: the app, its clock, and what it keeps track of between inputs.
pub struct Console<'a> {
    pub app: App,
    clock: LiveClock,
    theme: &'a Theme,
    /// Since when the disk has been behind the session in memory.
    behind_since: Option<Instant>,
    /// Whether writing is failing now (not merely slow).
    failing: bool,
    durable: u64,
    /// Write-backs under way, and those to try again after a failure, by carried index.
    writing_back: HashMap<usize, Option<Instant>>,
}

impl<'a> Console<'a> {
    /// The console for `app` (a host seat), with `durable` the revision already on disk.
    pub fn new(app: App, theme: &'a Theme, durable: u64) -> Self {
        let clock = LiveClock::start();
        Console {
            app,
            clock,
            theme,
            behind_since: None,
            failing: false,
            durable,
            writing_back: HashMap::new(),
        }
    }

    /// The instant and today's date, as operations need them.
    pub fn moment(&self) -> Moment {
        self.clock.moment()
    }

    /// The local time zone offset, fixed for the session.
    pub fn offset(&self) -> FixedOffset {
        self.clock.offset()
    }

    fn on_disk(&mut self, disk: DiskState) {
        self.durable = disk.durable;
        self.failing = disk.failure.is_some();
        self.app.saved_through(disk.durable);
        for notice in disk.notices {
            self.app.warn(notice);
        }
        if let Some(h) = self.app.host_mut() {
            h.save_warning = disk.failure.or(disk.lagging);
            h.file = disk.path;
        }
    }

    /// After every input: what changed by itself since the last one.
    fn after_input(&mut self, effects: &mut Vec<Effect>) {
        if let Some(ring) = self.app.bell_due(self.clock.now()) {
            effects.push(Effect::Bell(ring));
        }
        let behind = self.durable < self.app.session.revision();
        self.behind_since = match (behind, self.behind_since) {
            (false, _) => None,
            (true, since) => Some(since.unwrap_or_else(Instant::now)),
        };
        let worried = self.failing
            || self
                .behind_since
                .is_some_and(|t| t.elapsed() >= BEHIND_TOO_LONG);
        let now = self.clock.now();
        self.app.fade_comings(now);
        if let Some(h) = self.app.host_mut() {
            h.disk_behind = worried;
            // A note-taker's news fades on time.
            if h.notice.as_ref().is_some_and(|(_, until)| *until <= now) {
                h.notice = None;
            }
        }
        for (index, file, op) in self.app.write_backs_due(now) {
            let due = match self.writing_back.get(&index) {
                None => true,
                Some(None) => false,
                Some(Some(retry)) => retry.elapsed() >= WRITE_BACK_RETRY,
            };
            if due {
                self.writing_back.insert(index, None);
                effects.push(Effect::WriteBack { index, file, op });
            }
        }
    }

    fn written_back(&mut self, index: usize, file: PathBuf, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.writing_back.remove(&index);
                let at = self.moment();
                let _ = self.app.apply(Op::MarkWrittenBack { index }, at);
            }
            Err(e) => {
                self.writing_back.insert(index, Some(Instant::now()));
                self.app.warn(tr!(
                    "console-not-written-back",
                    file = file.display().to_string(),
                    why = e.to_string()
                ));
            }
        }
    }
}

impl Frontend for Console<'_> {
    type Message = Message;
    type Effect = Effect;

    fn update(&mut self, input: Input<Message>, effects: &mut Vec<Effect>) {
        match input {
            Input::Key(key) => {
                let at = self.moment();
                match self.app.on_key(key, at) {
                    Some(app::Effect::Disconnect { conn, .. }) => {
                        effects.push(Effect::Disconnect { conn })
                    }
                    Some(app::Effect::Export(format)) => effects.push(Effect::Export(format)),
                    None => {}
                }
            }
            Input::Message(Message::Host(event)) => effects.push(Effect::Serve(event)),
            Input::Message(Message::Disk(disk)) => self.on_disk(disk),
            Input::Message(Message::WrittenBack {
                index,
                file,
                result,
            }) => self.written_back(index, file, result),
            Input::Stop(_) => self.app.stop(),
            Input::Message(Message::Exported { format, result }) => {
                self.app.exported(format, result)
            }
            Input::Message(Message::BellFailed(why)) => {
                self.app.warn(tr!("console-bell-failed", why = why))
            }
            Input::Resize(w, h) => {
                self.app.rows = h;
                if let Some(host) = self.app.host_mut() {
                    host.screen = (w, h);
                }
            }
            Input::Tick => {}
        }
        self.after_input(effects);
    }

    fn view(&self, frame: &mut ratatui::Frame<'_>) {
        let ctx = Ctx {
            now: self.clock.now(),
            offset: self.clock.offset(),
            theme: self.theme,
        };
        let area = frame.area();
        ui::render(&self.app, &ctx, area, frame.buffer_mut());
    }

    fn wake_in(&self) -> Option<Duration> {
        let now = self.clock.now();
        // The projector's flash ends on time, whatever else ticks.
        let flash_end = self
            .app
            .host()
            .and_then(|h| {
                let notice_end = h.notice.as_ref().map(|(_, until)| *until);
                match (h.flash_until.filter(|end| *end > now), notice_end) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                }
            })
            .filter(|end| *end > now);
        // nc15 #11: a follow-up in focus is written back once it has settled.
        let settles = self.app.write_back_settles_at().filter(|end| *end > now);
        let comings = self.app.comings_fade_at().filter(|end| *end > now);
        let next = [self.app.next_tick(now), flash_end, settles, comings]
            .into_iter()
            .flatten()
            .min()?;
        (next - now).to_std().ok()
    }

    fn finished(&self) -> bool {
        self.app.should_quit()
    }
}

//! Carries out the console's effects, the only place with its IO: the journal of applied
//! operations (the disk writer), the live host and its clients, the bell, and follow-ups
//! written back to earlier sessions on a worker thread, off the loop.

use crate::tr;
use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use anyhow::Result;

use super::{Console, Effect, Message};
use crate::domain::{Author, Moment, Op};
use crate::live::host::Host;
use crate::live::serve::{self, PendingAck};
use crate::shell::{Runner, TerminalGuard};
use crate::store::Keeper;

/// How often a socket that was removed is looked for and re-created.
const SHARING_CHECK: Duration = Duration::from_secs(2);

/// One follow-up to write back.
struct Job {
    index: usize,
    file: PathBuf,
    op: Op,
    by: Author,
    at: Moment,
}

/// The console's runner: the disk writer, the live host (when sharing works), the
/// acknowledgements waiting for the disk, and the write-back worker.
pub struct HostRunner<'a> {
    keeper: &'a Keeper,
    host: Option<&'a Host>,
    acks: Vec<PendingAck>,
    jobs: Sender<Job>,
    worker: Option<std::thread::JoinHandle<()>>,
    last_sharing_check: Instant,
    /// The bell command, when one was given.
    bell: Option<super::bell::Ringer>,
}

impl<'a> HostRunner<'a> {
    /// A runner over `keeper` and `host`; write-back outcomes are sent to `tell`.
    pub fn new(
        keeper: &'a Keeper,
        host: Option<&'a Host>,
        tell: impl Fn(Message) + Send + 'static,
    ) -> Self {
        let (jobs, queue) = channel::<Job>();
        // Locking, reading and writing another session's file never holds up the keys.
        let worker = std::thread::Builder::new()
            .name("plenary-write-back".into())
            .spawn(move || {
                for job in queue {
                    let result = write_back(&job);
                    tell(Message::WrittenBack {
                        index: job.index,
                        file: job.file,
                        result,
                    });
                }
            })
            .ok();
        HostRunner {
            keeper,
            host,
            acks: Vec::new(),
            jobs,
            worker,
            last_sharing_check: Instant::now(),
            bell: None,
        }
    }

    /// Rings `ringer`'s command as well as the terminal's bell.
    pub fn with_bell(mut self, ringer: Option<super::bell::Ringer>) -> Self {
        self.bell = ringer;
        self
    }

    /// Hands what was applied to the journal and then to live clients, in order.
    fn flush(&mut self, console: &mut Console<'_>) {
        let applied = console.app.take_applied();
        if let Some(host) = self.host {
            serve::publish(host, &applied, &console.app.session);
        }
        self.keeper.record(applied);
    }

    /// After the shell: every recorded follow-up written back (the one in focus too, now it
    /// is decided), here and now, and what that applied handed to the journal.
    pub fn finish(mut self, console: &mut Console<'_>) {
        drop(self.jobs);
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
        let at = console.moment();
        for (index, file, op) in console.app.pending_write_backs(true) {
            let job = Job {
                index,
                file,
                op,
                by: console.app.me.clone(),
                at,
            };
            if write_back(&job).is_ok() {
                let _ = console.app.apply(Op::MarkWrittenBack { index }, at);
            }
        }
        let applied = console.app.take_applied();
        self.keeper.record(applied);
    }
}

/// Writes the session as it is now, in `format`, beside its file.
fn export(console: &Console<'_>, format: crate::report::ExportFormat) -> Message {
    let file = console
        .app
        .host()
        .map(|h| h.file.clone())
        .unwrap_or_default();
    let at = console.moment();
    let text = crate::report::export(
        &console.app.session,
        &file.display().to_string(),
        format,
        at.now,
        console.offset(),
        at.today,
    );
    let target = format.beside(&file);
    let result = crate::store::save::write_atomic_shared(&target, text.as_bytes())
        .map(|()| target.clone())
        .map_err(|e| format!("cannot write {}: {e}", target.display()));
    Message::Exported { format, result }
}

fn write_back(job: &Job) -> Result<(), String> {
    crate::store::followup::apply_to_file(&job.file, &job.op, &job.by, job.at)
        .map(drop)
        .map_err(|e| e.to_string())
}

impl Runner<Console<'_>> for HostRunner<'_> {
    fn perform(
        &mut self,
        effect: Effect,
        console: &mut Console<'_>,
        terminal: &mut TerminalGuard,
    ) -> Result<Option<Message>> {
        match effect {
            Effect::Bell(ring) => {
                if let Some(bell) = &self.bell {
                    bell.ring(ring);
                }
                terminal.bell()?
            }
            Effect::Disconnect { conn } => {
                if let Some(host) = self.host {
                    host.disconnect(conn, "the facilitator disconnected you");
                    if let Some(h) = console.app.host_mut() {
                        h.people = serve::people(host);
                    }
                }
            }
            Effect::Serve(event) => {
                // Everyone already joined hears what was applied before a welcome's copy of
                // the session, and a newcomer hears none of it twice.
                self.flush(console);
                if let Some(host) = self.host {
                    let at = console.moment();
                    let news = serve::handle(host, &mut console.app, event, at, &mut self.acks);
                    if let Some(news) = news {
                        console.app.people_news(news, at.now);
                    }
                    // Who is connected changes only with what clients do.
                    if let Some(h) = console.app.host_mut() {
                        h.people = serve::people(host);
                    }
                }
            }
            Effect::Export(format) => return Ok(Some(export(console, format))),
            Effect::WriteBack { index, file, op } => {
                let job = Job {
                    index,
                    file,
                    op,
                    by: console.app.me.clone(),
                    at: console.moment(),
                };
                let _ = self.jobs.send(job);
            }
        }
        Ok(None)
    }

    fn after_pass(&mut self, console: &mut Console<'_>) -> Result<()> {
        self.flush(console);
        let Some(host) = self.host else {
            return Ok(());
        };
        // Clients hear "recorded" only once the file holds it.
        serve::release_acks(host, &mut self.acks, self.keeper.durable());
        if self.last_sharing_check.elapsed() >= SHARING_CHECK {
            self.last_sharing_check = Instant::now();
            keep_sharing(host, console);
        }
        Ok(())
    }
}

/// Re-creates the socket if it was removed, and says so.
fn keep_sharing(host: &Host, console: &mut Console<'_>) {
    let (recreated, warning) = match host.keep_listening() {
        Ok(recreated) => (recreated, None),
        Err(e) => (
            false,
            Some(tr!("console-cannot-join", why = format!("{e:#}"))),
        ),
    };
    if recreated {
        // The news first: at 80 columns the path is cut.
        console.app.inform(tr!(
            "console-can-join-again",
            path = host.path().display().to_string()
        ));
    }
    if let Some(h) = console.app.host_mut() {
        h.sharing_warning = warning;
    }
}

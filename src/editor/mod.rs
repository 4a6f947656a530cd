//! The agenda editor of `plenary new` and `plenary edit`: the console's plan view over an
//! agenda opened with `Session::for_editing`, so items and groups are added, moved, resized
//! and taken out by the same operations and the same code as live plan changes, plus the
//! forms only a prepared agenda needs (details, participants, every field of a group and an
//! item). Nothing here does IO: saving is an effect (`Effect::Save`) the front end's runner
//! carries out (`front`), and the outcome comes back as a message.

pub mod chooser;
mod details;
mod dialogs;
mod effects;
pub mod forms;
pub mod front;
pub mod keys;
mod lists;
pub mod stand_ins;
mod submit;
mod suggestions;
pub mod templates;
mod typos;

use std::path::PathBuf;

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use crate::app::{App, PlanPane, View};
use crate::domain::{Author, Moment, Session};
pub use effects::{Effect, Message, SaveError};
use forms::EditForm;
use keys::{Action, KEYMAP, Scope};

/// Which of the editor's screens shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The agenda and the groups: the console's plan view.
    Plan,
    Participants,
}

/// A question the editor asks before doing something that cannot be undone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Quit with changes not saved.
    QuitUnsaved,
    /// Quit from an open form (Ctrl-C there), throwing its typed text away: the console's
    /// and review's rule (recheck NEW-11: here Ctrl-C was only the form's Esc).
    QuitDiscardingForm,
    /// Remove the participant at this index.
    RemovePerson(usize),
    /// Save though values the file held that could not be read are still stand-ins (and
    /// quit after, when the save was asked on the way out).
    WriteStandIns { then_quit: bool },
}

/// The editor's state: the app holding the agenda being edited, the file, and what shows.
pub struct Editor {
    pub app: App,
    /// The file saved to; `None` until the first save of a new agenda names one.
    pub file: Option<PathBuf>,
    /// Where a new agenda's file is made.
    pub dir: PathBuf,
    /// The agenda as it was last saved (or opened), to tell unsaved changes.
    saved: Session,
    /// Whether the agenda was ever on disk (a new one is unsaved until then).
    on_disk: bool,
    pub screen: Screen,
    pub form: Option<EditForm>,
    pub ask: Option<Ask>,
    pub person: usize,
    pub help: bool,
    pub help_scroll: u16,
    /// The list of every problem and warning, when shown: how far it is scrolled.
    pub problems: Option<u16>,
    /// The last message: (text, is it a refusal).
    pub flash: Option<(String, bool)>,
    /// Values of the opened file that could not be read, with what stands in for them;
    /// emptied once a save has written the file.
    pub stand_ins: Vec<crate::store::stand_ins::StandIn>,
    /// The paths of stand-ins whose form was saved since: set, even to the same value.
    settled: Vec<String>,
    /// Where the changes went when the process was stopped before they were saved.
    pub rescued: Option<Result<PathBuf, String>>,
    /// What the file held when last read or written here (see `Effect::Save`).
    pub disk: Option<Vec<u8>>,
    /// What is printed again once the editor closes (every spreadsheet row left out).
    pub said_at_exit: Vec<String>,
    /// Whether a save wrote the file here: quitting says "saved" only then (nc13c #9).
    pub wrote: bool,
    quit: bool,
}

/// How far PgUp and PgDn move in the participants.
const PAGE: usize = 10;

impl Editor {
    /// The editor on `agenda`, saved to `file` (or a new file in `dir` named from the title);
    /// `on_disk` when `file` already holds this agenda (`plenary edit`).
    pub fn new(
        agenda: Session,
        file: Option<PathBuf>,
        dir: PathBuf,
        on_disk: bool,
        at: Moment,
    ) -> Editor {
        let saved = agenda.clone();
        let session = Session::for_editing(agenda, at.now);
        let me = Author {
            name: "editor".into(),
            uid: None,
        };
        let mut app = App::new(session, me, file.clone().unwrap_or_default());
        app.view = View::Plan;
        Editor {
            app,
            file,
            dir,
            saved,
            on_disk,
            screen: Screen::Plan,
            form: None,
            ask: None,
            person: 0,
            help: false,
            help_scroll: 0,
            problems: None,
            flash: None,
            stand_ins: Vec::new(),
            settled: Vec::new(),
            rescued: None,
            disk: None,
            said_at_exit: Vec::new(),
            wrote: false,
            quit: false,
        }
    }

    /// The agenda as it would be saved now.
    pub fn agenda(&self) -> Session {
        self.app.session.edited_agenda()
    }

    /// Whether there is something not yet on disk.
    pub fn unsaved(&self) -> bool {
        !self.on_disk || self.agenda() != self.saved
    }

    /// Whether the person is done.
    pub fn finished(&self) -> bool {
        self.quit
    }

    /// Leaves now (a signal, a closed terminal): nothing is asked, and changes not saved
    /// are written to a new file beside the agenda rather than lost.
    pub fn stop(&mut self, effects: &mut Vec<Effect>) {
        self.quit = true;
        if self.unsaved() {
            let name = match &self.file {
                Some(file) => format!(
                    "{} unsaved",
                    file.file_stem()
                        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
                ),
                // Never the name a deliberate save would take (nc13c #8).
                None => format!("{} unsaved", self.app.session.title),
            };
            effects.push(Effect::Rescue {
                dir: self.dir.clone(),
                name,
                agenda: Box::new(self.agenda()),
            });
        }
    }

    /// The scopes whose keys apply now, most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        let own = match (self.screen, self.app.selection.plan_pane) {
            (Screen::Participants, _) => Scope::People,
            (Screen::Plan, PlanPane::Items) => Scope::Items,
            (Screen::Plan, PlanPane::Groups) => Scope::Groups,
        };
        vec![own, Scope::Everywhere]
    }

    /// Handles one key at `at`; effects for the runner are pushed to `effects`.
    pub fn on_key(&mut self, key: KeyEvent, at: Moment, effects: &mut Vec<Effect>) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        if let Some(ask) = self.ask.take() {
            self.on_ask(ask, key, effects);
            return;
        }
        self.flash = None;
        if self.help {
            use crate::keymap::{HELP_KEYS, HelpScope};
            match HELP_KEYS.resolve(&[HelpScope::Help], &key) {
                // nc14 #14: PgUp and PgDn move a page.
                Some(action) => {
                    let page = crate::keymap::help_page(crate::keymap::terminal_rows());
                    self.help_scroll = action.scrolled(self.help_scroll, page)
                }
                None => {
                    (self.help, self.help_scroll) = (false, 0);
                    // Ctrl-C quits from help too, as in the console.
                    if dialogs::is_ctrl_c(&key) {
                        self.on_action(Action::Quit, at, effects);
                    }
                }
            }
            return;
        }
        // Ctrl-C in a form asks, then quits, as in the console and review (recheck NEW-11).
        if (self.form.is_some() || self.app.form.is_some()) && dialogs::is_ctrl_c(&key) {
            let discarding = self.form.as_ref().is_some_and(|f| f.form.discarding);
            if discarding && !self.unsaved() {
                // Already asked "Discard what you typed?": Ctrl-C quits, throwing it away,
                // as help says.
                self.form = None;
                self.on_action(Action::Quit, at, effects);
            } else {
                // With the agenda's changes unsaved too, one question for both, the form
                // kept until the answer (nc17 #2: n went back without it).
                self.ask = Some(Ask::QuitDiscardingForm);
            }
            return;
        }
        if let Some(scroll) = self.problems {
            use crate::keymap::{HELP_KEYS, HelpScope};
            self.problems = match HELP_KEYS.resolve(&[HelpScope::Help], &key) {
                Some(action) => {
                    let page = crate::keymap::help_page(crate::keymap::terminal_rows());
                    Some(action.scrolled(scroll, page))
                }
                None => None,
            };
            return;
        }
        if self.form.is_some() {
            self.on_form_key(key, at, effects);
            return;
        }
        // The console's plan form (a new item) and its question (take an item out) are the
        // app's own: keys go to it until it closes.
        if self.app.form.is_some() || self.app.confirm.is_some() {
            self.app.on_key(key, at);
            self.take_app_flash();
            return;
        }
        match KEYMAP.resolve(&self.scopes(), &key) {
            Some(action) => self.on_action(action, at, effects),
            None => {
                if let Some(b) = KEYMAP.anywhere(&key) {
                    self.flash = Some((
                        crate::tr!(
                            "works-in",
                            key = crate::i18n::keys::key_label(b.label),
                            does = b.help.text(),
                            place = b.scope.title().text().to_lowercase()
                        ),
                        true,
                    ));
                }
            }
        }
    }

    fn on_action(&mut self, action: Action, at: Moment, effects: &mut Vec<Effect>) {
        match action {
            Action::Plan(crate::app::Action::TakeOut)
                if self.app.selection.plan_pane == PlanPane::Groups =>
            {
                self.take_group_out(at)
            }
            Action::Plan(plan) => {
                self.app.on_action(plan, at);
                self.take_app_flash();
            }
            Action::Up | Action::Down if self.screen == Screen::Plan => {
                self.app.on_action(
                    if action == Action::Up {
                        crate::app::Action::Up
                    } else {
                        crate::app::Action::Down
                    },
                    at,
                );
            }
            Action::Up => self.person = self.person.saturating_sub(1),
            Action::PageUp => self.person = self.person.saturating_sub(PAGE),
            Action::First => self.person = 0,
            Action::Down | Action::PageDown | Action::Last => {
                let last = self.app.session.participants.len().saturating_sub(1);
                self.person = match action {
                    Action::Down => self.person + 1,
                    Action::PageDown => self.person + PAGE,
                    _ => last,
                }
                .min(last);
            }
            Action::Open => self.open_selected(),
            Action::Add if self.screen == Screen::Participants => {
                self.form = Some(EditForm::person(None, None));
            }
            Action::Add if self.app.selection.plan_pane == PlanPane::Items => {
                // After the selected item, as the console's plan view adds one.
                let order = self.app.session.item_order();
                let position = (self.app.selection.plan_item + 1).min(order.len());
                self.form = Some(EditForm::new_item(position));
            }
            Action::Add => self.form = Some(EditForm::group(None, None)),
            Action::Remove => {
                if self.person < self.app.session.participants.len() {
                    self.ask = Some(Ask::RemovePerson(self.person));
                }
            }
            Action::ShowPlan => self.screen = Screen::Plan,
            Action::ShowPeople => self.screen = Screen::Participants,
            Action::Details => self.form = Some(EditForm::details(&self.app.session)),
            Action::Import => self.form = Some(EditForm::import()),
            Action::Save => effects.extend(self.save(false)),
            Action::Help => self.help = true,
            Action::Problems => self.problems = Some(0),
            Action::Quit if self.unsaved() => self.ask = Some(Ask::QuitUnsaved),
            Action::Quit => self.quit = true,
        }
    }

    /// Takes the selected group out of the agenda (it is left out when saved), or puts it
    /// back: the live plan's "absent", in the words of a plan not yet run.
    fn take_group_out(&mut self, at: Moment) {
        let Some(group) = self.app.plan_group() else {
            return;
        };
        let absent = !self.app.session.is_absent(group);
        let op = crate::domain::Op::SetGroupAbsent { group, absent };
        let name = self.app.session.groups[group].name.clone();
        self.flash = Some(match self.app.apply(op, at) {
            Ok(_) if absent => (crate::tr!("editor-group-out", name = &name), false),
            Ok(_) => (crate::tr!("editor-group-back", name = &name), false),
            Err(e) => (e.to_string(), true),
        });
    }

    fn open_selected(&mut self) {
        let s = &self.app.session;
        self.form = match (self.screen, self.app.selection.plan_pane) {
            (Screen::Participants, _) => s
                .participants
                .get(self.person)
                .map(|p| EditForm::person(Some(self.person), Some(p))),
            (Screen::Plan, PlanPane::Items) => self
                .app
                .plan_item()
                .and_then(|i| s.agenda.get(i).map(|item| EditForm::item(i, item))),
            (Screen::Plan, PlanPane::Groups) => self.app.plan_group().and_then(|g| {
                s.groups
                    .get(g)
                    .map(|group| EditForm::group(Some(g), Some(group)))
            }),
        };
    }

    /// The save effect for the agenda as it is now, or none, said on screen, when the agenda
    /// has a problem `run` would refuse it for: a file saved here always opens again.
    fn save(&mut self, then_quit: bool) -> Option<Effect> {
        let agenda = self.agenda();
        if let Some(problem) = agenda.problems().first() {
            self.flash = Some((
                crate::tr!(
                    "editor-not-saved",
                    problem = crate::i18n::problems::for_people(&agenda, problem)
                ),
                true,
            ));
            return None;
        }
        if !self.stand_ins_left().is_empty() {
            self.ask = Some(Ask::WriteStandIns { then_quit });
            return None;
        }
        Some(self.write(then_quit))
    }

    /// The save effect for the agenda as it is now, its problems and stand-ins seen to.
    fn write(&self, then_quit: bool) -> Effect {
        Effect::Save {
            file: self.file.clone(),
            dir: self.dir.clone(),
            agenda: Box::new(self.agenda()),
            then_quit,
            expect: self.disk.clone(),
        }
    }

    /// Whether `file` holds an agenda saved here or opened from it.
    pub fn on_disk(&self) -> bool {
        self.on_disk
    }

    /// A message the console's code said (a refusal, or what it did) becomes the editor's.
    fn take_app_flash(&mut self) {
        if let Some(flash) = self.app.flash.take() {
            // The console says "saving…" until its journal has it; here the words stand alone.
            let text = flash.when_saved.map_or(flash.text, |(_, done)| done);
            self.flash = Some((text.replace(" ✓", ""), flash.is_error));
        }
    }

    /// Takes what the runner reports.
    pub fn on_message(&mut self, message: Message) {
        match message {
            Message::Saved { result, then_quit } => match result {
                Ok((path, agenda, bytes)) => {
                    self.saved = *agenda;
                    self.on_disk = true;
                    self.disk = Some(bytes);
                    self.wrote = true;
                    self.stand_ins.clear();
                    self.flash = Some((
                        crate::tr!("editor-saved-in", file = path.display().to_string()),
                        false,
                    ));
                    if let Some(h) = self.app.host_mut() {
                        h.file = path.clone();
                    }
                    self.file = Some(path);
                    self.quit |= then_quit;
                }
                Err(SaveError::Changed(path)) => {
                    // Saying so once is enough: w again replaces what is there.
                    self.disk = None;
                    let file = path.display().to_string();
                    self.flash = Some((crate::tr!("editor-changed-on-disk", file = file), true));
                }
                Err(SaveError::Failed(why)) => {
                    self.flash = Some((crate::tr!("editor-not-saved-why", why = why), true))
                }
            },
            Message::Imported(path, result) => self.imported(&path, result),
            Message::Rescued(result) => self.rescued = Some(result),
        }
    }
}

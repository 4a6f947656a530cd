//! The agenda editor of `plenary new` and `plenary edit`: the console's plan view over an
//! agenda opened with `Session::for_editing`, so items and groups are added, moved, resized
//! and taken out by the same operations and the same code as live plan changes, plus the
//! forms only a prepared agenda needs (details, participants, every field of a group and an
//! item). Nothing here does IO: saving is an effect (`Effect::Save`) the front end's runner
//! carries out (`front`), and the outcome comes back as a message.

pub mod chooser;
pub mod forms;
pub mod front;
pub mod keys;
mod submit;
pub mod templates;

use std::path::PathBuf;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{App, PlanPane, View};
use crate::domain::{Author, Moment, Session};
use crate::form::FormKey;
use forms::EditForm;
use keys::{Action, KEYMAP, Offering, Pick, SUGGESTION_KEYS, Scope};

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
    /// Remove the participant at this index.
    RemovePerson(usize),
}

/// What the editor asks of the world outside.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Write `agenda` to `file` (or, when none was given, to a new file in `dir` named from
    /// the title), read it back and say so; then quit when `then_quit`.
    Save {
        file: Option<PathBuf>,
        dir: PathBuf,
        agenda: Box<Session>,
        then_quit: bool,
    },
    /// Read participants from the spreadsheet at this path.
    Import(PathBuf),
}

/// What comes back from the world outside.
#[derive(Debug)]
pub enum Message {
    /// The agenda is on disk at this path, read back equal; or why not.
    Saved {
        result: Result<(PathBuf, Box<Session>), String>,
        then_quit: bool,
    },
    /// The spreadsheet's text, or why it could not be read.
    Imported(PathBuf, Result<String, String>),
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
    /// The last message: (text, is it a refusal).
    pub flash: Option<(String, bool)>,
    quit: bool,
}

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
            flash: None,
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

    /// Leaves now (a signal): nothing is asked.
    pub fn stop(&mut self) {
        self.quit = true;
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

    /// Names offered under the field in focus, if it takes a participant's name.
    pub fn suggestions(&self) -> Vec<String> {
        let Some(form) = &self.form else {
            return Vec::new();
        };
        let Some(typed) = form.typed_name() else {
            return Vec::new();
        };
        let known: Vec<String> = self
            .app
            .session
            .participants
            .iter()
            .map(|p| p.name.clone())
            .collect();
        crate::suggest::matches(&typed, &known)
            .into_iter()
            .map(String::from)
            .collect()
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
            use crate::keymap::{HELP_KEYS, HelpAction, HelpScope};
            match HELP_KEYS.resolve(&[HelpScope::Help], &key) {
                Some(HelpAction::ScrollUp) => self.help_scroll = self.help_scroll.saturating_sub(5),
                Some(HelpAction::ScrollDown) => {
                    self.help_scroll = self.help_scroll.saturating_add(5)
                }
                None => (self.help, self.help_scroll) = (false, 0),
            }
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
                        format!(
                            "{} ({}) works {}",
                            b.label,
                            b.help,
                            b.scope.title().to_lowercase()
                        ),
                        true,
                    ));
                }
            }
        }
    }

    fn on_action(&mut self, action: Action, at: Moment, effects: &mut Vec<Effect>) {
        match action {
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
            Action::Down => {
                let n = self.app.session.participants.len();
                self.person = (self.person + 1).min(n.saturating_sub(1));
            }
            Action::Open => self.open_selected(),
            Action::Add if self.screen == Screen::Participants => {
                self.form = Some(EditForm::person(None, None));
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
            Action::Save => effects.push(self.save(false)),
            Action::Help => self.help = true,
            Action::Quit if self.unsaved() => self.ask = Some(Ask::QuitUnsaved),
            Action::Quit => self.quit = true,
        }
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

    /// The save effect for the agenda as it is now.
    fn save(&self, then_quit: bool) -> Effect {
        Effect::Save {
            file: self.file.clone(),
            dir: self.dir.clone(),
            agenda: Box::new(self.agenda()),
            then_quit,
        }
    }

    fn on_ask(&mut self, ask: Ask, key: KeyEvent, effects: &mut Vec<Effect>) {
        let ctrl_c =
            key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        match (ask, key.code) {
            (Ask::QuitUnsaved, KeyCode::Char('w') | KeyCode::Char('s')) => {
                effects.push(self.save(true))
            }
            (Ask::QuitUnsaved, KeyCode::Char('y' | 'Y')) => self.quit = true,
            (Ask::QuitUnsaved, _) if ctrl_c => self.quit = true,
            (Ask::RemovePerson(i), KeyCode::Char('y' | 'Y') | KeyCode::Enter) => {
                if i < self.app.session.participants.len() {
                    let p = self.app.session.participants.remove(i);
                    self.person = self
                        .person
                        .min(self.app.session.participants.len().saturating_sub(1));
                    self.app.owners = self.app.session.owner_suggestions();
                    self.flash = Some((format!("{} removed from the participants", p.name), false));
                }
            }
            (_, KeyCode::Char('n' | 'N') | KeyCode::Esc) => {}
            // Any other key leaves the question open.
            _ => self.ask = Some(ask),
        }
    }

    fn on_form_key(&mut self, key: KeyEvent, at: Moment, effects: &mut Vec<Effect>) {
        let offered = self.suggestions();
        let Some(form) = self.form.as_mut() else {
            return;
        };
        if !offered.is_empty() && !form.form.discarding {
            let n = offered.len();
            match SUGGESTION_KEYS.resolve(&[Offering::Names], &key) {
                Some(Pick::Next) => {
                    form.picked = Some(form.picked.map_or(0, |p| (p + 1) % n));
                    return;
                }
                Some(Pick::Previous) => {
                    form.picked = Some(form.picked.map_or(n - 1, |p| (p + n - 1) % n));
                    return;
                }
                Some(Pick::Take) => {
                    if let Some(name) = form.picked.and_then(|p| offered.get(p)) {
                        form.take_name(name);
                        form.picked = None;
                        return;
                    }
                }
                None => {}
            }
        }
        let (outcome, _) = form.form.on_key(key);
        form.picked = None;
        match outcome {
            FormKey::Stay => {}
            FormKey::Close => self.form = None,
            FormKey::Submit => self.submit(at, effects),
        }
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
                Ok((path, agenda)) => {
                    self.saved = *agenda;
                    self.on_disk = true;
                    self.flash = Some((format!("Saved ✓ {}", path.display()), false));
                    if let Some(h) = self.app.host_mut() {
                        h.file = path.clone();
                    }
                    self.file = Some(path);
                    self.quit |= then_quit;
                }
                Err(why) => self.flash = Some((format!("NOT SAVED: {why}"), true)),
            },
            Message::Imported(path, result) => self.imported(&path, result),
        }
    }
}

//! The editor's questions and forms: what a key does while one is open. Ctrl-C in a form
//! asks before quitting (the typed text, and the agenda's unsaved changes, would be lost).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::keys::{Offering, Pick, SUGGESTION_KEYS};
use super::{Ask, Editor, Effect};
use crate::domain::Moment;
use crate::form::FormKey;

/// Whether `key` is Ctrl-C.
pub(super) fn is_ctrl_c(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c')
}

impl Editor {
    pub(super) fn on_ask(&mut self, ask: Ask, key: KeyEvent, effects: &mut Vec<Effect>) {
        let ctrl_c = is_ctrl_c(&key);
        match (ask, key.code) {
            (Ask::QuitUnsaved, KeyCode::Char('w') | KeyCode::Char('s')) => {
                effects.extend(self.save(true))
            }
            // The save key comes first: in Spanish s (sí) saves here, y quits (nc16 #9).
            (Ask::QuitUnsaved, _) if crate::i18n::keys::is_yes(&key) => self.quit = true,
            // Ctrl-C at the question quits as a stop does: the changes not saved go to a
            // new file beside the agenda, never nowhere (nc17b #1).
            (Ask::QuitUnsaved, _) if ctrl_c => self.stop(effects),
            // w saves the agenda as it stands (the form's typed text is not in it) and quits.
            (Ask::QuitDiscardingForm, KeyCode::Char('w' | 's')) if self.unsaved() => {
                self.form = None;
                self.app.form = None;
                effects.extend(self.save(true));
            }
            (Ask::QuitDiscardingForm, _) if crate::i18n::keys::is_yes(&key) => self.quit = true,
            (Ask::QuitDiscardingForm, _) if ctrl_c => self.stop(effects),
            (Ask::RemovePerson(i), _)
                if crate::i18n::keys::is_yes(&key) || key.code == KeyCode::Enter =>
            {
                let name = self.app.session.participants.get(i).map(|p| p.name.clone());
                let removed =
                    crate::domain::agenda_fields::AgendaEdit::RemoveParticipant { index: i };
                if let (Some(name), Ok(())) = (name, self.app.session.edit_agenda(removed)) {
                    self.person = self
                        .person
                        .min(self.app.session.participants.len().saturating_sub(1));
                    self.app.owners = self.app.session.owner_suggestions();
                    self.flash = Some((crate::tr!("editor-removed", name = name), false));
                }
            }
            // Only w writes over what the file held: a yes key pressed again after another
            // question (Spanish s, both "sí" and "save") must not (nc17 #1).
            (Ask::WriteStandIns { then_quit }, KeyCode::Char('w')) => {
                effects.push(self.write(then_quit))
            }
            (_, KeyCode::Char('n' | 'N') | KeyCode::Esc) => {}
            // Any other key leaves the question open.
            _ => self.ask = Some(ask),
        }
    }

    pub(super) fn on_form_key(&mut self, key: KeyEvent, at: Moment, effects: &mut Vec<Effect>) {
        let offered = self.suggestions();
        let Some(form) = self.form.as_mut() else {
            return;
        };
        if !offered.is_empty() && !form.form.discarding {
            let n = offered.len();
            match SUGGESTION_KEYS.resolve(&[Offering::Names], &key) {
                // The first name is highlighted from the start, as under the owner field:
                // Enter after "ami" takes "Amina Diallo", never saves "ami" (a newcomer's).
                Some(Pick::Next) => {
                    form.picked = Some((form.picked.unwrap_or(0) + 1) % n);
                    return;
                }
                Some(Pick::Previous) => {
                    form.picked = Some((form.picked.unwrap_or(0) + n - 1) % n);
                    return;
                }
                Some(Pick::Take) => {
                    if let Some(name) = offered.get(form.picked.unwrap_or(0).min(n - 1)) {
                        form.take_name(name);
                        form.picked = None;
                        return;
                    }
                }
                None => {}
            }
        }
        let (outcome, changed) = form.form.on_key(key);
        form.picked = None;
        // A mark goes once its field is valid, not merely changed (as in the kit's forms).
        if changed.is_some()
            && let Some(mut form) = self.form.take()
        {
            if form.editing == super::forms::Editing::Details {
                let (problems, _) = self.details_typed(&form, at.today);
                form.form.recheck(&problems);
            }
            self.form = Some(form);
        }
        match outcome {
            FormKey::Stay => {}
            // Ctrl-C never reaches the form (`on_key` asks first): a quit closes it.
            FormKey::Close | FormKey::Quit => self.form = None,
            FormKey::Submit => self.submit(at, effects),
        }
    }
}

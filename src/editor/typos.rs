//! Misspelled fields kept from the file (`"minuts": 3` in a group): once the person sets the
//! field it meant in a form, the misspelling is dropped, as nothing else in the editor can
//! take it away and `plenary check` would warn about it for ever (nc17b #3). A field like
//! no known one is kept, as every field plenary does not know.

use super::Editor;
use super::forms::{Editing, fields_of};
use super::submit::field_of;
use crate::domain::agenda_fields::{AgendaEdit, Entry};
use crate::store::shape::{Object, mistyped};

impl Editor {
    /// Drops the entry's misspellings of fields the form `editing` has just saved; the
    /// names dropped, to be said.
    pub(super) fn drop_typos(&mut self, editing: Editing) -> Vec<String> {
        let s = &self.app.session;
        let (entry, object, extra) = match editing {
            Editing::Details => (Entry::Session, Object::Session, Some(&s.extra)),
            Editing::Item(i) => (
                Entry::Item(i),
                Object::Item,
                s.agenda.get(i).map(|x| &x.extra),
            ),
            Editing::Group(Some(g)) => (
                Entry::Group(g),
                Object::Group,
                s.groups.get(g).map(|x| &x.extra),
            ),
            Editing::Person(Some(p)) => (
                Entry::Participant(p),
                Object::Participant,
                s.participants.get(p).map(|x| &x.extra),
            ),
            _ => return Vec::new(),
        };
        let shown = fields_of(editing);
        let typos: Vec<(String, &'static str)> = extra
            .into_iter()
            .flat_map(|e| e.keys())
            .filter_map(|k| mistyped(k, object).map(|meant| (k.clone(), meant)))
            .filter(|(_, meant)| field_of(meant).is_some_and(|f| shown.contains(&f)))
            .collect();
        let mut dropped = Vec::new();
        for (key, meant) in typos {
            let edit = AgendaEdit::DropUnknown {
                entry,
                key: key.clone(),
            };
            if self.app.session.edit_agenda(edit).is_ok() {
                dropped.push(crate::tr!("editor-typo-dropped", typo = key, field = meant));
            }
        }
        dropped
    }
}

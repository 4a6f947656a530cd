//! After an edit conflict: the other person's version beside each field, and a key to take
//! either, field by field (issue 14, item 4).

use super::{FieldId, Form};

/// The two versions of each field after an edit conflict.
pub(super) struct Merge<F> {
    pub(super) by: String,
    pub(super) fields: Vec<(F, String, String)>,
    /// The fields that took theirs at once, never touched here (nc14 #2).
    pub(super) auto: Vec<F>,
}

impl<F: FieldId> Form<F> {
    /// Someone else changed the record being edited: keeps `theirs` beside each field (the
    /// form keeps what was typed), so the person can take either, field by field.
    ///
    /// nc14 #2: a three-way merge. A field the person never touched (it still holds the
    /// version the edit started from) takes theirs at once, so Enter does not undo their
    /// change; only the fields the person changed keep what was typed. Their version
    /// becomes the one this form edits from.
    pub fn start_merge(&mut self, by: &str, theirs: &[(F, &str)]) {
        let fields: Vec<(F, String, String)> = theirs
            .iter()
            .map(|(f, text)| (*f, text.to_string(), self.value(*f)))
            .collect();
        let mut auto = Vec::new();
        for (field, theirs, mine) in &fields {
            let base = self.fields.iter().position(|(f, _)| f == field);
            let untouched = base
                .and_then(|i| self.original.get(i))
                .is_some_and(|base| base.trim() == mine.trim());
            if untouched && theirs.trim() != mine.trim() {
                self.set(*field, theirs);
                auto.push(*field);
            }
        }
        for (field, theirs, _) in &fields {
            if let Some(i) = self.fields.iter().position(|(f, _)| f == field)
                && let Some(base) = self.original.get_mut(i)
            {
                *base = theirs.clone();
            }
        }
        self.merge = Some(Merge {
            by: by.to_string(),
            fields,
            auto,
        });
    }

    /// After a conflict, beside `field`: who changed it and the other text worth showing —
    /// theirs while the field holds something else, or the person's own once theirs is
    /// taken (with `true`). None when both versions are the same.
    pub fn other_version(&self, field: F) -> Option<(&str, &str, bool)> {
        let merge = self.merge.as_ref()?;
        let (_, theirs, mine) = merge.fields.iter().find(|(f, ..)| *f == field)?;
        if theirs.trim() == mine.trim() {
            return None;
        }
        let now = self.value(field);
        if now.trim() == theirs.trim() {
            Some((&merge.by, mine, true))
        } else {
            Some((&merge.by, theirs, false))
        }
    }

    /// Whether `field` took the other person's version at once, never touched here: the
    /// text beside it is the version before their change, not something typed.
    pub fn took_theirs_at_once(&self, field: F) -> bool {
        self.merge.as_ref().is_some_and(|m| m.auto.contains(&field))
    }

    /// After an edit conflict, the fields whose two versions differ, by whose text the form
    /// holds now: who the other person is, the fields with theirs, the fields with the
    /// person's own. None without a conflict.
    pub fn merge_sources(&self) -> Option<(&str, Vec<F>, Vec<F>)> {
        let merge = self.merge.as_ref()?;
        let (mut theirs, mut mine) = (Vec::new(), Vec::new());
        for (field, their_text, my_text) in &merge.fields {
            if their_text.trim() == my_text.trim() {
                continue;
            }
            if self.value(*field).trim() == their_text.trim() {
                theirs.push(*field);
            } else {
                mine.push(*field);
            }
        }
        Some((&merge.by, theirs, mine))
    }

    /// Whether the form shows an edit conflict's two versions.
    pub fn merging(&self) -> bool {
        self.merge.is_some()
    }

    pub(super) fn take_theirs(&mut self) {
        let Some(other) = self
            .other_version(self.focus)
            .map(|(_, text, _)| text.to_string())
        else {
            return;
        };
        let focus = self.focus;
        self.set(focus, &other);
    }
}

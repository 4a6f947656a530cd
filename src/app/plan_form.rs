//! The plan's forms, on the form kit: a late group (name, presenter, topic, minutes) and a
//! new agenda item (title, kind, minutes). A refusal is shown beside its field and what was
//! typed stays.

use crate::tr;
use ratatui::crossterm::event::KeyEvent;

use crate::domain::ops::{NewGroup, NewItem};
use crate::domain::{ItemKind, Op, OpError};
use crate::form::{Entry, Form, FormKey};

/// The fields of both plan forms, in Tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanField {
    Name,
    Presenter,
    Topic,
    Title,
    Kind,
    Minutes,
}

impl PlanField {
    /// The label printed beside the field.
    pub fn label(self) -> String {
        match self {
            PlanField::Name => tr!("plan-form-group"),
            PlanField::Presenter => tr!("plan-form-presenter"),
            PlanField::Topic => tr!("plan-form-topic"),
            PlanField::Title => tr!("plan-form-title"),
            PlanField::Kind => tr!("plan-form-kind"),
            PlanField::Minutes => tr!("plan-form-minutes"),
        }
    }

    fn of(field: crate::domain::Field) -> Option<PlanField> {
        use crate::domain::Field as F;
        match field {
            F::GroupName => Some(PlanField::Name),
            F::Presenter => Some(PlanField::Presenter),
            F::Topic => Some(PlanField::Topic),
            F::Title => Some(PlanField::Title),
            F::Minutes => Some(PlanField::Minutes),
            _ => None,
        }
    }
}

/// The kinds an item added live may have, as the kind field offers them.
const KINDS: [ItemKind; 6] = [
    ItemKind::Plenary,
    ItemKind::Breakout,
    ItemKind::Presentations,
    ItemKind::ActionPlanning,
    ItemKind::Break,
    ItemKind::Closing,
];
const KIND_WORDS: &[&str] = &[
    "Plenary",
    "Breakout",
    "Report-back",
    "Action planning",
    "Break",
    "Closing",
];

/// What is being added to the plan.
pub enum Adding {
    Group,
    /// An agenda item, at this place (from 0) in the running order.
    Item {
        position: usize,
    },
}

/// A plan form: what it adds, and its fields.
pub struct PlanForm {
    pub adding: Adding,
    pub form: Form<PlanField>,
    /// The presenter suggestion highlighted with ↑/↓.
    pub picked: Option<usize>,
}

impl PlanForm {
    /// A late group: it joins the end of the report-back.
    pub fn group() -> PlanForm {
        PlanForm {
            picked: None,
            adding: Adding::Group,
            form: Form::new(vec![
                (
                    PlanField::Name,
                    Entry::text(&tr!("plan-form-group-hint"), false),
                ),
                (
                    PlanField::Presenter,
                    Entry::text(&tr!("plan-form-presenter-hint"), false),
                ),
                (
                    PlanField::Topic,
                    Entry::text(&tr!("plan-form-topic-hint"), false),
                ),
                (
                    PlanField::Minutes,
                    Entry::text(&tr!("plan-form-group-minutes-hint"), false),
                ),
            ]),
        }
    }

    /// A new agenda item at `position` in the running order.
    pub fn item(position: usize) -> PlanForm {
        PlanForm {
            picked: None,
            adding: Adding::Item { position },
            form: Form::new(vec![
                (
                    PlanField::Title,
                    Entry::text(&tr!("plan-form-title-hint"), false),
                ),
                (PlanField::Kind, Entry::choice(KIND_WORDS)),
                (
                    PlanField::Minutes,
                    Entry::text(&tr!("plan-form-minutes-hint"), false),
                ),
            ]),
        }
    }

    /// The box's title.
    pub fn title(&self) -> String {
        match self.adding {
            Adding::Group => tr!("plan-form-add-group"),
            Adding::Item { position } => tr!("plan-form-add-item", place = position + 1),
        }
    }

    /// The fields in the order they are drawn.
    pub fn fields(&self) -> &'static [PlanField] {
        match self.adding {
            Adding::Group => &[
                PlanField::Name,
                PlanField::Presenter,
                PlanField::Topic,
                PlanField::Minutes,
            ],
            Adding::Item { .. } => &[PlanField::Title, PlanField::Kind, PlanField::Minutes],
        }
    }

    /// Participants whose names match the presenter being typed (the agenda editor's
    /// suggestions, so a late group's presenter is picked the same way).
    pub fn presenter_matches(&self, names: &[String]) -> Vec<String> {
        if self.form.focus != PlanField::Presenter {
            return Vec::new();
        }
        crate::suggest::matches(&self.form.value(PlanField::Presenter), names)
            .into_iter()
            .map(String::from)
            .collect()
    }

    /// Handles a key in the form; `names` are the participants, offered as presenters.
    pub fn on_key(&mut self, key: KeyEvent, names: &[String]) -> FormKey {
        use crate::editor::keys::{Offering, Pick, SUGGESTION_KEYS};
        let offered = self.presenter_matches(names);
        if !offered.is_empty() && !self.form.discarding {
            let n = offered.len();
            match SUGGESTION_KEYS.resolve(&[Offering::Names], &key) {
                // The first name highlighted from the start, as under the owner field.
                Some(Pick::Next) => {
                    self.picked = Some((self.picked.unwrap_or(0) + 1) % n);
                    return FormKey::Stay;
                }
                Some(Pick::Previous) => {
                    self.picked = Some((self.picked.unwrap_or(0) + n - 1) % n);
                    return FormKey::Stay;
                }
                Some(Pick::Take) => {
                    if let Some(name) = offered.get(self.picked.unwrap_or(0).min(n - 1)) {
                        self.form.fill(&[(PlanField::Presenter, name)], false);
                        self.picked = None;
                        return FormKey::Stay;
                    }
                }
                None => {}
            }
        }
        self.picked = None;
        let (outcome, changed) = self.form.on_key(key);
        if changed.is_some() {
            let problems = self.problems();
            self.form.recheck(&problems);
        }
        outcome
    }

    /// Whether closing would lose typed text.
    pub fn has_changes(&self) -> bool {
        self.form.has_changes()
    }

    /// The minutes as typed: none when blank, or why they are not a number.
    fn minutes(&self) -> Result<Option<u32>, String> {
        let minutes = self.form.value(PlanField::Minutes);
        let minutes = minutes.trim();
        if minutes.is_empty() {
            return Ok(None);
        }
        minutes
            .parse::<u32>()
            .map(Some)
            .map_err(|_| tr!("plan-form-not-minutes", minutes = minutes))
    }

    /// The operation the fields ask for as typed, the minutes aside when unreadable.
    fn typed(&self, minutes: Option<u32>) -> Op {
        match self.adding {
            Adding::Group => Op::AddGroup {
                group: NewGroup {
                    name: self.form.value(PlanField::Name),
                    presenter: self.form.value(PlanField::Presenter),
                    topic: self.form.value(PlanField::Topic),
                    minutes,
                },
            },
            Adding::Item { position } => Op::AddItem {
                item: NewItem {
                    title: self.form.value(PlanField::Title),
                    kind: self
                        .form
                        .choice(PlanField::Kind)
                        .and_then(|(_, i)| KINDS.get(i).copied())
                        .unwrap_or(ItemKind::Plenary),
                    // Blank or unreadable minutes are reported on their own below.
                    minutes: minutes.unwrap_or(1),
                },
                position,
            },
        }
    }

    /// Everything wrong with the fields as typed, top to bottom: the domain's checks and
    /// the minutes' own (issue 11, finding 9).
    fn problems(&self) -> Vec<(PlanField, String)> {
        let minutes = self.minutes();
        let mut found: Vec<(PlanField, String)> =
            match self.typed(minutes.clone().ok().flatten()) {
                Op::AddGroup { group } => crate::domain::plan::group_problems(&group),
                Op::AddItem { item, .. } => crate::domain::plan::item_problems(&item),
                _ => Vec::new(),
            }
            .into_iter()
            .filter_map(|e| {
                Some((
                    e.field().and_then(PlanField::of)?,
                    crate::i18n::refusal::refusal(&e),
                ))
            })
            .collect();
        match (minutes, &self.adding) {
            (Err(why), _) => found.push((PlanField::Minutes, why)),
            (Ok(None), Adding::Item { .. }) => {
                found.push((PlanField::Minutes, tr!("plan-form-how-many")))
            }
            _ => {}
        }
        found
    }

    /// The operation the form asks for, or every wrong field marked with why.
    pub fn op(&mut self) -> Option<Op> {
        if self.form.mark(self.problems()) {
            return None;
        }
        let minutes = self.minutes().ok().flatten();
        Some(self.typed(minutes))
    }

    /// Shows a refusal beside the field it is about (or above the form).
    pub fn refused(&mut self, error: &OpError) {
        let field = error.field().and_then(PlanField::of);
        self.form
            .refuse(field, crate::i18n::refusal::refusal(error));
    }
}

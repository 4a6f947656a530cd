//! The plan's forms, on the form kit: a late group (name, presenter, topic, minutes) and a
//! new agenda item (title, kind, minutes). A refusal is shown beside its field and what was
//! typed stays.

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
    pub fn label(self) -> &'static str {
        match self {
            PlanField::Name => "Group",
            PlanField::Presenter => "Presenter",
            PlanField::Topic => "Topic",
            PlanField::Title => "Title",
            PlanField::Kind => "Kind",
            PlanField::Minutes => "Minutes",
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
                (PlanField::Name, Entry::text("the group's name", false)),
                (PlanField::Presenter, Entry::text("who presents", false)),
                (PlanField::Topic, Entry::text("what it reports on", false)),
                (
                    PlanField::Minutes,
                    Entry::text("the session's presenter minutes", false),
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
                (PlanField::Title, Entry::text("what the room does", false)),
                (PlanField::Kind, Entry::choice(KIND_WORDS)),
                (PlanField::Minutes, Entry::text("how long, e.g. 10", false)),
            ]),
        }
    }

    /// The box's title.
    pub fn title(&self) -> String {
        match self.adding {
            Adding::Group => "Add a late group".into(),
            Adding::Item { position } => format!("Add an agenda item at place {}", position + 1),
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
                Some(Pick::Next) => {
                    self.picked = Some(self.picked.map_or(0, |p| (p + 1) % n));
                    return FormKey::Stay;
                }
                Some(Pick::Previous) => {
                    self.picked = Some(self.picked.map_or(n - 1, |p| (p + n - 1) % n));
                    return FormKey::Stay;
                }
                Some(Pick::Take) => {
                    if let Some(name) = self.picked.and_then(|p| offered.get(p)) {
                        self.form.fill(&[(PlanField::Presenter, name)], false);
                        self.picked = None;
                        return FormKey::Stay;
                    }
                }
                None => {}
            }
        }
        self.picked = None;
        self.form.on_key(key).0
    }

    /// Whether closing would lose typed text.
    pub fn has_changes(&self) -> bool {
        self.form.has_changes()
    }

    /// The operation the form asks for, or the form with the reason beside the field.
    pub fn op(&mut self) -> Option<Op> {
        let minutes = self.form.value(PlanField::Minutes);
        let minutes = minutes.trim();
        let parsed = if minutes.is_empty() {
            None
        } else {
            match minutes.parse::<u32>() {
                Ok(m) => Some(m),
                Err(_) => {
                    self.form.refuse(
                        Some(PlanField::Minutes),
                        format!("“{minutes}” is not a number of minutes: type e.g. 5"),
                    );
                    return None;
                }
            }
        };
        match self.adding {
            Adding::Group => Some(Op::AddGroup {
                group: NewGroup {
                    name: self.form.value(PlanField::Name),
                    presenter: self.form.value(PlanField::Presenter),
                    topic: self.form.value(PlanField::Topic),
                    minutes: parsed,
                },
            }),
            Adding::Item { position } => {
                let Some(minutes) = parsed else {
                    self.form
                        .refuse(Some(PlanField::Minutes), "how many minutes? e.g. 10");
                    return None;
                };
                let kind = self
                    .form
                    .choice(PlanField::Kind)
                    .and_then(|(_, i)| KINDS.get(i).copied())
                    .unwrap_or(ItemKind::Plenary);
                Some(Op::AddItem {
                    item: NewItem {
                        title: self.form.value(PlanField::Title),
                        kind,
                        minutes,
                    },
                    position,
                })
            }
        }
    }

    /// Shows a refusal beside the field it is about (or above the form).
    pub fn refused(&mut self, error: &OpError) {
        let field = error.field().and_then(PlanField::of);
        self.form.refuse(field, error.to_string());
    }
}

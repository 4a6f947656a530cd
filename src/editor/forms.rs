//! The editor's forms, on the form kit: the session's details, a participant, a group (all
//! its fields) and an item (all its fields), and the spreadsheet to read participants from.
//! Lists (prompts, questions, members) are typed on one line, separated as the placeholder
//! says; a separator inside an item is typed twice (`;;`, `,,`), so an item holding one is
//! kept whole (nc13c #1); a presenter or a member is completed from the participants.

use crate::domain::{AgendaItem, Group, ItemKind, Participant, Session, time_of_day};
use crate::form::{Entry, Form};

/// The fields of every editor form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Title,
    Date,
    Venue,
    Starts,
    Ends,
    PresenterMinutes,
    /// The room's language, recorded in the agenda (nc17 #8).
    Language,
    Name,
    Organisation,
    Stakeholder,
    Email,
    Topic,
    Presenter,
    Members,
    Questions,
    Minutes,
    Kind,
    Prompts,
    File,
}

impl F {
    /// The label printed beside the field, in the language in force.
    pub fn label(self) -> String {
        match self {
            F::Title => crate::tr!("editor-field-title"),
            F::Date => crate::tr!("editor-field-date"),
            F::Venue => crate::tr!("editor-field-venue"),
            F::Starts => crate::tr!("editor-field-starts"),
            F::Ends => crate::tr!("editor-field-ends"),
            F::PresenterMinutes => crate::tr!("editor-field-presenter-minutes"),
            F::Language => crate::tr!("editor-field-language"),
            F::Name => crate::tr!("editor-field-name"),
            F::Organisation => crate::tr!("editor-field-organisation"),
            F::Stakeholder => crate::tr!("editor-field-stakeholder"),
            F::Email => crate::tr!("editor-field-email"),
            F::Topic => crate::tr!("editor-field-topic"),
            F::Presenter => crate::tr!("editor-field-presenter"),
            F::Members => crate::tr!("editor-field-members"),
            F::Questions => crate::tr!("editor-field-questions"),
            F::Minutes => crate::tr!("editor-field-minutes"),
            F::Kind => crate::tr!("editor-field-kind"),
            F::Prompts => crate::tr!("editor-field-prompts"),
            F::File => crate::tr!("editor-field-file"),
        }
    }
}

/// What an open form edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Editing {
    Details,
    /// A participant by index, or a new one.
    Person(Option<usize>),
    /// A group by index, or a new one.
    Group(Option<usize>),
    Item(usize),
    /// A new agenda item, at this place (from 0) in the running order.
    NewItem(usize),
    Import,
}

/// The languages, in `Lang::ALL`'s order, each by its own name.
const LANGUAGE_WORDS: &[&str] = &["English", "Français", "Español"];

/// The kinds, in the order the kind field offers them.
const KIND_WORDS: &[&str] = &[
    "Plenary",
    "Breakout",
    "Report-back",
    "Action planning",
    "Break",
    "Closing",
    "Follow-up",
];

use super::lists::{NAME_SEP, parts, tidy};
pub use super::lists::{kept, list, list_text, names, names_before_last, names_text};

/// An open editor form: what it edits, its fields, the name suggestion highlighted.
pub struct EditForm {
    pub editing: Editing,
    pub form: Form<F>,
    pub picked: Option<usize>,
}

fn text(hint: &str) -> Entry {
    Entry::text(hint, false)
}

impl EditForm {
    fn new(editing: Editing, fields: Vec<(F, Entry)>, values: &[(F, &str)]) -> EditForm {
        let mut form = Form::new(fields);
        form.fill(values, true);
        // Enter puts the form into the agenda; w writes the file.
        form.enter_applies = true;
        EditForm {
            editing,
            form,
            picked: None,
        }
    }

    /// The session's title, date, venue and presenter minutes.
    pub fn details(s: &Session) -> EditForm {
        let date = s.date.map(|d| d.to_string()).unwrap_or_default();
        let minutes = s.presenter_minutes.to_string();
        let time = |t: Option<chrono::NaiveTime>| t.map(time_of_day::text).unwrap_or_default();
        let (starts, ends) = (time(s.starts), time(s.ends));
        let mut form = EditForm::new(
            Editing::Details,
            vec![
                (F::Title, text(&crate::tr!("editor-hint-workshop-title"))),
                (F::Date, text(&crate::tr!("editor-hint-date"))),
                (F::Venue, text(&crate::tr!("editor-hint-venue"))),
                (F::Starts, text(&crate::tr!("editor-hint-starts"))),
                (F::Ends, text(&crate::tr!("editor-hint-ends"))),
                (
                    F::PresenterMinutes,
                    text(&crate::tr!("editor-hint-presenter-minutes")),
                ),
                (F::Language, Entry::choice(LANGUAGE_WORDS)),
            ],
            &[
                (F::Title, &s.title),
                (F::Date, &date),
                (F::Venue, &s.venue),
                (F::Starts, &starts),
                (F::Ends, &ends),
                (F::PresenterMinutes, &minutes),
            ],
        );
        // The agenda's own, else the one the editor speaks: saving the details records it.
        let lang = s.language().unwrap_or_else(crate::i18n::current);
        let chosen = crate::i18n::Lang::ALL.iter().position(|l| *l == lang);
        form.form.choose(F::Language, chosen.unwrap_or(0));
        form
    }

    /// The language chosen in the details form.
    pub fn language(&self) -> crate::i18n::Lang {
        self.form
            .choice(F::Language)
            .and_then(|(_, i)| crate::i18n::Lang::ALL.get(i).copied())
            .unwrap_or(crate::i18n::Lang::En)
    }

    /// A participant, new (`None`) or as recorded.
    pub fn person(index: Option<usize>, p: Option<&Participant>) -> EditForm {
        let get = |f: fn(&Participant) -> &str| p.map_or("", f);
        EditForm::new(
            Editing::Person(index),
            vec![
                (F::Name, text(&crate::tr!("editor-hint-full-name"))),
                (
                    F::Organisation,
                    text(&crate::tr!("editor-hint-organisation")),
                ),
                (F::Stakeholder, text(&crate::tr!("editor-hint-stakeholder"))),
                (F::Email, text(&crate::tr!("editor-hint-email"))),
            ],
            &[
                (F::Name, get(|p| &p.name)),
                (F::Organisation, get(|p| &p.organisation)),
                (F::Stakeholder, get(|p| &p.stakeholder)),
                (F::Email, get(|p| &p.email)),
            ],
        )
    }

    /// A group, new (`None`) or as planned.
    pub fn group(index: Option<usize>, g: Option<&Group>) -> EditForm {
        let members = g.map(|g| names_text(&g.members)).unwrap_or_default();
        let questions = g.map(|g| list_text(&g.questions)).unwrap_or_default();
        let minutes = g.and_then(|g| g.minutes).map(|m| m.to_string());
        EditForm::new(
            Editing::Group(index),
            vec![
                (F::Name, text(&crate::tr!("editor-hint-group-name"))),
                (F::Topic, text(&crate::tr!("editor-hint-topic"))),
                (F::Presenter, text(&crate::tr!("editor-hint-presenter"))),
                (F::Members, text(&crate::tr!("editor-hint-members"))),
                (F::Questions, text(&crate::tr!("editor-hint-questions"))),
                (F::Minutes, text(&crate::tr!("editor-hint-group-minutes"))),
            ],
            &[
                (F::Name, g.map_or("", |g| &g.name)),
                (F::Topic, g.map_or("", |g| &g.topic)),
                (F::Presenter, g.map_or("", |g| &g.presenter)),
                (F::Members, &members),
                (F::Questions, &questions),
                (F::Minutes, minutes.as_deref().unwrap_or("")),
            ],
        )
    }

    /// An agenda item, by index.
    pub fn item(index: usize, item: &AgendaItem) -> EditForm {
        let minutes = item.minutes.to_string();
        let prompts = list_text(&item.prompts);
        let mut form = EditForm::new(
            Editing::Item(index),
            vec![
                (F::Title, text(&crate::tr!("editor-hint-item-title"))),
                (F::Kind, Entry::choice(KIND_WORDS)),
                (F::Minutes, text(&crate::tr!("editor-hint-item-minutes"))),
                (F::Prompts, text(&crate::tr!("editor-hint-prompts"))),
            ],
            &[
                (F::Title, &item.title),
                (F::Minutes, &minutes),
                (F::Prompts, &prompts),
            ],
        );
        let kind = ItemKind::ALL
            .iter()
            .position(|k| *k == item.kind)
            .unwrap_or(0);
        form.form.choose(F::Kind, kind);
        form.form.fill(&[], true);
        form
    }

    /// A new agenda item at `position` in the running order: the fields of the edit form,
    /// prompts too (issue 13, item 7).
    pub fn new_item(position: usize) -> EditForm {
        EditForm::new(
            Editing::NewItem(position),
            vec![
                (F::Title, text(&crate::tr!("editor-hint-item-title"))),
                (F::Kind, Entry::choice(KIND_WORDS)),
                (F::Minutes, text(&crate::tr!("editor-hint-item-minutes"))),
                (F::Prompts, text(&crate::tr!("editor-hint-prompts"))),
            ],
            &[],
        )
    }

    /// The spreadsheet to read participants from.
    pub fn import() -> EditForm {
        EditForm::new(
            Editing::Import,
            vec![(F::File, text(&crate::tr!("editor-hint-csv")))],
            &[],
        )
    }

    /// The box's title.
    pub fn title(&self) -> String {
        match self.editing {
            Editing::Details => crate::tr!("editor-form-details"),
            Editing::Person(None) => crate::tr!("editor-form-add-person"),
            Editing::Person(Some(_)) => crate::tr!("editor-form-edit-person"),
            Editing::Group(None) => crate::tr!("editor-form-add-group"),
            Editing::Group(Some(_)) => crate::tr!("editor-form-edit-group"),
            Editing::Item(_) => crate::tr!("editor-form-edit-item"),
            Editing::NewItem(_) => crate::tr!("editor-form-add-item"),
            Editing::Import => crate::tr!("editor-form-import"),
        }
    }

    /// The fields in the order they are drawn.
    pub fn fields(&self) -> &'static [F] {
        fields_of(self.editing)
    }

    /// What is typed in `field`, trimmed.
    pub fn value(&self, field: F) -> String {
        self.form.value(field).trim().to_string()
    }

    /// The part of the field in focus that names are suggested for: the presenter, or the
    /// member being typed (after the last comma).
    pub fn typed_name(&self) -> Option<String> {
        match (self.editing, self.form.focus) {
            (Editing::Group(_), F::Presenter) => Some(self.value(F::Presenter)),
            (Editing::Group(_), F::Members) => {
                let all = self.form.value(F::Members);
                let parts = parts(&all, NAME_SEP);
                Some(parts.last().map_or("", |p| p.trim()).to_string())
            }
            _ => None,
        }
    }

    /// Puts the suggested `name` in the field in focus (for members, in place of the name
    /// being typed, ready for the next).
    pub fn take_name(&mut self, name: &str) {
        match self.form.focus {
            F::Members => {
                let all = self.form.value(F::Members);
                let mut names = parts(&all, NAME_SEP);
                names.pop();
                names.push(name.to_string());
                let names = tidy(names);
                let joined = format!("{}, ", names_text(&names));
                self.form.fill(&[(F::Members, &joined)], false);
            }
            focus => self.form.fill(&[(focus, name)], false),
        }
    }

    /// The kind chosen in an item form.
    pub fn kind(&self) -> ItemKind {
        self.form
            .choice(F::Kind)
            .and_then(|(_, i)| ItemKind::ALL.get(i).copied())
            .unwrap_or(ItemKind::Plenary)
    }

    /// Minutes typed in `field`: `None` when empty; a refusal beside the field when not a
    /// number of minutes a session can hold.
    pub(crate) fn minutes(&mut self, field: F) -> Result<Option<u32>, ()> {
        self.minutes_typed(field)
            .map_err(|why| self.form.refuse(Some(field), why))
    }

    /// Minutes typed in `field`: `None` when empty, or why they are not minutes.
    pub(crate) fn minutes_typed(&self, field: F) -> Result<Option<u32>, String> {
        let typed = self.value(field);
        if typed.is_empty() {
            return Ok(None);
        }
        match typed.parse::<u32>() {
            Ok(m) if (1..=1440).contains(&m) => Ok(Some(m)),
            _ => Err(crate::tr!("editor-not-minutes", typed = typed)),
        }
    }

    /// The date typed in the details form written out ("→ Saturday 3 April 2027"), shown
    /// live so a day-first reading of "03/04/2027" is seen before it is saved (nc13c #6),
    /// and said to be day first when month first is a real date too (nc13d #3).
    pub fn date_understood(&self, today: chrono::NaiveDate) -> Option<String> {
        let typed = self.value(F::Date);
        if self.editing != Editing::Details || typed.is_empty() {
            return None;
        }
        let lang = crate::i18n::current();
        let read = crate::domain::deadline::parse_deadline_in(&typed, today, lang);
        let said = crate::domain::deadline::understood(read, lang).ok()?;
        match crate::domain::day_first::reading(&typed) {
            crate::domain::day_first::Reading::Both { .. } => {
                Some(crate::tr!("editor-date-day-first", date = said))
            }
            _ => Some(said),
        }
    }

    /// A time of day typed in `field`: `None` when empty, or why it is not one.
    pub(crate) fn time_typed(&self, field: F) -> Result<Option<chrono::NaiveTime>, String> {
        let typed = self.value(field);
        if typed.is_empty() {
            return Ok(None);
        }
        time_of_day::parse(&typed)
            .map(Some)
            .ok_or_else(|| crate::tr!("editor-not-time", typed = typed))
    }
}

/// The fields of a form for `editing`, in the order they are drawn.
pub fn fields_of(editing: Editing) -> &'static [F] {
    match editing {
        Editing::Details => &[
            F::Title,
            F::Date,
            F::Venue,
            F::Starts,
            F::Ends,
            F::PresenterMinutes,
            F::Language,
        ],
        Editing::Person(_) => &[F::Name, F::Organisation, F::Stakeholder, F::Email],
        Editing::Group(_) => &[
            F::Name,
            F::Topic,
            F::Presenter,
            F::Members,
            F::Questions,
            F::Minutes,
        ],
        Editing::Item(_) | Editing::NewItem(_) => &[F::Title, F::Kind, F::Minutes, F::Prompts],
        Editing::Import => &[F::File],
    }
}

//! Why the domain refuses a change to an agenda being edited, as data (issue 16): the kind
//! and what it names. `Display` says it in English for the logs and the tests that read
//! English; the editor says it in the language with `i18n::refusal::edit`.

use std::fmt;

use super::text::refusal;

/// Why an agenda edit was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditWhy {
    /// The session runs: its plan changes through operations.
    Live,
    /// The session's details without a title.
    TitleNeeded,
    /// A text holding a control character or a line break, and which text.
    Control {
        what: Part,
        found: char,
    },
    /// Minutes outside 1 to 1440.
    Minutes(u32),
    /// A participant without a name.
    NameNeeded,
    /// A participant of this name is in the list already.
    AlreadyParticipant(String),
    NoParticipant(usize),
    GroupNameNeeded,
    /// Group `number` (from 1) is called `name` already.
    GroupNameTaken {
        number: usize,
        name: String,
    },
    NoGroup(usize),
    ItemTitleNeeded,
    NoItem(usize),
}

impl fmt::Display for EditWhy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditWhy::Live => {
                f.write_str("a session's plan changes through the plan view (5) while it runs")
            }
            EditWhy::TitleNeeded => f.write_str("a title is needed, e.g. Quarterly review"),
            EditWhy::Control { what, found } => {
                write!(f, "{} {}", what.english(), refusal(*found))
            }
            EditWhy::Minutes(minutes) => write!(f, "{minutes} minutes: give 1 to 1440"),
            EditWhy::NameNeeded => f.write_str("a name is needed"),
            EditWhy::AlreadyParticipant(name) => write!(f, "{name} is already a participant"),
            EditWhy::NoParticipant(i) => write!(f, "there is no participant {i}"),
            EditWhy::GroupNameNeeded => f.write_str("the group needs a name"),
            EditWhy::GroupNameTaken { number, name } => {
                write!(f, "group {number} is already called “{name}”")
            }
            EditWhy::NoGroup(i) => write!(f, "there is no group {i}"),
            EditWhy::ItemTitleNeeded => f.write_str("the item needs a title"),
            EditWhy::NoItem(i) => write!(f, "there is no item {i}"),
        }
    }
}

/// Which text of an agenda a refusal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Title,
    Venue,
    /// A participant's name, organisation, stakeholder group, email.
    Name,
    Organisation,
    Stakeholder,
    Email,
    GroupName,
    Topic,
    Presenter,
    Member,
    Question,
    Prompt,
}

impl Part {
    /// How the English refusal names it ("the title", "a member").
    pub fn english(self) -> &'static str {
        match self {
            Part::Title => "the title",
            Part::Venue => "the venue",
            Part::Name => "name",
            Part::Organisation => "organisation",
            Part::Stakeholder => "stakeholder",
            Part::Email => "email",
            Part::GroupName => "the name",
            Part::Topic => "the topic",
            Part::Presenter => "the presenter",
            Part::Member => "a member",
            Part::Question => "a question",
            Part::Prompt => "a prompt",
        }
    }
}

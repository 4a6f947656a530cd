//! The shape of an agenda or session file, as data: which fields each part has, what each
//! holds, which are required. From it, `plenary check` reports every structural mistake at
//! once, each at its JSON path with the fix in the user's words, and names each field it
//! does not know with the nearest one it does ("did you mean minutes?"). Unknown fields
//! stay in the file: they are only pointed out.

use serde_json::{Map, Value};

use crate::domain::ItemKind;
use crate::domain::validate::{Problem, Why};
use crate::domain::why::{Example, Seen, Takes};

/// What one field holds.
#[derive(Clone, Copy)]
enum Holds {
    Text,
    Whole,
    Date,
    /// A time of day, "09:30".
    Time,
    Kind,
    TextList,
    Parts(&'static [Field]),
    /// Written by plenary itself (the live record): checked by the typed reader only.
    Recorded,
}

/// One field of a part of the file.
struct Field {
    key: &'static str,
    holds: Holds,
    required: bool,
    /// Read as left out when `null` (an `Option` in the typed reader); any other field
    /// refuses `null` (nc13d #1).
    null_ok: bool,
}

const fn field(key: &'static str, holds: Holds, required: bool) -> Field {
    Field {
        key,
        holds,
        required,
        null_ok: false,
    }
}

/// An optional field whose `null` means the same as leaving it out.
const fn maybe(key: &'static str, holds: Holds) -> Field {
    Field {
        key,
        holds,
        required: false,
        null_ok: true,
    }
}

const PARTICIPANT: &[Field] = &[
    field("name", Holds::Text, true),
    field("organisation", Holds::Text, false),
    field("stakeholder", Holds::Text, false),
    field("email", Holds::Text, false),
];

const GROUP: &[Field] = &[
    field("name", Holds::Text, true),
    field("topic", Holds::Text, false),
    field("questions", Holds::TextList, false),
    field("members", Holds::TextList, false),
    field("presenter", Holds::Text, false),
    maybe("minutes", Holds::Whole),
];

const ITEM: &[Field] = &[
    field("title", Holds::Text, true),
    field("kind", Holds::Kind, true),
    field("minutes", Holds::Whole, true),
    field("prompts", Holds::TextList, false),
];

const SESSION: &[Field] = &[
    field("format", Holds::Whole, true),
    field("title", Holds::Text, true),
    maybe("date", Holds::Date),
    field("venue", Holds::Text, false),
    maybe("starts", Holds::Time),
    maybe("ends", Holds::Time),
    field("language", Holds::Text, false),
    field("presenter_minutes", Holds::Whole, false),
    field("participants", Holds::Parts(PARTICIPANT), false),
    field("groups", Holds::Parts(GROUP), false),
    field("agenda", Holds::Parts(ITEM), true),
    maybe("live", Holds::Recorded),
];

/// Every structural mistake in a parsed file: missing fields, wrong types, dates and
/// kinds plenary cannot read. Empty when the file has the right shape.
pub fn mistakes(file: &Value) -> Vec<Problem> {
    let mut out = Vec::new();
    match file {
        Value::Object(map) => part(map, SESSION, "", &mut out),
        other => out.push(Problem {
            path: crate::domain::validate::WHOLE_FILE.into(),
            why: Why::NotASession(found(other)),
        }),
    }
    out
}

/// Every field the file has that plenary does not know, with the nearest known name.
pub fn unknown_fields(file: &Value) -> Vec<Problem> {
    let mut out = Vec::new();
    if let Value::Object(map) = file {
        unknown_in(map, SESSION, "", &mut out);
    }
    out
}

/// The file with every value `mistakes` names put right enough to be read: a wrong optional
/// value left out, a wrong or missing required one replaced by a stand-in ("", 1,
/// "plenary", an empty list). Read as a session, it shows what else is wrong in the same
/// pass; whatever is said about a stand-in's path was already said by `mistakes`.
pub fn repaired(file: &Value) -> Value {
    let mut file = file.clone();
    if let Value::Object(map) = &mut file {
        repair(map, SESSION);
    }
    file
}

fn repair(map: &mut Map<String, Value>, fields: &[Field]) {
    for f in fields {
        let fine = match (map.get_mut(f.key), f.holds) {
            (None, _) | (Some(Value::Null), _) => false,
            (Some(Value::Array(items)), Holds::Parts(inner)) => {
                for item in items.iter_mut() {
                    if !item.is_object() {
                        *item = Value::Object(Map::new());
                    }
                    if let Value::Object(m) = item {
                        repair(m, inner);
                    }
                }
                true
            }
            (Some(Value::Array(items)), Holds::TextList) => {
                for item in items.iter_mut().filter(|i| !i.is_string()) {
                    *item = Value::String(String::new());
                }
                true
            }
            // One text where a list is meant is read as the list of it, as its author meant.
            (Some(value @ Value::String(_)), Holds::TextList) => {
                *value = Value::Array(vec![value.clone()]);
                true
            }
            (Some(value), holds_what) => {
                let mut said = Vec::new();
                holds(value, holds_what, "", &mut said);
                said.is_empty()
            }
        };
        if fine {
            continue;
        }
        if f.required {
            let stand_in = match f.holds {
                Holds::Whole => Value::from(1),
                Holds::Kind => Value::from("plenary"),
                Holds::Parts(_) | Holds::TextList => Value::Array(Vec::new()),
                _ => Value::from(""),
            };
            map.insert(f.key.into(), stand_in);
        } else {
            map.remove(f.key);
        }
    }
}

fn joined(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn part(map: &Map<String, Value>, fields: &[Field], path: &str, out: &mut Vec<Problem>) {
    for f in fields {
        let at = joined(path, f.key);
        match map.get(f.key) {
            None if f.required => {
                // A key beside it that is nearly this one is the likely slip ("minuts").
                let near = map.keys().find(|k| {
                    !fields.iter().any(|known| known.key == k.as_str())
                        && nearest(k, fields) == Some(f.key)
                });
                let why = match near {
                    Some(typo) => Why::MissingRename {
                        typo: typo.clone(),
                        key: f.key.into(),
                    },
                    None => Why::Missing {
                        key: f.key.into(),
                        example: example(f),
                    },
                };
                out.push(Problem { path: at, why })
            }
            None => {}
            Some(Value::Null) if f.null_ok => {}
            Some(Value::Null) => out.push(Problem {
                path: at,
                why: Why::Null {
                    takes: takes(f),
                    optional: !f.required,
                },
            }),
            Some(value) => holds(value, f.holds, &at, out),
        }
    }
}

/// What a field takes, as its fix says it.
fn takes(f: &Field) -> Takes {
    match f.holds {
        Holds::Text | Holds::Recorded => Takes::Text,
        Holds::Whole if is_minutes(f.key) => Takes::Minutes,
        Holds::Whole => Takes::Whole,
        Holds::Date => Takes::Date,
        Holds::Time => Takes::Time,
        Holds::Kind => Takes::Kind,
        Holds::TextList => Takes::TextList,
        Holds::Parts(_) => Takes::Objects,
    }
}

/// Whether a whole-number field counts minutes (1 to `MAX_MINUTES`).
fn is_minutes(key: &str) -> bool {
    key.ends_with("minutes")
}

fn holds(value: &Value, what: Holds, at: &str, out: &mut Vec<Problem>) {
    let mut say = |why: Why| {
        out.push(Problem {
            path: at.to_string(),
            why,
        })
    };
    match (what, value) {
        (Holds::Text, Value::String(_)) | (Holds::Recorded, _) => {}
        (Holds::Text, v) => say(Why::NotText(found(v))),
        (Holds::Whole, Value::Number(n)) if n.as_u64().is_some_and(|n| n <= u32::MAX.into()) => {}
        // nc13b #5: -5 is a whole number; what it needs is to be 1 or more.
        (Holds::Whole, Value::Number(n)) if n.as_i64().is_some_and(|n| n < 0) => {
            say(Why::NotPositive(found(value)))
        }
        // nc13d #8: 99999999999 is whole; what it needs is to be in range.
        (Holds::Whole, Value::Number(n)) if n.is_u64() => {
            let key = at.rsplit('.').next().unwrap_or(at);
            let takes = if is_minutes(key) {
                Takes::Minutes
            } else {
                Takes::Whole
            };
            say(Why::WholeOver(found(value), takes))
        }
        (Holds::Whole, v) => say(Why::NotWhole(found(v))),
        (Holds::Date, Value::String(s)) => {
            if chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_err() {
                say(Why::BadDate(found(value), crate::domain::day_first::fix(s)));
            }
        }
        (Holds::Date, v) => say(Why::DateNotText(found(v))),
        (Holds::Time, Value::String(s))
            if chrono::NaiveTime::parse_from_str(s, crate::domain::time_of_day::FORMAT).is_ok() => {
        }
        (Holds::Time, v) => say(Why::BadTime(found(v))),
        (Holds::Kind, Value::String(s)) if ItemKind::from_key(s).is_some() => {}
        (Holds::Kind, v) => say(Why::BadKind {
            seen: found(v),
            nearest: v.as_str().and_then(nearest_kind).map(str::to_string),
            kinds: ItemKind::keys_listed(),
        }),
        (Holds::TextList, Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if !item.is_string() {
                    out.push(Problem {
                        path: format!("{at}[{i}]"),
                        why: Why::NotText(found(item)),
                    });
                }
            }
        }
        (Holds::TextList, v) => say(Why::NotTextList(found(v))),
        (Holds::Parts(fields), Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let at = format!("{at}[{i}]");
                match item {
                    Value::Object(map) => part(map, fields, &at, out),
                    other => out.push(Problem {
                        path: at,
                        why: Why::NotObject {
                            seen: found(other),
                            required: required_names(fields),
                        },
                    }),
                }
            }
        }
        (Holds::Parts(fields), v) => say(Why::NotObjectList {
            seen: found(v),
            required: required_names(fields),
        }),
    }
}

fn unknown_in(map: &Map<String, Value>, fields: &[Field], path: &str, out: &mut Vec<Problem>) {
    for (key, value) in map {
        let Some(f) = fields.iter().find(|f| f.key == key) else {
            out.push(Problem {
                path: joined(path, key),
                why: Why::UnknownField {
                    nearest: nearest(key, fields).map(str::to_string),
                },
            });
            continue;
        };
        if let (Holds::Parts(inner), Value::Array(items)) = (f.holds, value) {
            for (i, item) in items.iter().enumerate() {
                if let Value::Object(m) = item {
                    unknown_in(m, inner, &format!("{}[{i}]", joined(path, key)), out);
                }
            }
        }
    }
}

/// Which object of a session file a field is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Object {
    Session,
    Item,
    Group,
    Participant,
}

/// The known field `key` most likely misspells in `object` ("minuts": minutes), or `None`
/// when it is a known field or like none (the agenda editor drops a misspelling once the
/// field it meant is set in a form, nc17b #3).
pub fn mistyped(key: &str, object: Object) -> Option<&'static str> {
    let fields = match object {
        Object::Session => SESSION,
        Object::Item => ITEM,
        Object::Group => GROUP,
        Object::Participant => PARTICIPANT,
    };
    if fields.iter().any(|f| f.key == key) {
        return None;
    }
    nearest(key, fields)
}

/// The known field a mistyped one most likely meant: same letters in another case, or
/// at most two edits away (one for short names).
fn nearest(key: &str, fields: &[Field]) -> Option<&'static str> {
    let lower = key.to_lowercase();
    fields
        .iter()
        .map(|f| (strsim::damerau_levenshtein(&lower, f.key), f.key))
        .filter(|(d, k)| *d <= if k.len() <= 4 { 1 } else { 2 })
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// The kind a mistyped one most likely meant ("plenery": plenary), at most two edits away
/// (nc13b #5: only the list was given).
fn nearest_kind(typed: &str) -> Option<&'static str> {
    let lower = typed.trim().to_lowercase();
    ItemKind::ALL
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&lower, k.key()), k.key()))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn required_names(fields: &[Field]) -> String {
    let names: Vec<String> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| format!("\"{}\"", f.key))
        .collect();
    names.join(", ")
}

fn example(f: &Field) -> Example {
    match (f.key, f.holds) {
        ("format", _) => Example::Format,
        (_, Holds::Kind) => Example::Kind(ItemKind::keys_listed()),
        (_, holds) => Example::Value(
            match holds {
                Holds::Whole => "10",
                Holds::Date => "\"2027-03-31\"",
                Holds::Time => "\"09:30\"",
                Holds::TextList => "[\"…\"]",
                Holds::Parts(_) => "[ { … } ]",
                Holds::Recorded => "{ … }",
                Holds::Text | Holds::Kind => "\"…\"",
            }
            .into(),
        ),
    }
}

/// A value as a message quotes it: text in quotes (cut when long), or what it is.
fn found(value: &Value) -> Seen {
    match value {
        Value::String(s) => {
            let cut: String = s.chars().take(40).collect();
            let more = if cut.len() < s.len() { "…" } else { "" };
            Seen::Text(format!("{:?}", format!("{cut}{more}")))
        }
        Value::Number(n) => Seen::Number(n.to_string()),
        Value::Bool(b) => Seen::Bool(*b),
        Value::Null => Seen::Null,
        Value::Array(_) => Seen::List,
        Value::Object(_) => Seen::Object,
    }
}

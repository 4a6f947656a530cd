//! Reminders to owners (issue 15 D): the selected commitments gathered into one digest per
//! owner, each with the addresses it goes to and its text ("you owe 3, 2 overdue; this is
//! what you told us last time"). Pure: rows, sessions and the date come in.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::progress_doc::{deadline_text, note_text};
use crate::domain::Session;
use crate::domain::board::BoardRow;
use crate::domain::fold::fold;
use crate::i18n::Lang;
use crate::tr;

/// What one owner is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digest {
    /// The owner as first written.
    pub owner: String,
    /// Where it goes: the participant of that name, else the participants of that
    /// organisation, with an email; empty when none has one (reported, never dropped).
    pub emails: Vec<String>,
    pub rows: Vec<BoardRow>,
    /// The language it is written in: `--lang`, else the one the sessions of its
    /// commitments share, else the one in force (issue 16).
    pub lang: Lang,
}

impl Digest {
    /// How many of its commitments are past their deadline.
    pub fn overdue(&self) -> usize {
        self.rows.iter().filter(|r| r.is_overdue()).count()
    }

    /// The subject line: "Your commitments: 3 owed, 2 overdue".
    pub fn subject(&self) -> String {
        tr!(in self.lang; "mail-subject", count = self.rows.len(), overdue = self.overdue())
    }
}

/// A session's participants with an email, their name and organisation folded once.
type Reachable = Vec<(String, String, String)>;

fn reachable(s: &Session) -> Reachable {
    s.participants
        .iter()
        .filter(|p| !p.email.trim().is_empty())
        .map(|p| {
            (
                fold(p.name.trim()),
                fold(p.organisation.trim()),
                p.email.trim().to_string(),
            )
        })
        .collect()
}

/// The addresses of an owner (folded) in one session: the participant so named, else
/// everyone of that organisation, each with an email.
fn addresses<'a>(people: &'a Reachable, owner: &str) -> Vec<&'a str> {
    let by_name: Vec<&str> = people
        .iter()
        .filter(|p| p.0 == owner)
        .map(|p| p.2.as_str())
        .collect();
    if !by_name.is_empty() {
        return by_name;
    }
    people
        .iter()
        .filter(|p| p.1 == owner)
        .map(|p| p.2.as_str())
        .collect()
}

/// One digest per owner (accents and case aside), owners in alphabetical order and each
/// owner's commitments by deadline; `sessions` are looked up by the rows' session file.
pub fn digests<'a>(
    rows: Vec<BoardRow>,
    sessions: impl IntoIterator<Item = (&'a str, &'a Session)>,
) -> Vec<Digest> {
    let by_file: HashMap<&str, &Session> = sessions.into_iter().collect();
    let mut people: HashMap<&str, Reachable> = HashMap::new();
    let mut keys: HashMap<String, String> = HashMap::new();
    let mut owners: BTreeMap<String, (String, BTreeSet<String>, Vec<BoardRow>)> = BTreeMap::new();
    let lang_of = |rows: &[BoardRow]| {
        super::language::of_sessions(
            rows.iter()
                .filter_map(|r| by_file.get(r.session_file.as_str()).copied()),
        )
    };
    for r in rows {
        let key = match keys.get(r.owner.trim()) {
            Some(k) => k.clone(),
            None => {
                let k = fold(r.owner.trim());
                keys.insert(r.owner.trim().to_string(), k.clone());
                k
            }
        };
        let entry = owners
            .entry(key.clone())
            .or_insert_with(|| (r.owner.trim().to_string(), BTreeSet::new(), Vec::new()));
        if let Some((file, s)) = by_file.get_key_value(r.session_file.as_str()) {
            let here = people.entry(file).or_insert_with(|| reachable(s));
            for email in addresses(here, &key) {
                if !entry.1.contains(email) {
                    entry.1.insert(email.to_string());
                }
            }
        }
        entry.2.push(r);
    }
    owners
        .into_values()
        .map(|(owner, emails, mut rows)| {
            rows.sort_by(|a, b| {
                crate::domain::board::compare(a, b, crate::domain::board::SortBy::Deadline)
            });
            Digest {
                owner,
                emails: emails.into_iter().collect(),
                lang: lang_of(&rows),
                rows,
            }
        })
        .collect()
}

/// The digest's text: the counts, then each commitment with where it was agreed, its
/// deadline (and how it moved), and the last thing the owner told us about it.
pub fn body(d: &Digest, today: NaiveDate) -> String {
    let lang = d.lang;
    let day = |d: NaiveDate| super::language::sentence_date(d, lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        tr!(in lang; "mail-dear", owner = d.owner.as_str())
    );
    let _ = writeln!(
        out,
        "{}\n",
        tr!(in lang; "mail-intro", date = day(today), count = d.rows.len(), overdue = d.overdue())
    );
    for (i, r) in d.rows.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", i + 1, r.what.trim());
        let agreed = r.session_date.unwrap_or(r.session_started.date_naive());
        let session = r.session_title.trim();
        let at = tr!(in lang; "mail-agreed-at", session = session, date = day(agreed));
        let _ = writeln!(out, "   {at}");
        let deadline = if r.is_overdue() {
            tr!(in lang; "mail-deadline-late", deadline = deadline_text(r, lang), days = r.days_overdue)
        } else {
            tr!(in lang; "mail-deadline", deadline = deadline_text(r, lang))
        };
        let _ = writeln!(out, "   {deadline}");
        let status = super::language::status_word(r.status, lang);
        let _ = writeln!(out, "   {}", tr!(in lang; "mail-status", status = status));
        let note = note_text(r, lang);
        let last = if note.is_empty() {
            tr!(in lang; "mail-nothing-yet")
        } else {
            tr!(in lang; "mail-last-time", note = note)
        };
        let _ = writeln!(out, "   {last}\n");
    }
    let _ = writeln!(out, "{}", tr!(in lang; "mail-closing"));
    crate::domain::text::escaped(&out, true).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_15_d_one_digest_per_owner_addressed_through_the_organisation() {
        let text = std::fs::read_to_string("sessions/2026-06-18-monitoring-results-workshop.json")
            .unwrap();
        let mut s: Session = serde_json::from_str(&text).unwrap();
        s.participants[0].email = "amina@finance.example".into();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let rows = crate::domain::board::rows([("s.json", &s)], today);
        let all = digests(rows.clone(), [("s.json", &s)]);
        let mof = all
            .iter()
            .find(|d| d.owner == "Ministry of Finance")
            .unwrap();
        assert_eq!(mof.emails, ["amina@finance.example"]);
        assert_eq!(mof.rows.len(), 2);
        assert_eq!(mof.subject(), "Your commitments: 2 owed, 1 overdue");
        assert!(body(mof, today).contains("you owe 2 commitments, 1 overdue"));
        let health = all
            .iter()
            .find(|d| d.owner == "Ministry of Health")
            .unwrap();
        assert!(
            health.emails.is_empty(),
            "no email: reported by the command"
        );
        let total: usize = all.iter().map(|d| d.rows.len()).sum();
        assert_eq!(total, rows.len());
    }
}

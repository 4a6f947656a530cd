//! More advice on a plan (nc13c #3, #4): a member who is not a participant, an email that
//! is not an address, and groups that no report-back item will ever call to present.
//! Kept apart from `advice` so each warning is its own small function.

use super::model::{ItemKind, Session};
use super::validate::Problem;

impl Session {
    /// Groups planned but no report-back item: said first, since it is why the editor's
    /// Total has no ✓.
    pub(super) fn report_back_advice(&self) -> Option<Problem> {
        let presenting = self
            .agenda
            .iter()
            .any(|i| i.kind == ItemKind::Presentations);
        // An agenda with no items at all is a problem of its own, said already.
        let items = !self.agenda.is_empty();
        (items && !self.groups.is_empty() && !presenting).then(|| Problem {
            path: "groups".into(),
            message: format!(
                "{} but no report-back item: they will never present; add an item of kind \
                 Report-back (\"kind\": \"presentations\")",
                match self.groups.len() {
                    1 => "1 group".to_string(),
                    n => format!("{n} groups"),
                }
            ),
        })
    }

    /// Members who are not participants (when the agenda lists participants), and
    /// emails that are not one address, as the spreadsheet import says of them.
    pub(super) fn people_advice(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let folded = |s: &str| super::fold::fold(s.trim());
        let known: Vec<String> = self.participants.iter().map(|p| folded(&p.name)).collect();
        if !known.is_empty() {
            for (g, group) in self.groups.iter().enumerate() {
                for (k, m) in group.members.iter().enumerate() {
                    // A near spelling is already said, with the name meant, and so is a
                    // presenter who is not a participant.
                    let presenter = folded(m) == folded(&group.presenter);
                    if m.trim().is_empty() || presenter || known.contains(&folded(m)) {
                        continue;
                    }
                    out.push(Problem {
                        path: format!("groups[{g}].members[{k}]"),
                        message: format!(
                            "\"{}\" is not a participant: check the spelling, or add them to \
                             \"participants\"",
                            m.trim()
                        ),
                    });
                }
            }
        }
        for (i, p) in self.participants.iter().enumerate() {
            let email = p.email.trim();
            if email.is_empty() {
                continue;
            }
            let message = match super::email::address(email) {
                None => format!(
                    "\"{email}\" is not an email address: write one address, e.g. \
                     \"name@example.org\", or leave it out"
                ),
                Some(a) if a != email => {
                    format!("\"{email}\" holds more than the address: write \"{a}\"")
                }
                Some(_) => continue,
            };
            out.push(Problem {
                path: format!("participants[{i}].email"),
                message,
            });
        }
        out
    }
}

//! More advice on a plan (nc13c #3, #4): a member who is not a participant, an email that
//! is not an address, and groups that no report-back item will ever call to present.
//! Kept apart from `advice` so each warning is its own small function.

use super::model::{ItemKind, Session};
use super::validate::{Problem, Why};

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
            why: Why::GroupsNeverPresent {
                groups: self.groups.len(),
            },
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
                        why: Why::MemberNotParticipant(m.trim().to_string()),
                    });
                }
            }
        }
        for (i, p) in self.participants.iter().enumerate() {
            let email = p.email.trim();
            if email.is_empty() {
                continue;
            }
            let why = match super::email::address(email) {
                None => Why::NotEmail(email.to_string()),
                Some(address) if address != email => Why::MoreThanEmail {
                    email: email.to_string(),
                    address,
                },
                Some(_) => continue,
            };
            out.push(Problem {
                path: format!("participants[{i}].email"),
                why,
            });
        }
        out
    }
}

//! Advice on a plan that is valid but probably not what its author meant: a presenter
//! nobody knows, a group with nobody to present, a participant listed twice, presentations
//! that cannot fit in the report-back. `plenary check` prints these as warnings; nothing
//! refuses a plan for them, since a facilitator may know better.

use super::model::{ItemKind, Session};
use super::validate::{Problem, Why};

impl Session {
    /// What looks wrong in the plan without making it unusable, each at its JSON path.
    pub fn advice(&self) -> Vec<Problem> {
        // nc13c #4: first, as it is why the editor's Total has no ✓.
        let mut out: Vec<Problem> = self.report_back_advice().into_iter().collect();
        let mut say = |path: String, why: Why| out.push(Problem { path, why });
        // Accents, case and how they were typed aside (a pasted name may be decomposed).
        let folded = |s: &str| super::fold::fold(s.trim());
        let mut seen: Vec<String> = Vec::new();
        for (i, p) in self.participants.iter().enumerate() {
            let name = folded(&p.name);
            if let Some(first) = seen.iter().position(|n| *n == name) {
                say(
                    format!("participants[{i}].name"),
                    Why::ListedTwice {
                        name: p.name.clone(),
                        first,
                    },
                );
            }
            seen.push(name);
        }
        // nc13b #5: "Helene Dubois" for Hélène Dubois matched without a word, and the
        // misspelling went into the record: the name as the participants write it.
        let written_as = |name: &str| -> Option<&str> {
            let wanted = folded(name);
            let exact = self
                .participants
                .iter()
                .any(|p| p.name.trim() == name.trim());
            let near = self.participants.iter().find(|p| folded(&p.name) == wanted);
            near.filter(|_| !exact).map(|p| p.name.trim())
        };
        for (g, group) in self.groups.iter().enumerate() {
            for (k, m) in group.members.iter().enumerate() {
                if let Some(right) = written_as(m) {
                    say(
                        format!("groups[{g}].members[{k}]"),
                        Why::WrittenAs {
                            typed: m.trim().to_string(),
                            right: right.to_string(),
                        },
                    );
                }
            }
            if let Some(right) = written_as(&group.presenter) {
                say(
                    format!("groups[{g}].presenter"),
                    Why::WrittenAs {
                        typed: group.presenter.trim().to_string(),
                        right: right.to_string(),
                    },
                );
            }
            let presenter = group.presenter.trim();
            if presenter.is_empty() {
                // The example is someone of this agenda, never a name from elsewhere.
                let example = group
                    .members
                    .first()
                    .or(self.participants.first().map(|p| &p.name))
                    .map(|n| n.trim().to_string());
                say(
                    format!("groups[{g}].presenter"),
                    Why::PresenterMissing { example },
                );
                continue;
            }
            let p = folded(presenter);
            let member = group.members.iter().any(|m| folded(m) == p);
            let participant = seen.contains(&p);
            if !member && !participant {
                say(
                    format!("groups[{g}].presenter"),
                    Why::PresenterUnknown(presenter.to_string()),
                );
            } else if !participant && !seen.is_empty() {
                // Listed among the members is not enough: a participant renamed or
                // removed leaves the group naming someone who is not coming.
                say(
                    format!("groups[{g}].presenter"),
                    Why::PresenterNotParticipant(presenter.to_string()),
                );
            }
        }
        let presenting: i64 = (0..self.groups.len())
            .map(|g| self.presenter_seconds(g))
            .sum();
        for (i, item) in self.agenda.iter().enumerate() {
            if item.kind != ItemKind::Presentations || self.groups.is_empty() {
                continue;
            }
            let planned = i64::from(item.minutes) * 60;
            if presenting > planned {
                say(
                    format!("agenda[{i}].minutes"),
                    Why::ReportBackShort {
                        minutes: item.minutes,
                        groups: self.groups.len(),
                        take: presenting / 60,
                        need: (presenting + 59) / 60,
                    },
                );
            }
        }
        // nc13b #9: a follow-up item with nothing brought in was found out in the room.
        let nothing_carried = self.live.as_ref().is_none_or(|l| l.carried.is_empty());
        for (i, item) in self.agenda.iter().enumerate() {
            if item.kind == ItemKind::FollowUp && nothing_carried {
                say(format!("agenda[{i}].kind"), Why::FollowUpNothingCarried);
            }
        }
        if let Some(p) = self.length_advice() {
            out.push(p);
        }
        out.extend(self.people_advice());
        out
    }

    /// The items' total against the planned length, when the agenda says when it starts
    /// and ends: advice when they do not fit.
    fn length_advice(&self) -> Option<Problem> {
        use super::time_of_day::{after, minutes_between, text};
        let (starts, ends) = (self.starts?, self.ends?);
        // A workshop ending before it starts is a slip, not one running past midnight.
        if ends <= starts {
            return Some(Problem {
                path: "ends".into(),
                why: Why::EndsBeforeStart {
                    ends: text(ends),
                    starts: text(starts),
                },
            });
        }
        let planned = minutes_between(starts, ends);
        let total: i64 = self.agenda.iter().map(|i| i64::from(i.minutes)).sum();
        (total > planned).then(|| Problem {
            path: "ends".into(),
            why: Why::ItemsOverrun {
                ends: text(ends),
                total,
                starts: text(starts),
                until: text(after(starts, total)),
                over: total - planned,
            },
        })
    }
}

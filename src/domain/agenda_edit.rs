//! An agenda edited before the session with the same operations the plan view uses during
//! it: the agenda gets a live record that exists only in memory (never started), the plan
//! operations change it, and the edited agenda is folded back out of it — items in their
//! running order without those taken out, groups in report-back order without those taken
//! out — as a plain agenda file, with every field it had kept.

use chrono::{DateTime, Utc};

use super::model::Session;

/// The live record's id while an agenda is edited; it is never written.
const EDITING: &str = "editing";

impl Session {
    /// `agenda` opened for editing by the plan operations.
    pub fn for_editing(mut agenda: Session, now: DateTime<Utc>) -> Session {
        agenda.live = None;
        agenda.begin_live(EDITING.into(), None, now);
        agenda
    }

    /// Whether this session is an agenda open in the editor (its live record exists only in
    /// memory), so screens speak of saving the file, not of the room's record.
    pub fn is_editing(&self) -> bool {
        self.live.as_ref().is_some_and(|l| l.id == EDITING)
    }

    /// The agenda as edited, ready to be saved as an agenda file.
    pub fn edited_agenda(&self) -> Session {
        let mut out = self.clone();
        out.agenda = self
            .item_order()
            .into_iter()
            .filter_map(|i| self.agenda.get(i).cloned())
            .collect();
        out.groups = self
            .presenters()
            .into_iter()
            .filter_map(|g| self.groups.get(g).cloned())
            .collect();
        out.live = None;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ops::{NewGroup, NewItem};
    use crate::domain::{Author, ItemKind, Moment, Op};
    use chrono::TimeZone;

    fn at() -> Moment {
        Moment {
            now: Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap(),
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        }
    }

    #[test]
    fn plan_operations_edit_an_agenda_that_folds_back_in_order() {
        let text = include_str!("../../sessions/peer-learning-exchange.json");
        let agenda: Session = serde_json::from_str(text).unwrap();
        let (items, groups) = (agenda.agenda.len(), agenda.groups.len());
        let mut s = Session::for_editing(agenda, at().now);
        let me = Author {
            name: "f".into(),
            uid: None,
        };
        let ops = [
            Op::AddGroup {
                group: NewGroup {
                    name: "Santé".into(),
                    presenter: "Omar Haddad".into(),
                    topic: String::new(),
                    minutes: None,
                },
            },
            Op::MoveGroup {
                group: groups,
                position: 0,
            },
            Op::SetGroupAbsent {
                group: 1,
                absent: true,
            },
            Op::SetItemMinutes {
                item: 0,
                minutes: 12,
            },
            Op::AddItem {
                item: NewItem {
                    title: "Pause café".into(),
                    kind: ItemKind::Break,
                    minutes: 15,
                },
                position: 1,
            },
            Op::RemoveItem { item: items - 1 },
        ];
        for op in &ops {
            s.apply(op, &me, at()).unwrap();
        }
        let edited = s.edited_agenda();
        assert!(edited.live.is_none());
        assert_eq!(edited.groups[0].name, "Santé");
        assert_eq!(edited.groups[0].presenter, "Omar Haddad");
        assert_eq!(edited.groups.len(), groups, "one added, one taken out");
        assert_eq!(edited.agenda[0].minutes, 12);
        assert_eq!(edited.agenda[1].title, "Pause café");
        assert_eq!(edited.agenda.len(), items, "one added, one taken out");
        assert!(edited.problems().is_empty(), "{:?}", edited.problems());
    }
}

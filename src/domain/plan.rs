//! The plan changed while the room works: a late group, an absent one, the report-back
//! order, agenda items added, taken out, moved, lengthened or shortened. Items and groups
//! keep their index for good, so every note and commitment anchored to one stays where it
//! was filed; the running and report-back orders are kept beside them, and every change is
//! logged in words for the record.

use chrono::{DateTime, Utc};

use super::commitments::{bounded, required, room_for};
use super::limits::{MAX_GROUPS, MAX_ITEMS, MAX_MINUTES, MAX_NAME};
use super::model::{
    AgendaItem, Author, Group, ItemKind, LiveRecord, PlanChange, PresentationRecord, Session,
};
use super::ops::{Applied, Field, NewGroup, NewItem, Op, OpError};

mod checks;
pub use checks::{group_problems, item_problems};

/// Applies a change to the plan, or `None` for an operation that is not one.
pub(super) fn apply(
    s: &mut Session,
    op: &Op,
    by: &Author,
    now: DateTime<Utc>,
) -> Option<Result<Applied, OpError>> {
    let result = match op {
        Op::AddGroup { group } => add_group(s, group),
        Op::SetGroupAbsent { group, absent } => set_absent(s, *group, *absent),
        Op::MoveGroup { group, position } => move_group(s, *group, *position),
        Op::AddItem { item, position } => add_item(s, item, *position),
        Op::RemoveItem { item } => remove_item(s, *item),
        Op::SetItemMinutes { item, minutes } => set_minutes(s, *item, *minutes),
        Op::MoveItem { item, position } => move_item(s, *item, *position),
        _ => return None,
    };
    Some(result.map(|change| {
        if let (Some(change), Some(live)) = (change, s.live.as_mut()) {
            log(&mut live.plan_changes, change, by, now);
        }
        Applied::Done
    }))
}

/// Logs a change; moving one thing again right after is one move in the record (four
/// presses of `<` read "moved … to place 1", not four lines).
fn log(changes: &mut Vec<PlanChange>, change: String, by: &Author, now: DateTime<Utc>) {
    let what = |c: &str| c.split_once(" to place ").map(|(what, _)| what.to_string());
    if let Some(last) = changes.last_mut()
        && last.by == *by
        && what(&change).is_some()
        && what(&last.change) == what(&change)
    {
        last.change = change;
        last.at = now;
        return;
    }
    changes.push(PlanChange {
        at: now,
        by: by.clone(),
        change,
        extra: Default::default(),
    });
}

/// What a change did, in words for the record; `None` when it changed nothing.
type Change = Result<Option<String>, OpError>;

/// The live record of a session still open to changes of plan.
fn open(s: &Session) -> Result<&LiveRecord, OpError> {
    let live = s.live.as_ref().ok_or(OpError::NotLive)?;
    if live.ended_at.is_some() {
        return Err(OpError::Ended);
    }
    Ok(live)
}

fn plan(why: impl Into<String>) -> OpError {
    OpError::Rule(why.into())
}

/// A name given live: required when `hint` says so, one line, at most `MAX_NAME` characters.
fn name(text: &str, field: Field, hint: Option<&'static str>) -> Result<String, OpError> {
    let text = match hint {
        Some(hint) => required(text, field, hint)?,
        None => bounded(text.trim(), field)?,
    };
    let len = text.chars().count();
    if len > MAX_NAME {
        return Err(OpError::TooLong {
            field,
            len,
            max: MAX_NAME,
        });
    }
    Ok(text)
}

fn minutes_ok(minutes: u32) -> Result<(), OpError> {
    if (1..=MAX_MINUTES).contains(&minutes) {
        Ok(())
    } else {
        Err(OpError::MinutesOutOfRange(minutes))
    }
}

const GROUP_HINT: &str = "the group's name";
const TITLE_HINT: &str = "the item's title";

fn group_name(s: &Session, group: usize) -> Result<String, OpError> {
    s.groups
        .get(group)
        .map(|g| g.name.clone())
        .ok_or(OpError::NoSuchGroup(group + 1))
}

fn add_group(s: &mut Session, new: &NewGroup) -> Change {
    let live = open(s)?;
    if s.groups.len() >= MAX_GROUPS {
        return Err(plan(format!("a session holds at most {MAX_GROUPS} groups")));
    }
    if let Some(e) = group_problems(new).into_iter().next() {
        return Err(e);
    }
    let group_name = name(&new.name, Field::GroupName, Some(GROUP_HINT))?;
    let presenter = name(&new.presenter, Field::Presenter, None)?;
    let topic = bounded(new.topic.trim(), Field::Topic)?;
    let taken = |g: &Group| g.name.trim().to_lowercase() == group_name.to_lowercase();
    // nc13b #12: the group that has the name, as it is written, not the text typed.
    if let Some(g) = s.groups.iter().find(|g| taken(g)) {
        return Err(OpError::GroupNameTaken(g.name.trim().to_string()));
    }
    room_for(live, group_name.len() + presenter.len() + topic.len())?;
    let index = s.groups.len();
    let change = if presenter.is_empty() {
        format!("added group {} “{group_name}”", index + 1)
    } else {
        format!(
            "added group {} “{group_name}” (presenter {presenter})",
            index + 1
        )
    };
    s.groups.push(Group {
        name: group_name,
        topic,
        questions: Vec::new(),
        members: Vec::new(),
        presenter,
        minutes: new.minutes,
        extra: Default::default(),
    });
    let order = s.group_order();
    if let Some(live) = s.live.as_mut() {
        live.presentations.push(PresentationRecord::default());
        if !live.group_order.is_empty() {
            live.group_order = order;
            live.group_order.push(index);
        }
    }
    Ok(Some(change))
}

fn set_absent(s: &mut Session, group: usize, absent: bool) -> Change {
    let live = open(s)?;
    let name = group_name(s, group)?;
    let record = &live.presentations[group];
    if record.absent == absent {
        return Ok(None);
    }
    if absent && record.timer.first_started.is_some() {
        return Err(plan(format!(
            "“{name}” has already presented: it cannot be absent"
        )));
    }
    let next = s.next_presenter(Some(group)).or(s.next_presenter(None));
    let Some(live) = s.live.as_mut() else {
        return Err(OpError::NotLive);
    };
    live.presentations[group].absent = absent;
    if absent && live.current_group == group {
        // The queue moves on to whoever presents next.
        if let Some(next) = next.filter(|n| *n != group) {
            live.current_group = next;
        }
    }
    Ok(Some(if absent {
        format!("group “{name}” marked absent")
    } else {
        format!("group “{name}” is back")
    }))
}

fn move_group(s: &mut Session, group: usize, position: usize) -> Change {
    open(s)?;
    let name = group_name(s, group)?;
    let mut order = s.group_order();
    if position >= order.len() {
        return Err(plan(format!(
            "place {} is past the end of the queue ({} groups)",
            position + 1,
            order.len()
        )));
    }
    let from = order.iter().position(|g| *g == group).unwrap_or(position);
    if from == position {
        return Ok(None);
    }
    order.remove(from);
    order.insert(position, group);
    if let Some(live) = s.live.as_mut() {
        live.group_order = order;
    }
    Ok(Some(format!(
        "moved group “{name}” to place {} in the report-back",
        position + 1
    )))
}

/// The place of the item running now, once the session has started.
fn running_place(live: &LiveRecord, order: &[usize]) -> Option<usize> {
    live.started_at?;
    order.iter().position(|i| *i == live.current_item)
}

fn item_title(s: &Session, item: usize) -> Result<String, OpError> {
    if !s.item_order().contains(&item) {
        return Err(OpError::NoSuchItem(item + 1));
    }
    Ok(s.agenda[item].title.clone())
}

fn add_item(s: &mut Session, new: &NewItem, position: usize) -> Change {
    let live = open(s)?;
    if s.agenda.len() >= MAX_ITEMS {
        return Err(plan(format!("an agenda holds at most {MAX_ITEMS} items")));
    }
    if let Some(e) = item_problems(new).into_iter().next() {
        return Err(e);
    }
    let title = name(&new.title, Field::Title, Some(TITLE_HINT))?;
    if new.kind == ItemKind::FollowUp {
        return Err(plan(
            "a follow-up item comes with `plenary run --follow-up`, not added live",
        ));
    }
    let mut order = s.item_order();
    if position > order.len() {
        return Err(plan(format!(
            "place {} is past the end of the agenda ({} items)",
            position + 1,
            order.len()
        )));
    }
    if running_place(live, &order).is_some_and(|now| position <= now) {
        return Err(plan("a new item goes after the one running now"));
    }
    room_for(live, title.len())?;
    let index = s.agenda.len();
    let change = format!(
        "added “{title}” ({}, {} min) at place {}",
        new.kind.label(),
        new.minutes,
        position + 1
    );
    s.agenda.push(AgendaItem {
        title,
        kind: new.kind,
        minutes: new.minutes,
        prompts: Vec::new(),
        extra: Default::default(),
    });
    order.insert(position, index);
    if let Some(live) = s.live.as_mut() {
        live.items.push(Default::default());
        set_order(live, order);
    }
    Ok(Some(change))
}

/// Keeps a new running order; before the start, the session begins at its first item.
fn set_order(live: &mut LiveRecord, order: Vec<usize>) {
    if live.started_at.is_none()
        && let Some(first) = order.first()
    {
        live.current_item = *first;
    }
    live.item_order = order;
}

/// Refuses to take out or move an item that has run or is running: it is in the record.
fn still_to_come(live: &LiveRecord, item: usize, title: &str) -> Result<(), OpError> {
    let ran = live.items.get(item).is_some_and(|r| !r.spans.is_empty());
    if ran || (live.started_at.is_some() && live.current_item == item) {
        return Err(plan(format!(
            "“{title}” has already run: it stays where it is in the record"
        )));
    }
    Ok(())
}

fn remove_item(s: &mut Session, item: usize) -> Change {
    s.may_remove_item(item)?;
    let title = item_title(s, item)?;
    let mut order = s.item_order();
    order.retain(|i| *i != item);
    if let Some(live) = s.live.as_mut() {
        set_order(live, order);
    }
    Ok(Some(format!("took “{title}” off the agenda")))
}

fn set_minutes(s: &mut Session, item: usize, minutes: u32) -> Change {
    open(s)?;
    let title = item_title(s, item)?;
    minutes_ok(minutes)?;
    let before = s.agenda[item].minutes;
    if before == minutes {
        return Ok(None);
    }
    s.agenda[item].minutes = minutes;
    Ok(Some(format!("“{title}” planned {before} → {minutes} min")))
}

fn move_item(s: &mut Session, item: usize, position: usize) -> Change {
    let live = open(s)?;
    let title = item_title(s, item)?;
    still_to_come(live, item, &title)?;
    let mut order = s.item_order();
    if position >= order.len() {
        return Err(plan(format!(
            "place {} is past the end of the agenda ({} items)",
            position + 1,
            order.len()
        )));
    }
    let from = order.iter().position(|i| *i == item).unwrap_or(position);
    if from == position {
        return Ok(None);
    }
    order.remove(from);
    order.insert(position, item);
    if running_place(live, &order).is_some_and(|now| position <= now) {
        return Err(plan("an item can move only to after the one running now"));
    }
    if let Some(live) = s.live.as_mut() {
        set_order(live, order);
    }
    Ok(Some(format!("moved “{title}” to place {}", position + 1)))
}

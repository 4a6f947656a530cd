//! The commitment form: fields kept on refusal, owners, past deadlines, marks.

use super::*;
use ratatui::crossterm::event::KeyCode;

fn type_text(form: &mut CommitmentForm, text: &str, known: &[String]) {
    for c in text.chars() {
        form.on_key(KeyEvent::from(KeyCode::Char(c)), known);
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn anchor() -> Anchor {
    Anchor {
        item: 0,
        group: None,
    }
}

#[test]
fn an_unreadable_deadline_keeps_every_field_and_points_at_the_deadline() {
    let mut form = CommitmentForm::new(anchor());
    type_text(&mut form, "Brief the budget committee", &[]);
    form.on_key(KeyEvent::from(KeyCode::Tab), &[]);
    type_text(&mut form, "Parliament", &[]);
    form.on_key(KeyEvent::from(KeyCode::Tab), &[]);
    type_text(&mut form, "sometime soon", &[]);
    assert!(form.draft(today()).is_none());
    assert_eq!(form.form.focus, Field::Deadline);
    assert!(form.form.error().unwrap().1.contains("sometime soon"));
    assert_eq!(form.value(Field::What), "Brief the budget committee");
    assert_eq!(form.value(Field::Owner), "Parliament");
    assert_eq!(form.value(Field::Deadline), "sometime soon");
}

#[test]
fn owner_suggestions_complete_from_what_is_typed_and_tab_takes_one() {
    let known = vec![
        "Ministry of Finance".to_string(),
        "Ministry of Health".to_string(),
        "UN system".to_string(),
    ];
    let mut form = CommitmentForm::new(anchor());
    form.on_key(KeyEvent::from(KeyCode::Tab), &known);
    type_text(&mut form, "min", &known);
    let matches = form.owner_matches(&known);
    assert_eq!(matches, vec!["Ministry of Finance", "Ministry of Health"]);
    // The first is highlighted from the start; ↓ moves on and wraps round.
    assert_eq!(form.highlighted(&matches), Some(0));
    form.on_key(KeyEvent::from(KeyCode::Down), &known);
    form.on_key(KeyEvent::from(KeyCode::Down), &known);
    form.on_key(KeyEvent::from(KeyCode::Down), &known);
    assert_eq!(
        form.on_key(KeyEvent::from(KeyCode::Tab), &known),
        FormKey::Stay
    );
    assert_eq!(form.value(Field::Owner), "Ministry of Health");
    assert_eq!(form.form.focus, Field::Deadline);
    // With no list open, Enter submits.
    assert_eq!(
        form.on_key(KeyEvent::from(KeyCode::Enter), &known),
        FormKey::Submit
    );
}

#[test]
fn a_past_deadline_is_kept_after_a_second_enter_only() {
    let mut form = CommitmentForm::new(anchor());
    form.form.fill(
        &[(Field::What, "Brief"), (Field::Owner, "Parliament")],
        false,
    );
    form.form.focus = Field::Deadline;
    type_text(&mut form, "2026-01-15", &[]);
    let first = form.draft(today()).unwrap();
    assert!(!first.past_deadline_confirmed);
    form.refused(&OpError::PastDeadline(first.deadline));
    assert!(form.form.error().unwrap().1.contains("Enter again"));
    assert!(form.draft(today()).unwrap().past_deadline_confirmed);
    // Changing the date withdraws the confirmation.
    form.on_key(KeyEvent::from(KeyCode::Backspace), &[]);
    type_text(&mut form, "4", &[]);
    assert!(!form.draft(today()).unwrap().past_deadline_confirmed);
}

#[test]
fn a_refusal_is_shown_beside_its_field_by_its_kind_not_its_words() {
    let mut form = CommitmentForm::new(anchor());
    form.refused(&OpError::Empty {
        field: crate::domain::Field::Owner,
        hint: "who will do it",
    });
    assert_eq!(form.form.focus, Field::Owner);
    assert_eq!(form.form.error().unwrap().0, Some(Field::Owner));
}

#[test]
fn an_untouched_edit_form_has_nothing_to_lose() {
    let c: Commitment = serde_json::from_value(serde_json::json!({
        "id": "C1", "what": "x", "owner": "y", "deadline": "2027-01-01",
        "anchor": {"item": 0}, "status": "open", "created_at": "2026-11-23T09:00:00Z",
        "created_by": {"name": "a"}
    }))
    .unwrap();
    let mut form = CommitmentForm::edit(&c);
    assert!(!form.has_changes());
    type_text(&mut form, "!", &[]);
    assert!(form.has_changes());
}

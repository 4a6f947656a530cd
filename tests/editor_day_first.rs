//! nc13d #3: the details form's live line under the date says "(day first)" when a date
//! written with numbers reads as another real date month first, so "03/04/2027" is not
//! taken as 3 April silently; a date that reads one way only is written out as before.

mod support;

use support::editor::{draw, editor, press, press_ctrl, text_of};

/// The line under the details form's fields once `typed` is the date, at each size.
fn understood(typed: &str) -> (Option<String>, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "d\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, typed);
    let form = e.form.as_ref().expect("the details form is open");
    let line = form.date_understood(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
    let screens = [(80, 24), (60, 20), (120, 40), (200, 60)]
        .iter()
        .map(|(w, h)| text_of(&draw(&e, *w, *h)))
        .collect();
    (line, screens)
}

#[test]
fn nc13d_3_a_date_that_reads_both_ways_is_said_to_be_day_first() {
    let (line, screens) = understood("03/04/2027");
    assert_eq!(line.as_deref(), Some("→ Saturday 3 April 2027 (day first)"));
    for screen in screens {
        assert!(
            screen.contains("→ Saturday 3 April 2027 (day first)"),
            "{screen}"
        );
    }
}

#[test]
fn nc13d_3_a_date_that_reads_one_way_is_written_out_alone() {
    let (line, screens) = understood("31/03/2027");
    assert_eq!(line.as_deref(), Some("→ Wednesday 31 March 2027"));
    for screen in screens {
        assert!(screen.contains("→ Wednesday 31 March 2027"), "{screen}");
        assert!(!screen.contains("day first"), "{screen}");
    }
}

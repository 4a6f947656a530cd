//! Regenerates `sessions/2026-06-18-monitoring-results-workshop.json`: the example
//! workshop as if it ran on 18 June 2026, built by applying the same operations
//! the console applies, with a simulated clock.
//!
//! cargo run --example record_example_session

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use plenary::domain::*;

fn main() -> anyhow::Result<()> {
    let agenda = std::fs::read_to_string("sessions/monitoring-results-workshop.json")?;
    let mut s: Session = serde_json::from_str(&agenda)?;
    s.date = NaiveDate::from_ymd_opt(2026, 6, 18);
    let start = Utc.with_ymd_and_hms(2026, 6, 18, 7, 0, 0).unwrap();
    s.begin_live(
        "20260618T065512Z-example".into(),
        Some("sessions/monitoring-results-workshop.json".into()),
        start,
    );
    let amina = Author {
        name: "amina".into(),
        uid: Some(1000),
    };
    let joseph = Author {
        name: "joseph".into(),
        uid: Some(1001),
    };
    let today = NaiveDate::from_ymd_opt(2026, 6, 18).unwrap();
    let mut minute = 0i64;
    let apply = |s: &mut Session, op: Op, by: &Author, at_min: f64| -> anyhow::Result<()> {
        let now = start + Duration::seconds((at_min * 60.0) as i64);
        s.apply(&op, by, Moment { now, today })?;
        Ok(())
    };
    let note = |item: usize, group: Option<usize>, text: &str| Op::AddNote {
        written: None,
        text: text.into(),
        anchor: Anchor { item, group },
    };
    apply(&mut s, Op::StartSession, &amina, 0.0)?;
    apply(
        &mut s,
        note(
            0,
            None,
            "Results brief circulated a week ahead; about half the room had read it.",
        ),
        &joseph,
        9.0,
    )?;
    apply(&mut s, Op::GoToItem { item: 1 }, &amina, 17.0)?;
    apply(
        &mut s,
        Op::AdjustItem {
            item: 1,
            seconds: 300,
        },
        &amina,
        50.0,
    )?;
    apply(
        &mut s,
        note(
            1,
            Some(0),
            "Parliament's budget committee was not part of the monitoring and should be briefed first.",
        ),
        &joseph,
        30.0,
    )?;
    apply(
        &mut s,
        note(
            1,
            Some(1),
            "Wants a yearly dialogue attached to the budget calendar, chaired by the Ministry of Finance.",
        ),
        &joseph,
        35.0,
    )?;
    apply(
        &mut s,
        note(
            1,
            Some(2),
            "Short two-page briefs per ministry persuade more than the full report.",
        ),
        &joseph,
        41.0,
    )?;
    apply(&mut s, Op::GoToItem { item: 2 }, &amina, 62.0)?;
    apply(&mut s, Op::GoToItem { item: 3 }, &amina, 73.0)?;
    // Report-back: presenters took 5:42, 4:50 and 6:10.
    for (g, (begin, used)) in [(73.5, 5.7), (80.0, 4.83), (86.0, 6.17)].iter().enumerate() {
        apply(&mut s, Op::StartTimer { group: g }, &amina, *begin)?;
        apply(&mut s, Op::PauseTimer { group: g }, &amina, begin + used)?;
        minute = (begin + used) as i64;
    }
    apply(
        &mut s,
        note(
            3,
            Some(2),
            "Asked the UN system to share its evidence-presentation templates.",
        ),
        &joseph,
        90.0,
    )?;
    apply(
        &mut s,
        Op::GoToItem { item: 4 },
        &amina,
        minute as f64 + 1.0,
    )?;
    type Planned<'a> = (&'a str, &'a str, (i32, u32, u32), Option<usize>);
    let commitments: [Planned; 12] = [
        (
            "Brief the Budget and Appropriations Committee on the monitoring findings",
            "Budget and Appropriations Committee",
            (2026, 9, 30),
            Some(0),
        ),
        (
            "Name a focal point in each line ministry for the follow-up",
            "Ministry of Finance",
            (2026, 8, 31),
            Some(0),
        ),
        (
            "Table the results at the municipal association's annual meeting",
            "Association of Municipalities",
            (2026, 11, 15),
            Some(0),
        ),
        (
            "Convene the first high-level action dialogue",
            "Ministry of Finance",
            (2027, 3, 31),
            Some(1),
        ),
        (
            "Draft terms of reference for a yearly follow-up report",
            "Ministry of Health",
            (2026, 10, 15),
            Some(1),
        ),
        (
            "Attach a follow-up session to the partners' round table",
            "EU Delegation",
            (2027, 2, 28),
            Some(1),
        ),
        (
            "Publish a plain-language summary of the results",
            "Civil Society Platform",
            (2026, 9, 1),
            Some(1),
        ),
        (
            "Produce two-page briefs for each ministry",
            "Institute for Policy Research",
            (2026, 12, 15),
            Some(2),
        ),
        (
            "Share evidence-presentation templates and guidance",
            "UNDP Country Office",
            (2026, 8, 15),
            Some(2),
        ),
        (
            "Run a media briefing when the follow-up report is out",
            "National Broadcaster",
            (2027, 4, 30),
            Some(2),
        ),
        (
            "Invite private-sector representatives to the next dialogue",
            "Chamber of Commerce",
            (2027, 1, 31),
            None,
        ),
        (
            "Circulate the outcome document to all participants",
            "Facilitation team",
            (2026, 7, 2),
            None,
        ),
    ];
    for (i, (what, owner, (y, m, d), group)) in commitments.iter().enumerate() {
        let draft = CommitmentDraft {
            what: (*what).into(),
            owner: (*owner).into(),
            deadline: NaiveDate::from_ymd_opt(*y, *m, *d).unwrap(),
            anchor: Anchor {
                item: if group.is_some() { 3 } else { 4 },
                group: *group,
            },
            past_deadline_confirmed: false,
        };
        let by = if i % 3 == 2 { &joseph } else { &amina };
        apply(
            &mut s,
            Op::AddCommitment {
                draft,
                written: None,
            },
            by,
            minute as f64 + 3.0 + i as f64 * 2.0,
        )?;
    }
    apply(
        &mut s,
        Op::SetStatus {
            id: "C12".into(),
            status: Status::Done,
            note: Some("Sent on 30 June.".into()),
            base_revision: None,
        },
        &amina,
        124.0,
    )?;
    apply(&mut s, Op::GoToItem { item: 5 }, &amina, 126.0)?;
    apply(
        &mut s,
        note(
            5,
            None,
            "Follow-up meeting agreed for the first week of December.",
        ),
        &joseph,
        133.0,
    )?;
    apply(&mut s, Op::EndSession, &amina, 137.0)?;
    let path = "sessions/2026-06-18-monitoring-results-workshop.json";
    plenary::store::write_atomic(path.as_ref(), &plenary::store::save::to_json(&s))?;
    println!("wrote {path}");
    Ok(())
}

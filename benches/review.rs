//! Review at scale: 1,000 sessions with 20,000 commitments in memory. Times building the
//! board, each filter keystroke (refilter plus drawing the board), and sorting.
//! cargo bench --bench review

use std::time::Instant;

use chrono::{FixedOffset, NaiveDate};
use plenary::domain::{Author, Session};
use plenary::review::Review;
use plenary::store::catalog::Catalog;
use plenary::ui::{Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

fn main() {
    let text =
        std::fs::read_to_string("sessions/2026-06-18-monitoring-results-workshop.json").unwrap();
    let example: Session = serde_json::from_str(&text).unwrap();
    let mut catalog = Catalog::default();
    for n in 0..1000 {
        let mut s = example.clone();
        let live = s.live.as_mut().unwrap();
        live.id = format!("bench-{n}");
        let extra: Vec<_> = live.commitments.iter().take(8).cloned().collect();
        for (k, mut c) in extra.into_iter().enumerate() {
            c.id = format!("C{}", 13 + k);
            live.commitments.push(c);
        }
        s.title = format!("{} #{n}", s.title);
        catalog.sessions.push((format!("s{n}.json").into(), s));
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let start = Instant::now();
    let mut review = Review::new(
        catalog,
        today,
        FixedOffset::east_opt(0).unwrap(),
        Author {
            name: "b".into(),
            uid: None,
        },
    );
    let build = start.elapsed().as_secs_f64() * 1e3;
    let theme = Theme::new(ThemeName::HighContrast, false);
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    let press = |r: &mut Review, code: KeyCode| r.on_key(KeyEvent::new(code, KeyModifiers::NONE));
    press(&mut review, KeyCode::Char('b'));
    press(&mut review, KeyCode::Char('/'));
    let mut worst: f64 = 0.0;
    let mut total = 0.0;
    let typed = "ministry of finance";
    for c in typed.chars() {
        let t = Instant::now();
        press(&mut review, KeyCode::Char(c));
        buf.reset();
        plenary::ui::review::render(&review, &theme, area, &mut buf);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        worst = worst.max(ms);
        total += ms;
    }
    let t = Instant::now();
    press(&mut review, KeyCode::Enter);
    press(&mut review, KeyCode::Char('S'));
    let sort = t.elapsed().as_secs_f64() * 1e3;
    println!(
        "review, {} commitments: build {build:.0} ms; filter keystroke + draw: mean {:.2} ms, worst {worst:.2} ms ({} keys); re-sort {sort:.1} ms; {} match",
        review.entries.len(),
        total / typed.len() as f64,
        typed.len(),
        review.shown.len()
    );
}

//! Issue 16 (nc16 #2): the words `plenary run` says in the terminal before and after the
//! console — an unfinished session found, "Session saved", "Resume with" — in the room's
//! language. The real binary in a pseudo-terminal.

mod support;

use support::{LiveDirs, Term};

const AGENDA: &str = "sessions/short-plenary.json";

#[test]
fn nc16_2_run_says_saved_and_offers_to_resume_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut first = Term::spawn(&["run", AGENDA, "--lang", "fr"], &live.env(), 100, 30);
    first.wait_for("Entrée");
    first.send("\r");
    first.wait_for("1/");
    first.quit_console();
    first.wait_exit();
    let screen = first.contents();
    assert!(screen.contains("Séance enregistrée :"), "{screen}");
    assert!(screen.contains("Pour reprendre : plenary run"), "{screen}");
    assert!(!screen.contains("Session saved"), "{screen}");

    let mut again = Term::spawn(&["run", AGENDA, "--lang", "fr"], &live.env(), 100, 30);
    let screen = again.wait_for("La reprendre ?");
    assert!(
        screen.contains("une séance de cet ordre du jour n'est pas terminée"),
        "{screen}"
    );
    assert!(screen.contains("commencée le"), "{screen}");
    assert!(screen.contains("0 engagement, 0 note"), "{screen}");
    again.send("q\r");
    again.wait_exit();
}

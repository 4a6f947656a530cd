//! A commitment's history line in the reader's language (nc16 #1). The session file keeps
//! each change as the program wrote it, in English ("follow-up: status open → in progress;
//! deadline 2026-11-27 → 2027-02-28; at One year on (26 Nov 2026)"); documents and screens
//! in French or Spanish say the same change in their words, with their dates. What people
//! typed (actions, names, a meeting's title) is left as typed; a change this does not know
//! stays as written.

use chrono::NaiveDate;

use super::Lang;
use super::date::short;
use crate::domain::Status;
use crate::tr;

/// `change` said in `lang`; English is the file's own words.
pub fn words(change: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return change.to_string();
    }
    let (head, rest) = match change.strip_prefix("follow-up") {
        Some("") => return tr!(in lang; "history-follow-up"),
        Some(rest) => match rest.strip_prefix(": ") {
            Some(rest) => (Some(tr!(in lang; "history-follow-up")), rest),
            None => return change.to_string(),
        },
        None => (None, change),
    };
    let parts: Vec<String> = rest.split("; ").map(|p| part(p, lang)).collect();
    let said = parts.join(&tr!(in lang; "history-and"));
    match head {
        Some(head) => tr!(in lang; "history-with-head", head = head, rest = said),
        None => said,
    }
}

/// One change of a line: status, deadline, owner, action, where, agreed again, moved.
fn part(p: &str, lang: Lang) -> String {
    let arrow = |rest: &str| {
        rest.split_once(" → ")
            .map(|(a, b)| (a.to_string(), b.to_string()))
    };
    if let Some((from, to)) = p.strip_prefix("status ").and_then(arrow) {
        let word = |s: &str| status(s).map_or(s.to_string(), |s| status_in(s, lang));
        return tr!(in lang; "history-status", from = word(&from), to = word(&to));
    }
    if let Some((from, to)) = p.strip_prefix("deadline ").and_then(arrow) {
        let day = |s: &str| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").map_or(s.to_string(), |d| short(d, lang))
        };
        return tr!(in lang; "history-deadline", from = day(&from), to = day(&to));
    }
    if let Some((from, to)) = p.strip_prefix("owner ").and_then(arrow) {
        return tr!(in lang; "history-owner", from = from, to = to);
    }
    if let Some((from, to)) = p.strip_prefix("action ").and_then(arrow) {
        let bare = |s: &str| s.trim_matches(['“', '”']).to_string();
        return tr!(in lang; "history-action", from = bare(&from), to = bare(&to));
    }
    if let Some(rest) = p.strip_prefix("agreed again at ")
        && let Some((meeting, id)) = rest.rsplit_once(" as ")
    {
        return tr!(in lang; "history-agreed-again-at", meeting = meeting_in(meeting, lang), id = id);
    }
    if let Some(id) = p.strip_prefix("agreed again as ") {
        return tr!(in lang; "history-agreed-again", id = id);
    }
    if let Some(meeting) = p.strip_prefix("at ") {
        return tr!(in lang; "history-at", meeting = meeting_in(meeting, lang));
    }
    if let Some((from, to)) = p
        .strip_prefix("moved from ")
        .and_then(|r| r.split_once(" to "))
    {
        return tr!(in lang; "history-moved", from = from, to = to);
    }
    p.to_string()
}

/// A meeting as the file names it, "One year on (26 Nov 2026)": its date in `lang`.
fn meeting_in(meeting: &str, lang: Lang) -> String {
    let Some((title, date)) = meeting.strip_suffix(')').and_then(|m| m.rsplit_once(" (")) else {
        return meeting.to_string();
    };
    match NaiveDate::parse_from_str(date, "%d %b %Y") {
        Ok(d) => tr!(in lang; "history-meeting", title = title, date = short(d, lang)),
        Err(_) => meeting.to_string(),
    }
}

fn status(label: &str) -> Option<Status> {
    [
        Status::Open,
        Status::InProgress,
        Status::Done,
        Status::Dropped,
    ]
    .into_iter()
    .find(|s| s.label() == label)
}

fn status_in(status: Status, lang: Lang) -> String {
    let _in = super::scoped(lang);
    super::keys::status_label(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    // nc16 #1: the program's own words in a French document were English.
    #[test]
    fn a_follow_up_line_in_french_and_spanish() {
        let line = "follow-up: status open → in progress; deadline 2026-11-27 → 2027-02-28; \
                    owner Amina → Lê Văn Minh; at One year on (26 Nov 2026)";
        let fr = words(line, Lang::Fr);
        assert!(!fr.contains("follow-up") && !fr.contains("status"), "{fr}");
        assert!(fr.contains("en cours"), "{fr}");
        assert!(
            fr.contains("févr. 2027") || fr.contains("févr 2027"),
            "{fr}"
        );
        assert!(fr.contains("Lê Văn Minh"), "{fr}");
        assert!(fr.contains("One year on"), "{fr}");
        let es = words(line, Lang::Es);
        assert!(!es.contains("follow-up") && !es.contains("status"), "{es}");
        assert_eq!(words(line, Lang::En), line);
        assert_eq!(
            words("follow-up", Lang::Fr),
            tr!(in Lang::Fr; "history-follow-up")
        );
        assert_eq!(words("something else", Lang::Fr), "something else");
    }
}

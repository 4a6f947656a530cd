//! `plenary check` teaches (issue 13, "`plenary check` that teaches"): deliberate mistakes
//! in a small four-group agenda, each with the exact words `check` says about it. Every
//! problem of a file is reported at once, at its JSON path, with the fix.

use serde_json::json;

mod support;

use support::mistakes::{check_in, with};

/// What `plenary check` says in English of a file holding `bytes`, and whether it passed.
fn check(bytes: &[u8]) -> (String, bool) {
    check_in("en", bytes)
}

/// Each case whose words (or verdict) are not the expected ones.
fn wrong_words(cases: &[(&str, Vec<u8>, bool, &str)]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (what, bytes, passes, expected) in cases {
        let (said, ok) = check(bytes);
        if said != *expected || ok != *passes {
            wrong.push(format!(
                "{what}:\n  expected ({passes}) {expected:?}\n  got      ({ok}) {said:?}"
            ));
        }
    }
    wrong
}

#[test]
fn the_base_agenda_passes_without_a_word() {
    let (said, ok) = check(&with(|_| {}));
    assert_eq!(said, "✓ F: a valid agenda, “Échange entre pairs”\n");
    assert!(ok);
}

#[test]
fn each_mistake_gets_its_own_words() {
    let cases: Vec<(&str, Vec<u8>, bool, &str)> = vec![
        (
            "a mistyped field is kept and named, with the field meant",
            with(|v| v["groups"][1]["minuts"] = json!(3)),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    groups[1].minuts: is not a field plenary knows; it is kept as it is. Did you mean \"minutes\"?\n",
        ),
        (
            "a presenter nobody knows",
            with(|v| v["groups"][0]["presenter"] = json!("Helen Dubois")),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    groups[0].presenter: \"Helen Dubois\" is neither one of the group's members nor a participant: check the spelling, or add them to \"members\"\n",
        ),
        (
            // Issue 13 item 4: being listed among the members is not enough.
            "a presenter among the members who is not a participant",
            with(|v| {
                v["groups"][3]["members"] = json!(["Omar Hadad"]);
                v["groups"][3]["presenter"] = json!("Omar Hadad");
            }),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    groups[3].presenter: \"Omar Hadad\" is one of the group's members but not a participant: check the spelling, or add them to \"participants\"\n",
        ),
        (
            "a group with nobody to present",
            with(|v| {
                v["groups"][2]
                    .as_object_mut()
                    .unwrap()
                    .remove("presenter")
                    .map(drop)
                    .unwrap()
            }),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    groups[2].presenter: is missing: name who presents this group's work, e.g. \"presenter\": \"Hélène Dubois\"\n",
        ),
        (
            "a participant listed twice",
            with(|v| {
                v["participants"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "hélène dubois "}))
            }),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    participants[4].name: \"hélène dubois \" is listed twice (also participants[0]): remove one\n",
        ),
        (
            // nc13c #3: a member nobody lists as a participant.
            "a member who is not a participant",
            with(|v| v["groups"][3]["members"] = json!(["Omar Haddad", "Nobody Known"])),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    groups[3].members[1]: \"Nobody Known\" is not a participant: check the spelling, or add them to \"participants\"\n",
        ),
        (
            // nc13c #3: `plenary remind` writes to it; the spreadsheet import refuses it.
            "an email that is not an address",
            with(|v| v["participants"][0]["email"] = json!("helene at finances")),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    participants[0].email: \"helene at finances\" is not an email address: write one address, e.g. \"name@example.org\", or leave it out\n",
        ),
        (
            // nc13c #4: the groups would never present.
            "groups but no report-back item",
            with(|v| v["agenda"][2]["kind"] = json!("breakout")),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    groups: 4 groups but no report-back item: they will never present; add an item of kind Report-back (\"kind\": \"presentations\")\n",
        ),
        (
            "presentations that do not fit the report-back",
            with(|v| v["agenda"][2]["minutes"] = json!(10)),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    agenda[2].minutes: is 10, but the 4 groups' presentations take 18 minutes: give the report-back 18 minutes or shorten the presenters' time\n",
        ),
        (
            "a kind in capitals is the kind meant",
            with(|v| v["agenda"][0]["kind"] = json!("Plenary")),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n",
        ),
        (
            "an unknown kind lists the kinds",
            with(|v| v["agenda"][1]["kind"] = json!("workshop")),
            false,
            "✗ F: 1 problem:\n    agenda[1].kind: is \"workshop\", not a kind of agenda item: use one of plenary, breakout, presentations, action_planning, break, closing, follow_up\n",
        ),
        (
            "a date written day first",
            with(|v| v["date"] = json!("31/03/2027")),
            false,
            "✗ F: 1 problem:\n    date: is \"31/03/2027\": write the date as YYYY-MM-DD: \"2027-03-31\"\n",
        ),
        (
            "minutes in words",
            with(|v| v["agenda"][0]["minutes"] = json!("ten")),
            false,
            "✗ F: 1 problem:\n    agenda[0].minutes: is \"ten\": write a whole number, e.g. 10\n",
        ),
        (
            "negative minutes",
            with(|v| v["groups"][1]["minutes"] = json!(-3)),
            false,
            "✗ F: 1 problem:\n    groups[1].minutes: is -3: write a whole number of 1 or more, e.g. 10\n",
        ),
        (
            "three mistakes are reported together",
            with(|v| {
                v["date"] = json!("2027-13-01");
                v["agenda"][1].as_object_mut().unwrap().remove("kind");
                v["groups"][3]["members"] = json!("Omar Haddad");
            }),
            false,
            "✗ F: 3 problems:\n    date: is \"2027-13-01\": not a real date: there is no month 13: months go from 1 to 12\n    groups[3].members: is \"Omar Haddad\": write a list of texts, e.g. [\"first\", \"second\"]\n    agenda[1].kind: is missing: add \"kind\": \"plenary\" (or one of plenary, breakout, presentations, action_planning, break, closing, follow_up)\n",
        ),
        (
            "no title",
            with(|v| drop(v.as_object_mut().unwrap().remove("title"))),
            false,
            "✗ F: 1 problem:\n    title: is missing: add \"title\": \"…\"\n",
        ),
        (
            "an empty title",
            with(|v| v["title"] = json!("  ")),
            false,
            "✗ F: 1 problem:\n    title: is empty: give the session a title\n",
        ),
        (
            "the agenda as one object",
            with(|v| v["agenda"] = json!({"title": "Accueil"})),
            false,
            "✗ F: 1 problem:\n    agenda: is an object: write a list of objects [ { … } ], each with \"title\", \"kind\", \"minutes\"\n",
        ),
        (
            "an empty object",
            b"{}".to_vec(),
            false,
            "✗ F: 3 problems:\n    format: is missing: a plenary agenda or session starts with \"format\": 1 (see docs/format.md), so add it if this is one\n    title: is missing: add \"title\": \"…\"\n    agenda: is missing: add \"agenda\": [ { … } ]\n",
        ),
        (
            "a required field mistyped: named with the fix, and warned as unknown in the same pass",
            with(|v| {
                let item = v["agenda"][0].as_object_mut().unwrap();
                let m = item.remove("minutes").unwrap();
                item.insert("minuts".into(), m);
            }),
            false,
            "✗ F: 1 problem:\n    agenda[0].minutes: is missing: \"minuts\" is there, rename it \"minutes\"\n! F: 1 warning:\n    agenda[0].minuts: is not a field plenary knows; it is kept as it is. Did you mean \"minutes\"?\n",
        ),
        (
            "an end before the start",
            with(|v| {
                v["starts"] = json!("09:00");
                v["ends"] = json!("07:00");
            }),
            true,
            "✓ F: a valid agenda, “Échange entre pairs”\n! F: 1 warning:\n    ends: is 07:00, not after the start (09:00): give the time the workshop ends\n",
        ),
        (
            // Issue 13 item 1: a duplicated format is not read as a newer one, and what
            // else is wrong is said in the same pass.
            "format given twice",
            b"{\"format\": 1, \"format\": 2, \"title\": \"x\", \"agenda\": []}".to_vec(),
            false,
            "✗ F: 2 problems:\n    format: appears twice in one object (again at line 1, column 15): keep one of them\n    agenda: has no items: add at least one\n",
        ),
        (
            "a newer format",
            with(|v| v["format"] = json!(7)),
            false,
            "✗ F: written in format 7, but this plenary reads format 1 at most; upgrade plenary to open it (the file was left as it is)\n",
        ),
        (
            "a file cut off",
            b"{\"format\": 1,\n  \"title\": \"x\",\n  \"agenda\": [".to_vec(),
            false,
            "✗ F:3:13: the file ends too early (truncated?): EOF while parsing a list\n",
        ),
        (
            "not UTF-8",
            b"{\"format\": 1,\n \"title\": \"caf\xe9\"}".to_vec(),
            false,
            "✗ F:2:15: the file is not UTF-8 text from here: save it as UTF-8\n",
        ),
    ];
    let wrong = wrong_words(&cases);
    assert!(cases.len() >= 15);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_byte_order_mark_is_read_past() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(with(|_| {}));
    let (said, ok) = check(&bytes);
    assert_eq!(said, "✓ F: a valid agenda, “Échange entre pairs”\n");
    assert!(ok);
}

/// Issue 13 item 1: one pass of `check` says everything: problems of the values (an item
/// of 0 minutes, two groups named alike) beside structural ones, every key written twice,
/// and the warnings, each at its JSON path with its fix.
#[test]
fn issue_13_item_1_every_problem_and_warning_in_one_pass() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "0 minutes beside a date written day first",
            with(|v| {
                v["date"] = json!("31/03/2027");
                v["agenda"][0]["minutes"] = json!(0);
            }),
            "✗ F: 2 problems:\n    date: is \"31/03/2027\": write the date as YYYY-MM-DD: \"2027-03-31\"\n    agenda[0].minutes: is 0: plan at least a minute\n",
        ),
        (
            "two groups named alike beside an unknown kind",
            with(|v| {
                v["groups"][1]["name"] = json!("budget");
                v["agenda"][1]["kind"] = json!("workshop");
            }),
            "✗ F: 2 problems:\n    agenda[1].kind: is \"workshop\", not a kind of agenda item: use one of plenary, breakout, presentations, action_planning, break, closing, follow_up\n    groups[1].name: repeats the name of groups[0] \"Budget\": give each group its own name\n",
        ),
        (
            "presenter minutes 0 beside minutes in words",
            with(|v| {
                v["presenter_minutes"] = json!(0);
                v["agenda"][0]["minutes"] = json!("ten");
            }),
            "✗ F: 2 problems:\n    agenda[0].minutes: is \"ten\": write a whole number, e.g. 10\n    presenter_minutes: is 0: presenters need at least a minute\n",
        ),
        (
            "warnings beside a structural problem",
            with(|v| {
                v["groups"][0]["presenter"] = json!("Helen Dubois");
                v["groups"][2]["minuts"] = json!(7);
                v["agenda"][1]["minutes"] = json!(true);
            }),
            "✗ F: 1 problem:\n    agenda[1].minutes: is true: write a whole number, e.g. 10\n! F: 2 warnings:\n    groups[2].minuts: is not a field plenary knows; it is kept as it is. Did you mean \"minutes\"?\n    groups[0].presenter: \"Helen Dubois\" is neither one of the group's members nor a participant: check the spelling, or add them to \"members\"\n",
        ),
    ];
    let mut wrong = Vec::new();
    for (what, bytes, expected) in &cases {
        let (said, ok) = check(bytes);
        if said != *expected || ok {
            wrong.push(format!(
                "{what}:\n  expected {expected:?}\n  got      {said:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Issue 13 item 1: every key written twice is named, with where the second one is, and
/// the rest of the file is still checked.
#[test]
fn issue_13_item_1_every_duplicated_key_is_named() {
    let text = "{\"format\": 1, \"title\": \"A\", \"title\": \"B\",\n \"agenda\": [{\"title\": \"a\", \"kind\": \"plenary\", \"minutes\": 5, \"minutes\": 7},\n  {\"title\": \"b\", \"kind\": \"plenary\", \"minutes\": 0}]}";
    let (said, ok) = check(text.as_bytes());
    assert!(!ok);
    assert_eq!(
        said,
        "✗ F: 3 problems:\n    title: appears twice in one object (again at line 1, column 29): keep one of them\n    agenda[0].minutes: appears twice in one object (again at line 2, column 61): keep one of them\n    agenda[1].minutes: is 0: plan at least a minute\n"
    );
}

/// nc13d: the mistakes a newcomer made on purpose that `check` said in the parser's words
/// (#1 null values, #8 wording, #3 dates read day first without saying so).
#[test]
fn nc13d_null_values_parser_errors_and_ambiguous_dates() {
    let cases: Vec<(&str, Vec<u8>, bool, &str)> = vec![
        (
            // nc13d #1: a null is named at its path, with the other problems of the file.
            "a null presenter_minutes beside minutes in quotes",
            with(|v| {
                v["presenter_minutes"] = json!(null);
                v["agenda"][0]["minutes"] = json!("15");
            }),
            false,
            "✗ F: 2 problems:\n    presenter_minutes: is null: write a number of minutes from 1 to 1440, or leave it out\n    agenda[0].minutes: is \"15\": write a whole number, e.g. 10\n",
        ),
        (
            "a null venue",
            with(|v| v["venue"] = json!(null)),
            false,
            "✗ F: 1 problem:\n    venue: is null: write text in quotes, or leave it out\n",
        ),
        (
            "null members and null item minutes",
            with(|v| {
                v["groups"][3]["members"] = json!(null);
                v["agenda"][1]["minutes"] = json!(null);
            }),
            false,
            "✗ F: 2 problems:\n    groups[3].members: is null: write a list of texts, e.g. [\"first\", \"second\"], or leave it out\n    agenda[1].minutes: is null: write a number of minutes from 1 to 1440\n",
        ),
        (
            "a null presenter_minutes beside group minutes of 0 and 2000",
            with(|v| {
                v["presenter_minutes"] = json!(null);
                v["groups"][0]["minutes"] = json!(0);
                v["groups"][1]["minutes"] = json!(2000);
            }),
            false,
            "✗ F: 3 problems:\n    presenter_minutes: is null: write a number of minutes from 1 to 1440, or leave it out\n    groups[0].minutes: is 0: leave it out to use presenter_minutes\n    groups[1].minutes: is 2000: plan at most 1440 minutes (a day)\n",
        ),
        (
            // nc13d #8: a whole number too big for any count is given its range.
            "minutes far past a day",
            with(|v| v["agenda"][0]["minutes"] = json!(99_999_999_999u64)),
            false,
            "✗ F: 1 problem:\n    agenda[0].minutes: is 99999999999: write a number of minutes from 1 to 1440\n",
        ),
        (
            "a text whose closing quote is missing at the end of the file",
            "{\"format\": 1,\n  \"title\": \"Échange"
                .as_bytes()
                .to_vec(),
            false,
            "✗ F:2:12: the file ends inside a text: a closing quote (\") is missing (`\"title\": \"Échange`)\n",
        ),
        (
            "a text whose closing quote is missing before the line ends",
            "{\"format\": 1,\n  \"title\": \"Échange,\n  \"agenda\": []}"
                .as_bytes()
                .to_vec(),
            false,
            "✗ F:2:12: a closing quote (\") is missing: the text runs past the end of its line (`\"title\": \"Échange,`)\n",
        ),
        (
            "a key in single quotes",
            b"{'format': 1, 'title': 'x', 'agenda': []}".to_vec(),
            false,
            "✗ F:1:2: JSON writes keys and texts in double quotes (\"), not single ones (`{'format': 1, 'title': 'x', 'agenda': []}`)\n",
        ),
        (
            // nc13d #9: an unreadable list does not also warn of what follows from it being empty.
            "participants written as one object",
            with(|v| v["participants"] = json!({"name": "Hélène Dubois"})),
            false,
            "✗ F: 1 problem:\n    participants: is an object: write a list of objects [ { … } ], each with \"name\"\n",
        ),
        (
            // nc13d #3: both readings are real dates: say which one was taken.
            "a date that reads both ways",
            with(|v| v["date"] = json!("03/04/2027")),
            false,
            "✗ F: 1 problem:\n    date: is \"03/04/2027\": read day first as 3 April 2027, write \"2027-04-03\"; if you meant 4 March 2027, write \"2027-03-04\"\n",
        ),
        (
            "a date written month first",
            with(|v| v["date"] = json!("04/13/2027")),
            false,
            "✗ F: 1 problem:\n    date: is \"04/13/2027\": read day first, there is no month 13; read month first it is 13 April 2027: write \"2027-04-13\"\n",
        ),
    ];
    let wrong = wrong_words(&cases);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

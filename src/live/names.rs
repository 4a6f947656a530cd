//! People's names as the host shows and records them: cleaned of what cannot be seen,
//! measured as a reader counts them, and told apart when two look alike, so that no one
//! joins as someone else by a letter from another script, an invisible character or a space.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
use unicode_security::skeleton;
use unicode_segmentation::UnicodeSegmentation;

/// Longest name a person can be shown with, in characters as a reader counts them (a
/// letter and its accents are one).
pub const MAX_NAME: usize = 60;
/// Longest name in bytes, however its letters are composed: bounds accents piled on letters.
pub const MAX_NAME_BYTES: usize = 8 * MAX_NAME;

/// A name without control characters or invisible format characters (Unicode category Cf:
/// zero-width spaces and joiners, text-direction controls, soft hyphens), spaces collapsed.
pub fn clean_name(raw: &str) -> String {
    let kept: String = raw
        .chars()
        .filter(|c| !c.is_control() && c.general_category() != GeneralCategory::Format)
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How long `name` looks: its grapheme clusters.
pub fn name_length(name: &str) -> usize {
    name.graphemes(true).count()
}

/// Why the name `raw` cannot be used once cleaned, if it cannot; never repeats it.
pub fn check_name(raw: &str) -> Result<(), String> {
    let clean = clean_name(raw);
    if clean.trim().is_empty() {
        return Err(crate::tr!("join-name-empty"));
    }
    let length = name_length(&clean);
    if length > MAX_NAME {
        return Err(crate::tr!(
            "join-name-long",
            length = length,
            most = MAX_NAME
        ));
    }
    if clean.len() > MAX_NAME_BYTES {
        return Err(crate::tr!(
            "join-name-bytes",
            bytes = clean.len(),
            most = MAX_NAME_BYTES
        ));
    }
    Ok(())
}

/// The forms a name is compared in: its confusable skeleton (Unicode TS #39), taken as
/// written and in lower case, then without case, accents or spaces. Two names look alike
/// when any of their forms match.
fn forms(name: &str) -> [String; 2] {
    let plain = |s: String| -> String {
        s.to_lowercase()
            .nfd()
            .filter(|c| !is_combining_mark(*c) && !c.is_whitespace())
            .collect()
    };
    [
        plain(skeleton(name).collect()),
        plain(skeleton(&name.to_lowercase()).collect()),
    ]
}

/// `name` as the host shows and records it: with the person's Unix user when it looks like
/// one already `taken` (the facilitator's, another connected person's), and numbered if
/// even that is taken.
pub fn distinct_name(name: &str, user: &str, taken: &[String]) -> String {
    let taken: Vec<[String; 2]> = taken.iter().map(|t| forms(t)).collect();
    let free = |n: &str| {
        let mine = forms(n);
        !taken.iter().any(|t| t.iter().any(|f| mine.contains(f)))
    };
    if free(name) {
        return name.to_string();
    }
    let with_user = format!("{name} ({user})");
    if free(&with_user) {
        return with_user;
    }
    (2..)
        .map(|i| format!("{with_user} {i}"))
        .find(|n| free(n))
        .unwrap_or(with_user)
}

/// Whether two names look alike (any of their forms match).
pub fn look_alike(a: &str, b: &str) -> bool {
    let (a, b) = (forms(a), forms(b));
    a.iter().any(|f| b.contains(f))
}

/// Someone else who holds a name: as shown and recorded, and by which Unix user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub name: String,
    pub uid: Option<u32>,
    /// Recorded in the session (an author of a note, a commitment or a change), rather than
    /// connected now or the facilitator.
    pub recorded: bool,
}

/// Who joins, and under which name.
pub struct Joining<'a> {
    /// The name asked for, cleaned.
    pub name: &'a str,
    /// Its Unix user's login name and id.
    pub user: &'a str,
    pub uid: u32,
    /// The facilitator's Unix user: several people may join from that one account, so a
    /// look-alike name of another connection of it is someone else.
    pub shared_uid: u32,
}

/// Issue 14, nc14 #7: `who`'s name as the host shows and records it, the same whoever
/// connects first and across host restarts. The account whose Unix user name the name
/// looks like keeps it as it is; anyone else's look-alike of a Unix user name (`is_user`
/// says whether a spelling is another user's login) carries their own user, `NCAmina
/// (ncomar)`; a name this user already recorded in the session is kept as recorded; any
/// other look-alike of someone else's (`claims`) carries the user too, numbered if need be.
pub fn stable_name(who: &Joining, claims: &[Claim], is_user: impl Fn(&str) -> bool) -> String {
    let name = who.name;
    // (Not on the facilitator's account: everyone joining from it has its login.)
    if who.uid != who.shared_uid && look_alike(name, who.user) {
        return name.to_string();
    }
    let with_user = format!("{name} ({})", who.user);
    if user_spellings(name).iter().any(|s| is_user(s)) {
        return with_user;
    }
    let as_asked = |n: &str| n == name || n.starts_with(with_user.as_str());
    // On their own account, anything of that user's is theirs; on the shared one, only a
    // name recorded as this one asks for.
    let mine = |c: &Claim| {
        c.uid == Some(who.uid) && (who.uid != who.shared_uid || (c.recorded && as_asked(&c.name)))
    };
    if let Some(kept) = claims
        .iter()
        .filter(|c| c.recorded && mine(c) && as_asked(&c.name))
        .map(|c| c.name.as_str())
        .min_by_key(|n| n.len())
    {
        return kept.to_string();
    }
    let taken: Vec<String> = claims
        .iter()
        .filter(|c| !mine(c))
        .map(|c| c.name.clone())
        .collect();
    distinct_name(name, who.user, &taken)
}

/// The logins a name could be taken for: as written in lower case, without spaces or
/// accents, and with letters of other scripts that look like Latin ones read as those.
fn user_spellings(name: &str) -> Vec<String> {
    let lower = name.to_lowercase();
    let plain: String = lower
        .nfd()
        .filter(|c| !is_combining_mark(*c) && !c.is_whitespace())
        .collect();
    let latin: String = plain
        .chars()
        .map(|c| {
            if c.is_ascii() {
                return c.to_string();
            }
            let seen: String = skeleton(&c.to_string()).collect();
            if seen.is_ascii() {
                seen.to_lowercase()
            } else {
                c.to_string()
            }
        })
        .collect();
    let mut all = vec![lower, plain, latin];
    all.dedup();
    all.retain(|s| !s.is_empty() && s.len() <= 32);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned_and_look_alikes_get_the_user() {
        assert_eq!(clean_name("  Eve\u{1b}[2J \u{202e}Lin\u{7} "), "Eve[2J Lin");
        let taken = vec!["Amina".to_string(), "Grace (lina)".to_string()];
        assert_eq!(distinct_name("Joseph", "joe", &taken), "Joseph");
        assert_eq!(distinct_name("ámina", "lina", &taken), "ámina (lina)");
        assert_eq!(
            distinct_name("grace (lina)", "lina", &taken),
            "grace (lina) (lina)"
        );
        let taken = vec!["Grace".to_string(), "Grace (lina)".to_string()];
        assert_eq!(distinct_name("GRACE", "lina", &taken), "GRACE (lina) 2");
    }

    // Issue 10, item 4 (found in review): look-alikes from other scripts, invisible
    // characters and spaces were taken for other people.
    #[test]
    fn look_alikes_across_scripts_invisibles_and_spaces_are_told_apart() {
        for invisible in [
            '\u{200b}', '\u{2060}', '\u{200e}', '\u{2066}', '\u{ad}', '\u{feff}',
        ] {
            assert_eq!(clean_name(&format!("Nguy{invisible}ễn")), "Nguyễn");
        }
        let taken = vec!["Nguyễn Thị Hương".to_string(), "王小明".to_string()];
        for alike in [
            "Nguуễn Thị Hương",
            "NguyễnThị Hương",
            "nguyen thi huong",
            "王 小明",
        ] {
            assert_eq!(
                distinct_name(alike, "lina", &taken),
                format!("{alike} (lina)")
            );
        }
        assert_eq!(distinct_name("Iina", "x", &["lina".into()]), "Iina (x)");
        assert_eq!(distinct_name("Nguyễn Văn An", "x", &taken), "Nguyễn Văn An");
    }

    #[test]
    fn a_blank_name_is_refused() {
        // A re-check found `join --name '   '` accepted, its notes signed "unknown user".
        assert!(
            check_name("   ")
                .unwrap_err()
                .contains("your name is empty")
        );
        assert!(check_name("\u{200b}").is_err(), "invisible only");
        assert!(check_name("Amina").is_ok());
        // Issue 16, CLI item 6: said in the language of the one who joins.
        let _es = crate::i18n::scoped(crate::i18n::Lang::Es);
        assert!(
            check_name("  ")
                .unwrap_err()
                .contains("su nombre está vacío")
        );
    }

    #[test]
    fn a_name_is_as_long_as_a_reader_counts_it() {
        let composed = "e\u{301}".repeat(MAX_NAME);
        assert_eq!(name_length(&composed), MAX_NAME);
        assert!(check_name(&composed).is_ok());
        let long = "e\u{301}".repeat(MAX_NAME + 1);
        assert!(check_name(&long).unwrap_err().contains("61 characters"));
        let piled = format!("a{}", "\u{301}".repeat(MAX_NAME_BYTES));
        assert!(check_name(&piled).unwrap_err().contains("bytes"));
        assert_eq!(name_length("王小明"), 3);
    }

    fn claim(name: &str, uid: u32, recorded: bool) -> Claim {
        Claim {
            name: name.into(),
            uid: Some(uid),
            recorded,
        }
    }

    fn joining<'a>(name: &'a str, user: &'a str, uid: u32) -> Joining<'a> {
        Joining {
            name,
            user,
            uid,
            shared_uid: 1000,
        }
    }

    // Issue 14, nc14 #7: ncomar joined as "NCAmina" before ncamina (or reconnected first
    // after a host restart) and kept the plain name, ncamina becoming "ncamina (ncamina)".
    #[test]
    fn issue_14_nc14_7_the_account_whose_user_name_matches_keeps_it_in_any_order() {
        let users = |s: &str| s == "ncamina" || s == "ncomar";
        let omar = joining("NCAmina", "ncomar", 1008);
        let amina = joining("ncamina", "ncamina", 1007);
        let fac = claim("Facilitator", 1000, false);
        // Omar first, then Amina; and Amina first, then Omar.
        let omar_alone = stable_name(&omar, std::slice::from_ref(&fac), users);
        let amina_after = stable_name(
            &amina,
            &[fac.clone(), claim(&omar_alone, 1008, false)],
            users,
        );
        let amina_alone = stable_name(&amina, std::slice::from_ref(&fac), users);
        let omar_after = stable_name(
            &omar,
            &[fac.clone(), claim(&amina_alone, 1007, false)],
            users,
        );
        assert_eq!(omar_alone, "NCAmina (ncomar)");
        assert_eq!(omar_after, omar_alone);
        assert_eq!(amina_alone, "ncamina");
        assert_eq!(amina_after, amina_alone);
        // A letter from another script is read as the Latin one it looks like.
        let cyrillic = joining("ncаmina", "ncomar", 1008);
        assert_eq!(stable_name(&cyrillic, &[], users), "ncаmina (ncomar)");
    }

    // Issue 14, nc14 #7: the same person is recorded under the same name across reconnects
    // and host restarts, whoever else is connected.
    #[test]
    fn issue_14_nc14_7_a_recorded_name_is_kept_and_a_second_window_is_the_same_person() {
        let none = |_: &str| false;
        let lina = joining("Grace", "lina", 1007);
        let joe = joining("grace", "joe", 1009);
        let recorded = [claim("Grace", 1007, true)];
        // Joe connects first after a restart: the recorded Grace is Lina's.
        assert_eq!(stable_name(&joe, &recorded, none), "grace (joe)");
        let with_joe = [
            claim("Grace", 1007, true),
            claim("grace (joe)", 1009, false),
        ];
        assert_eq!(stable_name(&lina, &with_joe, none), "Grace");
        // Lina's viewer and note-taker, her own account: one person, one name.
        assert_eq!(
            stable_name(&lina, &[claim("Grace", 1007, false)], none),
            "Grace"
        );
        // Two joins from the facilitator's shared account are told apart, as before, and
        // its login is no one's in particular there.
        let shared = joining("Grace", "fac", 1000);
        assert_eq!(
            stable_name(&shared, &[claim("Grace", 1000, false)], none),
            "Grace (fac)"
        );
        let login = joining("FAC", "fac", 1000);
        assert_eq!(
            stable_name(&login, &[claim("fac", 1000, false)], none),
            "FAC (fac)"
        );
        // A name recorded with the user is kept with it, even when the other has gone.
        let recorded = [claim("Grace", 1007, true), claim("grace (joe)", 1009, true)];
        assert_eq!(stable_name(&joe, &recorded[1..], none), "grace (joe)");
    }
}

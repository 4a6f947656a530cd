//! Socket names that fit. A Unix socket's path holds at most 107 bytes, and a session's
//! file name (its date and title, in any script) can take more than the runtime directory
//! leaves. Such a name is cut between characters and ends with `~` and a short hash of the
//! whole name, so two sessions never share a socket; `choose` finds a session again by its
//! listed name, by its session file's whole name, or by a part of either.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use sha2::{Digest, Sha256};
use unicode_segmentation::UnicodeSegmentation;

/// The longest socket path: `sun_path` holds 108 bytes, the closing NUL included.
pub const MAX_SOCKET_PATH: usize = 107;
/// Marks a shortened name: `~` and this many hex digits of the whole name's SHA-256.
const MARK: char = '~';
const HASH_DIGITS: usize = 8;
/// The least of a session's name a shortened one keeps, for people to recognise it.
const MIN_KEPT: usize = 12;
const SUFFIX: &str = ".sock";

/// Bytes left for a socket's name (without `.sock`) in `dir`.
fn room(dir: &Path) -> usize {
    MAX_SOCKET_PATH.saturating_sub(dir.as_os_str().len() + 1 + SUFFIX.len())
}

/// Why `dir` is too long to hold a session's socket, and what to do, if it is.
pub fn too_long(dir: &Path) -> Option<String> {
    (room(dir) < MIN_KEPT + 1 + HASH_DIGITS).then(|| {
        crate::tr!(
            "join-runtime-too-long",
            dir = dir.display().to_string(),
            bytes = dir.as_os_str().len()
        )
    })
}

/// Refuses a socket path the system could not bind, saying why and what to do.
pub fn check_fits(path: &Path) -> Result<()> {
    if path.as_os_str().len() > MAX_SOCKET_PATH {
        bail!(
            "cannot listen on {}: it is {} bytes long and a socket's path must stay under 108; set PLENARY_RUNTIME_DIR to a short directory",
            path.display(),
            path.as_os_str().len()
        );
    }
    Ok(())
}

/// The socket name, in `dir`, of the session whose file is named `stem`: the stem itself
/// when it fits, else as much of it as fits, cut between characters (grapheme clusters),
/// then `~` and a hash of the whole stem.
pub fn socket_name(dir: &Path, stem: &str) -> Result<String> {
    let room = room(dir);
    if stem.len() <= room {
        return Ok(stem.to_string());
    }
    if let Some(why) = too_long(dir) {
        bail!(why);
    }
    let budget = room - 1 - HASH_DIGITS;
    let end = stem
        .grapheme_indices(true)
        .map(|(at, g)| at + g.len())
        .take_while(|end| *end <= budget)
        .last()
        .unwrap_or(0);
    let kept = stem[..end].trim_end_matches(['-', '_', '.', ' ']);
    let hash: String = Sha256::digest(stem.as_bytes())
        .iter()
        .take(HASH_DIGITS / 2)
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(format!("{kept}{MARK}{hash}"))
}

/// The part of a shortened socket name kept from the session's name; None for a whole one.
fn kept_part(name: &str) -> Option<&str> {
    let (kept, hash) = name.rsplit_once(MARK)?;
    (hash.len() == HASH_DIGITS && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(kept)
}

/// Whether `wanted` is a part of the session named `name`: found in it, or, for a
/// shortened name, running past the cut with at least half of it in the part kept.
fn has_part(name: &str, wanted: &str) -> bool {
    if name.contains(wanted) {
        return true;
    }
    let Some(kept) = kept_part(name) else {
        return false;
    };
    let ends: Vec<usize> = wanted.char_indices().map(|(at, _)| at).skip(1).collect();
    let half = wanted.chars().count().div_ceil(2);
    ends.iter()
        .skip(half.saturating_sub(1))
        .any(|end| kept.ends_with(&wanted[..*end]))
}

/// The live session `wanted` names among `live` (name, socket) in `dir`: by its listed
/// name, by its session file's whole name, or by a part of either that only one has.
pub fn choose<'a>(
    live: &'a [(String, PathBuf)],
    dir: &Path,
    wanted: &str,
) -> Result<&'a (String, PathBuf)> {
    let whole = socket_name(dir, wanted).ok();
    if let Some(found) = live
        .iter()
        .find(|(n, _)| n == wanted || whole.as_ref() == Some(n))
    {
        return Ok(found);
    }
    let matching: Vec<&(String, PathBuf)> =
        live.iter().filter(|(n, _)| has_part(n, wanted)).collect();
    match matching.as_slice() {
        [one] => Ok(one),
        [] => bail!("{}", crate::tr!("join-no-such-session", name = wanted)),
        several => bail!(
            "{}\n  {}",
            crate::tr!("join-several-match", count = several.len(), name = wanted),
            several
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
                .join("\n  ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHINESE: &str = "2026-11-26-关于利用可持续发展目标监测结果推动政府问责的全国协商研讨会";
    const VIETNAMESE: &str =
        "2026-11-26-hội-thảo-tham-vấn-quốc-gia-về-việc-sử-dụng-kết-quả-giám-sát-các-mục";

    fn path(dir: &str, stem: &str) -> PathBuf {
        Path::new(dir).join(format!(
            "{}{SUFFIX}",
            socket_name(Path::new(dir), stem).unwrap()
        ))
    }

    // Issue 10, item 1 (found in review): long titles made paths past the 108-byte limit.
    #[test]
    fn every_name_fits_is_cut_between_characters_and_stays_apart() {
        for dir in [
            "/tmp/plenary-1000",
            "/run/user/1000/plenary",
            "/tmp/a-much-longer-runtime-directory/for/plenary",
        ] {
            for stem in [CHINESE, VIETNAMESE] {
                let p = path(dir, stem);
                let name = p.file_stem().unwrap().to_str().unwrap();
                assert!(p.as_os_str().len() <= MAX_SOCKET_PATH, "{}", p.display());
                let kept = kept_part(name).expect("shortened");
                assert!(stem.starts_with(kept), "{name} is a cut of {stem}");
                assert!(kept.len() >= MIN_KEPT);
                assert_eq!(p, path(dir, stem), "the same session, the same socket");
            }
        }
        // Two titles alike up to past the cut still get two sockets.
        let other = format!("{CHINESE}第二场");
        assert_ne!(
            path("/tmp/plenary-1000", CHINESE),
            path("/tmp/plenary-1000", &other)
        );
        // A name that fits is left as it is.
        assert_eq!(
            socket_name(Path::new("/tmp/plenary-0"), "2026-11-26-check-in").unwrap(),
            "2026-11-26-check-in"
        );
    }

    #[test]
    fn a_directory_too_long_for_any_socket_says_what_to_do() {
        let dir = format!("/tmp/{}", "d".repeat(90));
        let why = socket_name(Path::new(&dir), CHINESE)
            .unwrap_err()
            .to_string();
        assert!(
            why.contains("PLENARY_RUNTIME_DIR") && why.contains("under 108"),
            "{why}"
        );
        assert!(check_fits(&Path::new(&dir).join("x".repeat(20))).is_err());
    }

    #[test]
    fn a_shortened_session_is_found_by_its_name_its_whole_name_or_a_part() {
        let dir = Path::new("/tmp/plenary-1000");
        let live: Vec<(String, PathBuf)> = [CHINESE, VIETNAMESE, "2026-11-26-check-in"]
            .iter()
            .map(|s| (socket_name(dir, s).unwrap(), path("/tmp/plenary-1000", s)))
            .collect();
        let found = |wanted: &str| choose(&live, dir, wanted).map(|(n, _)| n.clone());
        let chinese = &live[0].0;
        assert_eq!(&found(chinese).unwrap(), chinese);
        assert_eq!(
            &found(CHINESE).unwrap(),
            chinese,
            "the session file's whole name"
        );
        assert_eq!(&found("可持续发展").unwrap(), chinese);
        let kept = kept_part(chinese).unwrap();
        let tail: String = kept
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let past_the_cut = &CHINESE[CHINESE.find(&tail).unwrap()..][..tail.len() + 6];
        assert!(!kept.contains(past_the_cut));
        assert_eq!(
            &found(past_the_cut).unwrap(),
            chinese,
            "{past_the_cut} runs past the cut"
        );
        assert_eq!(found("tham-vấn").unwrap(), live[1].0);
        assert!(
            found("2026-11-26")
                .unwrap_err()
                .to_string()
                .contains("3 live sessions match")
        );
        assert!(found("budget").is_err());
    }
}

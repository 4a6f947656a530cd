//! The session's language (issue 16, item 2): a top-level `language` field ("en", "fr",
//! "es") written when a session starts, so a resumed session, the note-takers' screens and
//! the exports speak the room's language. Kept among the fields a reader keeps as they are,
//! so a code this build has no catalogue for ("pt") is read as none and written back
//! unchanged, and older 1.x builds keep it too.

use super::Session;
use crate::i18n::Lang;

/// The field's name in the session file.
pub const FIELD: &str = "language";

impl Session {
    /// The room's language, if the file names one this build speaks.
    pub fn language(&self) -> Option<Lang> {
        self.extra
            .get(FIELD)
            .and_then(|v| v.as_str())
            .and_then(Lang::from_code)
    }

    /// Whether the file names a language at all (one this build may not speak).
    pub fn names_language(&self) -> bool {
        self.extra.contains_key(FIELD)
    }

    /// Names the room's language: when a session is made from an agenda (as `date` is set),
    /// or in the agenda itself.
    pub fn set_language(&mut self, lang: Lang) {
        self.extra
            .insert(FIELD.to_string(), serde_json::Value::from(lang.code()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Session {
        serde_json::from_str(json).unwrap()
    }

    // Issue 16, item 2: the language is stored in the file, and one this build does not
    // know is kept as it was.
    #[test]
    fn the_language_is_read_written_and_an_unknown_one_kept() {
        let plain =
            r#"{"format":1,"title":"T","agenda":[{"title":"A","kind":"plenary","minutes":5}]}"#;
        let mut s = read(plain);
        assert_eq!(s.language(), None);
        s.set_language(Lang::Fr);
        let written = serde_json::to_string(&s).unwrap();
        assert!(written.contains(r#""language":"fr""#), "{written}");
        assert_eq!(read(&written).language(), Some(Lang::Fr));
        let other = plain.replace(r#""format":1,"#, r#""format":1,"language":"pt","#);
        let s = read(&other);
        assert_eq!(s.language(), None);
        assert!(s.names_language());
        assert!(
            serde_json::to_string(&s)
                .unwrap()
                .contains(r#""language":"pt""#)
        );
    }
}

//! The terminal's bytes as key presses. Our own reading, not the terminal library's, for one
//! reason (issue 14, item 9): over SSH two quick Esc presses arrive in one read ("\x1b\x1b")
//! and the library made one Esc of them, and Esc then a letter typed quickly ("\x1bn")
//! became Alt+n, the Esc lost. plenary binds no Alt key, so here an Esc is always a key of
//! its own: Esc Esc is two Escs, Esc then a key is Esc and that key, however quickly typed.
//! Only the sequences a terminal sends for one key (ESC [ … and ESC O …) are read whole, and
//! a lone Esc at the end of what arrived is an Esc at once, with no pause to wait out.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const ESC: u8 = 0x1b;

/// Bytes read so far that may be the start of a longer sequence.
#[derive(Debug, Default)]
pub struct Decoder {
    pending: Vec<u8>,
    /// Raw mode is on: a line feed is Ctrl-J, as the terminal library had it; else Enter.
    pub raw: bool,
}

/// What the bytes at the front of the buffer are.
enum Step {
    /// A key (or nothing: a sequence for no key plenary knows) and how many bytes it took.
    Key(Option<KeyEvent>, usize),
    /// The start of a sequence whose rest has not arrived yet.
    Incomplete,
}

impl Decoder {
    /// The keys in `bytes` (after what was pending); the start of a sequence cut by the
    /// read waits for the next bytes or `flush`.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<KeyEvent> {
        self.pending.extend_from_slice(bytes);
        self.decode(false)
    }

    /// Whether bytes wait for the rest of a sequence.
    pub fn waiting(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Nothing more came in time: what waits is read as typed (Esc, then the keys after it).
    pub fn flush(&mut self) -> Vec<KeyEvent> {
        self.decode(true)
    }

    fn decode(&mut self, flush: bool) -> Vec<KeyEvent> {
        let mut keys = Vec::new();
        let mut at = 0;
        while at < self.pending.len() {
            let rest = &self.pending[at..];
            match step(rest, self.raw) {
                Step::Key(key, used) => {
                    keys.extend(key);
                    at += used;
                }
                Step::Incomplete if !flush => break,
                // Cut short for good: an Esc typed, then what followed it; a broken
                // character is dropped.
                Step::Incomplete if rest[0] == ESC => {
                    keys.push(KeyEvent::from(KeyCode::Esc));
                    at += 1;
                }
                Step::Incomplete => at = self.pending.len(),
            }
        }
        self.pending.drain(..at);
        keys
    }
}

fn key(code: KeyCode) -> Option<KeyEvent> {
    Some(KeyEvent::from(code))
}

fn step(b: &[u8], raw: bool) -> Step {
    match b[0] {
        ESC => escape(b),
        b'\r' => Step::Key(key(KeyCode::Enter), 1),
        b'\n' if !raw => Step::Key(key(KeyCode::Enter), 1),
        b'\t' => Step::Key(key(KeyCode::Tab), 1),
        0x7f => Step::Key(key(KeyCode::Backspace), 1),
        c @ 0x01..=0x1a => Step::Key(ctrl((c - 0x01 + b'a') as char), 1),
        c @ 0x1c..=0x1f => Step::Key(ctrl((c - 0x1c + b'4') as char), 1),
        0 => Step::Key(ctrl(' '), 1),
        _ => utf8(b),
    }
}

fn ctrl(c: char) -> Option<KeyEvent> {
    Some(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// One character, its uppercase marked with Shift (as the terminal library did).
fn utf8(b: &[u8]) -> Step {
    let len = match b[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Step::Key(None, 1),
    };
    if b.len() < len {
        return Step::Incomplete;
    }
    match std::str::from_utf8(&b[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => {
            let shift = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            Step::Key(Some(KeyEvent::new(KeyCode::Char(c), shift)), len)
        }
        None => Step::Key(None, 1),
    }
}

/// What starts with ESC: a key's sequence (ESC [ …, ESC O x), or an Esc of its own.
fn escape(b: &[u8]) -> Step {
    match b.get(1) {
        // A lone Esc at the end of what came: the person pressed Esc (no pause needed).
        None => Step::Key(key(KeyCode::Esc), 1),
        Some(b'[') => csi(b),
        Some(b'O') => match b.get(2) {
            None => Step::Incomplete,
            Some(c) => Step::Key(ss3(*c), 3),
        },
        // Esc, then whatever follows (another Esc, a letter): keys of their own.
        Some(_) => Step::Key(key(KeyCode::Esc), 1),
    }
}

/// ESC O x: arrows, Home, End and F1–F4 as some terminals send them.
fn ss3(c: u8) -> Option<KeyEvent> {
    let code = match c {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'M' => KeyCode::Enter,
        b'P'..=b'S' => KeyCode::F(1 + c - b'P'),
        _ => return None,
    };
    key(code)
}

/// ESC [ parameters final: arrows, Home/End, PgUp/PgDn, Insert/Delete, F-keys, Shift-Tab.
fn csi(b: &[u8]) -> Step {
    // The Linux console's F1–F5: ESC [ [ A … E.
    if b.get(2) == Some(&b'[') {
        return match b.get(3) {
            None => Step::Incomplete,
            Some(c @ b'A'..=b'E') => Step::Key(key(KeyCode::F(1 + c - b'A')), 4),
            Some(_) => Step::Key(None, 4),
        };
    }
    let mut end = 2;
    loop {
        match b.get(end) {
            None => return Step::Incomplete,
            Some(0x20..=0x3f) => end += 1,
            Some(0x40..=0x7e) => break,
            // Not a sequence after all: an Esc, then the rest as typed.
            Some(_) => return Step::Key(key(KeyCode::Esc), 1),
        }
    }
    let params: Vec<u16> = std::str::from_utf8(&b[2..end])
        .unwrap_or("")
        .split(';')
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    let modifiers = modifiers(params.get(1).copied().unwrap_or(1));
    let code = match b[end] {
        b'A' => Some(KeyCode::Up),
        b'B' => Some(KeyCode::Down),
        b'C' => Some(KeyCode::Right),
        b'D' => Some(KeyCode::Left),
        b'H' => Some(KeyCode::Home),
        b'F' => Some(KeyCode::End),
        b'Z' => {
            return Step::Key(
                Some(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)),
                end + 1,
            );
        }
        c @ b'P'..=b'S' => Some(KeyCode::F(1 + c - b'P')),
        b'~' => tilde(params.first().copied().unwrap_or(0)),
        _ => None,
    };
    Step::Key(code.map(|c| KeyEvent::new(c, modifiers)), end + 1)
}

/// ESC [ n ~.
fn tilde(n: u16) -> Option<KeyCode> {
    Some(match n {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        11..=15 => KeyCode::F((n - 10) as u8),
        17..=21 => KeyCode::F((n - 11) as u8),
        23 | 24 => KeyCode::F((n - 12) as u8),
        _ => return None,
    })
}

/// The modifier parameter of a sequence (1 + Shift 1, Alt 2, Ctrl 4).
fn modifiers(m: u16) -> KeyModifiers {
    let bits = m.saturating_sub(1);
    let mut out = KeyModifiers::NONE;
    for (bit, modifier) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
    ] {
        if bits & bit != 0 {
            out |= modifier;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(keys: &[KeyEvent]) -> Vec<KeyCode> {
        keys.iter().map(|k| k.code).collect()
    }

    fn read(bytes: &[u8]) -> Vec<KeyCode> {
        let mut d = Decoder {
            raw: true,
            ..Decoder::default()
        };
        let mut keys = d.feed(bytes);
        keys.extend(d.flush());
        codes(&keys)
    }

    // Issue 14, item 9: two Escs in one read were one Esc; Esc then a letter was Alt and the
    // letter. Each is a key of its own now.
    #[test]
    fn item_9_an_esc_is_always_a_key_of_its_own() {
        use KeyCode::*;
        assert_eq!(read(b"\x1b\x1b"), [Esc, Esc]);
        assert_eq!(read(b"\x1b\x1b\x1b"), [Esc, Esc, Esc]);
        assert_eq!(read(b"\x1bn"), [Esc, Char('n')]);
        assert_eq!(read(b"\x1b\x1b[A"), [Esc, Up]);
        assert_eq!(read("\x1bđ".as_bytes()), [Esc, Char('đ')]);
        assert_eq!(read(b"\x1b\t"), [Esc, Tab]);
        let mut d = Decoder::default();
        let keys = d.feed(b"\x1bq");
        assert_eq!(keys[1].modifiers, KeyModifiers::NONE, "not Alt");
    }

    #[test]
    fn a_lone_esc_is_read_at_once() {
        let mut d = Decoder::default();
        assert_eq!(codes(&d.feed(b"\x1b")), [KeyCode::Esc]);
        assert!(!d.waiting());
    }

    #[test]
    fn a_sequence_cut_by_the_read_waits_for_its_rest() {
        let mut d = Decoder::default();
        assert!(d.feed(b"x\x1b[1;").len() == 1 && d.waiting());
        assert_eq!(codes(&d.feed(b"5A")), [KeyCode::Up]);
        assert!(!d.waiting());
        assert!(d.feed("\x1b[".as_bytes()).is_empty());
        // It never came: Esc, then [ as typed (the facilitator's "previous item").
        assert_eq!(codes(&d.flush()), [KeyCode::Esc, KeyCode::Char('[')]);
        assert!(d.feed(&"ệ".as_bytes()[..2]).is_empty());
        assert_eq!(codes(&d.feed(&"ệ".as_bytes()[2..])), [KeyCode::Char('ệ')]);
    }

    #[test]
    fn the_keys_plenary_uses_read_as_the_terminal_library_read_them() {
        use KeyCode::*;
        assert_eq!(
            read(b"\x1b[A\x1b[B\x1b[C\x1b[D\x1bOA\x1bOB\x1b[H\x1b[F\x1b[1~\x1b[4~"),
            [Up, Down, Right, Left, Up, Down, Home, End, Home, End]
        );
        assert_eq!(
            read(b"\x1b[5~\x1b[6~\x1b[3~\x1b[2~\x1bOP\x1b[24~\x1b[15~\x1b[[A"),
            [PageUp, PageDown, Delete, Insert, F(1), F(12), F(5), F(1)]
        );
        assert_eq!(
            read("\r\t\x7fHé中".as_bytes()),
            [Enter, Tab, Backspace, Char('H'), Char('é'), Char('中')]
        );
        let mut d = Decoder::default();
        let keys = d.feed(b"\x1b[Z\x03\x1b[1;5A\n");
        assert_eq!(
            keys,
            [
                KeyEvent::new(BackTab, KeyModifiers::SHIFT),
                KeyEvent::new(Char('c'), KeyModifiers::CONTROL),
                KeyEvent::new(Up, KeyModifiers::CONTROL),
                KeyEvent::from(Enter),
            ]
        );
        // Sequences for keys plenary does not know are read and dropped whole.
        assert_eq!(read(b"\x1b[200~x\x1b[I"), [Char('x')]);
    }
}

//! Every key written twice in one object, with where the second one is. The typed reader
//! stops at the first and `serde_json::Value` silently keeps the last, so `plenary check`
//! finds them all here, in one pass over text already known to be valid JSON.

use crate::domain::validate::{Problem, Why};

/// Each key repeated in an object of `text` (valid JSON), at its JSON path.
pub fn duplicates(text: &str) -> Vec<Problem> {
    let mut scan = Scan {
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
        column: 1,
        out: Vec::new(),
    };
    scan.value("");
    scan.out
}

struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
    /// Counted in characters, as editors do: a UTF-8 continuation byte adds nothing.
    column: usize,
    out: Vec<Problem>,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn bump(&mut self) {
        if let Some(b) = self.peek() {
            self.at += 1;
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
    }

    fn blank(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.bump();
        }
    }

    /// A string (the opening quote next), as written between its quotes.
    fn string(&mut self) -> &str {
        self.bump();
        let start = self.at;
        while let Some(b) = self.peek() {
            match b {
                b'\\' => {
                    self.bump();
                    self.bump();
                }
                b'"' => break,
                _ => self.bump(),
            }
        }
        let end = self.at;
        self.bump();
        std::str::from_utf8(&self.bytes[start..end]).unwrap_or("")
    }

    fn value(&mut self, path: &str) {
        self.blank();
        match self.peek() {
            Some(b'{') => self.object(path),
            Some(b'[') => {
                self.bump();
                let mut i = 0;
                loop {
                    self.blank();
                    match self.peek() {
                        Some(b']') | None => break,
                        Some(b',') => self.bump(),
                        Some(_) => {
                            self.value(&format!("{path}[{i}]"));
                            i += 1;
                        }
                    }
                }
                self.bump();
            }
            Some(b'"') => {
                self.string();
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|b| !b",]}".contains(&b) && !b.is_ascii_whitespace())
                {
                    self.bump();
                }
            }
        }
    }

    fn object(&mut self, path: &str) {
        self.bump();
        let mut seen: Vec<String> = Vec::new();
        loop {
            self.blank();
            match self.peek() {
                Some(b'}') | None => break,
                Some(b',') => self.bump(),
                Some(_) => {
                    let (line, column) = (self.line, self.column);
                    let raw = self.string().to_string();
                    // The key as the file means it, escapes read.
                    let key = serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or(raw);
                    self.blank();
                    self.bump(); // the colon
                    let at = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    self.value(&at);
                    if seen.contains(&key) {
                        self.out.push(Problem {
                            path: at,
                            why: Why::Twice { line, column },
                        });
                    } else {
                        seen.push(key);
                    }
                }
            }
        }
        self.bump();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_repeated_key_is_found_with_its_place() {
        let found = duplicates(
            "{\"a\": 1, \"b\": [{\"c\": \"x\\\"\", \"c\": 2}],\n \"é\": 1, \"a\": 3, \"\\u00e9\": 0}",
        );
        let said: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            [
                "b[0].c: appears twice in one object (again at line 1, column 29): keep one of them",
                "a: appears twice in one object (again at line 2, column 10): keep one of them",
                "é: appears twice in one object (again at line 2, column 18): keep one of them",
            ]
        );
    }
}

//! Suggestions while a name is typed: the owner of a commitment, a group's presenter or
//! members. One matching rule for every field, so each offers names the same way.

/// Names of `known` matching `typed` (at most five), those starting with it first, then those
/// containing it; case does not matter, and the name typed in full is not offered again.
pub fn matches<'a>(typed: &str, known: &'a [String]) -> Vec<&'a str> {
    let typed = typed.trim().to_lowercase();
    if typed.is_empty() {
        return Vec::new();
    }
    let mut starts: Vec<&str> = Vec::new();
    let mut contains: Vec<&str> = Vec::new();
    for k in known {
        let lower = k.to_lowercase();
        if lower == typed {
            continue;
        }
        if lower.starts_with(&typed) {
            starts.push(k);
        } else if lower.contains(&typed) {
            contains.push(k);
        }
    }
    starts.extend(contains);
    starts.truncate(5);
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_first_then_contains_and_never_the_name_in_full() {
        let known: Vec<String> = ["Lê Thị Thu", "Amina Diallo", "Thu Trang"]
            .map(String::from)
            .to_vec();
        assert_eq!(matches("thu", &known), vec!["Thu Trang", "Lê Thị Thu"]);
        assert!(matches("amina diallo", &known).is_empty());
        assert!(matches("  ", &known).is_empty());
    }
}

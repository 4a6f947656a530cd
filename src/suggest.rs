//! Suggestions while a name is typed: the owner of a commitment, a group's presenter or
//! members. One matching rule for every field, so each offers names the same way.

/// Names of `known` matching `typed` (at most five): accents and case aside, those
/// starting with it first; the owner field's rule (`domain::fold::suggestions`), so every
/// field offers names the same way.
pub fn matches<'a>(typed: &str, known: &'a [String]) -> Vec<&'a str> {
    crate::domain::fold::suggestions(typed, known, 5)
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
        assert_eq!(
            matches("amina diallo", &known),
            vec!["Amina Diallo"],
            "written as known"
        );
        assert!(matches("Amina Diallo", &known).is_empty());
        assert_eq!(
            matches("le thi", &known),
            vec!["Lê Thị Thu"],
            "accents aside"
        );
        assert!(matches("  ", &known).is_empty());
    }
}

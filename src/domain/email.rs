//! What an email address is, for the spreadsheet import and the agenda's warnings alike:
//! `plenary remind` writes to these addresses.

/// The one email address `text` holds (`Name <a@b.org>` gives `a@b.org`), or None when it
/// is not one address: `a@b;c@d`, `x at y`, `a@b` (no dot in the domain) (nc13b #4).
pub fn address(text: &str) -> Option<String> {
    let text = text.trim();
    let address = match (text.rfind('<'), text.strip_suffix('>')) {
        (Some(open), Some(inner)) => inner.get(open + 1..)?.trim(),
        _ => text,
    };
    let (local, domain) = address.split_once('@')?;
    let odd = |c: char| c.is_whitespace() || c.is_control() || ",;<>@\"()[]:".contains(c);
    let fine = !local.is_empty()
        && !local.chars().any(odd)
        && !domain.chars().any(odd)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.');
    fine.then(|| address.to_string())
}

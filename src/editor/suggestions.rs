//! The participants offered under a field that takes a name (members, presenter), as it
//! is typed: apart from the editor's keys, so each file keeps one job.

use super::{Editor, forms};

impl Editor {
    /// Names offered under the field in focus, if it takes a participant's name.
    pub fn suggestions(&self) -> Vec<String> {
        let Some(form) = &self.form else {
            return Vec::new();
        };
        let Some(typed) = form.typed_name() else {
            return Vec::new();
        };
        // Under Members, those already listed there are not offered again (issue 13,
        // item 7): taking one would list them twice.
        let listed: Vec<String> = match form.form.focus {
            forms::F::Members => {
                // Those before the last comma; after it is the name being typed.
                let all = form.form.value(forms::F::Members);
                forms::names_before_last(&all)
                    .iter()
                    .map(|n| crate::domain::fold::fold(n))
                    .collect()
            }
            _ => Vec::new(),
        };
        // A person listed twice is offered once (nc17b #2).
        let mut known: Vec<String> = Vec::new();
        for name in self.app.session.participants.iter().map(|p| &p.name) {
            let folded = crate::domain::fold::fold(name);
            if !listed.contains(&folded)
                && !known.iter().any(|k| crate::domain::fold::fold(k) == folded)
            {
                known.push(name.clone());
            }
        }
        crate::suggest::matches(&typed, &known)
            .into_iter()
            .map(String::from)
            .collect()
    }
}

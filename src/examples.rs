//! The example agendas built into the binary, so that `plenary demo` runs a workshop from any
//! folder of a fresh machine, without the repository's `sessions/` folder.

/// One built-in agenda: the name it is asked for by, and its JSON (the documented format).
pub struct Example {
    /// What `plenary demo NAME` is given, and the agenda's file name without `.json`.
    pub name: &'static str,
    /// The agenda, exactly as in `sessions/NAME.json`.
    pub json: &'static str,
}

/// Every built-in agenda, the one `plenary demo` runs by default first.
pub const EXAMPLES: &[Example] = &[
    Example {
        name: "monitoring-results-workshop",
        json: include_str!("../sessions/monitoring-results-workshop.json"),
    },
    Example {
        name: "peer-learning-exchange",
        json: include_str!("../sessions/peer-learning-exchange.json"),
    },
    Example {
        name: "follow-up-meeting",
        json: include_str!("../sessions/follow-up-meeting.json"),
    },
    Example {
        name: "short-plenary",
        json: include_str!("../sessions/short-plenary.json"),
    },
];

impl Example {
    /// One line for `plenary demo --list`, in the language in force.
    pub fn about(&self) -> String {
        match self.name {
            "monitoring-results-workshop" => crate::tr!("demo-about-report-back"),
            "peer-learning-exchange" => crate::tr!("demo-about-peer-learning"),
            "follow-up-meeting" => crate::tr!("demo-about-follow-up"),
            _ => crate::tr!("demo-about-short-plenary"),
        }
    }
}

/// The example called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_a_valid_agenda() {
        for example in EXAMPLES {
            let path = std::path::Path::new(example.name);
            let session = crate::store::load::parse(path, example.json)
                .unwrap_or_else(|e| panic!("{}: {e}", example.name));
            assert!(session.live.is_none(), "{} is an agenda", example.name);
            assert!(session.problems().is_empty(), "{}", example.name);
        }
    }
}

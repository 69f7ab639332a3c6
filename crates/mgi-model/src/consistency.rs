//! Consistency of an assessment's evidence: what a reviewer checks before publication.

use std::collections::BTreeSet;

use crate::{AssessmentDoc, Problem, rules};

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Consistency {
    /// Keys of findings linked to no indicator.
    pub findings_without_indicator: Vec<String>,
    /// (where, source key) of citations whose source is not in the register.
    pub unknown_sources: Vec<(String, String)>,
    /// Keys of register sources that nothing cites (answers, findings or context figures). Not
    /// a fault: a profile's key sources list works consulted but not cited, as IOM's do; a
    /// reviewer still sees them.
    pub uncited_sources: Vec<String>,
    /// Stored values the rules now refuse (a key or a source's address stored before the rules
    /// were enforced): the record, named by its kind and key, and what is wrong.
    pub refused: Vec<(String, Problem)>,
}

impl Consistency {
    /// Nothing a reviewer must fix (sources never cited are listed, not faults).
    pub fn is_clean(&self) -> bool {
        self.findings_without_indicator.is_empty()
            && self.unknown_sources.is_empty()
            && self.refused.is_empty()
    }
}

pub fn check_consistency(doc: &AssessmentDoc) -> Consistency {
    let known: BTreeSet<&str> = doc.sources.iter().map(|s| s.key.as_str()).collect();
    let mut cited = BTreeSet::new();
    let mut out = Consistency::default();
    let mut cite = |place: String, key: &str, out: &mut Consistency| {
        cited.insert(key.to_owned());
        if !known.contains(key) {
            out.unknown_sources.push((place, key.to_owned()));
        }
    };
    for a in &doc.answers {
        for c in &a.citations {
            cite(format!("answer {}", a.indicator), &c.source, &mut out);
        }
    }
    for f in &doc.findings {
        if f.indicators.is_empty() {
            out.findings_without_indicator.push(f.key.clone());
        }
        for c in &f.citations {
            cite(format!("finding {}", f.key), &c.source, &mut out);
        }
    }
    for c in &doc.context {
        cite(format!("context {}", c.measure), &c.source, &mut out);
    }
    out.refused = refused(doc);
    out.uncited_sources = doc
        .sources
        .iter()
        .filter(|s| !cited.contains(&s.key))
        .map(|s| s.key.clone())
        .collect();
    out
}

/// The keys and addresses of `doc` that [`rules`] refuse, each named by its record (the key
/// quoted with its control characters escaped, so a terminal shows it as stored).
fn refused(doc: &AssessmentDoc) -> Vec<(String, Problem)> {
    let keys = [
        (
            "finding",
            doc.findings.iter().map(|f| &f.key).collect::<Vec<_>>(),
        ),
        ("source", doc.sources.iter().map(|s| &s.key).collect()),
        (
            "consultation",
            doc.consultations.iter().map(|c| &c.key).collect(),
        ),
        ("comment", doc.comments.iter().map(|c| &c.key).collect()),
    ];
    let mut out: Vec<(String, Problem)> = keys
        .iter()
        .flat_map(|(kind, keys)| {
            keys.iter().filter_map(move |k| {
                rules::key(k)
                    .err()
                    .map(|p| (format!("{kind} \"{}\"", k.escape_debug()), p))
            })
        })
        .collect();
    for s in &doc.sources {
        if let Some(Err(p)) = s.url.as_deref().map(rules::url) {
            out.push((format!("source \"{}\" url", s.key.escape_debug()), p));
        }
    }
    out
}

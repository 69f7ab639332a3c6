//! One term per concept: the French and Spanish terms the texts use for the recurring concepts
//! of MGI, and the alternatives they must not use ([`Glossary::slips`]), for tests over the
//! catalogues and the framework's labels.
//!
//! The glossary is `crates/mgi-i18n/glossary.yaml` ([`Glossary::shipped`]): each entry names the
//! concept, the chosen term in each language with the alternatives to avoid, and the source of
//! the choice. An alternative matches as a whole word or phrase: the characters around it are
//! not letters or digits, any space of the phrase matches any space of the text (a no-break
//! space included), and case is ignored unless the entry says `exact_case`.

use std::fmt;

use serde::Deserialize;

use crate::Lang;

/// The glossary file as shipped.
const SHIPPED: &str = include_str!("../glossary.yaml");

/// The recurring terms and their alternatives.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

/// One concept: its English name, the French and Spanish choices, and why.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub concept: String,
    /// The English term.
    pub en: String,
    /// What the term stands for, where its name alone could mislead.
    #[serde(default)]
    pub meaning: Option<String>,
    pub fr: Choice,
    pub es: Choice,
    /// Where the choice comes from (a publication's address, or "the project's choice").
    pub source: String,
    /// Why an alternative that also has an ordinary sense is avoided in every sense.
    #[serde(default)]
    pub note: Option<String>,
}

/// The term a language uses for a concept and the alternatives it does not.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub term: String,
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Whether the alternatives differ from the term by case only, so case counts.
    #[serde(default)]
    pub exact_case: bool,
}

/// The glossary file could not be read.
#[derive(Debug)]
pub struct GlossaryError(String);

impl fmt::Display for GlossaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "glossary.yaml: {}", self.0)
    }
}

impl std::error::Error for GlossaryError {}

/// An alternative found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slip {
    pub concept: String,
    /// The alternative as the glossary lists it.
    pub avoided: String,
    /// The term to use instead.
    pub term: String,
    /// The alternative with up to a dozen characters either side.
    pub excerpt: String,
}

impl fmt::Display for Slip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "«{}» for {}: use «{}» («{}»)",
            self.avoided, self.concept, self.term, self.excerpt
        )
    }
}

impl Glossary {
    /// The glossary shipped with mgi (`glossary.yaml`).
    pub fn shipped() -> Result<Glossary, GlossaryError> {
        Glossary::parse(SHIPPED)
    }

    /// A glossary from the text of a file shaped like `glossary.yaml`.
    pub fn parse(yaml: &str) -> Result<Glossary, GlossaryError> {
        serde_saphyr::from_str(yaml).map_err(|e| GlossaryError(e.to_string()))
    }

    /// Every alternative of `lang` that `text` uses, in the order of the glossary. English has
    /// no alternatives.
    pub fn slips(&self, lang: Lang, text: &str) -> Vec<Slip> {
        let cs: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        for term in &self.terms {
            let Some(choice) = term.choice(lang) else {
                continue;
            };
            for avoided in &choice.avoid {
                let pattern: Vec<char> = avoided.chars().collect();
                for at in occurrences(&cs, &pattern, choice.exact_case) {
                    out.push(Slip {
                        concept: term.concept.clone(),
                        avoided: avoided.clone(),
                        term: choice.term.clone(),
                        excerpt: excerpt(&cs, at, pattern.len()),
                    });
                }
            }
        }
        out
    }
}

impl Term {
    /// The choice of `lang`, if it is French or Spanish.
    pub fn choice(&self, lang: Lang) -> Option<&Choice> {
        match lang {
            Lang::Fr => Some(&self.fr),
            Lang::Es => Some(&self.es),
            Lang::En => None,
        }
    }
}

/// Where `pattern` occurs in `cs` as a whole word or phrase.
fn occurrences(cs: &[char], pattern: &[char], exact_case: bool) -> Vec<usize> {
    let word = |i: Option<usize>| {
        i.and_then(|i| cs.get(i))
            .is_some_and(|c| c.is_alphanumeric())
    };
    let same = |c: char, p: char| {
        if p.is_whitespace() {
            c.is_whitespace()
        } else if exact_case {
            c == p
        } else {
            c == p || c.to_lowercase().eq(p.to_lowercase())
        }
    };
    if pattern.is_empty() || pattern.len() > cs.len() {
        return Vec::new();
    }
    (0..=cs.len() - pattern.len())
        .filter(|&i| {
            pattern.iter().enumerate().all(|(j, &p)| same(cs[i + j], p))
                && !word(i.checked_sub(1))
                && !word(Some(i + pattern.len()))
        })
        .collect()
}

fn excerpt(cs: &[char], at: usize, len: usize) -> String {
    let from = at.saturating_sub(12);
    let to = cs.len().min(at + len + 12);
    cs[from..to].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "terms:
  - concept: domain
    en: domain
    fr: {term: domaine}
    es: {term: dominio, avoid: [ámbito, ámbitos]}
    source: test
  - concept: audit log
    en: audit log
    fr: {term: journal d’audit, avoid: [journal des modifications]}
    es: {term: registro de auditoría, avoid: [registro de cambios]}
    source: test
  - concept: product
    en: MGI
    fr: {term: Indicateurs de gouvernance des migrations, exact_case: true, avoid: [indicateurs de gouvernance des migrations]}
    es: {term: IGM}
    source: test
";

    fn avoided(lang: Lang, text: &str) -> Vec<String> {
        Glossary::parse(SAMPLE)
            .expect("sample")
            .slips(lang, text)
            .into_iter()
            .map(|s| s.avoided)
            .collect()
    }

    #[test]
    fn a_planted_alternative_is_found() {
        assert_eq!(avoided(Lang::Es, "Resumen del ámbito 2"), ["ámbito"]);
        assert_eq!(avoided(Lang::Es, "Los Ámbitos y sus colores"), ["ámbitos"]);
        assert_eq!(
            avoided(Lang::Fr, "le Journal des\u{a0}modifications"),
            ["journal des modifications"]
        );
        let slips = Glossary::parse(SAMPLE)
            .expect("sample")
            .slips(Lang::Es, "Ver el registro de cambios.");
        assert_eq!(
            slips,
            [Slip {
                concept: "audit log".into(),
                avoided: "registro de cambios".into(),
                term: "registro de auditoría".into(),
                excerpt: "Ver el registro de cambios.".into(),
            }]
        );
        assert_eq!(
            slips[0].to_string(),
            "«registro de cambios» for audit log: use «registro de auditoría» («Ver el registro de cambios.»)"
        );
    }

    #[test]
    fn only_whole_words_match() {
        // A word that contains an alternative is another word.
        assert!(avoided(Lang::Es, "los subámbitos, ámbitosx").is_empty());
        assert!(avoided(Lang::Es, "el dominio 2 y su resumen").is_empty());
        // The chosen terms and English are never caught.
        assert!(avoided(Lang::Fr, "le journal d’audit du domaine").is_empty());
        assert!(avoided(Lang::En, "the ámbito of the registro de cambios").is_empty());
    }

    #[test]
    fn case_counts_only_where_the_entry_says_so() {
        assert!(avoided(Lang::Fr, "les Indicateurs de gouvernance des migrations").is_empty());
        assert_eq!(
            avoided(Lang::Fr, "les indicateurs de gouvernance des migrations"),
            ["indicateurs de gouvernance des migrations"]
        );
    }

    #[test]
    fn the_shipped_glossary_reads_and_its_terms_are_not_their_own_alternatives() {
        let glossary = Glossary::shipped().expect("glossary.yaml");
        assert!(glossary.terms.len() >= 10, "{} terms", glossary.terms.len());
        for term in &glossary.terms {
            assert!(
                !term.source.trim().is_empty(),
                "{}: no source",
                term.concept
            );
            for lang in [Lang::Fr, Lang::Es] {
                let choice = term.choice(lang).expect("fr and es");
                assert!(
                    glossary.slips(lang, &choice.term).is_empty(),
                    "{} [{lang:?}]: «{}» is listed as an alternative",
                    term.concept,
                    choice.term
                );
            }
        }
    }

    #[test]
    fn a_malformed_glossary_is_an_error() {
        let err = Glossary::parse("terms:\n  - concept: x\n    en: x\n").expect_err("no fr");
        assert!(err.to_string().starts_with("glossary.yaml: "), "{err}");
    }
}

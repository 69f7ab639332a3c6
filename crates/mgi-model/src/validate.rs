//! Checks of an assessment document against the framework. Every problem names its JSON path.

use std::collections::BTreeSet;
use std::fmt;

use mgi_framework::{Framework, FrameworkSet};

use mgi_i18n::Lang;

use crate::problem::ROUND_YEARS;
use crate::rules::Checks;
use crate::{AssessmentDoc, Citation, Jurisdiction, M49_REGIONS, Problem, TextRef};

/// A problem in an assessment document, at a JSON path such as `$.answers[3].indicator`
/// (or at a field of a form, such as `title`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocError {
    pub path: String,
    pub problem: Problem,
}

impl DocError {
    pub fn new(path: impl Into<String>, problem: Problem) -> DocError {
        DocError {
            path: path.into(),
            problem,
        }
    }

    /// What is wrong, in English.
    pub fn message(&self) -> String {
        self.problem.to_string()
    }

    /// `path: problem`, the problem in `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        format!("{}: {}", self.path, self.problem.localised(lang))
    }
}

impl fmt::Display for DocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Every problem of `doc` against `framework`; empty when the document can be stored.
pub fn validate(doc: &AssessmentDoc, framework: &Framework) -> Vec<DocError> {
    let mut e = Checks::new();
    if doc.format != crate::FORMAT {
        e.push(
            "$.format",
            Problem::WrongFormat {
                found: doc.format.clone(),
            },
        );
    }
    check_jurisdiction(&doc.jurisdiction, &mut e);
    if !ROUND_YEARS.contains(&doc.year) {
        e.push("$.year", Problem::ImplausibleYear(doc.year));
    }
    let Some(set) = framework.set(&doc.framework.set, doc.framework.version) else {
        e.push(
            "$.framework",
            Problem::UnknownFramework {
                set: doc.framework.set.clone(),
                version: doc.framework.version,
            },
        );
        return e.into_problems();
    };
    if set.level != doc.jurisdiction.kind.level() {
        e.push(
            "$.framework",
            Problem::WrongLevel {
                kind: doc.jurisdiction.kind,
                set: set.id.clone(),
                set_level: set.level,
            },
        );
    }
    let sources = unique_keys(
        doc.sources.iter().map(|s| s.key.as_str()),
        "$.sources",
        &mut e,
    );
    for (i, s) in doc.sources.iter().enumerate() {
        let path = format!("$.sources[{i}]");
        e.key(format!("{path}.key"), &s.key);
        check_source(s, &path, &mut e);
    }
    for (i, s) in doc.summaries.iter().enumerate() {
        domain_known(set, &s.domain, &format!("$.summaries[{i}].domain"), &mut e);
        e.text(format!("$.summaries[{i}].text"), &s.text);
    }
    unique_keys(
        doc.summaries.iter().map(|s| s.domain.as_str()),
        "$.summaries",
        &mut e,
    );
    for (i, a) in doc.answers.iter().enumerate() {
        let path = format!("$.answers[{i}]");
        indicator_known(set, &a.indicator, &format!("{path}.indicator"), &mut e);
        e.text(format!("{path}.narrative"), &a.narrative);
        e.text(format!("{path}.notes"), &a.notes);
        citations_known(&a.citations, &sources, &path, &mut e);
    }
    unique_keys(
        doc.answers.iter().map(|a| a.indicator.as_str()),
        "$.answers",
        &mut e,
    );
    let findings = unique_keys(
        doc.findings.iter().map(|f| f.key.as_str()),
        "$.findings",
        &mut e,
    );
    for (i, f) in doc.findings.iter().enumerate() {
        let path = format!("$.findings[{i}]");
        e.key(format!("{path}.key"), &f.key);
        domain_known(set, &f.domain, &format!("{path}.domain"), &mut e);
        non_empty(&f.text, &format!("{path}.text"), &mut e);
        e.text(format!("{path}.text"), &f.text);
        e.texts(&format!("{path}.footnotes"), &f.footnotes);
        for (j, ind) in f.indicators.iter().enumerate() {
            indicator_known(set, ind, &format!("{path}.indicators[{j}]"), &mut e);
        }
        citations_known(&f.citations, &sources, &path, &mut e);
    }
    for (i, c) in doc.context.iter().enumerate() {
        let path = format!("$.context[{i}]");
        if !c.value.is_finite() {
            e.push(format!("{path}.value"), Problem::NotFinite);
        }
        e.line(format!("{path}.measure"), &c.measure);
        e.line(format!("{path}.unit"), &c.unit);
        if let Some(age) = &c.age_group {
            e.line(format!("{path}.age_group"), age);
        }
        if !sources.contains(c.source.as_str()) {
            e.push(
                format!("{path}.source"),
                Problem::UnknownSource(c.source.clone()),
            );
        }
    }
    for (i, c) in doc.conventions.iter().enumerate() {
        let path = format!("$.conventions[{i}]");
        indicator_known(set, &c.indicator, &format!("{path}.indicator"), &mut e);
        e.line(format!("{path}.name"), &c.name);
        if c.year.is_some() && !c.ratified {
            e.push(format!("{path}.year"), Problem::YearNotRatified);
        }
    }
    unique_keys(
        doc.consultations.iter().map(|c| c.key.as_str()),
        "$.consultations",
        &mut e,
    );
    for (i, c) in doc.consultations.iter().enumerate() {
        let path = format!("$.consultations[{i}]");
        e.key(format!("{path}.key"), &c.key);
        e.line(format!("{path}.title"), &c.title);
        e.line(format!("{path}.place"), &c.place);
        e.text(format!("{path}.description"), &c.description);
        e.texts(&format!("{path}.key_findings"), &c.key_findings);
        e.texts(&format!("{path}.recommendations"), &c.recommendations);
        e.texts(&format!("{path}.footnotes"), &c.footnotes);
        if c.end < c.start {
            e.push(
                format!("$.consultations[{i}].end"),
                Problem::EndsBeforeStart {
                    start: c.start,
                    end: c.end,
                },
            );
        }
    }
    unique_keys(
        doc.comments.iter().map(|c| c.key.as_str()),
        "$.comments",
        &mut e,
    );
    for (i, c) in doc.comments.iter().enumerate() {
        e.key(format!("$.comments[{i}].key"), &c.key);
        e.line(format!("$.comments[{i}].author"), &c.author);
        e.text(format!("$.comments[{i}].text"), &c.text);
        let path = format!("$.comments[{i}].anchor");
        match &c.anchor {
            crate::Anchor::Finding(k) if !findings.contains(k.as_str()) => {
                e.push(path, Problem::UnknownFinding(k.clone()))
            }
            crate::Anchor::Indicator(id) => indicator_known(set, id, &path, &mut e),
            _ => {}
        }
    }
    check_priorities(doc, set, &findings, &sources, &mut e);
    check_translations(doc, &mut e);
    e.into_problems()
}

/// Each priority has a key of its own, words (its own, or a recommendation of this round's
/// consultations), findings and indicators the round has, and progress notes citing sources of
/// the register.
fn check_priorities(
    doc: &AssessmentDoc,
    set: &FrameworkSet,
    findings: &BTreeSet<&str>,
    sources: &BTreeSet<&str>,
    e: &mut Checks,
) {
    unique_keys(
        doc.priorities.iter().map(|p| p.key.as_str()),
        "$.priorities",
        e,
    );
    for (i, p) in doc.priorities.iter().enumerate() {
        let path = format!("$.priorities[{i}]");
        e.key(format!("{path}.key"), &p.key);
        e.text(format!("{path}.text"), &p.text);
        if let Some(r) = &p.recommendation
            && p.wording(doc).is_none()
        {
            e.push(
                format!("{path}.recommendation"),
                Problem::UnknownRecommendation {
                    consultation: r.consultation.clone(),
                    number: r.number,
                },
            );
        } else if p.wording(doc).is_none() {
            e.push(format!("{path}.text"), Problem::NoWording);
        }
        for (j, k) in p.findings.iter().enumerate() {
            if !findings.contains(k.as_str()) {
                e.push(
                    format!("{path}.findings[{j}]"),
                    Problem::UnknownFinding(k.clone()),
                );
            }
        }
        for (j, id) in p.indicators.iter().enumerate() {
            indicator_known(set, id, &format!("{path}.indicators[{j}]"), e);
        }
        for (j, name) in p.institutions.iter().enumerate() {
            e.line(format!("{path}.institutions[{j}]"), name);
        }
        if let Some(since) = p.since.filter(|s| *s >= doc.year) {
            e.push(
                format!("{path}.since"),
                Problem::SetAfterRound {
                    since,
                    year: doc.year,
                },
            );
        }
        for (j, n) in p.progress.iter().enumerate() {
            let path = format!("{path}.progress[{j}]");
            e.text(format!("{path}.text"), &n.text);
            citations_known(&n.citations, sources, &path, e);
        }
    }
}

/// The document's language is known; each translation is into another known language, of a
/// text the document has, not empty, and the only one of that text in that language.
fn check_translations(doc: &AssessmentDoc, e: &mut Checks) {
    let known = |code: &str| mgi_framework::is_language(code);
    if !known(&doc.language) {
        e.push(
            "$.language",
            Problem::NotLanguage {
                code: doc.language.clone(),
            },
        );
    }
    let mut seen = BTreeSet::new();
    for (i, t) in doc.translations.iter().enumerate() {
        let path = format!("$.translations[{i}]");
        if !known(&t.lang) {
            e.push(
                format!("{path}.lang"),
                Problem::NotLanguage {
                    code: t.lang.clone(),
                },
            );
        } else if t.lang == doc.language {
            e.push(
                format!("{path}.lang"),
                Problem::NotTranslation {
                    lang: t.lang.clone(),
                },
            );
        }
        match t.target.parse::<TextRef>() {
            Err(problem) => e.push(format!("{path}.target"), problem.into()),
            // A text emptied since it was translated keeps its translation (outdated, not shown).
            Ok(target) if doc.original(&target).is_none() => e.push(
                format!("{path}.target"),
                Problem::NoSuchText {
                    target: t.target.clone(),
                },
            ),
            Ok(_) => {}
        }
        non_empty(&t.text, &format!("{path}.text"), e);
        e.text(format!("{path}.text"), &t.text);
        if !seen.insert((t.lang.as_str(), t.target.as_str())) {
            e.push(
                path,
                Problem::SecondTranslation {
                    target: t.target.clone(),
                    lang: t.lang.clone(),
                },
            );
        }
    }
}

fn check_jurisdiction(j: &Jurisdiction, e: &mut Checks) {
    if let Some(problem) = Jurisdiction::code_problem(&j.code, j.kind) {
        e.push("$.jurisdiction.code", problem);
    }
    non_empty(&j.name, "$.jurisdiction.name", e);
    e.line("$.jurisdiction.name", &j.name);
    if !M49_REGIONS.contains(&j.region.as_str()) {
        e.push(
            "$.jurisdiction.region",
            Problem::NotRegion(j.region.clone()),
        );
    } else if let Some(entry) = crate::m49(j.country_code())
        && entry.region != j.region
    {
        e.push(
            "$.jurisdiction.region",
            Problem::WrongRegion {
                country: entry.name.clone(),
                region: entry.region.clone(),
                given: j.region.clone(),
            },
        );
    }
}

fn check_source(s: &crate::Source, path: &str, e: &mut Checks) {
    non_empty(&s.issuer, &format!("{path}.issuer"), e);
    non_empty(&s.title, &format!("{path}.title"), e);
    e.line(format!("{path}.issuer"), &s.issuer);
    e.line(format!("{path}.title"), &s.title);
    if let Some(url) = &s.url {
        e.url(format!("{path}.url"), url);
    }
    if let Some(language) = &s.language {
        e.line(format!("{path}.language"), language);
    }
    if let Some(note) = &s.note {
        e.text(format!("{path}.note"), note);
    }
    if let (Some(year), Some(first)) = (s.year, s.amended.first())
        && *first < year
    {
        e.push(
            format!("{path}.amended"),
            Problem::AmendedBeforeIssued {
                amended: *first,
                issued: year,
            },
        );
    }
}

/// The problems of one source of the register, each named `path.field`.
pub fn validate_source(s: &crate::Source, path: &str) -> Vec<DocError> {
    let mut e = Checks::new();
    e.key(format!("{path}.key"), &s.key);
    check_source(s, path, &mut e);
    e.into_problems()
}

fn non_empty(text: &str, path: &str, e: &mut Checks) {
    if text.trim().is_empty() {
        e.push(path, Problem::Empty);
    }
}

/// The keys, reporting duplicates and empty keys; returns the set of keys.
fn unique_keys<'a>(
    keys: impl Iterator<Item = &'a str>,
    path: &str,
    e: &mut Checks,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for (i, k) in keys.enumerate() {
        if k.trim().is_empty() {
            e.push(format!("{path}[{i}]"), Problem::EmptyKey);
        } else if !seen.insert(k) {
            e.push(format!("{path}[{i}]"), Problem::Duplicate(k.to_owned()));
        }
    }
    seen
}

fn domain_known(set: &FrameworkSet, domain: &str, path: &str, e: &mut Checks) {
    if set.domain(domain).is_none() {
        e.push(
            path,
            Problem::UnknownDomain {
                domain: domain.to_owned(),
                set: set.key().to_string(),
            },
        );
    }
}

fn indicator_known(set: &FrameworkSet, id: &str, path: &str, e: &mut Checks) {
    if !set.contains(id) {
        e.push(
            path,
            Problem::UnknownIndicator {
                id: id.to_owned(),
                set: Some(set.key().to_string()),
            },
        );
    }
}

fn citations_known(citations: &[Citation], sources: &BTreeSet<&str>, path: &str, e: &mut Checks) {
    e.citations(path, citations);
    for (j, c) in citations.iter().enumerate() {
        if !sources.contains(c.source.as_str()) {
            e.push(
                format!("{path}.citations[{j}].source"),
                Problem::UnknownSource(c.source.clone()),
            );
        }
    }
}

//! Progress between two rounds of one jurisdiction: per indicator whether the answer is new,
//! strengthened, unchanged, weakened or retired (by the answer scale), which sources are new or
//! amended, which indicators moved between well-developed and potential findings, and which
//! findings are new or retired.

use std::collections::{BTreeMap, BTreeSet};

use mgi_framework::Framework;
use serde::Serialize;

use crate::rounds::{IndicatorMap, RoundError};
use crate::{
    AnswerValue, AssessmentDoc, Finding, FindingKind, PriorityStatus, ProgressNote, Source, TextRef,
};

/// How an indicator's answer moved between two rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// New in the framework, or assessed on the scale for the first time.
    New,
    /// Higher on the scale (absent → partial → present).
    Strengthened,
    Unchanged,
    /// Lower on the scale.
    Weakened,
    /// Retired from the framework, or no longer assessed on the scale (unknown, not applicable
    /// or unanswered now).
    Retired,
}

impl Change {
    pub const ALL: [Change; 5] = [
        Change::New,
        Change::Strengthened,
        Change::Unchanged,
        Change::Weakened,
        Change::Retired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Change::New => "new",
            Change::Strengthened => "strengthened",
            Change::Unchanged => "unchanged",
            Change::Weakened => "weakened",
            Change::Retired => "retired",
        }
    }
}

/// The place of a value on the answer scale; `None` off the scale (unknown, not applicable).
pub fn scale_rank(value: AnswerValue) -> Option<u8> {
    match value {
        AnswerValue::Absent => Some(0),
        AnswerValue::Partial => Some(1),
        AnswerValue::Present => Some(2),
        AnswerValue::NotApplicable | AnswerValue::Unknown => None,
    }
}

/// One indicator in the change log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorChange {
    /// The indicator in the later round (in the earlier one for a retired indicator).
    pub indicator: String,
    /// The earlier round's indicators it comes from, when not the same one (split, merged).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub from: Vec<String>,
    pub domain: Option<String>,
    pub before: Option<AnswerValue>,
    pub after: Option<AnswerValue>,
    pub change: Change,
    /// Sources cited by the later answer and not by the earlier one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub new_citations: Vec<String>,
}

/// How a source of the register changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceChangeKind {
    New,
    Amended,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceChange {
    pub key: String,
    pub kind: SourceChangeKind,
    pub issuer: String,
    pub title: String,
    pub year: Option<i32>,
    /// Amendment years the later round adds.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amendments: Vec<i32>,
}

/// An indicator whose findings moved between well-developed and potential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingMove {
    pub indicator: String,
    pub from: FindingKind,
    pub to: FindingKind,
}

/// A finding that only one of the two rounds has (matched by its key, which a new round keeps
/// for the findings it carries over), with its text and the text's current translations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingChange {
    pub key: String,
    pub domain: String,
    pub kind: FindingKind,
    pub text: String,
    /// The language `text` is written in.
    pub language: String,
    /// Current translations of the text, by language.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, String>,
}

impl FindingChange {
    fn of(doc: &AssessmentDoc, f: &Finding) -> FindingChange {
        let target = TextRef::Finding(f.key.clone());
        FindingChange {
            key: f.key.clone(),
            domain: f.domain.clone(),
            kind: f.kind,
            text: f.text.clone(),
            language: doc.language.clone(),
            translations: doc
                .translations
                .iter()
                .filter(|t| t.target == target.to_string())
                .filter_map(|t| {
                    doc.current_translation(&target, &t.lang)
                        .map(|c| (c.lang.clone(), c.text.clone()))
                })
                .collect(),
        }
    }

    /// The text in `lang` when translated, else the original, with the language it is in.
    pub fn text_in(&self, lang: &str) -> (&str, &str) {
        match self.translations.get_key_value(lang) {
            Some((l, t)) => (t, l),
            None => (&self.text, &self.language),
        }
    }
}

/// The findings of `doc` whose key `other` does not have, in `doc`'s order.
fn findings_only_in(doc: &AssessmentDoc, other: &AssessmentDoc) -> Vec<FindingChange> {
    let keys: BTreeSet<&str> = other.findings.iter().map(|f| f.key.as_str()).collect();
    doc.findings
        .iter()
        .filter(|f| !keys.contains(f.key.as_str()))
        .map(|f| FindingChange::of(doc, f))
        .collect()
}

/// The progress between two rounds of one jurisdiction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundDiff {
    pub jurisdiction: String,
    pub from_year: i32,
    pub to_year: i32,
    pub indicators: Vec<IndicatorChange>,
    pub sources: Vec<SourceChange>,
    pub finding_moves: Vec<FindingMove>,
    /// Findings of the later round that the earlier one did not have.
    pub new_findings: Vec<FindingChange>,
    /// Findings of the earlier round that the later one no longer has.
    pub retired_findings: Vec<FindingChange>,
    /// The priorities followed from the earlier round to the later.
    pub priorities: Vec<PriorityProgress>,
}

/// A priority followed between two rounds: its words, its status in each, the progress notes
/// the later round added, and how the indicators it answers changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PriorityProgress {
    pub key: String,
    pub text: String,
    pub before: Option<PriorityStatus>,
    pub after: Option<PriorityStatus>,
    pub notes: Vec<ProgressNote>,
    /// The change-log lines of its indicators that changed.
    pub indicators: Vec<IndicatorChange>,
}

/// The priorities of `earlier` still open and those of `later`, by key, earlier ones first.
fn priorities_followed(
    earlier: &AssessmentDoc,
    later: &AssessmentDoc,
    indicators: &[IndicatorChange],
) -> Vec<PriorityProgress> {
    let open = earlier.priorities.iter().filter(|p| p.status.is_open());
    let new = later
        .priorities
        .iter()
        .filter(|p| earlier.priority(&p.key).is_none());
    open.chain(new)
        .map(|p| {
            let (before, after) = (earlier.priority(&p.key), later.priority(&p.key));
            let now = after.unwrap_or(p);
            let text = after
                .and_then(|a| a.wording(later))
                .or_else(|| before.and_then(|b| b.wording(earlier)))
                .unwrap_or_default()
                .to_owned();
            let seen = before.map_or(&[][..], |b| b.progress.as_slice());
            PriorityProgress {
                key: p.key.clone(),
                text,
                before: before.map(|b| b.status),
                after: after.map(|a| a.status),
                notes: now
                    .progress
                    .iter()
                    .filter(|n| after.is_some() && !seen.contains(n))
                    .cloned()
                    .collect(),
                indicators: indicators
                    .iter()
                    .filter(|c| {
                        c.change != Change::Unchanged
                            && (now.indicators.contains(&c.indicator)
                                || c.from.iter().any(|f| now.indicators.contains(f)))
                    })
                    .cloned()
                    .collect(),
            }
        })
        .collect()
}

impl RoundDiff {
    /// How many indicators fall under `change`.
    pub fn count(&self, change: Change) -> usize {
        self.indicators
            .iter()
            .filter(|c| c.change == change)
            .count()
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DiffError {
    #[error("{0} and {1} are not the same jurisdiction")]
    OtherJurisdiction(String, String),
    #[error("the earlier round ({0}) must come before the later one ({1})")]
    Order(i32, i32),
    #[error(transparent)]
    Framework(#[from] RoundError),
}

/// The lowest value on the scale among several (a merged indicator is as strong as its weakest
/// part); off-scale values only when nothing is on the scale.
fn weakest(values: &[AnswerValue]) -> Option<AnswerValue> {
    values
        .iter()
        .copied()
        .filter(|v| scale_rank(*v).is_some())
        .min_by_key(|v| scale_rank(*v))
        .or_else(|| values.first().copied())
}

fn classify(before: Option<AnswerValue>, after: Option<AnswerValue>) -> Change {
    match (before.and_then(scale_rank), after.and_then(scale_rank)) {
        (Some(b), Some(a)) if a > b => Change::Strengthened,
        (Some(b), Some(a)) if a < b => Change::Weakened,
        (Some(_), Some(_)) | (None, None) => Change::Unchanged,
        (None, Some(_)) => Change::New,
        (Some(_), None) => Change::Retired,
    }
}

/// The kinds of findings that name an indicator.
fn finding_kinds(
    doc: &AssessmentDoc,
    indicator: &str,
    map: Option<&IndicatorMap>,
) -> BTreeSet<FindingKind> {
    doc.findings
        .iter()
        .filter(|f| match map {
            Some(m) => m.map_list(&f.indicators).iter().any(|i| i == indicator),
            None => f.indicators.iter().any(|i| i == indicator),
        })
        .map(|f| f.kind)
        .collect()
}

/// The source of `sources` that is `s`: the same key, or else the same issuer and title.
fn counterpart<'a>(sources: &'a [Source], s: &Source) -> Option<&'a Source> {
    sources.iter().find(|e| e.key == s.key).or_else(|| {
        sources
            .iter()
            .find(|e| e.issuer == s.issuer && e.title == s.title)
    })
}

fn source_changes(earlier: &AssessmentDoc, later: &AssessmentDoc) -> Vec<SourceChange> {
    let entry = |s: &Source, kind, amendments| SourceChange {
        key: s.key.clone(),
        kind,
        issuer: s.issuer.clone(),
        title: s.title.clone(),
        year: s.year,
        amendments,
    };
    let mut out = Vec::new();
    for s in &later.sources {
        match counterpart(&earlier.sources, s) {
            None => out.push(entry(s, SourceChangeKind::New, Vec::new())),
            Some(e) => {
                let added: Vec<i32> = s
                    .amended
                    .iter()
                    .copied()
                    .filter(|y| !e.amended.contains(y))
                    .collect();
                if !added.is_empty() || e.year != s.year {
                    out.push(entry(s, SourceChangeKind::Amended, added));
                }
            }
        }
    }
    for e in &earlier.sources {
        if counterpart(&later.sources, e).is_none() {
            out.push(entry(e, SourceChangeKind::Removed, Vec::new()));
        }
    }
    out
}

/// The progress from `earlier` to `later` (two rounds of one jurisdiction), matching indicators
/// through the framework's crosswalks when the rounds use different versions.
pub fn diff(
    earlier: &AssessmentDoc,
    later: &AssessmentDoc,
    framework: &Framework,
) -> Result<RoundDiff, DiffError> {
    if earlier.jurisdiction.code != later.jurisdiction.code {
        return Err(DiffError::OtherJurisdiction(
            earlier.jurisdiction.code.clone(),
            later.jurisdiction.code.clone(),
        ));
    }
    if earlier.year >= later.year {
        return Err(DiffError::Order(earlier.year, later.year));
    }
    let map = IndicatorMap::between(framework, &earlier.framework, later.framework.version)?;
    let set = framework
        .set(&later.framework.set, later.framework.version)
        .ok_or_else(|| RoundError::UnknownSet(later.framework.set.clone()))?;
    let mut indicators = Vec::new();
    let mut finding_moves = Vec::new();
    for id in set.indicator_ids() {
        let from: Vec<&str> = map.sources_of(id).collect();
        let values: Vec<AnswerValue> = from
            .iter()
            .filter_map(|o| earlier.answer(o))
            .map(|a| a.value)
            .collect();
        let before = weakest(&values);
        let answer = later.answer(id);
        let after = answer.map(|a| a.value);
        let change = if from.is_empty() {
            Change::New
        } else {
            classify(before, after)
        };
        let cited_before: BTreeSet<&str> = from
            .iter()
            .filter_map(|o| earlier.answer(o))
            .flat_map(|a| a.citations.iter().map(|c| c.source.as_str()))
            .collect();
        let new_citations = answer
            .into_iter()
            .flat_map(|a| &a.citations)
            .map(|c| c.source.as_str())
            .filter(|s| !cited_before.contains(s))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(str::to_owned)
            .collect();
        indicators.push(IndicatorChange {
            indicator: id.to_owned(),
            from: if from == [id] {
                Vec::new()
            } else {
                from.iter().map(|s| (*s).to_owned()).collect()
            },
            domain: set.domain_of(id).map(|d| d.id.clone()),
            before,
            after,
            change,
            new_citations,
        });
        let (old_kinds, new_kinds) = (
            finding_kinds(earlier, id, Some(&map)),
            finding_kinds(later, id, None),
        );
        if let ([from], [to]) = (
            old_kinds.iter().collect::<Vec<_>>().as_slice(),
            new_kinds.iter().collect::<Vec<_>>().as_slice(),
        ) && from != to
        {
            finding_moves.push(FindingMove {
                indicator: id.to_owned(),
                from: **from,
                to: **to,
            });
        }
    }
    for a in &earlier.answers {
        if map.targets(&a.indicator).is_empty() {
            indicators.push(IndicatorChange {
                indicator: a.indicator.clone(),
                from: Vec::new(),
                domain: framework
                    .set(&earlier.framework.set, earlier.framework.version)
                    .and_then(|s| s.domain_of(&a.indicator))
                    .map(|d| d.id.clone()),
                before: Some(a.value),
                after: None,
                change: Change::Retired,
                new_citations: Vec::new(),
            });
        }
    }
    Ok(RoundDiff {
        jurisdiction: later.jurisdiction.code.clone(),
        from_year: earlier.year,
        to_year: later.year,
        sources: source_changes(earlier, later),
        finding_moves,
        new_findings: findings_only_in(later, earlier),
        retired_findings: findings_only_in(earlier, later),
        priorities: priorities_followed(earlier, later, &indicators),
        indicators,
    })
}

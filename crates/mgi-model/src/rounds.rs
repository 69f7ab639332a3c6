//! Follow-up rounds: a new assessment of the same jurisdiction, pinned to the newest version of
//! its framework set, with the previous round's evidence carried over through the crosswalks and
//! every answer marked to re-verify.

use std::collections::BTreeMap;

use mgi_framework::{ChangeKind, Framework, FrameworkSet, SetKey, Version};

use thiserror::Error;

use crate::{
    Answer, AnswerStatus, AnswerValue, AssessmentDoc, Citation, FrameworkRef, Stage, Suggestion,
    TextRef, TextStatus, Translation,
};

#[derive(Debug, Error, PartialEq, Eq)]
pub enum RoundError {
    #[error("the new round's year {new} must come after {previous}")]
    YearNotAfter { previous: i32, new: i32 },
    #[error("unknown framework set {0}")]
    UnknownSet(String),
    #[error("cannot compare {from} with the older {to}")]
    Backwards { from: SetKey, to: SetKey },
    #[error("the round already uses {0}")]
    SameVersion(SetKey),
    #[error("no crosswalk from {from} to {to}: add crosswalks/*.yaml for every version step")]
    NoCrosswalk { from: SetKey, to: SetKey },
}

/// Where each indicator of one version goes in the next: itself, several (split), one shared
/// with others (merged), or nowhere (retired).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndicatorMap {
    targets: BTreeMap<String, Vec<String>>,
}

impl IndicatorMap {
    /// The identity map of a set (no version step).
    fn identity(set: &FrameworkSet) -> IndicatorMap {
        IndicatorMap {
            targets: set
                .indicator_ids()
                .map(|id| (id.to_owned(), vec![id.to_owned()]))
                .collect(),
        }
    }

    /// The map from version `from` of a set to its version `to`, step by step through the
    /// crosswalks (identity when they are the same).
    pub fn between(
        framework: &Framework,
        from: &FrameworkRef,
        to: Version,
    ) -> Result<IndicatorMap, RoundError> {
        let unknown = |v: Version| RoundError::UnknownSet(format!("{} v{v}", from.set));
        let first = framework
            .set(&from.set, from.version)
            .ok_or_else(|| unknown(from.version))?;
        if to < from.version {
            return Err(RoundError::Backwards {
                from: first.key(),
                to: SetKey {
                    set: from.set.clone(),
                    version: to,
                },
            });
        }
        let mut map = IndicatorMap::identity(first);
        let mut at = first;
        while at.version < to {
            let next = framework
                .sets
                .iter()
                .filter(|s| s.id == at.id && s.version > at.version)
                .min_by_key(|s| s.version)
                .ok_or_else(|| unknown(to))?;
            let walk = framework.crosswalk(&at.key(), &next.key()).ok_or_else(|| {
                RoundError::NoCrosswalk {
                    from: at.key(),
                    to: next.key(),
                }
            })?;
            let mut step = IndicatorMap::identity(at);
            for change in &walk.changes {
                let targets = match change.kind {
                    ChangeKind::Moved | ChangeKind::Added => continue,
                    ChangeKind::Retired => Vec::new(),
                    ChangeKind::Split | ChangeKind::Merged => change.to.clone(),
                };
                for id in &change.from {
                    step.targets.insert(id.clone(), targets.clone());
                }
            }
            map = map.then(&step);
            at = next;
        }
        Ok(map)
    }

    fn then(&self, next: &IndicatorMap) -> IndicatorMap {
        IndicatorMap {
            targets: self
                .targets
                .iter()
                .map(|(id, mid)| {
                    let mut out: Vec<String> = Vec::new();
                    for m in mid {
                        for t in next.targets(m) {
                            if !out.contains(t) {
                                out.push(t.clone());
                            }
                        }
                    }
                    (id.clone(), out)
                })
                .collect(),
        }
    }

    /// Where `id` goes; empty when retired or unknown.
    pub fn targets(&self, id: &str) -> &[String] {
        self.targets.get(id).map_or(&[], Vec::as_slice)
    }

    /// The old indicators that end up in `target`.
    pub fn sources_of<'a>(&'a self, target: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.targets
            .iter()
            .filter(move |(_, t)| t.iter().any(|t| t == target))
            .map(|(id, _)| id.as_str())
    }

    /// A list of old indicators as new ones, in order, without repeats.
    pub fn map_list(&self, ids: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for id in ids {
            for t in self.targets(id) {
                if !out.contains(t) {
                    out.push(t.clone());
                }
            }
        }
        out
    }
}

/// What carrying a round over did, for the analyst.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CarryReport {
    pub answers: usize,
    /// Indicators whose answer was dropped because the new version retired them.
    pub retired: Vec<String>,
    /// Indicators with no earlier answer.
    pub unanswered: Vec<String>,
    /// Indicators the new version adds: no earlier indicator leads to them.
    pub added: Vec<String>,
    /// New indicators fed by several old answers that disagreed: set to unknown.
    pub merged_conflicts: Vec<String>,
}

/// The next round of `previous`: the same jurisdiction in `year`, pinned to the newest version
/// of its set. Answers, findings, summaries, sources, context and conventions are carried over
/// through the crosswalks; every answer's status becomes "carried over" (to re-verify); comments
/// and consultation events stay with the old round. The new round starts at `launched`.
pub fn next_round(
    previous: &AssessmentDoc,
    framework: &Framework,
    year: i32,
) -> Result<(AssessmentDoc, CarryReport), RoundError> {
    if year <= previous.year {
        return Err(RoundError::YearNotAfter {
            previous: previous.year,
            new: year,
        });
    }
    let set = framework
        .latest(&previous.framework.set)
        .ok_or_else(|| RoundError::UnknownSet(previous.framework.set.clone()))?;
    let map = IndicatorMap::between(framework, &previous.framework, set.version)?;
    let mut doc = AssessmentDoc::new(previous.jurisdiction.clone(), year, FrameworkRef::of(set));
    doc.stage = Stage::Launched;
    let (answers, report) = map_answers(previous, set, &map, Carry::NewRound);
    doc.answers = answers;
    follow_indicators(previous, set, &map, &mut doc);
    doc.findings.iter_mut().for_each(|f| f.suggested.clear());
    doc.sources = previous.sources.clone();
    doc.context = previous.context.clone();
    doc.language = previous.language.clone();
    doc.translations = carried_translations(previous, &doc);
    doc.priorities = open_priorities(previous, &doc, &map);
    Ok((doc, report))
}

/// The priorities of `previous` still planned or in progress, followed into the new round
/// `doc`: the words of a recommendation become the priority's own (the consultation stays with
/// its round), indicators follow the crosswalks, findings the new round no longer has are
/// dropped; status and progress notes are kept for the analyst to update with evidence.
fn open_priorities(
    previous: &AssessmentDoc,
    doc: &AssessmentDoc,
    map: &IndicatorMap,
) -> Vec<crate::Priority> {
    previous
        .priorities
        .iter()
        .filter(|p| p.status.is_open())
        .map(|p| {
            let mut carried = p.clone();
            carried.text = p.wording(previous).unwrap_or_default().to_owned();
            carried.recommendation = None;
            carried.since = Some(p.since.unwrap_or(previous.year));
            carried.indicators = map.map_list(&p.indicators);
            carried.findings.retain(|k| doc.finding(k).is_some());
            carried
        })
        .collect()
}

/// `doc` moved, in the same round, to version `to` of its set through the crosswalks: an
/// answer whose indicator the new version keeps stays as it is; an indicator fed by a split
/// or a merge gets the old answers as a new round would (to re-verify); a new indicator has no
/// answer. Findings, conventions, summaries and comments follow their indicators; everything
/// else (stage, sources, context, consultation, translations still current) is kept.
pub fn migrate(
    doc: &AssessmentDoc,
    framework: &Framework,
    to: Version,
) -> Result<(AssessmentDoc, CarryReport), RoundError> {
    let set = framework
        .set(&doc.framework.set, to)
        .ok_or_else(|| RoundError::UnknownSet(format!("{} v{to}", doc.framework.set)))?;
    if to == doc.framework.version {
        return Err(RoundError::SameVersion(set.key()));
    }
    let map = IndicatorMap::between(framework, &doc.framework, to)?;
    let mut out = doc.clone();
    out.framework = FrameworkRef::of(set);
    let (answers, report) = map_answers(doc, set, &map, Carry::SameRound);
    out.answers = answers;
    follow_indicators(doc, set, &map, &mut out);
    for f in &mut out.findings {
        f.suggested = std::mem::take(&mut f.suggested)
            .into_iter()
            .flat_map(|s| {
                map.targets(&s.indicator).iter().map(move |t| Suggestion {
                    indicator: t.clone(),
                    score: s.score,
                })
            })
            .collect();
    }
    let kept: Vec<String> = out.findings.iter().map(|f| f.key.clone()).collect();
    for p in &mut out.priorities {
        p.indicators = map.map_list(&p.indicators);
        p.findings.retain(|k| kept.contains(k));
    }
    for c in &mut out.comments {
        if let crate::Anchor::Indicator(id) = &c.anchor {
            c.anchor = match map.targets(id).first() {
                Some(target) => crate::Anchor::Indicator(target.clone()),
                None => crate::Anchor::General,
            };
        }
    }
    out.translations = still_translating(doc, &out).cloned().collect();
    Ok((out, report))
}

/// Whether answers move into a new round (all to re-verify) or stay in their round.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Carry {
    NewRound,
    SameRound,
}

/// The answers of `set`'s indicators fed by `previous`'s through `map`, with what was lost or
/// left unanswered on the way.
fn map_answers(
    previous: &AssessmentDoc,
    set: &FrameworkSet,
    map: &IndicatorMap,
    carry: Carry,
) -> (Vec<Answer>, CarryReport) {
    let mut report = CarryReport::default();
    let mut answers = Vec::new();
    for id in set.indicator_ids() {
        let olds: Vec<_> = map
            .sources_of(id)
            .filter_map(|old| previous.answer(old))
            .collect();
        if map.sources_of(id).next().is_none() {
            report.added.push(id.to_owned());
        }
        let Some(first) = olds.first() else {
            report.unanswered.push(id.to_owned());
            continue;
        };
        let mut answer = (*first).clone();
        if carry == Carry::SameRound && olds.len() == 1 && first.indicator == id {
            answers.push(answer);
            continue;
        }
        answer.indicator = id.to_owned();
        answer.status = AnswerStatus::CarriedOver;
        if olds.len() > 1 {
            if olds.iter().any(|a| a.value != first.value) {
                answer.value = AnswerValue::Unknown;
                report.merged_conflicts.push(id.to_owned());
            }
            answer.narrative = olds
                .iter()
                .map(|a| a.narrative.trim())
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n");
            let mut citations: Vec<Citation> = Vec::new();
            for c in olds.iter().flat_map(|a| &a.citations) {
                if !citations.contains(c) {
                    citations.push(c.clone());
                }
            }
            answer.citations = citations;
        }
        answers.push(answer);
    }
    report.answers = answers.len();
    report.retired = previous
        .answers
        .iter()
        .filter(|a| map.targets(&a.indicator).is_empty())
        .map(|a| a.indicator.clone())
        .collect();
    (answers, report)
}

/// The findings (their indicators mapped), summaries and conventions of `previous` that `set`
/// keeps, into `doc`.
fn follow_indicators(
    previous: &AssessmentDoc,
    set: &FrameworkSet,
    map: &IndicatorMap,
    doc: &mut AssessmentDoc,
) {
    doc.findings = previous
        .findings
        .iter()
        .filter(|f| set.domain(&f.domain).is_some())
        .map(|f| {
            let mut f = f.clone();
            f.indicators = map.map_list(&f.indicators);
            f
        })
        .collect();
    doc.summaries = previous
        .summaries
        .iter()
        .filter(|s| set.domain(&s.domain).is_some())
        .cloned()
        .collect();
    doc.conventions = previous
        .conventions
        .iter()
        .flat_map(|c| {
            map.targets(&c.indicator).iter().map(move |t| {
                let mut c = c.clone();
                c.indicator = t.clone();
                c
            })
        })
        .collect();
}

/// The translations of `previous` whose text the new round carries unchanged, under the same
/// name, back to draft: like the answers, they are to be checked again.
fn carried_translations(previous: &AssessmentDoc, doc: &AssessmentDoc) -> Vec<Translation> {
    still_translating(previous, doc)
        .map(|t| Translation {
            status: TextStatus::Draft,
            ..t.clone()
        })
        .collect()
}

/// The translations of `previous` whose text `doc` has, unchanged, under the same name.
fn still_translating<'a>(
    previous: &'a AssessmentDoc,
    doc: &'a AssessmentDoc,
) -> impl Iterator<Item = &'a Translation> + 'a {
    previous.translations.iter().filter(|t| {
        t.target.parse::<TextRef>().is_ok_and(|target| {
            doc.original(&target).is_some() && doc.original(&target) == previous.original(&target)
        })
    })
}

//! What is not ready in an assessment before the process moves on: a pure function of the
//! document and of what the store keeps beside it (comments, the approval), as typed gaps, each
//! with the records concerned so that a page can link to where each is fixed.
//!
//! **What counts as not ready.**
//! - Answers not verified: an answer is verified when its status is *complete* (written and
//!   checked by its analyst) or *reviewed*. *Not started* (and an indicator of the set with no
//!   answer at all), *draft* and *carried over* (copied from the earlier round, "to verify") are
//!   not verified; each is a gap of its own, so a page can say which work is left.
//! - Findings without citations, findings linked to no indicator, and findings whose importer
//!   suggestions ([`crate::Finding::suggested`]) are still to review (each is accepted or
//!   dismissed on the finding's page).
//! - Sources of the register that nothing cites ([`check_consistency`]).
//! - Context figures whose source is blank or not in the register.
//! - Comments still open (the caller passes the comments the reader may see).
//! - Texts without a current translation in a language the assessment is being translated into
//!   (a language in which it has at least one translation: [`translated_languages`]).
//! - A stale approval: the latest approval covers other content than the current one.
//!
//! **Gates.** Each gap matters from one gate on, and at every later gate:
//! - [`Gate::Share`] (a move into a shared stage: draft shared, consultation): the answers, the
//!   findings, the sources and the context figures.
//! - [`Gate::Approve`] (the focal point's approval): also open comments and untranslated texts.
//! - [`Gate::Publish`]: also a stale approval.
//!
//! At the share and approval gates every gap is a warning: the draft may still be shared and
//! approved. At publication every gap **blocks**, except two that harm no reader and warn:
//! sources that nothing cites, and texts not yet translated (the profile in that language shows
//! such a text in its original language, marked as not translated; the translation can follow
//! in a correction). Publication is refused while anything blocks,
//! unless an administrator gives a written reason to publish anyway (an override), which the
//! store records; a stale approval cannot be overridden: only the focal point's new approval
//! lifts it ([`Gap::overridable`]).

use std::collections::BTreeSet;

use mgi_i18n::{Lang, tr};

use crate::{Anchor, AnswerStatus, AssessmentDoc, Comment, CommentState, Stage, TextRef};

/// A step of the process that the readiness is checked before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gate {
    /// A move into a shared stage (draft shared, consultation).
    Share,
    /// The government's approval.
    Approve,
    /// Publication (first or corrected).
    Publish,
}

impl Gate {
    /// The gate a move to `to` passes, if any (a move back, or into correction, passes none).
    pub fn of_move(to: Stage) -> Option<Gate> {
        match to {
            Stage::DraftShared | Stage::Consultation => Some(Gate::Share),
            Stage::Validated => Some(Gate::Approve),
            Stage::Published => Some(Gate::Publish),
            Stage::Launched | Stage::DataCollection | Stage::Correction => None,
        }
    }
}

/// How much a gap weighs at a gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Said, but the step may go on.
    Warns,
    /// The step is refused while it remains (publication only).
    Blocks,
}

/// Where the latest approval stands, as the store knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApprovalStatus {
    /// Never approved.
    None,
    /// Approved as the content stands.
    Fresh,
    /// Approved once, changed since.
    Stale,
}

/// A kind of thing that is not ready.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    AnswersNotStarted,
    AnswersDraft,
    /// Carried over from the earlier round and not checked again.
    AnswersToVerify,
    FindingsWithoutCitations,
    FindingsWithoutIndicators,
    SuggestionsNotReviewed,
    UncitedSources,
    FiguresWithoutSource,
    OpenComments,
    /// Texts without a current translation into this language.
    Untranslated(String),
    StaleApproval,
}

/// One record a gap concerns: where a page links to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Concerned {
    /// The answer to an indicator, by its ID.
    Indicator(String),
    /// A finding, by its key.
    Finding(String),
    /// A source of the register, by its key.
    Source(String),
    /// A context figure, by its position (0-based) among the figures, with its measure.
    Figure(usize, String),
    /// A comment, by its key, where it is anchored.
    Comment(String, Anchor),
    /// A text to translate.
    Text(TextRef),
    /// The approval (no record of its own).
    Approval,
}

/// A gap and every record it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotReady {
    pub gap: Gap,
    pub concerned: Vec<Concerned>,
}

impl NotReady {
    pub fn count(&self) -> usize {
        self.concerned.len()
    }
}

/// What the readiness is computed from.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub doc: &'a AssessmentDoc,
    /// The indicators of the assessment's framework set: one without an answer is not started.
    pub indicators: &'a [&'a str],
    /// The comments the reader may see (open ones are gaps).
    pub comments: &'a [Comment],
    /// The languages the assessment is being translated into ([`translated_languages`]).
    pub languages: &'a [String],
    pub approval: ApprovalStatus,
}

/// Everything not ready in an assessment, in the order of [`Gap`]; gaps with no record left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Readiness {
    pub gaps: Vec<NotReady>,
}

/// The languages other than its own that an assessment has at least one translation into.
pub fn translated_languages(doc: &AssessmentDoc) -> Vec<String> {
    let langs: BTreeSet<&str> = doc
        .translations
        .iter()
        .map(|t| t.lang.as_str())
        .filter(|l| *l != doc.language)
        .collect();
    langs.into_iter().map(str::to_owned).collect()
}

/// What is not ready in `facts.doc`.
pub fn readiness(facts: &Facts<'_>) -> Readiness {
    let doc = facts.doc;
    let status_of = |id: &str| {
        doc.answer(id)
            .map_or(AnswerStatus::NotStarted, |a| a.status)
    };
    let mut indicators: Vec<&str> = facts.indicators.to_vec();
    // Answers to indicators outside the set (the document's validation refuses them, but a
    // gap must not hide one) come after the set's, in the document's order.
    indicators.extend(
        doc.answers
            .iter()
            .map(|a| a.indicator.as_str())
            .filter(|id| !facts.indicators.contains(id)),
    );
    let answers = |status: AnswerStatus| -> Vec<Concerned> {
        indicators
            .iter()
            .filter(|id| status_of(id) == status)
            .map(|id| Concerned::Indicator((*id).to_owned()))
            .collect()
    };
    let findings = |pred: fn(&crate::Finding) -> bool| -> Vec<Concerned> {
        doc.findings
            .iter()
            .filter(|f| pred(f))
            .map(|f| Concerned::Finding(f.key.clone()))
            .collect()
    };
    let consistency = crate::check_consistency(doc);
    let mut gaps = vec![
        (Gap::AnswersNotStarted, answers(AnswerStatus::NotStarted)),
        (Gap::AnswersDraft, answers(AnswerStatus::Draft)),
        (Gap::AnswersToVerify, answers(AnswerStatus::CarriedOver)),
        (
            Gap::FindingsWithoutCitations,
            findings(|f| f.citations.is_empty()),
        ),
        (
            Gap::FindingsWithoutIndicators,
            consistency
                .findings_without_indicator
                .into_iter()
                .map(Concerned::Finding)
                .collect(),
        ),
        (
            Gap::SuggestionsNotReviewed,
            findings(|f| !f.suggested.is_empty()),
        ),
        (
            Gap::UncitedSources,
            consistency
                .uncited_sources
                .into_iter()
                .map(Concerned::Source)
                .collect(),
        ),
        (
            Gap::FiguresWithoutSource,
            doc.context
                .iter()
                .enumerate()
                .filter(|(_, c)| c.source.trim().is_empty() || doc.source(&c.source).is_none())
                .map(|(i, c)| Concerned::Figure(i, c.measure.clone()))
                .collect(),
        ),
        (
            Gap::OpenComments,
            facts
                .comments
                .iter()
                .filter(|c| c.state == CommentState::Open)
                .map(|c| Concerned::Comment(c.key.clone(), c.anchor.clone()))
                .collect(),
        ),
    ];
    let texts = doc.texts();
    for lang in facts.languages.iter().filter(|l| **l != doc.language) {
        let missing = texts
            .iter()
            .filter(|(r, _)| doc.current_translation(r, lang).is_none())
            .map(|(r, _)| Concerned::Text(r.clone()))
            .collect();
        gaps.push((Gap::Untranslated(lang.clone()), missing));
    }
    if facts.approval == ApprovalStatus::Stale {
        gaps.push((Gap::StaleApproval, vec![Concerned::Approval]));
    }
    Readiness {
        gaps: gaps
            .into_iter()
            .filter(|(_, concerned)| !concerned.is_empty())
            .map(|(gap, concerned)| NotReady { gap, concerned })
            .collect(),
    }
}

impl Gap {
    /// The first gate this gap matters at.
    pub fn from_gate(&self) -> Gate {
        match self {
            Gap::OpenComments | Gap::Untranslated(_) => Gate::Approve,
            Gap::StaleApproval => Gate::Publish,
            _ => Gate::Share,
        }
    }

    /// How much this gap weighs at `gate`; `None` when it does not matter there yet.
    pub fn severity(&self, gate: Gate) -> Option<Severity> {
        if gate < self.from_gate() {
            return None;
        }
        Some(match (gate, self) {
            (Gate::Publish, Gap::UncitedSources | Gap::Untranslated(_)) => Severity::Warns,
            (Gate::Publish, _) => Severity::Blocks,
            _ => Severity::Warns,
        })
    }

    /// Whether an administrator's written reason may publish despite this gap.
    pub fn overridable(&self) -> bool {
        *self != Gap::StaleApproval
    }

    /// The code of this gap (for logs, the audit log and the pages' `data-` attributes).
    pub fn code(&self) -> String {
        match self {
            Gap::AnswersNotStarted => "answers-not-started".into(),
            Gap::AnswersDraft => "answers-draft".into(),
            Gap::AnswersToVerify => "answers-to-verify".into(),
            Gap::FindingsWithoutCitations => "findings-without-citations".into(),
            Gap::FindingsWithoutIndicators => "findings-without-indicators".into(),
            Gap::SuggestionsNotReviewed => "suggestions-not-reviewed".into(),
            Gap::UncitedSources => "uncited-sources".into(),
            Gap::FiguresWithoutSource => "figures-without-source".into(),
            Gap::OpenComments => "open-comments".into(),
            Gap::Untranslated(lang) => format!("untranslated-{lang}"),
            Gap::StaleApproval => "stale-approval".into(),
        }
    }

    /// What is not ready, `count` of it, in `lang` ("3 answers are drafts").
    pub fn text(&self, lang: Lang, count: usize) -> String {
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        match self {
            Gap::Untranslated(into) => tr!(
                lang,
                "readiness-untranslated",
                count = count,
                language = mgi_i18n::language_name(lang, into)
            ),
            Gap::StaleApproval => tr!(lang, "readiness-stale-approval"),
            Gap::AnswersNotStarted => tr!(lang, "readiness-answers-not-started", count = count),
            Gap::AnswersDraft => tr!(lang, "readiness-answers-draft", count = count),
            Gap::AnswersToVerify => tr!(lang, "readiness-answers-to-verify", count = count),
            Gap::FindingsWithoutCitations => {
                tr!(lang, "readiness-findings-without-citations", count = count)
            }
            Gap::FindingsWithoutIndicators => {
                tr!(lang, "readiness-findings-without-indicators", count = count)
            }
            Gap::SuggestionsNotReviewed => {
                tr!(lang, "readiness-suggestions-not-reviewed", count = count)
            }
            Gap::UncitedSources => tr!(lang, "readiness-uncited-sources", count = count),
            Gap::FiguresWithoutSource => {
                tr!(lang, "readiness-figures-without-source", count = count)
            }
            Gap::OpenComments => tr!(lang, "readiness-open-comments", count = count),
        }
    }
}

impl Readiness {
    /// The gaps that matter at `gate`, with their weight there.
    pub fn at(&self, gate: Gate) -> impl Iterator<Item = (Severity, &NotReady)> {
        self.gaps
            .iter()
            .filter_map(move |g| g.gap.severity(gate).map(|s| (s, g)))
    }

    /// The gaps that block `gate` (only publication has any).
    pub fn blockers(&self, gate: Gate) -> Vec<&NotReady> {
        self.at(gate)
            .filter(|(s, _)| *s == Severity::Blocks)
            .map(|(_, g)| g)
            .collect()
    }

    /// Whether an override may lift every blocker of `gate`.
    pub fn overridable(&self, gate: Gate) -> bool {
        self.blockers(gate).iter().all(|g| g.gap.overridable())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Answer, AnswerValue, Citation, ContextFigure, Finding, FindingKind, FrameworkRef,
        Jurisdiction, JurisdictionKind, Source, SourceKind, Suggestion, Translation, Visibility,
    };

    fn answer(id: &str, status: AnswerStatus) -> Answer {
        Answer {
            indicator: id.into(),
            value: AnswerValue::Present,
            narrative: format!("Narrative of {id}."),
            status,
            confidence: None,
            notes: String::new(),
            citations: vec![cite("law")],
        }
    }

    fn cite(source: &str) -> Citation {
        Citation {
            source: source.into(),
            pinpoint: None,
        }
    }

    fn finding(key: &str) -> Finding {
        Finding {
            key: key.into(),
            domain: "rights".into(),
            kind: FindingKind::WellDeveloped,
            text: format!("Finding {key}."),
            indicators: vec!["a".into()],
            citations: vec![cite("law")],
            footnotes: Vec::new(),
            suggested: Vec::new(),
        }
    }

    fn source(key: &str) -> Source {
        Source {
            key: key.into(),
            issuer: "Government".into(),
            title: format!("Title {key}"),
            year: Some(2020),
            kind: SourceKind::Law,
            amended: Vec::new(),
            url: None,
            online: true,
            language: None,
            note: None,
        }
    }

    fn figure(source: &str) -> ContextFigure {
        ContextFigure {
            measure: "population".into(),
            value: 3.4e6,
            unit: "persons".into(),
            year: 2020,
            sex: None,
            age_group: None,
            source: source.into(),
        }
    }

    /// An assessment with nothing left to do on the indicators `a` and `b`.
    fn ready() -> AssessmentDoc {
        let mut doc = AssessmentDoc::new(
            Jurisdiction::with_m49("MNG", JurisdictionKind::Country, None),
            2023,
            FrameworkRef {
                set: "mgi-national".into(),
                version: 1.into(),
            },
        );
        doc.answers = vec![
            answer("a", AnswerStatus::Reviewed),
            answer("b", AnswerStatus::Complete),
        ];
        doc.findings = vec![finding("f1")];
        doc.sources = vec![source("law")];
        doc.context = vec![figure("law")];
        doc
    }

    const SET: &[&str] = &["a", "b"];

    fn facts<'a>(doc: &'a AssessmentDoc, comments: &'a [Comment]) -> Facts<'a> {
        Facts {
            doc,
            indicators: SET,
            comments,
            languages: &[],
            approval: ApprovalStatus::Fresh,
        }
    }

    fn comment(key: &str, state: CommentState) -> Comment {
        Comment {
            key: key.into(),
            author: "gov".into(),
            anchor: Anchor::Finding("f1".into()),
            visibility: Visibility::Government,
            state,
            text: "Please check.".into(),
            created: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn a_ready_assessment_has_no_gap_at_any_gate() {
        let doc = ready();
        let r = readiness(&facts(&doc, &[comment("m1", CommentState::Resolved)]));
        assert_eq!(r, Readiness::default());
        for gate in [Gate::Share, Gate::Approve, Gate::Publish] {
            assert!(r.blockers(gate).is_empty());
            assert!(r.overridable(gate));
        }
    }

    #[test]
    fn unverified_answers_are_counted_by_status_and_missing_ones_are_not_started() {
        let mut doc = ready();
        doc.answers = vec![
            answer("a", AnswerStatus::CarriedOver),
            answer("x", AnswerStatus::Draft),
        ];
        let set: &[&str] = &["a", "b", "c"];
        let r = readiness(&Facts {
            indicators: set,
            ..facts(&doc, &[])
        });
        let ids = |gap: Gap| -> Vec<Concerned> {
            r.gaps
                .iter()
                .find(|g| g.gap == gap)
                .map(|g| g.concerned.clone())
                .unwrap_or_default()
        };
        let ind = |id: &str| Concerned::Indicator(id.into());
        assert_eq!(ids(Gap::AnswersNotStarted), [ind("b"), ind("c")]);
        assert_eq!(
            ids(Gap::AnswersDraft),
            [ind("x")],
            "outside the set, still named"
        );
        assert_eq!(ids(Gap::AnswersToVerify), [ind("a")]);
        assert_eq!(r.gaps.len(), 3);
    }

    #[test]
    fn findings_sources_and_figures_are_named_by_their_keys() {
        let mut doc = ready();
        let mut bare = finding("f2");
        bare.citations.clear();
        bare.indicators.clear();
        bare.suggested = vec![Suggestion {
            indicator: "a".into(),
            score: 0.5,
        }];
        doc.findings.push(bare);
        doc.sources.push(source("unused"));
        doc.context.push(figure(""));
        doc.context.push(figure("nowhere"));
        let r = readiness(&facts(&doc, &[]));
        let got: Vec<(Gap, Vec<Concerned>)> = r
            .gaps
            .iter()
            .map(|g| (g.gap.clone(), g.concerned.clone()))
            .collect();
        let f2 = || vec![Concerned::Finding("f2".into())];
        assert_eq!(
            got,
            [
                (Gap::FindingsWithoutCitations, f2()),
                (Gap::FindingsWithoutIndicators, f2()),
                (Gap::SuggestionsNotReviewed, f2()),
                (
                    Gap::UncitedSources,
                    vec![Concerned::Source("unused".into())]
                ),
                (
                    Gap::FiguresWithoutSource,
                    vec![
                        Concerned::Figure(1, "population".into()),
                        Concerned::Figure(2, "population".into())
                    ]
                ),
            ]
        );
    }

    #[test]
    fn open_comments_untranslated_texts_and_a_stale_approval_are_gaps() {
        let mut doc = ready();
        doc.translations.push(Translation {
            lang: "fr".into(),
            target: "finding/f1".into(),
            text: "Constat f1.".into(),
            status: crate::TextStatus::Reviewed,
            of: Some(crate::fingerprint("Finding f1.")),
        });
        let languages = translated_languages(&doc);
        assert_eq!(languages, ["fr"]);
        let comments = [
            comment("m1", CommentState::Open),
            comment("m2", CommentState::Accepted),
        ];
        let r = readiness(&Facts {
            languages: &languages,
            approval: ApprovalStatus::Stale,
            ..facts(&doc, &comments)
        });
        let gaps: Vec<(Gap, usize)> = r.gaps.iter().map(|g| (g.gap.clone(), g.count())).collect();
        // Every text but the translated finding: the name, two narratives, the source title.
        assert_eq!(
            gaps,
            [
                (Gap::OpenComments, 1),
                (Gap::Untranslated("fr".into()), 4),
                (Gap::StaleApproval, 1)
            ]
        );
        let untranslated = &r.gaps[1].concerned;
        assert!(!untranslated.contains(&Concerned::Text(TextRef::Finding("f1".into()))));
        assert!(untranslated.contains(&Concerned::Text(TextRef::JurisdictionName)));
    }

    #[test]
    fn every_gate_warns_but_publication_which_blocks_on_all_but_uncited_sources_and_translations() {
        let mut doc = ready();
        doc.answers[0].status = AnswerStatus::Draft;
        doc.sources.push(source("unused"));
        let comments = [comment("m1", CommentState::Open)];
        let r = readiness(&Facts {
            approval: ApprovalStatus::Stale,
            ..facts(&doc, &comments)
        });
        let at = |gate| -> Vec<(Severity, Gap)> {
            r.at(gate).map(|(s, g)| (s, g.gap.clone())).collect()
        };
        use Severity::{Blocks, Warns};
        assert_eq!(
            at(Gate::Share),
            [(Warns, Gap::AnswersDraft), (Warns, Gap::UncitedSources)]
        );
        assert_eq!(
            at(Gate::Approve),
            [
                (Warns, Gap::AnswersDraft),
                (Warns, Gap::UncitedSources),
                (Warns, Gap::OpenComments)
            ]
        );
        assert_eq!(
            at(Gate::Publish),
            [
                (Blocks, Gap::AnswersDraft),
                (Warns, Gap::UncitedSources),
                (Blocks, Gap::OpenComments),
                (Blocks, Gap::StaleApproval)
            ]
        );
        assert!(r.blockers(Gate::Share).is_empty() && r.blockers(Gate::Approve).is_empty());
        assert!(
            !r.overridable(Gate::Publish),
            "only a new approval lifts a stale one"
        );
        let fresh = readiness(&facts(&doc, &comments));
        assert_eq!(fresh.blockers(Gate::Publish).len(), 2);
        assert!(fresh.overridable(Gate::Publish));
    }

    #[test]
    fn stage_moves_pass_their_gates() {
        assert_eq!(Gate::of_move(Stage::DraftShared), Some(Gate::Share));
        assert_eq!(Gate::of_move(Stage::Consultation), Some(Gate::Share));
        assert_eq!(Gate::of_move(Stage::Validated), Some(Gate::Approve));
        assert_eq!(Gate::of_move(Stage::Published), Some(Gate::Publish));
        assert_eq!(Gate::of_move(Stage::DataCollection), None);
        assert_eq!(Gate::of_move(Stage::Correction), None);
    }

    #[test]
    fn every_gap_is_said_in_every_language() {
        let gaps = [
            Gap::AnswersNotStarted,
            Gap::AnswersDraft,
            Gap::AnswersToVerify,
            Gap::FindingsWithoutCitations,
            Gap::FindingsWithoutIndicators,
            Gap::SuggestionsNotReviewed,
            Gap::UncitedSources,
            Gap::FiguresWithoutSource,
            Gap::OpenComments,
            Gap::Untranslated("fr".into()),
            Gap::StaleApproval,
        ];
        for lang in Lang::ALL {
            let texts: BTreeSet<String> = gaps.iter().map(|g| g.text(lang, 3)).collect();
            assert_eq!(texts.len(), gaps.len(), "{lang}: two gaps said alike");
            for t in &texts {
                assert!(!t.starts_with('[') && !t.contains("{"), "{lang}: {t}");
            }
        }
        assert_eq!(Gap::AnswersDraft.text(Lang::En, 1), "1 answer is a draft");
        assert_eq!(Gap::AnswersDraft.text(Lang::En, 3), "3 answers are drafts");
    }
}

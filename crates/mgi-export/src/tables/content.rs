//! What the assessments say: domain summaries, answers, key findings and their footnotes.

use std::collections::BTreeMap;

use mgi_model::{
    Answer, AnswerStatus, AnswerValue, Confidence, DomainSummary, Finding, FindingKind,
};

use super::{Filled, Part, Published, assessment, parts, position, to_assessments};
use crate::dictionary::{Column, FieldType, ForeignKey, Table, joined, optional};

type SummaryRow<'a> = Part<'a, &'a DomainSummary>;

/// The summary of each domain of each assessment.
pub(crate) fn summaries<'a>(list: &'a [Published<'a>]) -> Filled<SummaryRow<'a>> {
    let table = Table {
        name: "summaries",
        title: "Domain summaries",
        description: "The summary paragraphs of each policy domain of each assessment.".into(),
        columns: vec![
            assessment(),
            domain_column(|r: &SummaryRow| r.item.domain.clone()),
            Column::new(
                "text",
                FieldType::String,
                "Text",
                "The summary; paragraphs are separated by blank lines.",
                |r: &SummaryRow| r.item.text.clone(),
            )
            .required(),
        ],
        primary_key: &["assessment", "domain"],
        foreign_keys: vec![to_assessments()],
    };
    (table, parts(list, |d| &d.summaries))
}

type AnswerRow<'a> = Part<'a, &'a Answer>;

/// The answer to each indicator of each assessment.
pub(crate) fn answers<'a>(list: &'a [Published<'a>]) -> Filled<AnswerRow<'a>> {
    let table = Table {
        name: "answers",
        title: "Answers",
        description: "The answer of each assessment to each indicator it answers. Evidence is \
                      in the citations table (owner_kind answer)."
            .into(),
        columns: vec![
            assessment(),
            Column::new(
                "indicator",
                FieldType::String,
                "Indicator",
                "ID of the indicator answered (a row of the indicators table for the \
                 assessment's framework set and version).",
                |r: &AnswerRow| r.item.indicator.clone(),
            )
            .required(),
            Column::new(
                "value",
                FieldType::String,
                "Answer",
                "Whether what the indicator asks about is present, partial, absent, not \
                 applicable in the jurisdiction, or unknown.",
                |r: &AnswerRow| r.item.value.as_str().to_owned(),
            )
            .required()
            .one_of(AnswerValue::ALL.iter().map(|v| v.as_str())),
            Column::new(
                "status",
                FieldType::String,
                "Status",
                "How far the answer went through research and review.",
                |r: &AnswerRow| r.item.status.as_str().to_owned(),
            )
            .required()
            .one_of(AnswerStatus::ALL.iter().map(|v| v.as_str())),
            Column::new(
                "confidence",
                FieldType::String,
                "Confidence",
                "The researchers' confidence in the answer, where they stated it.",
                |r: &AnswerRow| optional(r.item.confidence.map(Confidence::as_str)),
            )
            .one_of(Confidence::ALL.iter().map(|v| v.as_str())),
            Column::new(
                "narrative",
                FieldType::String,
                "Narrative",
                "The explanation of the answer as published.",
                |r: &AnswerRow| r.item.narrative.clone(),
            ),
        ],
        primary_key: &["assessment", "indicator"],
        foreign_keys: vec![to_assessments()],
    };
    (table, parts(list, |d| &d.answers))
}

type FindingRow<'a> = Part<'a, &'a Finding>;

/// The key findings of each assessment, numbered within their domain and kind.
pub(crate) fn findings<'a>(list: &'a [Published<'a>]) -> Filled<FindingRow<'a>> {
    let table = Table {
        name: "findings",
        title: "Key findings",
        description: "The key findings of each assessment: areas that are well developed and \
                      areas with potential for further development, by domain. Footnotes are in \
                      the footnotes table, evidence in the citations table (owner_kind finding)."
            .into(),
        columns: vec![
            assessment(),
            Column::new(
                "finding",
                FieldType::String,
                "Finding",
                "Key of the finding, stable within the assessment, e.g. rights-wd-1.",
                |r: &FindingRow| r.item.key.clone(),
            )
            .required(),
            domain_column(|r: &FindingRow| r.item.domain.clone()),
            Column::new(
                "kind",
                FieldType::String,
                "Kind",
                "well-developed, or potential (an area with potential for further development).",
                |r: &FindingRow| r.item.kind.as_str().to_owned(),
            )
            .required()
            .one_of(FindingKind::ALL.iter().map(|v| v.as_str())),
            position("Order of the finding among the findings of its domain and kind, from 1."),
            Column::new(
                "text",
                FieldType::String,
                "Text",
                "The finding as published.",
                |r: &FindingRow| r.item.text.clone(),
            )
            .required(),
            Column::new(
                "indicators",
                FieldType::String,
                "Indicators",
                "IDs of the indicators the finding speaks to, the main one first, separated \
                 by ';'.",
                |r: &FindingRow| joined(&r.item.indicators),
            ),
        ],
        primary_key: &["assessment", "finding"],
        foreign_keys: vec![to_assessments()],
    };
    let mut rows = parts(list, |d| &d.findings);
    let mut seen: BTreeMap<(&str, &str, &str), usize> = BTreeMap::new();
    for row in &mut rows {
        let n = seen
            .entry((row.assessment, &row.item.domain, row.item.kind.as_str()))
            .or_default();
        *n += 1;
        row.position = *n;
    }
    (table, rows)
}

/// A footnote of a finding.
pub(crate) struct Footnote<'a> {
    finding: &'a str,
    text: &'a str,
}

type FootnoteRow<'a> = Part<'a, Footnote<'a>>;

/// The footnotes of each finding, numbered within the finding.
pub(crate) fn footnotes<'a>(list: &'a [Published<'a>]) -> Filled<FootnoteRow<'a>> {
    let table = Table {
        name: "footnotes",
        title: "Footnotes of findings",
        description: "The footnotes attached to the key findings, in order.".into(),
        columns: vec![
            assessment(),
            Column::new(
                "finding",
                FieldType::String,
                "Finding",
                "Key of the finding the footnote belongs to (a row of the findings table).",
                |r: &FootnoteRow| r.item.finding.to_owned(),
            )
            .required(),
            position("Order of the footnote within its finding, from 1."),
            Column::new(
                "text",
                FieldType::String,
                "Text",
                "The footnote as published.",
                |r: &FootnoteRow| r.item.text.to_owned(),
            )
            .required(),
        ],
        primary_key: &["assessment", "finding", "position"],
        foreign_keys: vec![ForeignKey::new(
            &["assessment", "finding"],
            "findings",
            &["assessment", "finding"],
        )],
    };
    let rows = parts(list, |d| &d.findings)
        .into_iter()
        .flat_map(|f| {
            f.item
                .footnotes
                .iter()
                .enumerate()
                .map(move |(i, text)| Part {
                    assessment: f.assessment,
                    position: i + 1,
                    item: Footnote {
                        finding: &f.item.key,
                        text,
                    },
                })
        })
        .collect();
    (table, rows)
}

fn domain_column<R>(cell: fn(&R) -> String) -> Column<R> {
    Column::new(
        "domain",
        FieldType::String,
        "Domain",
        "Code of the policy domain, e.g. rights (see the indicators table).",
        cell,
    )
    .required()
}

type TranslationRow<'a> = Part<'a, (&'a mgi_model::Translation, bool)>;

/// The texts of each assessment in other languages than the one it is written in.
pub(crate) fn translations<'a>(list: &'a [Published<'a>]) -> Filled<TranslationRow<'a>> {
    let table = Table {
        name: "translations",
        title: "Translations",
        description: "Texts of the assessments in other languages than the one they are \
                      written in (the language is in the assessments table)."
            .into(),
        columns: vec![
            assessment(),
            Column::new(
                "lang",
                FieldType::String,
                "Language",
                "Language of the translation (a code: en, fr, es, ...).",
                |r: &TranslationRow| r.item.0.lang.clone(),
            )
            .required()
            .one_of(mgi_framework::LANGUAGES.iter().copied()),
            Column::new(
                "target",
                FieldType::String,
                "Text translated",
                "The text translated: finding/KEY, summary/DOMAIN, answer/INDICATOR, \
                 convention/INDICATOR, source/KEY/title, consultation/KEY/FIELD, \
                 jurisdiction/name.",
                |r: &TranslationRow| r.item.0.target.clone(),
            )
            .required(),
            Column::new(
                "status",
                FieldType::String,
                "Status",
                "draft (not checked by a second translator), reviewed, or official \
                 (validated with the profile).",
                |r: &TranslationRow| r.item.0.status.as_str().to_owned(),
            )
            .required()
            .one_of(mgi_model::TextStatus::ALL.iter().map(|s| s.as_str())),
            Column::new(
                "current",
                FieldType::Boolean,
                "Current",
                "false when the original was changed after it was translated (profiles then \
                 show the original).",
                |r: &TranslationRow| r.item.1.to_string(),
            )
            .required(),
            Column::new(
                "text",
                FieldType::String,
                "Text",
                "The translation.",
                |r: &TranslationRow| r.item.0.text.clone(),
            )
            .required(),
        ],
        primary_key: &["assessment", "lang", "target"],
        foreign_keys: vec![to_assessments()],
    };
    let rows = list
        .iter()
        .flat_map(|p| {
            let doc = &p.release.doc;
            doc.translations.iter().enumerate().map(move |(i, t)| {
                let current = t
                    .target
                    .parse::<mgi_model::TextRef>()
                    .ok()
                    .and_then(|r| doc.original(&r))
                    .is_some_and(|o| t.is_current(o));
                Part {
                    assessment: &p.id,
                    position: i + 1,
                    item: (t, current),
                }
            })
        })
        .collect();
    (table, rows)
}

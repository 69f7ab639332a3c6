//! The evidence: the source register, citations of sources by answers and findings, context
//! figures and convention ratifications.

use mgi_model::{Citation, ContextFigure, Convention, Sex, Source, SourceKind};

use super::{Filled, Part, Published, assessment, parts, position, to_assessments, to_sources};
use crate::dictionary::{Column, FieldType, Table, joined, optional};

type SourceRow<'a> = Part<'a, &'a Source>;

/// The source register of each assessment.
pub(crate) fn sources<'a>(list: &'a [Published<'a>]) -> Filled<SourceRow<'a>> {
    let table = Table {
        name: "sources",
        title: "Sources",
        description: "The source register of each assessment: laws, policies, agreements, \
                      reports and data the answers and findings cite."
            .into(),
        columns: vec![
            assessment(),
            source_column(
                "Key of the source, stable within the assessment, e.g. law-social-insurance.",
                |r: &SourceRow| r.item.key.clone(),
            ),
            Column::new(
                "issuer",
                FieldType::String,
                "Issuer",
                "Who issued the source: a government, an agency, an organisation.",
                |r: &SourceRow| r.item.issuer.clone(),
            )
            .required(),
            Column::new(
                "title",
                FieldType::String,
                "Title",
                "Title of the source.",
                |r: &SourceRow| r.item.title.clone(),
            )
            .required(),
            Column::new(
                "year",
                FieldType::Integer,
                "Year",
                "Year of issue; empty for an undated source.",
                |r: &SourceRow| optional(r.item.year),
            ),
            Column::new(
                "kind",
                FieldType::String,
                "Kind",
                "What the source is: law, regulation, policy, agreement, report, data, web \
                 page, or other.",
                |r: &SourceRow| r.item.kind.as_str().to_owned(),
            )
            .required()
            .one_of(SourceKind::ALL.iter().map(|v| v.as_str())),
            Column::new(
                "amended",
                FieldType::String,
                "Amended",
                "Years of amendments, oldest first, separated by ';'.",
                |r: &SourceRow| joined(&r.item.amended),
            )
            .pattern("[0-9]+(;[0-9]+)*"),
            Column::new(
                "url",
                FieldType::String,
                "URL",
                "Where the source can be read online.",
                |r: &SourceRow| optional(r.item.url.as_deref()),
            ),
            Column::new(
                "online",
                FieldType::Boolean,
                "Online",
                "false when the source is not available online.",
                |r: &SourceRow| r.item.online.to_string(),
            )
            .required(),
            Column::new(
                "language",
                FieldType::String,
                "Language",
                "BCP 47 language tag of the source, e.g. mn.",
                |r: &SourceRow| optional(r.item.language.as_deref()),
            ),
            Column::new(
                "note",
                FieldType::String,
                "Note",
                "What the bibliography entry adds after the title (place, date, report type).",
                |r: &SourceRow| optional(r.item.note.as_deref()),
            ),
        ],
        primary_key: &["assessment", "source"],
        foreign_keys: vec![to_assessments()],
    };
    (table, parts(list, |d| &d.sources))
}

/// What cites a source: an answer (by indicator) or a finding (by key).
pub(crate) struct Cited<'a> {
    owner_kind: &'static str,
    owner: &'a str,
    citation: &'a Citation,
}

const ANSWER: &str = "answer";
const FINDING: &str = "finding";

type CitationRow<'a> = Part<'a, Cited<'a>>;

/// Every citation of every answer and finding, numbered within its owner.
pub(crate) fn citations<'a>(list: &'a [Published<'a>]) -> Filled<CitationRow<'a>> {
    let table = Table {
        name: "citations",
        title: "Citations",
        description: "The sources each answer and each key finding cites, with the place in \
                      the source."
            .into(),
        columns: vec![
            assessment(),
            Column::new(
                "owner_kind",
                FieldType::String,
                "Cited by",
                "answer or finding: what cites the source.",
                |r: &CitationRow| r.item.owner_kind.to_owned(),
            )
            .required()
            .one_of([ANSWER, FINDING]),
            Column::new(
                "owner",
                FieldType::String,
                "Citing item",
                "For an answer, the ID of the indicator answered (answers table); for a \
                 finding, its key (findings table).",
                |r: &CitationRow| r.item.owner.to_owned(),
            )
            .required(),
            position("Order of the citation among those of its owner, from 1."),
            source_column(
                "Key of the source cited (a row of the sources table of the same assessment).",
                |r: &CitationRow| r.item.citation.source.clone(),
            ),
            Column::new(
                "pinpoint",
                FieldType::String,
                "Pinpoint",
                "Where in the source, e.g. Article 9.1.",
                |r: &CitationRow| optional(r.item.citation.pinpoint.as_deref()),
            ),
        ],
        primary_key: &["assessment", "owner_kind", "owner", "position"],
        foreign_keys: vec![to_assessments(), to_sources()],
    };
    let mut rows = Vec::new();
    for p in list {
        let doc = &p.release.doc;
        let owners = doc
            .answers
            .iter()
            .map(|a| (ANSWER, a.indicator.as_str(), &a.citations))
            .chain(
                doc.findings
                    .iter()
                    .map(|f| (FINDING, f.key.as_str(), &f.citations)),
            );
        for (owner_kind, owner, cited) in owners {
            rows.extend(cited.iter().enumerate().map(|(i, citation)| Part {
                assessment: &p.id,
                position: i + 1,
                item: Cited {
                    owner_kind,
                    owner,
                    citation,
                },
            }));
        }
    }
    (table, rows)
}

type FigureRow<'a> = Part<'a, &'a ContextFigure>;

/// The migration context figures of each assessment.
pub(crate) fn context_figures<'a>(list: &'a [Published<'a>]) -> Filled<FigureRow<'a>> {
    let table = Table {
        name: "context_figures",
        title: "Context figures",
        description: "Figures of the migration context each assessment reports (migrant \
                      stocks, shares, population, remittances), with their source."
            .into(),
        columns: vec![
            assessment(),
            position("Order of the figure within the assessment, from 1."),
            Column::new(
                "measure",
                FieldType::String,
                "Measure",
                "What is measured, as a code, e.g. immigrant-stock, immigrant-share, \
                 emigrant-stock, population, remittances-gdp.",
                |r: &FigureRow| r.item.measure.clone(),
            )
            .required(),
            Column::new(
                "value",
                FieldType::Number,
                "Value",
                "The figure, in the unit of the unit column.",
                |r: &FigureRow| r.item.value.to_string(),
            )
            .required(),
            Column::new(
                "unit",
                FieldType::String,
                "Unit",
                "Unit of the value, e.g. persons, percent, percentage-points.",
                |r: &FigureRow| r.item.unit.clone(),
            )
            .required(),
            Column::new(
                "year",
                FieldType::Integer,
                "Year",
                "Year the figure refers to.",
                |r: &FigureRow| r.item.year.to_string(),
            )
            .required(),
            Column::new(
                "sex",
                FieldType::String,
                "Sex",
                "Population the figure counts: total, male or female; empty when not broken \
                 down.",
                |r: &FigureRow| optional(r.item.sex.map(Sex::as_str)),
            )
            .one_of(Sex::ALL.iter().map(|v| v.as_str())),
            Column::new(
                "age_group",
                FieldType::String,
                "Age group",
                "Age group of the population counted, e.g. 20-64 or 65+; empty when not \
                 broken down.",
                |r: &FigureRow| optional(r.item.age_group.as_deref()),
            ),
            source_column(
                "Key of the source of the figure (a row of the sources table of the same \
                 assessment).",
                |r: &FigureRow| r.item.source.clone(),
            ),
        ],
        primary_key: &["assessment", "position"],
        foreign_keys: vec![to_assessments(), to_sources()],
    };
    (table, parts(list, |d| &d.context))
}

type ConventionRow<'a> = Part<'a, &'a Convention>;

/// Whether each jurisdiction ratified the international conventions the framework asks about.
pub(crate) fn conventions<'a>(list: &'a [Published<'a>]) -> Filled<ConventionRow<'a>> {
    let table = Table {
        name: "conventions",
        title: "Conventions",
        description: "Ratification of international conventions on migration, refugees, \
                      statelessness and migrant workers, as each assessment reports it."
            .into(),
        columns: vec![
            assessment(),
            position("Order of the convention within the assessment, from 1."),
            Column::new(
                "indicator",
                FieldType::String,
                "Indicator",
                "ID of the indicator that asks about the convention.",
                |r: &ConventionRow| r.item.indicator.clone(),
            )
            .required(),
            Column::new(
                "name",
                FieldType::String,
                "Convention",
                "Name of the convention in English.",
                |r: &ConventionRow| r.item.name.clone(),
            )
            .required(),
            Column::new(
                "ratified",
                FieldType::Boolean,
                "Ratified",
                "Whether the jurisdiction (or its country) ratified the convention.",
                |r: &ConventionRow| r.item.ratified.to_string(),
            )
            .required(),
            Column::new(
                "year",
                FieldType::Integer,
                "Year",
                "Year of ratification, where known.",
                |r: &ConventionRow| optional(r.item.year),
            ),
        ],
        primary_key: &["assessment", "position"],
        foreign_keys: vec![to_assessments()],
    };
    (table, parts(list, |d| &d.conventions))
}

fn source_column<R>(description: &'static str, cell: fn(&R) -> String) -> Column<R> {
    Column::new("source", FieldType::String, "Source", description, cell).required()
}

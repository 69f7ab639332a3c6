//! Who was assessed, when, and against which indicators: jurisdictions, framework sets,
//! assessments and the indicators of every set version in use.

use std::collections::BTreeMap;

use mgi_framework::{Domain, Framework, FrameworkSet, Indicator, RECONSTRUCTION_NOTICE, SubArea};
use mgi_model::{Jurisdiction, JurisdictionKind, M49_REGIONS};

use super::{Filled, Published};
use crate::ExportError;
use crate::dictionary::{Column, FieldType, ForeignKey, Table, joined};

/// One row per jurisdiction, ordered by code; a jurisdiction assessed in several rounds is
/// described as in its latest round.
pub(crate) fn jurisdictions<'a>(list: &'a [Published<'a>]) -> Filled<&'a Jurisdiction> {
    let mut latest: BTreeMap<&str, (i32, &Jurisdiction)> = BTreeMap::new();
    for p in list {
        let doc = &p.release.doc;
        let entry = latest
            .entry(doc.jurisdiction.code.as_str())
            .or_insert((doc.year, &doc.jurisdiction));
        if doc.year > entry.0 {
            *entry = (doc.year, &doc.jurisdiction);
        }
    }
    let table = Table {
        name: "jurisdictions",
        title: "Jurisdictions",
        description: "The countries and localities assessed.".into(),
        columns: vec![
            Column::new(
                "code",
                FieldType::String,
                "Jurisdiction code",
                "ISO 3166-1 alpha-3 code of a country (e.g. MNG); for a locality, the code of \
                 its country, a dash and a lowercase name (e.g. GHA-accra).",
                |j: &&Jurisdiction| j.code.clone(),
            )
            .required()
            .pattern("[A-Z]{3}(-[a-z0-9-]+)?"),
            Column::new(
                "kind",
                FieldType::String,
                "Kind",
                "country, or locality (a city or province assessed with the local indicators).",
                |j: &&Jurisdiction| j.kind.as_str().to_owned(),
            )
            .required()
            .one_of([JurisdictionKind::Country, JurisdictionKind::Locality].map(|k| k.as_str())),
            Column::new(
                "name",
                FieldType::String,
                "Name",
                "Name of the jurisdiction in English.",
                |j: &&Jurisdiction| j.name.clone(),
            )
            .required(),
            Column::new(
                "region",
                FieldType::String,
                "Region",
                "UN M49 region of the jurisdiction (of its country, for a locality).",
                |j: &&Jurisdiction| j.region.clone(),
            )
            .one_of(M49_REGIONS),
            Column::new(
                "subregion",
                FieldType::String,
                "Sub-region",
                "UN M49 sub-region, e.g. Eastern Asia.",
                |j: &&Jurisdiction| j.subregion.clone().unwrap_or_default(),
            ),
        ],
        primary_key: &["code"],
        foreign_keys: Vec::new(),
    };
    (table, latest.into_values().map(|(_, j)| j).collect())
}

/// One row per framework set version in use.
pub(crate) fn framework_sets<'a>(sets: &[&'a FrameworkSet]) -> Filled<&'a FrameworkSet> {
    let table = Table {
        name: "framework_sets",
        title: "Framework set versions",
        description: "The versions of the indicator sets the assessments answer.".into(),
        columns: vec![
            set_column(|s: &&FrameworkSet| s.id.clone()),
            version_column(|s: &&FrameworkSet| s.version.to_string()),
            Column::new(
                "title",
                FieldType::String,
                "Title",
                "Title of the set in English.",
                |s: &&FrameworkSet| s.title.en().to_owned(),
            ),
            Column::new(
                "notice",
                FieldType::String,
                "Notice",
                "What readers of the indicator texts of this set must know, in English.",
                |s: &&FrameworkSet| s.notice.en().to_owned(),
            ),
        ],
        primary_key: &["framework_set", "framework_version"],
        foreign_keys: Vec::new(),
    };
    (table, sets.to_vec())
}

/// One row per assessment, in the order of the releases.
pub(crate) fn assessments<'a>(list: &'a [Published<'a>]) -> Filled<&'a Published<'a>> {
    let table = Table {
        name: "assessments",
        title: "Assessments",
        description: "One published assessment per row: a jurisdiction in a round year, as \
                      published in the given revision."
            .into(),
        columns: vec![
            Column::new(
                "assessment",
                FieldType::String,
                "Assessment",
                "Identifier of the assessment: jurisdiction code and round year, e.g. MNG-2023.",
                |p: &&Published| p.id.clone(),
            )
            .required(),
            Column::new(
                "jurisdiction",
                FieldType::String,
                "Jurisdiction",
                "Code of the jurisdiction assessed (a row of the jurisdictions table).",
                |p: &&Published| p.release.doc.jurisdiction.code.clone(),
            )
            .required(),
            Column::new(
                "year",
                FieldType::Integer,
                "Round year",
                "The year the assessment speaks for.",
                |p: &&Published| p.release.doc.year.to_string(),
            )
            .required(),
            Column::new(
                "language",
                FieldType::String,
                "Language",
                "The language the assessment's texts are written in (a code: en, fr, es, ...); \
                 texts in other languages are in the translations table.",
                |p: &&Published| p.release.doc.language.clone(),
            )
            .required(),
            set_column(|p: &&Published| p.release.doc.framework.set.clone()),
            version_column(|p: &&Published| p.release.doc.framework.version.to_string()),
            Column::new(
                "revision",
                FieldType::Integer,
                "Revision",
                "Publication revision: 1 for the first publication, one more for each \
                 published correction.",
                |p: &&Published| p.release.revision.to_string(),
            )
            .required(),
            Column::new(
                "published",
                FieldType::Datetime,
                "Published",
                "When this revision was published (RFC 3339).",
                |p: &&Published| p.release.published.clone(),
            )
            .required(),
        ],
        primary_key: &["assessment"],
        foreign_keys: vec![
            ForeignKey::new(&["jurisdiction"], "jurisdictions", &["code"]),
            to_framework_sets(),
        ],
    };
    (table, list.iter().collect())
}

/// An indicator where a set version places it.
pub(crate) struct Placed<'a> {
    set: &'a FrameworkSet,
    domain: &'a Domain,
    subarea: &'a SubArea,
    indicator: &'a Indicator,
}

/// The indicators of every set version in use, in the order of each set.
pub(crate) fn indicators<'a>(
    framework: &'a Framework,
    sets: &[&'a FrameworkSet],
) -> Result<Filled<Placed<'a>>, ExportError> {
    let mut rows = Vec::new();
    for &set in sets {
        for domain in &set.domains {
            for subarea in &domain.subareas {
                for id in &subarea.indicators {
                    let indicator =
                        framework
                            .indicator(id)
                            .ok_or_else(|| ExportError::UnknownIndicator {
                                set: set.id.clone(),
                                version: set.version,
                                indicator: id.clone(),
                            })?;
                    rows.push(Placed {
                        set,
                        domain,
                        subarea,
                        indicator,
                    });
                }
            }
        }
    }
    let table = Table {
        name: "indicators",
        title: "Indicators",
        description: format!(
            "The indicators of every framework set version the assessments use, where each \
             version places them. {RECONSTRUCTION_NOTICE}"
        ),
        columns: vec![
            set_column(|r: &Placed| r.set.id.clone()),
            version_column(|r: &Placed| r.set.version.to_string()),
            Column::new(
                "domain",
                FieldType::String,
                "Domain",
                "Code of the policy domain the set version places the indicator in, e.g. rights.",
                |r: &Placed| r.domain.id.clone(),
            )
            .required(),
            Column::new(
                "domain_number",
                FieldType::Integer,
                "Domain number",
                "Number of the domain (1 to 6 in the MGI).",
                |r: &Placed| r.domain.number.to_string(),
            )
            .required(),
            Column::new(
                "subarea",
                FieldType::String,
                "Sub-area",
                "Code of the sub-area within the domain, e.g. rights.services.",
                |r: &Placed| r.subarea.id.clone(),
            )
            .required(),
            Column::new(
                "indicator",
                FieldType::String,
                "Indicator",
                "Stable indicator ID, the same in every set version that keeps the indicator.",
                |r: &Placed| r.indicator.id.clone(),
            )
            .required(),
            Column::new(
                "name",
                FieldType::String,
                "Name",
                "A short name of the indicator, in English, unique within its set version.",
                |r: &Placed| r.indicator.name.en().to_owned(),
            )
            .required(),
            Column::new(
                "question",
                FieldType::String,
                "Question",
                "The question the indicator asks, in English.",
                |r: &Placed| r.indicator.question.en().to_owned(),
            )
            .required(),
            Column::new(
                "gcm_objectives",
                FieldType::String,
                "GCM objectives",
                "Numbers of the Global Compact for Migration objectives the indicator relates \
                 to, separated by ';'.",
                |r: &Placed| joined(&r.indicator.gcm),
            )
            .pattern("[0-9]+(;[0-9]+)*"),
            Column::new(
                "sdg_subcategories",
                FieldType::String,
                "SDG 10.7.2 sub-categories",
                "IDs of the SDG indicator 10.7.2 sub-categories the indicator informs (e.g. 1a), \
                 separated by ';'.",
                |r: &Placed| joined(&r.indicator.sdg),
            ),
        ],
        primary_key: &["framework_set", "framework_version", "indicator"],
        foreign_keys: vec![to_framework_sets()],
    };
    Ok((table, rows))
}

fn set_column<R>(cell: fn(&R) -> String) -> Column<R> {
    Column::new(
        "framework_set",
        FieldType::String,
        "Framework set",
        "ID of the indicator set, e.g. mgi-national.",
        cell,
    )
    .required()
}

fn version_column<R>(cell: fn(&R) -> String) -> Column<R> {
    Column::new(
        "framework_version",
        FieldType::String,
        "Framework version",
        "Version of the indicator set: a release number, then after a dot the number of a \
         correction when there is one (1, 1.1).",
        cell,
    )
    .required()
}

fn to_framework_sets() -> ForeignKey {
    ForeignKey::new(
        &["framework_set", "framework_version"],
        "framework_sets",
        &["framework_set", "framework_version"],
    )
}

//! The tables of the data package: each function declares a table (see [`crate::dictionary`])
//! and returns it with its rows.

mod content;
mod evidence;
mod reference;

pub(crate) use content::{answers, findings, footnotes, summaries, translations};
pub(crate) use evidence::{citations, context_figures, conventions, sources};
pub(crate) use reference::{assessments, framework_sets, indicators, jurisdictions};

use crate::Release;
use crate::dictionary::{Column, FieldType, ForeignKey, Table};

/// A table with the rows to write into it.
pub(crate) type Filled<R> = (Table<R>, Vec<R>);

/// A release with the identifier its rows carry: `<jurisdiction code>-<year>`.
pub(crate) struct Published<'a> {
    pub id: String,
    pub release: &'a Release,
}

impl Published<'_> {
    pub(crate) fn id_of(doc: &mgi_model::AssessmentDoc) -> String {
        format!("{}-{}", doc.jurisdiction.code, doc.year)
    }
}

/// A row that belongs to one assessment: the assessment, the item's 1-based position among its
/// siblings (in the order of the document), the item.
pub(crate) struct Part<'a, T> {
    pub assessment: &'a str,
    pub position: usize,
    pub item: T,
}

/// One row per item of each assessment, numbered within the assessment.
fn parts<'a, T: 'a>(
    list: &'a [Published<'a>],
    items: impl Fn(&'a mgi_model::AssessmentDoc) -> &'a [T],
) -> Vec<Part<'a, &'a T>> {
    list.iter()
        .flat_map(|p| {
            items(&p.release.doc)
                .iter()
                .enumerate()
                .map(|(i, item)| Part {
                    assessment: &p.id,
                    position: i + 1,
                    item,
                })
        })
        .collect()
}

/// The column naming the assessment a row belongs to.
fn assessment<'a, T>() -> Column<Part<'a, T>> {
    Column::new(
        "assessment",
        FieldType::String,
        "Assessment",
        "The assessment the row belongs to: jurisdiction code and round year, e.g. MNG-2023 \
         (a row of the assessments table).",
        |r: &Part<'a, T>| r.assessment.to_owned(),
    )
    .required()
}

/// The column numbering a row among its siblings.
fn position<'a, T>(description: &'static str) -> Column<Part<'a, T>> {
    Column::new(
        "position",
        FieldType::Integer,
        "Position",
        description,
        |r: &Part<'a, T>| r.position.to_string(),
    )
    .required()
}

/// The reference from a table's `assessment` column to the assessments table.
fn to_assessments() -> ForeignKey {
    ForeignKey::new(&["assessment"], "assessments", &["assessment"])
}

/// The reference from a table's `source` column to the source register of its assessment.
fn to_sources() -> ForeignKey {
    ForeignKey::new(
        &["assessment", "source"],
        "sources",
        &["assessment", "source"],
    )
}

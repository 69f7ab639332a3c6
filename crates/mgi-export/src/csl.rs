//! The source register as CSL-JSON, the format reference managers (Zotero, Mendeley, pandoc)
//! import. `serde_json::to_string(&csl_items(&doc))` gives the CSL-JSON array.

use mgi_model::{AssessmentDoc, Source, SourceKind};
use serde::Serialize;

/// One bibliographic item of CSL-JSON (CSL 1.0.2 input data).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CslItem {
    /// `<jurisdiction code>-<year>-<source key>`, unique across assessments.
    pub id: String,
    /// The CSL item type, e.g. `legislation`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    /// The issuer, as an institutional (literal) name; empty when the source names none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub author: Vec<CslName>,
    /// The year of issue; absent for undated sources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<CslDate>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The jurisdiction a law or regulation belongs to (its English name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
    /// The register's note, the amendment years and whether the source is offline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A name in CSL-JSON; sources are issued by institutions, written as literal names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CslName {
    pub literal: String,
}

/// A date in CSL-JSON's structured form: `{"date-parts": [[year]]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CslDate {
    #[serde(rename = "date-parts")]
    pub date_parts: Vec<Vec<i32>>,
}

/// The source register of an assessment as CSL-JSON items, in the register's order.
pub fn csl_items(doc: &AssessmentDoc) -> Vec<CslItem> {
    doc.sources.iter().map(|source| item(doc, source)).collect()
}

fn item(doc: &AssessmentDoc, source: &Source) -> CslItem {
    let legal = matches!(source.kind, SourceKind::Law | SourceKind::Regulation);
    CslItem {
        id: format!("{}-{}-{}", doc.jurisdiction.code, doc.year, source.key),
        kind: csl_type(source.kind),
        title: source.title.clone(),
        author: Some(source.issuer.trim())
            .filter(|issuer| !issuer.is_empty())
            .map(|issuer| CslName {
                literal: issuer.to_owned(),
            })
            .into_iter()
            .collect(),
        issued: source.year.map(|year| CslDate {
            date_parts: vec![vec![year]],
        }),
        url: source.url.clone(),
        language: source.language.clone(),
        jurisdiction: legal.then(|| doc.jurisdiction.name.clone()),
        note: note(source),
    }
}

/// The CSL item type of a kind of source.
fn csl_type(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Law => "legislation",
        SourceKind::Regulation => "regulation",
        SourceKind::Agreement => "treaty",
        SourceKind::Policy | SourceKind::Other => "document",
        SourceKind::Report => "report",
        SourceKind::Data => "dataset",
        SourceKind::Web => "webpage",
    }
}

/// The register's own note, then "Amended 2019, 2021", then "Not available online", as
/// sentences.
fn note(source: &Source) -> Option<String> {
    let own = source
        .note
        .as_deref()
        .map(|n| n.trim().trim_end_matches('.').to_owned())
        .filter(|n| !n.is_empty());
    let amended = (!source.amended.is_empty()).then(|| {
        let years: Vec<String> = source.amended.iter().map(i32::to_string).collect();
        format!("Amended {}", years.join(", "))
    });
    let offline = (!source.online).then(|| "Not available online".to_owned());
    let parts: Vec<String> = [own, amended, offline].into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(". "))
}

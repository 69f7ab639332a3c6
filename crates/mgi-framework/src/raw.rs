//! The on-disk shapes of the framework files, as written by people. Identifiers keep their
//! position so that later checks can name the line.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::Text;
use crate::types::Level;

pub(crate) type Id = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GcmFile {
    pub notice: Text,
    pub objectives: Vec<RawObjective>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawObjective {
    pub number: Spanned<u8>,
    pub short: Text,
    pub title: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SdgFile {
    pub notice: Text,
    pub answer_values: BTreeMap<String, f64>,
    pub categories: Vec<RawCategory>,
    pub domains: Vec<RawSdgDomain>,
    pub subcategories: Vec<RawSubcategory>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCategory {
    pub id: Spanned<u8>,
    pub min: f64,
    pub label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSdgDomain {
    pub number: Spanned<u8>,
    pub mgi_domain: Id,
    pub name: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSubcategory {
    pub id: Id,
    pub domain: u8,
    pub label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CatalogueFile {
    pub indicators: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIndicator {
    pub id: Id,
    pub level: Level,
    pub question: Text,
    pub guidance: Text,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub gcm: Vec<Spanned<u8>>,
    #[serde(default)]
    pub sdg: Vec<Id>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SetFile {
    pub id: Id,
    pub version: u32,
    pub level: Level,
    pub title: Text,
    pub notice: Text,
    pub domains: Vec<RawDomain>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDomain {
    pub id: Id,
    pub number: u8,
    pub name: Text,
    pub principle: Text,
    pub subareas: Vec<RawSubArea>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSubArea {
    pub id: Id,
    pub name: Text,
    pub indicators: Vec<Id>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CrosswalkFile {
    pub from: RawSetKey,
    pub to: RawSetKey,
    pub changes: Vec<RawChange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSetKey {
    pub set: Id,
    pub version: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChange {
    pub kind: Spanned<crate::types::ChangeKind>,
    pub id: Option<Id>,
    #[serde(default)]
    pub from: Vec<Id>,
    #[serde(default)]
    pub to: Vec<Id>,
    pub note: Option<Text>,
}

//! The on-disk shapes of the framework files, as written by people. Identifiers keep their
//! position so that later checks can name the line.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::text::Entries;
use crate::types::Level;

pub(crate) type Id = Spanned<String>;

/// A text as written: its entries keep their place, so that a bad language code or status can be
/// named with its line.
pub(crate) type RawText = Entries<Spanned<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GcmFile {
    pub notice: RawText,
    pub objectives: Vec<RawObjective>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawObjective {
    pub number: Spanned<u8>,
    pub short: RawText,
    pub title: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SdgFile {
    pub notice: RawText,
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
    pub label: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSdgDomain {
    pub number: Spanned<u8>,
    pub mgi_domain: Id,
    pub name: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSubcategory {
    pub id: Id,
    pub domain: u8,
    pub label: RawText,
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
    /// Required as `question` is, but read when missing so that the loader can name every
    /// indicator without one (with its id and line) rather than stop at the first.
    #[serde(default)]
    pub name: RawText,
    pub question: RawText,
    pub guidance: RawText,
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
    pub version: crate::Version,
    pub level: Level,
    pub title: RawText,
    pub notice: RawText,
    pub domains: Vec<RawDomain>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDomain {
    pub id: Id,
    pub number: u8,
    pub name: RawText,
    pub principle: RawText,
    pub subareas: Vec<RawSubArea>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSubArea {
    pub id: Id,
    pub name: RawText,
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
    pub version: crate::Version,
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
    pub note: Option<RawText>,
}

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Text, Version};

/// Where an indicator applies, or what a set assesses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    National,
    Local,
    Both,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Local => "local",
            Level::Both => "both",
        }
    }

    /// Whether an indicator of this level may sit in a set of level `set`.
    pub fn fits(self, set: Level) -> bool {
        self == Level::Both || self == set
    }
}

/// One indicator of the catalogue: stable ID, texts and mappings, independent of its placement.
#[derive(Debug, Clone, Serialize)]
pub struct Indicator {
    pub id: String,
    pub level: Level,
    /// A short name for lists, titles and tables ("ILO Convention No. 97 (Migration for
    /// Employment)"): a noun phrase, unique among the names of every set that places the
    /// indicator, in each language.
    pub name: Text,
    pub question: Text,
    pub guidance: Text,
    pub keywords: Vec<String>,
    pub gcm: Vec<u8>,
    pub sdg: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubArea {
    pub id: String,
    pub name: Text,
    pub indicators: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Domain {
    pub id: String,
    pub number: u8,
    pub name: Text,
    pub principle: Text,
    pub subareas: Vec<SubArea>,
}

impl Domain {
    pub fn indicator_ids(&self) -> impl Iterator<Item = &str> {
        self.subareas
            .iter()
            .flat_map(|s| s.indicators.iter().map(String::as_str))
    }
}

/// A framework set at one version: which indicators it has and where they sit.
#[derive(Debug, Clone, Serialize)]
pub struct FrameworkSet {
    pub id: String,
    pub version: Version,
    pub level: Level,
    pub title: Text,
    pub notice: Text,
    pub domains: Vec<Domain>,
}

impl FrameworkSet {
    pub fn key(&self) -> SetKey {
        SetKey {
            set: self.id.clone(),
            version: self.version,
        }
    }

    pub fn indicator_ids(&self) -> impl Iterator<Item = &str> {
        self.domains.iter().flat_map(Domain::indicator_ids)
    }

    pub fn contains(&self, indicator: &str) -> bool {
        self.indicator_ids().any(|i| i == indicator)
    }

    /// The domain an indicator sits in, in this version.
    pub fn domain_of(&self, indicator: &str) -> Option<&Domain> {
        self.domains
            .iter()
            .find(|d| d.indicator_ids().any(|i| i == indicator))
    }

    pub fn domain(&self, id: &str) -> Option<&Domain> {
        self.domains.iter().find(|d| d.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SetKey {
    pub set: String,
    pub version: Version,
}

impl std::fmt::Display for SetKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} v{}", self.set, self.version)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct GcmObjective {
    pub number: u8,
    pub short: Text,
    pub title: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct SdgCategory {
    pub id: u8,
    pub min: f64,
    pub label: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct SdgDomain {
    pub number: u8,
    pub mgi_domain: String,
    pub name: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct SdgSubcategory {
    pub id: String,
    pub domain: u8,
    pub label: Text,
}

/// SDG 10.7.2 sub-categories with the values and cut-offs used for the indicative crosswalk.
#[derive(Debug, Clone, Serialize)]
pub struct SdgConfig {
    pub notice: Text,
    pub answer_values: BTreeMap<String, f64>,
    /// Sorted by `min`, ascending.
    pub categories: Vec<SdgCategory>,
    pub domains: Vec<SdgDomain>,
    pub subcategories: Vec<SdgSubcategory>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Moved,
    Split,
    Merged,
    Added,
    Retired,
}

impl ChangeKind {
    /// The kind as written in a crosswalk file: `moved`, `split`, `merged`, `added`, `retired`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Moved => "moved",
            ChangeKind::Split => "split",
            ChangeKind::Merged => "merged",
            ChangeKind::Added => "added",
            ChangeKind::Retired => "retired",
        }
    }
}

/// One change between two versions: `from` are IDs of the old version, `to` of the new one.
#[derive(Debug, Clone, Serialize)]
pub struct CrosswalkChange {
    pub kind: ChangeKind,
    pub from: Vec<String>,
    pub to: Vec<String>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Crosswalk {
    pub from: SetKey,
    pub to: SetKey,
    pub changes: Vec<CrosswalkChange>,
}

/// Everything under `framework/`, checked.
#[derive(Debug, Clone, Serialize)]
pub struct Framework {
    pub indicators: BTreeMap<String, Indicator>,
    /// Sorted by set id, then version.
    pub sets: Vec<FrameworkSet>,
    pub gcm: Vec<GcmObjective>,
    /// The notice of `gcm.yaml` (objective titles are paraphrased).
    pub gcm_notice: Text,
    pub sdg: SdgConfig,
    pub crosswalks: Vec<Crosswalk>,
}

impl Framework {
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.get(id)
    }

    /// How readers see an indicator: its short name in `lang` (English when it has none in
    /// that language); its ID when no version of the framework knows it.
    pub fn indicator_name<'a>(&'a self, id: &'a str, lang: &str) -> &'a str {
        self.indicator(id).map_or(id, |i| i.name.resolve(lang).0)
    }

    pub fn set(&self, id: &str, version: impl Into<Version>) -> Option<&FrameworkSet> {
        let version = version.into();
        self.sets
            .iter()
            .find(|s| s.id == id && s.version == version)
    }

    /// The newest version of a set.
    pub fn latest(&self, id: &str) -> Option<&FrameworkSet> {
        self.sets
            .iter()
            .filter(|s| s.id == id)
            .max_by_key(|s| s.version)
    }

    /// The newest version of the set that assesses `level` (national or local).
    pub fn latest_for_level(&self, level: Level) -> Option<&FrameworkSet> {
        self.sets
            .iter()
            .filter(|s| s.level == level)
            .max_by_key(|s| s.version)
    }

    pub fn crosswalk(&self, from: &SetKey, to: &SetKey) -> Option<&Crosswalk> {
        self.crosswalks
            .iter()
            .find(|c| &c.from == from && &c.to == to)
    }
}

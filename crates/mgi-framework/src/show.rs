//! The framework tree as `mgi framework show --json` prints it.

use serde::Serialize;

use crate::{Framework, RECONSTRUCTION_NOTICE};

#[derive(Debug, Serialize)]
pub struct ShowTree {
    pub notice: &'static str,
    pub frameworks: Vec<ShowFramework>,
}

#[derive(Debug, Serialize)]
pub struct ShowFramework {
    pub id: String,
    pub version: crate::Version,
    pub level: &'static str,
    pub title: String,
    pub domains: Vec<ShowDomain>,
}

#[derive(Debug, Serialize)]
pub struct ShowDomain {
    pub id: String,
    pub number: u8,
    pub name: String,
    pub principle: String,
    pub indicators: Vec<ShowIndicator>,
}

#[derive(Debug, Serialize)]
pub struct ShowIndicator {
    pub id: String,
    pub subarea: String,
    pub level: &'static str,
    pub name: String,
    pub question: String,
    pub gcm: Vec<u8>,
    pub sdg: Vec<String>,
}

impl Framework {
    /// The tree of every set, with texts in `lang` (English where a text has no translation).
    pub fn tree(&self, lang: &str) -> ShowTree {
        ShowTree {
            notice: RECONSTRUCTION_NOTICE,
            frameworks: self
                .sets
                .iter()
                .map(|set| ShowFramework {
                    id: set.id.clone(),
                    version: set.version,
                    level: set.level.as_str(),
                    title: set.title.get(lang).to_owned(),
                    domains: set
                        .domains
                        .iter()
                        .map(|d| ShowDomain {
                            id: d.id.clone(),
                            number: d.number,
                            name: d.name.get(lang).to_owned(),
                            principle: d.principle.get(lang).to_owned(),
                            indicators: d
                                .subareas
                                .iter()
                                .flat_map(|s| s.indicators.iter().map(move |i| (s, i)))
                                .filter_map(|(s, i)| self.indicators.get(i).map(|ind| (s, ind)))
                                .map(|(s, ind)| ShowIndicator {
                                    id: ind.id.clone(),
                                    subarea: s.id.clone(),
                                    level: ind.level.as_str(),
                                    name: ind.name.get(lang).to_owned(),
                                    question: ind.question.get(lang).to_owned(),
                                    gcm: ind.gcm.clone(),
                                    sdg: ind.sdg.clone(),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

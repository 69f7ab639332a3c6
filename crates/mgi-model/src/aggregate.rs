//! Aggregate views over published assessments, never a ranking: how many jurisdictions answer
//! what on the indicators mapped to each GCM objective, and an indicative SDG 10.7.2 value per
//! domain computed from one assessment's answers with the configured values and cut-offs.

use std::collections::BTreeMap;

use mgi_framework::{Framework, Level};
use serde::Serialize;

use crate::AnswerValue;

/// The label every SDG 10.7.2 figure computed here carries.
pub const SDG_INDICATIVE: &str = "Indicative, not the official SDG 10.7.2 figure";

/// How many jurisdictions of one region gave `value` on `indicator` (one row of the store's
/// aggregate query).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerTally {
    pub region: String,
    pub indicator: String,
    pub value: AnswerValue,
    pub count: u64,
}

/// Answers per value; "not applicable" is left out of every count and share.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub present: u64,
    pub partial: u64,
    pub absent: u64,
    pub unknown: u64,
}

impl Counts {
    fn add(&mut self, value: AnswerValue, n: u64) {
        match value {
            AnswerValue::Present => self.present += n,
            AnswerValue::Partial => self.partial += n,
            AnswerValue::Absent => self.absent += n,
            AnswerValue::Unknown => self.unknown += n,
            AnswerValue::NotApplicable => {}
        }
    }

    fn merge(&mut self, other: &Counts) {
        self.present += other.present;
        self.partial += other.partial;
        self.absent += other.absent;
        self.unknown += other.unknown;
    }

    pub fn total(&self) -> u64 {
        self.present + self.partial + self.absent + self.unknown
    }

    /// The values counted, in scale order, with their number.
    pub fn by_value(&self) -> [(AnswerValue, u64); 4] {
        [
            (AnswerValue::Present, self.present),
            (AnswerValue::Partial, self.partial),
            (AnswerValue::Absent, self.absent),
            (AnswerValue::Unknown, self.unknown),
        ]
    }

    /// The share of `n` in the total, in percent (0 when nothing is counted).
    pub fn share(&self, n: u64) -> f64 {
        match self.total() {
            0 => 0.0,
            t => n as f64 * 100.0 / t as f64,
        }
    }
}

/// Counts over all jurisdictions and per region.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RegionalCounts {
    pub global: Counts,
    pub regions: BTreeMap<String, Counts>,
}

impl RegionalCounts {
    fn add(&mut self, region: &str, value: AnswerValue, n: u64) {
        self.global.add(value, n);
        self.regions
            .entry(region.to_owned())
            .or_default()
            .add(value, n);
    }

    fn merge(&mut self, other: &RegionalCounts) {
        self.global.merge(&other.global);
        for (r, c) in &other.regions {
            self.regions.entry(r.clone()).or_default().merge(c);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GcmIndicator {
    pub indicator: String,
    pub counts: RegionalCounts,
}

/// One GCM objective: its mapped indicators with their counts, and the counts of all their
/// answers together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GcmObjectiveView {
    pub number: u8,
    pub title: String,
    pub counts: RegionalCounts,
    pub indicators: Vec<GcmIndicator>,
}

/// The GCM view of one level (countries or localities).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GcmView {
    pub level: Level,
    /// Jurisdictions counted (their latest published round), per region.
    pub jurisdictions: BTreeMap<String, u64>,
    pub objectives: Vec<GcmObjectiveView>,
}

/// The GCM view from answer tallies of the latest published round of each jurisdiction of
/// `level`. Only indicators of the newest set of that level count.
pub fn gcm_view(
    framework: &Framework,
    level: Level,
    jurisdictions: BTreeMap<String, u64>,
    tallies: &[AnswerTally],
) -> GcmView {
    let set = framework.latest_for_level(level);
    let mut per_indicator: BTreeMap<&str, RegionalCounts> = BTreeMap::new();
    for t in tallies {
        per_indicator
            .entry(t.indicator.as_str())
            .or_default()
            .add(&t.region, t.value, t.count);
    }
    let objectives = framework
        .gcm
        .iter()
        .map(|o| {
            let indicators: Vec<GcmIndicator> = set
                .into_iter()
                .flat_map(|s| s.indicator_ids())
                .filter(|id| {
                    framework
                        .indicator(id)
                        .is_some_and(|i| i.gcm.contains(&o.number))
                })
                .map(|id| GcmIndicator {
                    indicator: id.to_owned(),
                    counts: per_indicator.get(id).cloned().unwrap_or_default(),
                })
                .collect();
            let mut counts = RegionalCounts::default();
            for i in &indicators {
                counts.merge(&i.counts);
            }
            GcmObjectiveView {
                number: o.number,
                title: o.title.en().to_owned(),
                counts,
                indicators,
            }
        })
        .collect();
    GcmView {
        level,
        jurisdictions,
        objectives,
    }
}

/// The indicative SDG 10.7.2 reading of one domain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SdgDomainReading {
    pub number: u8,
    pub name: String,
    /// Sub-category id and value (0 to 1); `None` when no mapped indicator has an answer on the
    /// scale.
    pub subcategories: Vec<(String, Option<f64>)>,
    /// Sum of the sub-category values / their number × 100; `None` unless every sub-category
    /// has a value.
    pub value: Option<f64>,
    /// The highest configured category whose minimum the value reaches.
    pub category: Option<String>,
}

/// The indicative SDG 10.7.2 readings of one assessment, from `answer(indicator)`. A
/// sub-category's value is the mean of the configured values of the answers on its mapped
/// indicators (unknown and not applicable do not count).
pub fn sdg_readings(
    framework: &Framework,
    answer: impl Fn(&str) -> Option<AnswerValue>,
) -> Vec<SdgDomainReading> {
    let sdg = &framework.sdg;
    sdg.domains
        .iter()
        .map(|d| {
            let subcategories: Vec<(String, Option<f64>)> = sdg
                .subcategories
                .iter()
                .filter(|s| s.domain == d.number)
                .map(|s| {
                    let values: Vec<f64> = framework
                        .indicators
                        .values()
                        .filter(|i| i.sdg.contains(&s.id))
                        .filter_map(|i| answer(&i.id))
                        .filter_map(|v| sdg.answer_values.get(v.as_str()).copied())
                        .collect();
                    let mean = (!values.is_empty())
                        .then(|| values.iter().sum::<f64>() / values.len() as f64);
                    (s.id.clone(), mean)
                })
                .collect();
            let value = subcategories
                .iter()
                .map(|(_, v)| *v)
                .collect::<Option<Vec<f64>>>()
                .filter(|v| !v.is_empty())
                .map(|v| v.iter().sum::<f64>() / v.len() as f64 * 100.0);
            let category = value.and_then(|v| {
                sdg.categories
                    .iter()
                    .rev()
                    .find(|c| v + 1e-9 >= c.min)
                    .map(|c| c.label.en().to_owned())
            });
            SdgDomainReading {
                number: d.number,
                name: d.name.en().to_owned(),
                subcategories,
                value,
                category,
            }
        })
        .collect()
}

//! Priorities: what a consultation decided to act on, as records followed until done or
//! dropped, across rounds.
//!
//! A priority set at a consultation of the round takes its wording from that recommendation
//! (`recommendation`), so the words are kept once; one carried into a later round, or set
//! outside a consultation, has its own `text`. It names the findings and indicators it answers,
//! the institutions responsible, an optional target date, and a status with dated progress
//! notes that may cite sources of the register.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{AssessmentDoc, Citation};

/// A priority set at a consultation (or later), followed until done or dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    /// Stable across rounds, e.g. `national-strategy`.
    pub key: String,
    /// The recommendation of a consultation of this round whose words the priority takes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<RecommendationRef>,
    /// The priority in words, when it does not take a recommendation's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Keys of the findings it answers.
    #[serde(default)]
    pub findings: Vec<String>,
    /// IDs of the indicators it answers.
    #[serde(default)]
    pub indicators: Vec<String>,
    /// The institutions responsible, by name.
    #[serde(default)]
    pub institutions: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<NaiveDate>,
    pub status: PriorityStatus,
    /// The year of the earlier round it was set in; absent when set in this round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i32>,
    /// What was done, oldest first.
    #[serde(default)]
    pub progress: Vec<ProgressNote>,
}

/// A recommendation of a consultation event: the event's key and the recommendation's number
/// (from 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecommendationRef {
    pub consultation: String,
    pub number: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PriorityStatus {
    Planned,
    InProgress,
    Done,
    Dropped,
}

str_enum!(PriorityStatus { Planned = "planned", InProgress = "in-progress", Done = "done", Dropped = "dropped" });

impl PriorityStatus {
    /// Still followed: a new round carries it over.
    pub fn is_open(self) -> bool {
        matches!(self, PriorityStatus::Planned | PriorityStatus::InProgress)
    }
}

/// One dated step of a priority: the status it reached and what happened, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgressNote {
    pub date: NaiveDate,
    pub status: PriorityStatus,
    pub text: String,
    #[serde(default)]
    pub citations: Vec<Citation>,
}

impl Priority {
    /// The priority in words: its own text, or the words of its recommendation in `doc`.
    pub fn wording<'a>(&'a self, doc: &'a AssessmentDoc) -> Option<&'a str> {
        if !self.text.trim().is_empty() {
            return Some(&self.text);
        }
        let r = self.recommendation.as_ref()?;
        doc.consultations
            .iter()
            .find(|e| e.key == r.consultation)?
            .recommendations
            .get(r.number.checked_sub(1)?)
            .map(String::as_str)
    }
}

impl AssessmentDoc {
    pub fn priority(&self, key: &str) -> Option<&Priority> {
        self.priorities.iter().find(|p| p.key == key)
    }
}

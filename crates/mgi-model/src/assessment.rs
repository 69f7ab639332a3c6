//! The assessment document: the model of one assessment and its exchange format.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Jurisdiction, Stage, Translation};

/// The framework set and version an assessment is pinned to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    pub set: String,
    /// A whole number (`1`) for a release, a string (`"1.1"`) for a correction.
    #[schemars(schema_with = "version_schema")]
    pub version: mgi_framework::Version,
}

fn version_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "oneOf": [
            {"type": "integer", "minimum": 1},
            {"type": "string", "pattern": "^[1-9][0-9]{0,5}(\\.[0-9]{1,3})?$"}
        ]
    })
}

impl FrameworkRef {
    /// The reference to a framework set at its version.
    pub fn of(set: &mgi_framework::FrameworkSet) -> FrameworkRef {
        FrameworkRef {
            set: set.id.clone(),
            version: set.version,
        }
    }
}

/// One assessment: a jurisdiction in a round year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentDoc {
    /// Always `mgi-assessment/1` for this version of the format.
    pub format: String,
    pub jurisdiction: Jurisdiction,
    /// The round year (the year the assessment speaks for, e.g. 2023).
    pub year: i32,
    pub framework: FrameworkRef,
    pub stage: Stage,
    #[serde(default)]
    pub summaries: Vec<DomainSummary>,
    #[serde(default)]
    pub answers: Vec<Answer>,
    #[serde(default)]
    pub findings: Vec<Finding>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub context: Vec<ContextFigure>,
    #[serde(default)]
    pub conventions: Vec<Convention>,
    #[serde(default)]
    pub consultations: Vec<ConsultationEvent>,
    #[serde(default)]
    pub comments: Vec<Comment>,
    /// What the consultation decided to act on, followed until done or dropped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub priorities: Vec<crate::Priority>,
    /// The language the texts are written in (e.g. `en`, `fr`); English when absent.
    #[serde(
        default = "default_language",
        skip_serializing_if = "is_default_language"
    )]
    pub language: String,
    /// Texts in other languages, each naming the text it translates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
    /// The publications of this profile, oldest first, each with its public note: carried by
    /// a published profile's JSON, never stored with a draft (an import leaves them out).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<PublishedRevision>,
}

/// One publication of a profile: its number (1 for the first, then each correction), the day
/// it was published and the note published with it (empty when none was written).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishedRevision {
    pub revision: i64,
    pub published: NaiveDate,
    #[serde(default)]
    pub note: String,
}

fn default_language() -> String {
    crate::DEFAULT_LANGUAGE.to_owned()
}

fn is_default_language(lang: &str) -> bool {
    lang == crate::DEFAULT_LANGUAGE
}

/// The summary paragraphs of one domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainSummary {
    pub domain: String,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerValue {
    Present,
    Partial,
    Absent,
    NotApplicable,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerStatus {
    #[default]
    NotStarted,
    Draft,
    Complete,
    Reviewed,
    /// Copied from an earlier round and not yet checked again.
    CarriedOver,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

macro_rules! str_enum {
    ($t:ty { $($v:ident = $s:literal),+ $(,)? }) => {
        impl $t {
            /// Every value, in the order of the scale.
            pub const ALL: &[Self] = &[$(Self::$v),+];
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$v => $s),+ }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some(Self::$v),)+ _ => None }
            }
        }
    };
}

str_enum!(AnswerValue { Present = "present", Partial = "partial", Absent = "absent", NotApplicable = "not-applicable", Unknown = "unknown" });
str_enum!(AnswerStatus { NotStarted = "not-started", Draft = "draft", Complete = "complete", Reviewed = "reviewed", CarriedOver = "carried-over" });
str_enum!(Confidence { Low = "low", Medium = "medium", High = "high" });
str_enum!(FindingKind { WellDeveloped = "well-developed", Potential = "potential" });
str_enum!(SourceKind { Law = "law", Regulation = "regulation", Policy = "policy", Agreement = "agreement", Report = "report", Data = "data", Web = "web", Other = "other" });
str_enum!(Visibility { Government = "government", Internal = "internal" });
str_enum!(Sex { Total = "total", Male = "male", Female = "female" });
str_enum!(CommentState { Open = "open", Accepted = "accepted", Declined = "declined", Resolved = "resolved" });

/// A source cited as evidence, with a pinpoint inside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// Key of a source of the register.
    pub source: String,
    /// Where in the source, e.g. "Article 9.1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinpoint: Option<String>,
}

/// The answer to one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub indicator: String,
    pub value: AnswerValue,
    #[serde(default)]
    pub narrative: String,
    #[serde(default)]
    pub status: AnswerStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Private research notes: never published.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default)]
    pub citations: Vec<Citation>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    WellDeveloped,
    Potential,
}

/// One paragraph of the key findings: a well-developed area or one with potential for further
/// development. Findings are ordered as listed within their domain and kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// Stable key within the assessment, e.g. `rights-wd-1`.
    pub key: String,
    pub domain: String,
    pub kind: FindingKind,
    pub text: String,
    /// Indicators the finding speaks to, the main one first.
    #[serde(default)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub citations: Vec<Citation>,
    /// Footnotes attached to the finding, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<String>,
    /// Indicators proposed by the importer, best first: suggestions for an analyst to confirm,
    /// never a reviewed link.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggested: Vec<Suggestion>,
}

impl FindingKind {
    /// The part of a finding's key that names its kind: `wd` or `pot`.
    pub fn key_tag(self) -> &'static str {
        match self {
            FindingKind::WellDeveloped => "wd",
            FindingKind::Potential => "pot",
        }
    }
}

impl Finding {
    /// The key a new finding of `domain` and `kind` is given: `<domain>-wd-<n>` or
    /// `<domain>-pot-<n>`, with the smallest `n` from 1 up that `taken` refuses.
    pub fn new_key(domain: &str, kind: FindingKind, taken: impl Fn(&str) -> bool) -> String {
        (1u64..)
            .map(|n| format!("{domain}-{}-{n}", kind.key_tag()))
            .find(|key| !taken(key))
            .unwrap_or_default()
    }
}

/// An indicator proposed for a finding, with the matcher's score (higher is closer).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    pub indicator: String,
    pub score: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Law,
    Regulation,
    Policy,
    Agreement,
    Report,
    Data,
    Web,
    Other,
}

/// An entry of the source register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable key within the assessment, e.g. `law-social-insurance`.
    pub key: String,
    pub issuer: String,
    pub title: String,
    /// Year of issue; absent for undated sources ("n.d.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    pub kind: SourceKind,
    /// Years of amendments, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amended: Vec<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// False when the source is not available online.
    #[serde(default = "yes")]
    pub online: bool,
    /// BCP 47 language of the source, e.g. "mn".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Anything the bibliography entry adds after the title (place, date, report type).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Total,
    Male,
    Female,
}

/// A figure of the migration context, e.g. the immigrant stock in 2020.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContextFigure {
    /// What is measured, as a code: immigrant-stock, immigrant-share, emigrant-stock,
    /// emigrant-share, population, migrant-share-change, remittances-gdp, ...
    pub measure: String,
    pub value: f64,
    /// persons, percent, percentage-points, ...
    pub unit: String,
    pub year: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Age group such as "0-19", "20-64", "65+".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_group: Option<String>,
    /// Key of a source of the register.
    pub source: String,
}

/// Ratification of an international convention (a row of the conventions table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Convention {
    /// The framework indicator that asks about this convention.
    pub indicator: String,
    pub name: String,
    pub ratified: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// A consultation event (the annex of the profile).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsultationEvent {
    pub key: String,
    pub title: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub place: String,
    /// Number of participants, where known ("more than 30" is 30 with `participants_more_than`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u32>,
    #[serde(default)]
    pub participants_more_than: bool,
    /// Who took part, in words.
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub key_findings: Vec<String>,
    #[serde(default)]
    pub recommendations: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    /// Seen by the government counterparts and the team.
    Government,
    /// Seen by the team only.
    Internal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CommentState {
    Open,
    Accepted,
    Declined,
    Resolved,
}

/// What a comment is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Anchor {
    /// A finding, by key.
    Finding(String),
    /// An indicator, by ID.
    Indicator(String),
    /// The assessment as a whole.
    General,
}

/// A comment made on a draft during consultation or review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    pub key: String,
    /// Who wrote it (a user name).
    pub author: String,
    pub anchor: Anchor,
    pub visibility: Visibility,
    pub state: CommentState,
    pub text: String,
    pub created: chrono::DateTime<chrono::Utc>,
}

impl AssessmentDoc {
    /// An empty assessment at its first stage.
    pub fn new(jurisdiction: Jurisdiction, year: i32, framework: FrameworkRef) -> AssessmentDoc {
        AssessmentDoc {
            format: crate::FORMAT.to_owned(),
            jurisdiction,
            year,
            framework,
            stage: Stage::Launched,
            summaries: Vec::new(),
            answers: Vec::new(),
            findings: Vec::new(),
            sources: Vec::new(),
            context: Vec::new(),
            conventions: Vec::new(),
            consultations: Vec::new(),
            comments: Vec::new(),
            priorities: Vec::new(),
            language: default_language(),
            translations: Vec::new(),
            revisions: Vec::new(),
        }
    }

    pub fn answer(&self, indicator: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.indicator == indicator)
    }

    pub fn finding(&self, key: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.key == key)
    }

    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.key == key)
    }

    /// Every citation of the document, wherever it sits.
    pub fn citations(&self) -> impl Iterator<Item = &Citation> {
        self.answers
            .iter()
            .flat_map(|a| &a.citations)
            .chain(self.findings.iter().flat_map(|f| &f.citations))
    }
}

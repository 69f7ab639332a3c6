//! Rows as stored, and their conversion to and from the model.

use mgi_framework::Version;
use mgi_model::*;

use crate::StoreError;

pub(crate) const TABLES: [&str; 12] = [
    "jurisdictions",
    "assessments",
    "summaries",
    "sources",
    "answers",
    "findings",
    "citations",
    "context_figures",
    "conventions",
    "consultations",
    "comments",
    "audit",
];

#[derive(Debug, Default, sqlx::FromRow)]
pub(crate) struct Count {
    pub n: i64,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct IdVersion {
    pub id: i64,
    pub version: i64,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct KeyRow {
    pub key: String,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct KeyVersion {
    pub key: String,
    pub version: i64,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct IdRow {
    pub id: i64,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct VersionRow {
    pub version: i64,
}

/// Decode a stored enum value, naming the table and column when it is not one the model knows.
pub(crate) fn decode<T>(
    value: &str,
    parse: fn(&str) -> Option<T>,
    place: &str,
) -> Result<T, StoreError> {
    parse(value).ok_or_else(|| StoreError::Corrupt(format!("{place}: unknown value {value:?}")))
}

/// A stored code of one of the model's enums (or a stored time), decoded as the value on either
/// backend: a row's field `#[sqlx(try_from = "Coded<Stage>")] stage: Stage`. A code the model
/// does not know is a decoding error naming it.
pub(crate) struct Coded<T>(T);

/// The model's enums stored as their codes.
pub(crate) trait Code: Sized {
    /// What the code is of, for the error.
    const WHAT: &'static str;
    fn from_code(code: &str) -> Option<Self>;
}

impl<T, DB: sqlx::Database> sqlx::Type<DB> for Coded<T>
where
    String: sqlx::Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <String as sqlx::Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <String as sqlx::Type<DB>>::compatible(ty)
    }
}

impl<'r, T: Code, DB: sqlx::Database> sqlx::Decode<'r, DB> for Coded<T>
where
    &'r str: sqlx::Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let text = <&str as sqlx::Decode<'r, DB>>::decode(value)?;
        T::from_code(text)
            .map(Coded)
            .ok_or_else(|| format!("unknown {} {text:?}", T::WHAT).into())
    }
}

macro_rules! coded {
    ($($t:ty => $what:literal),+ $(,)?) => {$(
        impl Code for $t {
            const WHAT: &'static str = $what;
            fn from_code(code: &str) -> Option<Self> {
                <$t>::parse(code)
            }
        }
        impl From<Coded<$t>> for $t {
            fn from(c: Coded<$t>) -> $t {
                c.0
            }
        }
    )+};
}

coded!(
    Stage => "stage",
    JurisdictionKind => "kind of jurisdiction",
    crate::search::PassageKind => "kind of passage",
);

/// A time stored as text by [`crate::clock::stamp`], read as a date-time:
/// `#[sqlx(try_from = "Coded<DateTime<Utc>>")] at: DateTime<Utc>`.
impl Code for chrono::DateTime<chrono::Utc> {
    const WHAT: &'static str = "time";
    fn from_code(code: &str) -> Option<Self> {
        crate::clock::read(code)
    }
}

impl From<Coded<chrono::DateTime<chrono::Utc>>> for chrono::DateTime<chrono::Utc> {
    fn from(c: Coded<chrono::DateTime<chrono::Utc>>) -> Self {
        c.0
    }
}

/// A framework version stored as its code ([`Version::code`]), read as the version:
/// `#[sqlx(try_from = "VersionCode")] framework_version: Version`. A number no version codes to
/// is a decoding error naming it.
pub(crate) struct VersionCode(Version);

impl<DB: sqlx::Database> sqlx::Type<DB> for VersionCode
where
    i64: sqlx::Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <i64 as sqlx::Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <i64 as sqlx::Type<DB>>::compatible(ty)
    }
}

impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for VersionCode
where
    i64: sqlx::Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let code = <i64 as sqlx::Decode<'r, DB>>::decode(value)?;
        Version::from_code(code)
            .map(VersionCode)
            .ok_or_else(|| format!("unknown framework version code {code}").into())
    }
}

impl From<VersionCode> for Version {
    fn from(c: VersionCode) -> Version {
        c.0
    }
}

pub(crate) fn json_list<T: serde::de::DeserializeOwned>(
    text: &str,
    place: &str,
) -> Result<Vec<T>, StoreError> {
    from_json(text, place)
}

/// A JSON column read as `T`; a value mgi did not write is corrupt, named by `place`.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(
    text: &str,
    place: &str,
) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{place}: {e}")))
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".to_owned())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct AssessmentRow {
    pub id: i64,
    pub code: String,
    pub kind: String,
    pub name: String,
    pub region: String,
    pub subregion: Option<String>,
    pub year: i64,
    pub framework_set: String,
    #[sqlx(try_from = "VersionCode")]
    pub framework_version: Version,
    pub stage: String,
    pub version: i64,
    /// The language the texts are written in.
    pub language: String,
}

impl AssessmentRow {
    /// The framework set of the assessment with its version, as problems name it
    /// (`mgi-national v1`).
    pub(crate) fn set_name(&self) -> String {
        mgi_framework::SetKey {
            set: self.framework_set.clone(),
            version: self.framework_version,
        }
        .to_string()
    }

    pub(crate) fn year_i32(&self) -> Result<i32, StoreError> {
        year(self.year, "assessments.year")
    }
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct SummaryRow {
    pub domain: String,
    pub text: String,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct SourceRow {
    pub key: String,
    pub issuer: String,
    pub title: String,
    pub year: Option<i64>,
    pub kind: String,
    pub amended: String,
    pub url: Option<String>,
    pub online: bool,
    pub language: Option<String>,
    pub note: Option<String>,
    pub version: i64,
}

pub(crate) const SOURCE_SELECT: &str =
    "SELECT key, issuer, title, year, kind, amended, url, online, language, note, version
     FROM sources WHERE assessment_id = $1";

impl SourceRow {
    pub(crate) fn into_source(self) -> Result<Source, StoreError> {
        Ok(Source {
            kind: decode(&self.kind, SourceKind::parse, "sources.kind")?,
            amended: json_list(&self.amended, "sources.amended")?,
            year: self.year.map(|y| year(y, "sources.year")).transpose()?,
            key: self.key,
            issuer: self.issuer,
            title: self.title,
            url: self.url,
            online: self.online,
            language: self.language,
            note: self.note,
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct AnswerRow {
    pub indicator: String,
    pub value: String,
    pub narrative: String,
    pub status: String,
    pub confidence: Option<String>,
    pub notes: String,
    pub version: i64,
}

impl AnswerRow {
    pub(crate) fn into_answer(self, citations: Vec<Citation>) -> Result<Answer, StoreError> {
        Ok(Answer {
            value: decode(&self.value, AnswerValue::parse, "answers.value")?,
            status: decode(&self.status, AnswerStatus::parse, "answers.status")?,
            confidence: self
                .confidence
                .as_deref()
                .map(|c| decode(c, Confidence::parse, "answers.confidence"))
                .transpose()?,
            indicator: self.indicator,
            narrative: self.narrative,
            notes: self.notes,
            citations,
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct FindingRow {
    pub key: String,
    pub domain: String,
    pub kind: String,
    pub text: String,
    pub indicators: String,
    pub footnotes: String,
    pub suggested: String,
    pub version: i64,
    pub position: i64,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct CitationRow {
    pub owner_kind: String,
    pub owner_key: String,
    pub source_key: String,
    pub pinpoint: Option<String>,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ContextRow {
    pub position: i64,
    pub measure: String,
    pub value: f64,
    pub unit: String,
    pub year: i64,
    pub sex: Option<String>,
    pub age_group: Option<String>,
    pub source_key: String,
    pub version: i64,
}

pub(crate) const CONTEXT_SELECT: &str =
    "SELECT position, measure, value, unit, year, sex, age_group, source_key, version
     FROM context_figures WHERE assessment_id = $1";

impl ContextRow {
    pub(crate) fn into_figure(self) -> Result<ContextFigure, StoreError> {
        Ok(ContextFigure {
            year: year(self.year, "context_figures.year")?,
            sex: self
                .sex
                .as_deref()
                .map(|s| decode(s, Sex::parse, "context_figures.sex"))
                .transpose()?,
            measure: self.measure,
            value: self.value,
            unit: self.unit,
            age_group: self.age_group,
            source: self.source_key,
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ConventionRow {
    pub indicator: String,
    pub name: String,
    pub ratified: bool,
    pub year: Option<i64>,
    pub version: i64,
}

pub(crate) const CONVENTION_SELECT: &str =
    "SELECT indicator, name, ratified, year, version FROM conventions WHERE assessment_id = $1";

impl ConventionRow {
    pub(crate) fn into_convention(self) -> Result<Convention, StoreError> {
        Ok(Convention {
            year: self.year.map(|y| year(y, "conventions.year")).transpose()?,
            indicator: self.indicator,
            name: self.name,
            ratified: self.ratified,
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ConsultationRow {
    pub key: String,
    pub title: String,
    pub start_date: String,
    pub end_date: String,
    pub place: String,
    pub participants: Option<i64>,
    pub more_than: bool,
    pub description: String,
    pub key_findings: String,
    pub recommendations: String,
    pub footnotes: String,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct CommentRow {
    pub key: String,
    pub author: String,
    pub anchor_kind: String,
    pub anchor_ref: Option<String>,
    pub visibility: String,
    pub state: String,
    pub text: String,
    #[sqlx(try_from = "Coded<chrono::DateTime<chrono::Utc>>")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub version: i64,
}

impl CommentRow {
    pub(crate) fn into_comment(self) -> Result<Comment, StoreError> {
        Ok(Comment {
            anchor: anchor_from(&self.anchor_kind, self.anchor_ref)?,
            visibility: decode(&self.visibility, Visibility::parse, "comments.visibility")?,
            state: decode(&self.state, CommentState::parse, "comments.state")?,
            created: self.created_at,
            key: self.key,
            author: self.author,
            text: self.text,
        })
    }
}

pub(crate) const COMMENT_SELECT: &str =
    "SELECT key, author, anchor_kind, anchor_ref, visibility, state, text, created_at, version
     FROM comments WHERE assessment_id = $1";

pub(crate) fn anchor_parts(a: &Anchor) -> (&'static str, Option<&str>) {
    match a {
        Anchor::Finding(k) => ("finding", Some(k)),
        Anchor::Indicator(i) => ("indicator", Some(i)),
        Anchor::General => ("general", None),
    }
}

pub(crate) fn anchor_from(kind: &str, reference: Option<String>) -> Result<Anchor, StoreError> {
    match (kind, reference) {
        ("finding", Some(k)) => Ok(Anchor::Finding(k)),
        ("indicator", Some(i)) => Ok(Anchor::Indicator(i)),
        ("general", _) => Ok(Anchor::General),
        (k, _) => Err(StoreError::Corrupt(format!(
            "comments.anchor_kind: unknown value {k:?}"
        ))),
    }
}

pub(crate) fn year(v: i64, place: &str) -> Result<i32, StoreError> {
    i32::try_from(v).map_err(|_| StoreError::Corrupt(format!("{place}: year {v} out of range")))
}

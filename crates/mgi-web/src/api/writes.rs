//! Reads of working drafts and writes, with a token: the caller's role and scope decide, as in
//! the web application (`Principal::can`). Writes quote the version they are based on; a stale
//! one is a 409 with the current version, and nothing is written. A body that cannot be taken
//! is a 422 naming the JSON path of the problem (`kind`, `citations[0].source`).

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use mgi_model::access::{Action, Subject};
use mgi_model::{
    AnswerStatus, AnswerValue, AssessmentDoc, Citation, Confidence, FindingKind, Suggestion,
};
use mgi_store::{AnswerEdit, FindingEdit, Review, Versioned};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{ApiError, ApiResult, Caller, year};
use crate::AppState;
use crate::portal::query_values;

/// A request body as JSON of `T`. What cannot be taken is refused at the JSON path of the first
/// problem (`body` for the body as a whole: not JSON, or a field missing).
fn json_body<T: DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> ApiResult<T> {
    let bytes = body.map_err(|e| ApiError::invalid("body", e.body_text()))?;
    let mut de = serde_json::Deserializer::from_slice(&bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { "body" } else { path.as_str() };
        ApiError::invalid(field, e.inner().to_string())
    })?;
    de.end()
        .map_err(|e| ApiError::invalid("body", e.to_string()))?;
    Ok(value)
}

/// The stored assessment, if the caller may do `action` on it (404 when it may not even read
/// it, 403 when it may read but not do).
async fn open(
    state: &AppState,
    caller: &Caller,
    code: &str,
    y: &str,
    action: Action,
) -> ApiResult<(String, i32)> {
    let y = year("year", y)?;
    let summary = state.store.assessment_summary(code, y).await?;
    let stage = summary.stage;
    let subject = Subject {
        jurisdiction: &summary.jurisdiction,
        year: y,
        stage,
    };
    if !caller.0.can(Action::Read, &subject) {
        return Err(ApiError::NotFound);
    }
    if !caller.0.can(action, &subject) {
        return Err(ApiError::Forbidden);
    }
    Ok((summary.jurisdiction, y))
}

/// The working document of an assessment; research notes and internal comments only for the
/// team.
pub async fn draft(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, y)): Path<(String, String)>,
) -> ApiResult<Json<AssessmentDoc>> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Read).await?;
    let mut doc = state.store.export_assessment(&code, y).await?;
    if !caller.0.role.is_team() {
        for a in &mut doc.answers {
            a.notes.clear();
        }
        doc.comments
            .retain(|c| c.visibility == mgi_model::Visibility::Government);
    }
    Ok(Json(doc))
}

/// An answer with the version a save must quote.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerBody {
    pub value: AnswerValue,
    #[serde(default)]
    pub narrative: String,
    #[serde(default)]
    pub status: AnswerStatus,
    #[serde(default)]
    pub confidence: Option<Confidence>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub citations: Vec<Citation>,
    /// The version read (0 for an indicator not answered yet).
    pub version: i64,
}

pub async fn answer(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, y, indicator)): Path<(String, String, String)>,
) -> ApiResult<Json<AnswerBody>> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Read).await?;
    let a = state.store.answer(&code, y, &indicator).await?;
    let team = caller.0.role.is_team();
    Ok(Json(AnswerBody {
        value: a.value.value,
        narrative: a.value.narrative,
        status: a.value.status,
        confidence: a.value.confidence,
        notes: if team { a.value.notes } else { String::new() },
        citations: a.value.citations,
        version: a.version,
    }))
}

#[derive(Serialize)]
pub struct Saved {
    pub version: i64,
}

/// Save an answer on top of the version read.
pub async fn save_answer(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, y, indicator)): Path<(String, String, String)>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Json<Saved>> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Edit).await?;
    let b: AnswerBody = json_body(body)?;
    let edit = AnswerEdit {
        value: b.value,
        narrative: b.narrative,
        status: b.status,
        confidence: b.confidence,
        notes: b.notes,
        citations: b.citations,
    };
    let version = state
        .store
        .save_answer(&code, y, &indicator, &edit, b.version, &caller.0.username)
        .await?;
    Ok(Json(Saved { version }))
}

/// The source a source of the register is merged into.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergeBody {
    /// The key of the source kept.
    pub into: String,
}

/// What a merge of two sources changed (`mgi_store::MergeOutcome`).
#[derive(Serialize)]
pub struct Merged {
    /// The source kept.
    pub into: String,
    /// Every citation of the source removed, now of the source kept.
    pub moved: u64,
    /// Of those, citations of answers and findings.
    pub citations: u64,
    /// Of those, citations that repeated one of the source kept with the same pinpoint in the
    /// same answer or finding, folded into it.
    pub duplicates: u64,
    /// Of those, context figures.
    pub figures: u64,
}

/// Merge the source `key` into the source `into`: its citations move, it leaves the register.
pub async fn merge_source(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, y, key)): Path<(String, String, String)>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Json<Merged>> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Edit).await?;
    let b: MergeBody = json_body(body)?;
    let outcome = state
        .store
        .merge_sources(&code, y, &b.into, &key, &caller.0.username)
        .await?;
    Ok(Json(Merged {
        into: b.into,
        moved: outcome.moved(),
        citations: outcome.citations,
        duplicates: outcome.duplicates,
        figures: outcome.figures,
    }))
}

/// A finding of a draft with the version a save must quote.
#[derive(Serialize)]
pub struct FindingOut {
    pub key: String,
    pub domain: String,
    pub kind: FindingKind,
    pub text: String,
    pub indicators: Vec<String>,
    pub citations: Vec<Citation>,
    pub footnotes: Vec<String>,
    /// Indicators the importer suggested, still to accept or dismiss.
    pub suggested: Vec<Suggestion>,
    pub version: i64,
}

impl From<Versioned<mgi_model::Finding>> for FindingOut {
    fn from(f: Versioned<mgi_model::Finding>) -> FindingOut {
        let v = f.value;
        FindingOut {
            key: v.key,
            domain: v.domain,
            kind: v.kind,
            text: v.text,
            indicators: v.indicators,
            citations: v.citations,
            footnotes: v.footnotes,
            suggested: v.suggested,
            version: f.version,
        }
    }
}

/// What a finding is saved with: its fields, whole, and the version read.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingSave {
    pub kind: FindingKind,
    pub text: String,
    #[serde(default)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub citations: Vec<Citation>,
    #[serde(default)]
    pub footnotes: Vec<String>,
    pub version: i64,
}

/// A new finding: its domain and its fields.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewFinding {
    pub domain: String,
    pub kind: FindingKind,
    pub text: String,
    #[serde(default)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub citations: Vec<Citation>,
    #[serde(default)]
    pub footnotes: Vec<String>,
}

/// The key a new finding was given.
#[derive(Serialize)]
pub struct Added {
    pub key: String,
}

/// What is done with a suggested indicator, on top of the finding's version read.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewBody {
    pub review: ReviewChoice,
    pub version: i64,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewChoice {
    Accept,
    Dismiss,
}

/// One finding of a draft with its version.
pub async fn finding(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, y, key)): Path<(String, String, String)>,
) -> ApiResult<Json<FindingOut>> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Read).await?;
    Ok(Json(state.store.finding(&code, y, &key).await?.into()))
}

/// Save a finding whole on top of the version read.
pub async fn save_finding(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, y, key)): Path<(String, String, String)>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Json<Saved>> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Edit).await?;
    let b: FindingSave = json_body(body)?;
    let edit = FindingEdit {
        kind: b.kind,
        text: b.text,
        indicators: b.indicators,
        citations: b.citations,
        footnotes: b.footnotes,
    };
    let version = state
        .store
        .save_finding(&code, y, &key, &edit, b.version, &caller.0.username)
        .await?;
    Ok(Json(Saved { version }))
}

/// Add a finding to a domain, after its others: 201 with its key, and its address.
pub async fn add_finding(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, y)): Path<(String, String)>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Response> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Edit).await?;
    let b: NewFinding = json_body(body)?;
    let edit = FindingEdit {
        kind: b.kind,
        text: b.text,
        indicators: b.indicators,
        citations: b.citations,
        footnotes: b.footnotes,
    };
    let key = state
        .store
        .add_finding(&code, y, &b.domain, &edit, &caller.0.username)
        .await?;
    let location = format!("/api/v1/drafts/{code}/{y}/findings/{key}");
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(Added { key }),
    )
        .into_response())
}

/// Delete a finding, on top of the version read (`?version=N`): 204.
pub async fn delete_finding(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, y, key)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
) -> ApiResult<StatusCode> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Edit).await?;
    let version = query_values(query.as_deref(), "version")
        .first()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .ok_or_else(|| {
            ApiError::invalid(
                "version",
                "give the version read, a whole number: ?version=3",
            )
        })?;
    state
        .store
        .delete_finding(&code, y, &key, version, &caller.0.username)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Accept or dismiss an indicator the importer suggested for a finding, on top of the version
/// read.
pub async fn review_suggestion(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, y, key, indicator)): Path<(String, String, String, String)>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Json<Saved>> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Edit).await?;
    let b: ReviewBody = json_body(body)?;
    let review = match b.review {
        ReviewChoice::Accept => Review::Accept,
        ReviewChoice::Dismiss => Review::Dismiss,
    };
    let version = state
        .store
        .review_suggestion(
            &code,
            y,
            &key,
            &indicator,
            review,
            b.version,
            &caller.0.username,
        )
        .await?;
    Ok(Json(Saved { version }))
}

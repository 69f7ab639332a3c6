//! Reads of working drafts and writes, with a token: the caller's role and scope decide, as in
//! the web application (`Principal::can`). Writes quote the version they are based on; a stale
//! one is a 409 with the current version, and nothing is written.

use axum::Json;
use axum::extract::{Path, State};
use mgi_model::access::{Action, Subject};
use mgi_model::{AnswerStatus, AnswerValue, AssessmentDoc, Citation, Confidence};
use mgi_store::AnswerEdit;
use serde::{Deserialize, Serialize};

use super::{ApiError, ApiResult, Caller, year};
use crate::AppState;

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
    body: Result<Json<AnswerBody>, axum::extract::rejection::JsonRejection>,
) -> ApiResult<Json<Saved>> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Edit).await?;
    let Json(b) = body.map_err(|e| ApiError::invalid("body", e.body_text()))?;
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
    body: Result<Json<MergeBody>, axum::extract::rejection::JsonRejection>,
) -> ApiResult<Json<Merged>> {
    let (code, y) = open(&state, &caller, &code, &y, Action::Edit).await?;
    let Json(b) = body.map_err(|e| ApiError::invalid("body", e.body_text()))?;
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

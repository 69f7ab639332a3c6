//! Public reads: the framework, and published data only.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use mgi_model::AssessmentDoc;
use serde::Serialize;
use serde_json::{Value, json};

use super::{ApiError, ApiResult, year};
use crate::AppState;
use crate::portal::aggregates::level_param;
use crate::portal::progress::{Compared, published_progress};
use crate::portal::query_values;

pub async fn framework(State(state): State<AppState>) -> Json<Value> {
    Json(serde_json::to_value(state.store.framework()).unwrap_or_default())
}

#[derive(Serialize)]
pub struct JurisdictionOut {
    code: String,
    name: String,
    kind: String,
    region: String,
    /// Published rounds, oldest first.
    years: Vec<i64>,
}

#[derive(Serialize)]
pub struct AssessmentOut {
    jurisdiction: String,
    name: String,
    year: i64,
    revision: i64,
}

/// Jurisdictions with a published round, by name.
pub async fn jurisdictions(State(state): State<AppState>) -> ApiResult<Json<Vec<JurisdictionOut>>> {
    let mut by_code: BTreeMap<String, JurisdictionOut> = BTreeMap::new();
    for e in state.store.published().await? {
        by_code
            .entry(e.jurisdiction.clone())
            .or_insert_with(|| JurisdictionOut {
                code: e.jurisdiction,
                name: e.name,
                kind: e.kind.as_str().to_owned(),
                region: e.region,
                years: Vec::new(),
            })
            .years
            .push(e.year);
    }
    let mut out: Vec<JurisdictionOut> = by_code.into_values().collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    for j in &mut out {
        j.years.sort_unstable();
    }
    Ok(Json(out))
}

/// Published assessments (latest revision of each), by name and year.
pub async fn assessments(State(state): State<AppState>) -> ApiResult<Json<Vec<AssessmentOut>>> {
    let mut out: Vec<AssessmentOut> = state
        .store
        .published()
        .await?
        .into_iter()
        .map(|e| AssessmentOut {
            jurisdiction: e.jurisdiction,
            name: e.name,
            year: e.year,
            revision: e.revision,
        })
        .collect();
    out.sort_by(|a, b| (&a.name, a.year).cmp(&(&b.name, b.year)));
    Ok(Json(out))
}

async fn published(state: &AppState, code: &str, y: &str) -> ApiResult<AssessmentDoc> {
    let y = year("year", y)?;
    Ok(state.store.publication(code, y).await?.doc)
}

/// The latest publication of an assessment, as an exchange document (public view).
pub async fn assessment(
    State(state): State<AppState>,
    Path((code, y)): Path<(String, String)>,
) -> ApiResult<Json<AssessmentDoc>> {
    Ok(Json(published(&state, &code, &y).await?))
}

pub async fn answers(
    State(state): State<AppState>,
    Path((code, y)): Path<(String, String)>,
) -> ApiResult<Json<Vec<mgi_model::Answer>>> {
    Ok(Json(published(&state, &code, &y).await?.answers))
}

pub async fn findings(
    State(state): State<AppState>,
    Path((code, y)): Path<(String, String)>,
) -> ApiResult<Json<Vec<mgi_model::Finding>>> {
    Ok(Json(published(&state, &code, &y).await?.findings))
}

/// The source register; `?format=csl` gives CSL-JSON for reference managers.
pub async fn sources(
    State(state): State<AppState>,
    Path((code, y)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let doc = published(&state, &code, &y).await?;
    match query_values(query.as_deref(), "format")
        .first()
        .map(String::as_str)
    {
        None | Some("mgi") => Ok(Json(serde_json::to_value(&doc.sources).unwrap_or_default())),
        Some("csl") => Ok(Json(
            serde_json::to_value(mgi_export::csl_items(&doc)).unwrap_or_default(),
        )),
        Some(other) => Err(ApiError::invalid(
            "format",
            format!("{other:?}: mgi or csl"),
        )),
    }
}

fn level(query: Option<&str>) -> ApiResult<mgi_framework::Level> {
    level_param(mgi_i18n::Lang::En, query)
        .map_err(|_| ApiError::invalid("level", "national or local"))
}

/// The GCM view: answers per value on the indicators of each objective, globally and per region.
pub async fn gcm(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<mgi_model::aggregate::GcmView>> {
    Ok(Json(state.store.gcm_view(level(query.as_deref())?).await?))
}

/// Indicative SDG 10.7.2 readings per jurisdiction and domain.
pub async fn sdg(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<mgi_store::SdgView>> {
    Ok(Json(state.store.sdg_view(level(query.as_deref())?).await?))
}

/// Progress between two published rounds (default: the two latest).
pub async fn diff(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let q = query.as_deref();
    let param = |name: &str| -> ApiResult<Option<i32>> {
        query_values(q, name)
            .first()
            .map(|v| year(name, v))
            .transpose()
    };
    let (_, compared) = published_progress(&state, &code, param("from")?, param("to")?).await?;
    let Compared { diff: d, notes, .. } = compared.ok_or(ApiError::NotFound)?;
    let mut out = serde_json::to_value(d).unwrap_or_default();
    if let Some(o) = out.as_object_mut() {
        o.insert(
            "notes".into(),
            notes
                .iter()
                .map(|n| json!({"indicator": n.indicator, "note": n.note, "updated_at": mgi_store::stamp(n.updated_at)}))
                .collect(),
        );
    }
    Ok(Json(out))
}

/// Full-text search over published texts.
pub async fn search(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let q = query_values(query.as_deref(), "q")
        .into_iter()
        .next()
        .unwrap_or_default();
    if q.chars().count() > mgi_store::MAX_QUERY {
        let message = format!("at most {} characters", mgi_store::MAX_QUERY);
        return Err(ApiError::invalid("q", message));
    }
    let hits = state.store.search(&q).await?;
    Ok(Json(json!(hits.iter().map(|h| json!({
        "jurisdiction": h.jurisdiction, "name": h.name, "year": h.year, "kind": h.kind.as_str(), "ref": h.ref_key, "text": h.text, "lang": h.lang,
    })).collect::<Vec<_>>())))
}

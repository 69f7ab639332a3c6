//! The HTTP API under `/api/v1`: JSON for scripts and other systems. Public reads see published
//! data only; the working drafts and every write need a token (`Authorization: Bearer mgi_…`)
//! issued to a user, and act with that user's role and scope (`mgi_model::access`). The OpenAPI
//! document is `/api/v1/openapi.json` ([`openapi`]).

mod openapi;
mod reads;
mod writes;

use axum::Json;
use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use mgi_model::access::Principal;
use mgi_store::StoreError;
use serde_json::json;

use crate::AppState;

/// Every failure of an API request, answered as `{"error": …}` with a fitting status.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("not found")]
    NotFound,
    #[error("a token is needed: send Authorization: Bearer <token>")]
    Unauthorized,
    #[error("your role does not allow this at the assessment's current stage")]
    Forbidden,
    /// A parameter or body field that cannot be accepted.
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub type ApiResult<T = Response> = Result<T, ApiError>;

impl ApiError {
    pub fn invalid(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::NotFound | ApiError::Store(StoreError::NotFound(_)) => {
                (StatusCode::NOT_FOUND, json!({"error": "not found"}))
            }
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                json!({"error": ApiError::Unauthorized.to_string()}),
            ),
            ApiError::Forbidden => (
                StatusCode::FORBIDDEN,
                json!({"error": ApiError::Forbidden.to_string()}),
            ),
            ApiError::Invalid { field, message } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({"error": format!("{field}: {message}"), "problems": [{"field": field, "message": message}]}),
            ),
            ApiError::Store(StoreError::Invalid(problems)) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({
                    "error": "invalid input",
                    "problems": problems.iter().map(|p| json!({"field": p.path, "code": p.problem.code(), "message": p.message()})).collect::<Vec<_>>()
                }),
            ),
            ApiError::Store(StoreError::Conflict {
                what,
                expected,
                current,
            }) => (
                StatusCode::CONFLICT,
                json!({"error": format!("{what} was changed by someone else; nothing was saved"), "expected": expected, "current": current}),
            ),
            ApiError::Store(
                e @ (StoreError::AlreadyExists(_)
                | StoreError::Refused(_)
                | StoreError::ContentChanged(_)
                | StoreError::Transition(_)),
            ) => (StatusCode::CONFLICT, json!({"error": e.to_string()})),
            ApiError::Store(e) => {
                tracing::error!(error = %e, "an API request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({"error": "internal error (logged)"}),
                )
            }
        };
        (status, Json(body)).into_response()
    }
}

/// The caller of a request that needs a token.
pub struct Caller(pub Principal);

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(ApiError::Unauthorized)?;
        state
            .store
            .token_principal(token.trim())
            .await?
            .map(Caller)
            .ok_or(ApiError::Unauthorized)
    }
}

/// Parse a path or query year.
pub fn year(field: &str, text: &str) -> ApiResult<i32> {
    mgi_model::rules::round_year(text)
        .map_err(|problem| ApiError::invalid(field, problem.to_string()))
}

/// The routes, to nest under `/api/v1`.
pub fn routes() -> Router<AppState> {
    use reads::*;
    Router::new()
        .route("/openapi.json", get(openapi::document))
        .route("/framework", get(framework))
        .route("/jurisdictions", get(jurisdictions))
        .route("/jurisdictions/{code}/diff", get(diff))
        .route("/assessments", get(assessments))
        .route("/assessments/{code}/{year}", get(assessment))
        .route("/assessments/{code}/{year}/answers", get(answers))
        .route("/assessments/{code}/{year}/findings", get(findings))
        .route("/assessments/{code}/{year}/sources", get(sources))
        .route("/aggregates/gcm", get(gcm))
        .route("/aggregates/sdg", get(sdg))
        .route("/search", get(search))
        .route("/drafts/{code}/{year}", get(writes::draft))
        .route(
            "/drafts/{code}/{year}/answers/{indicator}",
            get(writes::answer).put(writes::save_answer),
        )
        .route(
            "/drafts/{code}/{year}/sources/{key}/merge",
            post(writes::merge_source),
        )
        .route("/drafts/{code}/{year}/findings", post(writes::add_finding))
        .route(
            "/drafts/{code}/{year}/findings/{key}",
            get(writes::finding)
                .put(writes::save_finding)
                .delete(writes::delete_finding),
        )
        .route(
            "/drafts/{code}/{year}/findings/{key}/suggestions/{indicator}",
            post(writes::review_suggestion),
        )
        .route_layer(axum::middleware::from_fn(crate::ops::keep_route))
        .fallback(|| async { ApiError::NotFound })
}

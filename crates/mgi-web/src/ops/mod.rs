//! What an operator's tools read: `/healthz` (the process answers), `/readyz` (the database
//! answers and its schema is this build's), one log line per request with its id, and
//! [`metrics`].
//!
//! The log line names the route as declared (`/share/{token}`), never the address asked for, so
//! no token, name or query reaches the log; it carries the request id, which the answer sends
//! back in `X-Request-Id` and error pages show, so a user's report finds its line.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use axum::extract::{MatchedPath, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use mgi_store::Schema;

use crate::AppState;

pub mod metrics;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The id of a request: the one a proxy in front sent (letters, digits, `-` and `_`, at most
/// 64), else one made here, unique within the process and unlikely to repeat across
/// instances.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(pub String);

/// What makes this process's ids differ from another's: its start time and its process id.
static INSTANCE: LazyLock<u32> = LazyLock::new(|| {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() ^ (d.as_secs() as u32));
    nanos ^ std::process::id().rotate_left(16)
});
static COUNTER: AtomicU64 = AtomicU64::new(0);

impl RequestId {
    fn new() -> RequestId {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        RequestId(format!("{:08x}{n:08x}", *INSTANCE))
    }

    fn given(value: &HeaderValue) -> Option<RequestId> {
        let text = value.to_str().ok()?;
        let fits = (1..=64).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        fits.then(|| RequestId(text.to_owned()))
    }
}

/// Gives each request its id, sends it back, logs the request when answered (id, method,
/// route, status and duration) and counts it in the metrics.
pub async fn log_requests(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let id = request
        .headers()
        .get(&REQUEST_ID)
        .and_then(RequestId::given)
        .unwrap_or_else(RequestId::new);
    request.extensions_mut().insert(id.clone());
    let method = request.method().clone();
    let started = Instant::now();
    let mut response = next.run(request).await;
    let route = response
        .extensions()
        .get::<MatchedPath>()
        .map_or("(no route)", MatchedPath::as_str)
        .to_owned();
    if let Ok(value) = HeaderValue::from_str(&id.0) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    let seconds = started.elapsed().as_secs_f64();
    state
        .metrics
        .observe(&route, response.status().as_u16(), seconds);
    tracing::info!(
        target: "mgi::request",
        request_id = %id.0,
        method = %method,
        route = %route,
        status = response.status().as_u16(),
        duration_ms = %format_args!("{:.3}", seconds * 1000.0),
        "request"
    );
    response
}

/// Keeps the route a request matched on its answer, for [`log_requests`]: a layer of each
/// router (the route is known inside it only, nested routers included).
pub async fn keep_route(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().cloned();
    let mut response = next.run(request).await;
    // The innermost router knows the route best: an outer one does not replace it.
    if let Some(route) = route
        && response.extensions().get::<MatchedPath>().is_none()
    {
        response.extensions_mut().insert(route);
    }
    response
}

fn text(status: StatusCode, body: String) -> Response {
    (status, [(CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

/// `GET /healthz`: the process answers.
pub async fn healthz() -> Response {
    text(StatusCode::OK, "ok\n".into())
}

/// `GET /readyz`: 200 when the database answers and its schema is the one this build expects;
/// 503 otherwise, saying which (and nothing of the database's address).
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.store.schema_state().await {
        Ok(Schema::Current) => text(StatusCode::OK, "ready\n".into()),
        Ok(Schema::Behind { applied, expected }) => text(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "not ready: the schema is at migration {applied}, this build needs {expected}\n"
            ),
        ),
        Ok(Schema::Ahead { applied, expected }) => text(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "not ready: the schema is at migration {applied}, newer than this build's {expected}\n"
            ),
        ),
        Err(_) => text(
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: the database does not answer\n".into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_unique_and_taken_only_when_safe() {
        let (a, b) = (RequestId::new(), RequestId::new());
        assert_ne!(a, b);
        assert_eq!(a.0.len(), 16);
        let given = |s: &str| RequestId::given(&HeaderValue::from_str(s).expect("header"));
        assert_eq!(given("abc-123_X"), Some(RequestId("abc-123_X".into())));
        assert_eq!(given("a b"), None);
        assert_eq!(given("<script>"), None);
        assert_eq!(given(&"x".repeat(65)), None);
        assert_eq!(given(""), None);
    }
}

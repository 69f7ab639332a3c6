//! `GET /metrics`: Prometheus text for the operator's scraper, behind a bearer token and off
//! unless one is configured (`[server] metrics_token`). Requests by route and status, their
//! durations as a histogram per route, the published-page cache, profile renders by format and
//! the database pool. Routes are the declared ones, so the series stay few.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::State;
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::AppState;

/// The upper bounds of the duration histogram, in seconds.
const BUCKETS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The shortest token accepted: a guessable one would leave the figures open.
pub const MIN_TOKEN: usize = 16;

#[derive(Default)]
struct Durations {
    /// How many took at most `BUCKETS[i]`, each counted in its smallest bucket.
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

/// Requests counted by route and status, and their durations by route: one lock for both.
#[derive(Default)]
struct Requests {
    answered: BTreeMap<(String, u16), u64>,
    durations: BTreeMap<String, Durations>,
}

/// What the process counts while it serves.
#[derive(Default)]
pub struct Metrics {
    requests: Mutex<Requests>,
    cache_hits: AtomicU64,
    cache_misses: AtomicU64,
    renders: Mutex<BTreeMap<&'static str, u64>>,
}

impl Metrics {
    /// A request to `route` answered with `status` after `seconds`.
    pub fn observe(&self, route: &str, status: u16, seconds: f64) {
        if let Ok(mut r) = self.requests.lock() {
            *r.answered.entry((route.to_owned(), status)).or_default() += 1;
            let d = r.durations.entry(route.to_owned()).or_default();
            if let Some(i) = BUCKETS.iter().position(|b| seconds <= *b) {
                d.buckets[i] += 1;
            }
            d.count += 1;
            d.sum += seconds;
        }
    }

    /// A published page served from the cache (`hit`) or rendered.
    pub fn cache(&self, hit: bool) {
        let counter = if hit {
            &self.cache_hits
        } else {
            &self.cache_misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// A profile rendered in `format` (html, pdf, md, json).
    pub fn render(&self, format: &'static str) {
        if let Ok(mut r) = self.renders.lock() {
            *r.entry(format).or_default() += 1;
        }
    }

    /// The figures in Prometheus's text format, with the pool's `(open, idle)` connections.
    fn text(&self, pool: (u32, usize)) -> String {
        let mut out = String::new();
        family(
            &mut out,
            "mgi_http_requests_total",
            "counter",
            "Requests answered, by route and status.",
        );
        let requests = self.requests.lock().ok();
        let requests = requests.as_deref();
        for ((route, status), n) in requests.iter().flat_map(|r| &r.answered) {
            let _ = writeln!(
                out,
                "mgi_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}",
                label(route)
            );
        }
        family(
            &mut out,
            "mgi_http_request_duration_seconds",
            "histogram",
            "Time to answer, by route.",
        );
        for (route, d) in requests.iter().flat_map(|r| &r.durations) {
            let route = label(route);
            let mut cumulative = 0;
            for (bound, n) in BUCKETS.iter().zip(d.buckets) {
                cumulative += n;
                let _ = writeln!(
                    out,
                    "mgi_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "mgi_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}\n\
                 mgi_http_request_duration_seconds_sum{{route=\"{route}\"}} {}\n\
                 mgi_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                d.count, d.sum, d.count
            );
        }
        for (name, help, counter) in [
            (
                "mgi_page_cache_hits_total",
                "Published pages served from the cache.",
                &self.cache_hits,
            ),
            (
                "mgi_page_cache_misses_total",
                "Published pages rendered because the cache did not have them current.",
                &self.cache_misses,
            ),
        ] {
            family(&mut out, name, "counter", help);
            let _ = writeln!(out, "{name} {}", counter.load(Ordering::Relaxed));
        }
        family(
            &mut out,
            "mgi_profile_renders_total",
            "counter",
            "Profiles rendered, by format.",
        );
        if let Ok(r) = self.renders.lock() {
            for (format, n) in r.iter() {
                let _ = writeln!(out, "mgi_profile_renders_total{{format=\"{format}\"}} {n}");
            }
        }
        let (open, idle) = pool;
        family(
            &mut out,
            "mgi_db_pool_connections",
            "gauge",
            "Database connections of this instance, idle or in use.",
        );
        let _ = writeln!(
            out,
            "mgi_db_pool_connections{{state=\"idle\"}} {idle}\n\
             mgi_db_pool_connections{{state=\"in_use\"}} {}",
            usize::try_from(open)
                .unwrap_or_default()
                .saturating_sub(idle)
        );
        out
    }
}

fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
}

/// A label value as the text format quotes it.
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Whether `headers` carry `Authorization: Bearer <token>` (compared as digests, so the time
/// taken says nothing of how much of it matched).
fn authorised(headers: &HeaderMap, token: &str) -> bool {
    let given = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    Sha256::digest(given.as_bytes()) == Sha256::digest(token.as_bytes())
}

/// `GET /metrics`: 404 unless a token is configured, 401 without it.
pub async fn metrics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = state.metrics_token.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !authorised(&headers, token) {
        return (StatusCode::UNAUTHORIZED, [(WWW_AUTHENTICATE, "Bearer")]).into_response();
    }
    (
        [(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        state.metrics.text(state.store.pool_connections()),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_fall_in_cumulative_buckets() {
        let m = Metrics::default();
        for s in [0.001, 0.02, 0.02, 3.0, 60.0] {
            m.observe("/x", 200, s);
        }
        m.observe("/x", 404, 0.001);
        let text = m.text((3, 1));
        for line in [
            "mgi_http_requests_total{route=\"/x\",status=\"200\"} 5",
            "mgi_http_requests_total{route=\"/x\",status=\"404\"} 1",
            "mgi_http_request_duration_seconds_bucket{route=\"/x\",le=\"0.005\"} 2",
            "mgi_http_request_duration_seconds_bucket{route=\"/x\",le=\"0.025\"} 4",
            "mgi_http_request_duration_seconds_bucket{route=\"/x\",le=\"5\"} 5",
            "mgi_http_request_duration_seconds_bucket{route=\"/x\",le=\"10\"} 5",
            "mgi_http_request_duration_seconds_bucket{route=\"/x\",le=\"+Inf\"} 6",
            "mgi_http_request_duration_seconds_count{route=\"/x\"} 6",
            "mgi_db_pool_connections{state=\"in_use\"} 2",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} in\n{text}");
        }
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}

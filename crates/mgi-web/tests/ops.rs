//! What operators' tools read: `/healthz`, `/readyz`, the request id sent back and shown on
//! error pages, one log line per request that names its route and never a secret, and forms
//! refused when another site posts them.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use common::{App, Client, PASSWORD, app};

/// Where the test's log lines go: a buffer the test reads.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut b) = self.0.lock() {
            b.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        self.0
            .lock()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    }
}

/// The request log's lines written while `f` runs against `a`.
fn logged(captured: &Captured) -> tracing::subscriber::DefaultGuard {
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    tracing::subscriber::set_default(subscriber)
}

#[tokio::test]
async fn health_and_readiness_answer_in_plain_text() {
    let a = app().await;
    let mut c = Client::new(&a);
    let health = c.get("/healthz").await;
    assert_eq!(
        (health.status, health.body.as_str()),
        (StatusCode::OK, "ok\n")
    );
    let ready = c.get("/readyz").await;
    assert_eq!(
        (ready.status, ready.body.as_str()),
        (StatusCode::OK, "ready\n")
    );
    // The database gone: not ready, and nothing of where the database is.
    a.store.close().await;
    let gone = c.get("/readyz").await;
    assert_eq!(gone.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(gone.body, "not ready: the database does not answer\n");
    assert_eq!(c.get("/healthz").await.status, StatusCode::OK);
}

#[tokio::test]
async fn each_answer_carries_its_request_id_and_error_pages_show_it() {
    let a = app().await;
    let made = Client::new(&a).get("/").await;
    let id = made.headers["x-request-id"]
        .to_str()
        .expect("id")
        .to_owned();
    assert_eq!(id.len(), 16, "{id}");
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    let other = Client::new(&a).get("/").await.headers["x-request-id"].clone();
    assert_ne!(other, id.as_str(), "a new id each time");

    // A proxy's id is kept; a header that is not an id is replaced.
    let kept = Client::new(&a)
        .with_header("x-request-id", "lb-7f3a_22")
        .get("/fr/no-such-page")
        .await;
    assert_eq!(kept.status, StatusCode::NOT_FOUND);
    assert_eq!(kept.headers["x-request-id"], "lb-7f3a_22");
    assert!(
        kept.body.contains(
            "<p class=\"muted\">Référence de cette requête, à citer si vous la signalez\u{202f}: lb-7f3a_22</p>"
        ),
        "the 404 page gives the reference in its language"
    );
    let replaced = Client::new(&a)
        .with_header("x-request-id", "<b>x</b>")
        .get("/profiles/ZZZ/1999")
        .await;
    assert_eq!(replaced.status, StatusCode::NOT_FOUND);
    let new = replaced.headers["x-request-id"].to_str().expect("id");
    assert_ne!(new, "<b>x</b>");
    assert!(
        replaced
            .body
            .contains(&format!("to quote if you report it: {new}</p>"))
    );
}

async fn share_link(a: &App) -> String {
    let (mut ana, csrf) = Client::signed_in(a, "analyst").await;
    let r = ana
        .post(
            "/work/MNG/2026/share",
            &[("csrf", &csrf), ("label", "NGOs"), ("days", "7")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let at = r.body.find("/share/").expect("link");
    r.body[at..at + r.body[at..].find('<').expect("end")].to_owned()
}

#[tokio::test]
async fn the_request_log_names_routes_never_secrets() {
    let a = app().await;
    let link = share_link(&a).await;
    let token = link.trim_start_matches("/share/").to_owned();
    assert!(token.len() > 10, "{link}");
    let captured = Captured::default();
    let guard = logged(&captured);
    let mut c = Client::new(&a);
    let refused = c.sign_in("admin", "not-the-password-Zq9").await;
    let signed = Client::new(&a).sign_in("admin", PASSWORD).await;
    let shared = Client::new(&a)
        .get(&format!("{link}?name=Private+Person"))
        .await;
    let api = Client::new(&a).get("/api/v1/jurisdictions").await;
    drop(guard);
    let log = captured.text();
    let lines: Vec<&str> = log.lines().filter(|l| l.contains("request")).collect();
    // Signing in reads the form first: six requests.
    assert_eq!(lines.len(), 6, "one line per request:\n{log}");
    assert!(lines[0].contains("method=GET route=/login status=200"));
    for (line, (reply, route, method)) in [lines[1], lines[3], lines[4], lines[5]].iter().zip([
        (&refused, "/login", "POST"),
        (&signed, "/login", "POST"),
        (&shared, "/share/{token}", "GET"),
        (&api, "/api/v1/jurisdictions", "GET"),
    ]) {
        let id = reply.headers["x-request-id"].to_str().expect("id");
        assert!(line.contains(&format!("request_id={id}")), "{line}");
        assert!(line.contains(&format!("method={method}")), "{line}");
        assert!(line.contains(&format!("route={route}")), "{line}");
        assert!(
            line.contains(&format!("status={}", reply.status.as_u16())),
            "{line}"
        );
        assert!(line.contains("duration_ms="), "{line}");
    }
    for secret in [
        "not-the-password-Zq9",
        PASSWORD,
        token.as_str(),
        "Private",
        "session",
    ] {
        assert!(!log.contains(secret), "{secret} in the log:\n{log}");
    }
}

/// Parses a Prometheus text scrape: (series with its labels, value) per sample line; every
/// line is a comment or a sample whose value is a number.
fn samples(text: &str) -> Vec<(String, f64)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let (series, value) = l.rsplit_once(' ').expect("series and value");
            let value: f64 = value.parse().unwrap_or_else(|_| panic!("a number: {l}"));
            (series.to_owned(), value)
        })
        .collect()
}

#[tokio::test]
async fn metrics_are_off_by_default_and_behind_their_token() {
    let a = app().await;
    assert_eq!(
        Client::new(&a).get("/metrics").await.status,
        StatusCode::NOT_FOUND
    );
    let token = "scrape-token-0123456789";
    let b = common::app_with(|state| state.with_metrics_token(Some(token.into()))).await;
    let mut c = Client::new(&b);
    for _ in 0..3 {
        assert_eq!(c.get("/healthz").await.status, StatusCode::OK);
    }
    assert_eq!(c.get("/profiles/MNG/2023").await.status, StatusCode::OK);
    assert_eq!(c.get("/profiles/MNG/2023").await.status, StatusCode::OK);
    assert_eq!(c.get("/no-such-page").await.status, StatusCode::NOT_FOUND);
    let refused = c.get("/metrics").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(refused.headers["www-authenticate"], "Bearer");
    let wrong = Client::new(&b)
        .with_header("authorization", "Bearer scrape-token-012345678")
        .get("/metrics")
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let scrape = Client::new(&b)
        .with_header("authorization", &format!("Bearer {token}"))
        .get("/metrics")
        .await;
    assert_eq!(scrape.status, StatusCode::OK);
    assert!(
        scrape.headers["content-type"]
            .to_str()
            .is_ok_and(|t| t.starts_with("text/plain; version=0.0.4"))
    );
    let all = samples(&scrape.body);
    let value = |series: &str| {
        all.iter()
            .find(|(s, _)| s == series)
            .map(|(_, v)| *v)
            .unwrap_or_else(|| panic!("{series} in\n{}", scrape.body))
    };
    assert_eq!(
        value("mgi_http_requests_total{route=\"/healthz\",status=\"200\"}"),
        3.0
    );
    assert_eq!(
        value("mgi_http_requests_total{route=\"/profiles/{code}/{file}\",status=\"200\"}"),
        2.0
    );
    assert_eq!(
        value("mgi_http_requests_total{route=\"(no route)\",status=\"404\"}"),
        1.0
    );
    assert_eq!(
        value("mgi_http_requests_total{route=\"/metrics\",status=\"401\"}"),
        2.0
    );
    assert_eq!(value("mgi_page_cache_misses_total"), 1.0);
    assert_eq!(value("mgi_page_cache_hits_total"), 1.0);
    assert_eq!(value("mgi_profile_renders_total{format=\"html\"}"), 1.0);
    // The histogram: buckets never decrease and end at the count.
    let buckets: Vec<f64> = all
        .iter()
        .filter(|(s, _)| {
            s.starts_with("mgi_http_request_duration_seconds_bucket{route=\"/healthz\"")
        })
        .map(|(_, v)| *v)
        .collect();
    assert_eq!(buckets.len(), 12, "eleven bounds and +Inf");
    assert!(buckets.windows(2).all(|w| w[0] <= w[1]), "{buckets:?}");
    assert_eq!(
        buckets.last().copied(),
        Some(value(
            "mgi_http_request_duration_seconds_count{route=\"/healthz\"}"
        ))
    );
    // The pool's two gauges are scraped (`value` fails on a missing series).
    for state in ["idle", "in_use"] {
        value(&format!("mgi_db_pool_connections{{state=\"{state}\"}}"));
    }
}

/// A form posted from another site (its browser says so in `Origin`) is refused before it does
/// anything, signed in or not; from this site it goes through.
#[tokio::test]
async fn forms_posted_from_another_origin_change_nothing() {
    let a = app().await;
    let host = "mgi.example.org";
    let mut evil = Client::new(&a)
        .with_header("host", host)
        .with_header("origin", "https://evil.example");
    let refused = evil.sign_in("analyst", PASSWORD).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused.headers.get("set-cookie").is_none(),
        "no session for a sign-in from another site"
    );
    let mut same = Client::new(&a)
        .with_header("host", host)
        .with_header("origin", &format!("https://{host}"));
    let signed = same.sign_in("analyst", PASSWORD).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);

    // Signed in here, then a form sent from elsewhere with the session's own CSRF token.
    let (ana, csrf) = Client::signed_in(&a, "analyst").await;
    let before = a.store.share_links("MNG", 2026).await.expect("links").len();
    let mut forged = ana.with_header("origin", "https://evil.example");
    let r = forged
        .post(
            "/work/MNG/2026/share",
            &[("csrf", &csrf), ("label", "NGOs"), ("days", "7")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        a.store.share_links("MNG", 2026).await.expect("links").len(),
        before,
        "no share link made"
    );
}

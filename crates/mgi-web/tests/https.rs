//! The `https` setting: over HTTPS every cookie is `Secure` and every answer carries HSTS; over
//! plain HTTP neither. "on" means always, "proxy" only when the reverse proxy says
//! `X-Forwarded-Proto: https`, "off" never.

mod common;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use mgi_web::{AppState, Https, router};
use tower::ServiceExt;

const HSTS: &str = "max-age=31536000";

/// The test application with the `https` setting given.
async fn site(https: Https) -> common::App {
    let mut app = common::app().await;
    app.app = router(
        AppState::new(app.store.clone(), mgi_profile::Publication::default()).with_https(https),
    );
    app
}

async fn send(
    app: &common::App,
    request: axum::http::request::Builder,
    proto: Option<&str>,
    body: String,
) -> (StatusCode, HeaderMap, String) {
    let request = match proto {
        Some(p) => request.header("x-forwarded-proto", p),
        None => request,
    };
    let response = app
        .app
        .clone()
        .oneshot(request.body(Body::from(body)).expect("request"))
        .await
        .expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// The answers to the sign-in page and to signing in through it (as the administrator), each
/// request with `X-Forwarded-Proto: proto` when given.
async fn sign_in(app: &common::App, proto: Option<&str>) -> (HeaderMap, HeaderMap) {
    let (status, form, page) = send(app, Request::get("/login"), proto, String::new()).await;
    assert_eq!(status, StatusCode::OK);
    let token = common::hidden(&page, "form").expect("form token");
    let cookie = form
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .expect("form cookie")
        .to_owned();
    let (status, signed, _) = send(
        app,
        Request::post("/login")
            .header(header::COOKIE, cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
        proto,
        common::encode(&[
            ("form", &token),
            ("username", "admin"),
            ("password", common::PASSWORD),
        ]),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "signed in");
    (form, signed)
}

/// The cookies an answer sets.
fn cookies(h: &HeaderMap) -> Vec<String> {
    h.get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().expect("cookie").to_owned())
        .collect()
}

/// Every cookie of the answer is Secure (and there is one named `name`), and HSTS is sent.
fn assert_secure(h: &HeaderMap, name: &str) {
    let cookies = cookies(h);
    assert!(
        cookies.iter().any(|c| c.starts_with(&format!("{name}="))),
        "{name} is set: {cookies:?}"
    );
    for c in &cookies {
        assert!(c.ends_with("; Secure"), "{c}");
        assert_eq!(c.matches("Secure").count(), 1, "{c}");
    }
    assert_eq!(
        h.get(header::STRICT_TRANSPORT_SECURITY)
            .and_then(|v| v.to_str().ok()),
        Some(HSTS)
    );
}

/// No cookie of the answer is Secure (and there is one named `name`), and no HSTS.
fn assert_plain(h: &HeaderMap, name: &str) {
    let cookies = cookies(h);
    assert!(
        cookies.iter().any(|c| c.starts_with(&format!("{name}="))),
        "{name} is set: {cookies:?}"
    );
    for c in &cookies {
        assert!(!c.contains("Secure"), "{c}");
    }
    assert!(h.get(header::STRICT_TRANSPORT_SECURITY).is_none());
}

#[tokio::test]
async fn on_every_cookie_is_secure_and_hsts_is_sent() {
    let app = site(Https::On).await;
    let (form, signed) = sign_in(&app, None).await;
    assert_secure(&form, "mgi_form");
    assert_secure(&signed, "mgi_session");
    // Any answer, a public page or an error, carries HSTS, and the other headers stay.
    for uri in ["/", "/explore", "/no-such-page"] {
        let (_, h, _) = send(&app, Request::get(uri), None, String::new()).await;
        assert_eq!(
            h.get(header::STRICT_TRANSPORT_SECURITY)
                .and_then(|v| v.to_str().ok()),
            Some(HSTS),
            "{uri}"
        );
        assert!(h.get(header::CONTENT_SECURITY_POLICY).is_some(), "{uri}");
    }
}

#[tokio::test]
async fn proxy_only_requests_the_proxy_says_came_over_https() {
    let app = site(Https::Proxy).await;
    let (form, signed) = sign_in(&app, Some("https")).await;
    assert_secure(&form, "mgi_form");
    assert_secure(&signed, "mgi_session");
    for proto in [None, Some("http")] {
        let (form, signed) = sign_in(&app, proto).await;
        assert_plain(&form, "mgi_form");
        assert_plain(&signed, "mgi_session");
    }
}

#[tokio::test]
async fn off_never() {
    let app = site(Https::Off).await;
    for proto in [None, Some("https")] {
        let (form, signed) = sign_in(&app, proto).await;
        assert_plain(&form, "mgi_form");
        assert_plain(&signed, "mgi_session");
    }
    // The default of the state (AppState::new) is off.
    let app = common::app().await;
    let (form, signed) = sign_in(&app, Some("https")).await;
    assert_plain(&form, "mgi_form");
    assert_plain(&signed, "mgi_session");
}

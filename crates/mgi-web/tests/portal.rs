//! The public portal through the router (no port): published profiles in every format, drafts
//! and unknown addresses as 404, private notes never shown, security headers everywhere.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use mgi_framework::Framework;
use mgi_model::{AssessmentDoc, Stage};
use mgi_store::{ImportMode, Store};
use mgi_web::{AppState, router};
use tower::ServiceExt;

struct Portal {
    app: axum::Router,
    _dir: tempfile::TempDir,
}

async fn portal() -> Portal {
    let fw = Framework::embedded().expect("framework");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let mut published =
        AssessmentDoc::from_json(&std::fs::read_to_string(path).expect("reference"), &fw)
            .expect("valid");
    published.answers[0].notes = "PRIVATE-NOTE-XYZ".into();
    let mut draft = published.clone();
    draft.year = 2026;
    draft.stage = Stage::Consultation;
    draft.findings[0].text = "DRAFT-ONLY-TEXT".into();
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("portal.db").display().to_string(), fw)
        .await
        .expect("store");
    store
        .import_many(&[published, draft], "test", ImportMode::New)
        .await
        .expect("import");
    Portal {
        app: router(AppState::new(store, mgi_profile::Publication::default())),
        _dir: dir,
    }
}

async fn get(p: &Portal, uri: &str) -> (StatusCode, String, Vec<u8>, axum::http::HeaderMap) {
    let response = p
        .app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    (status, content_type, body, headers)
}

#[tokio::test]
async fn home_lists_published_rounds_only() {
    let p = portal().await;
    let (status, content_type, body, headers) = get(&p, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/html"));
    let page = String::from_utf8(body).expect("utf-8");
    assert!(page.contains("<h3>Asia</h3>"));
    assert!(
        page.contains("<li><bdi>Mongolia</bdi>: <a href=\"/profiles/MNG/2023\">2023</a></li>"),
        "{page}"
    );
    assert!(
        !page.contains("/profiles/MNG/2026") && !page.contains(">2026<"),
        "a draft round is not listed"
    );
    assert!(
        headers
            .get("content-security-policy")
            .is_some_and(|v| v.to_str().unwrap_or("").contains("default-src 'none'"))
    );
    assert_eq!(
        headers
            .get("x-content-type-options")
            .and_then(|v| v.to_str().ok()),
        Some("nosniff")
    );
}

#[tokio::test]
async fn published_profile_in_every_format() {
    let p = portal().await;
    let (status, _, body, _) = get(&p, "/profiles/MNG/2023").await;
    assert_eq!(status, StatusCode::OK);
    let html = String::from_utf8(body).expect("utf-8");
    assert!(html.contains("<h1>Migration Governance Indicators Profile 2023 – Mongolia</h1>"));
    let (status, content_type, body, _) = get(&p, "/profiles/MNG/2023.pdf").await;
    assert_eq!(
        (status, content_type.as_str()),
        (StatusCode::OK, "application/pdf")
    );
    assert!(body.starts_with(b"%PDF-"));
    let (status, content_type, body, _) = get(&p, "/profiles/MNG/2023.md").await;
    assert_eq!(
        (status, content_type.as_str()),
        (StatusCode::OK, "text/markdown; charset=utf-8")
    );
    assert!(
        String::from_utf8(body)
            .expect("utf-8")
            .starts_with("---\ntitle:")
    );
    let (status, _, body, _) = get(&p, "/profiles/MNG/2023.json").await;
    assert_eq!(status, StatusCode::OK);
    let json = String::from_utf8(body).expect("utf-8");
    assert!(json.contains("\"format\": \"mgi-assessment/1\""));
    assert!(
        !json.contains("PRIVATE-NOTE-XYZ"),
        "private research notes are never published"
    );
}

#[tokio::test]
async fn drafts_and_unknown_addresses_are_not_found() {
    let p = portal().await;
    for uri in [
        "/profiles/MNG/2026",
        "/profiles/MNG/2026.pdf",
        "/profiles/MNG/2026.json",
        "/profiles/MNG/2019",
        "/profiles/XXX/2023",
        "/profiles/MNG/20x3",
        "/profiles/MNG/2023.exe",
        "/profiles/MNG/..%2F..%2Fetc%2Fpasswd",
        "/nowhere",
    ] {
        let (status, _, body, headers) = get(&p, uri).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            !String::from_utf8_lossy(&body).contains("DRAFT-ONLY-TEXT"),
            "{uri} leaks draft text"
        );
        assert!(headers.get("content-security-policy").is_some(), "{uri}");
    }
}

//! The HTTP API: public reads see publications only; drafts and writes need a token and follow
//! the token user's role and scope; stale writes are conflicts; the OpenAPI document lists what
//! the router serves.

mod common;

use axum::http::StatusCode;
use common::{Client, DRAFT_TEXT, NOTE_TEXT, app};
use serde_json::Value;

fn json(r: &common::Reply) -> Value {
    serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("JSON ({e}): {}", r.body))
}

#[tokio::test]
async fn public_reads_see_published_data_only() {
    let app = app().await;
    let mut c = Client::new(&app);
    let list = c.api("GET", "/api/v1/assessments", None, None).await;
    assert_eq!(list.status, StatusCode::OK);
    let list = json(&list);
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");
    assert_eq!(
        (list[0]["jurisdiction"].as_str(), list[0]["year"].as_i64()),
        (Some("MNG"), Some(2023))
    );
    let doc = c
        .api("GET", "/api/v1/assessments/MNG/2023", None, None)
        .await;
    assert_eq!(doc.status, StatusCode::OK);
    assert!(
        !doc.body.contains(NOTE_TEXT),
        "research notes never go public"
    );
    let answers = json(
        &c.api("GET", "/api/v1/assessments/MNG/2023/answers", None, None)
            .await,
    );
    assert!(answers.as_array().is_some_and(|a| a.len() > 50));
    for draft in [
        "/api/v1/assessments/MNG/2026",
        "/api/v1/assessments/KAZ/2026/findings",
    ] {
        let r = c.api("GET", draft, None, None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{draft}");
        assert!(!r.body.contains(DRAFT_TEXT));
    }
    let csl = json(
        &c.api(
            "GET",
            "/api/v1/assessments/MNG/2023/sources?format=csl",
            None,
            None,
        )
        .await,
    );
    let items = csl.as_array().expect("CSL-JSON is an array");
    assert!(
        !items.is_empty()
            && items.iter().all(|i| i["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("MNG-2023-")))
    );
    assert!(
        items.iter().any(|i| i["type"] == "legislation"),
        "laws are legislation"
    );
    let format = c
        .api(
            "GET",
            "/api/v1/assessments/MNG/2023/sources?format=bibtex",
            None,
            None,
        )
        .await;
    assert_eq!(format.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad = c
        .api("GET", "/api/v1/assessments/MNG/20x3", None, None)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        json(&bad)["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("year:")),
        "{}",
        bad.body
    );
    let gcm = json(&c.api("GET", "/api/v1/aggregates/gcm", None, None).await);
    assert_eq!(gcm["objectives"].as_array().map(Vec::len), Some(23));
    assert_eq!(gcm["jurisdictions"]["Asia"].as_i64(), Some(1));
    let sdg = json(
        &c.api("GET", "/api/v1/aggregates/sdg?level=national", None, None)
            .await,
    );
    assert!(
        sdg["notice"]
            .as_str()
            .is_some_and(|n| n.contains("not the official"))
    );
    let level = c
        .api("GET", "/api/v1/aggregates/gcm?level=planet", None, None)
        .await;
    assert_eq!(level.status, StatusCode::UNPROCESSABLE_ENTITY);
    // One published round only: no progress to show yet.
    let diff = c
        .api("GET", "/api/v1/jurisdictions/MNG/diff", None, None)
        .await;
    assert_eq!(diff.status, StatusCode::NOT_FOUND);
    let hits = json(
        &c.api("GET", "/api/v1/search?q=social+insurance", None, None)
            .await,
    );
    assert!(
        hits.as_array()
            .is_some_and(|h| !h.is_empty() && h.iter().all(|h| h["year"] == 2023))
    );
    let nothing = c.api("GET", "/api/v1/no-such-thing", None, None).await;
    assert_eq!(
        (nothing.status, json(&nothing)["error"].as_str()),
        (StatusCode::NOT_FOUND, Some("not found"))
    );
}

#[tokio::test]
async fn drafts_and_writes_follow_the_token_users_role_and_scope() {
    let app = app().await;
    let mut c = Client::new(&app);
    let token = |user: &'static str| {
        let store = app.store.clone();
        async move { store.issue_token(user, "test", 1).await.expect("token") }
    };
    let (analyst, focal, commenter) = (
        token("analyst").await,
        token("focal-point").await,
        token("commenter").await,
    );
    let draft = "/api/v1/drafts/MNG/2026";
    assert_eq!(
        c.api("GET", draft, None, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        c.api("GET", draft, Some("mgi_forged"), None).await.status,
        StatusCode::UNAUTHORIZED
    );
    let seen = c.api("GET", draft, Some(&focal), None).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(
        seen.body.contains(DRAFT_TEXT) && !seen.body.contains(NOTE_TEXT),
        "a focal point reads the draft, not the team's notes"
    );
    assert!(
        c.api("GET", draft, Some(&analyst), None)
            .await
            .body
            .contains(NOTE_TEXT)
    );
    assert_eq!(
        c.api("GET", "/api/v1/drafts/KAZ/2026", Some(&focal), None)
            .await
            .status,
        StatusCode::NOT_FOUND,
        "another country's draft"
    );

    let url = "/api/v1/drafts/MNG/2026/answers/health-access";
    let current = json(&c.api("GET", url, Some(&analyst), None).await);
    let version = current["version"].as_i64().expect("version");
    let body = |v: i64, narrative: &str| {
        format!(
            r#"{{"value": "partial", "narrative": "{narrative}", "status": "draft", "citations": [], "version": {v}}}"#
        )
    };
    let saved = c
        .api(
            "PUT",
            url,
            Some(&analyst),
            Some(&body(version, "Through the API.")),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(json(&saved)["version"].as_i64(), Some(version + 1));
    let stale = c
        .api("PUT", url, Some(&analyst), Some(&body(version, "Stale.")))
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(json(&stale)["current"].as_i64(), Some(version + 1));
    let stored = app
        .store
        .answer("MNG", 2026, "health-access")
        .await
        .expect("answer");
    assert_eq!(
        stored.value.narrative, "Through the API.",
        "the stale write lost nothing"
    );
    for (who, status) in [
        (&focal, StatusCode::FORBIDDEN),
        (&commenter, StatusCode::FORBIDDEN),
    ] {
        let r = c
            .api("PUT", url, Some(who), Some(&body(version + 1, "No.")))
            .await;
        assert_eq!(r.status, status, "{}", r.body);
    }
    let bad = c
        .api(
            "PUT",
            url,
            Some(&analyst),
            Some(r#"{"value": "mostly", "version": 2}"#),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        json(&bad)["error"]
            .as_str()
            .is_some_and(|e| e.contains("mostly")),
        "{}",
        bad.body
    );
    let unknown = c.api("PUT", url, Some(&analyst), Some(r#"{"value": "present", "version": 2, "citations": [{"source": "no-such-source"}]}"#)).await;
    assert_eq!(
        unknown.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unknown.body
    );
    // Machines get the kind of problem as a stable code, and the English message.
    assert_eq!(
        json(&unknown)["problems"][0],
        serde_json::json!({
            "field": "citations[0].source",
            "code": "unknown-source",
            "message": "unknown source \"no-such-source\"",
        }),
        "{}",
        unknown.body
    );
    let published = c
        .api(
            "PUT",
            "/api/v1/drafts/MNG/2023/answers/health-access",
            Some(&analyst),
            Some(&body(1, "x")),
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::FORBIDDEN,
        "a published round is not edited in place"
    );
    app.store
        .revoke_tokens("analyst", "test")
        .await
        .expect("revoke");
    assert_eq!(
        c.api("GET", url, Some(&analyst), None).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_duplicate_source_is_merged_through_the_api() {
    let app = app().await;
    common::cite_both_disaster_laws(&app.store).await;
    let mut c = Client::new(&app);
    let token = |user: &'static str| {
        let store = app.store.clone();
        async move { store.issue_token(user, "test", 1).await.expect("token") }
    };
    let (analyst, focal) = (token("analyst").await, token("focal-point").await);
    let url = "/api/v1/drafts/MNG/2026/sources/law-disaster-protection-2003/merge";
    let into = r#"{"into": "law-disaster-protection-2017"}"#;
    assert_eq!(
        c.api("POST", url, None, Some(into)).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        c.api("POST", url, Some(&focal), Some(into)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        c.api(
            "POST",
            "/api/v1/drafts/MNG/2023/sources/law-disaster-protection-2003/merge",
            Some(&analyst),
            Some(into)
        )
        .await
        .status,
        StatusCode::FORBIDDEN,
        "a published round is not edited in place"
    );
    let itself = c
        .api(
            "POST",
            url,
            Some(&analyst),
            Some(r#"{"into": "law-disaster-protection-2003"}"#),
        )
        .await;
    assert_eq!(itself.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        json(&itself)["problems"][0]["code"].as_str(),
        Some("merge-into-itself")
    );
    let bad = c
        .api("POST", url, Some(&analyst), Some(r#"{"to": "x"}"#))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    let unknown = c
        .api(
            "POST",
            url,
            Some(&analyst),
            Some(r#"{"into": "no-such-source"}"#),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.store.sources("MNG", 2026).await.expect("sources").len(),
        78,
        "nothing merged yet"
    );
    let merged = c.api("POST", url, Some(&analyst), Some(into)).await;
    assert_eq!(merged.status, StatusCode::OK, "{}", merged.body);
    assert_eq!(
        json(&merged),
        serde_json::json!({
            "into": "law-disaster-protection-2017",
            "moved": 1,
            "citations": 1,
            "duplicates": 1,
            "figures": 0,
        })
    );
    let doc = app
        .store
        .export_assessment("MNG", 2026)
        .await
        .expect("draft");
    assert!(doc.source("law-disaster-protection-2003").is_none());
    let log = app.store.audit_log("MNG", 2026).await.expect("audit");
    let last = log.last().expect("a line");
    assert_eq!(
        (
            last.actor.as_str(),
            last.entity_key.as_str(),
            last.new_value.as_deref()
        ),
        (
            "analyst",
            "law-disaster-protection-2003",
            Some("law-disaster-protection-2017")
        )
    );
    assert_eq!(
        c.api("POST", url, Some(&analyst), Some(into)).await.status,
        StatusCode::NOT_FOUND,
        "merged already"
    );
}

#[tokio::test]
async fn findings_are_read_saved_added_reviewed_and_deleted_through_the_api() {
    let app = app().await;
    let mut c = Client::new(&app);
    let token = |user: &'static str| {
        let store = app.store.clone();
        async move { store.issue_token(user, "test", 1).await.expect("token") }
    };
    let (analyst, focal) = (token("analyst").await, token("focal-point").await);
    let draft = "/api/v1/drafts/MNG/2026/findings";
    let url = format!("{draft}/rights-wd-2");
    let fields = |r: &common::Reply| -> Vec<String> {
        json(r)["problems"]
            .as_array()
            .map(|p| {
                p.iter()
                    .filter_map(|p| p["field"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };

    // Read, by the team and by the government's focal point.
    assert_eq!(
        c.api("GET", &url, None, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    let read = c.api("GET", &url, Some(&focal), None).await;
    assert_eq!(read.status, StatusCode::OK, "{}", read.body);
    let got = json(&read);
    assert_eq!(
        (
            got["key"].as_str(),
            got["domain"].as_str(),
            got["kind"].as_str()
        ),
        (Some("rights-wd-2"), Some("rights"), Some("well-developed"))
    );
    let version = got["version"].as_i64().expect("version");
    assert!(got["suggested"].is_array() && got["footnotes"].is_array());

    // Saved whole on top of the version read; a stale save is a conflict.
    let body = |v: i64, text: &str| {
        format!(
            r#"{{"kind": "potential", "text": "{text}", "indicators": ["education-access", "health-access"],
                "citations": [{{"source": "law-rights-of-children", "pinpoint": "Article 9"}}],
                "footnotes": ["A note."], "version": {v}}}"#
        )
    };
    let saved = c
        .api(
            "PUT",
            &url,
            Some(&analyst),
            Some(&body(version, "Through the API.")),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(json(&saved)["version"].as_i64(), Some(version + 1));
    let stored = app
        .store
        .finding("MNG", 2026, "rights-wd-2")
        .await
        .expect("finding");
    assert_eq!(
        (
            stored.value.kind,
            stored.value.text.as_str(),
            stored.value.indicators.len(),
            stored.value.citations[0].pinpoint.as_deref(),
            stored.value.footnotes.as_slice()
        ),
        (
            mgi_model::FindingKind::Potential,
            "Through the API.",
            2,
            Some("Article 9"),
            ["A note.".to_owned()].as_slice()
        )
    );
    let stale = c
        .api("PUT", &url, Some(&analyst), Some(&body(version, "Stale.")))
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(json(&stale)["current"].as_i64(), Some(version + 1));
    assert_eq!(
        c.api("PUT", &url, Some(&focal), Some(&body(version + 1, "No.")))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Each problem at its JSON path: the rules of the fields, and what cannot be read at all.
    let invalid = c
        .api(
            "PUT",
            &url,
            Some(&analyst),
            Some(&format!(
                r#"{{"kind": "potential", "text": " ", "indicators": ["education-access", "nope"],
                    "citations": [{{"source": "nowhere"}}], "footnotes": ["fine", " "], "version": {}}}"#,
                version + 1
            )),
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        fields(&invalid),
        [
            "text",
            "indicators[1]",
            "citations[0].source",
            "footnotes[1]"
        ],
        "{}",
        invalid.body
    );
    for (bad, field) in [
        (
            r#"{"kind": "excellent", "text": "x", "version": 2}"#,
            "kind",
        ),
        (
            r#"{"kind": "potential", "text": "x", "citations": [{"source": 3}], "version": 2}"#,
            "citations[0].source",
        ),
        (r#"{"kind": "potential", "text": "x"}"#, "body"),
        (
            r#"{"kind": "potential", "text": "x", "version": 2} trailing"#,
            "body",
        ),
    ] {
        let r = c.api("PUT", &url, Some(&analyst), Some(bad)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_eq!(fields(&r), [field], "{bad}: {}", r.body);
    }
    assert_eq!(
        c.api(
            "GET",
            &format!("{draft}/no-such-finding"),
            Some(&analyst),
            None
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );

    // Added to a domain: 201 with its key and address.
    let added = c
        .api(
            "POST",
            draft,
            Some(&analyst),
            Some(r#"{"domain": "government", "kind": "potential", "text": "Added through the API.", "indicators": ["migration-agency"]}"#),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
    let key = json(&added)["key"].as_str().expect("key").to_owned();
    assert_eq!(key, "government-pot-6");
    assert_eq!(
        added.headers.get("location").and_then(|v| v.to_str().ok()),
        Some(format!("{draft}/{key}").as_str())
    );
    let unknown = c
        .api(
            "POST",
            draft,
            Some(&analyst),
            Some(r#"{"domain": "weather", "kind": "potential", "text": "x"}"#),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&unknown), ["domain"]);
    assert_eq!(
        c.api(
            "POST",
            "/api/v1/drafts/MNG/2023/findings",
            Some(&analyst),
            Some(r#"{"domain": "government", "kind": "potential", "text": "x"}"#)
        )
        .await
        .status,
        StatusCode::FORBIDDEN,
        "a published round is not edited in place"
    );

    // The importer's suggestions, accepted or dismissed one at a time on top of the version.
    app.raw(
        "UPDATE findings SET suggested = '[{\"indicator\":\"health-access\",\"score\":0.6},{\"indicator\":\"education-access\",\"score\":0.5}]'
         WHERE key = 'rights-wd-3' AND assessment_id = (SELECT id FROM assessments WHERE year = 2026 AND jurisdiction = 'MNG')",
    )
    .await;
    let review = |indicator: &str| format!("{draft}/rights-wd-3/suggestions/{indicator}");
    let v = json(
        &c.api("GET", &format!("{draft}/rights-wd-3"), Some(&analyst), None)
            .await,
    )["version"]
        .as_i64()
        .expect("version");
    let accepted = c
        .api(
            "POST",
            &review("health-access"),
            Some(&analyst),
            Some(&format!(r#"{{"review": "accept", "version": {v}}}"#)),
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    assert_eq!(json(&accepted)["version"].as_i64(), Some(v + 1));
    let after = app
        .store
        .finding("MNG", 2026, "rights-wd-3")
        .await
        .expect("finding");
    assert!(after.value.indicators.iter().any(|i| i == "health-access"));
    assert_eq!(after.value.suggested.len(), 1);
    let stale = c
        .api(
            "POST",
            &review("education-access"),
            Some(&analyst),
            Some(&format!(r#"{{"review": "dismiss", "version": {v}}}"#)),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    for (indicator, bad, field) in [
        (
            "education-access",
            format!(r#"{{"review": "maybe", "version": {}}}"#, v + 1),
            "review",
        ),
        (
            "no-such-indicator",
            format!(r#"{{"review": "dismiss", "version": {}}}"#, v + 1),
            "indicator",
        ),
    ] {
        let r = c
            .api("POST", &review(indicator), Some(&analyst), Some(&bad))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_eq!(fields(&r), [field], "{}", r.body);
    }
    let dismissed = c
        .api(
            "POST",
            &review("education-access"),
            Some(&analyst),
            Some(&format!(r#"{{"review": "dismiss", "version": {}}}"#, v + 1)),
        )
        .await;
    assert_eq!(dismissed.status, StatusCode::OK, "{}", dismissed.body);

    // Deleted on top of the version read: 204, then gone.
    let added_url = format!("{draft}/{key}");
    for (query, status) in [
        ("", StatusCode::UNPROCESSABLE_ENTITY),
        ("?version=one", StatusCode::UNPROCESSABLE_ENTITY),
        ("?version=7", StatusCode::CONFLICT),
    ] {
        let r = c
            .api(
                "DELETE",
                &format!("{added_url}{query}"),
                Some(&analyst),
                None,
            )
            .await;
        assert_eq!(r.status, status, "{query}: {}", r.body);
    }
    assert_eq!(
        c.api(
            "DELETE",
            &format!("{added_url}?version=1"),
            Some(&focal),
            None
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let deleted = c
        .api(
            "DELETE",
            &format!("{added_url}?version=1"),
            Some(&analyst),
            None,
        )
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT, "{}", deleted.body);
    assert!(deleted.body.is_empty());
    assert_eq!(
        c.api("GET", &added_url, Some(&analyst), None).await.status,
        StatusCode::NOT_FOUND
    );
    let log = app.store.audit_log("MNG", 2026).await.expect("audit");
    assert!(
        log.iter()
            .any(|l| l.entity_key == key && l.actor == "analyst" && l.new_value.is_none()),
        "the deletion is audited"
    );
}

#[tokio::test]
async fn the_openapi_document_describes_every_route() {
    let app = app().await;
    let mut c = Client::new(&app);
    let doc = json(&c.api("GET", "/api/v1/openapi.json", None, None).await);
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().expect("paths");
    for (path, ops) in paths {
        for method in ops.as_object().expect("operations").keys() {
            let concrete = path
                .replace("{code}", "MNG")
                .replace("{year}", "2023")
                .replace("{indicator}", "health-access");
            let r = c
                .api(&method.to_uppercase(), &concrete, None, Some("{}"))
                .await;
            assert_ne!(
                r.status,
                StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path} is served"
            );
            if !path.ends_with("/diff") {
                assert_ne!(r.status, StatusCode::NOT_FOUND, "{method} {path} is routed");
            }
            // The API answered (JSON), not the portal's HTML fallback.
            assert!(
                json(&r).is_object() || json(&r).is_array(),
                "{method} {path}"
            );
        }
    }
    // Every reference points at a schema the document defines.
    let text = doc.to_string();
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    for r in text.split("\"#/components/schemas/").skip(1) {
        let name = &r[..r.find('"').expect("end")];
        assert!(schemas.contains_key(name), "missing schema {name}");
    }
    assert!(!text.contains("#/$defs/"));
}

#[tokio::test]
async fn a_user_creates_and_revokes_its_own_tokens_in_the_browser() {
    let app = app().await;
    let (mut analyst, csrf) = Client::signed_in(&app, "analyst").await;
    let page = analyst
        .post(
            "/account/tokens",
            &[("csrf", &csrf), ("label", "sync script"), ("days", "30")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let start = page
        .body
        .find("<pre>mgi_")
        .expect("the token is shown once")
        + 5;
    let token = page.body[start..start + page.body[start..].find('<').expect("end")].to_owned();
    let draft = analyst
        .api("GET", "/api/v1/drafts/MNG/2026", Some(&token), None)
        .await;
    assert_eq!(draft.status, StatusCode::OK);
    let listed = analyst.get("/account/tokens").await;
    assert!(
        listed.body.contains("sync script") && !listed.body.contains(&token),
        "listed, never shown again"
    );
    let bad = analyst
        .post(
            "/account/tokens",
            &[("csrf", &csrf), ("label", "x"), ("days", "9999")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let forged = analyst
        .post(
            "/account/tokens",
            &[("csrf", "forged"), ("label", "x"), ("days", "3")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let revoked = analyst
        .post(
            "/account/tokens/revoke",
            &[("csrf", &csrf), ("label", "sync script")],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let after = analyst
        .api("GET", "/api/v1/drafts/MNG/2026", Some(&token), None)
        .await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    assert!(
        analyst
            .get("/account/tokens")
            .await
            .body
            .contains("revoked")
    );
    let mut anonymous = Client::new(&app);
    assert_eq!(
        anonymous.get("/account/tokens").await.status,
        StatusCode::SEE_OTHER,
        "sign in first"
    );
}

//! Hostile input, one table: each request with the answer it must get, and what the answer must
//! never contain. Nothing here may answer 500.

mod common;

use axum::http::StatusCode;
use common::{Client, app};

/// What a hostile request sends.
enum Send {
    Get(String),
    Form(&'static str, Vec<(&'static str, String)>),
    Api(&'static str, &'static str, Option<&'static str>, Vec<u8>),
    Upload(&'static str, Vec<u8>),
    /// The sign-in form with this user name (and a wrong password).
    SignIn(String),
    /// The share link's form with this name.
    Redeem(String),
}

#[tokio::test]
async fn every_hostile_input_gets_its_clear_answer() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let v = a.version("MNG", 2026, "health-access").await;
    let save = |narrative: String, version: &str| {
        vec![
            ("csrf", csrf.clone()),
            ("version", version.to_owned()),
            ("value", "partial".to_owned()),
            ("narrative", narrative),
            ("status", "draft".to_owned()),
        ]
    };
    let answer = "/work/MNG/2026/indicators/health-access";
    let cited = |n: usize, version: &str| {
        let mut f = save("cited".into(), version);
        for i in 0..n {
            f.push(("cite", "law-health-insurance".to_owned()));
            f.push(("pin", format!("Article {i}")));
        }
        f
    };
    let new_source = |url: &str| {
        let mut f = save("with a new source".into(), &v);
        f.extend([
            ("new_issuer", "Someone".to_owned()),
            ("new_title", "A title".to_owned()),
            ("new_kind", "law".to_owned()),
            ("new_url", url.to_owned()),
        ]);
        f
    };
    let many_citations = serde_json::json!({
        "value": "partial",
        "version": v.parse::<i64>().expect("version"),
        "citations": (0..51).map(|i| serde_json::json!({"source": "law-health-insurance", "pinpoint": format!("Article {i}")})).collect::<Vec<_>>(),
    })
    .to_string()
    .into_bytes();
    let link = a
        .store
        .create_share_link("MNG", 2026, "hostile", 3, "analyst")
        .await
        .expect("link");
    a.store
        .create_share_link("KAZ", 2026, "elsewhere", 3, "analyst")
        .await
        .expect("link");
    let kaz_link = a.store.share_links("KAZ", 2026).await.expect("links")[0]
        .id
        .to_string();
    let share = |label: &str| {
        vec![
            ("csrf", csrf.clone()),
            ("label", label.to_owned()),
            ("days", "3".to_owned()),
        ]
    };
    // (what, request, status, the answer must say, the answer must never contain)
    let cases: Vec<(&str, Send, StatusCode, &str, &str)> = vec![
        (
            "oversized field",
            Send::Form(answer, save("x".repeat(100_001), &v)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "longer than",
            "",
        ),
        (
            "NUL character",
            Send::Form(answer, save("a\0b".into(), &v)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "NUL character",
            "",
        ),
        (
            "forged CSRF token",
            Send::Form(answer, {
                let mut f = save("forged".into(), &v);
                f[0].1 = "not-the-token".into();
                f
            }),
            StatusCode::FORBIDDEN,
            "Form refused",
            "",
        ),
        (
            "stale version",
            Send::Form(answer, save("stale".into(), "999")),
            StatusCode::CONFLICT,
            "Someone else saved",
            "",
        ),
        (
            "bad stage",
            Send::Form(
                "/work/MNG/2026/stage",
                vec![
                    ("csrf", csrf.clone()),
                    ("to", "nirvana".into()),
                    ("version", "1".into()),
                ],
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "to",
            "",
        ),
        (
            "path traversal in a profile",
            Send::Get("/profiles/..%2F..%2Fetc%2Fpasswd".into()),
            StatusCode::NOT_FOUND,
            "",
            "root:",
        ),
        (
            "path traversal in an indicator",
            Send::Get("/work/MNG/2026/indicators/..%2F..%2Fadmin%2Fusers".into()),
            StatusCode::NOT_FOUND,
            "",
            "New account",
        ),
        (
            "year out of range",
            Send::Get("/profiles/MNG/99999999999.json".into()),
            StatusCode::NOT_FOUND,
            "",
            "",
        ),
        (
            "SQL in search",
            Send::Get("/search?q=%27%3B+DROP+TABLE+users%3B+--".into()),
            StatusCode::OK,
            "",
            "error",
        ),
        (
            "SQL in the explorer",
            Send::Get("/explore?indicator=%27+OR+1%3D1".into()),
            StatusCode::NOT_FOUND,
            "",
            "",
        ),
        (
            "SQL in a jurisdiction code",
            Send::Get("/progress/MNG%27%20OR%20%271%27%3D%271".into()),
            StatusCode::NOT_FOUND,
            "",
            "",
        ),
        (
            "script in search",
            Send::Get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E".into()),
            StatusCode::OK,
            "",
            "<script>",
        ),
        (
            "invalid UTF-8 in a form",
            Send::Api("POST", answer, None, b"csrf=x&narrative=%FF%FE".to_vec()),
            StatusCode::FORBIDDEN,
            "",
            "",
        ),
        (
            "invalid UTF-8 in API JSON",
            Send::Api(
                "PUT",
                "/api/v1/drafts/MNG/2026/answers/health-access",
                Some("token"),
                b"{\"value\": \"\xff\", \"version\": 1}".to_vec(),
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "",
            "",
        ),
        (
            "malformed API JSON",
            Send::Api(
                "PUT",
                "/api/v1/drafts/MNG/2026/answers/health-access",
                Some("token"),
                b"{\"value\": ".to_vec(),
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "",
            "",
        ),
        (
            "NUL in API JSON",
            Send::Api(
                "PUT",
                "/api/v1/drafts/MNG/2026/answers/health-access",
                Some("token"),
                format!(
                    "{{\"value\": \"partial\", \"narrative\": \"a\\u0000b\", \"version\": {v}}}"
                )
                .into_bytes(),
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "",
            "",
        ),
        (
            "unknown API token",
            Send::Api("GET", "/api/v1/drafts/MNG/2026", Some("forged"), Vec::new()),
            StatusCode::UNAUTHORIZED,
            "",
            "",
        ),
        (
            "not a workbook",
            Send::Upload(
                "/work/MNG/2026/workbook",
                b"<?xml version=\"1.0\"?><x/>".to_vec(),
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "Nothing was stored",
            "",
        ),
        (
            "too many citations in a form",
            Send::Form(answer, cited(51, &v)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "at most 50",
            "",
        ),
        (
            "too many citations through the API",
            Send::Api(
                "PUT",
                "/api/v1/drafts/MNG/2026/answers/health-access",
                Some("token"),
                many_citations,
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "at most 50",
            "",
        ),
        (
            "a javascript: address for a new source",
            Send::Form(answer, new_source("javascript:alert(8)")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "http://",
            "",
        ),
        (
            "a line break in a new source's title",
            Send::Form(answer, {
                let mut f = new_source("https://example.org");
                let at = f
                    .iter()
                    .position(|(k, _)| *k == "new_title")
                    .expect("title");
                f[at].1 = "A title\n# injected".into();
                f
            }),
            StatusCode::UNPROCESSABLE_ENTITY,
            "line break",
            "",
        ),
        (
            "a year with a leading zero",
            Send::Get("/profiles/MNG/02023".into()),
            StatusCode::NOT_FOUND,
            "",
            "",
        ),
        (
            "a year with a sign",
            Send::Get("/profiles/MNG/+2023.json".into()),
            StatusCode::NOT_FOUND,
            "",
            "",
        ),
        (
            "a year with a leading zero in a work page",
            Send::Get("/work/MNG/02026".into()),
            StatusCode::NOT_FOUND,
            "",
            "",
        ),
        (
            "an 80 KB user name",
            Send::SignIn(format!("{}<script>", "é".repeat(40_000))),
            StatusCode::UNAUTHORIZED,
            "The user name is unknown or the password is wrong.",
            "<script>",
        ),
        (
            "a line break in a participant's name",
            Send::Redeem("Batbayar\nAdministrator".into()),
            StatusCode::UNPROCESSABLE_ENTITY,
            "give your name",
            "",
        ),
        (
            "a control character in a participant's name",
            Send::Redeem("Bat\u{1b}[31mbayar".into()),
            StatusCode::UNPROCESSABLE_ENTITY,
            "give your name",
            "",
        ),
        (
            "a share link for a published assessment",
            Send::Form("/work/MNG/2023/share", share("late")),
            StatusCode::CONFLICT,
            "only while the draft is shared",
            "/share/",
        ),
        (
            "revoking another assessment's link",
            Send::Form(
                "/work/MNG/2026/share/revoke",
                vec![("csrf", csrf.clone()), ("link", kaz_link.clone())],
            ),
            StatusCode::NOT_FOUND,
            "",
            "",
        ),
        (
            "revoking a link that is not a number",
            Send::Form(
                "/work/MNG/2026/share/revoke",
                vec![("csrf", csrf.clone()), ("link", "1 OR 1=1".into())],
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "link",
            "",
        ),
        (
            "share link never issued",
            Send::Get("/share/0000000000000000".into()),
            StatusCode::NOT_FOUND,
            "",
            "",
        ),
    ];
    let token = a
        .store
        .issue_token("analyst", "hostile", 1)
        .await
        .expect("token");
    let before = a.store.export_assessment("MNG", 2026).await.expect("doc");
    for (what, send, expected, says, never) in cases {
        let r = match send {
            Send::Get(uri) => c.get(&uri).await,
            Send::Form(uri, fields) => {
                let fields: Vec<(&str, &str)> =
                    fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                c.post(uri, &fields).await
            }
            Send::Api(method, uri, auth, body) => {
                let auth = auth.map(|t| {
                    if t == "token" {
                        token.clone()
                    } else {
                        format!("mgi_{t}")
                    }
                });
                c.raw(method, uri, auth.as_deref(), body).await
            }
            Send::Upload(uri, bytes) => {
                c.upload(uri, &[("csrf", &csrf)], ("workbook", &bytes))
                    .await
            }
            Send::SignIn(name) => c.sign_in(&name, "wrong password").await,
            Send::Redeem(name) => {
                let uri = format!("/share/{link}");
                let form = c.get(&uri).await;
                let token = common::hidden(&form.body, "form").expect("form token");
                c.post(&uri, &[("form", &token), ("name", &name)]).await
            }
        };
        assert_eq!(
            r.status,
            expected,
            "{what}: {}",
            r.body.chars().take(300).collect::<String>()
        );
        assert_ne!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{what}");
        assert!(
            r.body.contains(says),
            "{what}: the answer should say {says:?}"
        );
        assert!(
            never.is_empty() || !r.body.contains(never),
            "{what}: the answer contains {never:?}"
        );
    }
    let after = a.store.export_assessment("MNG", 2026).await.expect("doc");
    assert_eq!(
        after.answers, before.answers,
        "no hostile request changed an answer"
    );
    let links = a.store.share_links("MNG", 2026).await.expect("links");
    assert!(
        links.iter().all(|l| l.guests == 0 && l.state.is_live()),
        "no participant admitted, no link revoked"
    );
    assert!(
        a.store.share_links("KAZ", 2026).await.expect("links")[0]
            .state
            .is_live(),
        "the other assessment's link is untouched"
    );
}

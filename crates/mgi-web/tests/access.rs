//! The access matrix: every route × every role × own/other jurisdiction × draft/published, from
//! one table. Each cell is the status code the role must get; whatever it gets, a page it may not
//! read never carries draft text or research notes.

mod common;

use axum::http::StatusCode;
use common::{Client, DRAFT_TEXT, NOTE_TEXT, PASSWORD, app};

/// The columns: who asks. The focal point answers for MNG; the commenter was invited to MNG 2026.
const WHO: [&str; 6] = [
    "public",
    "admin",
    "analyst",
    "reviewer",
    "focal-point",
    "commenter",
];

/// The assessments: published and own (MNG 2023), draft and own (MNG 2026, in consultation),
/// draft of another jurisdiction (KAZ 2026, in consultation).
const PUBLISHED: &str = "MNG/2023";
const OWN_DRAFT: &str = "MNG/2026";
const OTHER_DRAFT: &str = "KAZ/2026";

enum Method {
    Get,
    /// A form post with the session's CSRF token and these fields (`{v}`: the answer's version).
    Post(&'static [(&'static str, &'static str)]),
}
use Method::{Get, Post};

const SAVE: &[(&str, &str)] = &[
    ("version", "{v}"),
    ("value", "partial"),
    ("narrative", "Matrix edit."),
    ("status", "draft"),
];
const COMMENT: &[(&str, &str)] = &[
    ("anchor", "general"),
    ("ref", ""),
    ("visibility", "government"),
    ("text", "Matrix comment."),
];
const PUBLISH: &[(&str, &str)] = &[("note", "")];
const SHARE: &[(&str, &str)] = &[("label", "matrix"), ("days", "3")];
/// A link no assessment has.
const REVOKE: &[(&str, &str)] = &[("link", "999999")];
const FINDING: &[(&str, &str)] = &[
    ("domain", "{d}"),
    ("kind", "potential"),
    ("text", "Matrix finding."),
    ("indicator", ""),
];
/// Merging the 2003 Law on Disaster Protection of the reference into the 2017 one.
const MERGE: &[(&str, &str)] = &[("into", "law-disaster-protection-2017")];
const EVENT: &[(&str, &str)] = &[
    ("title", "Workshop"),
    ("start", "2026-05-01"),
    ("end", "2026-05-01"),
    ("place", "Ulaanbaatar"),
];
/// `{n}`: a user name unique to the cell.
const ACCOUNT: &[(&str, &str)] = &[
    ("username", "{n}"),
    ("name", "New"),
    ("role", "analyst"),
    ("password", "long enough password"),
];

/// (method, path with `{a}` for the assessment, `{i}` an indicator, `{f}` a finding, `{d}` a domain,
/// expected status for each of [`WHO`]). 303 for the public on /work is the sign-in redirect.
#[rustfmt::skip]
const MATRIX: &[(Method, &str, &str, [u16; 6])] = &[
    (Get, "/profiles/{a}", PUBLISHED,   [200, 200, 200, 200, 200, 200]),
    (Get, "/profiles/{a}", OWN_DRAFT,   [404, 404, 404, 404, 404, 404]),
    (Get, "/profiles/{a}", OTHER_DRAFT, [404, 404, 404, 404, 404, 404]),
    (Get, "/profiles/{a}.json", OWN_DRAFT, [404, 404, 404, 404, 404, 404]),
    (Get, "/work/{a}", PUBLISHED,   [303, 200, 200, 200, 200, 404]),
    (Get, "/work/{a}", OWN_DRAFT,   [303, 200, 200, 200, 200, 200]),
    (Get, "/work/{a}", OTHER_DRAFT, [303, 200, 200, 200, 404, 404]),
    (Get, "/work/{a}/preview", OWN_DRAFT,   [303, 200, 200, 200, 200, 200]),
    (Get, "/work/{a}/preview", OTHER_DRAFT, [303, 200, 200, 200, 404, 404]),
    (Get, "/work/{a}/audit", PUBLISHED,   [303, 200, 200, 200, 404, 404]),
    (Get, "/work/{a}/audit", OWN_DRAFT,   [303, 200, 200, 200, 404, 404]),
    (Get, "/work/{a}/audit", OTHER_DRAFT, [303, 200, 200, 200, 404, 404]),
    (Get, "/work/{a}/indicators/{i}", OWN_DRAFT,   [303, 200, 200, 200, 200, 200]),
    (Get, "/work/{a}/indicators/{i}", OTHER_DRAFT, [303, 200, 200, 200, 404, 404]),
    (Get, "/work/{a}/indicators/no.such", OWN_DRAFT, [303, 404, 404, 404, 404, 404]),
    (Get, "/work/{a}/findings/{f}", OWN_DRAFT, [303, 200, 200, 200, 200, 200]),
    (Get, "/work/{a}/findings/{f}", OTHER_DRAFT, [303, 200, 200, 200, 404, 404]),
    (Post(SAVE), "/work/{a}/indicators/{i}", PUBLISHED,   [303, 403, 403, 403, 403, 404]),
    (Post(SAVE), "/work/{a}/indicators/{i}", OWN_DRAFT,   [303, 303, 303, 403, 403, 403]),
    (Post(SAVE), "/work/{a}/indicators/{i}", OTHER_DRAFT, [303, 303, 303, 403, 404, 404]),
    (Post(COMMENT), "/work/{a}/comments", PUBLISHED,   [303, 403, 403, 403, 403, 404]),
    (Post(COMMENT), "/work/{a}/comments", OWN_DRAFT,   [303, 303, 303, 303, 303, 303]),
    (Post(COMMENT), "/work/{a}/comments", OTHER_DRAFT, [303, 303, 303, 303, 404, 404]),
    (Post(SHARE), "/work/{a}/share", OWN_DRAFT,   [303, 200, 200, 403, 403, 403]),
    (Post(SHARE), "/work/{a}/share", OTHER_DRAFT, [303, 200, 200, 403, 404, 404]),
    (Post(SHARE), "/work/{a}/share", PUBLISHED,   [303, 409, 409, 403, 403, 404]),
    (Post(REVOKE), "/work/{a}/share/revoke", OWN_DRAFT,   [303, 404, 404, 403, 403, 403]),
    (Post(REVOKE), "/work/{a}/share/revoke", OTHER_DRAFT, [303, 404, 404, 403, 404, 404]),
    (Post(REVOKE), "/work/{a}/share/revoke", PUBLISHED,   [303, 404, 404, 403, 403, 404]),
    (Get, "/work/{a}/publish", OWN_DRAFT,   [303, 403, 403, 403, 403, 403]),
    (Get, "/work/{a}/stage?to=data-collection", OWN_DRAFT, [303, 200, 200, 403, 403, 403]),
    (Get, "/work/{a}/stage?to=published", OWN_DRAFT, [303, 403, 403, 403, 403, 403]),
    (Get, "/work/{a}/share/revoke?link=999999", OWN_DRAFT, [303, 404, 404, 403, 403, 403]),
    (Post(PUBLISH), "/work/{a}/publish", OWN_DRAFT,   [303, 403, 403, 403, 403, 403]),
    (Post(PUBLISH), "/work/{a}/publish", PUBLISHED,   [303, 403, 403, 403, 403, 404]),
    (Post(EVENT), "/work/{a}/consultations", OWN_DRAFT, [303, 303, 303, 403, 403, 403]),
    (Get, "/work/{a}/summaries/{d}", OTHER_DRAFT, [303, 200, 200, 200, 404, 404]),
    (Get, "/work/{a}/sources", OTHER_DRAFT, [303, 200, 200, 200, 404, 404]),
    (Get, "/work/{a}/sources", OWN_DRAFT, [303, 200, 200, 200, 200, 200]),
    (Get, "/work/{a}/sources/law-disaster-protection-2003/merge?into=law-disaster-protection-2017", OWN_DRAFT, [303, 200, 200, 403, 403, 403]),
    (Get, "/work/{a}/sources/law-disaster-protection-2003/merge?into=law-disaster-protection-2017", OTHER_DRAFT, [303, 200, 200, 403, 404, 404]),
    (Get, "/work/{a}/sources/law-disaster-protection-2003/merge?into=law-disaster-protection-2017", PUBLISHED, [303, 403, 403, 403, 403, 404]),
    (Post(MERGE), "/work/{a}/sources/law-disaster-protection-2003/merge", PUBLISHED, [303, 403, 403, 403, 403, 404]),
    (Get, "/work/{a}/context", OWN_DRAFT, [303, 200, 200, 200, 200, 200]),
    (Get, "/work/{a}/context", OTHER_DRAFT, [303, 200, 200, 200, 404, 404]),
    (Post(FINDING), "/work/{a}/findings", OWN_DRAFT, [303, 303, 303, 403, 403, 403]),
    (Post(FINDING), "/work/{a}/findings", PUBLISHED, [303, 403, 403, 403, 403, 404]),
    (Get, "/work/{a}/progress?from=2023", OWN_DRAFT, [303, 200, 200, 200, 200, 200]),
    (Get, "/work/{a}/progress", OTHER_DRAFT, [303, 404, 404, 404, 404, 404]),
    (Get, "/work/{a}/workbook.xlsx", OWN_DRAFT,   [303, 200, 200, 403, 403, 403]),
    (Get, "/work/{a}/workbook.xlsx", OTHER_DRAFT, [303, 200, 200, 403, 404, 404]),
    (Get, "/work/{a}/workbook.xlsx", PUBLISHED,   [303, 403, 403, 403, 403, 404]),
    (Get, "/account/tokens", PUBLISHED, [303, 200, 200, 200, 200, 200]),
    (Get, "/admin/users", PUBLISHED, [303, 200, 404, 404, 404, 404]),
    (Post(ACCOUNT), "/admin/users", PUBLISHED, [303, 303, 404, 404, 404, 404]),
];

#[tokio::test]
async fn every_route_answers_every_role_as_the_table_says() {
    let a = app().await;
    let draft = a.store.export_assessment("MNG", 2026).await.expect("draft");
    let indicator = draft.answers[0].indicator.clone();
    let finding = draft.findings[0].key.clone();
    let domain = draft.findings[0].domain.clone();
    let mut clients = Vec::new();
    for who in WHO {
        let mut c = Client::new(&a);
        if who != "public" {
            let r = c.sign_in(who, PASSWORD).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{who} signs in");
        }
        let csrf = if who == "public" {
            String::new()
        } else {
            c.csrf().await
        };
        clients.push((who, c, csrf));
    }
    let mut failures = Vec::new();
    for (method, path, assessment, expected) in MATRIX {
        let (code, year) = assessment.split_once('/').expect("CODE/YEAR");
        let uri = path
            .replace("{a}", assessment)
            .replace("{i}", &indicator)
            .replace("{f}", &finding)
            .replace("{d}", &domain);
        for ((who, client, csrf), want) in clients.iter_mut().zip(expected) {
            let reply = match method {
                Get => client.get(&uri).await,
                Post(fields) => {
                    let version = match a
                        .store
                        .answer(code, year.parse().expect("year"), &indicator)
                        .await
                    {
                        Ok(v) => v.version.to_string(),
                        Err(_) => "0".into(),
                    };
                    let mut form: Vec<(&str, String)> = fields
                        .iter()
                        .map(|(k, v)| {
                            (
                                *k,
                                v.replace("{v}", &version)
                                    .replace("{n}", &format!("new-{who}"))
                                    .replace("{d}", &domain),
                            )
                        })
                        .collect();
                    form.push(("csrf", csrf.clone()));
                    let borrowed: Vec<(&str, &str)> =
                        form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    client.post(&uri, &borrowed).await
                }
            };
            if reply.status.as_u16() != *want {
                failures.push(format!(
                    "{uri} as {who}: {} (expected {want})",
                    reply.status.as_u16()
                ));
            }
            let readable = reply.status == StatusCode::OK;
            let draft_text_allowed =
                readable && *assessment != PUBLISHED && !uri.starts_with("/profiles");
            if !draft_text_allowed && reply.body.contains(DRAFT_TEXT) {
                failures.push(format!("{uri} as {who}: draft text leaked"));
            }
            let notes_allowed = readable
                && ["admin", "analyst", "reviewer"].contains(who)
                && uri.starts_with("/work")
                && !uri.ends_with("/preview");
            if !notes_allowed && reply.body.contains(NOTE_TEXT) {
                failures.push(format!("{uri} as {who}: research notes leaked"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} cells differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

//! What a stored value can do to a page: a key that the rules refuse today but an older database
//! may hold is written into links, form actions and field values without leaving its
//! attribute, and a narrative cannot make readers' browsers fetch an image.

mod common;

use axum::http::StatusCode;
use common::{Client, app};

/// Written raw into `href="…"`, this redirected an analyst's browser to another site.
const HOSTILE: &str = "x\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">";

/// `HOSTILE` as a path segment of a request.
fn segment() -> String {
    HOSTILE
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'-' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn a_hostile_stored_key_stays_inside_its_attribute() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let draft = "/work/MNG/2026";
    // A comment on the finding, so the comment's key and anchor are written too.
    let r = c
        .comment(
            &csrf,
            "finding",
            "rights-wd-1",
            "internal",
            "Check the amendment.",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let key = HOSTILE.replace('\'', "''");
    let id = "(SELECT id FROM assessments WHERE jurisdiction = 'MNG' AND year = 2026)";
    for sql in [
        format!(
            "UPDATE findings SET key = '{key}' WHERE key = 'rights-wd-1' AND assessment_id = {id}"
        ),
        format!(
            "UPDATE citations SET owner_key = '{key}' WHERE owner_kind = 'finding' AND owner_key = 'rights-wd-1' AND assessment_id = {id}"
        ),
        format!(
            "UPDATE translations SET target = 'finding/{key}' WHERE target = 'finding/rights-wd-1' AND assessment_id = {id}"
        ),
        format!(
            "UPDATE comments SET key = '{key}', anchor_ref = '{key}' WHERE assessment_id = {id}"
        ),
        format!(
            "UPDATE sources SET key = '{key}' WHERE key = 'law-health-insurance' AND assessment_id = {id}"
        ),
        format!(
            "UPDATE citations SET source_key = '{key}' WHERE source_key = 'law-health-insurance' AND assessment_id = {id}"
        ),
        format!(
            "UPDATE context_figures SET source_key = '{key}' WHERE source_key = 'law-health-insurance' AND assessment_id = {id}"
        ),
        format!("UPDATE consultations SET key = '{key}' WHERE assessment_id = {id}"),
    ] {
        a.raw(&sql).await;
    }
    let seg = segment();
    let pages = [
        draft.to_owned(),
        format!("{draft}/findings/{seg}"),
        format!("{draft}/sources"),
        format!("{draft}/sources/{seg}"),
        format!("{draft}/indicators/health-access"),
        format!("{draft}/preview"),
        format!("{draft}/audit"),
        format!("{draft}/context"),
        format!("{draft}/translations/fr"),
        format!("/fr{draft}/findings/{seg}"),
    ];
    for page in pages {
        let r = c.get(&page).await;
        assert_eq!(r.status, StatusCode::OK, "{page}");
        assert!(
            !r.body.contains("<meta http-equiv"),
            "{page}: the stored key left its attribute"
        );
    }
    // The finding's page is reached by the link the workspace gives.
    let workspace = c.get(draft).await.body;
    let href = format!("{draft}/findings/x%22%3E%3Cmeta%20http-equiv=%22refresh%22");
    assert!(
        workspace.contains(&href),
        "the link to the finding is encoded"
    );
}

#[tokio::test]
async fn narratives_cannot_embed_images() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let v = a.version("MNG", 2026, "health-access").await;
    let narrative = "See ![chart](/logout) and <img src=\"/api/v1/framework\"> [the law](https://legalinfo.mn/).";
    let r = c
        .save_answer("health-access", &csrf, &v, "partial", narrative, "draft")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (mut reviewer, _) = Client::signed_in(&a, "reviewer").await;
    let page = reviewer
        .get("/work/MNG/2026/indicators/health-access")
        .await
        .body;
    assert!(page.contains("the law</a>"), "links are kept");
    assert!(!page.contains("<img"), "no image reaches the page");
}

#[tokio::test]
async fn a_stored_text_no_cell_can_hold_is_named_when_exporting_the_workbook() {
    let a = app().await;
    let (mut c, _) = Client::signed_in(&a, "analyst").await;
    // Longer than the rules allow today; a database filled by an older version may hold it.
    a.raw(&format!(
        "UPDATE answers SET narrative = '{}' WHERE indicator = 'health-access' AND assessment_id = \
         (SELECT id FROM assessments WHERE jurisdiction = 'MNG' AND year = 2026)",
        "x".repeat(40_000)
    ))
    .await;
    let r = c.get("/work/MNG/2026/workbook.xlsx").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("health-access"), "names the indicator");
    assert!(
        r.body.contains("32767") || r.body.contains("32,767"),
        "says the limit"
    );
}

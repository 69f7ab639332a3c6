//! Every form of the signed-in site that refuses a save comes back on its own page (422), filled
//! as posted: an error summary links to each refused field, named in words, and the field
//! carries its error. Nothing is stored. A refused field posted to a page that cannot show it
//! gets a page in the signed-in layout that says what is wrong and links back.

mod common;

use axum::http::StatusCode;
use common::lang::{first_indicator, localised};
use common::{App, Client, Reply, app, escaped};
use mgi_i18n::{Lang, tr};

const DRAFT: &str = "/work/MNG/2026";

/// The form came back refused: 422, the summary's link to the field `id` named `label` (already
/// in the page's language), the error at the field, and `typed` (as the page writes it) kept.
fn assert_refused(r: &Reply, id: &str, label: &str, typed: &str) {
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let link = format!("<a href=\"#{}\">{}", escaped(id), escaped(label));
    assert!(r.body.contains(&link), "{link}\n{}", r.body);
    assert!(
        r.body.contains(&format!("id=\"{}-error\"", escaped(id))),
        "the error at the field {id}"
    );
    assert!(r.body.contains(typed), "{typed} kept\n{}", r.body);
    assert!(
        r.body.contains("<div class=\"error-summary\""),
        "the form's error summary, not the generic refusal page"
    );
}

fn en(key: &str) -> String {
    mgi_i18n::tr(Lang::En, key)
}

/// The whole draft as stored, to compare before and after a refused post.
async fn stored(a: &App) -> String {
    a.store
        .export_assessment("MNG", 2026)
        .await
        .expect("draft")
        .to_json()
}

#[tokio::test]
async fn a_refused_source_comes_back_on_its_page_and_an_unknown_kind_keeps_the_stored_one() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let source = a.store.sources("MNG", 2026).await.expect("sources")[0].clone();
    let version = source.version.to_string();
    let before = stored(&a).await;
    let url = format!("{DRAFT}/sources/{}", source.value.key);
    let r = c
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("version", &version),
                ("issuer", "Parliament"),
                ("title", "TYPED-TITLE"),
                ("year", "soon"),
                ("kind", "statute"),
            ],
        )
        .await;
    assert_refused(&r, "year", &en("work-year"), "value=\"soon\"");
    assert!(r.body.contains("value=\"TYPED-TITLE\""));
    // The kind no form offers is refused by name, and the stored kind stays chosen.
    assert!(r.body.contains(&format!(
        "<a href=\"#kind\">{}: {}</a>",
        en("work-source-kind-label"),
        en("work-field-kind")
    )));
    let kind = format!("value=\"{}\" selected", source.value.kind.as_str());
    assert!(r.body.contains(&kind), "{kind}");
    assert_eq!(stored(&a).await, before, "nothing stored");
}

#[tokio::test]
async fn a_refused_figure_or_convention_comes_back_in_its_place_on_the_context_page() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let before = stored(&a).await;
    let source = a.store.sources("MNG", 2026).await.expect("sources")[0]
        .value
        .key
        .clone();
    let r = c
        .post(
            &format!("{DRAFT}/context"),
            &[
                ("csrf", &csrf),
                ("version", "0"),
                ("position", ""),
                ("measure", "TYPED-MEASURE"),
                ("value", "lots"),
                ("unit", "people"),
                ("year", "2024"),
                ("source", &source),
            ],
        )
        .await;
    assert_refused(&r, "value-new", &en("work-figure-value"), "value=\"lots\"");
    assert!(r.body.contains("value=\"TYPED-MEASURE\""));

    let (version, conv) = a.store.conventions("MNG", 2026).await.expect("conventions")[0].clone();
    let version = version.to_string();
    let r = c
        .post(
            &format!("{DRAFT}/conventions/{}", conv.indicator),
            &[
                ("csrf", &csrf),
                ("version", &version),
                ("name", &conv.name),
                ("ratified", "yes"),
                ("year", "19x9"),
            ],
        )
        .await;
    assert_refused(
        &r,
        &format!("year-{}", conv.indicator),
        &en("work-year"),
        "value=\"19x9\"",
    );
    assert_eq!(stored(&a).await, before, "nothing stored");
}

#[tokio::test]
async fn a_refused_summary_or_consultation_event_comes_back_as_typed() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let before = stored(&a).await;
    let domain = a
        .store
        .export_assessment("MNG", 2026)
        .await
        .expect("draft")
        .summaries[0]
        .domain
        .clone();
    let version = a
        .store
        .summary("MNG", 2026, &domain)
        .await
        .expect("summary")
        .map_or(0, |s| s.version)
        .to_string();
    let long = format!("TYPED-SUMMARY {}", "x".repeat(mgi_model::rules::MAX_TEXT));
    let r = c
        .post(
            &format!("{DRAFT}/summaries/{domain}"),
            &[("csrf", &csrf), ("version", &version), ("text", &long)],
        )
        .await;
    assert_refused(&r, "text", &en("work-summary-text"), ">TYPED-SUMMARY ");

    let r = c
        .post(
            &format!("{DRAFT}/consultations"),
            &[
                ("csrf", &csrf),
                ("title", "TYPED-EVENT"),
                ("start", "12/03/2026"),
                ("end", "2026-03-14"),
                ("place", "Ulaanbaatar"),
            ],
        )
        .await;
    assert_refused(
        &r,
        "ev-start",
        &en("work-event-start"),
        "value=\"12/03/2026\"",
    );
    assert!(r.body.contains("value=\"TYPED-EVENT\""));
    assert_eq!(stored(&a).await, before, "nothing stored");
}

#[tokio::test]
async fn a_refused_comment_comes_back_on_the_page_it_was_written_on_in_french() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let before = a.store.comments("MNG", 2026).await.expect("comments").len();
    let indicator = first_indicator(&a, 2026).await;
    let finding = a
        .store
        .export_assessment("MNG", 2026)
        .await
        .expect("draft")
        .findings[0]
        .key
        .clone();
    let long = format!("TYPED-COMMENT {}", "c".repeat(mgi_model::rules::MAX_TEXT));
    let fr = Lang::Fr;
    for (anchor, reference, on, page) in [
        (
            "general",
            "",
            tr!(fr, "work-anchor-general"),
            DRAFT.to_owned(),
        ),
        (
            "indicator",
            indicator.as_str(),
            tr!(
                fr,
                "work-anchor-indicator",
                name = a
                    .store
                    .framework()
                    .indicator(&indicator)
                    .expect("indicator")
                    .name
                    .resolve("fr")
                    .0
            ),
            format!("{DRAFT}/indicators/{indicator}"),
        ),
        (
            "finding",
            finding.as_str(),
            tr!(fr, "work-anchor-finding"),
            format!("{DRAFT}/findings/{finding}"),
        ),
    ] {
        let r = c
            .post(
                &localised(fr, &format!("{DRAFT}/comments")),
                &[
                    ("csrf", &csrf),
                    ("anchor", anchor),
                    ("ref", reference),
                    ("visibility", "government"),
                    ("text", &long),
                ],
            )
            .await;
        let label = tr!(fr, "work-comment-yours", anchor = on);
        assert_refused(&r, "comment-text", &label, ">TYPED-COMMENT ");
        assert!(r.body.contains("<html lang=\"fr\""));
        // The page it came from: its own address is the one its language switch offers.
        assert!(
            r.body.contains(&format!("hreflang=\"en\" href=\"{page}\"")),
            "back on {page}"
        );
    }
    assert_eq!(
        a.store.comments("MNG", 2026).await.expect("comments").len(),
        before,
        "nothing stored"
    );
}

#[tokio::test]
async fn a_refused_share_link_token_or_account_comes_back_as_typed() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let r = c
        .post(
            &format!("{DRAFT}/share"),
            &[("csrf", &csrf), ("label", "TYPED-LABEL"), ("days", "soon")],
        )
        .await;
    assert_refused(&r, "share-days", &en("work-share-days"), "value=\"soon\"");
    assert!(r.body.contains("value=\"TYPED-LABEL\""));
    assert!(
        a.store
            .share_links("MNG", 2026)
            .await
            .expect("links")
            .is_empty()
    );

    let r = c
        .post(
            "/account/tokens",
            &[("csrf", &csrf), ("label", "TYPED-TOKEN"), ("days", "0")],
        )
        .await;
    let days = tr!(Lang::En, "work-token-days", max = mgi_store::MAX_TOKEN_DAYS);
    assert_refused(&r, "days", &days, "value=\"TYPED-TOKEN\"");
    assert!(a.store.tokens("analyst").await.expect("tokens").is_empty());

    let (mut admin, acsrf) = Client::signed_in(&a, "admin").await;
    let users = a.store.users().await.expect("users").len();
    let r = admin
        .post(
            "/admin/users",
            &[
                ("csrf", &acsrf),
                ("username", "not a name!"),
                ("name", "TYPED-NAME"),
                ("role", "analyst"),
                ("password", "long enough password"),
            ],
        )
        .await;
    assert_refused(
        &r,
        "username",
        &en("work-account-username"),
        "value=\"TYPED-NAME\"",
    );
    assert!(
        !r.body.contains("long enough password"),
        "never the password"
    );
    // A role no form offers is refused by name.
    let r = admin
        .post(
            "/admin/users",
            &[
                ("csrf", &acsrf),
                ("username", "someone"),
                ("name", "Someone"),
                ("role", "emperor"),
                ("password", "long enough password"),
            ],
        )
        .await;
    assert_refused(&r, "role", &en("work-col-role"), "value=\"someone\"");
    assert_eq!(a.store.users().await.expect("users").len(), users);
}

#[tokio::test]
async fn a_refused_field_no_page_can_show_is_answered_in_the_signed_in_layout_with_a_way_back() {
    let a = app().await;
    let (c, csrf) = Client::signed_in(&a, "analyst").await;
    let mut c = c
        .with_header("host", "mgi.test")
        .with_header("referer", "http://mgi.test/fr/work/MNG/2026?x=1");
    let version = a
        .store
        .assessment_version("MNG", 2026)
        .await
        .expect("version")
        .to_string();
    let r = c
        .post(
            "/fr/work/MNG/2026/stage",
            &[("csrf", &csrf), ("to", "nirvana"), ("version", &version)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<html lang=\"fr\""));
    assert!(
        r.body
            .contains(&escaped(&tr!(Lang::Fr, "web-error-nothing-saved"))),
        "says nothing was saved"
    );
    assert!(r.body.contains("class=\"account\""), "the signed-in person");
    assert!(
        r.body.contains(&format!(
            "<a href=\"/fr/work/MNG/2026?x=1\">{}</a>",
            escaped(&tr!(Lang::Fr, "web-error-form-back"))
        )),
        "the way back to the page it came from: {}",
        r.body
    );
    // Another site's page is never linked back to.
    let mut c = c.with_header("referer", "http://elsewhere.example/work");
    let r = c
        .post(
            "/work/MNG/2026/stage",
            &[("csrf", &csrf), ("to", "nirvana"), ("version", &version)],
        )
        .await;
    assert!(r.body.contains("<a href=\"/work\">"), "{}", r.body);
    assert!(!r.body.contains("elsewhere.example"));
}

//! What the store refuses, said in the page's language (`refusal.ftl`, stages by their names):
//! a stage move based on a stale version, a publication without an approval of the current
//! content, a correction published without its note; nothing is stored. And the audit log
//! names what changed (records, fields, coded values) in the language, free text as typed.

mod common;

use axum::http::StatusCode;
use common::lang::{first_indicator, localised};
use common::{App, Client, app, escaped};
use mgi_i18n::{Lang, tr};
use mgi_model::Stage;
use mgi_model::access::Role;
use mgi_profile::escape;

const DRAFT: &str = "/work/MNG/2026";

async fn stage_of(a: &App, year: i32) -> Stage {
    a.store
        .export_assessment("MNG", year)
        .await
        .expect("doc")
        .stage
}

async fn version_of(a: &App, year: i32) -> i64 {
    a.store
        .assessment_version("MNG", year)
        .await
        .expect("version")
}

/// Move Mongolia's round of `year` to `stage` in the store (no approval asked).
async fn move_to(a: &App, year: i32, stage: Stage) {
    let version = version_of(a, year).await;
    a.store
        .set_stage("MNG", year, stage, version, "test")
        .await
        .expect("stage");
}

/// The "not done" page in `lang`, with `reason` (plain text) and nothing of English's text.
fn assert_refused(lang: Lang, status: StatusCode, page: &str, reason: &str) {
    assert_eq!(status, StatusCode::CONFLICT, "{page}");
    assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{page}");
    assert!(
        page.contains(&escape(&tr!(lang, "web-error-conflict-title"))),
        "{page}"
    );
    assert!(page.contains(&escape(reason)), "{reason}\n{page}");
    assert!(
        !page.contains(&escape(&tr!(Lang::En, "web-error-conflict-text"))),
        "{page}"
    );
}

#[tokio::test]
async fn a_stale_stage_move_is_refused_in_french_and_spanish_and_nothing_moves() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let current = version_of(&a, 2026).await;
    let stale = current - 1;
    let stale_field = stale.to_string();
    for lang in [Lang::Fr, Lang::Es] {
        let r = c
            .post(
                &localised(lang, &format!("{DRAFT}/stage")),
                &[
                    ("csrf", csrf.as_str()),
                    ("to", "data-collection"),
                    ("version", stale_field.as_str()),
                ],
            )
            .await;
        let reason = tr!(
            lang,
            "refusal-conflict",
            expected = stale,
            current = current
        );
        assert_refused(lang, r.status, &r.body, &reason);
    }
    assert_eq!(stage_of(&a, 2026).await, Stage::Consultation, "not moved");
    assert_eq!(version_of(&a, 2026).await, current, "nothing stored");
}

#[tokio::test]
async fn a_publication_without_an_approval_is_refused_in_french_and_spanish() {
    let a = app().await;
    // Validated without an approval of what it holds now.
    move_to(&a, 2026, Stage::Validated).await;
    let version = version_of(&a, 2026).await;
    let (mut admin, csrf) = Client::signed_in(&a, "admin").await;
    for lang in [Lang::Fr, Lang::Es] {
        let r = admin
            .post(
                &localised(lang, &format!("{DRAFT}/publish")),
                &[("csrf", csrf.as_str()), ("note", "")],
            )
            .await;
        let reason = tr!(
            lang,
            "refusal-not-approved",
            jurisdiction = "MNG",
            year = "2026"
        );
        assert_refused(lang, r.status, &r.body, &reason);
    }
    assert_eq!(stage_of(&a, 2026).await, Stage::Validated, "not published");
    assert_eq!(version_of(&a, 2026).await, version);
    assert_eq!(
        a.store
            .publication_stamp("MNG", 2026)
            .await
            .expect("revision"),
        None,
        "nothing published"
    );
}

#[tokio::test]
async fn a_correction_without_its_note_is_refused_in_spanish_and_french() {
    let a = app().await;
    move_to(&a, 2023, Stage::Correction).await;
    let revision = a
        .store
        .publication_stamp("MNG", 2023)
        .await
        .expect("revision");
    let (mut admin, csrf) = Client::signed_in(&a, "admin").await;
    for lang in [Lang::Es, Lang::Fr] {
        let r = admin
            .post(
                &localised(lang, "/work/MNG/2023/publish"),
                &[("csrf", csrf.as_str()), ("note", "  ")],
            )
            .await;
        let reason = tr!(lang, "refusal-correction-without-note");
        assert_refused(lang, r.status, &r.body, &reason);
    }
    assert_eq!(stage_of(&a, 2023).await, Stage::Correction);
    assert_eq!(
        a.store
            .publication_stamp("MNG", 2023)
            .await
            .expect("revision"),
        revision,
        "no new revision"
    );
}

#[tokio::test]
async fn the_audit_log_names_records_fields_and_codes_in_french() {
    let a = app().await;
    move_to(&a, 2026, Stage::Validated).await;
    move_to(&a, 2026, Stage::Consultation).await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let indicator = first_indicator(&a, 2026).await;
    let version = a.version("MNG", 2026, &indicator).await;
    let narrative = "Exposé <révisé> en français.";
    let r = c
        .post(
            &localised(Lang::Fr, &format!("{DRAFT}/indicators/{indicator}")),
            &[
                ("csrf", csrf.as_str()),
                ("version", version.as_str()),
                ("value", "unknown"),
                ("narrative", narrative),
                ("status", "draft"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let page = c.get(&localised(Lang::Fr, &format!("{DRAFT}/audit"))).await;
    assert_eq!(page.status, StatusCode::OK);
    let page = page.body;
    let cell = |text: String| format!("<td>{}</td>", escaped(&text));
    for name in [
        tr!(Lang::Fr, "work-audit-field-stage"),
        tr!(Lang::Fr, "work-audit-field-value"),
        tr!(Lang::Fr, "work-audit-field-status"),
        tr!(Lang::Fr, "work-audit-field-narrative"),
        tr!(Lang::Fr, "work-stage", stage = "validated"),
        tr!(Lang::Fr, "portal-value-unknown"),
        tr!(Lang::Fr, "work-status", status = "draft"),
        narrative.to_owned(),
    ] {
        assert!(page.contains(&cell(name.clone())), "{name}\n{page}");
    }
    assert!(
        page.contains(&format!(
            "<td>{}</td>",
            escaped(&tr!(Lang::Fr, "work-audit-entity-assessment"))
        )),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "<td>{} {indicator}</td>",
            escaped(&tr!(Lang::Fr, "work-audit-entity-answer"))
        )),
        "{page}"
    );
    // Who, by the account's display name, its user name in brackets.
    let who = format!(
        "<td><bdi>{}</bdi> <span class=\"muted\">(<bdi>analyst</bdi>)</span></td>",
        Role::Analyst.label()
    );
    assert!(page.contains(&who), "{who}\n{page}");
    assert!(!page.contains("<td><bdi>analyst</bdi></td>"), "{page}");
    for code in ["validated", "draft", "unknown", "status", "stage", "answer"] {
        assert!(
            !page.contains(&format!("<td>{code}</td>")),
            "{code} shown as a code\n{page}"
        );
    }
}

//! The signed-in work pages in French (and Spanish): `<html lang>`, the pages' own texts from
//! `work.ftl`, framework labels and codes shown by name in the language, every link, form action
//! and redirect kept under the language's prefix, form errors and the edit conflict in the
//! language, and nothing stored from a refused form.

mod common;

use axum::http::StatusCode;
use common::lang::{first_indicator, internal_links, keeps_language, localised};
use common::{App, Client, app};
use mgi_i18n::{Lang, tr};
use mgi_profile::escape;

const DRAFT: &str = "/work/MNG/2026";

/// A message as it stands in a page.
fn shown(lang: Lang, key: &str) -> String {
    escape(&mgi_i18n::tr(lang, key))
}

async fn first_source(a: &App) -> String {
    a.store
        .sources("MNG", 2026)
        .await
        .expect("sources")
        .first()
        .expect("a source")
        .value
        .key
        .clone()
}

/// The work pages the analyst opens, each with texts it must show (by key).
fn work_pages(indicator: &str) -> Vec<(String, Vec<&'static str>)> {
    vec![
        (
            "/work".to_owned(),
            vec![
                "work-dashboard-title",
                "work-col-for-you",
                "work-api-tokens",
            ],
        ),
        (
            DRAFT.to_owned(),
            vec![
                "work-link-sources",
                "work-pages-label",
                "work-col-question",
                "work-summary-link",
                "work-comments",
                "work-validation",
                "work-consultations",
                "work-workbook",
                "work-finding-add",
            ],
        ),
        (
            format!("{DRAFT}/indicators/{indicator}"),
            vec![
                "work-answer-narrative",
                "work-answer-notes",
                "work-answer-save",
                "work-answer-new-source",
                "work-comment-button",
            ],
        ),
        (format!("{DRAFT}/sources"), vec!["work-sources-title"]),
        (
            format!("{DRAFT}/audit"),
            vec!["work-audit-title", "work-col-before", "work-col-after"],
        ),
        (
            "/account/tokens".to_owned(),
            vec![
                "work-tokens-title",
                "work-token-create",
                "work-token-revoke",
            ],
        ),
        (
            format!("{DRAFT}/context"),
            vec!["work-context-figures", "work-figure-add"],
        ),
    ]
}

#[tokio::test]
async fn the_work_pages_answer_in_french_and_keep_french_links() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let indicator = first_indicator(&a, 2026).await;
    // Something in the audit log.
    let version = a.version("MNG", 2026, &indicator).await;
    let r = c
        .save_answer(&indicator, &csrf, &version, "partial", "Audited.", "draft")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for lang in [Lang::Fr, Lang::Es] {
        let prefix = localised(lang, "");
        for (path, keys) in work_pages(&indicator) {
            let url = localised(lang, &path);
            let r = c.get(&url).await;
            assert_eq!(r.status, StatusCode::OK, "{url}");
            let page = &r.body;
            assert!(
                page.contains(&format!("<html lang=\"{}\"", lang.code())),
                "{url}: <html lang>"
            );
            for key in keys {
                let text = shown(lang, key);
                assert!(page.contains(&text), "{url}: no {key} ({text})");
                let english = shown(Lang::En, key);
                assert!(
                    !page.contains(&format!(">{english}<")),
                    "{url}: {key} in English ({english})"
                );
            }
            let links = internal_links(page);
            assert!(!links.is_empty(), "{url}: no link at all");
            for link in links {
                assert!(
                    keeps_language(&link, &prefix),
                    "{url}: {link} leaves {lang}"
                );
            }
        }
    }
}

#[tokio::test]
async fn codes_are_shown_by_name_and_posted_as_codes() {
    let a = app().await;
    let (mut c, _) = Client::signed_in(&a, "analyst").await;
    let indicator = first_indicator(&a, 2026).await;
    let page = c
        .get(&localised(
            Lang::Fr,
            &format!("{DRAFT}/indicators/{indicator}"),
        ))
        .await
        .body;
    // The answer scale and the statuses by their French names, the options' values stay codes.
    assert!(page.contains(&format!(
        "<option value=\"partial\"{}>{}</option>",
        if page.contains("value=\"partial\" selected") {
            " selected"
        } else {
            ""
        },
        tr!(Lang::Fr, "portal-value-partial")
    )));
    assert!(page.contains(&format!(
        ">{}</option>",
        tr!(Lang::Fr, "work-status", status = "not-started")
    )));
    assert!(page.contains("value=\"law\""), "source kinds post codes");
    let workspace = c.get(&localised(Lang::Fr, DRAFT)).await.body;
    let consultation = tr!(Lang::Fr, "work-stage", stage = "data-collection");
    assert!(
        workspace.contains(&format!(
            "data-move=\"data-collection\">{}",
            escape(&tr!(Lang::Fr, "work-move-to", stage = consultation))
        )),
        "the stage move is named in French"
    );
    assert!(workspace.contains("data-stage=\"consultation\""));
    // The answers as value tags: a symbol, a colour and the word in French.
    assert!(
        workspace.contains(&format!(
            "<span class=\"value value-partial\"><span aria-hidden=\"true\">◐</span> {}</span>",
            escape(&tr!(Lang::Fr, "portal-value-partial"))
        )),
        "an answer shown as a French value tag"
    );
    // A French label of the framework, not the English one.
    let fw = a.store.framework();
    let set = fw
        .latest_for_level(mgi_framework::Level::National)
        .expect("set");
    let name = set.domains[1].name.get_exact("fr").expect("French name");
    assert!(workspace.contains(&escape(name)), "{name}");
}

#[tokio::test]
async fn a_bad_field_posted_in_french_is_explained_in_french_and_nothing_is_stored() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let indicator = first_indicator(&a, 2026).await;
    let before = a
        .store
        .answer("MNG", 2026, &indicator)
        .await
        .expect("answer");
    let version = before.version.to_string();
    let url = localised(Lang::Fr, &format!("{DRAFT}/indicators/{indicator}"));
    let fields = [
        ("csrf", csrf.as_str()),
        ("version", version.as_str()),
        ("value", "sometimes"),
        ("narrative", "NEVER-STORED"),
        ("status", "draft"),
    ];
    let r = c.post(&url, &fields).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<html lang=\"fr\""));
    assert!(r.body.contains(&shown(Lang::Fr, "web-error-form-title")));
    // On the same form, filled as posted, the summary linking to the field named in words.
    assert!(
        r.body.contains(&format!(
            "<a href=\"#value\">{}\u{202F}: {}</a>",
            shown(Lang::Fr, "work-answer-value"),
            shown(Lang::Fr, "work-field-value")
        )),
        "{}",
        r.body
    );
    assert!(
        r.body.contains(">NEVER-STORED</textarea>"),
        "what was typed is kept"
    );
    assert!(
        r.body.contains("id=\"value-error\""),
        "the error at the field too"
    );
    let after = a
        .store
        .answer("MNG", 2026, &indicator)
        .await
        .expect("answer");
    assert_eq!(after.version, before.version, "nothing stored");
    assert!(!after.value.narrative.contains("NEVER-STORED"));

    // A field left empty, and a source with a year that is not one, in Spanish.
    let key = first_source(&a).await;
    let source_version = a
        .store
        .sources("MNG", 2026)
        .await
        .expect("sources")
        .into_iter()
        .find(|s| s.value.key == key)
        .expect("source")
        .version
        .to_string();
    let r = c
        .post(
            &localised(Lang::Es, &format!("{DRAFT}/sources/{key}")),
            &[
                ("csrf", csrf.as_str()),
                ("version", source_version.as_str()),
                ("issuer", "x"),
                ("title", "NEVER-STORED"),
                ("year", "next year"),
                ("kind", "law"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<html lang=\"es\""));
    assert!(
        r.body.contains(&format!(
            "<a href=\"#year\">{}: {}</a>",
            shown(Lang::Es, "work-year"),
            shown(Lang::Es, "work-field-year")
        )),
        "{}",
        r.body
    );
    assert!(r.body.contains("value=\"next year\""), "the year as typed");
    let sources = a.store.sources("MNG", 2026).await.expect("sources");
    assert!(sources.iter().all(|s| s.value.title != "NEVER-STORED"));

    let r = c
        .post(
            &localised(Lang::Fr, "/account/tokens"),
            &[
                ("csrf", csrf.as_str()),
                ("label", "x"),
                ("days", "beaucoup"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&format!(
        "<a href=\"#days\">{}\u{202F}: {}</a>",
        escape(&tr!(
            Lang::Fr,
            "work-token-days",
            max = mgi_store::MAX_TOKEN_DAYS
        )),
        shown(Lang::Fr, "work-field-days")
    )));
    assert!(r.body.contains("value=\"beaucoup\""), "the days as typed");
}

#[tokio::test]
async fn a_stale_save_in_french_gets_the_conflict_page_in_french() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let indicator = first_indicator(&a, 2026).await;
    let version = a.version("MNG", 2026, &indicator).await;
    let url = localised(Lang::Fr, &format!("{DRAFT}/indicators/{indicator}"));
    let save = |narrative: &'static str| {
        [
            ("csrf", csrf.clone()),
            ("version", version.clone()),
            ("value", "present".to_owned()),
            ("narrative", narrative.to_owned()),
            ("status", "complete".to_owned()),
        ]
    };
    let first = save("Premier exposé.");
    let first: Vec<(&str, &str)> = first.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = c.post(&url, &first).await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (
            StatusCode::SEE_OTHER,
            format!("{url}?done=answer-saved").as_str()
        ),
        "the redirect stays in French"
    );
    let second = save("Exposé resté en arrière.");
    let second: Vec<(&str, &str)> = second.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = c.post(&url, &second).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let page = &r.body;
    assert!(page.contains("<html lang=\"fr\""));
    assert!(page.contains(&shown(Lang::Fr, "work-conflict-title")));
    // The indicator by its French name, never its id.
    let fw = mgi_framework::Framework::embedded().expect("framework");
    let name = fw
        .indicator(&indicator)
        .expect("indicator")
        .name
        .resolve("fr")
        .0;
    let heading = tr!(
        Lang::Fr,
        "work-conflict-heading",
        what = tr!(Lang::Fr, "work-what-answer", name = name)
    );
    assert!(page.contains(&escape(&heading)), "{heading}");
    assert!(page.contains(&shown(Lang::Fr, "work-conflict-theirs")));
    assert!(
        page.contains("Premier exposé.") && page.contains("Exposé resté en arrière.</textarea>")
    );
    assert!(
        page.contains(&format!("action=\"{url}\"")),
        "the form saves in French"
    );
    assert!(!page.contains(&shown(Lang::En, "work-conflict-text")));
    let stored = a
        .store
        .answer("MNG", 2026, &indicator)
        .await
        .expect("answer");
    assert_eq!(stored.value.narrative, "Premier exposé.");
}

#[tokio::test]
async fn redirects_refusals_and_missing_pages_keep_the_language() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let r = c
        .post(
            &localised(Lang::Fr, &format!("{DRAFT}/comments")),
            &[
                ("csrf", csrf.as_str()),
                ("anchor", "general"),
                ("ref", ""),
                ("visibility", "internal"),
                ("text", "Une remarque."),
            ],
        )
        .await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (
            StatusCode::SEE_OTHER,
            "/fr/work/MNG/2026?done=comment-added#comments"
        )
    );
    let page = c.get(&localised(Lang::Fr, DRAFT)).await.body;
    assert!(page.contains(&escape(&tr!(
        Lang::Fr,
        "work-comment-state",
        state = "open"
    ))));
    assert!(page.contains(&shown(Lang::Fr, "work-comment-internal")));

    // 404 for what does not exist or may not be read, in French.
    for path in ["/work/ATL/2026", "/work/MNG/2026/indicators/no-such"] {
        let r = c.get(&localised(Lang::Fr, path)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            r.body.contains("<html lang=\"fr\"")
                && r.body.contains(&shown(Lang::Fr, "error-not-found")),
            "{path}"
        );
    }
    let (mut focal, focal_csrf) = Client::signed_in(&a, "focal-point").await;
    let r = focal.get("/fr/work/KAZ/2026").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("<html lang=\"fr\""));
    // 403 for what the role may not do, in French.
    let version = a
        .store
        .assessment_version("MNG", 2026)
        .await
        .expect("version")
        .to_string();
    let r = focal
        .post(
            "/fr/work/MNG/2026/stage",
            &[
                ("csrf", focal_csrf.as_str()),
                ("to", "data-collection"),
                ("version", version.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(
        r.body.contains("<html lang=\"fr\"")
            && r.body.contains(&shown(Lang::Fr, "error-forbidden"))
    );
    let (mut admin, admin_csrf) = Client::signed_in(&a, "admin").await;
    let r = admin.get("/fr/admin/users").await;
    assert!(r.body.contains(&shown(Lang::Fr, "work-account-create")));
    assert!(r.body.contains("action=\"/fr/admin/users\""));
    assert!(r.body.contains(&shown(Lang::Fr, "web-role-focal-point")));
    let r = admin
        .post(
            "/fr/account/tokens/revoke",
            &[("csrf", admin_csrf.as_str()), ("label", "nothing")],
        )
        .await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (
            StatusCode::SEE_OTHER,
            "/fr/account/tokens?done=token-revoked"
        )
    );
}

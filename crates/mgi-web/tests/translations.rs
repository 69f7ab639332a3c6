//! Translating an assessment's texts in the browser: one language per page, each text beside its
//! translation, saved with the version it was based on; read-only for readers; the published
//! profile in French shows the French texts.

mod common;

use axum::http::StatusCode;
use common::{App, Client, app, hidden};
use mgi_i18n::{Lang, tr};
use mgi_profile::escape;

const PAGE: &str = "/work/MNG/2026/translations/es";

/// The version field of the form of `target` on a translations page.
fn version_of(page: &str, target: &str) -> String {
    let at = page
        .find(&format!("data-target=\"{}\"", escape(target)))
        .unwrap_or_else(|| panic!("{target} on the page"));
    hidden(&page[at..], "version").expect("a version field")
}

async fn summary_target(a: &App) -> String {
    let doc = a.store.export_assessment("MNG", 2026).await.expect("draft");
    format!("summary/{}", doc.summaries[0].domain)
}

#[tokio::test]
async fn an_analyst_translates_a_text_and_a_stale_save_loses_nothing() {
    let a = app().await;
    let target = summary_target(&a).await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let workspace = c.get("/work/MNG/2026").await.body;
    for code in ["fr", "es"] {
        assert!(
            workspace.contains(&format!("href=\"/work/MNG/2026/translations/{code}\"")),
            "a link to the {code} translations"
        );
    }
    let french = c.get("/fr/work/MNG/2026").await.body;
    assert!(
        french.contains("<bdi>Mongolie</bdi> 2026"),
        "the UN's French name"
    );
    let page = c.get(PAGE).await;
    assert_eq!(page.status, StatusCode::OK);
    let doc = a.store.export_assessment("MNG", 2026).await.expect("draft");
    let (done, all) = doc.translated_count("es");
    assert!(page.body.contains(&format!("data-translated=\"{done}\"")));
    assert_eq!(page.body.matches("data-save=\"translation\"").count(), all);
    let version = version_of(&page.body, &target);
    assert_ne!(version, "0", "the reference carries a Spanish summary");

    let save = |text: &'static str, status: &'static str, version: &str| {
        vec![
            ("csrf", csrf.clone()),
            ("target", target.clone()),
            ("text", text.to_owned()),
            ("status", status.to_owned()),
            ("version", version.to_owned()),
        ]
    };
    let fields = save("Resumen revisado.", "reviewed", &version);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = c.post(PAGE, &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        r.location,
        format!("{PAGE}?done=translation-saved#tr-{target}")
    );
    let saved = a.store.translations("MNG", 2026, "es").await.expect("list");
    let t = saved
        .iter()
        .find(|t| t.translation.target == target)
        .expect("saved");
    assert_eq!(
        (t.translation.text.as_str(), t.translation.status.as_str()),
        ("Resumen revisado.", "reviewed")
    );

    // Saved again on the version read before: someone else's save came first.
    let stale = save("Resumen de otra persona.", "draft", &version);
    let stale: Vec<(&str, &str)> = stale.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = c.post(PAGE, &stale).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("Resumen revisado."), "theirs is shown");
    assert!(r.body.contains("Resumen de otra persona."), "ours is kept");
    assert_eq!(
        hidden(&r.body[r.body.find("<form").expect("form")..], "version"),
        Some(t.version.to_string()),
        "the form saves on top of theirs"
    );
    let after = a.store.translations("MNG", 2026, "es").await.expect("list");
    assert_eq!(after, saved, "the stale save wrote nothing");
}

#[tokio::test]
async fn bad_fields_and_addresses_are_refused_by_name() {
    let a = app().await;
    let target = summary_target(&a).await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let before = a.store.export_assessment("MNG", 2026).await.expect("draft");
    // A status that is not one comes back on the text's own form, the field named in words.
    let status_id = format!("status-{target}");
    let r = c
        .post(
            "/fr/work/MNG/2026/translations/es",
            &[
                ("csrf", &csrf),
                ("target", &target),
                ("text", "NEVER-STORED"),
                ("status", "final"),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let link = format!(
        "<a href=\"#{}\">{}\u{202F}: {}</a>",
        escape(&status_id),
        escape(&tr!(Lang::Fr, "work-translations-status-label")),
        escape(&tr!(Lang::Fr, "work-translations-status-expected"))
    );
    assert!(r.body.contains(&link), "{link}\n{}", r.body);
    assert!(
        r.body.contains(">NEVER-STORED</textarea>"),
        "typed text kept"
    );
    // A text the assessment does not have: refused by name, with the way back.
    for (target, status, field) in [
        ("finding/nowhere", "draft", "target"),
        ("<script>alert(1)</script>", "draft", "target"),
    ] {
        let r = c
            .post(
                "/fr/work/MNG/2026/translations/es",
                &[
                    ("csrf", &csrf),
                    ("target", target),
                    ("text", "x"),
                    ("status", status),
                    ("version", "0"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{target}");
        assert!(
            r.body.contains(&format!("<strong>{field}</strong>")),
            "{field} named: {}",
            r.body
        );
        assert!(!r.body.contains("<script>alert"), "escaped");
    }
    for path in [
        "/work/MNG/2026/translations/en",
        "/work/MNG/2026/translations/de",
        "/work/MNG/2026/translations/..",
        "/work/XXX/2026/translations/fr",
    ] {
        assert_eq!(c.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(
        a.store.export_assessment("MNG", 2026).await.expect("draft"),
        before,
        "nothing stored"
    );
}

#[tokio::test]
async fn readers_see_translations_without_forms() {
    let a = app().await;
    let (mut c, _) = Client::signed_in(&a, "focal-point").await;
    let r = c.get("/fr/work/MNG/2026/translations/es").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("data-save=\"translation\""));
    // Not the language switch's `lang="es"`: a saved translation, read-only, marked Spanish.
    assert!(
        r.body.contains("<p lang=\"es\" dir=\"auto\">"),
        "the Spanish texts, marked"
    );
    let title = tr!(
        Lang::Fr,
        "work-translations-title",
        language = tr!(Lang::Fr, "language-name", code = "es")
    );
    assert!(r.body.contains(&escape(&title)), "{title}");
    let (mut other, _) = Client::signed_in(&a, "focal-point").await;
    assert_eq!(
        other.get("/work/KAZ/2026/translations/es").await.status,
        StatusCode::NOT_FOUND,
        "another jurisdiction's assessment"
    );
}

#[tokio::test]
async fn the_published_profile_in_french_shows_the_french_texts() {
    let a = app().await;
    let doc = a
        .store
        .export_assessment("MNG", 2023)
        .await
        .expect("published");
    let target = format!("finding/{}", doc.findings[0].key);
    let french = doc
        .text_in(&target.parse().expect("target"), "fr")
        .expect("finding");
    assert_eq!(french.lang, "fr");
    let mut c = Client::new(&a);
    let page = c.get("/fr/profiles/MNG/2023").await.body;
    assert!(page.contains(&escape(french.text)), "the French finding");
    assert!(
        page.contains("2023 – Mongolie</h1>"),
        "the UN's French name in the title"
    );
    let english = c.get("/profiles/MNG/2023").await.body;
    assert!(english.contains(&escape(&doc.findings[0].text)));
    for (path, name) in [
        ("/fr", "<bdi>Mongolie</bdi>"),
        ("/fr/compare", "<bdi>Mongolie</bdi>"),
        ("/", "<bdi>Mongolia</bdi>"),
    ] {
        let page = c.get(path).await.body;
        assert!(page.contains(name), "{path}: {name}");
    }
}

#[tokio::test]
async fn a_translation_of_an_earlier_wording_is_flagged_and_not_shown() {
    // The draft's first finding was rewritten after the reference was translated.
    let a = app().await;
    let doc = a.store.export_assessment("MNG", 2026).await.expect("draft");
    let target = format!("finding/{}", doc.findings[0].key);
    let (mut c, _) = Client::signed_in(&a, "analyst").await;
    let page = c.get("/work/MNG/2026/translations/fr").await.body;
    assert!(page.contains(&format!("data-outdated=\"{target}\"")));
    assert_eq!(page.matches("data-outdated=").count(), 1, "only that one");
    let preview = c.get("/fr/work/MNG/2026/preview").await.body;
    assert!(
        preview.contains(&format!(
            "<span lang=\"en\">{}",
            escape(&doc.findings[0].text)
        )),
        "the French preview shows the new English text, marked"
    );
}

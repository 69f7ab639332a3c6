//! The public side in English, French and Spanish: English at the root, French under `/fr` and
//! Spanish under `/es`, every page with `<html lang>`, the language switch to the same page,
//! links that keep the language, numbers and framework labels in the page's language, and
//! people's own names isolated for right-to-left scripts.

mod common;

use axum::http::StatusCode;
use common::lang::{first_indicator, internal_links, keeps_language, localised};
use common::{App, Client, app, reference};
use mgi_framework::Level;
use mgi_i18n::{Lang, tr};
use mgi_model::{AnswerValue, Jurisdiction, JurisdictionKind, Stage};
use mgi_store::ImportMode;

/// An Arabic country name, stored as the assessment gives it.
const ARABIC_NAME: &str = "مصر";

/// The test application with more published rounds: Mongolia 2019 (for the progress page) and
/// Egypt 2022 under its Arabic name (for the comparison and right-to-left names).
async fn portal() -> App {
    let a = app().await;
    let fw = a.store.framework();
    let mut old = reference(fw);
    old.year = 2019;
    old.stage = Stage::Published;
    old.answers[0].value = AnswerValue::Absent;
    let mut egypt = reference(fw);
    egypt.jurisdiction =
        Jurisdiction::with_m49("EGY", JurisdictionKind::Country, Some(ARABIC_NAME));
    egypt.year = 2022;
    egypt.stage = Stage::Published;
    for doc in [old, egypt] {
        a.store
            .import_assessment(&doc, "test", ImportMode::New)
            .await
            .expect("import");
    }
    a
}

/// An address as it stands in an attribute.
fn attr(url: &str) -> String {
    url.replace('&', "&amp;")
}

/// Every public page, with the status it answers.
fn public_pages(indicator: &str) -> Vec<(String, StatusCode)> {
    [
        ("/", StatusCode::OK),
        ("/explore", StatusCode::OK),
        (&*format!("/explore?indicator={indicator}"), StatusCode::OK),
        ("/compare", StatusCode::OK),
        ("/compare?j=MNG&j=EGY", StatusCode::OK),
        ("/search?q=migration", StatusCode::OK),
        ("/gcm", StatusCode::OK),
        ("/gcm?level=local", StatusCode::OK),
        ("/sdg", StatusCode::OK),
        ("/progress/MNG", StatusCode::OK),
        ("/profiles/MNG/2023", StatusCode::OK),
        ("/login", StatusCode::OK),
        ("/nowhere", StatusCode::NOT_FOUND),
        ("/profiles/MNG/2026", StatusCode::NOT_FOUND),
    ]
    .into_iter()
    .map(|(path, status)| (path.to_owned(), status))
    .collect()
}

#[tokio::test]
async fn every_public_page_answers_in_each_language_with_a_switch_to_the_same_page() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let indicator = first_indicator(&a, 2023).await;
    for (path, status) in public_pages(&indicator) {
        // English first: a page cached in English must not be served for French.
        for lang in Lang::ALL {
            let url = localised(lang, &path);
            let r = c.get(&url).await;
            assert_eq!(r.status, status, "{url}");
            // The layout's template writes `&` in an attribute as `&#38;`, the pages still
            // written by their handlers as `&amp;`: the same address either way.
            let page = &r.body.replace("&#38;", "&amp;");
            assert!(
                page.contains(&format!("<html lang=\"{}\"", lang.code())),
                "{url}: <html lang>"
            );
            for other in Lang::ALL {
                let link = format!(
                    "href=\"{}\" hreflang=\"{code}\" lang=\"{code}\"",
                    attr(&localised(other, &path)),
                    code = other.code()
                );
                assert!(page.contains(&link), "{url}: no switch to {other}: {link}");
                let alternate = format!(
                    "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                    other.code(),
                    attr(&localised(other, &path))
                );
                assert!(page.contains(&alternate), "{url}: {alternate}");
            }
            let current = format!(
                "hreflang=\"{code}\" lang=\"{code}\" aria-current=\"true\">{}</a>",
                lang.native_name(),
                code = lang.code()
            );
            assert!(page.contains(&current), "{url}: the current language");
            assert_eq!(page.matches("aria-current=\"true\"").count(), 1, "{url}");
            let explore = format!(">{}</a>", tr!(lang, "nav-explore"));
            assert!(page.contains(&explore), "{url}: navigation in {lang}");
            if lang != Lang::En {
                assert!(
                    !page.contains(&format!(">{}</a>", tr!(Lang::En, "nav-explore"))),
                    "{url}: English navigation"
                );
            }
        }
    }
}

#[tokio::test]
async fn internal_links_and_forms_keep_the_language() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let indicator = first_indicator(&a, 2023).await;
    for lang in [Lang::Fr, Lang::Es] {
        let prefix = localised(lang, "/");
        for (path, _) in public_pages(&indicator) {
            let url = localised(lang, &path);
            let page = c.get(&url).await.body;
            let links = internal_links(&page);
            assert!(!links.is_empty(), "{url}: no internal link at all");
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
async fn shares_are_written_as_each_language_writes_numbers() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let view = a.store.gcm_view(Level::National).await.expect("view");
    // A share with a fraction, in tenths of a per cent, rounded half up.
    let tenths = view
        .objectives
        .iter()
        .map(|o| &o.counts.global)
        .flat_map(|counts| {
            counts
                .by_value()
                .map(|(_, n)| (n * 1000 * 2 + counts.total()) / (2 * counts.total().max(1)))
        })
        .find(|t| t % 10 != 0)
        .expect("a share that is not a whole per cent");
    let (whole, tenth) = (tenths / 10, tenths % 10);
    for (lang, expected) in [
        (Lang::En, format!("({whole}.{tenth}%)")),
        (Lang::Fr, format!("({whole},{tenth}\u{202F}%)")),
        (Lang::Es, format!("({whole},{tenth}\u{A0}%)")),
    ] {
        let page = c.get(&localised(lang, "/gcm")).await.body;
        assert!(page.contains(&expected), "{lang}: {expected:?}");
    }
}

#[tokio::test]
async fn framework_labels_are_in_the_page_language() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let fw = a.store.framework();
    let set = fw.latest_for_level(Level::National).expect("national set");
    let domain = &set.domains[1].name;
    let english = domain.en().replace('\'', "&#39;");
    for lang in [Lang::Fr, Lang::Es] {
        let translated = domain
            .get_exact(lang.code())
            .expect("a translated domain name");
        assert_ne!(translated, domain.en());
        let page = c.get(&localised(lang, "/explore")).await.body;
        assert!(page.contains(translated), "{lang}: {translated}");
        assert!(!page.contains(&english), "{lang}: {english} in English");
    }
    let page = c.get("/explore").await.body;
    assert!(page.contains(&english));
}

#[tokio::test]
async fn languages_are_only_english_french_and_spanish_and_the_api_has_none() {
    let a = portal().await;
    let mut c = Client::new(&a);
    assert_eq!(c.get("/de/explore").await.status, StatusCode::NOT_FOUND);
    assert_eq!(c.get("/api/v1/jurisdictions").await.status, StatusCode::OK);
    for lang in [Lang::Fr, Lang::Es] {
        let r = c.get(&localised(lang, "/api/v1/jurisdictions")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "the API under /{lang}");
        assert!(
            r.body.contains(&format!("<html lang=\"{}\"", lang.code()))
                && r.body.contains(&tr!(lang, "error-not-found")),
            "the 404 page of /{lang} is in {lang}"
        );
    }
    let r = c.get("/de/explore").await;
    assert!(
        r.body.contains("<html lang=\"en\"") && r.body.contains(&tr!(Lang::En, "error-not-found"))
    );
}

#[tokio::test]
async fn right_to_left_names_are_isolated() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let bdi = format!("<bdi>{ARABIC_NAME}</bdi>");
    for path in ["/", "/compare?j=MNG&j=EGY", "/sdg", "/compare"] {
        for lang in Lang::ALL {
            let page = c.get(&localised(lang, path)).await.body;
            assert!(
                page.contains(&bdi),
                "{lang} {path}: {ARABIC_NAME} not in <bdi>"
            );
        }
    }
}

#[tokio::test]
async fn errors_and_redirects_keep_the_language() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let r = c.get("/fr/gcm?level=planet").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("<html lang=\"fr\"")
            && r.body.contains(&tr!(Lang::Fr, "web-error-form-title"))
            && r.body.contains("national ou local"),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("href=\"/es/gcm?level=planet\" hreflang=\"es\""),
        "the switch of an error page"
    );
    let r = c.get("/es/work").await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (StatusCode::SEE_OTHER, "/es/login")
    );

    let form = c.get("/fr/login").await;
    assert!(form.body.contains("action=\"/fr/login\""));
    let token = common::hidden(&form.body, "form").expect("form token");
    let fields = [
        ("form", token.as_str()),
        ("username", "analyst"),
        ("password", "wrong"),
    ];
    let r = c.post("/fr/login", &fields).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(
        r.body
            .contains(&tr!(Lang::Fr, "web-sign-in-refused").replace('\'', "&#39;"))
    );
    let form = c.get("/fr/login").await;
    let token = common::hidden(&form.body, "form").expect("form token");
    let fields = [
        ("form", token.as_str()),
        ("username", "analyst"),
        ("password", common::PASSWORD),
    ];
    let r = c.post("/fr/login", &fields).await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (StatusCode::SEE_OTHER, "/fr/work")
    );
    let work = c.get("/fr/work").await;
    assert!(
        work.body.contains("<html lang=\"fr\"")
            && work.body.contains(&tr!(Lang::Fr, "web-sign-out"))
            && work.body.contains("action=\"/fr/logout\""),
        "the layout of a signed-in page is French"
    );
    let csrf = common::hidden(&work.body, "csrf").expect("csrf");
    let r = c.post("/fr/logout", &[("csrf", csrf.as_str())]).await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (StatusCode::SEE_OTHER, "/fr")
    );
}

#[tokio::test]
async fn profile_downloads_follow_the_language_and_the_json_does_not() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let en = c.get("/profiles/MNG/2023.md").await;
    let fr = c.get("/fr/profiles/MNG/2023.md").await;
    assert_eq!((en.status, fr.status), (StatusCode::OK, StatusCode::OK));
    assert_ne!(
        en.body, fr.body,
        "the French Markdown is not the English one"
    );
    let json = c.get("/profiles/MNG/2023.json").await.bytes;
    for lang in [Lang::Fr, Lang::Es] {
        let other = c.get(&localised(lang, "/profiles/MNG/2023.json")).await;
        assert_eq!(other.status, StatusCode::OK);
        assert_eq!(other.bytes, json, "the JSON is the same in {lang}");
    }
    let pdf = c.get("/fr/profiles/MNG/2023.pdf").await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert!(pdf.bytes.starts_with(b"%PDF-"), "the French PDF");
    let page = c.get("/es/profiles/MNG/2023").await.body;
    assert!(page.contains("href=\"/es/profiles/MNG/2023.pdf\""));
}

/// Every key of the web's own catalogues (`portal.ftl`, `web.ftl`, `work.ftl`) is used by the
/// web application's code or its templates, or names a value of the model or the store (their
/// `Localise` implementations).
#[test]
fn every_portal_web_and_work_key_is_used() {
    fn sources(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).expect("src").filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                out.push_str(&std::fs::read_to_string(&path).expect("source"));
            }
        }
    }
    let mut code = String::new();
    let crate_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    sources(&crate_dir.join("src"), &mut code);
    sources(&crate_dir.join("templates"), &mut code);
    sources(&crate_dir.join("../mgi-model/src"), &mut code);
    sources(&crate_dir.join("../mgi-store/src"), &mut code);
    let unused: Vec<String> = mgi_i18n::keys(Lang::En)
        .into_iter()
        .filter(|k| {
            ["portal-", "web-", "work-"]
                .iter()
                .any(|p| k.starts_with(p))
        })
        .filter(|k| !code.contains(&format!("\"{k}\"")))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

//! The stylesheet and the icon: served at addresses that change with their content, kept a year
//! by browsers, and the only styles the Content-Security-Policy lets a page use besides the
//! profile's own `<style>`, named by its hash.

mod common;

use axum::http::StatusCode;
use common::{Client, app};

/// The value of the first `attribute="…"` after `marker` in `page`.
fn attribute_after<'a>(page: &'a str, marker: &str, attribute: &str) -> &'a str {
    let from = page.find(marker).expect("marker");
    let rest = &page[from..];
    let start = rest.find(&format!("{attribute}=\"")).expect("attribute") + attribute.len() + 2;
    let end = rest[start..].find('"').expect("end of attribute");
    &rest[start..start + end]
}

#[tokio::test]
async fn the_stylesheet_is_served_at_its_content_address_and_cached_for_a_year() {
    let a = app().await;
    let mut c = Client::new(&a);
    let home = c.get("/fr").await;
    let sheet = attribute_after(&home.body, "rel=\"stylesheet\"", "href").to_owned();
    assert!(
        sheet.starts_with("/assets/mgi.") && sheet.ends_with(".css"),
        "{sheet}"
    );
    let css = c.get(&sheet).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.headers["content-type"], "text/css; charset=utf-8");
    assert_eq!(
        css.headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(css.body.contains("@media (max-width: 40rem)"));
    let icon = attribute_after(&home.body, "rel=\"icon\"", "href").to_owned();
    assert_eq!(c.get(&icon).await.status, StatusCode::OK);
    // An address of another version of the file is not served.
    for old in [
        "/assets/mgi.000000000000.css",
        "/assets/mgi.css",
        "/assets/..%2Fmgi.css",
    ] {
        assert_eq!(c.get(old).await.status, StatusCode::NOT_FOUND, "{old}");
    }
}

#[tokio::test]
async fn no_inline_style_is_allowed_but_the_profiles_own() {
    let a = app().await;
    let mut c = Client::new(&a);
    let profile = c.get("/profiles/MNG/2023").await;
    let policy = profile.headers["content-security-policy"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert!(policy.contains("style-src 'self' 'sha256-"), "{policy}");
    assert!(
        !profile.body.contains(" style=\""),
        "no style attribute on the profile page"
    );
    // The hash in the policy is the hash of the page's one <style> element.
    let start = profile.body.find("<style>").expect("<style>") + "<style>".len();
    let end = profile.body[start..].find("</style>").expect("</style>");
    let style = &profile.body[start..start + end];
    assert_eq!(style, mgi_profile::HTML_STYLE);
    assert_eq!(profile.body.matches("<style>").count(), 1);
    for page in ["/", "/explore", "/login", "/fr/gcm"] {
        let body = c.get(page).await.body;
        assert!(!body.contains("<style"), "{page}: an inline <style>");
        assert!(!body.contains(" style=\""), "{page}: a style attribute");
    }
}

/// The stylesheet's domain colours are the palette's, which the profile's page and its PDF use:
/// one colour per domain everywhere.
#[test]
fn the_stylesheet_colours_domains_as_the_profile_does() {
    let css = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/mgi.css"),
    )
    .expect("the stylesheet");
    for (i, colour) in mgi_profile::DOMAIN_COLOURS.iter().enumerate() {
        let token = format!("--domain-{}: {colour};", i + 1);
        assert!(css.contains(&token), "mgi.css lacks {token}");
        let rule = format!("[data-domain=\"{}\"]{{border-color:{colour}}}", i + 1);
        assert!(mgi_profile::HTML_STYLE.contains(&rule), "{rule}");
    }
}

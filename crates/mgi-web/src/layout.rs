//! What every page shares, in the request's language: the head (title, the page in the other
//! languages, the stylesheet), the site header (a skip link, the navigation as a list of links,
//! who is signed in and the sign-out form, the language switch) and the footer. The
//! `layout.html` template writes it; a page's template extends it and fills `content`.

use askama::Template;
use mgi_i18n::Localise;
use mgi_i18n::{Lang, tr};

use mgi_store::Session;

use crate::assets::{ICON, STYLESHEET};
use crate::ui::Ui;
use crate::views::{Banner, Link, StageTag};

/// Where the source code lives (the workspace's `repository`).
const SOURCE_CODE: &str = env!("CARGO_PKG_REPOSITORY");

/// A link of the navigation.
pub struct NavLink {
    pub href: String,
    pub label: String,
    /// The page shown is this link's.
    pub current: bool,
}

/// The page in one language, for the `<head>` and the language switch.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// The signed-in person, as the header shows them.
pub struct Viewer {
    pub name: String,
    pub role: String,
    pub csrf: String,
    pub sign_out: String,
}

/// The layout's part of every page.
pub struct Chrome {
    lang: Lang,
    pub title: String,
    pub nav: Vec<NavLink>,
    pub viewer: Option<Viewer>,
    pub languages: Vec<LanguageLink>,
    pub stylesheet: &'static str,
    pub icon: &'static str,
    /// What the page is, for search engines and link previews.
    pub description: String,
    /// The links every page ends with: the site's pages, the data, the feed, the code.
    pub footer: Vec<Link>,
    /// On the pages of one assessment: the way back to it and to the dashboard.
    pub crumb: Option<Crumb>,
    /// The success banner after a change.
    pub banner: Option<Banner>,
}

/// The breadcrumb of a page of one assessment: the dashboard, the assessment (its place's name,
/// which may read right to left, and its year) and the stage it is at.
pub struct Crumb {
    pub dashboard: Link,
    pub assessment: String,
    pub name: String,
    pub year: i32,
    pub stage: StageTag,
}

/// The footer's links, in the page's language where the page has one.
fn footer(ui: &Ui) -> Vec<Link> {
    let lang = ui.lang;
    let link = |href: String, key: &str| Link {
        href,
        text: tr(lang, key),
    };
    vec![
        link(ui.href("/about"), "site-about-title"),
        link(ui.href("/methodology"), "site-methodology-title"),
        link(ui.href("/data"), "site-data-title"),
        link("/open-data.zip".into(), "site-data-package"),
        link("/api/v1/openapi.json".into(), "web-footer-api"),
        link(ui.href("/feed.atom"), "site-feed-link"),
        link(ui.href("/privacy"), "site-privacy-title"),
        link(ui.href("/contact"), "site-contact-title"),
        link(SOURCE_CODE.into(), "web-footer-source"),
    ]
}

impl Chrome {
    pub fn new(ui: &Ui, title: &str, viewer: Option<&Session>) -> Chrome {
        let lang = ui.lang;
        let mut nav: Vec<NavLink> = [
            ("/", "nav-home"),
            ("/explore", "nav-explore"),
            ("/compare", "nav-compare"),
            ("/search", "nav-search"),
            ("/gcm", "nav-gcm"),
            ("/sdg", "nav-sdg"),
        ]
        .into_iter()
        .map(|(path, key)| NavLink {
            href: ui.href(path),
            label: mgi_i18n::tr(lang, key),
            current: ui.here.split(['?', '#']).next() == Some(path),
        })
        .collect();
        let (path, key) = if viewer.is_some() {
            ("/work", "web-nav-work")
        } else {
            ("/login", "web-nav-sign-in")
        };
        nav.push(NavLink {
            href: ui.href(path),
            label: mgi_i18n::tr(lang, key),
            current: ui.here.starts_with(path),
        });
        Chrome {
            lang,
            title: title.to_owned(),
            nav,
            viewer: viewer.map(|s| Viewer {
                name: s.display_name.clone(),
                role: s.principal.role.localise(lang),
                csrf: s.csrf.clone(),
                sign_out: ui.href("/logout"),
            }),
            languages: Lang::ALL
                .into_iter()
                .map(|l| LanguageLink {
                    code: l.code(),
                    name: l.native_name(),
                    href: ui.here_in(l),
                    current: l == lang,
                })
                .collect(),
            stylesheet: &STYLESHEET.href,
            icon: &ICON.href,
            description: tr(lang, "site-description"),
            footer: footer(ui),
            crumb: None,
            banner: ui.done.map(|d| d.banner(lang, title)),
        }
    }

    /// The page's language code, for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.lang.code()
    }

    /// The page with its own description for search engines and link previews.
    pub fn described(self, description: String) -> Chrome {
        Chrome {
            description,
            ..self
        }
    }

    /// The feed of publications in the page's language.
    pub fn feed(&self) -> String {
        crate::ui::href(self.lang, "/feed.atom")
    }

    /// The message `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        tr(self.lang, key)
    }
}

/// A field of a form in error, for the error summary (a link to the field) and the field.
pub struct FieldError {
    /// The field's `id`.
    pub field: String,
    pub message: String,
}

/// The sign-in page: the name typed is kept, and a refusal is shown in an error summary and
/// at the field.
#[derive(Template)]
#[template(path = "sign_in.html")]
pub struct SignInPage<'a> {
    pub chrome: Chrome,
    pub action: String,
    /// The double-submit token of the form (the same value goes in a cookie).
    pub form_token: &'a str,
    pub username: &'a str,
    pub username_error: String,
    pub problems: Vec<FieldError>,
    /// After too many failed sign-ins: what to do now (the error summary links to it).
    pub locked_help: Option<String>,
}

/// The site's navigation and language switch, for the top of a profile's standalone page.
#[derive(Template)]
#[template(path = "profile_site.html")]
pub struct ProfileSite {
    pub chrome: Chrome,
}

/// The page in the other languages, for the `<head>` of a profile's standalone page.
#[derive(Template)]
#[template(path = "profile_alternates.html")]
pub struct ProfileAlternates {
    pub chrome: Chrome,
}

/// The HTML of a template. Writing owned strings into a `String` does not fail; should a
/// template ever fail, the failure is logged and the page is empty rather than a panic.
pub fn render(template: &impl Template) -> String {
    template.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "a template failed to render");
        String::new()
    })
}

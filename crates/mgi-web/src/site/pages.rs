//! `/about`, `/data`, `/privacy`, `/contact`: the deployment's text when it set one (Markdown),
//! else the default paragraphs, which say they belong to a demonstration; the data page also
//! lists what can be downloaded and under which licence.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Lang, tr};

use super::SiteText;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::WebResult;
use crate::filters;
use crate::layout::{Chrome, render};
use crate::ui::Ui;
use crate::views::{Label, Link};

/// Which of the site's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitePage {
    About,
    Data,
    Privacy,
    Contact,
}

impl SitePage {
    pub const ALL: [SitePage; 4] = [
        SitePage::About,
        SitePage::Data,
        SitePage::Privacy,
        SitePage::Contact,
    ];

    /// Its address, and the stem of its messages (`site-about-title`, `site-about-1`, …).
    pub fn path(self) -> &'static str {
        match self {
            SitePage::About => "/about",
            SitePage::Data => "/data",
            SitePage::Privacy => "/privacy",
            SitePage::Contact => "/contact",
        }
    }

    fn stem(self) -> &'static str {
        &self.path()[1..]
    }

    /// How many default paragraphs its messages hold.
    fn paragraphs(self) -> usize {
        match self {
            SitePage::About => 4,
            SitePage::Data => 2,
            SitePage::Privacy => 3,
            SitePage::Contact => 2,
        }
    }

    pub fn title(self, lang: Lang) -> String {
        mgi_i18n::tr(lang, &format!("site-{}-title", self.stem()))
    }

    fn configured(self, state: &AppState) -> Option<&SiteText> {
        let site = &state.site;
        match self {
            SitePage::About => site.about.as_ref(),
            SitePage::Data => site.data.as_ref(),
            SitePage::Privacy => site.privacy.as_ref(),
            SitePage::Contact => site.contact.as_ref(),
        }
    }
}

/// A page of the site: the deployment's Markdown, or the default paragraphs; the data page's
/// downloads.
#[derive(Template)]
#[template(path = "site/page.html")]
pub struct SitePageView {
    pub chrome: Chrome,
    /// The deployment's text, marked with its language when not the page's.
    pub text: Option<Label>,
    pub paragraphs: Vec<String>,
    pub downloads: Vec<Link>,
}

async fn show(
    state: AppState,
    viewer: Option<mgi_store::Session>,
    ui: Ui,
    page: SitePage,
) -> WebResult {
    let lang = ui.lang;
    let text = page
        .configured(&state)
        .and_then(|t| t.in_lang(lang))
        .map(|(text, written)| match written {
            Some(code) => Label::written_in(lang, text, code),
            None => Label::plain(text),
        });
    let paragraphs = if text.is_some() {
        Vec::new()
    } else {
        (1..=page.paragraphs())
            .map(|n| mgi_i18n::tr(lang, &format!("site-{}-{n}", page.stem())))
            .collect()
    };
    let downloads = if page == SitePage::Data {
        vec![
            Link {
                href: "/open-data.zip".into(),
                text: tr!(lang, "site-data-package"),
            },
            Link {
                href: "/api/v1/openapi.json".into(),
                text: tr!(lang, "site-data-api"),
            },
            Link {
                href: ui.href("/feed.atom"),
                text: tr!(lang, "site-data-feed"),
            },
        ]
    } else {
        Vec::new()
    };
    let chrome = Chrome::new(&ui, &page.title(lang), viewer.as_ref()).described(mgi_i18n::tr(
        lang,
        &format!("site-{}-description", page.stem()),
    ));
    let view = SitePageView {
        chrome,
        text,
        paragraphs,
        downloads,
    };
    Ok(Html(render(&view)).into_response())
}

pub async fn about(State(state): State<AppState>, Viewer(viewer): Viewer, ui: Ui) -> WebResult {
    show(state, viewer, ui, SitePage::About).await
}

pub async fn data(State(state): State<AppState>, Viewer(viewer): Viewer, ui: Ui) -> WebResult {
    show(state, viewer, ui, SitePage::Data).await
}

pub async fn privacy(State(state): State<AppState>, Viewer(viewer): Viewer, ui: Ui) -> WebResult {
    show(state, viewer, ui, SitePage::Privacy).await
}

pub async fn contact(State(state): State<AppState>, Viewer(viewer): Viewer, ui: Ui) -> WebResult {
    show(state, viewer, ui, SitePage::Contact).await
}

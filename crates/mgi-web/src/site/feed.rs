//! What machines read: `/feed.atom` (the publications and corrections, newest first, in the
//! mount's language), `/sitemap.xml` (every public page in the three languages) and
//! `/robots.txt` (which points to the sitemap and keeps crawlers off the signed-in pages).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use mgi_framework::Level;
use mgi_i18n::{Lang, tr};

use super::pages::SitePage;
use crate::AppState;
use crate::error::WebResult;
use crate::layout::render;
use crate::ui::{Ui, href};

/// Entries the feed lists at most.
pub const FEED_ENTRIES: i64 = 50;

#[derive(Template)]
#[template(path = "site/feed.atom.xml")]
pub struct Feed {
    pub lang: &'static str,
    pub title: String,
    pub id: String,
    pub home: String,
    /// The newest entry's time, or the epoch for an empty feed.
    pub updated: String,
    pub entries: Vec<FeedEntry>,
}

pub struct FeedEntry {
    pub id: String,
    pub title: String,
    pub link: String,
    pub updated: String,
    pub summary: String,
}

fn xml(content_type: &'static str, body: String) -> Response {
    ([(CONTENT_TYPE, content_type)], body).into_response()
}

pub async fn feed(State(state): State<AppState>, ui: Ui, headers: HeaderMap) -> WebResult {
    let lang = ui.lang;
    let base = state.site.base(state.https, &headers);
    let changes = state.store.recent_changes(FEED_ENTRIES).await?;
    let entries: Vec<FeedEntry> = changes
        .iter()
        .map(|c| {
            let name = mgi_model::name_in(&c.jurisdiction, &c.name, lang.code());
            let profile = format!(
                "{base}{}",
                ui.href(&format!("/profiles/{}/{}", c.jurisdiction, c.year))
            );
            let title = if c.revision == 1 {
                tr!(
                    lang,
                    "site-feed-published",
                    name = name,
                    year = c.year.to_string()
                )
            } else {
                tr!(
                    lang,
                    "site-feed-corrected",
                    name = name,
                    year = c.year.to_string(),
                    revision = c.revision
                )
            };
            FeedEntry {
                id: format!("{profile}#revision-{}", c.revision),
                title,
                link: profile,
                updated: mgi_store::stamp(c.published_at),
                summary: if c.change_note.trim().is_empty() {
                    tr!(lang, "site-feed-no-note")
                } else {
                    c.change_note.clone()
                },
            }
        })
        .collect();
    let page = Feed {
        lang: lang.code(),
        title: tr!(lang, "site-feed-title"),
        id: format!("{base}{}", ui.href("/feed.atom")),
        home: format!("{base}{}", ui.href("/")),
        updated: entries
            .first()
            .map_or_else(|| "1970-01-01T00:00:00Z".to_owned(), |e| e.updated.clone()),
        entries,
    };
    Ok(xml("application/atom+xml", render(&page)))
}

#[derive(Template)]
#[template(path = "site/sitemap.xml")]
pub struct Sitemap {
    pub urls: Vec<SitemapUrl>,
}

/// A page in one language, and the same page in every language.
pub struct SitemapUrl {
    pub loc: String,
    pub alternates: Vec<(&'static str, String)>,
}

/// The public pages: the portal's views, the site's pages, every published profile, the
/// progress of each jurisdiction with two rounds, and each indicator of the explorer.
pub async fn sitemap(State(state): State<AppState>, headers: HeaderMap) -> WebResult {
    let base = state.site.base(state.https, &headers);
    let mut paths: Vec<String> = [
        "/",
        "/explore",
        "/compare",
        "/search",
        "/gcm",
        "/sdg",
        "/methodology",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain(SitePage::ALL.iter().map(|p| p.path().to_owned()))
    .collect();
    let mut rounds: BTreeMap<String, usize> = BTreeMap::new();
    for e in state.store.published().await? {
        paths.push(format!("/profiles/{}/{}", e.jurisdiction, e.year));
        *rounds.entry(e.jurisdiction).or_default() += 1;
    }
    paths.extend(
        rounds
            .into_iter()
            .filter(|(_, n)| *n > 1)
            .map(|(code, _)| format!("/progress/{code}")),
    );
    let fw = state.store.framework();
    for level in [Level::National, Level::Local] {
        if let Some(set) = fw.latest_for_level(level) {
            for d in &set.domains {
                paths.extend(d.indicator_ids().map(|id| {
                    let q = form_urlencoded::Serializer::new(String::new())
                        .append_pair("indicator", id)
                        .finish();
                    format!("/explore?{q}")
                }));
            }
        }
    }
    let urls = paths
        .iter()
        .flat_map(|path| {
            let alternates: Vec<(&'static str, String)> = Lang::ALL
                .into_iter()
                .map(|l| (l.code(), format!("{base}{}", href(l, path))))
                .collect();
            alternates
                .clone()
                .into_iter()
                .map(move |(_, loc)| SitemapUrl {
                    loc,
                    alternates: alternates.clone(),
                })
        })
        .collect();
    Ok(xml("application/xml", render(&Sitemap { urls })))
}

pub async fn robots(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let base = state.site.base(state.https, &headers);
    let body = format!(
        "User-agent: *\nDisallow: /work\nDisallow: /login\nDisallow: /account\nDisallow: /share\nSitemap: {base}/sitemap.xml\n"
    );
    ([(CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

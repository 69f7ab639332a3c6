//! Portal pages other than the profiles: home and not found.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::{Html, IntoResponse, Response};
use mgi_framework::Level;
use mgi_i18n::tr;

use crate::AppState;
use crate::auth::Viewer;
use crate::error::{Shown, WebResult};
use crate::layout::{Chrome, render};
use crate::portal::labels;
use crate::ui::{Ui, colon};
use crate::views::{Label, Link};

/// An address no mount answers: the 404 page in the language of the path's first segment.
pub async fn not_found(uri: Uri) -> Response {
    let here = uri.path_and_query().map_or("/", |pq| pq.as_str());
    let ui = Ui::from_path(here);
    let home = ui.href("/");
    Shown::NotFound.answer(&ui, None, &home)
}

/// A domain of the framework, as the home page introduces it.
pub struct DomainIntro {
    pub name: Label,
    pub principle: Label,
}

/// A country or city that published, and its rounds.
pub struct Participant {
    pub name: String,
    pub local: bool,
    pub rounds: Vec<Link>,
    /// The progress between its rounds, once two are published.
    pub progress: Option<Link>,
}

/// The participants of a UN M49 region.
pub struct Region {
    pub name: String,
    pub participants: Vec<Participant>,
}

/// `/`: what the MGI are, its domains, and who published, by region.
#[derive(Template)]
#[template(path = "portal/home.html")]
pub struct Home {
    pub chrome: Chrome,
    pub colon: &'static str,
    pub domains: Vec<DomainIntro>,
    pub regions: Vec<Region>,
}

pub async fn home(State(state): State<AppState>, Viewer(viewer): Viewer, ui: Ui) -> WebResult {
    let lang = ui.lang;
    let list = state.store.published().await?;
    let fw = state.store.framework();
    let domains = fw
        .latest_for_level(Level::National)
        .map(|set| {
            set.domains
                .iter()
                .map(|d| DomainIntro {
                    name: Label::new(lang, &d.name),
                    principle: Label::new(lang, &d.principle),
                })
                .collect()
        })
        .unwrap_or_default();
    // Published only, grouped by UN M49 region; in a region by (kind, name, code).
    type Rounds<'a> = BTreeMap<(&'a str, &'a str, &'a str), Vec<i64>>;
    let mut by_region: BTreeMap<&str, Rounds<'_>> = BTreeMap::new();
    for a in &list {
        by_region
            .entry(a.region.as_str())
            .or_default()
            .entry((
                a.kind.as_str(),
                mgi_model::name_in(&a.jurisdiction, &a.name, lang.code()),
                a.jurisdiction.as_str(),
            ))
            .or_default()
            .push(a.year);
    }
    let regions = by_region
        .into_iter()
        .map(|(region, entries)| Region {
            name: labels::region(lang, region),
            participants: entries
                .into_iter()
                .map(|((kind, name, code), years)| Participant {
                    name: name.to_owned(),
                    local: kind == mgi_model::JurisdictionKind::Locality.as_str(),
                    progress: (years.len() > 1).then(|| Link {
                        href: ui.href(&format!("/progress/{code}")),
                        text: tr!(lang, "portal-home-progress"),
                    }),
                    rounds: crate::portal::round_links(&ui, code, years),
                })
                .collect(),
        })
        .collect();
    // The note that the indicator texts are the project's own is in the footer of every page.
    let page = Home {
        chrome: Chrome::new(&ui, &tr!(lang, "site-title"), viewer.as_ref()),
        colon: colon(lang),
        domains,
        regions,
    };
    Ok(Html(render(&page)).into_response())
}

//! Portal pages other than the profiles: home and not found.

use std::collections::BTreeMap;

use askama::Template;
use axum::Extension;
use axum::extract::{RawQuery, State};
use axum::http::Uri;
use axum::response::{Html, IntoResponse, Response};
use mgi_framework::Level;
use mgi_i18n::tr;

use crate::AppState;
use crate::auth::Viewer;
use crate::error::{Shown, WebResult};
use crate::layout::{Chrome, render};
use crate::ops::RequestId;
use crate::portal::download::{DataTable, Downloads, Format};
use crate::portal::labels;
use crate::portal::map::{Map, latest};
use crate::portal::views::RoundRef;
use crate::ui::{Ui, colon};
use crate::views::{DomainTag, Label, Link};

/// How many of the latest publications the home page links to.
const RECENT: i64 = 5;

/// An address no mount answers: the 404 page in the language of the path's first segment.
pub async fn not_found(uri: Uri, id: Option<Extension<RequestId>>) -> Response {
    let here = uri.path_and_query().map_or("/", |pq| pq.as_str());
    let ui = Ui::from_path(here);
    let home = ui.href("/");
    Shown::NotFound.answer(&ui, None, &home, id.as_ref().map(|Extension(id)| id))
}

/// A domain of the framework, as the home page introduces it: its number, name and colour,
/// and its principle.
pub struct DomainIntro {
    pub tag: DomainTag,
    pub principle: Label,
}

/// A key figure: a number as the language writes it, and what it counts.
pub struct Figure {
    pub number: String,
    pub what: String,
}

/// One of the latest publications, and when it was published.
pub struct Recent {
    pub round: RoundRef,
    pub date: String,
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

/// `/`: what the MGI are, a search box, key figures and the latest publications, its domains,
/// and who published: on a map, and by region.
#[derive(Template)]
#[template(path = "portal/home.html")]
pub struct Home {
    pub chrome: Chrome,
    pub colon: &'static str,
    /// Where the search box sends its words.
    pub search: String,
    pub figures: Vec<Figure>,
    pub recent: Vec<Recent>,
    pub domains: Vec<DomainIntro>,
    pub map: Map,
    pub regions: Vec<Region>,
    /// The participants listed, as rows to save.
    pub downloads: Downloads,
}

/// How many countries and localities published, and how many rounds in all.
fn figures(lang: mgi_i18n::Lang, list: &[mgi_store::PublishedEntry]) -> Vec<Figure> {
    let count = |kind: mgi_model::JurisdictionKind| {
        let mut codes: Vec<&str> = list
            .iter()
            .filter(|a| a.kind == kind)
            .map(|a| a.jurisdiction.as_str())
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes.len()
    };
    let figure = |n: usize, what: String| Figure {
        number: mgi_i18n::number(lang, i64::try_from(n).unwrap_or(i64::MAX)),
        what,
    };
    let (countries, localities) = (
        count(mgi_model::JurisdictionKind::Country),
        count(mgi_model::JurisdictionKind::Locality),
    );
    vec![
        figure(
            countries,
            tr!(lang, "portal-home-figure-countries", count = countries),
        ),
        figure(
            localities,
            tr!(lang, "portal-home-figure-localities", count = localities),
        ),
        figure(
            list.len(),
            tr!(lang, "portal-home-figure-rounds", count = list.len()),
        ),
    ]
}

pub async fn home(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
    RawQuery(query): RawQuery,
) -> WebResult {
    let lang = ui.lang;
    let format = Format::of(lang, query.as_deref())?;
    let list = state.store.published().await?;
    let fw = state.store.framework();
    let domains = fw
        .latest_for_level(Level::National)
        .map(|set| {
            set.domains
                .iter()
                .map(|d| DomainIntro {
                    tag: DomainTag::new(lang, d),
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
    let recent = state
        .store
        .recent_publications(RECENT)
        .await?
        .into_iter()
        .map(|r| Recent {
            round: RoundRef::published(&ui, &r.jurisdiction, &r.name, r.year),
            date: tr!(
                lang,
                "portal-home-published",
                date = mgi_i18n::date(lang, r.published_at.date_naive())
            ),
        })
        .collect();
    // The note that the indicator texts are the project's own is in the footer of every page.
    let page = Home {
        chrome: Chrome::new(&ui, &tr!(lang, "site-title"), viewer.as_ref()),
        colon: colon(lang),
        search: ui.href("/search"),
        figures: figures(lang, &list),
        recent,
        domains,
        map: latest::by_latest_round(&ui, &list),
        regions,
        downloads: Downloads::new(&ui, false),
    };
    Ok(match format {
        Format::Page => Html(render(&page)).into_response(),
        data => participants_table(lang, &page.regions).answer(data),
    })
}

/// The participants as the home page lists them: region, name, kind, rounds published.
fn participants_table(lang: mgi_i18n::Lang, regions: &[Region]) -> DataTable {
    let columns = vec![
        tr!(lang, "portal-region"),
        tr!(lang, "portal-jurisdiction"),
        tr!(lang, "portal-home-kind"),
        tr!(lang, "portal-home-rounds"),
    ];
    let rows = regions
        .iter()
        .flat_map(|r| {
            r.participants.iter().map(|p| {
                let kind = if p.local {
                    "portal-home-kind-locality"
                } else {
                    "portal-home-kind-country"
                };
                vec![
                    r.name.clone(),
                    p.name.clone(),
                    mgi_i18n::tr(lang, kind),
                    p.rounds
                        .iter()
                        .map(|l| l.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                ]
            })
        })
        .collect();
    DataTable {
        name: "participants".into(),
        columns,
        rows,
    }
}

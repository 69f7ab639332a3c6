//! `/explore`: the indicators by domain, and for one indicator every published jurisdiction's
//! answer, narrative, findings and sources, so that countries and cities can learn from each
//! other. Jurisdictions in alphabetical order, with no score.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, FrameworkSet, Level};
use mgi_i18n::{Lang, tr};
use mgi_store::{ExploreEntry, ExploreFilter, PublishedText};

use super::download::{DataTable, Downloads, Format};
use super::map::{self, Map};
use super::query_values;
use super::scope::{Scope, ScopeForm};
use super::views::{FindingLine, IndicatorRef, RoundRef};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::filters;
use crate::layout::{Chrome, render};
use crate::ui::{Ui, colon};
use crate::views::Cited;
use crate::views::{DomainTag, Label, Link, ValueTag};

/// Jurisdictions per page of the explorer.
const PAGE: i64 = 50;

/// `/explore`: the indicators of the newest national and local sets, by domain.
#[derive(Template)]
#[template(path = "portal/explore.html")]
pub struct ExplorePage {
    pub chrome: Chrome,
    pub sets: Vec<IndexSet>,
    pub downloads: Downloads,
}

pub struct IndexSet {
    pub title: Label,
    pub domains: Vec<IndexDomain>,
}

pub struct IndexDomain {
    pub tag: DomainTag,
    pub indicators: Vec<IndexIndicator>,
}

pub struct IndexIndicator {
    pub indicator: IndicatorRef,
    pub question: Option<Label>,
}

fn index(ui: &Ui, fw: &Framework, set: &FrameworkSet) -> IndexSet {
    let lang = ui.lang;
    IndexSet {
        title: Label::new(lang, &set.title),
        domains: set
            .domains
            .iter()
            .map(|d| IndexDomain {
                tag: DomainTag::new(lang, d),
                indicators: d
                    .indicator_ids()
                    .map(|id| IndexIndicator {
                        indicator: IndicatorRef::new(ui, fw, id),
                        question: fw.indicator(id).map(|i| Label::new(lang, &i.question)),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// `/explore?indicator=…`: what every published profile says on one indicator.
#[derive(Template)]
#[template(path = "portal/indicator.html")]
pub struct IndicatorPage {
    pub chrome: Chrome,
    pub colon: &'static str,
    pub indicator: IndicatorRef,
    pub question: Label,
    /// How many jurisdictions say something on it.
    pub intro: String,
    pub filter: ScopeForm,
    /// The answers of every jurisdiction listed (over all pages) on a map.
    pub map: Map,
    pub peers: Vec<Peer>,
    pub pager: Option<Pager>,
    pub downloads: Downloads,
}

/// What one jurisdiction's latest published round says on the indicator.
pub struct Peer {
    pub round: RoundRef,
    pub answer: Option<PeerAnswer>,
    pub findings: Vec<PeerFinding>,
}

pub struct PeerFinding {
    pub finding: FindingLine,
    pub cited: Vec<Cited>,
}

pub struct PeerAnswer {
    pub value: ValueTag,
    /// Markdown, in the reader's language when translated, else marked with its own.
    pub narrative: Label,
    pub cited: Vec<Cited>,
}

/// A published text as a reader of `lang` gets it.
fn published(lang: Lang, text: &PublishedText) -> Label {
    let (text, text_lang) = text.in_lang(lang.code());
    Label::written_in(lang, text, text_lang)
}

/// Where the result is among its pages, and links to the pages before and after.
pub struct Pager {
    pub text: String,
    pub previous: Option<Link>,
    pub next: Option<Link>,
}

fn peer(ui: &Ui, e: &ExploreEntry) -> Peer {
    let lang = ui.lang;
    Peer {
        round: RoundRef::published(ui, &e.jurisdiction, &e.name, e.year),
        answer: e
            .answer
            .as_ref()
            .map(|(value, narrative, cited)| PeerAnswer {
                value: ValueTag::new(lang, *value),
                narrative: published(lang, narrative),
                cited: Cited::all(cited),
            }),
        findings: e
            .findings
            .iter()
            .map(|(kind, text, cited)| PeerFinding {
                finding: FindingLine::new(lang, *kind, published(lang, text)),
                cited: Cited::all(cited),
            })
            .collect(),
    }
}

/// Links to the other pages of the result, keeping its scope; none for one page.
fn pager(ui: &Ui, id: &str, scope: &Scope, page: i64, total: i64) -> Option<Pager> {
    let lang = ui.lang;
    let pages = (total + PAGE - 1) / PAGE;
    if pages <= 1 {
        return None;
    }
    let link = |p: i64, text: String| {
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("indicator", id);
        scope.append_to(&mut q);
        let q = q.append_pair("page", &p.to_string()).finish();
        Link {
            href: ui.href(&format!("/explore?{q}")),
            text,
        }
    };
    Some(Pager {
        text: tr!(lang, "portal-pager", page = page, pages = pages),
        previous: (page > 1).then(|| link(page - 1, tr!(lang, "portal-pager-previous"))),
        next: (page < pages).then(|| link(page + 1, tr!(lang, "portal-pager-next"))),
    })
}

/// The page number asked for, 1 without one.
fn page_param(lang: Lang, query: Option<&str>) -> WebResult<i64> {
    match query_values(query, "page").into_iter().next() {
        None => Ok(1),
        Some(p) => p
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or_else(|| {
                WebError::Form(vec![(
                    "page".into(),
                    tr!(lang, "portal-error-page", value = format!("{p:?}")),
                )])
            }),
    }
}

pub async fn explore(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
    RawQuery(query): RawQuery,
) -> WebResult {
    let lang = ui.lang;
    let fw = state.store.framework();
    let query = query.as_deref();
    let format = Format::of(lang, query)?;
    let Some(id) = query_values(query, "indicator").into_iter().next() else {
        let page = ExplorePage {
            chrome: Chrome::new(&ui, &tr!(lang, "portal-explore-title"), viewer.as_ref())
                .described(tr!(lang, "portal-explore-description")),
            sets: [Level::National, Level::Local]
                .into_iter()
                .filter_map(|level| fw.latest_for_level(level))
                .map(|set| index(&ui, fw, set))
                .collect(),
            downloads: Downloads::new(&ui, false),
        };
        return Ok(match format {
            Format::Page => Html(render(&page)).into_response(),
            data => index_table(lang, &page).answer(data),
        });
    };
    let indicator = fw.indicator(&id).ok_or(WebError::NotFound)?;
    let scope = Scope::from_query(lang, query)?;
    let page_no = page_param(lang, query)?;
    let filter = ExploreFilter {
        among: scope.among(),
        offset: (page_no - 1) * PAGE,
        limit: PAGE,
    };
    let result = state.store.explore(&id, &filter).await?;
    let answers = state.store.indicator_answers(&id, &filter.among).await?;
    let shown = IndicatorRef::new(&ui, state.store.framework(), &id);
    let title = tr!(lang, "portal-indicator-title", name = shown.text.as_str());
    let page = IndicatorPage {
        chrome: Chrome::new(&ui, &title, viewer.as_ref())
            .described(Label::new(lang, &indicator.question).text),
        colon: colon(lang),
        question: Label::new(lang, &indicator.question),
        intro: tr!(lang, "portal-indicator-intro", count = result.total),
        filter: scope.form(&ui, "/explore"),
        peers: result.entries.iter().map(|e| peer(&ui, e)).collect(),
        pager: pager(&ui, &id, &scope, page_no, result.total),
        map: map::answers::by_answer(&ui, &shown, &scope, &answers),
        indicator: shown,
        downloads: Downloads::new(&ui, false),
    };
    Ok(match format {
        Format::Page => Html(render(&page)).into_response(),
        data => peers_table(lang, &page).answer(data),
    })
}

/// The indicators of the explorer's index: set, domain, indicator and its question.
fn index_table(lang: Lang, page: &ExplorePage) -> DataTable {
    let columns = vec![
        tr!(lang, "portal-framework-set"),
        tr!(lang, "portal-domain"),
        tr!(lang, "portal-indicator"),
        tr!(lang, "portal-question"),
    ];
    let mut rows = Vec::new();
    for set in &page.sets {
        for d in &set.domains {
            for i in &d.indicators {
                rows.push(vec![
                    set.title.text.clone(),
                    format!("{}. {}", d.tag.number, d.tag.name.text),
                    i.indicator.text.clone(),
                    i.question
                        .as_ref()
                        .map_or_else(String::new, |q| q.text.clone()),
                ]);
            }
        }
    }
    DataTable {
        name: "indicators".into(),
        columns,
        rows,
    }
}

/// The jurisdictions on this page of the result: round, answer and what their profile says.
fn peers_table(lang: Lang, page: &IndicatorPage) -> DataTable {
    let columns = vec![
        tr!(lang, "portal-jurisdiction"),
        tr!(lang, "portal-round"),
        tr!(lang, "portal-answer-column"),
        tr!(lang, "portal-narrative"),
        tr!(lang, "portal-findings"),
    ];
    let rows = page
        .peers
        .iter()
        .map(|p| {
            vec![
                p.round.name.clone(),
                p.round.year.to_string(),
                p.answer
                    .as_ref()
                    .map_or_else(String::new, |a| a.value.name.clone()),
                p.answer
                    .as_ref()
                    .map_or_else(String::new, |a| a.narrative.text.clone()),
                p.findings
                    .iter()
                    .map(|f| format!("{}: {}", f.finding.kind, f.finding.text.text))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ]
        })
        .collect();
    DataTable {
        name: format!("indicator-{}", page.indicator.id),
        columns,
        rows,
    }
}

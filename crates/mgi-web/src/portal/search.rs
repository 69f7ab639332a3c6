//! `/search?q=`: full-text search over published findings, summaries, narratives and sources,
//! grouped by jurisdiction and round, the words found marked.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, FrameworkSet};
use mgi_i18n::{Lang, Localise, tr};
use mgi_profile::anchor;
use mgi_store::{MAX_QUERY, PassageKind, SearchHit, SearchQuery, WordsFound};

use super::download::{DataTable, Downloads, Format};
use super::query_values;
use super::views::RoundRef;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::WebResult;
use crate::layout::{Chrome, render};
use crate::ui::{Ui, colon};
use crate::views::{DomainTag, Link, indicator_name};

/// `/search`: the form, and what the words found, by round.
#[derive(Template)]
#[template(path = "portal/search.html")]
pub struct SearchPage {
    pub chrome: Chrome,
    pub colon: &'static str,
    pub action: String,
    /// The words asked for, as typed.
    pub query: String,
    /// Why the words cannot be searched.
    pub problem: Option<String>,
    /// How many passages were found; nothing before a search.
    pub found: Option<String>,
    pub rounds: Vec<RoundHits>,
    /// The passages found as rows to save, once something was searched.
    pub downloads: Option<Downloads>,
}

/// The passages found in one published round.
pub struct RoundHits {
    pub round: RoundRef,
    pub hits: Vec<Hit>,
}

/// A passage found: what kind of text it is part of and what it is about (a domain, an
/// indicator, by name), linked to its place in the profile's page; its language, a note when
/// that is not the page's, and its text with the words found marked.
pub struct Hit {
    pub href: String,
    pub kind: String,
    pub about: Option<String>,
    pub lang: String,
    /// "Not yet translated into French; shown in English." for a passage that has no text in
    /// the page's language.
    pub note: Option<String>,
    pub text: Vec<Run>,
    /// For an answer, which the profile does not print: the explorer's page of its indicator,
    /// where every latest published answer on it is shown in full.
    pub peers: Option<Link>,
}

/// A run of a passage's text, marked when it is one of the words found.
#[derive(Debug, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub marked: bool,
}

/// `text` in runs, each word that the query finds (`found`: by its stem, its beginning or its
/// other spelling, as the search matched it) marked.
pub fn highlight(text: &str, found: &WordsFound) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut push = |piece: &str, marked: bool| {
        if piece.is_empty() {
            return;
        }
        match runs.last_mut() {
            Some(run) if run.marked == marked => run.text.push_str(piece),
            _ => runs.push(Run {
                text: piece.to_owned(),
                marked,
            }),
        }
    };
    let mut at = 0;
    for (start, word) in mgi_store::words(text) {
        if found.finds(word) {
            push(&text[at..start], false);
            push(word, true);
            at = start + word.len();
        }
    }
    push(&text[at..], false);
    runs
}

/// The framework set the hit's round was assessed against.
fn set_of<'a>(fw: &'a Framework, hit: &SearchHit) -> Option<&'a FrameworkSet> {
    fw.set(&hit.framework_set, hit.framework_version)
}

/// The name of domain `id` of the round's set.
fn domain_name(lang: Lang, set: Option<&FrameworkSet>, id: &str) -> Option<String> {
    set?.domain(id).map(|d| DomainTag::new(lang, d).name.text)
}

/// What a hit is about, by name: the domain of a finding or a summary, the indicator an
/// answer answers; nothing for a source, whose passage (issuer and title) names it.
fn about(lang: Lang, fw: &Framework, hit: &SearchHit) -> Option<String> {
    match hit.kind {
        PassageKind::Finding | PassageKind::Summary => {
            domain_name(lang, set_of(fw, hit), &hit.domain)
        }
        PassageKind::Answer => Some(indicator_name(lang, fw, &hit.ref_key)),
        PassageKind::Source => None,
    }
}

/// Where the passage is in the profile's page ([`mgi_profile::anchor`]): a finding's
/// paragraph, a domain's summary, a source's entry; an answer, which the profile does not
/// print, at the key findings of its indicator's domain.
fn place(fw: &Framework, hit: &SearchHit) -> Option<String> {
    match hit.kind {
        PassageKind::Finding => Some(anchor::finding(&hit.ref_key)),
        PassageKind::Summary => Some(anchor::summary(&hit.ref_key)),
        PassageKind::Source => Some(anchor::source(&hit.ref_key)),
        PassageKind::Answer => set_of(fw, hit)?
            .domain_of(&hit.ref_key)
            .map(|d| anchor::findings(&d.id)),
    }
}

/// The hits (ordered by jurisdiction and year) grouped by round.
fn by_round(ui: &Ui, fw: &Framework, hits: &[SearchHit], query: &SearchQuery) -> Vec<RoundHits> {
    let lang = ui.lang;
    let mut rounds: Vec<RoundHits> = Vec::new();
    let mut current = None;
    for h in hits {
        let group = (h.jurisdiction.as_str(), h.year);
        if current != Some(group) {
            rounds.push(RoundHits {
                round: RoundRef::published(ui, &h.jurisdiction, &h.name, h.year),
                hits: Vec::new(),
            });
            current = Some(group);
        }
        let profile = format!("/profiles/{}/{}", h.jurisdiction, h.year);
        let href = match place(fw, h) {
            Some(id) => ui.href(&format!("{profile}#{id}")),
            None => ui.href(&profile),
        };
        let note = (h.lang != lang.code()).then(|| {
            let original = mgi_i18n::language_name(lang, &h.lang);
            tr!(lang, "translation-missing", original = original)
        });
        if let Some(round) = rounds.last_mut() {
            round.hits.push(Hit {
                href,
                kind: h.kind.localise(lang),
                about: about(lang, fw, h),
                peers: (h.kind == PassageKind::Answer).then(|| {
                    let q = form_urlencoded::Serializer::new(String::new())
                        .append_pair("indicator", &h.ref_key)
                        .finish();
                    Link {
                        href: ui.href(&format!("/explore?{q}")),
                        text: tr!(lang, "portal-search-peers"),
                    }
                }),
                lang: h.lang.clone(),
                note,
                text: highlight(&h.text, &query.in_language(&h.lang)),
            });
        }
    }
    rounds
}

pub async fn search(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
    RawQuery(query): RawQuery,
) -> WebResult {
    let lang = ui.lang;
    let q = query_values(query.as_deref(), "q")
        .into_iter()
        .next()
        .unwrap_or_default();
    let mut page = SearchPage {
        chrome: Chrome::new(&ui, &tr!(lang, "nav-search"), viewer.as_ref()),
        colon: colon(lang),
        action: ui.href("/search"),
        query: q.clone(),
        problem: None,
        found: None,
        rounds: Vec::new(),
        downloads: None,
    };
    let format = Format::of(lang, query.as_deref())?;
    let typed = q.chars().count();
    if typed > MAX_QUERY {
        page.problem = Some(tr!(
            lang,
            "portal-search-too-long",
            max = MAX_QUERY,
            count = typed
        ));
        return Ok((StatusCode::BAD_REQUEST, Html(render(&page))).into_response());
    }
    if !q.trim().is_empty() {
        let hits = state.store.search_in(&q, lang.code()).await?;
        page.found = Some(if hits.len() as i64 >= mgi_store::SEARCH_LIMIT {
            tr!(lang, "portal-search-found-capped", count = hits.len())
        } else {
            tr!(lang, "portal-search-found", count = hits.len())
        });
        page.rounds = by_round(&ui, state.store.framework(), &hits, &SearchQuery::new(&q));
        page.downloads = Some(Downloads::new(&ui, false));
    }
    Ok(match format {
        Format::Page => Html(render(&page)).into_response(),
        data => hits_table(lang, &page.rounds).answer(data),
    })
}

/// The passages found, round by round, as the page lists them.
fn hits_table(lang: Lang, rounds: &[RoundHits]) -> DataTable {
    let columns = vec![
        tr!(lang, "portal-jurisdiction"),
        tr!(lang, "portal-round"),
        tr!(lang, "portal-search-kind"),
        tr!(lang, "portal-search-about"),
        tr!(lang, "portal-search-text"),
    ];
    let rows = rounds
        .iter()
        .flat_map(|r| {
            r.hits.iter().map(|h| {
                vec![
                    r.round.name.clone(),
                    r.round.year.to_string(),
                    h.kind.clone(),
                    h.about.clone().unwrap_or_default(),
                    h.text.iter().map(|run| run.text.as_str()).collect(),
                ]
            })
        })
        .collect();
    DataTable {
        name: "search".into(),
        columns,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::{Run, highlight};
    use mgi_store::SearchQuery;

    fn shown(runs: &[Run]) -> String {
        runs.iter()
            .map(|r| {
                if r.marked {
                    format!("[{}]", r.text)
                } else {
                    r.text.clone()
                }
            })
            .collect()
    }

    fn marked(text: &str, query: &str, lang: &str) -> String {
        shown(&highlight(text, &SearchQuery::new(query).in_language(lang)))
    }

    #[test]
    fn the_words_the_query_finds_are_marked() {
        assert_eq!(
            marked("Health <b>care</b>", "care", "en"),
            "Health <b>[care]</b>"
        );
        assert_eq!(
            marked("Labour migration", "LABOUR", "en"),
            "[Labour] migration"
        );
        assert_eq!(marked("nothing", "<script>", "en"), "nothing");
        assert_eq!(
            marked("İstanbul labour", "istanbul", "en"),
            "[İstanbul] labour",
            "a word whose lower case is longer is marked whole"
        );
    }

    #[test]
    fn stems_beginnings_and_other_spellings_are_marked() {
        assert_eq!(
            marked(
                "Trafficking in persons; labour migrants and migration; a trafficked migrant.",
                "traffic labor migrants",
                "en"
            ),
            "[Trafficking] in persons; [labour] [migrants] and migration; a [trafficked] [migrant]."
        );
        assert_eq!(
            marked(
                "Les travailleurs migrants en situation régulière",
                "travailleur reguliere",
                "fr"
            ),
            "Les [travailleurs] migrants en situation [régulière]"
        );
        assert_eq!(
            marked("care, career, caring", "care", "en"),
            "[care], [career], [caring]",
            "a word marks the words it begins"
        );
    }
}

//! `/search?q=`: full-text search over published findings, summaries, narratives and sources,
//! grouped by jurisdiction and round, the words found marked.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::Framework;
use mgi_i18n::{Lang, Localise, tr};
use mgi_store::{PassageKind, SearchHit};

use super::views::RoundRef;
use super::{labels, query_values};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::WebResult;
use crate::layout::{Chrome, render};
use crate::ui::{Ui, colon};
use crate::views::indicator_name;

/// `/search`: the form, and what the words found, by round.
#[derive(Template)]
#[template(path = "portal/search.html")]
pub struct SearchPage {
    pub chrome: Chrome,
    pub colon: &'static str,
    pub action: String,
    /// The words asked for, as typed.
    pub query: String,
    /// How many passages were found; nothing before a search.
    pub found: Option<String>,
    pub rounds: Vec<RoundHits>,
}

/// The passages found in one published round.
pub struct RoundHits {
    pub round: RoundRef,
    pub hits: Vec<Hit>,
}

/// A passage found: what kind of text it is part of, what it is about (an indicator, a domain,
/// by name), its language and its text with the words found marked.
pub struct Hit {
    pub kind: String,
    pub about: Option<String>,
    pub lang: String,
    pub text: Vec<Run>,
}

/// A run of a passage's text, marked when it is one of the words found.
#[derive(Debug, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub marked: bool,
}

/// `text` in runs, every occurrence of each word of the query (case-insensitive) marked.
pub fn highlight(text: &str, query: &str) -> Vec<Run> {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let lower = text.to_lowercase();
    // Marks by byte range of `text`; lower-casing can change lengths, so only where it did not.
    let mut marks = vec![false; text.len()];
    if lower.len() == text.len() {
        for w in &words {
            for (at, _) in lower.match_indices(w.as_str()) {
                marks[at..at + w.len()].iter_mut().for_each(|m| *m = true);
            }
        }
    }
    let mut runs: Vec<Run> = Vec::new();
    for (i, c) in text.char_indices() {
        match runs.last_mut() {
            Some(run) if run.marked == marks[i] => run.text.push(c),
            _ => runs.push(Run {
                text: c.to_string(),
                marked: marks[i],
            }),
        }
    }
    runs
}

/// What a hit is about, by name: the indicator an answer answers, the domain a summary sums
/// up; nothing for a finding or a source, whose passage speaks for itself.
fn about(lang: Lang, fw: &Framework, hit: &SearchHit) -> Option<String> {
    match hit.kind {
        PassageKind::Answer => Some(indicator_name(lang, fw, &hit.ref_key)),
        PassageKind::Summary => labels::domain_tag(lang, fw, &hit.ref_key).map(|d| d.name.text),
        PassageKind::Finding | PassageKind::Source => None,
    }
}

/// The hits (ordered by jurisdiction and year) grouped by round.
fn by_round(ui: &Ui, fw: &Framework, hits: &[SearchHit], query: &str) -> Vec<RoundHits> {
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
        if let Some(round) = rounds.last_mut() {
            round.hits.push(Hit {
                kind: h.kind.localise(ui.lang),
                about: about(ui.lang, fw, h),
                lang: h.lang.clone(),
                text: highlight(&h.text, query),
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
        found: None,
        rounds: Vec::new(),
    };
    if !q.trim().is_empty() {
        let hits = mgi_store::prefer_language(state.store.search(&q).await?, lang.code());
        page.found = Some(if hits.len() as i64 >= mgi_store::SEARCH_LIMIT {
            tr!(lang, "portal-search-found-capped", count = hits.len())
        } else {
            tr!(lang, "portal-search-found", count = hits.len())
        });
        page.rounds = by_round(&ui, state.store.framework(), &hits, &q);
    }
    Ok(Html(render(&page)).into_response())
}

#[cfg(test)]
mod tests {
    use super::{Run, highlight};

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

    #[test]
    fn the_words_of_the_query_are_marked() {
        assert_eq!(
            shown(&highlight("Health <b>care</b>", "care")),
            "Health <b>[care]</b>"
        );
        assert_eq!(
            shown(&highlight("Labour migration", "LABOUR")),
            "[Labour] migration"
        );
        assert_eq!(shown(&highlight("nothing", "<script>")), "nothing");
        assert_eq!(
            shown(&highlight("İstanbul labour", "labour")),
            "İstanbul labour",
            "no mark where lower-casing changed the length"
        );
    }
}

//! `/search?q=`: full-text search over published findings, summaries, narratives and sources,
//! grouped by jurisdiction and round, the words found marked.

use std::fmt::Write;

use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};

use mgi_i18n::{Lang, tr};

use super::query_values;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::WebResult;
use crate::html::{bdi, escape, page};
use crate::ui::{Ui, colon};

/// `text` escaped, with every occurrence of each word of the query (case-insensitive) marked.
pub fn highlight(text: &str, query: &str) -> String {
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
    let mut out = String::new();
    let mut open = false;
    for (i, c) in text.char_indices() {
        let marked = marks[i];
        if marked && !open {
            out.push_str("<mark>");
        } else if !marked && open {
            out.push_str("</mark>");
        }
        open = marked;
        out.push_str(&escape(c.encode_utf8(&mut [0; 4])));
    }
    if open {
        out.push_str("</mark>");
    }
    out
}

/// What kind of text a search hit is.
fn kind_label(lang: Lang, kind: &str) -> String {
    match kind {
        "finding" => tr!(lang, "portal-search-kind-finding"),
        "summary" => tr!(lang, "portal-search-kind-summary"),
        "answer" => tr!(lang, "portal-search-kind-answer"),
        "source" => tr!(lang, "portal-search-kind-source"),
        other => other.to_owned(),
    }
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
    let title = tr!(lang, "nav-search");
    let mut body = format!(
        "<h1>{}</h1>\n<form method=\"get\" action=\"{}\" role=\"search\"><label for=\"q\">{}</label><input type=\"search\" id=\"q\" name=\"q\" value=\"{}\"><button>{}</button></form>\n",
        escape(&tr!(lang, "portal-search-title")),
        escape(&ui.href("/search")),
        escape(&tr!(lang, "portal-search-words")),
        escape(&q),
        escape(&tr!(lang, "portal-search-button"))
    );
    if q.trim().is_empty() {
        return Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response());
    }
    let hits = mgi_store::prefer_language(state.store.search(&q).await?, lang.code());
    let found = if hits.len() as i64 >= mgi_store::SEARCH_LIMIT {
        tr!(lang, "portal-search-found-capped", count = hits.len())
    } else {
        tr!(lang, "portal-search-found", count = hits.len())
    };
    let _ = writeln!(body, "<p>{}</p>", escape(&found));
    let mut current = None;
    for h in &hits {
        let group = (h.jurisdiction.as_str(), h.year);
        if current != Some(group) {
            if current.is_some() {
                body.push_str("</ul>\n");
            }
            let _ = writeln!(
                body,
                "<h2><a href=\"{}\">{}</a> {y}</h2>\n<ul>",
                escape(&ui.href(&format!("/profiles/{}/{}", h.jurisdiction, h.year))),
                bdi(mgi_model::name_in(&h.jurisdiction, &h.name, ui.lang.code())),
                y = h.year
            );
            current = Some(group);
        }
        let _ = writeln!(
            body,
            "<li><strong>{} {}</strong>{}<span lang=\"{}\" dir=\"auto\">{}</span></li>",
            escape(&kind_label(lang, &h.kind)),
            escape(&h.ref_key),
            colon(lang),
            escape(&h.lang),
            highlight(&h.text, &q)
        );
    }
    if current.is_some() {
        body.push_str("</ul>\n");
    }
    Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response())
}

#[cfg(test)]
mod tests {
    use super::highlight;

    #[test]
    fn words_are_marked_after_escaping() {
        assert_eq!(
            highlight("Health <b>care</b>", "care"),
            "Health &lt;b&gt;<mark>care</mark>&lt;/b&gt;"
        );
        assert_eq!(
            highlight("Labour migration", "LABOUR"),
            "<mark>Labour</mark> migration"
        );
        assert_eq!(highlight("nothing", "<script>"), "nothing");
    }
}

//! `/search?q=`: full-text search over published findings, summaries, narratives and sources,
//! grouped by jurisdiction and round, the words found marked.

use std::fmt::Write;

use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};

use super::query_values;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::WebResult;
use crate::html::{escape, page};

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

pub async fn search(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    RawQuery(query): RawQuery,
) -> WebResult {
    let q = query_values(query.as_deref(), "q")
        .into_iter()
        .next()
        .unwrap_or_default();
    let mut body = format!(
        "<h1>Search the published profiles</h1>\n<form method=\"get\" action=\"/search\" role=\"search\"><label for=\"q\">Words</label><input type=\"search\" id=\"q\" name=\"q\" value=\"{}\"><button>Search</button></form>\n",
        escape(&q)
    );
    if q.trim().is_empty() {
        return Ok(Html(page("Search", viewer.as_ref(), &body)).into_response());
    }
    let hits = state.store.search(&q).await?;
    let capped = if hits.len() as i64 >= mgi_store::SEARCH_LIMIT {
        " (the first ones; refine the words to see others)"
    } else {
        ""
    };
    let _ = writeln!(body, "<p>{} passages found{capped}.</p>", hits.len());
    let mut current = None;
    for h in &hits {
        let group = (h.jurisdiction.as_str(), h.year);
        if current != Some(group) {
            if current.is_some() {
                body.push_str("</ul>\n");
            }
            let _ = writeln!(
                body,
                "<h2><a href=\"/profiles/{c}/{y}\">{}</a> {y}</h2>\n<ul>",
                escape(&h.name),
                c = escape(&h.jurisdiction),
                y = h.year
            );
            current = Some(group);
        }
        let _ = writeln!(
            body,
            "<li><strong>{} {}</strong>: {}</li>",
            escape(&h.kind),
            escape(&h.ref_key),
            highlight(&h.text, &q)
        );
    }
    if current.is_some() {
        body.push_str("</ul>\n");
    }
    Ok(Html(page("Search", viewer.as_ref(), &body)).into_response())
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

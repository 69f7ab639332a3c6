//! Portal pages other than the profiles: home and not found.

use std::collections::BTreeMap;
use std::fmt::Write;

use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use mgi_framework::Level;

use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{escape, page};

pub async fn not_found() -> Response {
    WebError::NotFound.into_response()
}

pub async fn home(State(state): State<AppState>, Viewer(viewer): Viewer) -> WebResult {
    let list = state.store.published().await?;
    let fw = state.store.framework();
    let mut body = String::from(
        "<h1>Migration Governance Indicators</h1>\n<p>Governments ask for the Migration Governance Indicators to take stock of their migration policies \
         in six domains, find what is well developed and what could be developed further, and learn from each other. The \
         profiles here were validated by the governments concerned. They are not a ranking and not a score.</p>\n",
    );
    if let Some(set) = fw.latest_for_level(Level::National) {
        body.push_str("<h2>The six domains</h2>\n<ol>\n");
        for d in &set.domains {
            let _ = writeln!(
                body,
                "<li><strong>{}</strong>: {}</li>",
                escape(d.name.en()),
                escape(d.principle.en())
            );
        }
        body.push_str("</ol>\n");
    }
    // Published only, grouped by UN M49 region; in a region by (kind, name, code).
    type Rounds<'a> = BTreeMap<(&'a str, &'a str, &'a str), Vec<i64>>;
    let mut regions: BTreeMap<&str, Rounds<'_>> = BTreeMap::new();
    for a in &list {
        regions
            .entry(a.region.as_str())
            .or_default()
            .entry((a.kind.as_str(), a.name.as_str(), a.jurisdiction.as_str()))
            .or_default()
            .push(a.year);
    }
    body.push_str("<h2>Participating countries and localities</h2>\n");
    if regions.is_empty() {
        body.push_str("<p>No profile has been published yet.</p>\n");
    }
    for (region, entries) in &regions {
        let _ = writeln!(body, "<h3>{}</h3>\n<ul>", escape(region));
        for ((kind, name, code), years) in entries {
            let rounds: Vec<String> = years
                .iter()
                .map(|y| format!("<a href=\"/profiles/{}/{y}\">{y}</a>", escape(code)))
                .collect();
            let local = if *kind == "locality" { " (local)" } else { "" };
            let _ = writeln!(
                body,
                "<li>{}{local}: {}</li>",
                escape(name),
                rounds.join(", ")
            );
        }
        body.push_str("</ul>\n");
    }
    let _ = writeln!(
        body,
        "<p class=\"notice\">{}</p>",
        escape(mgi_framework::RECONSTRUCTION_NOTICE)
    );
    Ok(Html(page(
        "Migration Governance Indicators",
        viewer.as_ref(),
        &body,
    ))
    .into_response())
}

//! `/explore`: the indicators by domain, and for one indicator every published jurisdiction's
//! answer, narrative, findings and sources, so that countries and cities can learn from each
//! other. Jurisdictions in alphabetical order, with no score.

use std::fmt::Write;

use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, FrameworkSet, Level};
use mgi_model::AssessmentDoc;

use super::{published_docs, query_values};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{escape, markdown, page};

fn index(fw: &Framework, set: &FrameworkSet) -> String {
    let mut out = format!("<h2>{}</h2>\n", escape(set.title.en()));
    for d in &set.domains {
        let _ = writeln!(out, "<h3>{}. {}</h3>\n<ul>", d.number, escape(d.name.en()));
        for id in d.indicator_ids() {
            let q = fw.indicator(id).map_or("", |i| i.question.en());
            let _ = writeln!(
                out,
                "<li><a href=\"/explore?indicator={id}\">{id}</a> {}</li>",
                escape(q),
                id = escape(id)
            );
        }
        out.push_str("</ul>\n");
    }
    out
}

/// What one jurisdiction says on indicator `id`: answer, narrative, findings, sources.
fn entry(doc: &AssessmentDoc, id: &str) -> Option<String> {
    let answer = doc.answer(id);
    let findings: Vec<_> = doc
        .findings
        .iter()
        .filter(|f| f.indicators.iter().any(|i| i == id))
        .collect();
    if answer.is_none() && findings.is_empty() {
        return None;
    }
    let mut out = format!(
        "<section class=\"peer\"><h3><a href=\"/profiles/{c}/{y}\">{}</a> {y}</h3>\n",
        escape(&doc.jurisdiction.name),
        c = escape(&doc.jurisdiction.code),
        y = doc.year
    );
    let mut cited = Vec::new();
    if let Some(a) = answer {
        let _ = writeln!(
            out,
            "<p>Answer: <strong>{}</strong></p>\n{}",
            a.value.as_str(),
            markdown(&a.narrative)
        );
        cited.extend(&a.citations);
    }
    for f in &findings {
        let kind = if f.kind == mgi_model::FindingKind::WellDeveloped {
            "Well developed"
        } else {
            "Area with potential for further development"
        };
        let _ = writeln!(out, "<p><em>{kind}:</em> {}</p>", escape(&f.text));
        cited.extend(&f.citations);
    }
    if !cited.is_empty() {
        out.push_str("<p>Sources:</p>\n<ul>\n");
        for c in cited {
            if let Some(s) = doc.source(&c.source) {
                let year = s.year.map(|y| format!(" ({y})")).unwrap_or_default();
                let pin = c
                    .pinpoint
                    .as_deref()
                    .map(|p| format!(", {}", escape(p)))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "<li>{}: <em>{}</em>{year}{pin}</li>",
                    escape(&s.issuer),
                    escape(&s.title)
                );
            }
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    Some(out)
}

pub async fn explore(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    RawQuery(query): RawQuery,
) -> WebResult {
    let fw = state.store.framework();
    let Some(id) = query_values(query.as_deref(), "indicator")
        .into_iter()
        .next()
    else {
        let mut body = String::from(
            "<h1>Indicator explorer</h1>\n<p>Pick an indicator to read what every published profile says about it: the answer, the narrative, the findings and the laws and policies cited. The profiles are shown in alphabetical order; this is peer learning, not a ranking.</p>\n",
        );
        for level in [Level::National, Level::Local] {
            if let Some(set) = fw.latest_for_level(level) {
                body.push_str(&index(fw, set));
            }
        }
        return Ok(Html(page("Indicator explorer", viewer.as_ref(), &body)).into_response());
    };
    let indicator = fw.indicator(&id).ok_or(WebError::NotFound)?;
    let mut body = format!(
        "<h1>Indicator {}</h1>\n<p><strong>{}</strong></p>\n<p class=\"muted\">What each published profile says, in alphabetical order. Not a ranking.</p>\n",
        escape(&id),
        escape(indicator.question.en())
    );
    let mut any = false;
    for (_, doc) in published_docs(&state).await? {
        if let Some(html) = entry(&doc, &id) {
            body.push_str(&html);
            any = true;
        }
    }
    if !any {
        body.push_str("<p>No published profile answers this indicator yet.</p>\n");
    }
    Ok(Html(page(&format!("Indicator {id}"), viewer.as_ref(), &body)).into_response())
}

//! `/explore`: the indicators by domain, and for one indicator every published jurisdiction's
//! answer, narrative, findings and sources, so that countries and cities can learn from each
//! other. Jurisdictions in alphabetical order, with no score.

use std::fmt::Write;

use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, FrameworkSet, Level};
use mgi_model::{FindingKind, M49_REGIONS};
use mgi_store::{ExploreEntry, ExploreFilter, PrintedCitation};

use super::query_values;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{escape, markdown, options, page};

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

/// Jurisdictions per page of the explorer.
const PAGE: i64 = 50;

fn citations(out: &mut String, cited: &[PrintedCitation]) {
    if cited.is_empty() {
        return;
    }
    out.push_str("<p>Sources:</p>\n<ul>\n");
    for c in cited {
        let year = c.year.map(|y| format!(" ({y})")).unwrap_or_default();
        let pin = c
            .pinpoint
            .as_deref()
            .map(|p| format!(", {}", escape(p)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<li>{}: <em>{}</em>{year}{pin}</li>",
            escape(&c.issuer),
            escape(&c.title)
        );
    }
    out.push_str("</ul>\n");
}

/// What one jurisdiction's latest published round says on the indicator.
fn entry(e: &ExploreEntry) -> String {
    let mut out = format!(
        "<section class=\"peer\"><h3><a href=\"/profiles/{c}/{y}\">{}</a> {y}</h3>\n",
        escape(&e.name),
        c = escape(&e.jurisdiction),
        y = e.year
    );
    if let Some((value, narrative, cited)) = &e.answer {
        let _ = writeln!(
            out,
            "<p>Answer: <strong>{}</strong></p>\n{}",
            value.as_str(),
            markdown(narrative)
        );
        citations(&mut out, cited);
    }
    for (kind, text, cited) in &e.findings {
        let kind = if *kind == FindingKind::WellDeveloped {
            "Well developed"
        } else {
            "Area with potential for further development"
        };
        let _ = writeln!(out, "<p><em>{kind}:</em> {}</p>", escape(text));
        citations(&mut out, cited);
    }
    out.push_str("</section>\n");
    out
}

/// Links to the other pages of the result, keeping the region filter.
fn pager(id: &str, region: &str, page: i64, total: i64) -> String {
    let pages = (total + PAGE - 1) / PAGE;
    if pages <= 1 {
        return String::new();
    }
    let link = |p: i64, label: &str| {
        let q = form_urlencoded::Serializer::new(String::new())
            .append_pair("indicator", id)
            .append_pair("region", region)
            .append_pair("page", &p.to_string())
            .finish();
        format!("<a href=\"/explore?{}\">{label}</a>", escape(&q))
    };
    let mut out = format!("<p class=\"pager\">Page {page} of {pages}. ");
    if page > 1 {
        out.push_str(&link(page - 1, "Previous"));
        out.push(' ');
    }
    if page < pages {
        out.push_str(&link(page + 1, "Next"));
    }
    out.push_str("</p>\n");
    out
}

fn region_filter(id: &str, region: &str) -> String {
    let choices = std::iter::once(("", "All regions")).chain(M49_REGIONS.iter().map(|r| (*r, *r)));
    format!(
        "<form method=\"get\" action=\"/explore\"><input type=\"hidden\" name=\"indicator\" value=\"{}\"><label>Region <select name=\"region\">{}</select></label> <button>Show</button></form>\n",
        escape(id),
        options(choices, region)
    )
}

pub async fn explore(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    RawQuery(query): RawQuery,
) -> WebResult {
    let fw = state.store.framework();
    let query = query.as_deref();
    let Some(id) = query_values(query, "indicator").into_iter().next() else {
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
    let region = query_values(query, "region")
        .into_iter()
        .next()
        .unwrap_or_default();
    if !region.is_empty() && !M49_REGIONS.contains(&region.as_str()) {
        return Err(WebError::Form(vec![(
            "region".into(),
            format!("{region:?} is not a UN M49 region"),
        )]));
    }
    let page_no = match query_values(query, "page").into_iter().next() {
        None => 1,
        Some(p) => p
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or_else(|| {
                WebError::Form(vec![("page".into(), format!("{p:?} is not a page number"))])
            })?,
    };
    let filter = ExploreFilter {
        region: (!region.is_empty()).then(|| region.clone()),
        offset: (page_no - 1) * PAGE,
        limit: PAGE,
    };
    let result = state.store.explore(&id, &filter).await?;
    let mut body = format!(
        "<h1>Indicator {}</h1>\n<p><strong>{}</strong></p>\n<p class=\"muted\">What the latest published profile of each jurisdiction says, in alphabetical order. Not a ranking. {} jurisdiction(s).</p>\n{}",
        escape(&id),
        escape(indicator.question.en()),
        result.total,
        region_filter(&id, &region)
    );
    for e in &result.entries {
        body.push_str(&entry(e));
    }
    if result.entries.is_empty() {
        body.push_str("<p>No published profile answers this indicator yet.</p>\n");
    }
    body.push_str(&pager(&id, &region, page_no, result.total));
    Ok(Html(page(&format!("Indicator {id}"), viewer.as_ref(), &body)).into_response())
}

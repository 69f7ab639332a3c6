//! `/explore`: the indicators by domain, and for one indicator every published jurisdiction's
//! answer, narrative, findings and sources, so that countries and cities can learn from each
//! other. Jurisdictions in alphabetical order, with no score.

use mgi_i18n::Localise;
use std::fmt::Write;

use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, FrameworkSet, Level};
use mgi_i18n::{Lang, tr};
use mgi_model::M49_REGIONS;
use mgi_store::{ExploreEntry, ExploreFilter, PrintedCitation};

use super::{labels, query_values};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{bdi, escape, label, markdown, options, page};
use crate::ui::{Ui, colon};

fn index(ui: &Ui, fw: &Framework, set: &FrameworkSet) -> String {
    let lang = ui.lang;
    let mut out = format!("<h2>{}</h2>\n", label(lang, &set.title));
    for d in &set.domains {
        let _ = writeln!(out, "<h3>{}. {}</h3>\n<ul>", d.number, label(lang, &d.name));
        for id in d.indicator_ids() {
            let q = fw
                .indicator(id)
                .map(|i| label(lang, &i.question))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<li><a href=\"{}\">{}</a> {q}</li>",
                escape(&ui.href(&format!("/explore?indicator={id}"))),
                escape(id)
            );
        }
        out.push_str("</ul>\n");
    }
    out
}

/// Jurisdictions per page of the explorer.
const PAGE: i64 = 50;

fn citations(lang: Lang, out: &mut String, cited: &[PrintedCitation]) {
    if cited.is_empty() {
        return;
    }
    let _ = writeln!(out, "<p>{}</p>\n<ul>", escape(&tr!(lang, "portal-sources")));
    for c in cited {
        let year = c.year.map(|y| format!(" ({y})")).unwrap_or_default();
        let pin = c
            .pinpoint
            .as_deref()
            .map(|p| format!(", {}", bdi(p)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<li>{}{}<em>{}</em>{year}{pin}</li>",
            bdi(&c.issuer),
            colon(lang),
            bdi(&c.title)
        );
    }
    out.push_str("</ul>\n");
}

/// What one jurisdiction's latest published round says on the indicator.
fn entry(ui: &Ui, e: &ExploreEntry) -> String {
    let lang = ui.lang;
    let mut out = format!(
        "<section class=\"peer\"><h3><a href=\"{}\">{}</a> {y}</h3>\n",
        escape(&ui.href(&format!("/profiles/{}/{}", e.jurisdiction, e.year))),
        bdi(mgi_model::name_in(&e.jurisdiction, &e.name, lang.code())),
        y = e.year
    );
    if let Some((value, narrative, cited)) = &e.answer {
        let _ = writeln!(
            out,
            "<p>{} <strong>{}</strong></p>\n<div dir=\"auto\">{}</div>",
            escape(&tr!(lang, "portal-answer")),
            escape(&value.localise(lang)),
            markdown(narrative)
        );
        citations(lang, &mut out, cited);
    }
    for (kind, text, cited) in &e.findings {
        let _ = writeln!(
            out,
            "<p><em>{}</em>{}<span dir=\"auto\">{}</span></p>",
            escape(&kind.localise(lang)),
            colon(lang),
            escape(text)
        );
        citations(lang, &mut out, cited);
    }
    out.push_str("</section>\n");
    out
}

/// Links to the other pages of the result, keeping the region filter.
fn pager(ui: &Ui, id: &str, region: &str, page: i64, total: i64) -> String {
    let lang = ui.lang;
    let pages = (total + PAGE - 1) / PAGE;
    if pages <= 1 {
        return String::new();
    }
    let link = |p: i64, label: String| {
        let q = form_urlencoded::Serializer::new(String::new())
            .append_pair("indicator", id)
            .append_pair("region", region)
            .append_pair("page", &p.to_string())
            .finish();
        format!(
            "<a href=\"{}\">{}</a>",
            escape(&ui.href(&format!("/explore?{q}"))),
            escape(&label)
        )
    };
    let mut out = format!(
        "<p class=\"pager\">{} ",
        escape(&tr!(lang, "portal-pager", page = page, pages = pages))
    );
    if page > 1 {
        out.push_str(&link(page - 1, tr!(lang, "portal-pager-previous")));
        out.push(' ');
    }
    if page < pages {
        out.push_str(&link(page + 1, tr!(lang, "portal-pager-next")));
    }
    out.push_str("</p>\n");
    out
}

fn region_filter(ui: &Ui, id: &str, region: &str) -> String {
    let lang = ui.lang;
    let names: Vec<(&str, String)> = std::iter::once(("", tr!(lang, "portal-region-all")))
        .chain(M49_REGIONS.iter().map(|r| (*r, labels::region(lang, r))))
        .collect();
    let choices = names.iter().map(|(v, l)| (*v, l.as_str()));
    format!(
        "<form method=\"get\" action=\"{}\"><input type=\"hidden\" name=\"indicator\" value=\"{}\"><label>{} <select name=\"region\">{}</select></label> <button>{}</button></form>\n",
        escape(&ui.href("/explore")),
        escape(id),
        escape(&tr!(lang, "portal-region")),
        options(choices, region),
        escape(&tr!(lang, "portal-show"))
    )
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
    let Some(id) = query_values(query, "indicator").into_iter().next() else {
        let title = tr!(lang, "portal-explore-title");
        let mut body = format!(
            "<h1>{}</h1>\n<p>{}</p>\n",
            escape(&title),
            escape(&tr!(lang, "portal-explore-intro"))
        );
        for level in [Level::National, Level::Local] {
            if let Some(set) = fw.latest_for_level(level) {
                body.push_str(&index(&ui, fw, set));
            }
        }
        return Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response());
    };
    let indicator = fw.indicator(&id).ok_or(WebError::NotFound)?;
    let region = query_values(query, "region")
        .into_iter()
        .next()
        .unwrap_or_default();
    if !region.is_empty() && !M49_REGIONS.contains(&region.as_str()) {
        return Err(WebError::Form(vec![(
            "region".into(),
            tr!(lang, "portal-error-region", value = format!("{region:?}")),
        )]));
    }
    let page_no = match query_values(query, "page").into_iter().next() {
        None => 1,
        Some(p) => p
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or_else(|| {
                WebError::Form(vec![(
                    "page".into(),
                    tr!(lang, "portal-error-page", value = format!("{p:?}")),
                )])
            })?,
    };
    let filter = ExploreFilter {
        region: (!region.is_empty()).then(|| region.clone()),
        offset: (page_no - 1) * PAGE,
        limit: PAGE,
    };
    let result = state.store.explore(&id, &filter).await?;
    let title = tr!(lang, "portal-indicator-title", id = id.as_str());
    let mut body = format!(
        "<h1>{}</h1>\n<p><strong>{}</strong></p>\n<p class=\"muted\">{}</p>\n{}",
        escape(&title),
        label(lang, &indicator.question),
        escape(&tr!(lang, "portal-indicator-intro", count = result.total)),
        region_filter(&ui, &id, &region)
    );
    for e in &result.entries {
        body.push_str(&entry(&ui, e));
    }
    if result.entries.is_empty() {
        let _ = writeln!(
            body,
            "<p>{}</p>",
            escape(&tr!(lang, "portal-indicator-none"))
        );
    }
    body.push_str(&pager(&ui, &id, &region, page_no, result.total));
    Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response())
}

//! `/gcm` and `/sdg`: aggregate views over the latest published round of each jurisdiction.
//! Counts and shares, never a ranking: regions and jurisdictions in alphabetical order.

use std::fmt::Write;

use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::Level;
use mgi_model::aggregate::{Counts, SDG_INDICATIVE};

use super::query_values;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{escape, page};

/// `level=local` for localities, national otherwise; anything else is refused.
pub fn level_param(query: Option<&str>) -> Result<Level, WebError> {
    match query_values(query, "level").first().map(String::as_str) {
        None | Some("national") => Ok(Level::National),
        Some("local") => Ok(Level::Local),
        Some(other) => Err(WebError::Form(vec![(
            "level".into(),
            format!("{other:?}: national or local"),
        )])),
    }
}

fn count_cells(c: &Counts) -> String {
    let mut out = String::new();
    for (_, n) in c.by_value() {
        let _ = write!(out, "<td>{n} ({:.0} %)</td>", c.share(n));
    }
    let _ = write!(out, "<td>{}</td>", c.total());
    out
}

const COUNT_HEAD: &str =
    "<th>present</th><th>partial</th><th>absent</th><th>unknown</th><th>answers</th>";

fn level_switch(path: &str, level: Level) -> String {
    let (national, local) = match level {
        Level::Local => (
            "<a href=\"?level=national\">countries</a>",
            "<strong>localities</strong>",
        ),
        _ => (
            "<strong>countries</strong>",
            "<a href=\"?level=local\">localities</a>",
        ),
    };
    format!(
        "<p>View: {national} · {local} · <a href=\"/api/v1{path}?level={}\">JSON</a></p>\n",
        match level {
            Level::Local => "local",
            _ => "national",
        }
    )
}

pub async fn gcm(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    RawQuery(query): RawQuery,
) -> WebResult {
    let level = level_param(query.as_deref())?;
    let view = state.store.gcm_view(level).await?;
    let counted: u64 = view.jurisdictions.values().sum();
    let mut body = format!(
        "<h1>Global Compact for Migration</h1>\n<p>For each of the 23 GCM objectives: how many answers of the latest published round of each {} fall on each value, over the indicators mapped to the objective. Not applicable answers are left out. {counted} jurisdiction(s) counted. Shares, not scores; no jurisdiction is ranked.</p>\n{}",
        if level == Level::Local {
            "locality"
        } else {
            "country"
        },
        level_switch("/gcm", level)
    );
    for o in &view.objectives {
        let _ = write!(
            body,
            "<section><h2>Objective {}: {}</h2>\n<table><thead><tr><th>where</th>{COUNT_HEAD}</tr></thead><tbody>\n<tr><th>all regions</th>{}</tr>\n",
            o.number,
            escape(&o.title),
            count_cells(&o.counts.global)
        );
        for (region, c) in &o.counts.regions {
            let _ = writeln!(
                body,
                "<tr><th>{}</th>{}</tr>",
                escape(region),
                count_cells(c)
            );
        }
        body.push_str("</tbody></table>\n<details><summary>By indicator</summary><table><thead><tr><th>indicator</th>");
        body.push_str(COUNT_HEAD);
        body.push_str("</tr></thead><tbody>\n");
        for i in &o.indicators {
            let _ = writeln!(
                body,
                "<tr><th><a href=\"/explore?indicator={id}\">{id}</a></th>{}</tr>",
                count_cells(&i.counts.global),
                id = escape(&i.indicator)
            );
        }
        body.push_str("</tbody></table></details></section>\n");
    }
    Ok(Html(page("GCM objectives", viewer.as_ref(), &body)).into_response())
}

pub async fn sdg(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    RawQuery(query): RawQuery,
) -> WebResult {
    let level = level_param(query.as_deref())?;
    let rows = state.store.sdg_view(level).await?.jurisdictions;
    let fw = state.store.framework();
    let mut body = format!(
        "<h1>SDG indicator 10.7.2, indicative</h1>\n<p class=\"notice\" role=\"note\"><strong>{SDG_INDICATIVE}.</strong> {}</p>\n<p>Per domain: the mean of the configured sub-category values × 100, and the category whose cut-off it reaches. A domain with a sub-category that no answer informs has no value (—).</p>\n{}<table><thead><tr><th>jurisdiction</th><th>round</th>",
        escape(fw.sdg.notice.en()),
        level_switch("/sdg", level)
    );
    for d in &fw.sdg.domains {
        let _ = write!(body, "<th>{}. {}</th>", d.number, escape(d.name.en()));
    }
    body.push_str("</tr></thead><tbody>\n");
    for r in &rows {
        let _ = write!(
            body,
            "<tr><th><a href=\"/profiles/{c}/{y}\">{}</a></th><td>{y}</td>",
            escape(&r.name),
            c = escape(&r.jurisdiction),
            y = r.year
        );
        for d in &r.domains {
            match (&d.value, &d.category) {
                (Some(v), Some(c)) => {
                    let _ = write!(
                        body,
                        "<td title=\"{SDG_INDICATIVE}\">{v:.0} · {}</td>",
                        escape(c)
                    );
                }
                _ => body.push_str("<td>—</td>"),
            }
        }
        body.push_str("</tr>\n");
    }
    body.push_str("</tbody></table>\n");
    if rows.is_empty() {
        body.push_str("<p>No published profile yet.</p>\n");
    }
    Ok(Html(page("SDG 10.7.2 (indicative)", viewer.as_ref(), &body)).into_response())
}

//! `/gcm` and `/sdg`: aggregate views over the latest published round of each jurisdiction.
//! Counts and shares, never a ranking: regions and jurisdictions in alphabetical order.

use std::fmt::Write;

use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, Level};
use mgi_i18n::{Lang, decimal, number, percent, tr};
use mgi_model::aggregate::Counts;

use super::{labels, query_values};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{bdi, escape, label, page};
use crate::ui::{Ui, colon};

/// `level=local` for localities, national otherwise; anything else is refused.
pub fn level_param(lang: Lang, query: Option<&str>) -> Result<Level, WebError> {
    match query_values(query, "level").first().map(String::as_str) {
        None | Some("national") => Ok(Level::National),
        Some("local") => Ok(Level::Local),
        Some(other) => Err(WebError::Form(vec![(
            "level".into(),
            tr!(lang, "portal-error-level", value = format!("{other:?}")),
        )])),
    }
}

/// A share in percent: whole numbers without decimals, others with one.
fn share(lang: Lang, x: f64) -> String {
    let digits = if x.fract() == 0.0 { 0 } else { 1 };
    percent(lang, x, digits)
}

fn count_cells(lang: Lang, c: &Counts) -> String {
    let mut out = String::new();
    for (_, n) in c.by_value() {
        let _ = write!(
            out,
            "<td>{} ({})</td>",
            number(lang, i64::try_from(n).unwrap_or(i64::MAX)),
            share(lang, c.share(n))
        );
    }
    let _ = write!(
        out,
        "<td>{}</td>",
        number(lang, i64::try_from(c.total()).unwrap_or(i64::MAX))
    );
    out
}

fn count_head(lang: Lang, first: &str) -> String {
    [
        first.to_owned(),
        tr!(lang, "portal-value-present"),
        tr!(lang, "portal-value-partial"),
        tr!(lang, "portal-value-absent"),
        tr!(lang, "portal-value-unknown"),
        tr!(lang, "portal-gcm-answers"),
    ]
    .iter()
    .map(|h| format!("<th>{}</th>", escape(h)))
    .collect()
}

fn level_switch(ui: &Ui, path: &str, level: Level) -> String {
    let lang = ui.lang;
    let link = |value: &str, text: String| {
        format!(
            "<a href=\"{}\">{}</a>",
            escape(&ui.href(&format!("{path}?level={value}"))),
            escape(&text)
        )
    };
    let strong = |text: String| format!("<strong>{}</strong>", escape(&text));
    let countries = tr!(lang, "portal-level-countries");
    let localities = tr!(lang, "portal-level-localities");
    let (national, local, code) = match level {
        Level::Local => (link("national", countries), strong(localities), "local"),
        _ => (strong(countries), link("local", localities), "national"),
    };
    format!(
        "<p>{}{}{national} · {local} · <a href=\"/api/v1{path}?level={code}\">JSON</a></p>\n",
        escape(&tr!(lang, "portal-view")),
        colon(lang)
    )
}

/// The title of GCM objective `number` in `lang` (HTML).
fn objective_title(lang: Lang, fw: &Framework, number: u8, english: &str) -> String {
    fw.gcm
        .iter()
        .find(|o| o.number == number)
        .map_or_else(|| escape(english), |o| label(lang, &o.title))
}

pub async fn gcm(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
    RawQuery(query): RawQuery,
) -> WebResult {
    let lang = ui.lang;
    let level = level_param(lang, query.as_deref())?;
    let view = state.store.gcm_view(level).await?;
    let fw = state.store.framework();
    let counted: u64 = view.jurisdictions.values().sum();
    let intro = if level == Level::Local {
        tr!(lang, "portal-gcm-intro-local")
    } else {
        tr!(lang, "portal-gcm-intro-national")
    };
    let mut body = format!(
        "<h1>{}</h1>\n<p>{} {} {}</p>\n{}",
        escape(&tr!(lang, "portal-gcm-title")),
        escape(&intro),
        escape(&tr!(
            lang,
            "portal-gcm-counted",
            count = i64::try_from(counted).unwrap_or(i64::MAX)
        )),
        escape(&tr!(lang, "portal-not-a-ranking")),
        level_switch(&ui, "/gcm", level)
    );
    let head = count_head(lang, &tr!(lang, "portal-gcm-where"));
    for o in &view.objectives {
        let _ = write!(
            body,
            "<section><h2>{}{}{}</h2>\n<table><thead><tr>{head}</tr></thead><tbody>\n<tr><th>{}</th>{}</tr>\n",
            escape(&tr!(
                lang,
                "portal-gcm-objective",
                number = u32::from(o.number)
            )),
            colon(lang),
            objective_title(lang, fw, o.number, &o.title),
            escape(&tr!(lang, "portal-region-all")),
            count_cells(lang, &o.counts.global)
        );
        for (region, c) in &o.counts.regions {
            let _ = writeln!(
                body,
                "<tr><th>{}</th>{}</tr>",
                escape(&labels::region(lang, region)),
                count_cells(lang, c)
            );
        }
        let _ = writeln!(
            body,
            "</tbody></table>\n<details><summary>{}</summary><table><thead><tr>{}</tr></thead><tbody>",
            escape(&tr!(lang, "portal-gcm-by-indicator")),
            count_head(lang, &tr!(lang, "portal-indicator"))
        );
        for i in &o.indicators {
            let _ = writeln!(
                body,
                "<tr><th><a href=\"{}\">{}</a></th>{}</tr>",
                escape(&ui.href(&format!("/explore?indicator={}", i.indicator))),
                escape(&i.indicator),
                count_cells(lang, &i.counts.global)
            );
        }
        body.push_str("</tbody></table></details></section>\n");
    }
    let title = tr!(lang, "portal-gcm-page-title");
    Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response())
}

/// The SDG category named `english` (as the model computes it) in `lang`.
fn category(lang: Lang, fw: &Framework, english: &str) -> String {
    fw.sdg
        .categories
        .iter()
        .find(|c| c.label.en() == english)
        .map_or_else(|| escape(english), |c| label(lang, &c.label))
}

pub async fn sdg(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
    RawQuery(query): RawQuery,
) -> WebResult {
    let lang = ui.lang;
    let level = level_param(lang, query.as_deref())?;
    let rows = state.store.sdg_view(level).await?.jurisdictions;
    let fw = state.store.framework();
    let indicative = tr!(lang, "portal-sdg-indicative");
    let mut body = format!(
        "<h1>{}</h1>\n<p class=\"notice\" role=\"note\"><strong>{}.</strong> {}</p>\n<p>{}</p>\n{}<table><thead><tr><th>{}</th><th>{}</th>",
        escape(&tr!(lang, "portal-sdg-title")),
        escape(&indicative),
        label(lang, &fw.sdg.notice),
        escape(&tr!(lang, "portal-sdg-method")),
        level_switch(&ui, "/sdg", level),
        escape(&tr!(lang, "portal-jurisdiction")),
        escape(&tr!(lang, "portal-round"))
    );
    for d in &fw.sdg.domains {
        let _ = write!(body, "<th>{}. {}</th>", d.number, label(lang, &d.name));
    }
    body.push_str("</tr></thead><tbody>\n");
    for r in &rows {
        let _ = write!(
            body,
            "<tr><th><a href=\"{}\">{}</a></th><td>{y}</td>",
            escape(&ui.href(&format!("/profiles/{}/{}", r.jurisdiction, r.year))),
            bdi(mgi_model::name_in(&r.jurisdiction, &r.name, lang.code())),
            y = r.year
        );
        for d in &r.domains {
            match (&d.value, &d.category) {
                (Some(v), Some(c)) => {
                    let _ = write!(
                        body,
                        "<td title=\"{}\">{} · {}</td>",
                        escape(&indicative),
                        decimal(lang, *v, 0),
                        category(lang, fw, c)
                    );
                }
                _ => body.push_str("<td>—</td>"),
            }
        }
        body.push_str("</tr>\n");
    }
    body.push_str("</tbody></table>\n");
    if rows.is_empty() {
        let _ = writeln!(body, "<p>{}</p>", escape(&tr!(lang, "portal-sdg-none")));
    }
    let title = tr!(lang, "portal-sdg-page-title");
    Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response())
}

//! `/compare?j=MNG&j=KAZ`: two to four jurisdictions side by side, domain by domain, each at its
//! latest published round (or `j=MNG/2023` for a given round). The columns keep the order asked
//! for; there is no total, no score and no ordering by answers.

use mgi_i18n::Localise;
use std::fmt::Write;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use mgi_framework::Level;
use mgi_i18n::tr;
use mgi_model::AssessmentDoc;

use super::{labels, published_entries, query_values};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{bdi, escape, label, page};
use crate::ui::{Ui, colon};

pub const MAX_COMPARED: usize = 4;

fn chooser(ui: &Ui, entries: &[mgi_store::PublishedEntry]) -> String {
    let lang = ui.lang;
    let mut out = format!(
        "<form method=\"get\" action=\"{}\"><fieldset><legend>{}</legend>\n",
        escape(&ui.href("/compare")),
        escape(&tr!(lang, "portal-compare-choose", max = MAX_COMPARED))
    );
    for e in entries {
        let value = format!("{}/{}", e.jurisdiction, e.year);
        let _ = writeln!(
            out,
            "<label><input type=\"checkbox\" name=\"j\" value=\"{v}\"> {} {}</label>",
            bdi(mgi_model::name_in(&e.jurisdiction, &e.name, lang.code())),
            e.year,
            v = escape(&value)
        );
    }
    let _ = writeln!(
        out,
        "</fieldset><button>{}</button></form>",
        escape(&tr!(lang, "portal-compare-button"))
    );
    out
}

pub async fn compare(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
    RawQuery(query): RawQuery,
) -> WebResult {
    let lang = ui.lang;
    let asked = query_values(query.as_deref(), "j");
    let entries = published_entries(&state).await?;
    let title = tr!(lang, "nav-compare");
    let intro = format!(
        "<h1>{}</h1>\n<p>{}</p>\n",
        escape(&title),
        escape(&tr!(lang, "portal-compare-intro"))
    );
    if asked.len() < 2 {
        let body = format!("{intro}{}", chooser(&ui, &entries));
        return Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response());
    }
    // A refusal names the parameter and keeps the chooser below it.
    let refuse = |status: StatusCode, message: String| {
        let body = format!(
            "{intro}<p class=\"problems\" role=\"alert\">{} <strong>j</strong>{}{}</p>\n{}",
            escape(&tr!(lang, "portal-parameter")),
            colon(lang),
            escape(&message),
            chooser(&ui, &entries)
        );
        (status, Html(page(&ui, &title, viewer.as_ref(), &body))).into_response()
    };
    if asked.len() > MAX_COMPARED {
        let message = tr!(
            lang,
            "portal-compare-too-many",
            max = MAX_COMPARED,
            given = asked.len()
        );
        return Ok(refuse(StatusCode::BAD_REQUEST, message));
    }
    if let Some(twice) = asked
        .iter()
        .enumerate()
        .find(|(i, a)| asked[..*i].contains(a))
    {
        return Ok(refuse(
            StatusCode::BAD_REQUEST,
            tr!(lang, "portal-compare-twice", asked = twice.1),
        ));
    }
    // Each asked code (or code/year) at its latest published round, in the order asked.
    let mut columns: Vec<AssessmentDoc> = Vec::new();
    for a in &asked {
        let (code, year) = match a.split_once('/') {
            Some((c, y)) => (c, mgi_model::rules::round_year(y).ok().map(i64::from)),
            None => (a.as_str(), None),
        };
        let bad_year = a.contains('/') && year.is_none();
        let found = entries
            .iter()
            .filter(|e| e.jurisdiction == code && year.is_none_or(|y| y == e.year))
            .max_by_key(|e| e.year);
        match found {
            Some(e) if !bad_year => {
                let y = i32::try_from(e.year).map_err(|_| WebError::NotFound)?;
                columns.push(state.store.publication(&e.jurisdiction, y).await?.doc);
            }
            _ => {
                let message = tr!(lang, "portal-compare-unknown", asked = a);
                return Ok(refuse(StatusCode::NOT_FOUND, message));
            }
        }
    }
    let fw = state.store.framework();
    let level = if columns
        .iter()
        .all(|d| d.jurisdiction.kind == mgi_model::JurisdictionKind::Locality)
    {
        Level::Local
    } else {
        Level::National
    };
    let set = fw.latest_for_level(level).ok_or(WebError::NotFound)?;
    let heads: String = columns
        .iter()
        .map(|d| {
            format!(
                "<th><a href=\"{}\">{}</a> {y}</th>",
                escape(&ui.href(&format!("/profiles/{}/{}", d.jurisdiction.code, d.year))),
                bdi(d.name_in(lang.code())),
                y = d.year
            )
        })
        .collect();
    let mut body = intro;
    for d in &set.domains {
        let _ = writeln!(
            body,
            "<h2>{}. {}</h2>\n<table>\n<thead><tr><th>{}</th>{heads}</tr></thead>\n<tbody>",
            d.number,
            label(lang, &d.name),
            escape(&tr!(lang, "portal-indicator"))
        );
        for id in d.indicator_ids() {
            let cells: String = columns
                .iter()
                .map(|doc| {
                    format!(
                        "<td>{}</td>",
                        escape(&labels::value_or_dash(
                            lang,
                            doc.answer(id).map(|a| a.value)
                        ))
                    )
                })
                .collect();
            // A title attribute holds text only: the question, fallback or not.
            let q = fw
                .indicator(id)
                .map_or("", |i| i.question.resolve(lang.code()).0);
            let _ = writeln!(
                body,
                "<tr><td><a href=\"{}\" title=\"{}\">{}</a></td>{cells}</tr>",
                escape(&ui.href(&format!("/explore?indicator={id}"))),
                escape(q),
                escape(id)
            );
        }
        body.push_str("</tbody>\n</table>\n");
        for doc in &columns {
            let findings: Vec<_> = doc.findings.iter().filter(|f| f.domain == d.id).collect();
            if findings.is_empty() {
                continue;
            }
            let _ = writeln!(
                body,
                "<h3>{} {}</h3>\n<ul>",
                bdi(doc.name_in(lang.code())),
                doc.year
            );
            for f in findings {
                let _ = writeln!(
                    body,
                    "<li><em>{}</em>{}<span dir=\"auto\">{}</span></li>",
                    escape(&f.kind.localise(lang)),
                    colon(lang),
                    escape(&f.text)
                );
            }
            body.push_str("</ul>\n");
        }
    }
    Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response())
}

//! `/compare?j=MNG&j=KAZ`: two to four jurisdictions side by side, domain by domain, each at its
//! latest published round (or `j=MNG/2023` for a given round). The columns keep the order asked
//! for; there is no total, no score and no ordering by answers.

use std::fmt::Write;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use mgi_framework::Level;
use mgi_model::{AssessmentDoc, FindingKind};

use super::{published_entries, query_values};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{escape, page};

pub const MAX_COMPARED: usize = 4;

fn chooser(entries: &[mgi_store::PublishedEntry]) -> String {
    let mut out = String::from(
        "<form method=\"get\" action=\"/compare\"><fieldset><legend>Choose 2 to 4 published profiles</legend>\n",
    );
    for e in entries {
        let value = format!("{}/{}", e.jurisdiction, e.year);
        let _ = writeln!(
            out,
            "<label><input type=\"checkbox\" name=\"j\" value=\"{v}\"> {} {}</label>",
            escape(&e.name),
            e.year,
            v = escape(&value)
        );
    }
    out.push_str("</fieldset><button>Compare</button></form>\n");
    out
}

pub async fn compare(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    RawQuery(query): RawQuery,
) -> WebResult {
    let asked = query_values(query.as_deref(), "j");
    let entries = published_entries(&state).await?;
    let intro = "<h1>Compare</h1>\n<p>Profiles side by side, domain by domain, to learn from each other. This is not a ranking: there is no score and no order by results.</p>\n";
    if asked.len() < 2 {
        let body = format!("{intro}{}", chooser(&entries));
        return Ok(Html(page("Compare", viewer.as_ref(), &body)).into_response());
    }
    // A refusal names the parameter and keeps the chooser below it.
    let refuse = |status: StatusCode, message: String| {
        let body = format!(
            "{intro}<p class=\"problems\" role=\"alert\">Parameter <strong>j</strong>: {}</p>\n{}",
            escape(&message),
            chooser(&entries)
        );
        (status, Html(page("Compare", viewer.as_ref(), &body))).into_response()
    };
    if asked.len() > MAX_COMPARED {
        let message = format!(
            "at most {MAX_COMPARED} profiles side by side ({} given).",
            asked.len()
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
            format!("{} is asked twice.", twice.1),
        ));
    }
    // Each asked code (or code/year) at its latest published round, in the order asked.
    let mut columns: Vec<AssessmentDoc> = Vec::new();
    for a in &asked {
        let (code, year) = match a.split_once('/') {
            Some((c, y)) => (c, y.parse::<i64>().ok()),
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
                let message =
                    format!("no published profile {a} (give a code such as MNG, or CODE/YEAR).");
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
                "<th><a href=\"/profiles/{}/{y}\">{}</a> {y}</th>",
                escape(&d.jurisdiction.code),
                escape(&d.jurisdiction.name),
                y = d.year
            )
        })
        .collect();
    let mut body = String::from(intro);
    for d in &set.domains {
        let _ = writeln!(
            body,
            "<h2>{}. {}</h2>\n<table>\n<thead><tr><th>Indicator</th>{heads}</tr></thead>\n<tbody>",
            d.number,
            escape(d.name.en())
        );
        for id in d.indicator_ids() {
            let cells: String = columns
                .iter()
                .map(|doc| {
                    format!(
                        "<td>{}</td>",
                        doc.answer(id).map_or("—", |a| a.value.as_str())
                    )
                })
                .collect();
            let q = fw.indicator(id).map_or("", |i| i.question.en());
            let _ = writeln!(
                body,
                "<tr><td><a href=\"/explore?indicator={i}\" title=\"{}\">{i}</a></td>{cells}</tr>",
                escape(q),
                i = escape(id)
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
                escape(&doc.jurisdiction.name),
                doc.year
            );
            for f in findings {
                let kind = if f.kind == FindingKind::WellDeveloped {
                    "well developed"
                } else {
                    "potential"
                };
                let _ = writeln!(body, "<li><em>{kind}</em>: {}</li>", escape(&f.text));
            }
            body.push_str("</ul>\n");
        }
    }
    Ok(Html(page("Compare", viewer.as_ref(), &body)).into_response())
}

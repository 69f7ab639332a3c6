//! `/progress/<code>`: what changed between two published rounds of a jurisdiction, per
//! indicator on the answer scale, with the sources that changed, the findings that moved and
//! the analysts' notes. The same table, with a note form per line, serves the team's page.

use axum::extract::{Path, RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Lang, tr};
use mgi_model::diff::RoundDiff;
use mgi_store::{RoundNote, StoreError};

use super::change_log::{change_log, years_list};
use super::query_values;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{bdi, escape, page};
use crate::ui::{Ui, colon};

/// The year in query parameter `name`, if given.
pub fn year_param(lang: Lang, query: Option<&str>, name: &str) -> WebResult<Option<i32>> {
    match query_values(query, name).first() {
        None => Ok(None),
        Some(y) => mgi_model::rules::round_year(y).map(Some).map_err(|_| {
            WebError::Form(vec![(
                name.into(),
                tr!(lang, "portal-error-year", value = format!("{y:?}")),
            )])
        }),
    }
}

/// The rounds to compare: those asked, or the two latest published.
fn pick_rounds(years: &[i32], from: Option<i32>, to: Option<i32>) -> Option<(i32, i32)> {
    let to = to.or_else(|| years.last().copied())?;
    let from = from.or_else(|| years.iter().rev().find(|y| **y < to).copied())?;
    Some((from, to))
}

/// Two published rounds of a jurisdiction compared: the later round's name, the change log and
/// the team's notes on it.
pub struct Compared {
    pub name: String,
    pub diff: RoundDiff,
    pub notes: Vec<RoundNote>,
}

/// The published rounds of `code`, and the comparison of `from` and `to` (by default the two
/// latest); `None` while only one round is published. A jurisdiction without a publication, or
/// a year that is not published, is `NotFound`.
pub async fn published_progress(
    state: &AppState,
    code: &str,
    from: Option<i32>,
    to: Option<i32>,
) -> Result<(Vec<i32>, Option<Compared>), StoreError> {
    let years = state.store.published_years(code).await?;
    let not_found = || {
        StoreError::NotFound(mgi_store::Record::PublishedRounds {
            jurisdiction: code.to_owned(),
        })
    };
    if years.is_empty() {
        return Err(not_found());
    }
    let Some((from, to)) = pick_rounds(&years, from, to) else {
        return Ok((years, None));
    };
    if !years.contains(&from) || !years.contains(&to) {
        return Err(not_found());
    }
    let earlier = state.store.publication(code, from).await?.doc;
    let later = state.store.publication(code, to).await?.doc;
    let diff = mgi_model::diff::diff(&earlier, &later, state.store.framework())
        .map_err(|e| StoreError::Invalid(vec![mgi_model::DocError::new("from", e.into())]))?;
    let notes = state.store.round_notes(code, from, to).await?;
    let name = later.jurisdiction.name;
    Ok((years, Some(Compared { name, diff, notes })))
}

pub async fn progress(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> WebResult {
    let lang = ui.lang;
    let q = query.as_deref();
    let (from, to) = (year_param(lang, q, "from")?, year_param(lang, q, "to")?);
    let (years, compared) = published_progress(&state, &code, from, to).await?;
    let title = tr!(lang, "portal-progress-title");
    let Some(Compared {
        name,
        diff: d,
        notes,
    }) = compared
    else {
        let body = format!(
            "<h1>{}</h1>\n<p>{}</p>\n",
            escape(&title),
            escape(&tr!(
                lang,
                "portal-progress-one-round",
                code = code.as_str(),
                years = years_list(&years)
            ))
        );
        return Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response());
    };
    let (from, to) = (d.from_year, d.to_year);
    let rounds = super::round_links(&ui, &code, years.iter().copied());
    let body = format!(
        "<h1>{}{}{}</h1>\n<p class=\"muted\">{}{}{}. <a href=\"/api/v1/jurisdictions/{c}/diff?from={from}&amp;to={to}\">JSON</a></p>\n{}",
        bdi(mgi_model::name_in(&code, &name, lang.code())),
        colon(lang),
        escape(&tr!(
            lang,
            "portal-progress-heading",
            from = from.to_string(),
            to = to.to_string()
        )),
        escape(&tr!(lang, "portal-progress-rounds")),
        colon(lang),
        rounds
            .iter()
            .map(|l| format!("<a href=\"{}\">{}</a>", escape(&l.href), escape(&l.text)))
            .collect::<Vec<_>>()
            .join(", "),
        change_log(&ui, state.store.framework(), &d, &notes, &|_, _| {
            String::new()
        }),
        c = escape(&code),
    );
    Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response())
}

//! `/progress/<code>`: what changed between two published rounds of a jurisdiction, per
//! indicator on the answer scale, with the sources that changed, the findings that moved and
//! the analysts' notes. The same table, with a note form per line, serves the team's page.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Lang, tr};
use mgi_model::diff::RoundDiff;
use mgi_store::{RoundNote, StoreError};

use super::change_log::{ChangeLog, years_list};
use super::download::{Downloads, Format};
use super::query_values;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, render};
use crate::ui::{Ui, colon};
use crate::views::Link;

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

/// What the progress page shows: the one round published, or two compared.
pub enum ProgressBody {
    /// "Only one round of … is published (2023)".
    OneRound(String),
    Compared(Box<TwoRounds>),
}

/// Two published rounds compared.
pub struct TwoRounds {
    /// The jurisdiction's name (which may read right to left).
    pub name: String,
    /// "progress from 2019 to 2023".
    pub heading: String,
    pub from: i32,
    pub to: i32,
    pub rounds: Vec<Link>,
    /// The same comparison in the API.
    pub json: String,
    pub log: ChangeLog,
    pub downloads: Downloads,
}

/// `/progress/<code>`.
#[derive(Template)]
#[template(path = "portal/progress.html")]
pub struct ProgressPage {
    pub chrome: Chrome,
    pub colon: &'static str,
    pub body: ProgressBody,
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
    let format = Format::of(lang, q)?;
    let (from, to) = (year_param(lang, q, "from")?, year_param(lang, q, "to")?);
    let (years, compared) = published_progress(&state, &code, from, to).await?;
    let body = match compared {
        None => ProgressBody::OneRound(tr!(
            lang,
            "portal-progress-one-round",
            code = code.as_str(),
            years = years_list(&years)
        )),
        Some(Compared { name, diff, notes }) => {
            let (from, to) = (diff.from_year, diff.to_year);
            ProgressBody::Compared(Box::new(TwoRounds {
                name: mgi_model::name_in(&code, &name, lang.code()).to_owned(),
                heading: tr!(
                    lang,
                    "portal-progress-heading",
                    from = from.to_string(),
                    to = to.to_string()
                ),
                from,
                to,
                rounds: super::round_links(&ui, &code, years.iter().copied()),
                json: crate::ui::href(
                    Lang::En,
                    &format!("/api/v1/jurisdictions/{code}/diff?from={from}&to={to}"),
                ),
                log: ChangeLog::new(&ui, state.store.framework(), &diff, &notes),
                downloads: Downloads::new(&ui, false),
            }))
        }
    };
    match (&body, format) {
        (_, Format::Page) => {}
        (ProgressBody::Compared(two), data) => {
            let name = format!("progress-{code}-{}-{}", two.from, two.to);
            return Ok(two.log.table(name).answer(data));
        }
        (ProgressBody::OneRound(_), _) => return Err(WebError::NotFound),
    }
    let page = ProgressPage {
        chrome: Chrome::new(&ui, &tr!(lang, "portal-progress-title"), viewer.as_ref())
            .described(tr!(lang, "portal-progress-description")),
        colon: colon(lang),
        body,
    };
    Ok(Html(render(&page)).into_response())
}

//! `/progress/<code>`: what changed between two published rounds of a jurisdiction, per
//! indicator on the answer scale, with the sources that changed, the findings that moved and
//! the analysts' notes. The same table, with a note form per line, serves the team's page.

use std::fmt::Write;

use axum::extract::{Path, RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_model::diff::{Change, RoundDiff, SourceChangeKind};
use mgi_store::{RoundNote, StoreError};

use super::query_values;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::html::{escape, page};

/// The year in query parameter `name`, if given.
pub fn year_param(query: Option<&str>, name: &str) -> WebResult<Option<i32>> {
    match query_values(query, name).first() {
        None => Ok(None),
        Some(y) => y
            .parse()
            .map(Some)
            .map_err(|_| WebError::Form(vec![(name.into(), format!("{y:?} is not a year"))])),
    }
}

fn value(v: Option<mgi_model::AnswerValue>) -> &'static str {
    v.map_or("—", mgi_model::AnswerValue::as_str)
}

/// The change log as HTML; `note_form(indicator, note)` adds the team's form to a line.
pub fn change_log(
    d: &RoundDiff,
    notes: &[RoundNote],
    note_form: &dyn Fn(&str, Option<&RoundNote>) -> String,
) -> String {
    let mut out = String::from("<p>");
    for c in Change::ALL {
        let _ = write!(out, "{}: <strong>{}</strong> · ", c.as_str(), d.count(c));
    }
    out.push_str("(by the answer scale absent → partial → present)</p>\n");
    let (changed, unchanged): (Vec<_>, Vec<_>) = d
        .indicators
        .iter()
        .partition(|c| c.change != Change::Unchanged);
    for (lines, open, close) in [
        (changed, String::new(), String::new()),
        (
            unchanged,
            format!(
                "<details><summary>{} indicators unchanged</summary>\n",
                d.count(Change::Unchanged)
            ),
            "</details>\n".to_owned(),
        ),
    ] {
        if lines.is_empty() {
            continue;
        }
        out.push_str(&open);
        out.push_str("<table><thead><tr><th>indicator</th><th>domain</th><th>change</th><th>before</th><th>after</th><th>new sources cited</th><th>note</th></tr></thead><tbody>\n");
        for c in lines {
            let note = notes.iter().find(|n| n.indicator == c.indicator);
            let text = note.map(|n| escape(&n.note)).unwrap_or_default();
            let from = if c.from.is_empty() {
                String::new()
            } else {
                format!(" <small>(from {})</small>", escape(&c.from.join(", ")))
            };
            let _ = writeln!(
                out,
                "<tr class=\"{ch}\"><td><a href=\"/explore?indicator={id}\">{id}</a>{from}</td><td>{}</td><td>{ch}</td><td>{}</td><td>{}</td><td>{}</td><td>{text}{}</td></tr>",
                escape(c.domain.as_deref().unwrap_or("")),
                value(c.before),
                value(c.after),
                escape(&c.new_citations.join(", ")),
                note_form(&c.indicator, note),
                id = escape(&c.indicator),
                ch = c.change.as_str(),
            );
        }
        out.push_str("</tbody></table>\n");
        out.push_str(&close);
    }
    out.push_str("<h2>Sources</h2>\n<ul>\n");
    for s in &d.sources {
        let kind = match s.kind {
            SourceChangeKind::New => "new".to_owned(),
            SourceChangeKind::Amended if s.amendments.is_empty() => "changed".to_owned(),
            SourceChangeKind::Amended => format!(
                "amended in {}",
                s.amendments
                    .iter()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            SourceChangeKind::Removed => "no longer cited".to_owned(),
        };
        let year = s.year.map(|y| format!(" ({y})")).unwrap_or_default();
        let _ = writeln!(
            out,
            "<li>{}: <em>{}</em>{year}: {kind}</li>",
            escape(&s.issuer),
            escape(&s.title)
        );
    }
    if d.sources.is_empty() {
        out.push_str("<li>No change in the sources.</li>\n");
    }
    out.push_str("</ul>\n<h2>Findings that moved</h2>\n<ul>\n");
    for m in &d.finding_moves {
        let _ = writeln!(
            out,
            "<li>{}: {} → {}</li>",
            escape(&m.indicator),
            m.from.as_str(),
            m.to.as_str()
        );
    }
    if d.finding_moves.is_empty() {
        out.push_str("<li>None.</li>\n");
    }
    out.push_str("</ul>\n");
    out
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
    let not_found = || StoreError::NotFound(format!("published rounds of {code}"));
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
    let diff = mgi_model::diff::diff(&earlier, &later, state.store.framework()).map_err(|e| {
        StoreError::Invalid(vec![mgi_model::DocError {
            path: "from".into(),
            message: e.to_string(),
        }])
    })?;
    let notes = state.store.round_notes(code, from, to).await?;
    let name = later.jurisdiction.name;
    Ok((years, Some(Compared { name, diff, notes })))
}

pub async fn progress(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> WebResult {
    let q = query.as_deref();
    let (years, compared) =
        published_progress(&state, &code, year_param(q, "from")?, year_param(q, "to")?).await?;
    let Some(Compared {
        name,
        diff: d,
        notes,
    }) = compared
    else {
        let body = format!(
            "<h1>Progress</h1>\n<p>Only one round of {} is published ({}); progress shows once a second round is.</p>\n",
            escape(&code),
            years
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
        return Ok(Html(page("Progress", viewer.as_ref(), &body)).into_response());
    };
    let (from, to) = (d.from_year, d.to_year);
    let body = format!(
        "<h1>{}: progress from {from} to {to}</h1>\n<p class=\"muted\">Published rounds: {}. <a href=\"/api/v1/jurisdictions/{c}/diff?from={from}&amp;to={to}\">JSON</a></p>\n{}",
        escape(&name),
        years
            .iter()
            .map(|y| format!("<a href=\"/profiles/{c}/{y}\">{y}</a>", c = escape(&code)))
            .collect::<Vec<_>>()
            .join(", "),
        change_log(&d, &notes, &|_, _| String::new()),
        c = escape(&code),
    );
    Ok(Html(page("Progress", viewer.as_ref(), &body)).into_response())
}

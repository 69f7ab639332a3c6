//! `/compare?j=MNG&j=KAZ`: two to four jurisdictions side by side, domain by domain, each at its
//! latest published round (or `j=MNG/2023` for a given round). The columns keep the order asked
//! for; there is no total, no score and no ordering by answers.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use mgi_framework::Level;
use mgi_i18n::tr;
use mgi_model::{AssessmentDoc, TextRef};
use mgi_store::PublishedEntry;

use super::download::{DataTable, Downloads, Format};
use super::views::{FindingLine, IndicatorRef, RoundRef};
use super::{published_entries, query_values};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, render};
use crate::ui::{Ui, colon};
use crate::views::{DomainTag, Label, ValueTag};

pub const MAX_COMPARED: usize = 4;

/// `/compare`: the chooser of profiles, a refusal of what was asked above it, or the profiles
/// side by side.
#[derive(Template)]
#[template(path = "portal/compare.html")]
pub struct ComparePage {
    pub chrome: Chrome,
    pub colon: &'static str,
    /// Why what the address asked for cannot be compared.
    pub problem: Option<String>,
    /// The published rounds to choose from, when nothing is compared.
    pub chooser: Option<Chooser>,
    /// The rounds compared, in the order asked.
    pub columns: Vec<RoundRef>,
    pub domains: Vec<CompareDomain>,
    /// The answers' rows to save, once profiles are compared.
    pub downloads: Option<Downloads>,
}

/// The form to choose the profiles to compare.
pub struct Chooser {
    pub action: String,
    pub legend: String,
    pub rounds: Vec<Choosable>,
}

/// A published round in the chooser: `value` is what the address carries (`MNG/2023`);
/// `checked` when the address already chose it.
pub struct Choosable {
    pub value: String,
    pub name: String,
    pub year: i64,
    pub checked: bool,
}

/// One domain: each indicator's answer in each column, then the findings of the columns side
/// by side (a column without a finding in the domain says so).
pub struct CompareDomain {
    pub tag: DomainTag,
    pub rows: Vec<CompareRow>,
    pub findings: Vec<ColumnFindings>,
}

pub struct CompareRow {
    pub indicator: IndicatorRef,
    /// The indicator's question, for the link's title (text only: no note when untranslated).
    pub question: String,
    /// The answer of each column, in the columns' order.
    pub values: Vec<Option<ValueTag>>,
}

/// The findings of one column in a domain.
pub struct ColumnFindings {
    pub round: RoundRef,
    pub findings: Vec<FindingLine>,
}

impl ComparePage {
    fn new(ui: &Ui, viewer: Option<&mgi_store::Session>) -> ComparePage {
        ComparePage {
            chrome: Chrome::new(ui, &tr!(ui.lang, "nav-compare"), viewer)
                .described(tr!(ui.lang, "portal-compare-description")),
            colon: colon(ui.lang),
            problem: None,
            chooser: None,
            columns: Vec::new(),
            domains: Vec::new(),
            downloads: None,
        }
    }
}

fn chooser(ui: &Ui, entries: &[PublishedEntry], asked: &[String]) -> Chooser {
    let lang = ui.lang;
    Chooser {
        action: ui.href("/compare"),
        legend: tr!(lang, "portal-compare-choose", max = MAX_COMPARED),
        rounds: entries
            .iter()
            .map(|e| {
                let value = format!("{}/{}", e.jurisdiction, e.year);
                Choosable {
                    checked: asked.contains(&value),
                    value,
                    name: mgi_model::name_in(&e.jurisdiction, &e.name, lang.code()).to_owned(),
                    year: e.year,
                }
            })
            .collect(),
    }
}

fn answer(page: ComparePage, status: StatusCode) -> Response {
    (status, Html(render(&page))).into_response()
}

pub async fn compare(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
    RawQuery(query): RawQuery,
) -> WebResult {
    let lang = ui.lang;
    let format = Format::of(lang, query.as_deref())?;
    let asked = query_values(query.as_deref(), "j");
    let entries = published_entries(&state).await?;
    let mut page = ComparePage::new(&ui, viewer.as_ref());
    // A refusal says what to do and keeps the chooser below it, with what was chosen ticked.
    let refuse = |mut page: ComparePage, status: StatusCode, message: String| {
        page.problem = Some(message);
        page.chooser = Some(chooser(&ui, &entries, &asked));
        answer(page, status)
    };
    match asked.len() {
        0 => {
            page.chooser = Some(chooser(&ui, &entries, &asked));
            return Ok(answer(page, StatusCode::OK));
        }
        1 => {
            let message = tr!(lang, "portal-compare-one", max = MAX_COMPARED);
            return Ok(refuse(page, StatusCode::BAD_REQUEST, message));
        }
        _ => {}
    }
    if asked.len() > MAX_COMPARED {
        let message = tr!(
            lang,
            "portal-compare-too-many",
            max = MAX_COMPARED,
            given = asked.len()
        );
        return Ok(refuse(page, StatusCode::BAD_REQUEST, message));
    }
    if let Some(twice) = asked
        .iter()
        .enumerate()
        .find(|(i, a)| asked[..*i].contains(a))
    {
        return Ok(refuse(
            page,
            StatusCode::BAD_REQUEST,
            tr!(
                lang,
                "portal-compare-twice",
                asked = twice.1.as_str(),
                max = MAX_COMPARED
            ),
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
                return Ok(refuse(page, StatusCode::NOT_FOUND, message));
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
    page.columns = columns
        .iter()
        .map(|d| {
            RoundRef::new(
                &ui,
                &d.jurisdiction.code,
                d.name_in(lang.code()),
                i64::from(d.year),
            )
        })
        .collect();
    page.domains = set
        .domains
        .iter()
        .map(|d| CompareDomain {
            tag: DomainTag::new(lang, d),
            rows: d
                .indicator_ids()
                .map(|id| CompareRow {
                    indicator: IndicatorRef::new(&ui, fw, id),
                    question: fw
                        .indicator(id)
                        .map_or("", |i| i.question.resolve(lang.code()).0)
                        .to_owned(),
                    values: columns
                        .iter()
                        .map(|doc| doc.answer(id).map(|a| ValueTag::new(lang, a.value)))
                        .collect(),
                })
                .collect(),
            findings: columns
                .iter()
                .zip(&page.columns)
                .map(|(doc, round)| ColumnFindings {
                    round: round.clone(),
                    findings: doc
                        .findings
                        .iter()
                        .filter(|f| f.domain == d.id)
                        .map(|f| {
                            let shown =
                                doc.shown(TextRef::Finding(f.key.clone()), &f.text, lang.code());
                            let text = Label::written_in(lang, shown.text, shown.lang);
                            FindingLine::new(lang, f.kind, text)
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    if format != Format::Page {
        return Ok(answers_table(&ui, &page).answer(format));
    }
    page.downloads = Some(Downloads::new(&ui, false));
    Ok(answer(page, StatusCode::OK))
}

/// The answers compared: a row per indicator, domain by domain, a column per profile.
fn answers_table(ui: &Ui, page: &ComparePage) -> DataTable {
    let lang = ui.lang;
    let columns = [tr!(lang, "portal-domain"), tr!(lang, "portal-indicator")]
        .into_iter()
        .chain(
            page.columns
                .iter()
                .map(|c| format!("{} {}", c.name, c.year)),
        )
        .collect();
    let rows = page
        .domains
        .iter()
        .flat_map(|d| {
            d.rows.iter().map(|r| {
                [
                    format!("{}. {}", d.tag.number, d.tag.name.text),
                    r.indicator.text.clone(),
                ]
                .into_iter()
                .chain(
                    r.values
                        .iter()
                        .map(|v| v.as_ref().map_or_else(String::new, |v| v.name.clone())),
                )
                .collect()
            })
        })
        .collect();
    DataTable {
        name: "comparison".into(),
        columns,
        rows,
    }
}

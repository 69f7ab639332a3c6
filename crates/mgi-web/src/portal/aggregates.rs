//! `/gcm` and `/sdg`: aggregate views over the latest published round of each jurisdiction.
//! Counts and shares, never a ranking: regions and jurisdictions in alphabetical order.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, Level, Text};
use mgi_i18n::{Lang, decimal, number, percent, tr};
use mgi_model::aggregate::Counts;

use super::views::{IndicatorRef, RoundRef};
use super::{labels, query_values};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, render};
use crate::ui::{Ui, colon};
use crate::views::{DomainTag, Label, ValueTag};

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

/// The choice between countries and localities, and the same view in the API.
pub struct LevelSwitch {
    pub levels: Vec<LevelChoice>,
    pub json: String,
}

/// A level: a link to it, or none for the level shown.
pub struct LevelChoice {
    pub text: String,
    pub href: Option<String>,
}

impl LevelSwitch {
    fn new(ui: &Ui, path: &str, shown: Level) -> LevelSwitch {
        let lang = ui.lang;
        let choice = |level: Level, code: &str, key: &str| LevelChoice {
            text: mgi_i18n::tr(lang, key),
            href: (level != shown).then(|| ui.href(&format!("{path}?level={code}"))),
        };
        let code = if shown == Level::Local {
            "local"
        } else {
            "national"
        };
        LevelSwitch {
            levels: vec![
                choice(Level::National, "national", "portal-level-countries"),
                choice(Level::Local, "local", "portal-level-localities"),
            ],
            json: format!("/api/v1{path}?level={code}"),
        }
    }
}

/// A share in percent: whole numbers without decimals, others with one.
fn share(lang: Lang, x: f64) -> String {
    let digits = if x.fract() == 0.0 { 0 } else { 1 };
    percent(lang, x, digits)
}

/// How many answers fall on each value of the scale (with their share), and in all.
pub struct CountRow {
    pub cells: Vec<CountCell>,
    pub total: String,
}

pub struct CountCell {
    pub count: String,
    pub share: String,
}

impl CountRow {
    fn new(lang: Lang, c: &Counts) -> CountRow {
        CountRow {
            cells: c
                .by_value()
                .into_iter()
                .map(|(_, n)| CountCell {
                    count: number(lang, i64::try_from(n).unwrap_or(i64::MAX)),
                    share: share(lang, c.share(n)),
                })
                .collect(),
            total: number(lang, i64::try_from(c.total()).unwrap_or(i64::MAX)),
        }
    }
}

/// `/gcm`: the answers counted per GCM objective, over all regions and per region, and per
/// indicator mapped to it.
#[derive(Template)]
#[template(path = "portal/gcm.html")]
pub struct GcmPage {
    pub chrome: Chrome,
    pub colon: &'static str,
    /// What is counted, and how many jurisdictions.
    pub intro: String,
    pub counted: String,
    pub switch: LevelSwitch,
    /// The values counted, the heads of the columns.
    pub values: Vec<ValueTag>,
    pub objectives: Vec<ObjectiveCounts>,
}

pub struct ObjectiveCounts {
    /// "Objective 1".
    pub heading: String,
    pub title: Label,
    pub all: CountRow,
    pub regions: Vec<(String, CountRow)>,
    pub indicators: Vec<(IndicatorRef, CountRow)>,
}

/// The title of GCM objective `number` in `lang`; `english` (the model's) when the framework
/// has none.
fn objective_title(lang: Lang, fw: &Framework, number: u8, english: &str) -> Label {
    fw.gcm.iter().find(|o| o.number == number).map_or_else(
        || Label::new(lang, &Text::english(english)),
        |o| Label::new(lang, &o.title),
    )
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
    let counted = tr!(
        lang,
        "portal-gcm-counted",
        count = i64::try_from(counted).unwrap_or(i64::MAX)
    );
    let page = GcmPage {
        chrome: Chrome::new(&ui, &tr!(lang, "portal-gcm-page-title"), viewer.as_ref()),
        colon: colon(lang),
        intro,
        counted,
        switch: LevelSwitch::new(&ui, "/gcm", level),
        values: Counts::default()
            .by_value()
            .into_iter()
            .map(|(v, _)| ValueTag::new(lang, v))
            .collect(),
        objectives: view
            .objectives
            .iter()
            .map(|o| ObjectiveCounts {
                heading: tr!(lang, "portal-gcm-objective", number = u32::from(o.number)),
                title: objective_title(lang, fw, o.number, &o.title),
                all: CountRow::new(lang, &o.counts.global),
                regions: o
                    .counts
                    .regions
                    .iter()
                    .map(|(region, c)| (labels::region(lang, region), CountRow::new(lang, c)))
                    .collect(),
                indicators: o
                    .indicators
                    .iter()
                    .map(|i| {
                        (
                            IndicatorRef::new(&ui, fw, &i.indicator),
                            CountRow::new(lang, &i.counts.global),
                        )
                    })
                    .collect(),
            })
            .collect(),
    };
    Ok(Html(render(&page)).into_response())
}

/// `/sdg`: the indicative SDG 10.7.2 reading of each jurisdiction, per domain.
#[derive(Template)]
#[template(path = "portal/sdg.html")]
pub struct SdgPage {
    pub chrome: Chrome,
    pub colon: &'static str,
    /// The label every figure carries.
    pub indicative: String,
    pub notice: Label,
    pub switch: LevelSwitch,
    pub domains: Vec<DomainTag>,
    pub rows: Vec<SdgLine>,
}

/// A jurisdiction's latest published round, and its reading per domain.
pub struct SdgLine {
    pub round: RoundRef,
    pub readings: Vec<Option<SdgReading>>,
}

/// A domain's value and the category it reaches.
pub struct SdgReading {
    pub value: String,
    pub category: Label,
}

/// The SDG category named `english` (as the model computes it) in `lang`.
fn category(lang: Lang, fw: &Framework, english: &str) -> Label {
    fw.sdg
        .categories
        .iter()
        .find(|c| c.label.en() == english)
        .map_or_else(
            || Label::new(lang, &Text::english(english)),
            |c| Label::new(lang, &c.label),
        )
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
    let page = SdgPage {
        chrome: Chrome::new(&ui, &tr!(lang, "portal-sdg-page-title"), viewer.as_ref()),
        colon: colon(lang),
        indicative: tr!(lang, "portal-sdg-indicative"),
        notice: Label::new(lang, &fw.sdg.notice),
        switch: LevelSwitch::new(&ui, "/sdg", level),
        domains: fw
            .sdg
            .domains
            .iter()
            .map(|d| DomainTag {
                number: d.number,
                name: Label::new(lang, &d.name),
            })
            .collect(),
        rows: rows
            .iter()
            .map(|r| SdgLine {
                round: RoundRef::published(&ui, &r.jurisdiction, &r.name, r.year),
                readings: r
                    .domains
                    .iter()
                    .map(|d| match (&d.value, &d.category) {
                        (Some(v), Some(c)) => Some(SdgReading {
                            value: decimal(lang, *v, 0),
                            category: category(lang, fw, c),
                        }),
                        _ => None,
                    })
                    .collect(),
            })
            .collect(),
    };
    Ok(Html(render(&page)).into_response())
}

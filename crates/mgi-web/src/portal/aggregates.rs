//! `/gcm` and `/sdg`: aggregate views over the latest published round of each jurisdiction.
//! Counts and shares, never a ranking: regions and jurisdictions in alphabetical order.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, Level, Text};
use mgi_i18n::{Lang, Localise, decimal, number, percent, tr};
use mgi_model::AnswerValue;
use mgi_model::aggregate::Counts;

use super::chart::{Category, ChartFile, RowData, StackedChart};
use super::download::{self, DataTable, Downloads, Format, svg_file};
use super::views::{IndicatorRef, RoundRef};
use super::{labels, query_values};
use crate::AppState;
use crate::auth::Viewer;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, render};
use crate::ui::{Ui, colon};
use crate::views::{DomainTag, Label, ValueTag, value_colour};

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
        let code = level_code(shown);
        LevelSwitch {
            levels: vec![
                choice(Level::National, "national", "portal-level-countries"),
                choice(Level::Local, "local", "portal-level-localities"),
            ],
            json: format!("/api/v1/aggregates{path}?level={code}"),
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
    pub n: u64,
}

pub struct CountCell {
    pub count: String,
    pub share: String,
    /// The count and share as numbers, for the downloads.
    pub n: u64,
    pub percent: f64,
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
                    n,
                    percent: c.share(n),
                })
                .collect(),
            total: number(lang, i64::try_from(c.total()).unwrap_or(i64::MAX)),
            n: c.total(),
        }
    }

    /// The row's cells for a download: each value's count and share, then the total.
    fn data(&self) -> impl Iterator<Item = String> + '_ {
        self.cells
            .iter()
            .flat_map(|c| [download::count(c.n), download::share(c.percent)])
            .chain(std::iter::once(download::count(self.n)))
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
    /// Each objective's answers over all regions, as a chart.
    pub chart: StackedChart,
    pub objectives: Vec<ObjectiveCounts>,
    pub downloads: Downloads,
}

pub struct ObjectiveCounts {
    pub number: u8,
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
    let format = Format::of(lang, query.as_deref())?;
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
    let values: Vec<AnswerValue> = Counts::default()
        .by_value()
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    let objectives: Vec<ObjectiveCounts> = view
        .objectives
        .iter()
        .map(|o| ObjectiveCounts {
            number: o.number,
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
        .collect();
    let chart = StackedChart::new(
        "gcm-chart",
        &tr!(lang, "portal-gcm-chart"),
        &value_categories(lang, &values),
        objectives
            .iter()
            .map(|o| RowData {
                label: fw.gcm.iter().find(|g| g.number == o.number).map_or_else(
                    || o.heading.clone(),
                    |g| format!("{} · {}", o.heading, Label::new(lang, &g.short).text),
                ),
                title: o.title.text.clone(),
                counts: o.all.cells.iter().map(|c| c.n).collect(),
            })
            .collect(),
        |n, x| count_words(lang, n, x),
        &tr!(lang, "portal-chart-none"),
    );
    let page = GcmPage {
        chrome: Chrome::new(&ui, &tr!(lang, "portal-gcm-page-title"), viewer.as_ref())
            .described(tr!(lang, "portal-gcm-description")),
        colon: colon(lang),
        intro,
        counted,
        switch: LevelSwitch::new(&ui, "/gcm", level),
        values: values.iter().map(|v| ValueTag::new(lang, *v)).collect(),
        chart,
        objectives,
        downloads: Downloads::new(&ui, true),
    };
    let name = format!("gcm-{}", level_code(level));
    Ok(match format {
        Format::Page => Html(render(&page)).into_response(),
        Format::Svg => svg_file(&name, render(&ChartFile { chart: &page.chart })),
        data => gcm_table(lang, name, &page).answer(data),
    })
}

/// `national` or `local`, as addresses and file names say it.
pub(super) fn level_code(level: Level) -> &'static str {
    if level == Level::Local {
        "local"
    } else {
        "national"
    }
}

/// The values of the answer scale as the categories of a chart.
fn value_categories(lang: Lang, values: &[AnswerValue]) -> Vec<Category> {
    values
        .iter()
        .map(|v| Category {
            name: v.localise(lang),
            colour: value_colour(*v),
        })
        .collect()
}

/// "12 (40 %)".
fn count_words(lang: Lang, n: u64, x: f64) -> String {
    format!(
        "{} ({})",
        number(lang, i64::try_from(n).unwrap_or(i64::MAX)),
        share(lang, x)
    )
}

/// The rows of the GCM page: per objective, over all regions, each region, then each
/// indicator mapped to it.
fn gcm_table(lang: Lang, name: String, page: &GcmPage) -> DataTable {
    let mut columns = vec![
        tr!(lang, "portal-gcm-objective-column"),
        tr!(lang, "portal-gcm-objective-title"),
        tr!(lang, "portal-region"),
        tr!(lang, "portal-indicator"),
    ];
    for v in &page.values {
        columns.push(v.name.clone());
        columns.push(tr!(lang, "portal-download-share", value = v.name.as_str()));
    }
    columns.push(tr!(lang, "portal-gcm-answers"));
    let all = tr!(lang, "portal-region-all");
    let mut rows = Vec::new();
    for o in &page.objectives {
        let mut row = |region: &str, indicator: &str, counts: &CountRow| {
            rows.push(
                [
                    o.heading.clone(),
                    o.title.text.clone(),
                    region.to_owned(),
                    indicator.to_owned(),
                ]
                .into_iter()
                .chain(counts.data())
                .collect(),
            );
        };
        row(&all, "", &o.all);
        for (region, counts) in &o.regions {
            row(region, "", counts);
        }
        for (indicator, counts) in &o.indicators {
            row(&all, &indicator.text, counts);
        }
    }
    DataTable {
        name,
        columns,
        rows,
    }
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
    /// How many jurisdictions reach each category in each domain, as a chart.
    pub chart: StackedChart,
    pub rows: Vec<SdgLine>,
    pub downloads: Downloads,
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
    /// The value as a number, and the category's place among the framework's, for the
    /// downloads and the chart.
    pub number: f64,
    pub rank: Option<usize>,
}

/// Colours of the SDG categories, from the lowest cut-off up, and of a domain without a value.
const SDG_COLOURS: [&str; 4] = ["#b9d3ea", "#6fa3d1", "#2f6ea8", "#173a63"];
const NO_READING: &str = "#949494";

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
    let format = Format::of(lang, query.as_deref())?;
    let rows = state.store.sdg_view(level).await?.jurisdictions;
    let fw = state.store.framework();
    let domains: Vec<DomainTag> = fw
        .sdg
        .domains
        .iter()
        .map(|d| DomainTag {
            number: d.number,
            name: Label::new(lang, &d.name),
        })
        .collect();
    let rows: Vec<SdgLine> = rows
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
                        number: *v,
                        rank: fw.sdg.categories.iter().position(|k| k.label.en() == c),
                    }),
                    _ => None,
                })
                .collect(),
        })
        .collect();
    let mut categories: Vec<Category> = fw
        .sdg
        .categories
        .iter()
        .zip(SDG_COLOURS.iter().cycle())
        .map(|(c, colour)| Category {
            name: Label::new(lang, &c.label).text,
            colour,
        })
        .collect();
    let none = categories.len();
    categories.push(Category {
        name: tr!(lang, "portal-sdg-no-reading"),
        colour: NO_READING,
    });
    let chart = StackedChart::new(
        "sdg-chart",
        &tr!(lang, "portal-sdg-chart"),
        &categories,
        domains
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let mut counts = vec![0u64; categories.len()];
                for r in &rows {
                    let at = r
                        .readings
                        .get(i)
                        .and_then(|x| x.as_ref())
                        .and_then(|x| x.rank)
                        .unwrap_or(none);
                    counts[at] += 1;
                }
                RowData {
                    label: format!("{}. {}", d.number, d.name.text),
                    title: d.name.text.clone(),
                    counts,
                }
            })
            .collect(),
        |n, x| count_words(lang, n, x),
        &tr!(lang, "portal-chart-none"),
    );
    let page = SdgPage {
        chrome: Chrome::new(&ui, &tr!(lang, "portal-sdg-page-title"), viewer.as_ref())
            .described(tr!(lang, "portal-sdg-description")),
        colon: colon(lang),
        indicative: tr!(lang, "portal-sdg-indicative"),
        notice: Label::new(lang, &fw.sdg.notice),
        switch: LevelSwitch::new(&ui, "/sdg", level),
        domains,
        chart,
        rows,
        downloads: Downloads::new(&ui, true),
    };
    let name = format!("sdg-{}", level_code(level));
    Ok(match format {
        Format::Page => Html(render(&page)).into_response(),
        Format::Svg => svg_file(&name, render(&ChartFile { chart: &page.chart })),
        data => sdg_table(lang, name, &page).answer(data),
    })
}

/// The rows of the SDG page: each jurisdiction's round, and per domain its value and category.
fn sdg_table(lang: Lang, name: String, page: &SdgPage) -> DataTable {
    let mut columns = vec![tr!(lang, "portal-jurisdiction"), tr!(lang, "portal-round")];
    for d in &page.domains {
        let domain = format!("{}. {}", d.number, d.name.text);
        columns.push(tr!(lang, "portal-sdg-value-of", domain = domain.as_str()));
        columns.push(tr!(
            lang,
            "portal-sdg-category-of",
            domain = domain.as_str()
        ));
    }
    let rows = page
        .rows
        .iter()
        .map(|r| {
            [r.round.name.clone(), r.round.year.to_string()]
                .into_iter()
                .chain(r.readings.iter().flat_map(|x| match x {
                    Some(x) => [download::share(x.number), x.category.text.clone()],
                    None => [String::new(), String::new()],
                }))
                .collect()
        })
        .collect();
    DataTable {
        name,
        columns,
        rows,
    }
}

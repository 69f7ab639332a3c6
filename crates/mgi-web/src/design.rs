//! `/design`: every component of the design system (docs/design.md) on one page, with made-up
//! content, so that a change to the stylesheet or a macro can be looked at in one place.

use askama::Template;
use axum::response::{Html, IntoResponse};
use mgi_framework::{Level, Text};
use mgi_i18n::tr;
use mgi_model::progress::TaskStatus;
use mgi_model::{AnswerValue, JurisdictionKind, Stage};
use mgi_store::IndicatorAnswer;

use crate::AppState;
use crate::auth::Viewer;
use crate::error::WebResult;
use crate::filters;
use crate::layout::{Chrome, FieldError, render};
use crate::portal::map::{Map, answers};
use crate::portal::scope::Scope;
use crate::portal::views::IndicatorRef;
use crate::ui::Ui;
use crate::views::{
    Banner, BannerKind, Choice, DomainTag, Label, ProgressBar, StageTag, TaskTag, ValueTag,
};

#[derive(Template)]
#[template(path = "design.html")]
pub struct DesignPage {
    pub chrome: Chrome,
    pub stages: Vec<StageTag>,
    pub values: Vec<ValueTag>,
    pub domains: Vec<DomainTag>,
    pub banners: Vec<Banner>,
    pub problems: Vec<FieldError>,
    pub choices: Vec<Choice>,
    pub tasks: Vec<TaskTag>,
    pub bar: ProgressBar,
    pub untranslated: Label,
    pub narrative: &'static str,
    pub map: Map,
}

/// A map of made-up answers, one country (or city) of each kind of answer.
fn sample_map(ui: &Ui, fw: &mgi_framework::Framework) -> Map {
    let id = fw
        .latest_for_level(Level::National)
        .and_then(|s| s.indicator_ids().next())
        .unwrap_or_default();
    let made_up = [
        ("MNG", Some(AnswerValue::Present)),
        ("KAZ", Some(AnswerValue::Partial)),
        ("BRA", Some(AnswerValue::Absent)),
        ("CAN", Some(AnswerValue::NotApplicable)),
        ("AUS", Some(AnswerValue::Unknown)),
        ("KEN", None),
        ("GHA-accra", Some(AnswerValue::Present)),
    ];
    let list: Vec<IndicatorAnswer> = made_up
        .into_iter()
        .map(|(code, value)| IndicatorAnswer {
            jurisdiction: code.to_owned(),
            name: mgi_model::m49(code)
                .map_or("Accra", |e| e.name.as_str())
                .to_owned(),
            kind: if code.contains('-') {
                JurisdictionKind::Locality
            } else {
                JurisdictionKind::Country
            },
            year: 2023,
            value,
        })
        .collect();
    answers::by_answer(ui, &IndicatorRef::new(ui, fw, id), &Scope::default(), &list)
}

pub async fn design(
    axum::extract::State(state): axum::extract::State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
) -> WebResult {
    let lang = ui.lang;
    let domains = state
        .store
        .framework()
        .latest_for_level(Level::National)
        .map(|set| {
            set.domains
                .iter()
                .map(|d| DomainTag::new(lang, d))
                .collect()
        })
        .unwrap_or_default();
    let page = DesignPage {
        chrome: Chrome::new(&ui, &tr!(lang, "web-design-title"), viewer.as_ref()),
        stages: Stage::ALL.iter().map(|&s| StageTag::new(lang, s)).collect(),
        values: AnswerValue::ALL
            .iter()
            .map(|&v| ValueTag::new(lang, v))
            .collect(),
        domains,
        banners: vec![
            Banner {
                kind: BannerKind::Success,
                title: tr!(lang, "web-design-banner-success"),
                text: tr!(lang, "web-design-banner-success-text"),
            },
            Banner {
                kind: BannerKind::Important,
                title: tr!(lang, "web-design-banner-important"),
                text: tr!(lang, "web-design-banner-important-text"),
            },
        ],
        problems: vec![FieldError {
            field: "example".to_owned(),
            message: tr!(lang, "web-design-field-error"),
        }],
        choices: Choice::all(
            lang,
            AnswerValue::ALL,
            AnswerValue::as_str,
            Some(AnswerValue::Partial),
        ),
        tasks: TaskStatus::ALL
            .iter()
            .map(|&t| TaskTag::new(lang, t))
            .collect(),
        bar: ProgressBar {
            done: 4,
            total: 10,
            text: tr!(lang, "tasks-done", done = 4, total = 10),
        },
        untranslated: Label::new(lang, &Text::english("Migrant workers' rights")),
        narrative: "Article **7** of the [Law on Labour Migration](https://legalinfo.mn/) \
                    sets the *conditions* for sending workers abroad.",
        map: sample_map(&ui, state.store.framework()),
    };
    Ok(Html(render(&page)).into_response())
}

//! `/methodology`: how the MGI work, written from the framework the site runs: the sets of
//! indicators and their domains, the answer scale, the process from launch to publication, the
//! GCM objectives the indicators are mapped to, and how the indicative SDG 10.7.2 reading is
//! computed (values given to answers, cut-offs of the categories).

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, FrameworkSet, Level};
use mgi_i18n::{Lang, decimal, tr};
use mgi_model::AnswerValue;

use crate::AppState;
use crate::auth::Viewer;
use crate::error::WebResult;
use crate::layout::{Chrome, render};
use crate::ui::{Ui, colon};
use crate::views::{DomainTag, Label, ValueTag};

#[derive(Template)]
#[template(path = "site/methodology.html")]
pub struct MethodologyPage {
    pub chrome: Chrome,
    pub colon: &'static str,
    pub sets: Vec<SetSummary>,
    pub values: Vec<(ValueTag, String)>,
    /// The steps of the process, in order.
    pub steps: Vec<String>,
    pub gcm: String,
    pub sdg_notice: Label,
    /// Each answer value and the number it counts for in the SDG reading.
    pub sdg_values: Vec<(ValueTag, String)>,
    /// Each category and the value from which it is reached.
    pub sdg_categories: Vec<(Label, String)>,
    /// Each SDG domain and the MGI domain it reads.
    pub sdg_domains: Vec<(DomainTag, String)>,
}

/// A set of indicators: its title, version, how many indicators, its domains with their
/// counts, and what each version changed since the one before.
pub struct SetSummary {
    pub title: Label,
    pub version: String,
    pub count: String,
    pub domains: Vec<(DomainTag, String)>,
    pub releases: Vec<Release>,
}

/// One step between two versions of a set: each change in words.
pub struct Release {
    pub heading: String,
    pub changes: Vec<String>,
}

/// The steps of `set`'s history up to it, newest first, each change named by its indicators'
/// names and, where the crosswalk gives one, its note.
fn releases(lang: Lang, fw: &Framework, set: &FrameworkSet) -> Vec<Release> {
    let names = |ids: &[String]| {
        ids.iter()
            .map(|id| fw.indicator_name(id, lang.code()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out: Vec<Release> = fw
        .crosswalks
        .iter()
        .filter(|c| c.to.set == set.id && c.to.version <= set.version)
        .map(|c| Release {
            heading: tr!(
                lang,
                "site-method-release",
                from = c.from.version.to_string(),
                to = c.to.version.to_string()
            ),
            changes: c
                .changes
                .iter()
                .map(|change| {
                    let (from, to) = (names(&change.from), names(&change.to));
                    let line = tr!(
                        lang,
                        "site-method-change",
                        kind = change.kind.as_str(),
                        from = from,
                        to = to
                    );
                    match &change.note {
                        Some(note) => format!("{line} ({})", note.get(lang.code())),
                        None => line,
                    }
                })
                .collect(),
        })
        .collect();
    out.reverse();
    out
}

fn indicators(lang: Lang, n: usize) -> String {
    tr!(lang, "site-method-indicators", count = n)
}

pub async fn methodology(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    ui: Ui,
) -> WebResult {
    let lang = ui.lang;
    let fw = state.store.framework();
    let sets = [Level::National, Level::Local]
        .into_iter()
        .filter_map(|level| fw.latest_for_level(level))
        .map(|set| SetSummary {
            title: Label::new(lang, &set.title),
            version: tr!(
                lang,
                "site-method-version",
                version = set.version.to_string()
            ),
            releases: releases(lang, fw, set),
            count: indicators(
                lang,
                set.domains.iter().map(|d| d.indicator_ids().count()).sum(),
            ),
            domains: set
                .domains
                .iter()
                .map(|d| {
                    (
                        DomainTag::new(lang, d),
                        indicators(lang, d.indicator_ids().count()),
                    )
                })
                .collect(),
        })
        .collect();
    let values = AnswerValue::ALL
        .iter()
        .map(|&v| {
            let key = format!("site-method-value-{}", v.as_str());
            (ValueTag::new(lang, v), mgi_i18n::tr(lang, &key))
        })
        .collect();
    let steps = (1..=6)
        .map(|n| mgi_i18n::tr(lang, &format!("site-method-step-{n}")))
        .collect();
    let sdg_values = fw
        .sdg
        .answer_values
        .iter()
        .filter_map(|(code, weight)| {
            AnswerValue::parse(code).map(|v| (ValueTag::new(lang, v), decimal(lang, *weight, 2)))
        })
        .collect();
    let sdg_categories = fw
        .sdg
        .categories
        .iter()
        .map(|c| (Label::new(lang, &c.label), decimal(lang, c.min, 0)))
        .collect();
    let national = fw.latest_for_level(Level::National);
    let sdg_domains = fw
        .sdg
        .domains
        .iter()
        .map(|d| {
            let mgi = national
                .and_then(|set| set.domains.iter().find(|m| m.id == d.mgi_domain))
                .map_or_else(String::new, |m| Label::new(lang, &m.name).text);
            (
                DomainTag {
                    number: d.number,
                    name: Label::new(lang, &d.name),
                },
                mgi,
            )
        })
        .collect();
    let chrome = Chrome::new(&ui, &tr!(lang, "site-methodology-title"), viewer.as_ref())
        .described(tr!(lang, "site-methodology-description"));
    let page = MethodologyPage {
        chrome,
        colon: colon(lang),
        sets,
        values,
        steps,
        gcm: tr!(lang, "site-method-gcm", count = fw.gcm.len()),
        sdg_notice: Label::new(lang, &fw.sdg.notice),
        sdg_values,
        sdg_categories,
        sdg_domains,
    };
    Ok(Html(render(&page)).into_response())
}

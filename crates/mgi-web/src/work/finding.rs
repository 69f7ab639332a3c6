//! A finding: its text and the indicators it speaks to, edited by the team with versions, and the
//! comments anchored to it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::Framework;
use mgi_i18n::{Lang, tr};
use mgi_model::Anchor;
use mgi_model::access::Action;
use mgi_store::{FindingEdit, StoreError};

use super::extract::{Acting, Edit, Opened};
use super::{ConflictHead, Ctx, comments, conflict_page};
use crate::AppState;
use crate::feedback::{Done, back_to};
use crate::error::WebResult;
use crate::filters;
use crate::layout::{Chrome, render};
use crate::ui::colon;
use crate::views::indicator_name;

type Key = Path<(String, String, String)>;

/// The form of a finding (`partials/finding.html`), filled, saving on top of `version`.
pub struct FindingForm {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub text: String,
    /// The indicators' ids, as the field takes them back.
    pub indicators: String,
}

impl FindingForm {
    fn new(ctx: &Ctx, key: &str, e: &FindingEdit, version: i64) -> FindingForm {
        FindingForm {
            action: ctx.url(&format!("/findings/{key}")),
            csrf: ctx.session.csrf.clone(),
            version,
            text: e.text.clone(),
            indicators: e.indicators.join(", "),
        }
    }
}

/// A finding for reading: its text (Markdown) and the indicators it speaks to.
pub struct Shown {
    pub colon: &'static str,
    pub text: String,
    pub indicators: String,
}

impl Shown {
    fn new(lang: Lang, fw: &Framework, e: &FindingEdit) -> Shown {
        Shown {
            colon: colon(lang),
            text: e.text.clone(),
            indicators: e
                .indicators
                .iter()
                .map(|id| indicator_name(lang, fw, id))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// The finding on its page: the form for the team, the finding for reading otherwise.
pub enum Finding {
    Editing(FindingForm),
    Reading(Shown),
}

/// `/work/<code>/<year>/findings/<key>`.
#[derive(Template)]
#[template(path = "work/finding.html")]
pub struct FindingPage {
    pub chrome: Chrome,
    pub finding: Finding,
    pub comments: comments::Thread,
}

/// Someone saved the finding first (409).
#[derive(Template)]
#[template(path = "work/finding_conflict.html")]
pub struct FindingConflict {
    pub chrome: Chrome,
    pub conflict: ConflictHead,
    pub theirs: Shown,
    pub mine: Shown,
    pub form: FindingForm,
}

pub async fn show(
    State(state): State<AppState>,
    Path((_, _, key)): Key,
    Opened(ctx): Opened,
) -> WebResult {
    let f = state.store.finding(&ctx.code, ctx.year, &key).await?;
    let finding = if ctx.can(Action::Edit) {
        Finding::Editing(FindingForm::new(&ctx, &key, &f.value, f.version))
    } else {
        Finding::Reading(Shown::new(ctx.lang(), state.store.framework(), &f.value))
    };
    let page = FindingPage {
        chrome: ctx.chrome(&tr!(ctx.lang(), "work-finding-title", key = key.as_str())),
        finding,
        comments: comments::thread(&state, &ctx, &Anchor::Finding(key.clone())).await?,
    };
    Ok(Html(render(&page)).into_response())
}

pub async fn save(
    State(state): State<AppState>,
    Path((_, _, key)): Key,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let edit = FindingEdit {
        text: f.get("text").trim().to_owned(),
        indicators: f
            .get("indicators")
            .split([',', ' '])
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .map(str::to_owned)
            .collect(),
    };
    match state
        .store
        .save_finding(&ctx.code, ctx.year, &key, &edit, f.version()?, ctx.actor())
        .await
    {
        Ok(_) => Ok(back_to(
            &ctx.url(&format!("/findings/{key}")),
            Done::FindingSaved,
        )),
        Err(StoreError::Conflict { .. }) => {
            let theirs = state.store.finding(&ctx.code, ctx.year, &key).await?;
            let lang = ctx.lang();
            Ok(conflict_page(&FindingConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-finding")),
                theirs: Shown::new(lang, state.store.framework(), &theirs.value),
                mine: Shown::new(lang, state.store.framework(), &edit),
                form: FindingForm::new(&ctx, &key, &edit, theirs.version),
            }))
        }
        Err(e) => Err(e.into()),
    }
}

//! A finding: its text and the indicators it speaks to, edited by the team with versions, and the
//! comments anchored to it.

use axum::extract::{Path, State};
use mgi_i18n::tr;
use mgi_model::Anchor;
use mgi_model::access::Action;
use mgi_store::{FindingEdit, StoreError};

use super::extract::{Acting, Edit, Opened};
use super::{Ctx, back_to, comments};
use crate::AppState;
use crate::error::WebResult;
use crate::html::{csrf_field, escape, markdown};
use crate::ui::colon;

type Key = Path<(String, String, String)>;

fn form(ctx: &Ctx, key: &str, e: &FindingEdit, version: i64) -> String {
    let lang = ctx.lang();
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\">\
         <label for=\"text\">{}</label><textarea id=\"text\" name=\"text\" required>{}</textarea>\
         <label for=\"indicators\">{}</label><input type=\"text\" id=\"indicators\" name=\"indicators\" value=\"{}\">\
         <button data-save=\"finding\">{}</button></form>\n",
        ctx.url(&format!("/findings/{key}")),
        csrf_field(&ctx.session),
        escape(&tr!(lang, "work-finding-text")),
        escape(&e.text),
        escape(&tr!(lang, "work-finding-indicators")),
        escape(&e.indicators.join(", ")),
        escape(&tr!(lang, "work-finding-save")),
    )
}

/// The text and the indicators of a finding, for reading.
fn shown(ctx: &Ctx, e: &FindingEdit) -> String {
    format!(
        "<div>{}</div>\n<p>{}{}{}</p>\n",
        markdown(&e.text),
        escape(&tr!(ctx.lang(), "work-finding-indicators-shown")),
        colon(ctx.lang()),
        escape(&e.indicators.join(", "))
    )
}

pub async fn show(
    State(state): State<AppState>,
    Path((_, _, key)): Key,
    Opened(ctx): Opened,
) -> WebResult {
    let f = state.store.finding(&ctx.code, ctx.year, &key).await?;
    let title = tr!(ctx.lang(), "work-finding-title", key = key.as_str());
    let mut body = format!("<h1>{}</h1>\n", escape(&title));
    if ctx.can(Action::Edit) {
        body.push_str(&form(&ctx, &key, &f.value, f.version));
    } else {
        body.push_str(&shown(&ctx, &f.value));
    }
    body.push_str(&comments::section(&state, &ctx, &Anchor::Finding(key.clone())).await?);
    Ok(ctx.page(&title, &body))
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
        Ok(_) => Ok(back_to(&ctx.url(&format!("/findings/{key}")))),
        Err(StoreError::Conflict { .. }) => {
            let theirs = state.store.finding(&ctx.code, ctx.year, &key).await?;
            let form = form(&ctx, &key, &edit, theirs.version);
            Ok(super::conflict(
                &ctx,
                &tr!(ctx.lang(), "work-what-finding"),
                &shown(&ctx, &theirs.value),
                &shown(&ctx, &edit),
                &form,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

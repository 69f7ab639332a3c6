//! A finding: its text and the indicators it speaks to, edited by the team with versions, and the
//! comments anchored to it.

use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_model::Anchor;
use mgi_model::access::Action;
use mgi_store::{FindingEdit, StoreError};

use super::{Ctx, back_to, comments};
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::WebResult;
use crate::html::{csrf_field, escape, markdown};
use crate::ui::Ui;

type Key = Path<(String, String, String)>;

fn form(ctx: &Ctx, key: &str, e: &FindingEdit, version: i64) -> String {
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\">\
         <label for=\"text\">Text</label><textarea id=\"text\" name=\"text\" required>{}</textarea>\
         <label for=\"indicators\">Indicators (IDs separated by commas)</label><input type=\"text\" id=\"indicators\" name=\"indicators\" value=\"{}\">\
         <button>Save the finding</button></form>\n",
        ctx.url(&format!("/findings/{key}")),
        csrf_field(&ctx.session),
        escape(&e.text),
        escape(&e.indicators.join(", ")),
    )
}

pub async fn show(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, key)): Key,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
    let f = state.store.finding(&ctx.code, ctx.year, &key).await?;
    let mut body = format!("<h1>Finding {}</h1>\n", escape(&key));
    if ctx.can(Action::Edit) {
        body.push_str(&form(&ctx, &key, &f.value, f.version));
    } else {
        let _ = write!(
            body,
            "<div>{}</div>\n<p>Indicators: {}</p>\n",
            markdown(&f.value.text),
            escape(&f.value.indicators.join(", "))
        );
    }
    body.push_str(&comments::section(&state, &ctx, &Anchor::Finding(key.clone())).await?);
    Ok(ctx.page(&format!("Finding {key}"), &body))
}

pub async fn save(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, key)): Key,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Edit).await?;
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
            let shown = |e: &FindingEdit| {
                format!(
                    "{}<p>Indicators: {}</p>",
                    markdown(&e.text),
                    escape(&e.indicators.join(", "))
                )
            };
            let form = form(&ctx, &key, &edit, theirs.version);
            Ok(super::conflict(
                &ctx,
                "this finding",
                &shown(&theirs.value),
                &shown(&edit),
                &form,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

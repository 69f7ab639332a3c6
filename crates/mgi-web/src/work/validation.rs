//! Validation and publication: the approval state on the workspace, the focal point's approval
//! of exactly the content it read (the preview carries the hash of what it shows), and the
//! administrator's publication.

use std::fmt::Write;

use axum::extract::State;
use mgi_i18n::tr;
use mgi_model::access::Action;
use mgi_model::{AssessmentDoc, Stage};
use mgi_store::ApprovalState;

use super::extract::{Acting, Approve, Publish};
use super::{Ctx, back_to, labels};
use crate::AppState;
use crate::error::WebResult;
use crate::html::{csrf_field, escape};

/// Where validation stands, and the publication form for those who may publish.
pub async fn status_block(state: &AppState, ctx: &Ctx, doc: &AssessmentDoc) -> WebResult<String> {
    let st = ApprovalState {
        current: mgi_model::content_hash(doc),
        latest: state.store.latest_approval(&ctx.code, ctx.year).await?,
    };
    let lang = ctx.lang();
    let mut out = format!(
        "<section id=\"validation\"><h2>{}</h2>\n",
        escape(&tr!(lang, "work-validation"))
    );
    match &st.latest {
        None => {
            let _ = writeln!(out, "<p>{}</p>", escape(&tr!(lang, "work-not-approved")));
        }
        Some(a) => {
            let fresh = st.is_fresh();
            let text = if fresh {
                tr!(
                    lang,
                    "work-approved",
                    who = labels::name_mark(),
                    date = labels::when(lang, &a.approved_at)
                )
            } else {
                tr!(
                    lang,
                    "work-approval-stale",
                    who = labels::name_mark(),
                    date = labels::when(lang, &a.approved_at)
                )
            };
            let _ = writeln!(
                out,
                "<p class=\"{}\" data-approval=\"{}\">{}</p>",
                if fresh { "ok" } else { "conflict" },
                if fresh { "fresh" } else { "stale" },
                labels::with_name(&text, &a.approved_by)
            );
        }
    }
    if ctx.can(Action::Move(Stage::Published)) {
        let note_label = if ctx.stage == Stage::Correction {
            tr!(lang, "work-publish-note-correction")
        } else {
            tr!(lang, "work-publish-note")
        };
        let _ = writeln!(
            out,
            "<form method=\"post\" action=\"{}\">{}<label for=\"note\">{}</label><input type=\"text\" id=\"note\" name=\"note\"><button data-save=\"publish\">{}</button></form>",
            ctx.url("/publish"),
            csrf_field(&ctx.session),
            escape(&note_label),
            escape(&tr!(lang, "work-publish"))
        );
    }
    out.push_str("</section>\n");
    Ok(out)
}

/// The approval form appended to the preview the focal point reads, bound to what it shows.
pub fn approval_form(ctx: &Ctx, hash: &str) -> String {
    let lang = ctx.lang();
    format!(
        "<section id=\"approve\" class=\"approval\" lang=\"{}\"><h2>{}</h2>\
         <p>{}</p>\
         <form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"hash\" value=\"{}\"><button data-save=\"approve\">{}</button></form></section>\n",
        lang.code(),
        escape(&tr!(lang, "work-approval")),
        escape(&tr!(
            lang,
            "work-approval-text",
            fingerprint = hash.get(..12).unwrap_or(hash)
        )),
        ctx.url("/approve"),
        csrf_field(&ctx.session),
        escape(hash),
        escape(&tr!(lang, "work-approve-button"))
    )
}

pub async fn approve(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Approve>,
) -> WebResult {
    state
        .store
        .approve(&ctx.code, ctx.year, f.required("hash")?, ctx.actor())
        .await?;
    Ok(back_to(&format!("{}#validation", ctx.url(""))))
}

pub async fn publish(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Publish>,
) -> WebResult {
    state
        .store
        .publish(&ctx.code, ctx.year, f.get("note"), ctx.actor())
        .await?;
    Ok(back_to(
        &ctx.ui.href(&format!("/profiles/{}/{}", ctx.code, ctx.year)),
    ))
}

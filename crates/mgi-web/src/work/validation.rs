//! Validation and publication: the approval state on the workspace, the focal point's approval
//! of exactly the content it read (the preview carries the hash of what it shows), and the
//! administrator's publication.

use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_model::access::Action;
use mgi_model::{AssessmentDoc, Stage};
use mgi_store::ApprovalState;

use super::{Ctx, back_to};
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::WebResult;
use crate::html::{csrf_field, escape};
use crate::ui::Ui;

type Key = Path<(String, String)>;

/// Where validation stands, and the publication form for those who may publish.
pub async fn status_block(state: &AppState, ctx: &Ctx, doc: &AssessmentDoc) -> WebResult<String> {
    let st = ApprovalState {
        current: mgi_model::content_hash(doc),
        latest: state.store.latest_approval(&ctx.code, ctx.year).await?,
    };
    let mut out = String::from("<section id=\"validation\"><h2>Validation</h2>\n");
    match &st.latest {
        None => out.push_str("<p>Not approved yet.</p>\n"),
        Some(a) if st.is_fresh() => {
            let _ = writeln!(
                out,
                "<p class=\"ok\">Approved by {} on {}: the approval covers the current content.</p>",
                escape(&a.approved_by),
                escape(&a.approved_at)
            );
        }
        Some(a) => {
            let _ = writeln!(
                out,
                "<p class=\"conflict\">Approval by {} on {} is <strong>stale</strong>: the content changed since. A new approval is needed before publication.</p>",
                escape(&a.approved_by),
                escape(&a.approved_at)
            );
        }
    }
    if ctx.can(Action::Move(Stage::Published)) {
        let note_label = if ctx.stage == Stage::Correction {
            "Public change note (what was corrected)"
        } else {
            "Note (optional)"
        };
        let _ = writeln!(
            out,
            "<form method=\"post\" action=\"{}\">{}<label for=\"note\">{note_label}</label><input type=\"text\" id=\"note\" name=\"note\"><button>Publish</button></form>",
            ctx.url("/publish"),
            csrf_field(&ctx.session)
        );
    }
    out.push_str("</section>\n");
    Ok(out)
}

/// The approval form appended to the preview the focal point reads, bound to what it shows.
pub fn approval_form(ctx: &Ctx, hash: &str) -> String {
    format!(
        "<section id=\"approve\" style=\"border-top:2px solid #0d3b66;margin-top:2rem;padding-top:1rem\"><h2>Approval</h2>\
         <p>By approving, the government validates the content of this page as you read it (fingerprint <code>{}</code>). Any later change makes the approval stale.</p>\
         <form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"hash\" value=\"{}\"><button>Approve this content</button></form></section>\n",
        escape(&hash[..hash.len().min(12)]),
        ctx.url("/approve"),
        csrf_field(&ctx.session),
        escape(hash)
    )
}

pub async fn approve(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Approve).await?;
    state
        .store
        .approve(&ctx.code, ctx.year, f.required("hash")?, ctx.actor())
        .await?;
    Ok(back_to(&format!("{}#validation", ctx.url(""))))
}

pub async fn publish(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(
        &state,
        s,
        ui,
        &code,
        &year,
        &f,
        Action::Move(Stage::Published),
    )
    .await?;
    state
        .store
        .publish(&ctx.code, ctx.year, f.get("note"), ctx.actor())
        .await?;
    Ok(back_to(&format!("/profiles/{}/{}", ctx.code, ctx.year)))
}

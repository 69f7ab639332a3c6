//! Validation and publication: the approval state on the workspace, the focal point's approval
//! of exactly the content it read (the preview carries the hash of what it shows), and the
//! administrator's publication.

use askama::Template;
use axum::extract::State;
use mgi_i18n::tr;
use mgi_model::access::Action;
use mgi_model::{AssessmentDoc, Stage};
use mgi_store::ApprovalState;

use super::extract::{Acting, Approve, Publish};
use super::{Ctx, labels};
use crate::AppState;
use crate::error::WebResult;
use crate::feedback::{Done, back_to};
use crate::views::{NAME, Named};

/// The latest approval: by whom and when, and whether it covers the current content.
pub struct Approval {
    pub fresh: bool,
    pub text: Named,
}

/// The publication form.
pub struct PublishForm {
    pub action: String,
    pub csrf: String,
    /// What the note is for: a publication's or a correction's.
    pub note_label: String,
}

/// Where validation stands (`partials/validation.html`), and the publication form for those who
/// may publish.
pub struct Validation {
    pub approval: Option<Approval>,
    pub publish: Option<PublishForm>,
}

impl Validation {
    pub async fn of(state: &AppState, ctx: &Ctx, doc: &AssessmentDoc) -> WebResult<Validation> {
        let st = ApprovalState {
            current: mgi_model::content_hash(doc),
            latest: state.store.latest_approval(&ctx.code, ctx.year).await?,
        };
        let lang = ctx.lang();
        let approval = st.latest.as_ref().map(|a| {
            let fresh = st.is_fresh();
            let date = labels::when(lang, a.approved_at);
            let text = if fresh {
                tr!(lang, "work-approved", who = NAME, date = date)
            } else {
                tr!(lang, "work-approval-stale", who = NAME, date = date)
            };
            Approval {
                fresh,
                text: Named::new(&text, &a.approved_by),
            }
        });
        let publish = ctx
            .can(Action::Move(Stage::Published))
            .then(|| PublishForm {
                action: ctx.url("/publish"),
                csrf: ctx.session.csrf.clone(),
                note_label: if ctx.summary.stage == Stage::Correction {
                    tr!(lang, "work-publish-note-correction")
                } else {
                    tr!(lang, "work-publish-note")
                },
            });
        Ok(Validation { approval, publish })
    }
}

/// The approval form appended to the preview the focal point reads, bound to what it shows.
#[derive(Template)]
#[template(path = "work/approval.html")]
pub struct ApprovalForm {
    /// `approve` at the top of the preview, another at its end.
    pub id: &'static str,
    pub lang: &'static str,
    pub title: String,
    pub text: String,
    pub action: String,
    pub csrf: String,
    pub hash: String,
    pub button: String,
    /// What is approved, in counts (see [`ApprovalForm::with_summary`]).
    pub summary: Vec<String>,
}

impl ApprovalForm {
    pub fn new(ctx: &Ctx, hash: &str) -> ApprovalForm {
        let lang = ctx.lang();
        ApprovalForm {
            id: "approve",
            lang: lang.code(),
            title: tr!(lang, "work-approval"),
            text: tr!(
                lang,
                "work-approval-text",
                fingerprint = hash.get(..12).unwrap_or(hash)
            ),
            action: ctx.url("/approve"),
            csrf: ctx.session.csrf.clone(),
            hash: hash.to_owned(),
            button: tr!(lang, "work-approve-button"),
            summary: Vec::new(),
        }
    }

    /// The form with what `doc` (the content it approves) holds: the moment and fingerprint
    /// of what is read (its fingerprint is in the text), its answers, findings and sources.
    pub fn with_summary(mut self, lang: mgi_i18n::Lang, doc: &AssessmentDoc) -> ApprovalForm {
        self.summary = vec![
            tr!(
                lang,
                "approval-as-of",
                date = labels::when(lang, chrono::Utc::now())
            ),
            tr!(lang, "approval-answers", count = doc.answers.len()),
            tr!(lang, "approval-findings", count = doc.findings.len()),
            tr!(lang, "approval-sources", count = doc.sources.len()),
        ];
        self
    }

    /// The same form under another `id` (the second on a page).
    pub fn at(mut self, id: &'static str) -> ApprovalForm {
        self.id = id;
        self
    }
}

pub async fn approve(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Approve>,
) -> WebResult {
    state
        .store
        .approve(&ctx.code, ctx.year, f.required("hash")?, ctx.actor())
        .await?;
    Ok(back_to(
        &format!("{}#validation", ctx.url("")),
        Done::Approved,
    ))
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
        Done::Published,
    ))
}

//! The workspace of one assessment: where it stands, what may be done next, every indicator by
//! domain, the findings, the comments; and the stage moves, share links, draft preview and audit
//! log that hang off it.

use std::fmt::Write;

use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use mgi_model::access::Action;
use mgi_model::{AssessmentDoc, Stage, public_view};

use super::{Ctx, back_to, comments};
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::{WebError, WebResult};
use crate::form::field;
use crate::html::{csrf_field, escape};
use crate::ui::Ui;

type Key = Path<(String, String)>;

/// The document as this user may read it: the team sees research notes, others do not.
pub async fn doc_for(state: &AppState, ctx: &Ctx) -> WebResult<AssessmentDoc> {
    let doc = state.store.export_assessment(&ctx.code, ctx.year).await?;
    Ok(if ctx.can(Action::ReadInternal) {
        doc
    } else {
        public_view(doc)
    })
}

fn stage_forms(ctx: &Ctx) -> String {
    let mut out = String::new();
    for &to in ctx.stage.next() {
        // Validation happens by approval, publication with its note: both have their own forms.
        if matches!(to, Stage::Validated | Stage::Published) || !ctx.can(Action::Move(to)) {
            continue;
        }
        let _ = writeln!(
            out,
            "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"to\" value=\"{to}\"><input type=\"hidden\" name=\"version\" value=\"{}\"><button>Move to {to}</button></form>",
            ctx.url("/stage"),
            csrf_field(&ctx.session),
            ctx.summary.version
        );
    }
    out
}

pub async fn workspace(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
    let doc = doc_for(&state, &ctx).await?;
    let fw = state.store.framework();
    let set = fw
        .set(&doc.framework.set, doc.framework.version)
        .ok_or_else(|| WebError::Server(format!("framework set {} missing", doc.framework.set)))?;
    let mut body = format!(
        "<h1>{}</h1>\n<p>Stage <span class=\"stage\">{}</span>, framework {} v{}.</p>\n",
        escape(&ctx.title()),
        ctx.stage,
        escape(&set.id),
        set.version
    );
    let _ = write!(
        body,
        "<p><a href=\"{}\">Preview the profile</a> · <a href=\"{}\">Source register</a> · <a href=\"{}\">Context and conventions</a>",
        ctx.url("/preview"),
        ctx.url("/sources"),
        ctx.url("/context")
    );
    if ctx.can(Action::ReadAudit) {
        let _ = write!(body, " · <a href=\"{}\">Audit log</a>", ctx.url("/audit"));
    }
    if ctx.can(Action::Approve) {
        let _ = write!(
            body,
            " · <a href=\"{}#approve\">Read and approve</a>",
            ctx.url("/preview")
        );
    }
    let _ = write!(
        body,
        " · <a href=\"{}\">Change log since the previous round</a>",
        ctx.url("/progress")
    );
    body.push_str("</p>\n");
    body.push_str(&stage_forms(&ctx));
    if ctx.can(Action::Edit) {
        body.push_str(&super::workbook::block(&ctx));
    }
    if ctx.can(Action::StartRound) && ctx.stage.is_public() {
        let _ = writeln!(
            body,
            "<form method=\"post\" action=\"{}\">{}<label for=\"next-year\">Start the next round (answers, findings and sources carried over, every answer to re-verify)</label><input type=\"text\" id=\"next-year\" name=\"year\" value=\"{}\"><button>Start the round</button></form>",
            ctx.url("/rounds"),
            csrf_field(&ctx.session),
            ctx.year + 3
        );
    }
    body.push_str(&super::validation::status_block(&state, &ctx, &doc).await?);
    if ctx.can(Action::Share) && matches!(ctx.stage, Stage::DraftShared | Stage::Consultation) {
        let _ = writeln!(
            body,
            "<form method=\"post\" action=\"{}\">{}<label for=\"share-label\">Invite consultation participants with a link</label><input type=\"text\" id=\"share-label\" name=\"label\" placeholder=\"e.g. civil society organisations\" required><label for=\"share-days\">Valid for (days)</label><input type=\"text\" id=\"share-days\" name=\"days\" value=\"14\"><button>Create link</button></form>",
            ctx.url("/share"),
            csrf_field(&ctx.session)
        );
    }
    for d in &set.domains {
        let _ = writeln!(
            body,
            "<h2 id=\"domain-{}\">{}. {}</h2>\n<table>\n<thead><tr><th>Indicator</th><th>Question</th><th>Answer</th><th>Status</th><th>Sources</th></tr></thead>\n<tbody>",
            escape(&d.id),
            d.number,
            escape(d.name.en())
        );
        for id in d.indicator_ids() {
            let question = fw.indicator(id).map_or("", |i| i.question.en());
            let (value, status, cited) = doc.answer(id).map_or(("—", "not started", 0), |a| {
                (a.value.as_str(), a.status.as_str(), a.citations.len())
            });
            let _ = writeln!(
                body,
                "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{value}</td><td>{status}</td><td>{cited}</td></tr>",
                ctx.url(&format!("/indicators/{id}")),
                escape(id),
                escape(question)
            );
        }
        body.push_str("</tbody>\n</table>\n");
        let _ = writeln!(
            body,
            "<p><a href=\"{}\">Summary of this domain</a></p>",
            ctx.url(&format!("/summaries/{}", d.id))
        );
        let findings: Vec<_> = doc.findings.iter().filter(|f| f.domain == d.id).collect();
        if !findings.is_empty() {
            body.push_str("<h3>Findings</h3>\n<ul>\n");
            for f in findings {
                let _ = writeln!(
                    body,
                    "<li><a href=\"{}\">{}</a> ({}): {}</li>",
                    ctx.url(&format!("/findings/{}", f.key)),
                    escape(&f.key),
                    f.kind.as_str(),
                    escape(&f.text)
                );
            }
            body.push_str("</ul>\n");
        }
        if ctx.can(Action::Edit) {
            body.push_str(&super::context::new_finding_form(&ctx, &d.id));
        }
    }
    body.push_str(&super::record::consultations_block(
        &ctx,
        &doc.consultations,
    ));
    body.push_str(&comments::section(&state, &ctx, &mgi_model::Anchor::General).await?);
    Ok(ctx.page(&ctx.title(), &body))
}

pub async fn move_stage(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::posted(&state, s, ui, &code, &year, &f).await?;
    let to = f.parsed("to", Stage::parse, "must be a stage")?;
    ctx.require(Action::Move(to))?;
    if matches!(to, Stage::Validated | Stage::Published) {
        return Err(WebError::Forbidden);
    }
    state
        .store
        .set_stage(&ctx.code, ctx.year, to, f.version()?, ctx.actor())
        .await?;
    Ok(back_to(&ctx.url("")))
}

pub async fn share(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Share).await?;
    let days = f.parsed(
        "days",
        |d| d.parse::<i64>().ok(),
        "must be a number of days",
    )?;
    let label = f.required("label")?;
    if label.chars().count() > 200 {
        return Err(field("label", "at most 200 characters"));
    }
    let token = state
        .store
        .create_share_link(&ctx.code, ctx.year, label, days, ctx.actor())
        .await?;
    let link = format!("/share/{token}");
    let body = format!(
        "<h1>Link created</h1>\n<p class=\"ok\">Send this address to the participants ({}). It opens this draft for comments for {days} days; it is shown only now.</p>\n<p><code id=\"share-link\">{link}</code></p>\n<p><a href=\"{}\">Back to the assessment</a></p>\n",
        escape(label),
        ctx.url("")
    );
    Ok(ctx.page("Link created", &body))
}

pub async fn preview(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
    let doc = public_view(doc_for(&state, &ctx).await?);
    let profile = mgi_profile::build(&doc, state.store.framework(), &state.publication);
    let mut html = mgi_profile::html(&profile);
    if ctx.can(Action::Approve) {
        // The approval is of exactly this page: the form carries the hash of what it shows.
        let form = super::validation::approval_form(&ctx, &mgi_model::content_hash(&doc));
        let at = html.rfind("</body>").unwrap_or(html.len());
        html.insert_str(at, &form);
    }
    Ok(Html(html).into_response())
}

pub async fn audit(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
    if !ctx.can(Action::ReadAudit) {
        return Err(WebError::NotFound);
    }
    let mut body = format!(
        "<h1>Audit log: {}</h1>\n<table>\n<thead><tr><th>When</th><th>Who</th><th>What</th><th>Field</th><th>Before</th><th>After</th></tr></thead>\n<tbody>\n",
        escape(&ctx.title())
    );
    for e in state
        .store
        .audit_log(&ctx.code, ctx.year)
        .await?
        .iter()
        .rev()
    {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{} {}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&e.at),
            escape(&e.actor),
            escape(&e.entity),
            escape(&e.entity_key),
            escape(&e.field),
            escape(e.old_value.as_deref().unwrap_or("")),
            escape(e.new_value.as_deref().unwrap_or(""))
        );
    }
    body.push_str("</tbody>\n</table>\n");
    Ok(ctx.page("Audit log", &body))
}

//! The workspace of one assessment: where it stands, what may be done next, every indicator by
//! domain, the findings, the comments; and the stage moves, share links, draft preview and audit
//! log that hang off it.

use mgi_i18n::Localise;
use std::fmt::Write;

use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_i18n::tr;
use mgi_model::access::Action;
use mgi_model::{AssessmentDoc, Stage, public_view};

use super::extract::{Acting, Opened, Read, Share};
use super::{Ctx, back_to, comments, labels};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::form::field;
use crate::html::{csrf_field, escape, label};
use crate::ui::colon;

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
    let lang = ctx.lang();
    let mut out = String::new();
    for &to in ctx.stage.next() {
        // Validation happens by approval, publication with its note: both have their own forms.
        if matches!(to, Stage::Validated | Stage::Published) || !ctx.can(Action::Move(to)) {
            continue;
        }
        let _ = writeln!(
            out,
            "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"to\" value=\"{to}\"><input type=\"hidden\" name=\"version\" value=\"{}\"><button data-move=\"{to}\">{}</button></form>",
            ctx.url("/stage"),
            csrf_field(&ctx.session),
            ctx.summary.version,
            escape(&tr!(lang, "work-move-to", stage = to.localise(lang)))
        );
    }
    out
}

pub async fn workspace(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    let doc = doc_for(&state, &ctx).await?;
    let fw = state.store.framework();
    let set = fw
        .set(&doc.framework.set, doc.framework.version)
        .ok_or_else(|| WebError::Server(format!("framework set {} missing", doc.framework.set)))?;
    let lang = ctx.lang();
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}{}{} · {}</p>\n",
        ctx.title_html(),
        escape(&tr!(lang, "work-col-stage")),
        colon(lang),
        ctx.stage_badge(),
        escape(&tr!(
            lang,
            "work-framework",
            set = set.id.as_str(),
            version = set.version.to_string()
        )),
    );
    let link = |path: &str, key: &str| {
        format!(
            "<a href=\"{}\">{}</a>",
            ctx.url(path),
            escape(&mgi_i18n::tr(lang, key))
        )
    };
    let mut links = vec![
        link("/preview", "work-link-preview"),
        link("/sources", "work-link-sources"),
        link("/context", "work-link-context"),
    ];
    if ctx.can(Action::ReadAudit) {
        links.push(link("/audit", "work-link-audit"));
    }
    if ctx.can(Action::Approve) {
        links.push(link("/preview#approve", "work-link-approve"));
    }
    links.push(link("/progress", "work-link-progress"));
    for into in super::translations::targets(&doc.language) {
        let name = mgi_i18n::language_name(lang, into.code());
        links.push(format!(
            "<a href=\"{}\" data-translations=\"{}\">{}</a>",
            ctx.url(&format!("/translations/{}", into.code())),
            into.code(),
            escape(&tr!(lang, "work-link-translations", language = name))
        ));
    }
    let _ = writeln!(body, "<p>{}</p>", links.join(" · "));
    body.push_str(&stage_forms(&ctx));
    if ctx.can(Action::Edit) {
        body.push_str(&super::workbook::block(&ctx));
    }
    if ctx.can(Action::StartRound) && ctx.stage.is_public() {
        let _ = writeln!(
            body,
            "<form method=\"post\" action=\"{}\">{}<label for=\"next-year\">{}</label><input type=\"text\" id=\"next-year\" name=\"year\" value=\"{}\"><button>{}</button></form>",
            ctx.url("/rounds"),
            csrf_field(&ctx.session),
            escape(&tr!(lang, "work-round-label")),
            ctx.year + 3,
            escape(&tr!(lang, "work-round-button"))
        );
    }
    body.push_str(&super::validation::status_block(&state, &ctx, &doc).await?);
    if ctx.can(Action::Share) {
        body.push_str(&share_block(&state, &ctx).await?);
    }
    let head: String = [
        "work-col-indicator",
        "work-col-question",
        "work-col-answer",
        "work-col-status",
        "work-col-sources",
    ]
    .iter()
    .map(|key| format!("<th>{}</th>", escape(&mgi_i18n::tr(lang, key))))
    .collect();
    for d in &set.domains {
        let _ = writeln!(
            body,
            "<h2 id=\"domain-{}\">{}. {}</h2>\n<table>\n<thead><tr>{head}</tr></thead>\n<tbody>",
            escape(&d.id),
            d.number,
            label(lang, &d.name)
        );
        for id in d.indicator_ids() {
            let question = fw
                .indicator(id)
                .map_or_else(String::new, |i| label(lang, &i.question));
            let (value, status, cited) = doc.answer(id).map_or_else(
                || {
                    (
                        "—".to_owned(),
                        (mgi_model::AnswerStatus::NotStarted).localise(lang),
                        0,
                    )
                },
                |a| {
                    (
                        a.value.localise(lang),
                        a.status.localise(lang),
                        a.citations.len(),
                    )
                },
            );
            let _ = writeln!(
                body,
                "<tr><td><a href=\"{}\">{}</a></td><td>{question}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                ctx.url(&format!("/indicators/{id}")),
                escape(id),
                escape(&value),
                escape(&status),
                mgi_i18n::number(lang, i64::try_from(cited).unwrap_or(i64::MAX))
            );
        }
        body.push_str("</tbody>\n</table>\n");
        let _ = writeln!(
            body,
            "<p><a href=\"{}\">{}</a></p>",
            ctx.url(&format!("/summaries/{}", d.id)),
            escape(&tr!(lang, "work-summary-link"))
        );
        let findings: Vec<_> = doc.findings.iter().filter(|f| f.domain == d.id).collect();
        if !findings.is_empty() {
            let _ = writeln!(
                body,
                "<h3>{}</h3>\n<ul>",
                escape(&tr!(lang, "work-findings"))
            );
            for f in findings {
                let _ = writeln!(
                    body,
                    "<li><a href=\"{}\">{}</a> ({}){}{}</li>",
                    ctx.url(&format!("/findings/{}", f.key)),
                    escape(&f.key),
                    escape(&f.kind.localise(lang)),
                    colon(lang),
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

/// The share links of the workspace: the form that makes one while the draft is shared, and
/// every link made, with who it is for, when, until when, the guests it admitted, where it
/// stands, and a revoke button while it lets anyone in.
async fn share_block(state: &AppState, ctx: &Ctx) -> WebResult<String> {
    let lang = ctx.lang();
    let t = |key: &str| escape(&mgi_i18n::tr(lang, key));
    let mut out = String::new();
    if ctx.stage.is_shared() {
        let _ = writeln!(
            out,
            "<form method=\"post\" action=\"{}\">{}<label for=\"share-label\">{}</label><input type=\"text\" id=\"share-label\" name=\"label\" placeholder=\"{}\" required><label for=\"share-days\">{}</label><input type=\"text\" id=\"share-days\" name=\"days\" value=\"14\"><button>{}</button></form>",
            ctx.url("/share"),
            csrf_field(&ctx.session),
            t("work-share-label"),
            t("work-share-placeholder"),
            t("work-share-days"),
            t("work-share-button"),
        );
    }
    let links = state.store.share_links(&ctx.code, ctx.year).await?;
    if links.is_empty() {
        return Ok(out);
    }
    let head: String = [
        "work-col-label",
        "work-col-created",
        "work-col-expires",
        "work-share-col-guests",
        "work-col-state",
    ]
    .iter()
    .map(|key| format!("<th>{}</th>", t(key)))
    .collect();
    let _ = writeln!(
        out,
        "<h2 id=\"share-links\">{}</h2>\n<table>\n<thead><tr>{head}<th></th></tr></thead>\n<tbody>",
        t("work-share-links")
    );
    for link in &links {
        let made = labels::with_name(
            &tr!(
                lang,
                "work-share-made",
                when = labels::when(lang, &link.created_at),
                who = labels::name_mark(),
                stage = link.stage.localise(lang)
            ),
            &link.created_by,
        );
        let state_text = match &link.ended_at {
            Some(at) if !link.state.is_live() => tr!(
                lang,
                "work-share-state-since",
                state = link.state.code(),
                when = labels::when(lang, at)
            ),
            _ => tr!(lang, "work-share-state", state = link.state.code()),
        };
        let revoke = if link.state.is_live() {
            format!(
                "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"link\" value=\"{}\"><button data-revoke=\"{}\">{}</button></form>",
                ctx.url("/share/revoke"),
                csrf_field(&ctx.session),
                link.id,
                link.id,
                t("work-share-revoke")
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<tr data-link=\"{}\" data-state=\"{}\"><td>{}</td><td>{made}</td><td>{}</td><td>{}</td><td>{}</td><td>{revoke}</td></tr>",
            link.id,
            link.state.code(),
            crate::html::bdi(&link.label),
            escape(&labels::day(lang, &link.expires_at)),
            escape(&tr!(
                lang,
                "work-share-guests",
                count = link.guests,
                max = mgi_store::MAX_GUESTS
            )),
            escape(&state_text),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    Ok(out)
}

pub async fn move_stage(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Read>,
) -> WebResult {
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
    Acting { ctx, form: f, .. }: Acting<Share>,
) -> WebResult {
    let lang = ctx.lang();
    let days = f.parsed(
        "days",
        |d| d.parse::<i64>().ok(),
        &tr!(lang, "work-field-days"),
    )?;
    let label = f.required("label")?;
    if label.chars().count() > 200 {
        return Err(field("label", &tr!(lang, "work-field-at-most-200")));
    }
    let token = state
        .store
        .create_share_link(&ctx.code, ctx.year, label, days, ctx.actor())
        .await?;
    // The participants open the draft in the language of the one who invites them.
    let link = ctx.ui.href(&format!("/share/{token}"));
    let title = tr!(lang, "work-share-created");
    let text = tr!(
        lang,
        "work-share-created-text",
        label = labels::name_mark(),
        days = days
    );
    let body = format!(
        "<h1>{}</h1>\n<p class=\"ok\">{}</p>\n<p><code id=\"share-link\">{}</code></p>\n<p><a href=\"{}\">{}</a></p>\n",
        escape(&title),
        labels::with_name(&text, label),
        escape(&link),
        ctx.url(""),
        escape(&tr!(lang, "work-back-to-assessment"))
    );
    Ok(ctx.page(&title, &body))
}

/// Revoke a share link of this assessment: it admits no one any more and its guests are out.
pub async fn revoke_share(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Share>,
) -> WebResult {
    let id = f.parsed(
        "link",
        |v| v.parse::<i64>().ok(),
        &tr!(ctx.lang(), "work-field-whole-number"),
    )?;
    if !state
        .store
        .revoke_share_link(&ctx.code, ctx.year, id, ctx.actor())
        .await?
    {
        return Err(WebError::NotFound);
    }
    Ok(back_to(&format!("{}#share-links", ctx.url(""))))
}

pub async fn preview(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    let doc = public_view(doc_for(&state, &ctx).await?);
    let profile = mgi_profile::build_in(
        &doc,
        state.store.framework(),
        &state.publication,
        ctx.lang(),
    );
    let mut html = mgi_profile::html(&profile);
    crate::assets::link_stylesheet(&mut html);
    if ctx.can(Action::Approve) {
        // The approval is of exactly this page: the form carries the hash of what it shows.
        let form = super::validation::approval_form(&ctx, &mgi_model::content_hash(&doc));
        let at = html.rfind("</body>").unwrap_or(html.len());
        html.insert_str(at, &form);
    }
    Ok(Html(html).into_response())
}

//! The workspace of one assessment: where it stands, what may be done next, every indicator by
//! domain, the findings, the comments; and the stage moves, share links, draft preview and audit
//! log that hang off it.

use mgi_i18n::Localise;

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, FrameworkSet};
use mgi_i18n::tr;
use mgi_model::access::Action;
use mgi_model::readiness::Gate;
use mgi_model::{AnswerStatus, AssessmentDoc, Stage, TextRef, public_view};
use mgi_profile::EditLink;
use mgi_store::CommentsSeen;

use super::confirm::Check;
use super::extract::{Acting, Opened, Read, Share};
use super::share_links::{SHARE_FIELDS, ShareCreated, ShareForm, ShareLinks};
use super::validation::{ApprovalForm, Validation};
use super::workbook::WorkbookBlock;
use super::{Ctx, comments};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, Refusals, back_to, refused_page};
use crate::filters;
use crate::layout::{Chrome, render};
use crate::ui::colon;
use crate::views::{
    AnswerRow, DomainTag, Label, Link, NAME, Named, StageTag, ValueTag, indicator_name,
};

/// The document as this user may read it: the team sees research notes, others do not.
pub async fn doc_for(state: &AppState, ctx: &Ctx) -> WebResult<AssessmentDoc> {
    let doc = state.store.export_assessment(&ctx.code, ctx.year).await?;
    Ok(if ctx.can(Action::ReadInternal) {
        doc
    } else {
        public_view(doc)
    })
}

/// Another page of the assessment, linked from the workspace.
pub struct PageLink {
    pub href: String,
    pub text: String,
    /// On the links to the translations: the language's code, for the tests and the browser
    /// story.
    pub translations: Option<&'static str>,
}

/// A move to the next stage the user may make (validation happens by approval, publication
/// with its note: both have their own forms). The button opens the move's confirmation page.
pub struct StageMove {
    pub action: String,
    pub to: &'static str,
    pub label: String,
}

/// A finding as the workspace lists it under its domain.
pub struct FindingItem {
    pub href: String,
    pub kind: String,
    /// Markdown.
    pub text: String,
    /// What is left to do on it: suggestions to review, no citation, no indicator.
    pub flags: Vec<String>,
}

/// A domain of the framework on the workspace: its indicators with their answers, the link to
/// its summary, its findings, and the form that adds one.
pub struct DomainSection {
    pub id: String,
    pub domain: DomainTag,
    pub answers: Vec<AnswerRow>,
    pub summary: String,
    pub findings: Vec<FindingItem>,
    /// The form adding a finding to the domain, for those who may edit.
    pub new_finding: Option<Link>,
}

/// `/work/<code>/<year>`.
#[derive(Template)]
#[template(path = "work/assessment.html")]
pub struct Workspace {
    pub chrome: Chrome,
    pub colon: &'static str,
    pub csrf: String,
    pub name: String,
    pub year: i32,
    pub stage: StageTag,
    /// "framework national, version 1".
    pub framework: String,
    pub pages: Vec<PageLink>,
    pub moves: Vec<StageMove>,
    pub workbook: Option<WorkbookBlock>,
    pub round: Option<super::rounds::RoundForm>,
    pub validation: Validation,
    pub share: Option<ShareLinks>,
    pub domains: Vec<DomainSection>,
    pub consultations: super::record::Consultations,
    pub comments: comments::Thread,
    /// What the signed-in user can do now and what comes next.
    pub guidance: super::tasks::Guidance,
    /// The task list.
    pub tasks: super::tasks::TaskList,
}

/// The other pages of the assessment this user may open.
fn pages(ctx: &Ctx, doc: &AssessmentDoc) -> Vec<PageLink> {
    let lang = ctx.lang();
    let link = |path: &str, text: String| PageLink {
        href: ctx.url(path),
        text,
        translations: None,
    };
    let mut pages = vec![
        link("/preview", tr!(lang, "work-link-preview")),
        link("/sources", tr!(lang, "work-link-sources")),
        link("/context", tr!(lang, "work-link-context")),
    ];
    if ctx.can(Action::ReadAudit) {
        pages.push(link("/audit", tr!(lang, "work-link-audit")));
    }
    if ctx.can(Action::Approve) {
        pages.push(link("/preview#approve", tr!(lang, "work-link-approve")));
    }
    pages.push(link("/progress", tr!(lang, "work-link-progress")));
    for into in super::translations::targets(&doc.language) {
        let language = mgi_i18n::language_name(lang, into.code());
        pages.push(PageLink {
            href: ctx.url(&format!("/translations/{}", into.code())),
            text: tr!(lang, "work-link-translations", language = language),
            translations: Some(into.code()),
        });
    }
    pages
}

fn stage_moves(ctx: &Ctx) -> Vec<StageMove> {
    let lang = ctx.lang();
    ctx.summary
        .stage
        .next()
        .iter()
        .filter(|&&to| {
            !matches!(to, Stage::Validated | Stage::Published) && ctx.can(Action::Move(to))
        })
        .map(|&to| StageMove {
            action: ctx.url("/stage"),
            to: to.as_str(),
            label: tr!(lang, "work-move-to", stage = to.localise(lang)),
        })
        .collect()
}

/// The indicators of the domain `d` with their answers, its findings, and the form that adds one.
fn domain_section(
    ctx: &Ctx,
    fw: &Framework,
    doc: &AssessmentDoc,
    d: &mgi_framework::Domain,
) -> DomainSection {
    let lang = ctx.lang();
    let answers = d
        .indicator_ids()
        .map(|id| {
            let answer = doc.answer(id);
            AnswerRow {
                href: ctx.url(&format!("/indicators/{id}")),
                indicator_name: indicator_name(lang, fw, id),
                question: fw.indicator(id).map(|i| Label::new(lang, &i.question)),
                value: answer.map(|a| ValueTag::new(lang, a.value)),
                status: answer
                    .map_or(AnswerStatus::NotStarted, |a| a.status)
                    .localise(lang),
                sources: mgi_i18n::number(
                    lang,
                    answer.map_or(0, |a| i64::try_from(a.citations.len()).unwrap_or(i64::MAX)),
                ),
            }
        })
        .collect();
    let findings = doc
        .findings
        .iter()
        .filter(|f| f.domain == d.id)
        .map(|f| FindingItem {
            href: ctx.url(&format!("/findings/{}", f.key)),
            kind: f.kind.localise(lang),
            text: f.text.clone(),
            flags: [
                (!f.suggested.is_empty()).then(|| {
                    tr!(
                        lang,
                        "work-finding-flag-suggestions",
                        count = f.suggested.len()
                    )
                }),
                f.citations
                    .is_empty()
                    .then(|| tr!(lang, "work-finding-flag-uncited")),
                f.indicators
                    .is_empty()
                    .then(|| tr!(lang, "work-finding-flag-unlinked")),
            ]
            .into_iter()
            .flatten()
            .collect(),
        })
        .collect();
    DomainSection {
        id: d.id.clone(),
        domain: DomainTag::new(lang, d),
        answers,
        summary: ctx.url(&format!("/summaries/{}", d.id)),
        findings,
        new_finding: ctx.can(Action::Edit).then(|| Link {
            href: ctx.url(&format!("/findings/new?domain={}", d.id)),
            text: tr!(ctx.lang(), "work-finding-add"),
        }),
    }
}

pub async fn workspace(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    Ok(Html(render(&workspace_page(&state, &ctx).await?)).into_response())
}

/// The workspace with its forms empty; a form refused is put back in its place, as typed.
pub(super) async fn workspace_page(state: &AppState, ctx: &Ctx) -> WebResult<Workspace> {
    let doc = doc_for(state, ctx).await?;
    let fw = state.store.framework();
    let set: &FrameworkSet = fw
        .set(&doc.framework.set, doc.framework.version)
        .ok_or_else(|| WebError::Server(format!("framework set {} missing", doc.framework.set)))?;
    let lang = ctx.lang();
    let progress = mgi_model::progress::progress(&doc, set);
    Ok(Workspace {
        chrome: ctx.chrome(&ctx.title()),
        colon: colon(lang),
        csrf: ctx.session.csrf.clone(),
        name: ctx.name().to_owned(),
        year: ctx.year,
        stage: StageTag::new(lang, ctx.summary.stage),
        framework: tr!(
            lang,
            "work-framework",
            set = set.id.as_str(),
            version = set.version.to_string()
        ),
        pages: pages(ctx, &doc),
        moves: stage_moves(ctx),
        workbook: ctx.can(Action::Edit).then(|| WorkbookBlock::new(ctx)),
        round: (ctx.can(Action::StartRound) && ctx.summary.stage.is_public())
            .then(|| super::rounds::RoundForm::new(ctx)),
        validation: Validation::of(state, ctx, &doc).await?,
        share: if ctx.can(Action::Share) {
            Some(ShareLinks::of(state, ctx).await?)
        } else {
            None
        },
        domains: set
            .domains
            .iter()
            .map(|d| domain_section(ctx, fw, &doc, d))
            .collect(),
        consultations: super::record::Consultations::new(ctx, &doc.consultations),
        comments: comments::thread(state, ctx, &mgi_model::Anchor::General).await?,
        guidance: super::tasks::Guidance::new(ctx, &progress),
        tasks: super::tasks::TaskList::new(ctx, set, &doc, &progress),
    })
}

pub async fn move_stage(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Read>,
) -> WebResult {
    let to = f.parsed("to", Stage::parse, &tr!(ctx.lang(), "work-field-stage"))?;
    ctx.require(Action::Move(to))?;
    if matches!(to, Stage::Validated | Stage::Published) {
        return Err(WebError::Forbidden);
    }
    state
        .store
        .set_stage(&ctx.code, ctx.year, to, f.version()?, ctx.actor())
        .await?;
    Ok(back_to(&ctx.url(""), Done::StageMoved))
}

pub async fn share(
    State(state): State<AppState>,
    Acting {
        mut ctx, form: f, ..
    }: Acting<Share>,
) -> WebResult {
    let lang = ctx.lang();
    let mut refused = Vec::new();
    let days = f.choice(
        "days",
        |d| d.parse::<i64>().ok(),
        &tr!(lang, "work-field-days"),
        0,
        &mut refused,
    );
    let label = f.get("label").trim();
    if label.is_empty() {
        refused.push(("label".to_owned(), tr!(lang, "work-field-required")));
    } else if label.chars().count() > 200 {
        refused.push(("label".to_owned(), tr!(lang, "work-field-at-most-200")));
    }
    let made = if refused.is_empty() {
        state
            .store
            .create_share_link(&ctx.code, ctx.year, label, days, ctx.actor())
            .await
            .map_err(WebError::from)
    } else {
        Err(WebError::Form(refused))
    };
    let token = match made {
        Ok(token) => token,
        Err(e) => {
            let refusals = Refusals::of(e, lang, &SHARE_FIELDS)?;
            ctx.showing("");
            let mut page = workspace_page(&state, &ctx).await?;
            if let Some(share) = page.share.as_mut() {
                share.create = Some(ShareForm {
                    label: f.get("label").to_owned(),
                    days: f.get("days").to_owned(),
                    refusals,
                    ..ShareForm::new(&ctx)
                });
            }
            return Ok(refused_page(&page));
        }
    };
    let text = tr!(lang, "work-share-created-text", label = NAME, days = days);
    let page = ShareCreated {
        chrome: ctx.chrome(&tr!(lang, "work-share-created")),
        text: Named::new(&text, label),
        // The participants open the draft in the language of the one who invites them.
        link: ctx.ui.href(&format!("/share/{token}")),
        back: ctx.url(""),
    };
    Ok(Html(render(&page)).into_response())
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
    Ok(back_to(
        &format!("{}#share-links", ctx.url("")),
        Done::ShareRevoked,
    ))
}

/// The top of the draft preview: the way back to the workspace.
#[derive(Template)]
#[template(path = "work/preview_head.html")]
pub struct PreviewHead {
    pub label: String,
    pub back: Link,
}

/// Where a finding or a summary of the preview is edited, for those who may edit; where it is
/// read with its comments, for the others.
fn editor_link(ctx: &Ctx, editor: bool, t: &TextRef) -> Option<EditLink> {
    let lang = ctx.lang();
    let (path, text) = match (t, editor) {
        (TextRef::Finding(key), true) => (
            format!("/findings/{key}"),
            tr!(lang, "preview-edit-finding"),
        ),
        (TextRef::Finding(key), false) => (
            format!("/findings/{key}"),
            tr!(lang, "preview-open-finding"),
        ),
        (TextRef::Summary(d), true) => {
            (format!("/summaries/{d}"), tr!(lang, "preview-edit-summary"))
        }
        (TextRef::Summary(d), false) => {
            (format!("/summaries/{d}"), tr!(lang, "preview-open-summary"))
        }
        _ => return None,
    };
    Some(EditLink {
        href: ctx.url(&path),
        text,
    })
}

/// The profile as it would be published, in the page's language, with the way back to the
/// workspace at its top and each finding and summary linked to its page; for those who
/// approve, with the approval form at its top and at its end, bound to exactly what it shows.
pub async fn preview(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    let doc = public_view(doc_for(&state, &ctx).await?);
    let lang = ctx.lang();
    let profile = mgi_profile::build_in(&doc, state.store.framework(), &state.publication, lang);
    let editor = ctx.can(Action::Edit);
    let mut html = mgi_profile::html_linked(&profile, &|t| editor_link(&ctx, editor, t));
    crate::assets::link_stylesheet(&mut html);
    let mut head = render(&PreviewHead {
        label: tr!(lang, "preview-nav"),
        back: Link {
            href: ctx.url(""),
            text: tr!(lang, "preview-back"),
        },
    });
    if ctx.can(Action::Approve) {
        let seen = if ctx.can(Action::ReadInternal) {
            CommentsSeen::All
        } else {
            CommentsSeen::Government
        };
        let readiness = state.store.readiness(&ctx.code, ctx.year, seen).await?;
        let check = Check::new(
            &ctx,
            state.store.framework(),
            &doc,
            &readiness,
            Gate::Approve,
        );
        let hash = mgi_model::content_hash(&doc);
        let form = ApprovalForm::new(&ctx, &hash, check).with_summary(lang, &doc);
        head.push_str(&render(&form));
        let at = html.rfind("</body>").unwrap_or(html.len());
        html.insert_str(at, &render(&form.at("approve-end")));
    }
    crate::profiles::after_body(&mut html, &head);
    Ok(Html(html).into_response())
}

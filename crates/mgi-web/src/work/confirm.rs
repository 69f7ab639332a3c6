//! "Check before you…": far-reaching actions (a stage move, publication, revoking a share link)
//! do not act from the button on the workspace. The button opens a confirmation page (GET, the
//! action's own address) that says what will happen and lists what is not ready
//! (`mgi_model::readiness`), each item linking to where it is fixed; its Confirm button posts
//! to the action's handler. Publication has no Confirm button while something blocks it that
//! an override cannot lift, and asks the administrator's written reason when an override can.
//!
//! The component is [`Confirm`] (with [`Check`], the list of what is not ready, also shown
//! above the approval form) and `partials/confirm.html`; [`ConfirmPage`] is the page.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use mgi_framework::Framework;
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::readiness::{Concerned, Gap, Gate, Readiness, Severity};
use mgi_model::{AssessmentDoc, Stage};
use mgi_store::{CommentsSeen, MAX_OVERRIDE, Refusal, StoreError};
use serde::Deserialize;

use super::assessment::doc_for;
use super::extract::Opened;
use super::{Ctx, comments};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{FormFields, Refusals};
use crate::layout::{Chrome, FieldError, render};
use crate::views::{Link, NAME, Named, finding_label, indicator_name};

/// The most records a gap links to; the rest are counted ("and 12 more").
const MAX_LINKS: usize = 12;

/// One gap on a confirmation page: what is not ready, whether it blocks, and links to fix it.
pub struct CheckItem {
    /// The gap's code (`data-gap`), for the tests and the browser story.
    pub code: String,
    pub text: String,
    pub blocks: bool,
    pub links: Vec<Link>,
    /// "and 12 more", or empty.
    pub more: String,
}

/// What is not ready at a gate, as a list (`partials/confirm.html`, macro `check`).
pub struct Check {
    pub heading: String,
    /// What the list means at this gate (warnings only, or blockers).
    pub intro: String,
    pub items: Vec<CheckItem>,
}

impl Check {
    /// The gaps of `readiness` that matter at `gate`; `None` when there is none.
    pub fn new(
        ctx: &Ctx,
        fw: &Framework,
        doc: &AssessmentDoc,
        readiness: &Readiness,
        gate: Gate,
    ) -> Option<Check> {
        let lang = ctx.lang();
        let items: Vec<CheckItem> = readiness
            .at(gate)
            .map(|(severity, g)| {
                let mut links: Vec<Link> = Vec::new();
                if let Gap::Untranslated(into) = &g.gap {
                    links.push(Link {
                        href: ctx.url(&format!("/translations/{into}")),
                        text: tr!(
                            lang,
                            "work-link-translations",
                            language = mgi_i18n::language_name(lang, into)
                        ),
                    });
                }
                for link in g
                    .concerned
                    .iter()
                    .filter_map(|c| concerned_link(ctx, fw, doc, c))
                {
                    if !links.iter().any(|l| l.href == link.href) {
                        links.push(link);
                    }
                }
                let more = links.len().saturating_sub(MAX_LINKS);
                links.truncate(MAX_LINKS);
                CheckItem {
                    code: g.gap.code(),
                    text: g.gap.text(lang, g.count()),
                    blocks: severity == Severity::Blocks,
                    links,
                    more: if more > 0 {
                        tr!(
                            lang,
                            "confirm-more",
                            count = i64::try_from(more).unwrap_or(0)
                        )
                    } else {
                        String::new()
                    },
                }
            })
            .collect();
        if items.is_empty() {
            return None;
        }
        let blocked = items.iter().any(|i| i.blocks);
        Some(Check {
            heading: tr!(lang, "confirm-not-ready"),
            intro: if blocked {
                tr!(lang, "confirm-not-ready-blocks")
            } else {
                tr!(lang, "confirm-not-ready-warns")
            },
            items,
        })
    }
}

/// Where a record that is not ready is fixed, named as its reader knows it; `None` for a text
/// to translate (the gap links to its language's translation page once).
fn concerned_link(ctx: &Ctx, fw: &Framework, doc: &AssessmentDoc, c: &Concerned) -> Option<Link> {
    let lang = ctx.lang();
    Some(match c {
        Concerned::Indicator(id) => Link {
            href: ctx.url(&format!("/indicators/{id}")),
            text: indicator_name(lang, fw, id),
        },
        Concerned::Finding(key) => Link {
            href: ctx.url(&format!("/findings/{key}")),
            text: doc
                .finding(key)
                .map_or_else(|| key.clone(), |f| finding_label(lang, fw, doc, f)),
        },
        Concerned::Source(key) => Link {
            href: ctx.url(&format!("/sources/{key}")),
            text: doc
                .source(key)
                .map_or_else(|| key.clone(), |s| s.title.clone()),
        },
        Concerned::Figure(_, measure) => Link {
            href: ctx.url("/context"),
            text: tr!(lang, "confirm-figure", measure = measure.as_str()),
        },
        Concerned::Comment(key, anchor) => Link {
            href: format!("{}#comment-{key}", comments::page_of(ctx, anchor)),
            text: tr!(
                lang,
                "confirm-comment-on",
                on = comments::anchor_label(lang, fw, anchor)
            ),
        },
        Concerned::Text(_) => return None,
        Concerned::Approval => Link {
            href: ctx.url("/preview#approve"),
            text: tr!(lang, "work-link-approve"),
        },
    })
}

/// A hidden field of the Confirm form.
pub struct Hidden {
    pub name: &'static str,
    pub value: String,
}

/// A text field of the Confirm form (publication's note, an override's reason).
pub struct ConfirmField {
    pub id: &'static str,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub error: String,
    pub required: bool,
    pub max: usize,
}

/// The Confirm form: posts to the action's handler.
pub struct Confirm {
    pub action: String,
    pub csrf: String,
    pub hidden: Vec<Hidden>,
    pub fields: Vec<ConfirmField>,
    /// The Confirm button's label; `None` when the action may not go on (no button).
    pub button: Option<String>,
    /// `data-confirm` of the button: what it confirms.
    pub code: &'static str,
    /// Back without doing anything.
    pub cancel: Link,
}

/// A confirmation page (`work/confirm.html`).
#[derive(Template)]
#[template(path = "work/confirm.html")]
pub struct ConfirmPage {
    pub chrome: Chrome,
    pub heading: String,
    /// What will happen, one paragraph each.
    pub what: Vec<Named>,
    pub check: Option<Check>,
    pub problems: Vec<FieldError>,
    pub problems_title: String,
    pub confirm: Confirm,
}

impl ConfirmPage {
    fn new(
        ctx: &Ctx,
        heading: String,
        what: Vec<Named>,
        check: Option<Check>,
        confirm: Confirm,
    ) -> Self {
        ConfirmPage {
            chrome: ctx.chrome(&heading),
            heading,
            what,
            check,
            problems: Vec::new(),
            problems_title: tr!(ctx.lang(), "confirm-problems"),
            confirm,
        }
    }
}

fn cancel(ctx: &Ctx) -> Link {
    Link {
        href: ctx.url(""),
        text: tr!(ctx.lang(), "confirm-cancel"),
    }
}

fn plain(text: String) -> Named {
    Named {
        before: text,
        name: String::new(),
        after: String::new(),
    }
}

/// What is not ready in the assessment, for the team.
async fn team_readiness(state: &AppState, ctx: &Ctx) -> WebResult<Readiness> {
    Ok(state
        .store
        .readiness(&ctx.code, ctx.year, CommentsSeen::All)
        .await?)
}

#[derive(Deserialize)]
pub struct MoveQuery {
    #[serde(default)]
    to: String,
}

/// `GET /work/<code>/<year>/stage?to=<stage>`: what the move does, and what is not ready.
pub async fn stage(
    State(state): State<AppState>,
    Query(q): Query<MoveQuery>,
    Opened(ctx): Opened,
) -> WebResult {
    let to = Stage::parse(&q.to).ok_or(WebError::NotFound)?;
    ctx.require(mgi_model::access::Action::Move(to))?;
    if matches!(to, Stage::Validated | Stage::Published) {
        return Err(WebError::Forbidden);
    }
    let lang = ctx.lang();
    let from = ctx.summary.stage;
    let mut what = vec![plain(tr!(lang, "confirm-move-what", stage = to.as_str()))];
    if from.is_shared() && !to.is_shared() {
        what.push(plain(tr!(lang, "confirm-move-ends-sharing")));
    }
    let check = match Gate::of_move(to) {
        Some(gate) => {
            let doc = doc_for(&state, &ctx).await?;
            let r = team_readiness(&state, &ctx).await?;
            Check::new(&ctx, state.store.framework(), &doc, &r, gate)
        }
        None => None,
    };
    let label = tr!(lang, "work-move-to", stage = to.localise(lang));
    let confirm = Confirm {
        action: ctx.url("/stage"),
        csrf: ctx.session.csrf.clone(),
        hidden: vec![
            Hidden {
                name: "to",
                value: to.as_str().to_owned(),
            },
            Hidden {
                name: "version",
                value: ctx.summary.version.to_string(),
            },
        ],
        fields: Vec::new(),
        button: Some(label.clone()),
        code: "move",
        cancel: cancel(&ctx),
    };
    let heading = tr!(lang, "confirm-move-heading", stage = to.localise(lang));
    Ok(Html(render(&ConfirmPage::new(
        &ctx, heading, what, check, confirm,
    )))
    .into_response())
}

/// The publication's confirmation page, with what was typed and refused when it comes back.
async fn publish_page(
    state: &AppState,
    ctx: &Ctx,
    note: &str,
    reason: &str,
    refusals: &Refusals,
) -> WebResult<ConfirmPage> {
    let lang = ctx.lang();
    let doc = doc_for(state, ctx).await?;
    let r = team_readiness(state, ctx).await?;
    let check = Check::new(ctx, state.store.framework(), &doc, &r, Gate::Publish);
    let blocked = !r.blockers(Gate::Publish).is_empty();
    let overridable = r.overridable(Gate::Publish);
    let correction = ctx.summary.stage == Stage::Correction;
    let mut fields = vec![ConfirmField {
        id: "note",
        label: if correction {
            tr!(lang, "work-publish-note-correction")
        } else {
            tr!(lang, "work-publish-note")
        },
        hint: String::new(),
        value: note.to_owned(),
        error: refusals.at("note"),
        required: correction,
        max: mgi_model::rules::MAX_LINE,
    }];
    if blocked && overridable {
        fields.push(ConfirmField {
            id: "override_reason",
            label: tr!(lang, "confirm-override"),
            hint: tr!(lang, "confirm-override-hint", max = MAX_OVERRIDE),
            value: reason.to_owned(),
            error: refusals.at("override_reason"),
            required: true,
            max: MAX_OVERRIDE,
        });
    }
    let profile = ctx.ui.href(&format!("/profiles/{}/{}", ctx.code, ctx.year));
    let what = vec![
        Named::new(&tr!(lang, "confirm-publish-what", address = NAME), &profile),
        plain(tr!(lang, "confirm-publish-frozen")),
    ];
    let button = match (blocked, overridable) {
        (false, _) => Some(tr!(lang, "work-publish")),
        (true, true) => Some(tr!(lang, "confirm-publish-anyway")),
        (true, false) => None,
    };
    let confirm = Confirm {
        action: ctx.url("/publish"),
        csrf: ctx.session.csrf.clone(),
        hidden: Vec::new(),
        fields,
        button,
        code: "publish",
        cancel: cancel(ctx),
    };
    let mut page = ConfirmPage::new(
        ctx,
        tr!(lang, "confirm-publish-heading"),
        what,
        check,
        confirm,
    );
    page.problems = refusals
        .problems
        .iter()
        .map(|p| FieldError {
            field: p.field.clone(),
            message: p.message.clone(),
        })
        .collect();
    Ok(page)
}

/// `GET /work/<code>/<year>/publish`: what publication does, what blocks it, the note and (for
/// an override) the reason.
pub async fn publish(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    ctx.require(mgi_model::access::Action::Move(Stage::Published))?;
    let page = publish_page(&state, &ctx, "", "", &Refusals::default()).await?;
    Ok(Html(render(&page)).into_response())
}

/// The fields of the publication's form, for its refusals.
struct PublishFields;

impl FormFields for PublishFields {
    fn field(&self, lang: Lang, place: &str) -> Option<(String, String)> {
        match place {
            "override_reason" => Some((place.to_owned(), tr!(lang, "confirm-override"))),
            "note" => Some((place.to_owned(), tr!(lang, "work-publish-note"))),
            _ => None,
        }
    }
}

/// The publication's confirmation page again, answered 422, with why `error` refused what was
/// typed; any other error is given back.
pub async fn publish_refused(
    state: &AppState,
    ctx: &Ctx,
    note: &str,
    reason: &str,
    error: WebError,
) -> WebResult<Response> {
    // Refused while something blocks: the same page, its list up to date, says why at the
    // reason's field (where an administrator may give one).
    let error = match error {
        WebError::Store(e @ StoreError::Refused(Refusal::NotReady { .. })) => {
            let why = mgi_store::NotDone::of(&e).map_or_else(String::new, |n| n.text(ctx.lang()));
            WebError::Form(vec![("override_reason".to_owned(), why)])
        }
        other => other,
    };
    let refusals = Refusals::of(error, ctx.lang(), &PublishFields)?;
    let page = publish_page(state, ctx, note, reason, &refusals).await?;
    Ok(crate::feedback::refused_page(&page))
}

#[derive(Deserialize)]
pub struct RevokeQuery {
    #[serde(default)]
    link: String,
}

/// `GET /work/<code>/<year>/share/revoke?link=<id>`: who loses access.
pub async fn revoke(
    State(state): State<AppState>,
    Query(q): Query<RevokeQuery>,
    Opened(ctx): Opened,
) -> WebResult {
    ctx.require(mgi_model::access::Action::Share)?;
    let id: i64 = q.link.parse().map_err(|_| WebError::NotFound)?;
    let links = super::share_links::ShareLinks::of(&state, &ctx).await?;
    let link = links
        .rows
        .into_iter()
        .find(|l| l.id == id && l.live)
        .ok_or(WebError::NotFound)?;
    let lang = ctx.lang();
    let what = vec![
        Named::new(&tr!(lang, "confirm-revoke-what", label = NAME), &link.label),
        plain(tr!(lang, "confirm-revoke-guests", guests = link.guests)),
    ];
    let confirm = Confirm {
        action: links.revoke,
        csrf: ctx.session.csrf.clone(),
        hidden: vec![Hidden {
            name: "link",
            value: id.to_string(),
        }],
        fields: Vec::new(),
        button: Some(tr!(lang, "work-share-revoke")),
        code: "revoke",
        cancel: cancel(&ctx),
    };
    let heading = tr!(lang, "confirm-revoke-heading");
    Ok(Html(render(&ConfirmPage::new(
        &ctx, heading, what, None, confirm,
    )))
    .into_response())
}

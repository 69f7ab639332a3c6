//! Comments: the list a user may see (internal ones for the team only), the form to add one
//! anchored where it is shown, and the team's moderation.

use axum::extract::{Path, State};
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::access::Action;
use mgi_model::{Anchor, CommentState, Visibility};
use mgi_store::NewComment;

use super::extract::{Acting, Comment, Moderate};
use super::{Ctx, labels};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FormFields, Refusals, back_to, refused_page};
use crate::form::{Fields, field};
use crate::views::{Choice, indicator_name};
use mgi_framework::Framework;

/// What a comment is about, in words: "the assessment", "a finding", "the indicator “Dual
/// citizenship”" (never a key: the comment sits on the finding's page, or links to it).
pub(super) fn anchor_label(lang: Lang, fw: &Framework, a: &Anchor) -> String {
    match a {
        Anchor::General => tr!(lang, "work-anchor-general"),
        Anchor::Finding(_) => tr!(lang, "work-anchor-finding"),
        Anchor::Indicator(i) => tr!(
            lang,
            "work-anchor-indicator",
            name = indicator_name(lang, fw, i)
        ),
    }
}

/// Where a comment form sends the reader back to.
pub(super) fn page_of(ctx: &Ctx, a: &Anchor) -> String {
    ctx.url(&page_path(a))
}

/// The page of the assessment where comments on `a` are written, after its address.
fn page_path(a: &Anchor) -> String {
    match a {
        Anchor::General => String::new(),
        Anchor::Finding(k) => format!("/findings/{k}"),
        Anchor::Indicator(i) => format!("/indicators/{i}"),
    }
}

/// The comments of a page and the form to add one (`thread` in
/// `templates/partials/comments.html`).
pub struct Thread {
    pub comments: Vec<CommentView>,
    /// For those who may comment.
    pub form: Option<CommentForm>,
}

/// A comment as its reader sees it.
pub struct CommentView {
    pub key: String,
    pub internal: bool,
    /// The state's code, for the stylesheet and the tests.
    pub state: &'static str,
    pub state_name: String,
    pub author: String,
    /// "on indicator x".
    pub on: String,
    /// When it was written, as the language writes dates.
    pub when: String,
    /// The same, for `<time datetime>`.
    pub stamp: String,
    /// Markdown.
    pub text: String,
    /// The team's form that sets its state.
    pub moderation: Option<Moderation>,
}

/// The form that sets a comment's state.
pub struct Moderation {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub states: Vec<Choice>,
}

/// The form adding a comment anchored where it is shown, with what was typed and its
/// refusals when it comes back.
pub struct CommentForm {
    pub action: String,
    pub csrf: String,
    /// The anchor's kind and reference, as the form posts them.
    pub anchor: &'static str,
    pub reference: String,
    /// "Your comment on indicator x".
    pub label: String,
    /// Who may read it, for the team (the government's comments are for both).
    pub visibility: Option<Vec<Choice>>,
    pub text: String,
    pub refusals: Refusals,
}

impl CommentForm {
    fn new(ctx: &Ctx, fw: &Framework, anchor: &Anchor, visibility: Visibility) -> CommentForm {
        let lang = ctx.lang();
        let (kind, reference) = match anchor {
            Anchor::General => ("general", ""),
            Anchor::Finding(k) => ("finding", k.as_str()),
            Anchor::Indicator(i) => ("indicator", i.as_str()),
        };
        CommentForm {
            action: ctx.url("/comments"),
            csrf: ctx.session.csrf.clone(),
            anchor: kind,
            reference: reference.to_owned(),
            label: tr!(
                lang,
                "work-comment-yours",
                anchor = anchor_label(lang, fw, anchor)
            ),
            visibility: ctx
                .can(Action::ReadInternal)
                .then(|| Choice::all(lang, Visibility::ALL, Visibility::as_str, Some(visibility))),
            text: String::new(),
            refusals: Refusals::default(),
        }
    }
}

/// The comment form's fields: the text, labelled with what it is about, and who may read it.
impl FormFields for CommentForm {
    fn field(&self, lang: Lang, place: &str) -> Option<(String, String)> {
        match place {
            "text" => Some(("comment-text".to_owned(), self.label.clone())),
            "visibility" => Some((
                "visibility".to_owned(),
                tr!(lang, "work-comment-visible-to"),
            )),
            _ => None,
        }
    }
}

/// The comments of a page about `anchor` that this reader may see (the workspace, `General`,
/// lists them all), internal ones for the team only, and the form to add one.
pub async fn thread(state: &AppState, ctx: &Ctx, anchor: &Anchor) -> WebResult<Thread> {
    let lang = ctx.lang();
    let internal = ctx.can(Action::ReadInternal);
    let moderate = ctx.can(Action::Moderate);
    let comments = state
        .store
        .comments(&ctx.code, ctx.year)
        .await?
        .into_iter()
        .filter(|c| {
            let m = &c.value;
            (internal || m.visibility != Visibility::Internal)
                && (*anchor == Anchor::General || m.anchor == *anchor)
        })
        .map(|c| {
            let m = c.value;
            CommentView {
                internal: m.visibility == Visibility::Internal,
                state: m.state.as_str(),
                state_name: m.state.localise(lang),
                on: tr!(
                    lang,
                    "work-comment-on",
                    anchor = anchor_label(lang, state.store.framework(), &m.anchor)
                ),
                when: labels::when(lang, m.created),
                stamp: m.created.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                moderation: moderate.then(|| Moderation {
                    action: ctx.url(&format!("/comments/{}", m.key)),
                    csrf: ctx.session.csrf.clone(),
                    version: c.version,
                    states: Choice::all(
                        lang,
                        CommentState::ALL,
                        CommentState::as_str,
                        Some(m.state),
                    ),
                }),
                key: m.key,
                author: m.author,
                text: m.text,
            }
        })
        .collect();
    let form = ctx
        .can(Action::Comment)
        .then(|| CommentForm::new(ctx, state.store.framework(), anchor, Visibility::Government));
    Ok(Thread { comments, form })
}

fn anchor_of(f: &Fields) -> WebResult<Anchor> {
    let reference = f.get("ref").trim().to_owned();
    match f.get("anchor") {
        "general" => Ok(Anchor::General),
        "finding" if !reference.is_empty() => Ok(Anchor::Finding(reference)),
        "indicator" if !reference.is_empty() => Ok(Anchor::Indicator(reference)),
        _ => Err(field("anchor", &tr!(f.lang(), "work-field-anchor"))),
    }
}

pub async fn add(
    State(state): State<AppState>,
    Acting {
        mut ctx, form: f, ..
    }: Acting<Comment>,
) -> WebResult {
    let lang = ctx.lang();
    let anchor = anchor_of(&f)?;
    let mut refused = Vec::new();
    let visibility = f.choice(
        "visibility",
        Visibility::parse,
        &tr!(lang, "work-field-visibility"),
        Visibility::Government,
        &mut refused,
    );
    if visibility == Visibility::Internal && !ctx.can(Action::ReadInternal) {
        refused.push((
            "visibility".to_owned(),
            tr!(lang, "work-field-internal-only"),
        ));
    }
    let comment = NewComment {
        anchor,
        visibility,
        text: f.get("text").to_owned(),
    };
    let added = if refused.is_empty() {
        let author = ctx.session.display_name.clone();
        state
            .store
            .add_comment(&ctx.code, ctx.year, &comment, &author)
            .await
            .map_err(WebError::from)
    } else {
        Err(WebError::Form(refused))
    };
    let Err(e) = added else {
        return Ok(back_to(
            &format!("{}#comments", page_of(&ctx, &comment.anchor)),
            Done::CommentAdded,
        ));
    };
    // A comment on something the assessment does not have has no page to come back on.
    if Refusals::names_record(&e, "anchor") {
        return Err(e);
    }
    ctx.showing(page_path(&comment.anchor).as_str());
    let mut form = CommentForm::new(&ctx, state.store.framework(), &comment.anchor, visibility);
    form.refusals = Refusals::of(e, lang, &form)?;
    form.text = comment.text;
    // Back on the page the comment was written on, in its place.
    Ok(match &comment.anchor {
        Anchor::General => {
            let mut page = super::assessment::workspace_page(&state, &ctx).await?;
            page.comments.form = Some(form);
            refused_page(&page)
        }
        Anchor::Finding(key) => {
            let mut page = super::finding::finding_page(&state, &ctx, key).await?;
            if let Some(thread) = page.comments.as_mut() {
                thread.form = Some(form);
            }
            refused_page(&page)
        }
        Anchor::Indicator(id) => {
            let mut page = super::answer::indicator_page(&state, &ctx, id).await?;
            page.comments.form = Some(form);
            refused_page(&page)
        }
    })
}

pub async fn set_state(
    State(state): State<AppState>,
    Path((_, _, key)): Path<(String, String, String)>,
    Acting { ctx, form: f, .. }: Acting<Moderate>,
) -> WebResult {
    let to = f.parsed(
        "state",
        CommentState::parse,
        &tr!(ctx.lang(), "work-field-comment-state"),
    )?;
    state
        .store
        .set_comment_state(&ctx.code, ctx.year, &key, to, f.version()?, ctx.actor())
        .await?;
    Ok(back_to(
        &format!("{}#comment-{key}", ctx.url("")),
        Done::CommentUpdated,
    ))
}

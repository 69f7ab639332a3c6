//! Comments: the list a user may see (internal ones for the team only), the form to add one
//! anchored where it is shown, and the team's moderation.

use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_model::access::Action;
use mgi_model::{Anchor, CommentState, Visibility};
use mgi_store::NewComment;

use super::{Ctx, back_to};
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::WebResult;
use crate::form::{Fields, field};
use crate::html::{csrf_field, escape, options};
use crate::ui::Ui;

fn anchor_label(a: &Anchor) -> String {
    match a {
        Anchor::General => "the assessment".into(),
        Anchor::Finding(k) => format!("finding {k}"),
        Anchor::Indicator(i) => format!("indicator {i}"),
    }
}

/// Where a comment form sends the reader back to.
fn page_of(ctx: &Ctx, a: &Anchor) -> String {
    match a {
        Anchor::General => ctx.url(""),
        Anchor::Finding(k) => ctx.url(&format!("/findings/{k}")),
        Anchor::Indicator(i) => ctx.url(&format!("/indicators/{i}")),
    }
}

/// The comments section of a page about `anchor` (the workspace, `General`, lists them all).
pub async fn section(state: &AppState, ctx: &Ctx, anchor: &Anchor) -> WebResult<String> {
    let internal = ctx.can(Action::ReadInternal);
    let moderate = ctx.can(Action::Moderate);
    let mut out = String::from("<h2 id=\"comments\">Comments</h2>\n");
    let mut shown = 0;
    for c in state.store.comments(&ctx.code, ctx.year).await? {
        let m = &c.value;
        if (m.visibility == Visibility::Internal && !internal)
            || (*anchor != Anchor::General && m.anchor != *anchor)
        {
            continue;
        }
        shown += 1;
        let class = if m.visibility == Visibility::Internal {
            " class=\"internal\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<article{class} id=\"comment-{key}\"><p><strong>{}</strong> on {} · {} · <em>{}</em>{}</p>{}",
            escape(&m.author),
            escape(&anchor_label(&m.anchor)),
            m.created.format("%Y-%m-%d %H:%M"),
            m.state.as_str(),
            if m.visibility == Visibility::Internal {
                " · internal"
            } else {
                ""
            },
            crate::html::markdown(&m.text),
            key = escape(&m.key),
        );
        if moderate {
            let states = [
                CommentState::Open,
                CommentState::Accepted,
                CommentState::Declined,
                CommentState::Resolved,
            ];
            let _ = write!(
                out,
                "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{}\"><label for=\"state-{key}\">State</label><select id=\"state-{key}\" name=\"state\">{}</select><button>Set</button></form>",
                ctx.url(&format!("/comments/{}", m.key)),
                csrf_field(&ctx.session),
                c.version,
                options(
                    states.iter().map(|s| (s.as_str(), s.as_str())),
                    m.state.as_str()
                ),
                key = escape(&m.key),
            );
        }
        out.push_str("</article>\n");
    }
    if shown == 0 {
        out.push_str("<p class=\"muted\">No comments yet.</p>\n");
    }
    if ctx.can(Action::Comment) {
        let (kind, reference) = match anchor {
            Anchor::General => ("general", ""),
            Anchor::Finding(k) => ("finding", k.as_str()),
            Anchor::Indicator(i) => ("indicator", i.as_str()),
        };
        let visibility = if internal {
            format!(
                "<label for=\"visibility\">Visible to</label><select id=\"visibility\" name=\"visibility\">{}</select>",
                options(
                    [
                        ("government", "the government and the team"),
                        ("internal", "the team only")
                    ],
                    "government"
                )
            )
        } else {
            "<input type=\"hidden\" name=\"visibility\" value=\"government\">".to_owned()
        };
        let _ = writeln!(
            out,
            "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"anchor\" value=\"{kind}\"><input type=\"hidden\" name=\"ref\" value=\"{}\"><label for=\"comment-text\">Your comment on {}</label><textarea id=\"comment-text\" name=\"text\" required maxlength=\"10000\"></textarea>{visibility}<button>Comment</button></form>",
            ctx.url("/comments"),
            csrf_field(&ctx.session),
            escape(reference),
            escape(&anchor_label(anchor)),
        );
    }
    Ok(out)
}

fn anchor_of(f: &Fields) -> WebResult<Anchor> {
    let reference = f.get("ref").trim().to_owned();
    match f.get("anchor") {
        "general" => Ok(Anchor::General),
        "finding" if !reference.is_empty() => Ok(Anchor::Finding(reference)),
        "indicator" if !reference.is_empty() => Ok(Anchor::Indicator(reference)),
        _ => Err(field(
            "anchor",
            "must be general, or a finding or an indicator with its reference",
        )),
    }
}

pub async fn add(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Path<(String, String)>,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Comment).await?;
    let visibility = f.parsed(
        "visibility",
        Visibility::parse,
        "must be government or internal",
    )?;
    if visibility == Visibility::Internal && !ctx.can(Action::ReadInternal) {
        return Err(field(
            "visibility",
            "only the team writes internal comments",
        ));
    }
    let comment = NewComment {
        anchor: anchor_of(&f)?,
        visibility,
        text: f.get("text").to_owned(),
    };
    let author = ctx.session.display_name.clone();
    state
        .store
        .add_comment(&ctx.code, ctx.year, &comment, &author)
        .await?;
    Ok(back_to(&format!(
        "{}#comments",
        page_of(&ctx, &comment.anchor)
    )))
}

pub async fn set_state(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, key)): Path<(String, String, String)>,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Moderate).await?;
    let to = f.parsed(
        "state",
        CommentState::parse,
        "must be open, accepted, declined or resolved",
    )?;
    state
        .store
        .set_comment_state(&ctx.code, ctx.year, &key, to, f.version()?, ctx.actor())
        .await?;
    Ok(back_to(&format!("{}#comment-{key}", ctx.url(""))))
}

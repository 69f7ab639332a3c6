//! Comments: the list a user may see (internal ones for the team only), the form to add one
//! anchored where it is shown, and the team's moderation.

use mgi_i18n::Localise;
use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_i18n::{Lang, date, tr};
use mgi_model::access::Action;
use mgi_model::{Anchor, CommentState, Visibility};
use mgi_store::NewComment;

use super::extract::{Acting, Comment, Moderate};
use super::{Ctx, back_to, labels};
use crate::AppState;
use crate::error::WebResult;
use crate::form::{Fields, field};
use crate::html::{csrf_field, escape, options};

/// What a comment is about, in words: "the assessment", "finding x", "indicator y".
fn anchor_label(lang: Lang, a: &Anchor) -> String {
    match a {
        Anchor::General => tr!(lang, "work-anchor-general"),
        Anchor::Finding(k) => tr!(lang, "work-anchor-finding", key = k),
        Anchor::Indicator(i) => tr!(lang, "work-anchor-indicator", id = i),
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
    let lang = ctx.lang();
    let internal = ctx.can(Action::ReadInternal);
    let moderate = ctx.can(Action::Moderate);
    let mut out = format!(
        "<h2 id=\"comments\">{}</h2>\n",
        escape(&tr!(lang, "work-comments"))
    );
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
        let internal_mark = if m.visibility == Visibility::Internal {
            format!(" · {}", escape(&tr!(lang, "work-comment-internal")))
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<article{class} id=\"comment-{key}\" data-state=\"{}\"><p><strong>{}</strong> {} · {} {} · <em>{}</em>{internal_mark}</p>{}",
            m.state.as_str(),
            crate::html::bdi(&m.author),
            escape(&tr!(
                lang,
                "work-comment-on",
                anchor = anchor_label(lang, &m.anchor)
            )),
            date(lang, m.created.date_naive()),
            m.created.format("%H:%M"),
            escape(&m.state.localise(lang)),
            crate::html::markdown(&m.text),
            key = escape(&m.key),
        );
        if moderate {
            let states = labels::choices(CommentState::ALL, CommentState::as_str, |s| {
                s.localise(lang)
            });
            let _ = write!(
                out,
                "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{}\"><label for=\"state-{key}\">{}</label><select id=\"state-{key}\" name=\"state\">{}</select><button>{}</button></form>",
                ctx.url(&format!("/comments/{}", m.key)),
                csrf_field(&ctx.session),
                c.version,
                escape(&tr!(lang, "work-comment-state-label")),
                options(labels::pairs(&states), m.state.as_str()),
                escape(&tr!(lang, "work-comment-set")),
                key = escape(&m.key),
            );
        }
        out.push_str("</article>\n");
    }
    if shown == 0 {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>",
            escape(&tr!(lang, "work-comments-none"))
        );
    }
    if ctx.can(Action::Comment) {
        let (kind, reference) = match anchor {
            Anchor::General => ("general", ""),
            Anchor::Finding(k) => ("finding", k.as_str()),
            Anchor::Indicator(i) => ("indicator", i.as_str()),
        };
        let visibility = if internal {
            let choices =
                labels::choices(Visibility::ALL, Visibility::as_str, |v| v.localise(lang));
            format!(
                "<label for=\"visibility\">{}</label><select id=\"visibility\" name=\"visibility\">{}</select>",
                escape(&tr!(lang, "work-comment-visible-to")),
                options(labels::pairs(&choices), "government")
            )
        } else {
            "<input type=\"hidden\" name=\"visibility\" value=\"government\">".to_owned()
        };
        let _ = writeln!(
            out,
            "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"anchor\" value=\"{kind}\"><input type=\"hidden\" name=\"ref\" value=\"{}\"><label for=\"comment-text\">{}</label><textarea id=\"comment-text\" name=\"text\" required maxlength=\"10000\"></textarea>{visibility}<button data-save=\"comment\">{}</button></form>",
            ctx.url("/comments"),
            csrf_field(&ctx.session),
            escape(reference),
            escape(&tr!(
                lang,
                "work-comment-yours",
                anchor = anchor_label(lang, anchor)
            )),
            escape(&tr!(lang, "work-comment-button")),
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
        _ => Err(field("anchor", &tr!(f.lang(), "work-field-anchor"))),
    }
}

pub async fn add(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Comment>,
) -> WebResult {
    let lang = ctx.lang();
    let visibility = f.parsed(
        "visibility",
        Visibility::parse,
        &tr!(lang, "work-field-visibility"),
    )?;
    if visibility == Visibility::Internal && !ctx.can(Action::ReadInternal) {
        return Err(field("visibility", &tr!(lang, "work-field-internal-only")));
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
    Ok(back_to(&format!("{}#comment-{key}", ctx.url(""))))
}

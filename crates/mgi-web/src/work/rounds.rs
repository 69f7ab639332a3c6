//! The team's side of rounds: start the next round of a jurisdiction from this one, and
//! annotate the change log between an earlier round and this one.

use axum::extract::{RawQuery, State};
use mgi_i18n::tr;
use mgi_model::DocError;
use mgi_model::access::Action;
use mgi_store::{ChangeLogLine, RoundNote, StoreError};

use super::extract::{Acting, Annotate, Opened, StartRound};
use super::{Ctx, back_to};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::html::{csrf_field, escape};
use crate::portal::change_log::change_log;
use crate::portal::progress::year_param;

/// `POST /work/<code>/<year>/rounds`: the next round, carried over from this one.
pub async fn start(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<StartRound>,
) -> WebResult {
    let next: i32 = f.parsed(
        "year",
        |v| v.parse().ok(),
        &tr!(ctx.lang(), "work-field-round-year"),
    )?;
    state
        .store
        .new_round(&ctx.code, ctx.year, next, ctx.actor())
        .await?;
    Ok(back_to(&ctx.ui.href(&format!("/work/{}/{next}", ctx.code))))
}

fn note_form(ctx: &Ctx, from: i32, indicator: &str, note: Option<&RoundNote>) -> String {
    let lang = ctx.lang();
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"from\" value=\"{from}\"><input type=\"hidden\" name=\"indicator\" value=\"{}\"><input type=\"hidden\" name=\"version\" value=\"{}\"><textarea name=\"note\" rows=\"2\" aria-label=\"{}\">{}</textarea><button>{}</button></form>",
        ctx.url("/progress"),
        csrf_field(&ctx.session),
        escape(indicator),
        note.map_or(0, |n| n.version),
        escape(&tr!(lang, "work-note-on", id = indicator)),
        note.map(|n| escape(&n.note)).unwrap_or_default(),
        escape(&tr!(lang, "work-note-save")),
    )
}

/// `GET /work/<code>/<year>/progress?from=<year>`: the change log from an earlier stored round
/// to this one (drafts included), with a note form per line for those who may annotate.
pub async fn page(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    Opened(ctx): Opened,
) -> WebResult {
    let from = match year_param(ctx.ui.lang, query.as_deref(), "from")? {
        Some(y) => y,
        None => state
            .store
            .list_assessments()
            .await?
            .iter()
            .filter(|a| a.jurisdiction == ctx.code && a.year < i64::from(ctx.year))
            .map(|a| a.year)
            .max()
            .and_then(|y| i32::try_from(y).ok())
            .ok_or(WebError::NotFound)?,
    };
    let earlier = state.store.export_assessment(&ctx.code, from).await?;
    let later = state.store.export_assessment(&ctx.code, ctx.year).await?;
    let d = mgi_model::diff::diff(&earlier, &later, state.store.framework())
        .map_err(|e| StoreError::Invalid(vec![DocError::new("from", e.into())]))?;
    let notes = state.store.round_notes(&ctx.code, from, ctx.year).await?;
    let annotate = ctx.can(Action::Annotate);
    let form = |indicator: &str, note: Option<&RoundNote>| {
        if annotate {
            note_form(&ctx, from, indicator, note)
        } else {
            String::new()
        }
    };
    let lang = ctx.lang();
    // Years as they are written, without grouping.
    let body = format!(
        "<h1>{}</h1>\n<p class=\"muted\">{}</p>\n{}",
        escape(&tr!(
            lang,
            "work-progress-heading",
            from = from.to_string(),
            to = ctx.year.to_string()
        )),
        escape(&tr!(lang, "work-progress-intro")),
        change_log(&ctx.ui, state.store.framework(), &d, &notes, &form)
    );
    Ok(ctx.page(&tr!(lang, "work-progress-title"), &body))
}

/// `POST /work/<code>/<year>/progress`: save one note; a stale version gives the conflict page.
pub async fn save_note(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Annotate>,
) -> WebResult {
    let from: i32 = f.parsed(
        "from",
        |v| v.parse().ok(),
        &tr!(ctx.lang(), "work-field-from"),
    )?;
    let indicator = f.required("indicator")?;
    let note = f.get("note").trim();
    let line = ChangeLogLine {
        jurisdiction: &ctx.code,
        from,
        to: ctx.year,
        indicator,
    };
    match state
        .store
        .save_round_note(&line, note, f.version()?, ctx.actor())
        .await
    {
        Ok(_) => Ok(back_to(&ctx.url(&format!("/progress?from={from}")))),
        Err(StoreError::Conflict { .. }) => {
            let notes = state.store.round_notes(&ctx.code, from, ctx.year).await?;
            let theirs = notes.iter().find(|n| n.indicator == indicator);
            let mut mine = theirs.cloned().unwrap_or(RoundNote {
                indicator: indicator.to_owned(),
                note: String::new(),
                author: String::new(),
                updated_at: String::new(),
                version: 0,
            });
            let their_text = escape(&mine.note);
            mine.note = note.to_owned();
            Ok(super::conflict(
                &ctx,
                &tr!(ctx.lang(), "work-what-note"),
                &their_text,
                &escape(note),
                &note_form(&ctx, from, indicator, Some(&mine)),
            ))
        }
        Err(e) => Err(e.into()),
    }
}

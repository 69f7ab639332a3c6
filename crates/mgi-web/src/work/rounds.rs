//! The team's side of rounds: start the next round of a jurisdiction from this one, and
//! annotate the change log between an earlier round and this one.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::Framework;
use mgi_i18n::tr;
use mgi_model::DocError;
use mgi_model::access::Action;
use mgi_store::{ChangeLogLine, RoundNote, StoreError};

use super::extract::{Acting, Annotate, Opened, StartRound};
use super::{ConflictHead, Ctx, conflict_page};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FieldTable, FormFields, Refusals, back_to, refused_page};
use crate::layout::{Chrome, render};
use crate::portal::change_log::{ChangeLine, ChangeLog};
use crate::portal::progress::year_param;
use crate::views::indicator_name;

/// The form on the workspace that starts the next round, offering the year three years on.
pub struct RoundForm {
    pub action: String,
    pub year: String,
    pub refusals: Refusals,
}

impl RoundForm {
    pub fn new(ctx: &Ctx) -> RoundForm {
        RoundForm {
            action: ctx.url("/rounds"),
            year: (ctx.year + 3).to_string(),
            refusals: Refusals::default(),
        }
    }
}

/// The round form's one field.
const ROUND_FIELDS: FieldTable<'static> = FieldTable {
    fields: &[("year", "next-year", "work-round-label")],
    suffix: "",
};

/// `POST /work/<code>/<year>/rounds`: the next round, carried over from this one.
pub async fn start(
    State(state): State<AppState>,
    Acting {
        mut ctx, form: f, ..
    }: Acting<StartRound>,
) -> WebResult {
    let started = match f.parsed(
        "year",
        |v| v.parse().ok(),
        &tr!(ctx.lang(), "work-field-round-year"),
    ) {
        Ok(next) => state
            .store
            .new_round(&ctx.code, ctx.year, next, ctx.actor())
            .await
            .map(|_| next)
            .map_err(WebError::from),
        Err(e) => Err(e),
    };
    match started {
        Ok(next) => Ok(back_to(
            &ctx.ui.href(&format!("/work/{}/{next}", ctx.code)),
            Done::RoundStarted,
        )),
        Err(e) => {
            let refusals = Refusals::of(e, ctx.lang(), &ROUND_FIELDS)?;
            ctx.showing("");
            let mut page = super::assessment::workspace_page(&state, &ctx).await?;
            page.round = Some(RoundForm {
                year: f.get("year").to_owned(),
                refusals,
                ..RoundForm::new(&ctx)
            });
            Ok(refused_page(&page))
        }
    }
}

/// The team's note on the line of `indicator` in the change log from the round `from` (`note_form`
/// in `templates/partials/round_note.html`).
pub struct NoteForm {
    pub action: String,
    pub csrf: String,
    pub from: i32,
    pub indicator: String,
    pub version: i64,
    /// "Note on x", for the text area.
    pub label: String,
    pub note: String,
    pub refusals: Refusals,
}

impl NoteForm {
    fn new(
        ctx: &Ctx,
        fw: &Framework,
        from: i32,
        indicator: &str,
        note: Option<&RoundNote>,
    ) -> NoteForm {
        NoteForm {
            action: ctx.url("/progress"),
            csrf: ctx.session.csrf.clone(),
            from,
            indicator: indicator.to_owned(),
            version: note.map_or(0, |n| n.version),
            label: tr!(
                ctx.lang(),
                "work-note-on",
                name = indicator_name(ctx.lang(), fw, indicator)
            ),
            note: note.map(|n| n.note.clone()).unwrap_or_default(),
            refusals: Refusals::default(),
        }
    }

    /// The id of the note's text area: each line's form has its own.
    pub fn id(&self) -> String {
        format!("note-{}", self.indicator)
    }

    /// What is wrong with the note, or "".
    pub fn error(&self) -> String {
        self.refusals.at(&self.id())
    }
}

/// A note form's one field, labelled with the line it is on.
impl FormFields for NoteForm {
    fn field(&self, _: mgi_i18n::Lang, place: &str) -> Option<(String, String)> {
        (place == "note").then(|| (self.id(), self.label.clone()))
    }
}

/// The team's change log page: the change log from an earlier round, each line with its note
/// form for those who may annotate.
#[derive(Template)]
#[template(path = "work/progress.html")]
pub struct ProgressPage {
    pub chrome: Chrome,
    pub heading: String,
    pub intro: String,
    pub log: ChangeLog,
    /// The note form of each line, by indicator; empty for those who may not annotate.
    pub forms: BTreeMap<String, NoteForm>,
}

impl ProgressPage {
    /// The note form of `line`, if the reader may annotate.
    pub fn form(&self, line: &ChangeLine) -> Option<&NoteForm> {
        self.forms.get(&line.indicator.id)
    }
}

/// A note saved meanwhile by someone else.
#[derive(Template)]
#[template(path = "work/note_conflict.html")]
pub struct NoteConflict {
    pub chrome: Chrome,
    pub conflict: ConflictHead,
    pub theirs: String,
    pub mine: String,
    pub form: NoteForm,
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
    let page = progress_page(&state, &ctx, from, None).await?;
    Ok(Html(render(&page)).into_response())
}

/// The change log from the round `from`, with `refused` (as typed) in the place of its line's
/// note form.
async fn progress_page(
    state: &AppState,
    ctx: &Ctx,
    from: i32,
    refused: Option<NoteForm>,
) -> WebResult<ProgressPage> {
    let earlier = state.store.export_assessment(&ctx.code, from).await?;
    let later = state.store.export_assessment(&ctx.code, ctx.year).await?;
    let d = mgi_model::diff::diff(&earlier, &later, state.store.framework())
        .map_err(|e| StoreError::Invalid(vec![DocError::new("from", e.into())]))?;
    let notes = state.store.round_notes(&ctx.code, from, ctx.year).await?;
    let lang = ctx.lang();
    let log = ChangeLog::new(&ctx.ui, state.store.framework(), &d, &notes);
    let mut forms: BTreeMap<String, NoteForm> = if ctx.can(Action::Annotate) {
        log.lines()
            .map(|l| {
                let form = NoteForm::new(
                    ctx,
                    state.store.framework(),
                    from,
                    &l.indicator.id,
                    l.note.as_ref(),
                );
                (l.indicator.id.clone(), form)
            })
            .collect()
    } else {
        BTreeMap::new()
    };
    if let Some(form) = refused
        && let Some(line) = forms.get_mut(&form.indicator)
    {
        *line = form;
    }
    Ok(ProgressPage {
        chrome: ctx.chrome(&tr!(lang, "work-progress-title")),
        // Years as they are written, without grouping.
        heading: tr!(
            lang,
            "work-progress-heading",
            from = from.to_string(),
            to = ctx.year.to_string()
        ),
        intro: tr!(lang, "work-progress-intro"),
        log,
        forms,
    })
}

/// `POST /work/<code>/<year>/progress`: save one note; a stale version gives the conflict page.
pub async fn save_note(
    State(state): State<AppState>,
    Acting {
        mut ctx, form: f, ..
    }: Acting<Annotate>,
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
    let version = f.version()?;
    match state
        .store
        .save_round_note(&line, note, version, ctx.actor())
        .await
    {
        Ok(_) => Ok(back_to(
            &ctx.url(&format!("/progress?from={from}")),
            Done::RoundNoteSaved,
        )),
        Err(StoreError::Conflict { .. }) => {
            let notes = state.store.round_notes(&ctx.code, from, ctx.year).await?;
            let theirs = notes.iter().find(|n| n.indicator == indicator);
            let mut form = NoteForm::new(&ctx, state.store.framework(), from, indicator, theirs);
            let their_text = std::mem::replace(&mut form.note, note.to_owned());
            let lang = ctx.lang();
            Ok(conflict_page(&NoteConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-note")),
                theirs: their_text,
                mine: note.to_owned(),
                form,
            }))
        }
        Err(e) => {
            ctx.showing(&format!("/progress?from={from}"));
            let mut form = NoteForm::new(&ctx, state.store.framework(), from, indicator, None);
            form.refusals = Refusals::of(e.into(), ctx.lang(), &form)?;
            form.version = version;
            form.note = f.get("note").to_owned();
            let page = progress_page(&state, &ctx, from, Some(form)).await?;
            Ok(refused_page(&page))
        }
    }
}

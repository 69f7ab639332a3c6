//! The indicator page: the question, the answer with its evidence, and the comments on it. The
//! team edits here, citing sources of the register or a new one created in the same form. A save
//! based on a stale version shows both versions and keeps what was typed.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use mgi_i18n::Localise;
use mgi_i18n::{Lang, tr};
use mgi_model::access::Action;
use mgi_model::{Anchor, AnswerStatus, AnswerValue, Confidence, Source};
use mgi_store::{AnswerEdit, StoreError, Versioned};

use super::evidence::{EvidenceFields, add_new_source, cited, evidence_field, read_citations};
use super::extract::{Acting, Edit, Opened};
use super::{ConflictHead, Ctx, comments, conflict_page};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FormFields, Refusals, back_to, refused_page};
use crate::filters;
use crate::form::Fields;
use crate::layout::{Chrome, render};
use crate::ui::colon;
use crate::views::{Choice, Cited, Label, ValueTag, indicator_name};

type Key = Path<(String, String, String)>;

fn in_set(state: &AppState, ctx: &Ctx, id: &str) -> bool {
    ctx.framework_set(state.store.framework())
        .is_some_and(|s| s.contains(id))
}

fn empty_edit() -> AnswerEdit {
    AnswerEdit {
        value: AnswerValue::Unknown,
        narrative: String::new(),
        status: AnswerStatus::NotStarted,
        confidence: None,
        notes: String::new(),
        citations: Vec::new(),
    }
}

fn edit_of(a: &mgi_model::Answer) -> AnswerEdit {
    AnswerEdit {
        value: a.value,
        narrative: a.narrative.clone(),
        status: a.status,
        confidence: a.confidence,
        notes: a.notes.clone(),
        citations: a.citations.clone(),
    }
}

/// One answer for reading (`answers::shown` in `partials/answers.html`).
pub struct Shown {
    pub colon: &'static str,
    pub value: ValueTag,
    pub status: String,
    /// Markdown.
    pub narrative: String,
    pub cited: Vec<Cited>,
}

impl Shown {
    fn new(lang: Lang, e: &AnswerEdit, sources: &[Versioned<Source>]) -> Shown {
        Shown {
            colon: colon(lang),
            value: ValueTag::new(lang, e.value),
            status: e.status.localise(lang),
            narrative: e.narrative.clone(),
            cited: cited(&e.citations, sources),
        }
    }
}

/// The answer form (`partials/answer_form.html`), filled, saving on top of `version`, with
/// what was refused when it comes back.
pub struct AnswerForm {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub values: Vec<Choice>,
    pub narrative: String,
    pub statuses: Vec<Choice>,
    pub confidences: Vec<Choice>,
    pub notes: String,
    pub evidence: EvidenceFields,
    pub refusals: Refusals,
}

impl AnswerForm {
    fn new(
        ctx: &Ctx,
        id: &str,
        e: &AnswerEdit,
        version: i64,
        sources: &[Versioned<Source>],
        refusals: Refusals,
    ) -> AnswerForm {
        let lang = ctx.lang();
        let mut confidences = vec![Choice {
            value: String::new(),
            label: tr!(lang, "work-confidence-none"),
            selected: e.confidence.is_none(),
        }];
        confidences.extend(Choice::all(
            lang,
            Confidence::ALL,
            Confidence::as_str,
            e.confidence,
        ));
        AnswerForm {
            action: ctx.url(&format!("/indicators/{id}")),
            csrf: ctx.session.csrf.clone(),
            version,
            values: Choice::all(lang, AnswerValue::ALL, AnswerValue::as_str, Some(e.value)),
            narrative: e.narrative.clone(),
            statuses: Choice::all(
                lang,
                AnswerStatus::ALL,
                AnswerStatus::as_str,
                Some(e.status),
            ),
            confidences,
            notes: e.notes.clone(),
            evidence: EvidenceFields::new(lang, &e.citations, sources, &|id| refusals.at(id)),
            refusals,
        }
    }
}

/// The answer form's fields as its refusals name them.
struct AnswerFields;

impl FormFields for AnswerFields {
    fn field(&self, lang: Lang, place: &str) -> Option<(String, String)> {
        let key = match place {
            "value" => "work-answer-value",
            "narrative" => "work-answer-narrative",
            "status" => "work-col-status",
            "confidence" => "work-answer-confidence",
            "notes" => "work-answer-notes",
            "version" => return None,
            _ => return evidence_field(lang, place),
        };
        Some((place.to_owned(), mgi_i18n::tr(lang, key)))
    }
}

/// The answer on its page: the form for the team; for the others, the answer for reading and
/// the research notes when they may read them and there are some.
pub enum Answer {
    Editing(AnswerForm),
    Reading(Shown, Option<String>),
}

/// `/work/<code>/<year>/indicators/<id>`.
#[derive(Template)]
#[template(path = "work/answer.html")]
pub struct AnswerPage {
    pub chrome: Chrome,
    pub question: Option<Label>,
    pub guidance: Option<Label>,
    pub answer: Answer,
    pub comments: comments::Thread,
}

/// Someone saved the answer first (409).
#[derive(Template)]
#[template(path = "work/answer_conflict.html")]
pub struct AnswerConflict {
    pub chrome: Chrome,
    pub conflict: ConflictHead,
    pub theirs: Shown,
    pub mine: Shown,
    pub form: AnswerForm,
}

pub async fn show(
    State(state): State<AppState>,
    Path((_, _, id)): Key,
    Opened(ctx): Opened,
) -> WebResult {
    Ok(Html(render(&indicator_page(&state, &ctx, &id).await?)).into_response())
}

/// The page of the indicator `id` with its answer as stored.
pub(super) async fn indicator_page(state: &AppState, ctx: &Ctx, id: &str) -> WebResult<AnswerPage> {
    if !in_set(state, ctx, id) {
        return Err(WebError::NotFound);
    }
    let (edit, version) = stored(state, ctx, id).await?;
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let answer = if ctx.can(Action::Edit) {
        Answer::Editing(AnswerForm::new(
            ctx,
            id,
            &edit,
            version,
            &sources,
            Refusals::default(),
        ))
    } else {
        let notes =
            (ctx.can(Action::ReadInternal) && !edit.notes.is_empty()).then(|| edit.notes.clone());
        Answer::Reading(Shown::new(ctx.lang(), &edit, &sources), notes)
    };
    page(state, ctx, id, answer).await
}

/// The answer as stored and its version (a blank answer at version 0 when there is none).
async fn stored(state: &AppState, ctx: &Ctx, id: &str) -> WebResult<(AnswerEdit, i64)> {
    match state.store.answer(&ctx.code, ctx.year, id).await {
        Ok(v) => Ok((edit_of(&v.value), v.version)),
        Err(StoreError::NotFound(_)) => Ok((empty_edit(), 0)),
        Err(e) => Err(e.into()),
    }
}

/// The indicator page around `answer`.
async fn page(state: &AppState, ctx: &Ctx, id: &str, answer: Answer) -> WebResult<AnswerPage> {
    let lang = ctx.lang();
    let ind = state.store.framework().indicator(id);
    Ok(AnswerPage {
        chrome: ctx.chrome(&tr!(
            lang,
            "work-indicator-title",
            name = indicator_name(lang, state.store.framework(), id)
        )),
        question: ind.map(|i| Label::new(lang, &i.question)),
        guidance: ind.map(|i| Label::new(lang, &i.guidance)),
        answer,
        comments: comments::thread(state, ctx, &Anchor::Indicator(id.to_owned())).await?,
    })
}

/// The answer as posted. A choice that is not one of the form's (only a hand-made request
/// sends one) keeps the stored value and is refused by name.
fn read_edit(
    f: &Fields,
    stored: &AnswerEdit,
    sources: &[Versioned<Source>],
) -> (AnswerEdit, Vec<(String, String)>) {
    let lang = f.lang();
    let mut refused = Vec::new();
    let confidence = match f.get("confidence") {
        "" => None,
        _ => Some(f.choice(
            "confidence",
            Confidence::parse,
            &tr!(lang, "work-field-confidence"),
            stored.confidence.unwrap_or(Confidence::Medium),
            &mut refused,
        )),
    };
    let edit = AnswerEdit {
        value: f.choice(
            "value",
            AnswerValue::parse,
            &tr!(lang, "work-field-value"),
            stored.value,
            &mut refused,
        ),
        narrative: f.get("narrative").trim().to_owned(),
        status: f.choice(
            "status",
            AnswerStatus::parse,
            &tr!(lang, "work-field-status"),
            stored.status,
            &mut refused,
        ),
        confidence,
        notes: f.get("notes").trim().to_owned(),
        citations: read_citations(f, sources),
    };
    (edit, refused)
}

pub async fn save(
    State(state): State<AppState>,
    Path((_, _, id)): Key,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    if !in_set(&state, &ctx, &id) {
        return Err(WebError::NotFound);
    }
    let version = f.version()?;
    let (current, _) = stored(&state, &ctx, &id).await?;
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let (mut edit, refused) = read_edit(&f, &current, &sources);
    let saved = if refused.is_empty() {
        match add_new_source(&state, &ctx, &f, &mut edit.citations).await {
            Ok(()) => state
                .store
                .save_answer(&ctx.code, ctx.year, &id, &edit, version, ctx.actor())
                .await
                .map_err(WebError::from),
            Err(e) => Err(e),
        }
    } else {
        Err(WebError::Form(refused))
    };
    match saved {
        Ok(_) => Ok(back_to(
            &ctx.url(&format!("/indicators/{id}")),
            Done::AnswerSaved,
        )),
        Err(WebError::Store(StoreError::Conflict { .. })) => {
            conflict(&state, &ctx, &id, &edit).await
        }
        Err(e) => {
            let refusals = Refusals::of(e, ctx.lang(), &AnswerFields)?;
            let sources = state.store.sources(&ctx.code, ctx.year).await?;
            let form = AnswerForm::new(&ctx, &id, &edit, version, &sources, refusals);
            Ok(refused_page(
                &page(&state, &ctx, &id, Answer::Editing(form)).await?,
            ))
        }
    }
}

/// Someone saved first: their version, then the form with ours, ready to save on top of theirs.
async fn conflict(state: &AppState, ctx: &Ctx, id: &str, mine: &AnswerEdit) -> WebResult {
    let theirs = state.store.answer(&ctx.code, ctx.year, id).await?;
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let lang = ctx.lang();
    let what = tr!(
        lang,
        "work-what-answer",
        name = indicator_name(lang, state.store.framework(), id)
    );
    Ok(conflict_page(&AnswerConflict {
        chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
        conflict: ConflictHead::new(lang, &what),
        theirs: Shown::new(lang, &edit_of(&theirs.value), &sources),
        mine: Shown::new(lang, mine, &sources),
        form: AnswerForm::new(ctx, id, mine, theirs.version, &sources, Refusals::default()),
    }))
}

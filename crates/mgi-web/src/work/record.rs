//! The rest of the profile's content the team writes: the summary of each domain, and the record
//! of consultation events that the annex reports.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use chrono::NaiveDate;
use mgi_framework::Domain;
use mgi_i18n::{date, tr};
use mgi_model::ConsultationEvent;
use mgi_model::access::Action;
use mgi_store::StoreError;

use super::extract::{Acting, Edit, Opened};
use super::{ConflictHead, Ctx, conflict_page};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FieldTable, Refusals, back_to, refused_page};
use crate::filters;
use crate::form::Fields;
use crate::layout::{Chrome, render};
use crate::ui::colon;
use crate::views::Label;

/// The editor of a domain's summary (`form` in `templates/partials/summary.html`).
pub struct SummaryForm {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    /// Markdown.
    pub text: String,
    pub refusals: Refusals,
}

impl SummaryForm {
    fn new(ctx: &Ctx, domain: &str, text: &str, version: i64) -> SummaryForm {
        SummaryForm {
            action: ctx.url(&format!("/summaries/{domain}")),
            csrf: ctx.session.csrf.clone(),
            version,
            text: text.to_owned(),
            refusals: Refusals::default(),
        }
    }
}

/// The summary form's one field.
const SUMMARY_FIELDS: FieldTable<'static> = FieldTable {
    fields: &[("text", "text", "work-summary-text")],
    suffix: "",
};

/// The fields of the form recording a consultation event.
const EVENT_FIELDS: FieldTable<'static> = FieldTable {
    fields: &[
        ("title", "ev-title", "work-event-title"),
        ("start", "ev-start", "work-event-start"),
        ("end", "ev-end", "work-event-end"),
        ("place", "ev-place", "work-event-place"),
        (
            "participants",
            "ev-participants",
            "work-event-participants-label",
        ),
        ("description", "ev-description", "work-event-description"),
    ],
    suffix: "",
};

/// The domain `id` of the assessment's framework set.
fn domain_of<'a>(state: &'a AppState, ctx: &Ctx, id: &str) -> Option<&'a Domain> {
    ctx.framework_set(state.store.framework())
        .and_then(|s| s.domain(id))
}

/// `/work/{code}/{year}/summaries/{domain}`.
#[derive(Template)]
#[template(path = "work/summary.html")]
pub struct SummaryPage {
    pub chrome: Chrome,
    pub domain: Label,
    pub colon: &'static str,
    /// The editor, for the team.
    pub form: Option<SummaryForm>,
    /// The summary (Markdown), for everyone else.
    pub text: String,
}

/// A summary saved meanwhile by someone else (Markdown, both).
#[derive(Template)]
#[template(path = "work/summary_conflict.html")]
pub struct SummaryConflict {
    pub chrome: Chrome,
    pub conflict: ConflictHead,
    pub theirs: String,
    pub mine: String,
    pub form: SummaryForm,
}

pub async fn summary(
    State(state): State<AppState>,
    Path((_, _, domain)): Path<(String, String, String)>,
    Opened(ctx): Opened,
) -> WebResult {
    let current = state.store.summary(&ctx.code, ctx.year, &domain).await?;
    let (text, version) = current.map_or((String::new(), 0), |v| (v.value, v.version));
    let form = ctx
        .can(Action::Edit)
        .then(|| SummaryForm::new(&ctx, &domain, &text, version));
    let page = summary_page(&state, &ctx, &domain, form, text)?;
    Ok(Html(render(&page)).into_response())
}

/// The page of the summary of `domain`: `form` for the team, `text` for everyone else.
fn summary_page(
    state: &AppState,
    ctx: &Ctx,
    domain: &str,
    form: Option<SummaryForm>,
    text: String,
) -> WebResult<SummaryPage> {
    let lang = ctx.lang();
    let name = domain_of(state, ctx, domain)
        .map(|d| Label::new(lang, &d.name))
        .ok_or(WebError::NotFound)?;
    Ok(SummaryPage {
        chrome: ctx.chrome(&tr!(lang, "work-summary-title")),
        domain: name,
        colon: colon(lang),
        form,
        text,
    })
}

pub async fn save_summary(
    State(state): State<AppState>,
    Path((_, _, domain)): Path<(String, String, String)>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let text = f.get("text").trim();
    let version = f.version()?;
    match state
        .store
        .save_summary(&ctx.code, ctx.year, &domain, text, version, ctx.actor())
        .await
    {
        Ok(_) => Ok(back_to(
            &ctx.url(&format!("/summaries/{domain}")),
            Done::SummarySaved,
        )),
        Err(StoreError::Conflict { .. }) => {
            let theirs = state
                .store
                .summary(&ctx.code, ctx.year, &domain)
                .await?
                .ok_or(WebError::NotFound)?;
            let lang = ctx.lang();
            Ok(conflict_page(&SummaryConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-summary")),
                form: SummaryForm::new(&ctx, &domain, text, theirs.version),
                theirs: theirs.value,
                mine: text.to_owned(),
            }))
        }
        Err(e) => {
            let form = SummaryForm {
                refusals: Refusals::of(e.into(), ctx.lang(), &SUMMARY_FIELDS)?,
                ..SummaryForm::new(&ctx, &domain, f.get("text"), version)
            };
            let page = summary_page(&state, &ctx, &domain, Some(form), String::new())?;
            Ok(refused_page(&page))
        }
    }
}

/// The consultation events of an assessment and, for the team, the form that records one
/// (`consultations` in `templates/partials/consultations.html`).
pub struct Consultations {
    pub events: Vec<EventView>,
    pub form: Option<EventForm>,
}

/// A consultation event: its title, its dates as the language writes them, where, and how many
/// took part when known.
pub struct EventView {
    pub title: String,
    pub dates: String,
    pub place: String,
    pub participants: Option<String>,
}

/// The form recording an event: where it posts, what was typed when it comes back refused.
pub struct EventForm {
    pub action: String,
    pub csrf: String,
    pub title: String,
    pub start: String,
    pub end: String,
    pub place: String,
    pub participants: String,
    pub description: String,
    pub refusals: Refusals,
}

impl EventForm {
    fn new(ctx: &Ctx) -> EventForm {
        EventForm {
            action: ctx.url("/consultations"),
            csrf: ctx.session.csrf.clone(),
            title: String::new(),
            start: String::new(),
            end: String::new(),
            place: String::new(),
            participants: String::new(),
            description: String::new(),
            refusals: Refusals::default(),
        }
    }

    /// The form as posted in `f`, with its refusals.
    fn typed(ctx: &Ctx, f: &Fields, refusals: Refusals) -> EventForm {
        let typed = |name: &str| f.get(name).to_owned();
        EventForm {
            title: typed("title"),
            start: typed("start"),
            end: typed("end"),
            place: typed("place"),
            participants: typed("participants"),
            description: typed("description"),
            refusals,
            ..EventForm::new(ctx)
        }
    }
}

impl Consultations {
    pub fn new(ctx: &Ctx, events: &[ConsultationEvent]) -> Consultations {
        let lang = ctx.lang();
        Consultations {
            events: events
                .iter()
                .map(|e| EventView {
                    title: e.title.clone(),
                    dates: tr!(
                        lang,
                        "work-event-dates",
                        start = date(lang, e.start),
                        end = date(lang, e.end)
                    ),
                    place: e.place.clone(),
                    participants: e
                        .participants
                        .map(|n| tr!(lang, "work-event-participants", count = n)),
                })
                .collect(),
            form: ctx.can(Action::Edit).then(|| EventForm::new(ctx)),
        }
    }
}

/// The event as posted, and what of it cannot be read.
fn read_event(f: &Fields) -> (ConsultationEvent, Vec<(String, String)>) {
    let lang = f.lang();
    let mut refused = Vec::new();
    let mut date = |name: &str| {
        f.choice(
            name,
            |d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(),
            &tr!(lang, "work-field-date"),
            NaiveDate::default(),
            &mut refused,
        )
    };
    let (start, end) = (date("start"), date("end"));
    let participants = f.optional(
        "participants",
        |n| n.parse().ok(),
        &tr!(lang, "work-field-whole-number"),
        &mut refused,
    );
    let event = ConsultationEvent {
        key: String::new(),
        title: f.get("title").trim().to_owned(),
        start,
        end,
        place: f.get("place").trim().to_owned(),
        participants,
        participants_more_than: false,
        description: f.get("description").trim().to_owned(),
        key_findings: Vec::new(),
        recommendations: Vec::new(),
        footnotes: Vec::new(),
    };
    (event, refused)
}

pub async fn add_consultation(
    State(state): State<AppState>,
    Acting {
        mut ctx, form: f, ..
    }: Acting<Edit>,
) -> WebResult {
    let (event, refused) = read_event(&f);
    let added = if refused.is_empty() {
        state
            .store
            .add_consultation(&ctx.code, ctx.year, &event, ctx.actor())
            .await
            .map_err(WebError::from)
    } else {
        Err(WebError::Form(refused))
    };
    match added {
        Ok(_) => Ok(back_to(
            &format!("{}#consultations", ctx.url("")),
            Done::ConsultationSaved,
        )),
        Err(e) => {
            let refusals = Refusals::of(e, ctx.lang(), &EVENT_FIELDS)?;
            ctx.showing("");
            let mut page = super::assessment::workspace_page(&state, &ctx).await?;
            page.consultations.form = Some(EventForm::typed(&ctx, &f, refusals));
            Ok(refused_page(&page))
        }
    }
}

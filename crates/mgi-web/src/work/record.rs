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
use crate::feedback::{Done, back_to};
use crate::filters;
use crate::form::field;
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
}

impl SummaryForm {
    fn new(ctx: &Ctx, domain: &str, text: &str, version: i64) -> SummaryForm {
        SummaryForm {
            action: ctx.url(&format!("/summaries/{domain}")),
            csrf: ctx.session.csrf.clone(),
            version,
            text: text.to_owned(),
        }
    }
}

/// The domain `id` of the assessment's framework set.
fn domain_of<'a>(state: &'a AppState, ctx: &Ctx, id: &str) -> Option<&'a Domain> {
    u32::try_from(ctx.summary.framework_version)
        .ok()
        .and_then(|v| state.store.framework().set(&ctx.summary.framework_set, v))
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
    let lang = ctx.lang();
    let name = domain_of(&state, &ctx, &domain)
        .map(|d| Label::new(lang, &d.name))
        .ok_or(WebError::NotFound)?;
    let current = state.store.summary(&ctx.code, ctx.year, &domain).await?;
    let (text, version) = current.map_or((String::new(), 0), |v| (v.value, v.version));
    let form = ctx
        .can(Action::Edit)
        .then(|| SummaryForm::new(&ctx, &domain, &text, version));
    let page = SummaryPage {
        chrome: ctx.chrome(&tr!(lang, "work-summary-title")),
        domain: name,
        colon: colon(lang),
        form,
        text,
    };
    Ok(Html(render(&page)).into_response())
}

pub async fn save_summary(
    State(state): State<AppState>,
    Path((_, _, domain)): Path<(String, String, String)>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let text = f.get("text").trim();
    match state
        .store
        .save_summary(
            &ctx.code,
            ctx.year,
            &domain,
            text,
            f.version()?,
            ctx.actor(),
        )
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
        Err(e) => Err(e.into()),
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

/// Where the form recording an event posts.
pub struct EventForm {
    pub action: String,
    pub csrf: String,
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
            form: ctx.can(Action::Edit).then(|| EventForm {
                action: ctx.url("/consultations"),
                csrf: ctx.session.csrf.clone(),
            }),
        }
    }
}

pub async fn add_consultation(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let lang = ctx.lang();
    let date = |name: &str| {
        f.parsed(
            name,
            |d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(),
            &tr!(lang, "work-field-date"),
        )
    };
    let participants = match f.get("participants").trim() {
        "" => None,
        n => Some(
            n.parse()
                .map_err(|_| field("participants", &tr!(lang, "work-field-whole-number")))?,
        ),
    };
    let event = ConsultationEvent {
        key: String::new(),
        title: f.get("title").trim().to_owned(),
        start: date("start")?,
        end: date("end")?,
        place: f.get("place").trim().to_owned(),
        participants,
        participants_more_than: false,
        description: f.get("description").trim().to_owned(),
        key_findings: Vec::new(),
        recommendations: Vec::new(),
        footnotes: Vec::new(),
    };
    state
        .store
        .add_consultation(&ctx.code, ctx.year, &event, ctx.actor())
        .await?;
    Ok(back_to(
        &format!("{}#consultations", ctx.url("")),
        Done::ConsultationSaved,
    ))
}

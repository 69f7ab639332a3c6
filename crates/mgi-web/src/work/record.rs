//! The rest of the profile's content the team writes: the summary of each domain, and the record
//! of consultation events that the annex reports.

use std::fmt::Write;

use axum::extract::{Path, State};
use chrono::NaiveDate;
use mgi_model::ConsultationEvent;
use mgi_model::access::Action;
use mgi_store::StoreError;

use super::{Ctx, back_to};
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::{WebError, WebResult};
use crate::form::field;
use crate::html::{csrf_field, escape, markdown};
use crate::ui::Ui;

fn summary_form(ctx: &Ctx, domain: &str, text: &str, version: i64) -> String {
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\">\
         <label for=\"text\">Summary (Markdown)</label><textarea id=\"text\" name=\"text\" rows=\"12\">{}</textarea><button>Save the summary</button></form>\n",
        ctx.url(&format!("/summaries/{domain}")),
        csrf_field(&ctx.session),
        escape(text)
    )
}

fn known_domain(state: &AppState, ctx: &Ctx, domain: &str) -> bool {
    u32::try_from(ctx.summary.framework_version)
        .ok()
        .and_then(|v| state.store.framework().set(&ctx.summary.framework_set, v))
        .is_some_and(|s| s.domain(domain).is_some())
}

pub async fn summary(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, domain)): Path<(String, String, String)>,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
    if !known_domain(&state, &ctx, &domain) {
        return Err(WebError::NotFound);
    }
    let current = state.store.summary(&ctx.code, ctx.year, &domain).await?;
    let (text, version) = current.map_or((String::new(), 0), |v| (v.value, v.version));
    let mut body = format!("<h1>Summary of domain {}</h1>\n", escape(&domain));
    if ctx.can(Action::Edit) {
        body.push_str(&summary_form(&ctx, &domain, &text, version));
    } else {
        body.push_str(&markdown(&text));
    }
    Ok(ctx.page("Summary", &body))
}

pub async fn save_summary(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, domain)): Path<(String, String, String)>,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Edit).await?;
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
        Ok(_) => Ok(back_to(&ctx.url(&format!("/summaries/{domain}")))),
        Err(StoreError::Conflict { .. }) => {
            let theirs = state
                .store
                .summary(&ctx.code, ctx.year, &domain)
                .await?
                .ok_or(WebError::NotFound)?;
            let form = summary_form(&ctx, &domain, text, theirs.version);
            Ok(super::conflict(
                &ctx,
                "this summary",
                &markdown(&theirs.value),
                &markdown(text),
                &form,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// The consultation events and, for the team, the form to record one.
pub fn consultations_block(ctx: &Ctx, events: &[ConsultationEvent]) -> String {
    let mut out = String::from("<h2 id=\"consultations\">Consultation events</h2>\n<ul>\n");
    for e in events {
        let _ = writeln!(
            out,
            "<li>{} ({} to {}, {}){}</li>",
            escape(&e.title),
            e.start,
            e.end,
            escape(&e.place),
            e.participants
                .map(|n| format!(", {n} participants"))
                .unwrap_or_default()
        );
    }
    out.push_str("</ul>\n");
    if ctx.can(Action::Edit) {
        let _ = writeln!(
            out,
            "<form method=\"post\" action=\"{}\">{}<label for=\"ev-title\">Event</label><input type=\"text\" id=\"ev-title\" name=\"title\" required>\
             <label for=\"ev-start\">From (YYYY-MM-DD)</label><input type=\"text\" id=\"ev-start\" name=\"start\" required>\
             <label for=\"ev-end\">To (YYYY-MM-DD)</label><input type=\"text\" id=\"ev-end\" name=\"end\" required>\
             <label for=\"ev-place\">Place</label><input type=\"text\" id=\"ev-place\" name=\"place\" required>\
             <label for=\"ev-participants\">Participants (number, if known)</label><input type=\"text\" id=\"ev-participants\" name=\"participants\">\
             <label for=\"ev-description\">Who took part</label><textarea id=\"ev-description\" name=\"description\"></textarea><button>Record the event</button></form>",
            ctx.url("/consultations"),
            csrf_field(&ctx.session)
        );
    }
    out
}

pub async fn add_consultation(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Path<(String, String)>,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Edit).await?;
    let date = |name: &str| {
        f.parsed(
            name,
            |d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(),
            "must be a date as YYYY-MM-DD",
        )
    };
    let participants = match f.get("participants").trim() {
        "" => None,
        n => Some(
            n.parse()
                .map_err(|_| field("participants", "must be a whole number"))?,
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
    Ok(back_to(&format!("{}#consultations", ctx.url(""))))
}

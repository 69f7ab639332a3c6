//! The rest of the profile's content the team writes: the summary of each domain, and the record
//! of consultation events that the annex reports.

use std::fmt::Write;

use axum::extract::{Path, State};
use chrono::NaiveDate;
use mgi_i18n::{date, tr};
use mgi_model::ConsultationEvent;
use mgi_model::access::Action;
use mgi_store::StoreError;

use super::extract::{Acting, Edit, Opened};
use super::{Ctx, back_to};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::form::field;
use crate::html::{csrf_field, escape, markdown};
use crate::portal::labels::domain as domain_name;
use crate::ui::colon;

fn summary_form(ctx: &Ctx, domain: &str, text: &str, version: i64) -> String {
    let lang = ctx.lang();
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\">\
         <label for=\"text\">{}</label><textarea id=\"text\" name=\"text\" rows=\"12\">{}</textarea><button data-save=\"summary\">{}</button></form>\n",
        ctx.url(&format!("/summaries/{domain}")),
        csrf_field(&ctx.session),
        escape(&tr!(lang, "work-summary-text")),
        escape(text),
        escape(&tr!(lang, "work-summary-save"))
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
    Path((_, _, domain)): Path<(String, String, String)>,
    Opened(ctx): Opened,
) -> WebResult {
    if !known_domain(&state, &ctx, &domain) {
        return Err(WebError::NotFound);
    }
    let current = state.store.summary(&ctx.code, ctx.year, &domain).await?;
    let (text, version) = current.map_or((String::new(), 0), |v| (v.value, v.version));
    let lang = ctx.lang();
    let mut body = format!(
        "<h1>{}{}{}</h1>\n",
        escape(&tr!(lang, "work-summary-heading")),
        colon(lang),
        domain_name(lang, state.store.framework(), &domain)
    );
    if ctx.can(Action::Edit) {
        body.push_str(&summary_form(&ctx, &domain, &text, version));
    } else {
        body.push_str(&markdown(&text));
    }
    Ok(ctx.page(&tr!(lang, "work-summary-title"), &body))
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
                &tr!(ctx.lang(), "work-what-summary"),
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
    let lang = ctx.lang();
    let t = |key: &str| escape(&mgi_i18n::tr(lang, key));
    let mut out = format!(
        "<h2 id=\"consultations\">{}</h2>\n<ul>\n",
        t("work-consultations")
    );
    for e in events {
        let dates = tr!(
            lang,
            "work-event-dates",
            start = date(lang, e.start),
            end = date(lang, e.end)
        );
        let participants = e
            .participants
            .map(|n| {
                format!(
                    ", {}",
                    escape(&tr!(lang, "work-event-participants", count = n))
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<li>{} ({}, {}){participants}</li>",
            crate::html::bdi(&e.title),
            escape(&dates),
            crate::html::bdi(&e.place),
        );
    }
    out.push_str("</ul>\n");
    if ctx.can(Action::Edit) {
        let _ = writeln!(
            out,
            "<form method=\"post\" action=\"{}\">{}<label for=\"ev-title\">{}</label><input type=\"text\" id=\"ev-title\" name=\"title\" required>\
             <label for=\"ev-start\">{}</label><input type=\"text\" id=\"ev-start\" name=\"start\" required>\
             <label for=\"ev-end\">{}</label><input type=\"text\" id=\"ev-end\" name=\"end\" required>\
             <label for=\"ev-place\">{}</label><input type=\"text\" id=\"ev-place\" name=\"place\" required>\
             <label for=\"ev-participants\">{}</label><input type=\"text\" id=\"ev-participants\" name=\"participants\">\
             <label for=\"ev-description\">{}</label><textarea id=\"ev-description\" name=\"description\"></textarea><button data-save=\"event\">{}</button></form>",
            ctx.url("/consultations"),
            csrf_field(&ctx.session),
            t("work-event-title"),
            t("work-event-start"),
            t("work-event-end"),
            t("work-event-place"),
            t("work-event-participants-label"),
            t("work-event-description"),
            t("work-event-save"),
        );
    }
    out
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
    Ok(back_to(&format!("{}#consultations", ctx.url(""))))
}

//! The indicator page: the question, the answer with its evidence, and the comments on it. The
//! team edits here, citing sources of the register or a new one created in the same form. A save
//! based on a stale version shows both versions and keeps what was typed.

use mgi_i18n::Localise;
use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_i18n::{Lang, tr};
use mgi_model::access::Action;
use mgi_model::{Anchor, AnswerStatus, AnswerValue, Citation, Confidence, Source, SourceKind};
use mgi_store::{AnswerEdit, StoreError, Versioned};

use super::extract::{Acting, Edit, Opened};
use super::{Ctx, back_to, comments, labels};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::form::{Fields, field};
use crate::html::{csrf_field, escape, label, markdown, options};
use crate::ui::colon;

type Key = Path<(String, String, String)>;

/// Rows of citation fields offered beyond the existing ones.
const BLANK_CITATIONS: usize = 2;

fn in_set(state: &AppState, ctx: &Ctx, id: &str) -> bool {
    u32::try_from(ctx.summary.framework_version)
        .ok()
        .and_then(|v| state.store.framework().set(&ctx.summary.framework_set, v))
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

/// "Answer: **value** (status)", then the narrative and the evidence, for reading.
fn shown(lang: Lang, e: &AnswerEdit, sources: &[Versioned<Source>]) -> String {
    format!(
        "<p>{}{}<strong>{}</strong> ({})</p>\n<div class=\"narrative\">{}</div>\n<h2>{}</h2>\n{}",
        escape(&tr!(lang, "work-answer-value")),
        colon(lang),
        escape(&e.value.localise(lang)),
        escape(&e.status.localise(lang)),
        markdown(&e.narrative),
        escape(&tr!(lang, "work-evidence")),
        evidence(e, sources)
    )
}

fn evidence(e: &AnswerEdit, sources: &[Versioned<Source>]) -> String {
    let mut out = String::from("<ul>\n");
    for c in &e.citations {
        let title = sources
            .iter()
            .find(|s| s.value.key == c.source)
            .map_or(c.source.clone(), |s| {
                format!("{}: {}", s.value.issuer, s.value.title)
            });
        let _ = writeln!(
            out,
            "<li>{}{}</li>",
            escape(&title),
            c.pinpoint
                .as_deref()
                .map(|p| format!(", {}", escape(p)))
                .unwrap_or_default()
        );
    }
    out.push_str("</ul>\n");
    out
}

/// A source as a reader tells it from the others: issuer, title and year.
fn source_name(s: &Source) -> String {
    match s.year {
        Some(y) => format!("{} — {} ({y})", s.issuer, s.title),
        None => format!("{} — {}", s.issuer, s.title),
    }
}

/// The answer form, filled with `e`, saving on top of `version`.
fn form(
    ctx: &Ctx,
    id: &str,
    e: &AnswerEdit,
    version: i64,
    sources: &[Versioned<Source>],
) -> String {
    let lang = ctx.lang();
    let t = |key: &str| escape(&mgi_i18n::tr(lang, key));
    let values = labels::choices(AnswerValue::ALL, AnswerValue::as_str, |v| v.localise(lang));
    let statuses = labels::choices(AnswerStatus::ALL, AnswerStatus::as_str, |s| {
        s.localise(lang)
    });
    let mut confidences = vec![("", tr!(lang, "work-confidence-none"))];
    confidences.extend(labels::choices(Confidence::ALL, Confidence::as_str, |c| {
        c.localise(lang)
    }));
    let mut out = format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\">\
         <label for=\"value\">{}</label><select id=\"value\" name=\"value\">{}</select>\
         <label for=\"narrative\">{}</label><textarea id=\"narrative\" name=\"narrative\">{}</textarea>\
         <label for=\"status\">{}</label><select id=\"status\" name=\"status\">{}</select>\
         <label for=\"confidence\">{}</label><select id=\"confidence\" name=\"confidence\">{}</select>\
         <label for=\"notes\">{}</label><textarea id=\"notes\" name=\"notes\">{}</textarea>\n<fieldset><legend>{}</legend>\n",
        ctx.url(&format!("/indicators/{id}")),
        csrf_field(&ctx.session),
        t("work-answer-value"),
        options(labels::pairs(&values), e.value.as_str()),
        t("work-answer-narrative"),
        escape(&e.narrative),
        t("work-col-status"),
        options(labels::pairs(&statuses), e.status.as_str()),
        t("work-answer-confidence"),
        options(
            labels::pairs(&confidences),
            e.confidence.map_or("", |c| c.as_str())
        ),
        t("work-answer-notes"),
        escape(&e.notes),
        t("work-answer-evidence"),
    );
    // The register is written once, as a list the citation fields suggest from (a browser
    // offers it without JavaScript); each field holds a source's key and shows its name beside.
    out.push_str("<datalist id=\"register\">");
    for s in sources {
        let _ = write!(
            out,
            "<option value=\"{}\">{}</option>",
            escape(&s.value.key),
            escape(&source_name(&s.value))
        );
    }
    out.push_str("</datalist>\n");
    let blank = Citation {
        source: String::new(),
        pinpoint: None,
    };
    for (n, c) in e
        .citations
        .iter()
        .chain(std::iter::repeat_n(&blank, BLANK_CITATIONS))
        .enumerate()
    {
        let name = sources
            .iter()
            .find(|s| s.value.key == c.source)
            .map(|s| source_name(&s.value))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<label for=\"cite-{n}\">{}</label><span id=\"cite-{n}-name\" class=\"muted hint\" data-source-name>{}</span><input type=\"text\" id=\"cite-{n}\" name=\"cite\" list=\"register\" value=\"{}\" aria-describedby=\"cite-{n}-name\"><label for=\"pin-{n}\">{}</label><input type=\"text\" id=\"pin-{n}\" name=\"pin\" value=\"{}\">",
            escape(&tr!(lang, "work-answer-source", n = n + 1)),
            escape(&name),
            escape(&c.source),
            t("work-answer-pin"),
            escape(c.pinpoint.as_deref().unwrap_or("")),
        );
    }
    let kinds = labels::choices(SourceKind::ALL, SourceKind::as_str, |k| k.localise(lang));
    let _ = write!(
        out,
        "</fieldset>\n<fieldset><legend>{}</legend>\
         <label for=\"new-issuer\">{}</label><input type=\"text\" id=\"new-issuer\" name=\"new_issuer\">\
         <label for=\"new-title\">{}</label><input type=\"text\" id=\"new-title\" name=\"new_title\">\
         <label for=\"new-year\">{}</label><input type=\"text\" id=\"new-year\" name=\"new_year\" inputmode=\"numeric\">\
         <label for=\"new-kind\">{}</label><select id=\"new-kind\" name=\"new_kind\">{}</select>\
         <label for=\"new-url\">{}</label><input type=\"text\" id=\"new-url\" name=\"new_url\">\
         <label for=\"new-pin\">{}</label><input type=\"text\" id=\"new-pin\" name=\"new_pin\"></fieldset>\n<button data-save=\"answer\">{}</button></form>\n",
        t("work-answer-new-source"),
        t("work-source-issuer"),
        t("work-source-title"),
        t("work-year"),
        t("work-source-kind-label"),
        options(labels::pairs(&kinds), "law"),
        t("work-source-url"),
        t("work-answer-new-pin"),
        t("work-answer-save"),
    );
    out
}

pub async fn show(
    State(state): State<AppState>,
    Path((_, _, id)): Key,
    Opened(ctx): Opened,
) -> WebResult {
    if !in_set(&state, &ctx, &id) {
        return Err(WebError::NotFound);
    }
    let (edit, version) = match state.store.answer(&ctx.code, ctx.year, &id).await {
        Ok(v) => (edit_of(&v.value), v.version),
        Err(StoreError::NotFound(_)) => (empty_edit(), 0),
        Err(e) => return Err(e.into()),
    };
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let ind = state.store.framework().indicator(&id);
    let lang = ctx.lang();
    let title = tr!(lang, "work-indicator-title", id = id.as_str());
    let mut body = format!(
        "<h1>{}</h1>\n<p><strong>{}</strong></p>\n<p class=\"muted\">{}</p>\n",
        escape(&title),
        ind.map_or_else(String::new, |i| label(lang, &i.question)),
        ind.map_or_else(String::new, |i| label(lang, &i.guidance))
    );
    if ctx.can(Action::Edit) {
        body.push_str(&form(&ctx, &id, &edit, version, &sources));
    } else {
        body.push_str(&shown(lang, &edit, &sources));
        if ctx.can(Action::ReadInternal) && !edit.notes.is_empty() {
            let _ = writeln!(
                body,
                "<h2>{}</h2>\n<p class=\"internal\">{}</p>",
                escape(&tr!(lang, "work-research-notes")),
                escape(&edit.notes)
            );
        }
    }
    body.push_str(&comments::section(&state, &ctx, &Anchor::Indicator(id.clone())).await?);
    Ok(ctx.page(&title, &body))
}

/// A key for a new source from its title: lower-case words joined by '-', unique in the register.
fn new_key(title: &str, year: Option<i32>, sources: &[Versioned<Source>]) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut base = if words.is_empty() {
        "source".to_owned()
    } else {
        words.join("-")
    };
    // Room for the year and a number within the key's length (the words are ASCII).
    base.truncate(mgi_model::rules::MAX_KEY - 12);
    let base_len = base.trim_end_matches('-').len();
    base.truncate(base_len);
    if let Some(y) = year {
        base = format!("{base}-{y}");
    }
    let taken = |k: &str| sources.iter().any(|s| s.value.key == k);
    let mut key = base.clone();
    let mut n = 2;
    while taken(&key) {
        key = format!("{base}-{n}");
        n += 1;
    }
    key
}

fn read_edit(f: &Fields) -> WebResult<AnswerEdit> {
    let lang = f.lang();
    let confidence = match f.get("confidence") {
        "" => None,
        c => Some(
            Confidence::parse(c)
                .ok_or_else(|| field("confidence", &tr!(lang, "work-field-confidence")))?,
        ),
    };
    let pins: Vec<&str> = f.all("pin").collect();
    let citations = f
        .all("cite")
        .enumerate()
        .filter(|(_, s)| !s.is_empty())
        .map(|(n, s)| Citation {
            source: s.to_owned(),
            pinpoint: pins
                .get(n)
                .map(|p| p.trim())
                .filter(|p| !p.is_empty())
                .map(str::to_owned),
        })
        .collect();
    Ok(AnswerEdit {
        value: f.parsed("value", AnswerValue::parse, &tr!(lang, "work-field-value"))?,
        narrative: f.get("narrative").trim().to_owned(),
        status: f.parsed(
            "status",
            AnswerStatus::parse,
            &tr!(lang, "work-field-status"),
        )?,
        confidence,
        notes: f.get("notes").trim().to_owned(),
        citations,
    })
}

/// The new source of the form, if its title was given.
fn read_new_source(f: &Fields, sources: &[Versioned<Source>]) -> WebResult<Option<Source>> {
    let title = f.get("new_title").trim();
    if title.is_empty() {
        return Ok(None);
    }
    let year = match f.get("new_year").trim() {
        "" => None,
        y => Some(
            y.parse()
                .map_err(|_| field("new_year", &tr!(f.lang(), "work-field-year")))?,
        ),
    };
    let url = f.get("new_url").trim();
    Ok(Some(Source {
        key: new_key(title, year, sources),
        issuer: f.required("new_issuer")?.to_owned(),
        title: title.to_owned(),
        year,
        kind: f.parsed(
            "new_kind",
            SourceKind::parse,
            &tr!(f.lang(), "work-field-kind"),
        )?,
        amended: Vec::new(),
        url: (!url.is_empty()).then(|| url.to_owned()),
        online: !url.is_empty(),
        language: None,
        note: None,
    }))
}

pub async fn save(
    State(state): State<AppState>,
    Path((_, _, id)): Key,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    if !in_set(&state, &ctx, &id) {
        return Err(WebError::NotFound);
    }
    let mut edit = read_edit(&f)?;
    let version = f.version()?;
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    if let Some(source) = read_new_source(&f, &sources)? {
        state
            .store
            .save_source(&ctx.code, ctx.year, &source, 0, ctx.actor())
            .await?;
        let pin = f.get("new_pin").trim();
        edit.citations.push(Citation {
            source: source.key,
            pinpoint: (!pin.is_empty()).then(|| pin.to_owned()),
        });
    }
    match state
        .store
        .save_answer(&ctx.code, ctx.year, &id, &edit, version, ctx.actor())
        .await
    {
        Ok(_) => Ok(back_to(&ctx.url(&format!("/indicators/{id}")))),
        Err(StoreError::Conflict { .. }) => conflict(&state, &ctx, &id, &edit).await,
        Err(e) => Err(e.into()),
    }
}

/// Someone saved first: their version, then the form with ours, ready to save on top of theirs.
async fn conflict(state: &AppState, ctx: &Ctx, id: &str, mine: &AnswerEdit) -> WebResult {
    let theirs = state.store.answer(&ctx.code, ctx.year, id).await?;
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let lang = ctx.lang();
    Ok(super::conflict(
        ctx,
        &tr!(lang, "work-what-answer", id = id),
        &shown(lang, &edit_of(&theirs.value), &sources),
        &shown(lang, mine, &sources),
        &form(ctx, id, mine, theirs.version, &sources),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_source_keys_come_from_the_title_and_stay_unique() {
        let existing = vec![Versioned {
            value: Source {
                key: "law-on-labour-migration-2024".into(),
                issuer: "x".into(),
                title: "x".into(),
                year: None,
                kind: SourceKind::Law,
                amended: Vec::new(),
                url: None,
                online: true,
                language: None,
                note: None,
            },
            version: 1,
        }];
        assert_eq!(
            new_key("Law on Labour Migration", Some(2024), &existing),
            "law-on-labour-migration-2024-2"
        );
        assert_eq!(new_key("Закон о миграции", None, &[]), "source");
        assert_eq!(new_key("Décret n° 12", None, &[]), "dcret-n-12");
    }
}

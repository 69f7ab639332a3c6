//! The indicator page: the question, the answer with its evidence, and the comments on it. The
//! team edits here, citing sources of the register or a new one created in the same form. A save
//! based on a stale version shows both versions and keeps what was typed.

use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_model::access::Action;
use mgi_model::{Anchor, AnswerStatus, AnswerValue, Citation, Confidence, Source, SourceKind};
use mgi_store::{AnswerEdit, StoreError, Versioned};

use super::{Ctx, back_to, comments};
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::{WebError, WebResult};
use crate::form::{Fields, field};
use crate::html::{csrf_field, escape, markdown, options};
use crate::ui::Ui;

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

/// The answer form, filled with `e`, saving on top of `version`.
fn form(
    ctx: &Ctx,
    id: &str,
    e: &AnswerEdit,
    version: i64,
    sources: &[Versioned<Source>],
) -> String {
    let values = AnswerValue::ALL.iter().map(|v| (v.as_str(), v.as_str()));
    let statuses = AnswerStatus::ALL.iter().map(|v| (v.as_str(), v.as_str()));
    let confidences = std::iter::once(("", "not stated"))
        .chain(Confidence::ALL.iter().map(|v| (v.as_str(), v.as_str())));
    let mut out = format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\">\
         <label for=\"value\">Answer</label><select id=\"value\" name=\"value\">{}</select>\
         <label for=\"narrative\">Narrative (Markdown)</label><textarea id=\"narrative\" name=\"narrative\">{}</textarea>\
         <label for=\"status\">Status</label><select id=\"status\" name=\"status\">{}</select>\
         <label for=\"confidence\">Confidence</label><select id=\"confidence\" name=\"confidence\">{}</select>\
         <label for=\"notes\">Private research notes (never published)</label><textarea id=\"notes\" name=\"notes\">{}</textarea>\n<fieldset><legend>Evidence from the source register</legend>\n",
        ctx.url(&format!("/indicators/{id}")),
        csrf_field(&ctx.session),
        options(values, e.value.as_str()),
        escape(&e.narrative),
        options(statuses, e.status.as_str()),
        options(confidences, e.confidence.map_or("", |c| c.as_str())),
        escape(&e.notes),
    );
    let register: Vec<(String, String)> = sources
        .iter()
        .map(|s| {
            (
                s.value.key.clone(),
                format!("{} — {}", s.value.issuer, s.value.title),
            )
        })
        .collect();
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
        let choices = std::iter::once(("", "(none)"))
            .chain(register.iter().map(|(k, t)| (k.as_str(), t.as_str())));
        let _ = writeln!(
            out,
            "<label for=\"cite-{n}\">Source {}</label><select id=\"cite-{n}\" name=\"cite\">{}</select><label for=\"pin-{n}\">Where in it (article, page)</label><input type=\"text\" id=\"pin-{n}\" name=\"pin\" value=\"{}\">",
            n + 1,
            options(choices, &c.source),
            escape(c.pinpoint.as_deref().unwrap_or("")),
        );
    }
    let kinds = SourceKind::ALL.iter().map(|k| (k.as_str(), k.as_str()));
    let _ = write!(
        out,
        "</fieldset>\n<fieldset><legend>Or cite a new source (added to the register)</legend>\
         <label for=\"new-issuer\">Issuer</label><input type=\"text\" id=\"new-issuer\" name=\"new_issuer\">\
         <label for=\"new-title\">Title</label><input type=\"text\" id=\"new-title\" name=\"new_title\">\
         <label for=\"new-year\">Year</label><input type=\"text\" id=\"new-year\" name=\"new_year\" inputmode=\"numeric\">\
         <label for=\"new-kind\">Kind</label><select id=\"new-kind\" name=\"new_kind\">{}</select>\
         <label for=\"new-url\">Address (URL)</label><input type=\"text\" id=\"new-url\" name=\"new_url\">\
         <label for=\"new-pin\">Where in it</label><input type=\"text\" id=\"new-pin\" name=\"new_pin\"></fieldset>\n<button>Save the answer</button></form>\n",
        options(kinds, "law"),
    );
    out
}

pub async fn show(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, id)): Key,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
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
    let mut body = format!(
        "<h1>Indicator {}</h1>\n<p><strong>{}</strong></p>\n<p class=\"muted\">{}</p>\n",
        escape(&id),
        escape(ind.map_or("", |i| i.question.en())),
        escape(ind.map_or("", |i| i.guidance.en()))
    );
    if ctx.can(Action::Edit) {
        body.push_str(&form(&ctx, &id, &edit, version, &sources));
    } else {
        let _ = write!(
            body,
            "<p>Answer: <strong>{}</strong> ({})</p>\n<div class=\"narrative\">{}</div>\n<h2>Evidence</h2>\n{}",
            edit.value.as_str(),
            edit.status.as_str(),
            markdown(&edit.narrative),
            evidence(&edit, &sources)
        );
        if ctx.can(Action::ReadInternal) && !edit.notes.is_empty() {
            let _ = writeln!(
                body,
                "<h2>Research notes</h2>\n<p class=\"internal\">{}</p>",
                escape(&edit.notes)
            );
        }
    }
    body.push_str(&comments::section(&state, &ctx, &Anchor::Indicator(id.clone())).await?);
    Ok(ctx.page(&format!("Indicator {id}"), &body))
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
    let confidence = match f.get("confidence") {
        "" => None,
        c => Some(
            Confidence::parse(c)
                .ok_or_else(|| field("confidence", "must be low, medium or high"))?,
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
        value: f.parsed(
            "value",
            AnswerValue::parse,
            "must be one of the answer scale",
        )?,
        narrative: f.get("narrative").trim().to_owned(),
        status: f.parsed("status", AnswerStatus::parse, "must be an answer status")?,
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
        y => Some(y.parse().map_err(|_| field("new_year", "must be a year"))?),
    };
    let url = f.get("new_url").trim();
    Ok(Some(Source {
        key: new_key(title, year, sources),
        issuer: f.required("new_issuer")?.to_owned(),
        title: title.to_owned(),
        year,
        kind: f.parsed("new_kind", SourceKind::parse, "must be a kind of source")?,
        amended: Vec::new(),
        url: (!url.is_empty()).then(|| url.to_owned()),
        online: !url.is_empty(),
        language: None,
        note: None,
    }))
}

pub async fn save(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, id)): Key,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Edit).await?;
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
    let shown = |e: &AnswerEdit| {
        format!(
            "<p>Answer: <strong>{}</strong> ({})</p><div>{}</div>{}",
            e.value.as_str(),
            e.status.as_str(),
            markdown(&e.narrative),
            evidence(e, &sources)
        )
    };
    Ok(super::conflict(
        ctx,
        &format!("the answer to indicator {}", escape(id)),
        &shown(&edit_of(&theirs.value)),
        &shown(mine),
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

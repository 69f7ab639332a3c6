//! The source register of an assessment: the list, and each source's editor (with versions; new
//! sources are also created from the indicator page, in the form that cites them).

use mgi_i18n::Localise;
use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_i18n::{Lang, tr};
use mgi_model::access::Action;
use mgi_model::{Source, SourceKind};
use mgi_store::{StoreError, Versioned};

use super::extract::{Acting, Edit, Opened};
use super::{Ctx, back_to, labels};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::form::{Fields, field};
use crate::html::{csrf_field, escape, options};

/// Issuer, title and year, as the register lists a source; its kind in the language.
fn describe(lang: Lang, s: &Source) -> String {
    let year = s.year.map(|y| format!(" ({y})")).unwrap_or_default();
    format!(
        "<bdi>{}</bdi>: <em><bdi>{}</bdi></em>{year} · {}",
        escape(&s.issuer),
        escape(&s.title),
        escape(&s.kind.localise(lang))
    )
}

pub async fn list(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    let lang = ctx.lang();
    let title = tr!(lang, "work-sources-title");
    let mut body = format!("<h1>{}</h1>\n<ul>\n", escape(&title));
    for v in state.store.sources(&ctx.code, ctx.year).await? {
        let _ = writeln!(
            body,
            "<li><a href=\"{}\">{}</a> — {}</li>",
            ctx.url(&format!("/sources/{}", v.value.key)),
            escape(&v.value.key),
            describe(lang, &v.value)
        );
    }
    body.push_str("</ul>\n");
    Ok(ctx.page(&title, &body))
}

fn form(ctx: &Ctx, s: &Source, version: i64) -> String {
    let lang = ctx.lang();
    let kinds = labels::choices(SourceKind::ALL, SourceKind::as_str, |k| k.localise(lang));
    let text = |id: &str, key: &str, value: &str| {
        format!(
            "<label for=\"{id}\">{}</label><input type=\"text\" id=\"{id}\" name=\"{id}\" value=\"{}\">",
            escape(&mgi_i18n::tr(lang, key)),
            escape(value)
        )
    };
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\">{}{}{}<label for=\"kind\">{}</label><select id=\"kind\" name=\"kind\">{}</select>{}{}{}<button data-save=\"source\">{}</button></form>\n",
        ctx.url(&format!("/sources/{}", s.key)),
        csrf_field(&ctx.session),
        text("issuer", "work-source-issuer", &s.issuer),
        text("title", "work-source-title", &s.title),
        text(
            "year",
            "work-year",
            &s.year.map(|y| y.to_string()).unwrap_or_default()
        ),
        escape(&tr!(lang, "work-source-kind-label")),
        options(labels::pairs(&kinds), s.kind.as_str()),
        text(
            "amended",
            "work-source-amended",
            &s.amended
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        text("url", "work-source-url", s.url.as_deref().unwrap_or("")),
        text("note", "work-source-note", s.note.as_deref().unwrap_or("")),
        escape(&tr!(lang, "work-source-save")),
    )
}

fn find(sources: Vec<Versioned<Source>>, key: &str) -> WebResult<Versioned<Source>> {
    sources
        .into_iter()
        .find(|s| s.value.key == key)
        .ok_or(WebError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    Path((_, _, key)): Path<(String, String, String)>,
    Opened(ctx): Opened,
) -> WebResult {
    let source = find(state.store.sources(&ctx.code, ctx.year).await?, &key)?;
    let lang = ctx.lang();
    let title = tr!(lang, "work-source-page", key = key.as_str());
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n",
        escape(&title),
        describe(lang, &source.value)
    );
    if ctx.can(Action::Edit) {
        body.push_str(&form(&ctx, &source.value, source.version));
    }
    Ok(ctx.page(&title, &body))
}

fn read(f: &Fields, key: &str, online_before: bool) -> WebResult<Source> {
    let lang = f.lang();
    let opt = |name: &str| Some(f.get(name).trim().to_owned()).filter(|v| !v.is_empty());
    let year = match f.get("year").trim() {
        "" => None,
        y => Some(
            y.parse()
                .map_err(|_| field("year", &tr!(lang, "work-field-year")))?,
        ),
    };
    let amended = f
        .get("amended")
        .split(',')
        .map(str::trim)
        .filter(|y| !y.is_empty())
        .map(|y| {
            y.parse()
                .map_err(|_| field("amended", &tr!(lang, "work-field-amended")))
        })
        .collect::<Result<Vec<i32>, _>>()?;
    let url = opt("url");
    Ok(Source {
        key: key.to_owned(),
        issuer: f.get("issuer").trim().to_owned(),
        title: f.get("title").trim().to_owned(),
        year,
        kind: f.parsed("kind", SourceKind::parse, &tr!(lang, "work-field-kind"))?,
        amended,
        online: url.is_some() || online_before,
        url,
        language: None,
        note: opt("note"),
    })
}

pub async fn save(
    State(state): State<AppState>,
    Path((_, _, key)): Path<(String, String, String)>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let before = find(state.store.sources(&ctx.code, ctx.year).await?, &key)?;
    let mut edited = read(&f, &key, before.value.online)?;
    edited.language = before.value.language.clone();
    match state
        .store
        .save_source(&ctx.code, ctx.year, &edited, f.version()?, ctx.actor())
        .await
    {
        Ok(_) => Ok(back_to(&ctx.url(&format!("/sources/{key}")))),
        Err(StoreError::Conflict { .. }) => {
            let theirs = find(state.store.sources(&ctx.code, ctx.year).await?, &key)?;
            let lang = ctx.lang();
            let shown = |s: &Source| format!("<p>{}</p>", describe(lang, s));
            let form = form(&ctx, &edited, theirs.version);
            Ok(super::conflict(
                &ctx,
                &tr!(lang, "work-what-source"),
                &shown(&theirs.value),
                &shown(&edited),
                &form,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

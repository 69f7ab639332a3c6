//! The source register of an assessment: the list, and each source's editor (with versions; new
//! sources are also created from the indicator page, in the form that cites them).

use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_model::access::Action;
use mgi_model::{Source, SourceKind};
use mgi_store::{StoreError, Versioned};

use super::{Ctx, back_to};
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::{WebError, WebResult};
use crate::form::{Fields, field};
use crate::html::{csrf_field, escape, options};
use crate::ui::Ui;

fn describe(s: &Source) -> String {
    let year = s.year.map(|y| format!(" ({y})")).unwrap_or_default();
    format!("{}: <em>{}</em>{year}", escape(&s.issuer), escape(&s.title))
}

pub async fn list(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Path<(String, String)>,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
    let mut body = String::from("<h1>Source register</h1>\n<ul>\n");
    for v in state.store.sources(&ctx.code, ctx.year).await? {
        let _ = writeln!(
            body,
            "<li><a href=\"{}\">{}</a> — {}</li>",
            ctx.url(&format!("/sources/{}", v.value.key)),
            escape(&v.value.key),
            describe(&v.value)
        );
    }
    body.push_str("</ul>\n");
    Ok(ctx.page("Source register", &body))
}

fn form(ctx: &Ctx, s: &Source, version: i64) -> String {
    let kinds = SourceKind::ALL.iter().map(|k| (k.as_str(), k.as_str()));
    let text = |id: &str, label: &str, value: &str| {
        format!(
            "<label for=\"{id}\">{label}</label><input type=\"text\" id=\"{id}\" name=\"{id}\" value=\"{}\">",
            escape(value)
        )
    };
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\">{}{}{}<label for=\"kind\">Kind</label><select id=\"kind\" name=\"kind\">{}</select>{}{}{}<button>Save the source</button></form>\n",
        ctx.url(&format!("/sources/{}", s.key)),
        csrf_field(&ctx.session),
        text("issuer", "Issuer", &s.issuer),
        text("title", "Title", &s.title),
        text(
            "year",
            "Year",
            &s.year.map(|y| y.to_string()).unwrap_or_default()
        ),
        options(kinds, s.kind.as_str()),
        text(
            "amended",
            "Amended in (years, separated by commas)",
            &s.amended
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        text("url", "Address (URL)", s.url.as_deref().unwrap_or("")),
        text(
            "note",
            "Note (place, date, report type)",
            s.note.as_deref().unwrap_or("")
        ),
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
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, key)): Path<(String, String, String)>,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
    let source = find(state.store.sources(&ctx.code, ctx.year).await?, &key)?;
    let mut body = format!(
        "<h1>Source {}</h1>\n<p>{}</p>\n",
        escape(&key),
        describe(&source.value)
    );
    if ctx.can(Action::Edit) {
        body.push_str(&form(&ctx, &source.value, source.version));
    }
    Ok(ctx.page("Source", &body))
}

fn read(f: &Fields, key: &str, online_before: bool) -> WebResult<Source> {
    let opt = |name: &str| Some(f.get(name).trim().to_owned()).filter(|v| !v.is_empty());
    let year = match f.get("year").trim() {
        "" => None,
        y => Some(y.parse().map_err(|_| field("year", "must be a year"))?),
    };
    let amended = f
        .get("amended")
        .split(',')
        .map(str::trim)
        .filter(|y| !y.is_empty())
        .map(|y| {
            y.parse()
                .map_err(|_| field("amended", "must be years separated by commas"))
        })
        .collect::<Result<Vec<i32>, _>>()?;
    let url = opt("url");
    Ok(Source {
        key: key.to_owned(),
        issuer: f.get("issuer").trim().to_owned(),
        title: f.get("title").trim().to_owned(),
        year,
        kind: f.parsed("kind", SourceKind::parse, "must be a kind of source")?,
        amended,
        online: url.is_some() || online_before,
        url,
        language: None,
        note: opt("note"),
    })
}

pub async fn save(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, key)): Path<(String, String, String)>,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Edit).await?;
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
            let shown = |s: &Source| format!("<p>{}</p>", describe(s));
            let form = form(&ctx, &edited, theirs.version);
            Ok(super::conflict(
                &ctx,
                "this source",
                &shown(&theirs.value),
                &shown(&edited),
                &form,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

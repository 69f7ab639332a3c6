//! The source register of an assessment: the list, and each source's editor (with versions; new
//! sources are also created from the indicator page, in the form that cites them).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::access::Action;
use mgi_model::{Source, SourceKind};
use mgi_store::{StoreError, Versioned};

use super::extract::{Acting, Edit, Opened};
use super::{ConflictHead, Ctx, conflict_page};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, back_to};
use crate::form::{Fields, field};
use crate::layout::{Chrome, render};
use crate::portal::change_log::years_list;
use crate::ui::colon;
use crate::views::Choice;

/// A source as it is named wherever it is shown (`sources::name` in
/// `templates/partials/sources.html`): its issuer, title and year, and its kind in the language.
pub struct SourceName {
    pub issuer: String,
    pub title: String,
    pub year: Option<i32>,
    pub kind: String,
    /// Between the issuer and the title, as the language writes it.
    pub colon: &'static str,
}

impl SourceName {
    pub fn new(lang: Lang, s: &Source) -> SourceName {
        SourceName {
            issuer: s.issuer.clone(),
            title: s.title.clone(),
            year: s.year,
            kind: s.kind.localise(lang),
            colon: colon(lang),
        }
    }

    /// The name as plain text, for a drop-down's option or a page's title: "issuer — title
    /// (year)".
    pub fn plain(&self) -> String {
        match self.year {
            // The year as written, without grouping.
            Some(year) => format!("{} — {} ({year})", self.issuer, self.title),
            None => format!("{} — {}", self.issuer, self.title),
        }
    }
}

/// A source with what its name does not say: the years of its amendments, its address (a link
/// when it is a web address) and the team's note (`sources::details`).
pub struct SourceDetails {
    pub name: SourceName,
    /// "Amended in 2019, 2022."
    pub amended: Option<String>,
    pub url: Option<String>,
    /// `url` is a web address, which the page may link to.
    pub web: bool,
    pub note: Option<String>,
}

impl SourceDetails {
    pub fn new(lang: Lang, s: &Source) -> SourceDetails {
        let url = s.url.clone();
        SourceDetails {
            name: SourceName::new(lang, s),
            amended: (!s.amended.is_empty()).then(|| {
                tr!(
                    lang,
                    "work-source-amended-in",
                    years = years_list(&s.amended)
                )
            }),
            web: url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://") || u.starts_with("http://")),
            url,
            note: s.note.clone(),
        }
    }
}

/// A line of the register: the source's name, linked to its page.
pub struct SourceRow {
    pub href: String,
    pub name: SourceName,
}

/// `/work/{code}/{year}/sources`.
#[derive(Template)]
#[template(path = "work/sources.html")]
pub struct SourcesPage {
    pub chrome: Chrome,
    pub rows: Vec<SourceRow>,
}

pub async fn list(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    let lang = ctx.lang();
    let rows = state
        .store
        .sources(&ctx.code, ctx.year)
        .await?
        .iter()
        .map(|v| SourceRow {
            href: ctx.url(&format!("/sources/{}", v.value.key)),
            name: SourceName::new(lang, &v.value),
        })
        .collect();
    let page = SourcesPage {
        chrome: ctx.chrome(&tr!(lang, "work-sources-title")),
        rows,
    };
    Ok(Html(render(&page)).into_response())
}

/// The editor of a source (`sources::form`), filled with `s` and based on `version`.
pub struct SourceForm {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub issuer: String,
    pub title: String,
    pub year: String,
    pub kinds: Vec<Choice>,
    pub amended: String,
    pub url: String,
    pub note: String,
}

impl SourceForm {
    fn new(ctx: &Ctx, s: &Source, version: i64) -> SourceForm {
        SourceForm {
            action: ctx.url(&format!("/sources/{}", s.key)),
            csrf: ctx.session.csrf.clone(),
            version,
            issuer: s.issuer.clone(),
            title: s.title.clone(),
            year: s.year.map(|y| y.to_string()).unwrap_or_default(),
            kinds: Choice::all(
                ctx.lang(),
                SourceKind::ALL,
                SourceKind::as_str,
                Some(s.kind),
            ),
            amended: years_list(&s.amended),
            url: s.url.clone().unwrap_or_default(),
            note: s.note.clone().unwrap_or_default(),
        }
    }
}

/// `/work/{code}/{year}/sources/{key}`: the source, and its editor for the team.
#[derive(Template)]
#[template(path = "work/source.html")]
pub struct SourcePage {
    pub chrome: Chrome,
    pub source: SourceDetails,
    pub form: Option<SourceForm>,
}

/// A source saved meanwhile by someone else: theirs, ours, and the editor with ours on theirs.
#[derive(Template)]
#[template(path = "work/source_conflict.html")]
pub struct SourceConflict {
    pub chrome: Chrome,
    pub conflict: ConflictHead,
    pub theirs: SourceDetails,
    pub mine: SourceDetails,
    pub form: SourceForm,
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
    let shown = SourceDetails::new(lang, &source.value);
    let title = tr!(lang, "work-source-page", title = shown.name.plain());
    let page = SourcePage {
        chrome: ctx.chrome(&title),
        source: shown,
        form: ctx
            .can(Action::Edit)
            .then(|| SourceForm::new(&ctx, &source.value, source.version)),
    };
    Ok(Html(render(&page)).into_response())
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
        Ok(_) => Ok(back_to(
            &ctx.url(&format!("/sources/{key}")),
            Done::SourceSaved,
        )),
        Err(StoreError::Conflict { .. }) => {
            let theirs = find(state.store.sources(&ctx.code, ctx.year).await?, &key)?;
            let lang = ctx.lang();
            Ok(conflict_page(&SourceConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-source")),
                theirs: SourceDetails::new(lang, &theirs.value),
                mine: SourceDetails::new(lang, &edited),
                form: SourceForm::new(&ctx, &edited, theirs.version),
            }))
        }
        Err(e) => Err(e.into()),
    }
}

//! The indicator page: the question, the answer with its evidence, and the comments on it. The
//! team edits here, citing sources of the register or a new one created in the same form. A save
//! based on a stale version shows both versions and keeps what was typed.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use mgi_i18n::Localise;
use mgi_i18n::{Lang, tr};
use mgi_model::access::Action;
use mgi_model::{Anchor, AnswerStatus, AnswerValue, Citation, Confidence, Source, SourceKind};
use mgi_store::{AnswerEdit, StoreError, Versioned};

use super::extract::{Acting, Edit, Opened};
use super::{ConflictHead, Ctx, comments, conflict_page};
use crate::AppState;
use crate::feedback::{Done, back_to};
use crate::error::{WebError, WebResult};
use crate::filters;
use crate::form::{Fields, field};
use crate::layout::{Chrome, render};
use crate::ui::colon;
use crate::views::{Choice, Cited, Label, SourceRef, ValueTag, indicator_name};

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
            cited: e
                .citations
                .iter()
                .map(|c| Cited {
                    source: registered(sources, &c.source).map_or_else(
                        || SourceRef {
                            issuer: String::new(),
                            title: c.source.clone(),
                            year: None,
                        },
                        |s| SourceRef {
                            issuer: s.issuer.clone(),
                            title: s.title.clone(),
                            year: s.year,
                        },
                    ),
                    pinpoint: c.pinpoint.clone(),
                })
                .collect(),
        }
    }
}

/// The source of the register with this key.
fn registered<'a>(sources: &'a [Versioned<Source>], key: &str) -> Option<&'a Source> {
    sources.iter().map(|s| &s.value).find(|s| s.key == key)
}

/// A source as a reader tells it from the others: issuer, title and year.
fn source_name(s: &Source) -> String {
    match s.year {
        Some(y) => format!("{} — {} ({y})", s.issuer, s.title),
        None => format!("{} — {}", s.issuer, s.title),
    }
}

/// A citation's fields in the form: the source's key, its name beside, and the pinpoint.
pub struct CitationField {
    /// From 0, for the fields' ids.
    pub n: usize,
    /// "Source 1".
    pub label: String,
    pub source: String,
    pub name: String,
    pub pinpoint: String,
}

/// The answer form (`partials/answer_form.html`), filled, saving on top of `version`.
pub struct AnswerForm {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub values: Vec<Choice>,
    pub narrative: String,
    pub statuses: Vec<Choice>,
    pub confidences: Vec<Choice>,
    pub notes: String,
    /// The register, for the citation fields to suggest from: key, and name.
    pub register: Vec<Choice>,
    pub citations: Vec<CitationField>,
    /// The kinds of a new source.
    pub kinds: Vec<Choice>,
}

impl AnswerForm {
    fn new(
        ctx: &Ctx,
        id: &str,
        e: &AnswerEdit,
        version: i64,
        sources: &[Versioned<Source>],
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
        let blank = Citation {
            source: String::new(),
            pinpoint: None,
        };
        let citations = e
            .citations
            .iter()
            .chain(std::iter::repeat_n(&blank, BLANK_CITATIONS))
            .enumerate()
            .map(|(n, c)| CitationField {
                n,
                label: tr!(lang, "work-answer-source", n = n + 1),
                source: c.source.clone(),
                name: registered(sources, &c.source)
                    .map(source_name)
                    .unwrap_or_default(),
                pinpoint: c.pinpoint.clone().unwrap_or_default(),
            })
            .collect();
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
            register: sources
                .iter()
                .map(|s| Choice {
                    value: s.value.key.clone(),
                    label: source_name(&s.value),
                    selected: false,
                })
                .collect(),
            citations,
            kinds: Choice::all(
                lang,
                SourceKind::ALL,
                SourceKind::as_str,
                Some(SourceKind::Law),
            ),
        }
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
    let answer = if ctx.can(Action::Edit) {
        Answer::Editing(AnswerForm::new(&ctx, &id, &edit, version, &sources))
    } else {
        let notes =
            (ctx.can(Action::ReadInternal) && !edit.notes.is_empty()).then(|| edit.notes.clone());
        Answer::Reading(Shown::new(lang, &edit, &sources), notes)
    };
    let page = AnswerPage {
        chrome: ctx.chrome(&tr!(
            lang,
            "work-indicator-title",
            name = indicator_name(lang, state.store.framework(), &id)
        )),
        question: ind.map(|i| Label::new(lang, &i.question)),
        guidance: ind.map(|i| Label::new(lang, &i.guidance)),
        answer,
        comments: comments::thread(&state, &ctx, &Anchor::Indicator(id.clone())).await?,
    };
    Ok(Html(render(&page)).into_response())
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
        Ok(_) => Ok(back_to(
            &ctx.url(&format!("/indicators/{id}")),
            Done::AnswerSaved,
        )),
        Err(StoreError::Conflict { .. }) => conflict(&state, &ctx, &id, &edit).await,
        Err(e) => Err(e.into()),
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
        form: AnswerForm::new(ctx, id, mine, theirs.version, &sources),
    }))
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

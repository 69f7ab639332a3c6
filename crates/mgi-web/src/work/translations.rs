//! Translations of an assessment's texts, one language per page: each text of the assessment
//! beside its translation, saved one at a time with the version it was based on. Readers see
//! the translations; the team edits them.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use mgi_i18n::Localise;
use mgi_i18n::{Lang, percent, tr};
use mgi_model::access::Action;
use mgi_model::{AssessmentDoc, EventField, TextRef, TextStatus};
use mgi_store::{StoreError, TranslationEdit, VersionedTranslation};

use super::extract::{Acting, Edit, Opened};
use super::{ConflictHead, Ctx, conflict_page};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FieldTable, Refusals, back_to, refused_page};
use crate::layout::{Chrome, render};
use crate::views::Choice;

type Key = Path<(String, String, String)>;

/// The languages an assessment written in `own` can be translated into on these pages.
pub fn targets(own: &str) -> impl Iterator<Item = Lang> + '_ {
    Lang::ALL.into_iter().filter(move |l| l.code() != own)
}

/// What a text is, in the page's language: "Finding rights-wd-1", "Footnote 2 of finding …".
fn what(lang: Lang, target: &TextRef) -> String {
    let (kind, key, n) = match target {
        TextRef::JurisdictionName => ("jurisdiction", String::new(), 0),
        TextRef::Summary(d) => ("summary", d.clone(), 0),
        TextRef::Answer(i) => ("answer", i.clone(), 0),
        TextRef::Finding(k) => ("finding", k.clone(), 0),
        TextRef::FindingFootnote(k, n) => ("footnote", k.clone(), *n),
        TextRef::SourceTitle(k) => ("source", k.clone(), 0),
        TextRef::Convention(i) => ("convention", i.clone(), 0),
        TextRef::Event(k, field) => match field {
            EventField::Title => ("event-title", k.clone(), 0),
            EventField::Place => ("event-place", k.clone(), 0),
            EventField::Description => ("event-description", k.clone(), 0),
            EventField::KeyFinding(n) => ("event-key-finding", k.clone(), *n),
            EventField::Recommendation(n) => ("event-recommendation", k.clone(), *n),
        },
    };
    tr!(
        lang,
        "work-translations-what",
        kind = kind,
        key = key,
        n = n
    )
}

/// The form of one translation (`form` in `templates/partials/translation.html`): the text,
/// its status, the version it is based on.
pub struct TranslationForm {
    pub action: String,
    pub csrf: String,
    pub target: String,
    pub version: i64,
    /// The language of the translation, for the text area.
    pub lang: &'static str,
    pub text: String,
    pub statuses: Vec<Choice>,
    pub refusals: Refusals,
}

/// A translation form's fields; each form's ids end with its text's reference.
const TRANSLATION_FIELDS: &[(&str, &str, &str)] = &[
    ("text", "text", "work-translations-text"),
    ("status", "status", "work-translations-status-label"),
];

impl TranslationForm {
    fn new(
        ctx: &Ctx,
        into: Lang,
        target: &str,
        text: &str,
        status: TextStatus,
        version: i64,
    ) -> TranslationForm {
        let lang = ctx.lang();
        TranslationForm {
            action: ctx.url(&format!("/translations/{}", into.code())),
            csrf: ctx.session.csrf.clone(),
            target: target.to_owned(),
            version,
            lang: into.code(),
            text: text.to_owned(),
            statuses: TextStatus::ALL
                .iter()
                .map(|s| Choice {
                    value: s.as_str().to_owned(),
                    label: s.localise(lang),
                    selected: *s == status,
                })
                .collect(),
            refusals: Refusals::default(),
        }
    }

    /// The id of the field `name` in this form.
    pub fn id(&self, name: &str) -> String {
        format!("{name}-{}", self.target)
    }

    /// What is wrong with the field `name`, or "".
    pub fn error(&self, name: &str) -> String {
        self.refusals.at(&self.id(name))
    }
}

/// A translation for reading (`shown`), or none.
pub struct Shown {
    /// The language of the translation.
    pub lang: &'static str,
    pub text: Option<String>,
    pub status: String,
}

impl Shown {
    fn new(ctx: &Ctx, into: Lang, t: Option<&VersionedTranslation>) -> Shown {
        Shown {
            lang: into.code(),
            text: t.map(|t| t.translation.text.clone()),
            status: t.map_or_else(String::new, |t| t.translation.status.localise(ctx.lang())),
        }
    }
}

/// A text of the assessment on the translations page: what it is, as written, whether its
/// translation was made from an earlier wording, and the translation or its form.
pub struct TextRow {
    /// The text's reference (`finding/x`), for the anchor, the form and the tests.
    pub target: String,
    pub what: String,
    pub original: String,
    pub outdated: bool,
    pub translation: Translation,
}

/// A translation on the translations page: its form for the team, read by everyone else.
pub enum Translation {
    Form(TranslationForm),
    Shown(Shown),
}

/// `/work/{code}/{year}/translations/{lang}`.
#[derive(Template)]
#[template(path = "work/translations.html")]
pub struct TranslationsPage {
    pub chrome: Chrome,
    /// How many texts have a current translation.
    pub done: usize,
    pub coverage: String,
    /// The language the assessment is written in.
    pub original_lang: String,
    pub texts: Vec<TextRow>,
}

/// A translation saved meanwhile by someone else.
#[derive(Template)]
#[template(path = "work/translation_conflict.html")]
pub struct TranslationConflict {
    pub chrome: Chrome,
    pub conflict: ConflictHead,
    pub theirs: Shown,
    pub mine: Shown,
    pub form: TranslationForm,
}

/// The language of the address, if the assessment can be translated into it.
fn target_lang(doc: &AssessmentDoc, code: &str) -> WebResult<Lang> {
    targets(&doc.language)
        .find(|l| l.code() == code)
        .ok_or(WebError::NotFound)
}

/// `/work/{code}/{year}/translations/{lang}`: every text with its translation into `lang`.
pub async fn page(
    State(state): State<AppState>,
    Path((_, _, into)): Key,
    Opened(ctx): Opened,
) -> WebResult {
    let doc = super::assessment::doc_for(&state, &ctx).await?;
    let into = target_lang(&doc, &into)?;
    let page = translations_page(&state, &ctx, &doc, into, None).await?;
    Ok(Html(render(&page)).into_response())
}

/// The translations of `doc` into `into`, with `refused` (as typed) in the place of its text's
/// form.
async fn translations_page(
    state: &AppState,
    ctx: &Ctx,
    doc: &AssessmentDoc,
    into: Lang,
    mut refused: Option<TranslationForm>,
) -> WebResult<TranslationsPage> {
    let saved = state
        .store
        .translations(&ctx.code, ctx.year, into.code())
        .await?;
    let lang = ctx.lang();
    let texts = doc.texts();
    let done = texts
        .iter()
        .filter(|(r, _)| doc.current_translation(r, into.code()).is_some())
        .count();
    let title = tr!(
        lang,
        "work-translations-title",
        language = mgi_i18n::language_name(lang, into.code())
    );
    let share = if texts.is_empty() {
        0.0
    } else {
        100.0 * done as f64 / texts.len() as f64
    };
    let coverage = tr!(
        lang,
        "work-translations-coverage",
        done = done,
        all = texts.len(),
        share = percent(lang, share, 0)
    );
    let editable = ctx.can(Action::Edit);
    let rows = texts
        .iter()
        .map(|(target, original)| {
            let key = target.to_string();
            let current = saved.iter().find(|t| t.translation.target == key);
            let translation = if editable {
                let form = refused.take_if(|f| f.target == key).unwrap_or_else(|| {
                    let (text, status, version) = current
                        .map_or((String::new(), TextStatus::Draft, 0), |t| {
                            (t.translation.text.clone(), t.translation.status, t.version)
                        });
                    TranslationForm::new(ctx, into, &key, &text, status, version)
                });
                Translation::Form(form)
            } else {
                Translation::Shown(Shown::new(ctx, into, current))
            };
            TextRow {
                what: what(lang, target),
                original: original.to_string(),
                outdated: current.is_some_and(|t| !t.translation.is_current(original)),
                translation,
                target: key,
            }
        })
        .collect();
    Ok(TranslationsPage {
        chrome: ctx.chrome(&title),
        done,
        coverage,
        original_lang: doc.language.clone(),
        texts: rows,
    })
}

/// Save one translation (an empty text removes it); a stale save shows both versions.
pub async fn save(
    State(state): State<AppState>,
    Path((_, _, into)): Key,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let lang = ctx.lang();
    let into = Lang::from_code(&into)
        .filter(|l| l.code() == into)
        .ok_or(WebError::NotFound)?;
    let target = f.required("target")?.to_owned();
    let stored = state
        .store
        .translations(&ctx.code, ctx.year, into.code())
        .await?
        .into_iter()
        .find(|t| t.translation.target == target)
        .map_or(TextStatus::Draft, |t| t.translation.status);
    let mut refused = Vec::new();
    let status = f.choice(
        "status",
        TextStatus::parse,
        &tr!(lang, "work-translations-status-expected"),
        stored,
        &mut refused,
    );
    let edit = TranslationEdit {
        lang: into.code().to_owned(),
        target,
        text: f.get("text").trim().to_owned(),
        status,
    };
    let version = f.version()?;
    let back = ctx.url(&format!("/translations/{}#tr-{}", into.code(), edit.target));
    let saved = if refused.is_empty() {
        state
            .store
            .save_translation(&ctx.code, ctx.year, &edit, version, ctx.actor())
            .await
            .map_err(WebError::from)
    } else {
        Err(WebError::Form(refused))
    };
    match saved {
        Ok(_) => Ok(back_to(&back, Done::TranslationSaved)),
        Err(WebError::Store(StoreError::Conflict { .. })) => {
            let theirs = state
                .store
                .translations(&ctx.code, ctx.year, into.code())
                .await?
                .into_iter()
                .find(|t| t.translation.target == edit.target);
            let version = theirs.as_ref().map_or(0, |t| t.version);
            Ok(conflict_page(&TranslationConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-translation")),
                theirs: Shown::new(&ctx, into, theirs.as_ref()),
                mine: Shown {
                    lang: into.code(),
                    text: Some(edit.text.clone()),
                    status: edit.status.localise(lang),
                },
                form: TranslationForm::new(
                    &ctx,
                    into,
                    &edit.target,
                    &edit.text,
                    edit.status,
                    version,
                ),
            }))
        }
        // A text the assessment does not have has no form to come back in.
        Err(e) if Refusals::names_record(&e, "target") => Err(e),
        Err(e) => {
            let suffix = format!("-{}", edit.target);
            let table = FieldTable {
                fields: TRANSLATION_FIELDS,
                suffix: &suffix,
            };
            let refusals = Refusals::of(e, lang, &table)?;
            let doc = super::assessment::doc_for(&state, &ctx).await?;
            let into = target_lang(&doc, into.code())?;
            let form = TranslationForm {
                text: f.get("text").to_owned(),
                refusals,
                ..TranslationForm::new(&ctx, into, &edit.target, "", edit.status, version)
            };
            let page = translations_page(&state, &ctx, &doc, into, Some(form)).await?;
            Ok(refused_page(&page))
        }
    }
}

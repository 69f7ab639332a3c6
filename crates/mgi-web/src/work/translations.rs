//! Translations of an assessment's texts, one language per page: each text of the assessment
//! beside its translation, saved one at a time with the version it was based on. Readers see
//! the translations; the team edits them.

use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_i18n::{Lang, percent, tr};
use mgi_model::access::Action;
use mgi_model::{AssessmentDoc, EventField, TextRef, TextStatus};
use mgi_store::{StoreError, TranslationEdit, VersionedTranslation};

use super::extract::{Acting, Edit, Opened};
use super::{Ctx, back_to};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::html::{csrf_field, escape, options};

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

fn status_label(lang: Lang, s: TextStatus) -> String {
    tr!(lang, "work-translations-status", status = s.as_str())
}

/// The form of one translation: the text, its status, the version it is based on.
fn form(
    ctx: &Ctx,
    into: Lang,
    target: &str,
    text: &str,
    status: TextStatus,
    version: i64,
) -> String {
    let lang = ctx.lang();
    let labels: Vec<(&str, String)> = TextStatus::ALL
        .iter()
        .map(|s| (s.as_str(), status_label(lang, *s)))
        .collect();
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"target\" value=\"{}\">\
         <input type=\"hidden\" name=\"version\" value=\"{version}\">\
         <label>{}<textarea name=\"text\" lang=\"{}\" dir=\"auto\">{}</textarea></label>\
         <label>{}<select name=\"status\">{}</select></label>\
         <button data-save=\"translation\">{}</button></form>\n",
        ctx.url(&format!("/translations/{}", into.code())),
        csrf_field(&ctx.session),
        escape(target),
        escape(&tr!(lang, "work-translations-text")),
        into.code(),
        escape(text),
        escape(&tr!(lang, "work-translations-status-label")),
        options(
            labels.iter().map(|(v, l)| (*v, l.as_str())),
            status.as_str()
        ),
        escape(&tr!(lang, "work-translations-save")),
    )
}

/// A translation for reading, or the statement that there is none.
fn shown(ctx: &Ctx, into: Lang, t: Option<&VersionedTranslation>) -> String {
    let lang = ctx.lang();
    match t {
        Some(t) => format!(
            "<p lang=\"{}\" dir=\"auto\">{}</p><p class=\"muted\">{}</p>\n",
            into.code(),
            escape(&t.translation.text),
            escape(&status_label(lang, t.translation.status))
        ),
        None => format!(
            "<p class=\"muted\">{}</p>\n",
            escape(&tr!(lang, "work-translations-none"))
        ),
    }
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
    let mut body = format!(
        "<h1>{}</h1>\n<p data-translated=\"{done}\">{}</p>\n<p>{}</p>\n",
        escape(&title),
        escape(&tr!(
            lang,
            "work-translations-coverage",
            done = done,
            all = texts.len(),
            share = percent(lang, share, 0)
        )),
        escape(&tr!(lang, "work-translations-how")),
    );
    let editable = ctx.can(Action::Edit);
    for (target, original) in &texts {
        let key = target.to_string();
        let current = saved.iter().find(|t| t.translation.target == key);
        let _ = write!(
            body,
            "<section id=\"tr-{}\" data-target=\"{}\"><h2>{}</h2>\n<blockquote lang=\"{}\" dir=\"auto\">{}</blockquote>\n",
            escape(&key),
            escape(&key),
            escape(&what(lang, target)),
            escape(&doc.language),
            escape(original),
        );
        if current.is_some_and(|t| !t.translation.is_current(original)) {
            let _ = writeln!(
                body,
                "<p class=\"conflict\" data-outdated=\"{}\">{}</p>",
                escape(&key),
                escape(&tr!(lang, "work-translations-outdated"))
            );
        }
        if editable {
            let (text, status, version) = current
                .map_or((String::new(), TextStatus::Draft, 0), |t| {
                    (t.translation.text.clone(), t.translation.status, t.version)
                });
            body.push_str(&form(&ctx, into, &key, &text, status, version));
        } else {
            body.push_str(&shown(&ctx, into, current));
        }
        body.push_str("</section>\n");
    }
    Ok(ctx.page(&title, &body))
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
    let status = f.parsed(
        "status",
        TextStatus::parse,
        &tr!(lang, "work-translations-status-expected"),
    )?;
    let edit = TranslationEdit {
        lang: into.code().to_owned(),
        target: f.required("target")?.to_owned(),
        text: f.get("text").trim().to_owned(),
        status,
    };
    let version = f.version()?;
    let back = ctx.url(&format!("/translations/{}#tr-{}", into.code(), edit.target));
    match state
        .store
        .save_translation(&ctx.code, ctx.year, &edit, version, ctx.actor())
        .await
    {
        Ok(_) => Ok(back_to(&back)),
        Err(StoreError::Conflict { .. }) => {
            let theirs = state
                .store
                .translations(&ctx.code, ctx.year, into.code())
                .await?
                .into_iter()
                .find(|t| t.translation.target == edit.target);
            let version = theirs.as_ref().map_or(0, |t| t.version);
            let mine = VersionedTranslation {
                translation: mgi_model::Translation {
                    lang: edit.lang.clone(),
                    target: edit.target.clone(),
                    text: edit.text.clone(),
                    status: edit.status,
                    of: None,
                },
                version,
            };
            Ok(super::conflict(
                &ctx,
                &tr!(lang, "work-what-translation"),
                &shown(&ctx, into, theirs.as_ref()),
                &shown(&ctx, into, Some(&mine)),
                &form(&ctx, into, &edit.target, &edit.text, edit.status, version),
            ))
        }
        Err(e) => Err(e.into()),
    }
}

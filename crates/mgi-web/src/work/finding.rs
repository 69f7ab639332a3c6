//! A finding: its kind, its text, the indicators it speaks to (chosen by name), its citations
//! and footnotes, edited by the team with versions; the indicators the importer suggested for
//! it, accepted or dismissed one at a time with the words that matched; its place among the
//! findings of its domain; its deletion, after a confirmation; and the comments anchored to it.
//! A new finding is written on the same form.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse};
use mgi_framework::{Framework, FrameworkSet};
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::access::Action;
use mgi_model::{Anchor, Finding as StoredFinding, FindingKind, Source};
use mgi_store::{FindingEdit, Review, Shift, StoreError, Versioned};
use serde::Deserialize;

use super::evidence::{EvidenceFields, add_new_source, cited, evidence_field, read_citations};
use super::extract::{Acting, Edit, Opened};
use super::{ConflictHead, Ctx, comments, conflict_page};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FormFields, Refusals, back_to, refused_page, reload};
use crate::filters;
use crate::form::Fields;
use crate::layout::{Chrome, render};
use crate::ui::colon;
use crate::views::{Choice, Cited, DomainTag, indicator_name};

type Key = Path<(String, String, String)>;

/// The framework set the assessment is pinned to.
fn set_of<'a>(state: &'a AppState, ctx: &Ctx) -> WebResult<&'a FrameworkSet> {
    ctx.framework_set(state.store.framework())
        .ok_or_else(|| WebError::Server("the assessment's framework set is unknown".into()))
}

/// An indicator the form offers, by name.
pub struct IndicatorChoice {
    pub id: String,
    pub name: String,
    pub checked: bool,
}

/// A group of indicators in the picker: those linked now (in their order, the main one
/// first), then each domain's others; a domain's group is open when it is the finding's.
pub struct IndicatorGroup {
    pub domain: Option<DomainTag>,
    pub open: bool,
    pub choices: Vec<IndicatorChoice>,
}

/// The indicators of the form: checkboxes by name, those linked now first.
fn picker(
    lang: Lang,
    fw: &Framework,
    set: &FrameworkSet,
    domain: &str,
    linked: &[String],
) -> Vec<IndicatorGroup> {
    let choice = |id: &str, checked| IndicatorChoice {
        id: id.to_owned(),
        name: indicator_name(lang, fw, id),
        checked,
    };
    let mut groups = vec![IndicatorGroup {
        domain: None,
        open: true,
        choices: linked.iter().map(|id| choice(id, true)).collect(),
    }];
    let mut domains: Vec<&mgi_framework::Domain> = set.domains.iter().collect();
    domains.sort_by_key(|d| d.id != domain);
    groups.extend(domains.into_iter().map(|d| {
        IndicatorGroup {
            domain: Some(DomainTag::new(lang, d)),
            open: d.id == domain,
            choices: d
                .indicator_ids()
                .filter(|id| !linked.iter().any(|l| l == id))
                .map(|id| choice(id, false))
                .collect(),
        }
    }));
    groups
}

/// A footnote's field.
pub struct FootnoteField {
    pub n: usize,
    pub label: String,
    pub text: String,
    pub error: String,
}

/// The form of a finding (`partials/finding.html`), filled, saving on top of `version` (0: a
/// new finding of `domain`), with what was refused when it comes back.
pub struct FindingForm {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub domain: String,
    pub kinds: Vec<Choice>,
    pub text: String,
    pub indicators: Vec<IndicatorGroup>,
    pub evidence: EvidenceFields,
    pub footnotes: Vec<FootnoteField>,
    pub refusals: Refusals,
    pub button: String,
}

/// What the form needs besides the finding: where it posts, the version, the domain.
struct Target<'a> {
    action: String,
    version: i64,
    domain: &'a str,
    button: String,
}

impl FindingForm {
    fn new(
        state: &AppState,
        ctx: &Ctx,
        target: Target<'_>,
        e: &FindingEdit,
        sources: &[Versioned<Source>],
        refusals: Refusals,
    ) -> WebResult<FindingForm> {
        let lang = ctx.lang();
        let fw = state.store.framework();
        let blank = std::iter::once(String::new());
        Ok(FindingForm {
            action: target.action,
            csrf: ctx.session.csrf.clone(),
            version: target.version,
            domain: target.domain.to_owned(),
            kinds: Choice::all(lang, FindingKind::ALL, FindingKind::as_str, Some(e.kind)),
            text: e.text.clone(),
            indicators: picker(lang, fw, set_of(state, ctx)?, target.domain, &e.indicators),
            evidence: EvidenceFields::new(lang, &e.citations, sources, &|id| refusals.at(id)),
            footnotes: e
                .footnotes
                .iter()
                .cloned()
                .chain(blank)
                .enumerate()
                .map(|(n, text)| FootnoteField {
                    n,
                    label: tr!(lang, "work-finding-footnote", n = n + 1),
                    text,
                    error: refusals.at(&format!("footnote-{n}")),
                })
                .collect(),
            refusals,
            button: target.button,
        })
    }
}

/// The finding form's fields as its refusals name them.
struct FindingFields;

impl FormFields for FindingFields {
    fn field(&self, lang: Lang, place: &str) -> Option<(String, String)> {
        let named = |id: &str, key: &str| Some((id.to_owned(), mgi_i18n::tr(lang, key)));
        match place {
            "kind" => named("kind-0", "work-finding-kind"),
            "text" => named("text", "work-finding-text"),
            "domain" => named("text", "work-finding-domain"),
            p if p.starts_with("indicator") => named("indicators", "work-finding-indicators"),
            p if p.starts_with("footnotes[") => {
                let n: usize = p
                    .strip_prefix("footnotes[")?
                    .strip_suffix(']')?
                    .parse()
                    .ok()?;
                Some((
                    format!("footnote-{n}"),
                    tr!(lang, "work-finding-footnote", n = n + 1),
                ))
            }
            _ => evidence_field(lang, place),
        }
    }
}

/// A finding for reading: its kind, text (Markdown), indicators, citations and footnotes.
pub struct Shown {
    pub colon: &'static str,
    pub kind: String,
    pub text: String,
    pub indicators: String,
    pub cited: Vec<Cited>,
    pub footnotes: Vec<String>,
}

impl Shown {
    fn new(lang: Lang, fw: &Framework, e: &FindingEdit, sources: &[Versioned<Source>]) -> Shown {
        Shown {
            colon: colon(lang),
            kind: e.kind.localise(lang),
            text: e.text.clone(),
            indicators: e
                .indicators
                .iter()
                .map(|id| indicator_name(lang, fw, id))
                .collect::<Vec<_>>()
                .join(", "),
            cited: cited(&e.citations, sources),
            footnotes: e.footnotes.clone(),
        }
    }
}

/// An indicator the importer suggested, with the words of the finding that matched it and
/// the two actions on it.
pub struct SuggestionRow {
    pub name: String,
    pub indicator: String,
    /// The matcher's score as a percentage.
    pub score: u32,
    pub words: String,
}

/// The suggestions still to review, and the form they post to.
pub struct Suggestions {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub rows: Vec<SuggestionRow>,
}

/// The actions on a stored finding: move it up or down, delete it.
pub struct Arrange {
    pub move_action: String,
    pub delete: String,
    pub csrf: String,
}

/// The finding on its page: the form for the team, the finding for reading otherwise.
pub enum Finding {
    Editing(Box<FindingForm>),
    Reading(Shown),
}

/// `/work/<code>/<year>/findings/<key>`, and `/findings/new` for a new one.
#[derive(Template)]
#[template(path = "work/finding.html")]
pub struct FindingPage {
    pub chrome: Chrome,
    pub domain: DomainTag,
    pub suggestions: Option<Suggestions>,
    pub finding: Finding,
    pub arrange: Option<Arrange>,
    pub comments: Option<comments::Thread>,
}

/// Someone saved the finding first (409).
#[derive(Template)]
#[template(path = "work/finding_conflict.html")]
pub struct FindingConflict {
    pub chrome: Chrome,
    pub conflict: ConflictHead,
    pub theirs: Shown,
    pub mine: Shown,
    pub form: Box<FindingForm>,
}

/// "Delete this finding?": what will happen, and the button that does it.
#[derive(Template)]
#[template(path = "work/finding_delete.html")]
pub struct DeletePage {
    pub chrome: Chrome,
    pub shown: Shown,
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub back: String,
}

/// The domain of a finding, as its page names it.
fn domain_tag(state: &AppState, ctx: &Ctx, domain: &str) -> WebResult<DomainTag> {
    set_of(state, ctx)?
        .domain(domain)
        .map(|d| DomainTag::new(ctx.lang(), d))
        .ok_or(WebError::NotFound)
}

fn title(ctx: &Ctx, domain: &DomainTag, kind: FindingKind) -> String {
    tr!(
        ctx.lang(),
        "work-finding-title",
        kind = kind.localise(ctx.lang()),
        domain = domain.name.text.as_str()
    )
}

/// The page of the stored finding `f`, its form carrying `form` (the stored finding, or what
/// was posted with its refusals).
async fn stored_page(
    state: &AppState,
    ctx: &Ctx,
    f: &Versioned<StoredFinding>,
    edit: &FindingEdit,
    refusals: Refusals,
) -> WebResult<FindingPage> {
    let lang = ctx.lang();
    let key = &f.value.key;
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let domain = domain_tag(state, ctx, &f.value.domain)?;
    let editing = ctx.can(Action::Edit);
    let finding = if editing {
        let target = Target {
            action: ctx.url(&format!("/findings/{key}")),
            version: f.version,
            domain: &f.value.domain,
            button: tr!(lang, "work-finding-save"),
        };
        Finding::Editing(Box::new(FindingForm::new(
            state, ctx, target, edit, &sources, refusals,
        )?))
    } else {
        Finding::Reading(Shown::new(lang, state.store.framework(), edit, &sources))
    };
    let fw = state.store.framework();
    let suggestions = (editing && !f.value.suggested.is_empty()).then(|| Suggestions {
        action: ctx.url(&format!("/findings/{key}/suggestions")),
        csrf: ctx.session.csrf.clone(),
        version: f.version,
        rows: f
            .value
            .suggested
            .iter()
            .map(|s| SuggestionRow {
                name: indicator_name(lang, fw, &s.indicator),
                indicator: s.indicator.clone(),
                score: (s.score.clamp(0.0, 1.0) * 100.0).round() as u32,
                words: mgi_import::matched_words(fw, &s.indicator, &f.value.text).join(", "),
            })
            .collect(),
    });
    let arrange = editing.then(|| Arrange {
        move_action: ctx.url(&format!("/findings/{key}/move")),
        delete: ctx.url(&format!("/findings/{key}/delete")),
        csrf: ctx.session.csrf.clone(),
    });
    Ok(FindingPage {
        chrome: ctx.chrome(&title(ctx, &domain, edit.kind)),
        domain,
        suggestions,
        finding,
        arrange,
        comments: Some(comments::thread(state, ctx, &Anchor::Finding(key.clone())).await?),
    })
}

pub async fn show(
    State(state): State<AppState>,
    Path((_, _, key)): Key,
    Opened(ctx): Opened,
) -> WebResult {
    Ok(Html(render(&finding_page(&state, &ctx, &key).await?)).into_response())
}

/// The page of the finding `key` as stored.
pub(super) async fn finding_page(state: &AppState, ctx: &Ctx, key: &str) -> WebResult<FindingPage> {
    let f = state.store.finding(&ctx.code, ctx.year, key).await?;
    let edit = FindingEdit::of(&f.value);
    stored_page(state, ctx, &f, &edit, Refusals::default()).await
}

/// The finding as posted. A kind that is not one of the form's keeps `stored`'s and is
/// refused by name.
fn read_edit(
    f: &Fields,
    stored: FindingKind,
    sources: &[Versioned<Source>],
) -> (FindingEdit, Vec<(String, String)>) {
    let mut refused = Vec::new();
    let kind = f.choice(
        "kind",
        FindingKind::parse,
        &tr!(f.lang(), "work-field-finding-kind"),
        stored,
        &mut refused,
    );
    let edit = FindingEdit {
        kind,
        text: f.get("text").trim().to_owned(),
        indicators: f
            .all("indicator")
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .fold(Vec::new(), |mut all, i| {
                if !all.iter().any(|a: &String| a == i) {
                    all.push(i.to_owned());
                }
                all
            }),
        citations: read_citations(f, sources),
        footnotes: f
            .all("footnote")
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect(),
    };
    (edit, refused)
}

/// Check the posted fields, add the form's new source, then `save`; a refusal of any of them
/// comes back as a form error.
async fn checked<T, F>(
    state: &AppState,
    ctx: &Ctx,
    f: &Fields,
    edit: &mut FindingEdit,
    refused: Vec<(String, String)>,
    save: F,
) -> WebResult<T>
where
    F: AsyncFnOnce(&FindingEdit) -> Result<T, StoreError>,
{
    if !refused.is_empty() {
        return Err(WebError::Form(refused));
    }
    add_new_source(state, ctx, f, &mut edit.citations).await?;
    Ok(save(edit).await?)
}

pub async fn save(
    State(state): State<AppState>,
    Path((_, _, key)): Key,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let version = f.version()?;
    let stored = state.store.finding(&ctx.code, ctx.year, &key).await?;
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let (mut edit, refused) = read_edit(&f, stored.value.kind, &sources);
    let saved = checked(&state, &ctx, &f, &mut edit, refused, async |e| {
        state
            .store
            .save_finding(&ctx.code, ctx.year, &key, e, version, ctx.actor())
            .await
    })
    .await;
    match saved {
        Ok(_) => Ok(back_to(
            &ctx.url(&format!("/findings/{key}")),
            Done::FindingSaved,
        )),
        Err(WebError::Store(StoreError::Conflict { .. })) => {
            let theirs = state.store.finding(&ctx.code, ctx.year, &key).await?;
            let lang = ctx.lang();
            let sources = state.store.sources(&ctx.code, ctx.year).await?;
            let fw = state.store.framework();
            let target = Target {
                action: ctx.url(&format!("/findings/{key}")),
                version: theirs.version,
                domain: &theirs.value.domain,
                button: tr!(lang, "work-finding-save"),
            };
            Ok(conflict_page(&FindingConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-finding")),
                theirs: Shown::new(lang, fw, &FindingEdit::of(&theirs.value), &sources),
                mine: Shown::new(lang, fw, &edit, &sources),
                form: Box::new(FindingForm::new(
                    &state,
                    &ctx,
                    target,
                    &edit,
                    &sources,
                    Refusals::default(),
                )?),
            }))
        }
        Err(e) => {
            let refusals = Refusals::of(e, ctx.lang(), &FindingFields)?;
            let stored = Versioned { version, ..stored };
            Ok(refused_page(
                &stored_page(&state, &ctx, &stored, &edit, refusals).await?,
            ))
        }
    }
}

#[derive(Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    domain: String,
}

/// The page of a new finding of `domain`, its form carrying `edit`.
fn new_page(
    state: &AppState,
    ctx: &Ctx,
    domain: &str,
    edit: &FindingEdit,
    sources: &[Versioned<Source>],
    refusals: Refusals,
) -> WebResult<FindingPage> {
    let lang = ctx.lang();
    let tag = domain_tag(state, ctx, domain)?;
    let target = Target {
        action: ctx.url("/findings"),
        version: 0,
        domain,
        button: tr!(lang, "work-finding-add-button"),
    };
    let form = FindingForm::new(state, ctx, target, edit, sources, refusals)?;
    Ok(FindingPage {
        chrome: ctx.chrome(&tr!(
            lang,
            "work-finding-new-title",
            domain = tag.name.text.as_str()
        )),
        domain: tag,
        suggestions: None,
        finding: Finding::Editing(Box::new(form)),
        arrange: None,
        comments: None,
    })
}

fn blank(kind: FindingKind) -> FindingEdit {
    FindingEdit {
        kind,
        text: String::new(),
        indicators: Vec::new(),
        citations: Vec::new(),
        footnotes: Vec::new(),
    }
}

/// `/work/<code>/<year>/findings/new?domain=<id>`: the form of a new finding.
pub async fn new(
    State(state): State<AppState>,
    Query(q): Query<NewQuery>,
    Opened(ctx): Opened,
) -> WebResult {
    ctx.require(Action::Edit)?;
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let edit = blank(FindingKind::WellDeveloped);
    let page = new_page(
        &state,
        &ctx,
        &q.domain,
        &edit,
        &sources,
        Refusals::default(),
    )?;
    Ok(Html(render(&page)).into_response())
}

pub async fn add(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let domain = f.get("domain").trim().to_owned();
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let (mut edit, refused) = read_edit(&f, FindingKind::WellDeveloped, &sources);
    let added = checked(&state, &ctx, &f, &mut edit, refused, async |e| {
        state
            .store
            .add_finding(&ctx.code, ctx.year, &domain, e, ctx.actor())
            .await
    })
    .await;
    match added {
        Ok(key) => Ok(back_to(
            &ctx.url(&format!("/findings/{key}")),
            Done::FindingAdded,
        )),
        Err(e) => {
            let refusals = Refusals::of(e, ctx.lang(), &FindingFields)?;
            let sources = state.store.sources(&ctx.code, ctx.year).await?;
            let page = new_page(&state, &ctx, &domain, &edit, &sources, refusals)?;
            Ok(refused_page(&page))
        }
    }
}

/// Move the finding up or down among its domain's findings of its kind.
pub async fn shift(
    State(state): State<AppState>,
    Path((_, _, key)): Key,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let shift = f.parsed(
        "shift",
        |s| match s {
            "up" => Some(Shift::Up),
            "down" => Some(Shift::Down),
            _ => None,
        },
        &tr!(ctx.lang(), "work-field-shift"),
    )?;
    state
        .store
        .move_finding(&ctx.code, ctx.year, &key, shift, ctx.actor())
        .await?;
    Ok(back_to(
        &format!("{}#findings", ctx.url("")),
        Done::FindingMoved,
    ))
}

/// Accept or dismiss one suggested indicator.
pub async fn review(
    State(state): State<AppState>,
    Path((_, _, key)): Key,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let review = f.parsed(
        "review",
        |s| match s {
            "accept" => Some(Review::Accept),
            "dismiss" => Some(Review::Dismiss),
            _ => None,
        },
        &tr!(ctx.lang(), "work-field-review"),
    )?;
    let version = f.version()?;
    let indicator = f.required("indicator")?;
    match state
        .store
        .review_suggestion(
            &ctx.code,
            ctx.year,
            &key,
            indicator,
            review,
            version,
            ctx.actor(),
        )
        .await
    {
        Ok(_) => Ok(back_to(
            &ctx.url(&format!("/findings/{key}")),
            match review {
                Review::Accept => Done::SuggestionAccepted,
                Review::Dismiss => Done::SuggestionDismissed,
            },
        )),
        // A stale review (another tab saved first): the page as it is now says what is left,
        // without a banner claiming a change this review did not make.
        Err(StoreError::Conflict { .. }) => Ok(reload(&ctx.url(&format!("/findings/{key}")))),
        Err(e) => Err(e.into()),
    }
}

/// "Delete this finding?"
pub async fn confirm_delete(
    State(state): State<AppState>,
    Path((_, _, key)): Key,
    Opened(ctx): Opened,
) -> WebResult {
    ctx.require(Action::Edit)?;
    let f = state.store.finding(&ctx.code, ctx.year, &key).await?;
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let lang = ctx.lang();
    let page = DeletePage {
        chrome: ctx.chrome(&tr!(lang, "work-finding-delete-title")),
        shown: Shown::new(
            lang,
            state.store.framework(),
            &FindingEdit::of(&f.value),
            &sources,
        ),
        action: ctx.url(&format!("/findings/{key}/delete")),
        csrf: ctx.session.csrf.clone(),
        version: f.version,
        back: ctx.url(&format!("/findings/{key}")),
    };
    Ok(Html(render(&page)).into_response())
}

pub async fn delete(
    State(state): State<AppState>,
    Path((_, _, key)): Key,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    state
        .store
        .delete_finding(&ctx.code, ctx.year, &key, f.version()?, ctx.actor())
        .await?;
    Ok(back_to(
        &format!("{}#findings", ctx.url("")),
        Done::FindingDeleted,
    ))
}

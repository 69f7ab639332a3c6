//! The source register of an assessment: the list (found by words, likely duplicates flagged),
//! each source's editor (with versions; new sources are also created from the indicator page,
//! in the form that cites them), and the merge of a duplicate into the source it repeats.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::access::Action;
use mgi_model::{DocError, Problem, Source, SourceKind};
use mgi_store::{StoreError, Versioned};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::extract::{Acting, Edit, Opened};
use super::{ConflictHead, Ctx, conflict_page};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FieldTable, FormFields, Refusals, back_to, refused_page};
use crate::form::{Fields, field};
use crate::layout::{Chrome, render};
use crate::portal::change_log::years_list;
use crate::portal::query_values;
use crate::ui::colon;
use crate::views::{Choice, NAME, Named};

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

/// A text as the register is searched and compared: lower case, accents left out, and every run
/// of other characters than letters and digits one space ("Law on  Disaster-Protection" and
/// "law on disaster protection" fold alike).
pub fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// The longest search of the register, in characters.
pub const MAX_QUERY: usize = 200;

/// Whether every word of the (folded) query is in the source's issuer, title or year.
fn matches(words: &[&str], s: &Source) -> bool {
    let year = s.year.map(|y| y.to_string()).unwrap_or_default();
    let text = folded(&format!("{} {} {year}", s.issuer, s.title));
    let found: Vec<&str> = text.split(' ').collect();
    words.iter().all(|w| found.iter().any(|f| f.starts_with(w)))
}

/// Each source's likely duplicates: the other sources of the register whose titles fold alike
/// (so also those with the same title and year), in register order.
fn twins(sources: &[Versioned<Source>]) -> BTreeMap<&str, Vec<&Source>> {
    let mut by_title: BTreeMap<String, Vec<&Source>> = BTreeMap::new();
    for s in sources {
        by_title
            .entry(folded(&s.value.title))
            .or_default()
            .push(&s.value);
    }
    let mut out = BTreeMap::new();
    for group in by_title.values().filter(|g| g.len() > 1) {
        for s in group {
            let others = group.iter().filter(|o| o.key != s.key).copied().collect();
            out.insert(s.key.as_str(), others);
        }
    }
    out
}

/// The address of the page that confirms merging `drop` into `keep`.
fn merge_url(ctx: &Ctx, drop: &str, keep: &str) -> String {
    let into: String = form_urlencoded::byte_serialize(keep.as_bytes()).collect();
    ctx.url(&format!("/sources/{drop}/merge?into={into}"))
}

/// Another source of the register with the same title, and, for those who may edit, the way to
/// merge the listed source into it.
pub struct Twin {
    pub name: SourceName,
    pub merge: Option<MergeLink>,
}

/// A link to merge a source into another, its text naming the other.
pub struct MergeLink {
    pub href: String,
    pub text: Named,
}

/// A line of the register: the source's name, linked to its page, and its likely duplicates.
pub struct SourceRow {
    pub href: String,
    pub name: SourceName,
    pub twins: Vec<Twin>,
}

/// The search form of the register and what it found.
pub struct SourceFilter {
    pub action: String,
    pub query: String,
    /// "12 of 78 sources", or "78 sources" when nothing is asked.
    pub count: String,
    pub filtered: bool,
}

/// `/work/{code}/{year}/sources`.
#[derive(Template)]
#[template(path = "work/sources.html")]
pub struct SourcesPage {
    pub chrome: Chrome,
    pub filter: SourceFilter,
    pub rows: Vec<SourceRow>,
}

/// `GET /work/{code}/{year}/sources?q=words`: the register, or the sources whose issuer, title
/// or year hold every word (the start of a word; capitals and accents do not matter).
pub async fn list(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    Opened(ctx): Opened,
) -> WebResult {
    let lang = ctx.lang();
    let q = query_values(query.as_deref(), "q")
        .into_iter()
        .next()
        .unwrap_or_default();
    if q.chars().count() > MAX_QUERY {
        let max = MAX_QUERY.to_string();
        return Err(field("q", &tr!(lang, "work-field-too-long", max = max)));
    }
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let twins = twins(&sources);
    let words = folded(&q);
    let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
    let editor = ctx.can(Action::Edit);
    let rows: Vec<SourceRow> = sources
        .iter()
        .filter(|v| matches(&words, &v.value))
        .map(|v| {
            let key = v.value.key.as_str();
            SourceRow {
                href: ctx.url(&format!("/sources/{key}")),
                name: SourceName::new(lang, &v.value),
                twins: twins
                    .get(key)
                    .into_iter()
                    .flatten()
                    .map(|t| {
                        let name = SourceName::new(lang, t);
                        let merge = editor.then(|| MergeLink {
                            href: merge_url(&ctx, key, &t.key),
                            text: Named::new(
                                &tr!(lang, "work-sources-merge-into", name = NAME),
                                &name.plain(),
                            ),
                        });
                        Twin { name, merge }
                    })
                    .collect(),
            }
        })
        .collect();
    let filtered = !words.is_empty();
    let count = if filtered {
        tr!(
            lang,
            "work-sources-shown",
            shown = rows.len(),
            total = sources.len()
        )
    } else {
        tr!(lang, "work-sources-count", total = sources.len())
    };
    let page = SourcesPage {
        chrome: ctx.chrome(&tr!(lang, "work-sources-title")),
        filter: SourceFilter {
            action: ctx.url("/sources"),
            query: q,
            count,
            filtered,
        },
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
    pub refusals: Refusals,
}

/// The source form's fields (`source.issuer` when the store names them) by their labels.
struct SourceFields;

impl FormFields for SourceFields {
    fn field(&self, lang: Lang, place: &str) -> Option<(String, String)> {
        const FIELDS: &[(&str, &str, &str)] = &[
            ("issuer", "issuer", "work-source-issuer"),
            ("title", "title", "work-source-title"),
            ("year", "year", "work-year"),
            ("kind", "kind", "work-source-kind-label"),
            ("amended", "amended", "work-source-amended"),
            ("url", "url", "work-source-url"),
            ("note", "note", "work-source-note"),
        ];
        let place = place.strip_prefix("source.").unwrap_or(place);
        FieldTable {
            fields: FIELDS,
            suffix: "",
        }
        .field(lang, place)
    }
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
            refusals: Refusals::default(),
        }
    }

    /// The form of `s` as read from the posted `f`, its texts as typed, with its refusals.
    fn typed(ctx: &Ctx, s: &Source, version: i64, f: &Fields, refusals: Refusals) -> SourceForm {
        let typed = |name: &str| f.get(name).to_owned();
        SourceForm {
            issuer: typed("issuer"),
            title: typed("title"),
            year: typed("year"),
            amended: typed("amended"),
            url: typed("url"),
            note: typed("note"),
            refusals,
            ..SourceForm::new(ctx, s, version)
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
    pub merge: Option<MergeForm>,
}

/// The choice of the source to merge this one into (`GET …/merge`, which asks to confirm): the
/// other sources by name, in alphabetical order, a likely duplicate chosen.
pub struct MergeForm {
    pub action: String,
    pub choices: Vec<Choice>,
}

impl MergeForm {
    fn new(ctx: &Ctx, sources: &[Versioned<Source>], key: &str) -> Option<MergeForm> {
        let lang = ctx.lang();
        let twin = twins(sources)
            .get(key)
            .and_then(|t| t.first())
            .map(|t| t.key.clone());
        let mut choices: Vec<(String, Choice)> = sources
            .iter()
            .filter(|s| s.value.key != key)
            .map(|s| {
                let label = SourceName::new(lang, &s.value).plain();
                let choice = Choice {
                    selected: twin.as_deref() == Some(s.value.key.as_str()),
                    value: s.value.key.clone(),
                    label: label.clone(),
                };
                (folded(&label), choice)
            })
            .collect();
        if choices.is_empty() {
            return None;
        }
        choices.sort_by(|a, b| a.0.cmp(&b.0));
        Some(MergeForm {
            action: ctx.url(&format!("/sources/{key}/merge")),
            choices: choices.into_iter().map(|(_, c)| c).collect(),
        })
    }
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

fn find<'a>(sources: &'a [Versioned<Source>], key: &str) -> WebResult<&'a Versioned<Source>> {
    sources
        .iter()
        .find(|s| s.value.key == key)
        .ok_or(WebError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    Path((_, _, key)): Path<(String, String, String)>,
    Opened(ctx): Opened,
) -> WebResult {
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let source = find(&sources, &key)?;
    let lang = ctx.lang();
    let shown = SourceDetails::new(lang, &source.value);
    let title = tr!(lang, "work-source-page", title = shown.name.plain());
    let editor = ctx.can(Action::Edit);
    let page = SourcePage {
        chrome: ctx.chrome(&title),
        source: shown,
        form: editor.then(|| SourceForm::new(&ctx, &source.value, source.version)),
        merge: editor
            .then(|| MergeForm::new(&ctx, &sources, &key))
            .flatten(),
    };
    Ok(Html(render(&page)).into_response())
}

/// The source as posted over `before`. A year, an amendment or a kind that cannot be read keeps
/// the stored value and is refused by name.
fn read(f: &Fields, before: &Source) -> (Source, Vec<(String, String)>) {
    let lang = f.lang();
    let mut refused = Vec::new();
    let opt = |name: &str| Some(f.get(name).trim().to_owned()).filter(|v| !v.is_empty());
    let year = f.optional(
        "year",
        |y| y.parse().ok(),
        &tr!(lang, "work-field-year"),
        &mut refused,
    );
    let amended = f
        .get("amended")
        .split(',')
        .map(str::trim)
        .filter(|y| !y.is_empty())
        .map(|y| y.parse().ok())
        .collect::<Option<Vec<i32>>>()
        .unwrap_or_else(|| {
            refused.push(("amended".to_owned(), tr!(lang, "work-field-amended")));
            before.amended.clone()
        });
    let kind = f.choice(
        "kind",
        SourceKind::parse,
        &tr!(lang, "work-field-kind"),
        before.kind,
        &mut refused,
    );
    let url = opt("url");
    let source = Source {
        key: before.key.clone(),
        issuer: f.get("issuer").trim().to_owned(),
        title: f.get("title").trim().to_owned(),
        year,
        kind,
        amended,
        online: url.is_some() || before.online,
        url,
        language: before.language.clone(),
        note: opt("note"),
    };
    (source, refused)
}

pub async fn save(
    State(state): State<AppState>,
    Path((_, _, key)): Path<(String, String, String)>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let before = find(&sources, &key)?;
    let version = f.version()?;
    let (edited, refused) = read(&f, &before.value);
    let saved = if refused.is_empty() {
        state
            .store
            .save_source(&ctx.code, ctx.year, &edited, version, ctx.actor())
            .await
            .map_err(WebError::from)
    } else {
        Err(WebError::Form(refused))
    };
    let lang = ctx.lang();
    match saved {
        Ok(_) => Ok(back_to(
            &ctx.url(&format!("/sources/{key}")),
            Done::SourceSaved,
        )),
        Err(WebError::Store(StoreError::Conflict { .. })) => {
            let sources = state.store.sources(&ctx.code, ctx.year).await?;
            let theirs = find(&sources, &key)?;
            Ok(conflict_page(&SourceConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-source")),
                theirs: SourceDetails::new(lang, &theirs.value),
                mine: SourceDetails::new(lang, &edited),
                form: SourceForm::typed(&ctx, &edited, theirs.version, &f, Refusals::default()),
            }))
        }
        Err(e) => {
            let refusals = Refusals::of(e, lang, &SourceFields)?;
            let shown = SourceDetails::new(lang, &before.value);
            let page = SourcePage {
                chrome: ctx.chrome(&tr!(lang, "work-source-page", title = shown.name.plain())),
                source: shown,
                form: Some(SourceForm::typed(&ctx, &edited, version, &f, refusals)),
                merge: MergeForm::new(&ctx, &sources, &key),
            };
            Ok(refused_page(&page))
        }
    }
}

/// A piece of a sentence that names sources: text, or a source's name (isolated and styled by
/// the template, `sources::sentence`).
pub enum Run {
    Text(String),
    Source(SourceName),
}

/// Stands for the second source named in a message, as [`NAME`] stands for the first.
const SECOND_NAME: &str = "\u{E001}";

/// `text`, a message made with [`NAME`] where `first` goes and [`SECOND_NAME`] where `second`
/// goes (in whatever order the language puts them), as runs.
fn sentence(lang: Lang, text: &str, first: &Source, second: &Source) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some((at, marker, named)) = [(NAME, first), (SECOND_NAME, second)]
        .into_iter()
        .filter_map(|(marker, s)| rest.find(marker).map(|at| (at, marker, s)))
        .min_by_key(|(at, _, _)| *at)
    {
        if at > 0 {
            runs.push(Run::Text(rest[..at].to_owned()));
        }
        runs.push(Run::Source(SourceName::new(lang, named)));
        rest = &rest[at + marker.len()..];
    }
    if !rest.is_empty() {
        runs.push(Run::Text(rest.to_owned()));
    }
    runs
}

/// `GET /work/{code}/{year}/sources/{key}/merge?into=other`: what merging this source into
/// another will do, to confirm or cancel.
#[derive(Template)]
#[template(path = "work/source_merge.html")]
pub struct MergeConfirm {
    pub chrome: Chrome,
    pub removed: SourceDetails,
    pub kept: SourceDetails,
    /// "N citations will move from A to B."
    pub moves: Vec<Run>,
    /// "A will be removed from the register."
    pub leaves: Vec<Run>,
    pub action: String,
    pub csrf: String,
    /// The key of the source kept, sent back with the confirmation.
    pub into: String,
    pub cancel: String,
}

/// The source `into` of the merge form, another than `key`.
fn merge_target<'a>(f: &'a Fields, key: &str) -> WebResult<&'a str> {
    let into = f.required("into")?;
    if into == key {
        return Err(StoreError::Invalid(vec![DocError::new(
            "into",
            Problem::MergeIntoItself(key.to_owned()),
        )])
        .into());
    }
    Ok(into)
}

pub async fn confirm_merge(
    State(state): State<AppState>,
    Path((_, _, key)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    Opened(ctx): Opened,
) -> WebResult {
    ctx.require(Action::Edit)?;
    let lang = ctx.lang();
    let asked = Fields(
        query_values(query.as_deref(), "into")
            .into_iter()
            .take(1)
            .map(|v| ("into".to_owned(), v))
            .collect(),
        lang,
    );
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let drop = find(&sources, &key)?;
    let into = merge_target(&asked, &key)?;
    let keep = find(&sources, into)?;
    let uses = state.store.source_uses(&ctx.code, ctx.year).await?;
    let count = i64::try_from(uses.get(&key).copied().unwrap_or_default()).unwrap_or(i64::MAX);
    let moves = tr!(
        lang,
        "work-source-merge-moves",
        count = count,
        from = NAME,
        into = SECOND_NAME
    );
    let leaves = tr!(lang, "work-source-merge-removed", from = NAME);
    let page = MergeConfirm {
        chrome: ctx.chrome(&tr!(lang, "work-source-merge-title")),
        removed: SourceDetails::new(lang, &drop.value),
        kept: SourceDetails::new(lang, &keep.value),
        moves: sentence(lang, &moves, &drop.value, &keep.value),
        leaves: sentence(lang, &leaves, &drop.value, &keep.value),
        action: ctx.url(&format!("/sources/{key}/merge")),
        csrf: ctx.session.csrf.clone(),
        into: keep.value.key.clone(),
        cancel: ctx.url(&format!("/sources/{key}")),
    };
    Ok(Html(render(&page)).into_response())
}

/// `POST …/sources/{key}/merge` (confirmed): the merge, then the page of the source kept.
pub async fn merge(
    State(state): State<AppState>,
    Path((_, _, key)): Path<(String, String, String)>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let into = merge_target(&f, &key)?;
    state
        .store
        .merge_sources(&ctx.code, ctx.year, into, &key, ctx.actor())
        .await?;
    Ok(back_to(
        &ctx.url(&format!("/sources/{into}")),
        Done::SourcesMerged,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_fold_without_capitals_accents_or_punctuation() {
        assert_eq!(
            folded("  Law on  Disaster-Protection (2017) "),
            "law on disaster protection 2017"
        );
        assert_eq!(folded("Ley de PROTECCIÓN Civil"), "ley de proteccion civil");
        assert_eq!(folded("Закон о гражданстве"), "закон о гражданстве");
        assert_eq!(folded("— ; —"), "");
    }

    #[test]
    fn a_sentence_names_its_sources_in_the_order_of_the_language() {
        let source = |title: &str| Source {
            key: title.to_lowercase(),
            issuer: "Government".into(),
            title: title.into(),
            year: None,
            kind: SourceKind::Law,
            amended: vec![],
            url: None,
            online: false,
            language: None,
            note: None,
        };
        let (a, b) = (source("A"), source("B"));
        let text = format!("Into {SECOND_NAME}, from {NAME}.");
        let shown: Vec<String> = sentence(Lang::En, &text, &a, &b)
            .iter()
            .map(|r| match r {
                Run::Text(t) => t.clone(),
                Run::Source(s) => format!("[{}]", s.title),
            })
            .collect();
        assert_eq!(shown, ["Into ", "[B]", ", from ", "[A]", "."]);
    }
}

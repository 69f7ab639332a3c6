//! The context figures and convention ratifications of an assessment, and new findings.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::access::Action;
use mgi_model::{ContextFigure, Convention, Sex, Source};
use mgi_store::{StoreError, Versioned};

use super::extract::{Acting, Edit, Opened};
use super::sources::SourceName;
use super::{ConflictHead, Ctx, conflict_page, labels};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FieldTable, Refusals, back_to, refused_page};
use crate::form::{Fields, field};
use crate::layout::{Chrome, render};
use crate::ui::colon;
use crate::views::Choice;

/// A figure as read (`context::figure`): "measure: value unit (year)", the value with the
/// language's separators, whom it counts, and the source it comes from when the register has it.
pub struct FigureView {
    pub measure: String,
    pub value: String,
    pub unit: String,
    pub year: i32,
    pub sex: Option<String>,
    pub age_group: Option<String>,
    pub source: Option<SourceName>,
    pub colon: &'static str,
}

impl FigureView {
    fn new(lang: Lang, f: &ContextFigure, sources: &[Versioned<Source>]) -> FigureView {
        FigureView {
            measure: f.measure.clone(),
            value: labels::figure(lang, f.value),
            unit: f.unit.clone(),
            year: f.year,
            sex: f.sex.map(|s| s.localise(lang)),
            age_group: f.age_group.clone(),
            source: sources
                .iter()
                .find(|s| s.value.key == f.source)
                .map(|s| SourceName::new(lang, &s.value)),
            colon: colon(lang),
        }
    }
}

/// The form of a figure (`context::figure_form`), or of a new one (no position).
pub struct FigureForm {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub position: Option<i64>,
    pub measure: String,
    pub value: String,
    pub unit: String,
    pub year: String,
    pub sexes: Vec<Choice>,
    pub age_group: String,
    /// The sources of the register, by issuer, title and year.
    pub sources: Vec<Choice>,
    pub refusals: Refusals,
}

impl FigureForm {
    fn new(
        ctx: &Ctx,
        position: Option<i64>,
        version: i64,
        f: &ContextFigure,
        sources: &[Versioned<Source>],
    ) -> FigureForm {
        let lang = ctx.lang();
        let mut sexes = vec![Choice {
            value: String::new(),
            label: "—".to_owned(),
            selected: f.sex.is_none(),
        }];
        sexes.extend(Choice::all(lang, Sex::ALL, Sex::as_str, f.sex));
        FigureForm {
            action: ctx.url("/context"),
            csrf: ctx.session.csrf.clone(),
            version,
            position,
            measure: f.measure.clone(),
            value: position.map(|_| f.value.to_string()).unwrap_or_default(),
            unit: f.unit.clone(),
            year: position.map(|_| f.year.to_string()).unwrap_or_default(),
            sexes,
            age_group: f.age_group.clone().unwrap_or_default(),
            sources: sources
                .iter()
                .map(|s| Choice {
                    value: s.value.key.clone(),
                    label: SourceName::new(lang, &s.value).plain(),
                    selected: s.value.key == f.source,
                })
                .collect(),
            refusals: Refusals::default(),
        }
    }

    /// The form of `figure` as posted in `f`, the numbers as typed, with its refusals.
    fn typed(
        ctx: &Ctx,
        position: Option<i64>,
        version: i64,
        figure: &ContextFigure,
        sources: &[Versioned<Source>],
        f: &Fields,
        refusals: Refusals,
    ) -> FigureForm {
        FigureForm {
            measure: f.get("measure").to_owned(),
            value: f.get("value").to_owned(),
            unit: f.get("unit").to_owned(),
            year: f.get("year").to_owned(),
            age_group: f.get("age_group").to_owned(),
            refusals,
            ..FigureForm::new(ctx, position, version, figure, sources)
        }
    }

    /// The end of this form's ids: each figure's form has its own.
    fn suffix(&self) -> String {
        match self.position {
            Some(p) => format!("-{p}"),
            None => "-new".to_owned(),
        }
    }

    /// The id of the field `name` in this form.
    pub fn id(&self, name: &str) -> String {
        format!("{name}{}", self.suffix())
    }

    /// What is wrong with the field `name`, or "".
    pub fn error(&self, name: &str) -> String {
        self.refusals.at(&self.id(name))
    }
}

/// A figure's fields, by the place a refusal names: the field's name, its label.
const FIGURE_FIELDS: &[(&str, &str, &str)] = &[
    ("measure", "measure", "work-figure-measure"),
    ("value", "value", "work-figure-value"),
    ("unit", "unit", "work-figure-unit"),
    ("year", "year", "work-year"),
    ("sex", "sex", "work-figure-sex"),
    ("age_group", "age_group", "work-figure-age"),
    ("source", "source", "work-figure-source"),
];

/// A convention's fields, likewise.
const CONVENTION_FIELDS: &[(&str, &str, &str)] = &[
    ("ratified", "ratified", "work-convention-ratified-label"),
    ("year", "year", "work-year"),
];

/// The forms of the figures, for the team: one per figure saved, and one for a new figure.
pub struct FigureForms {
    pub saved: Vec<FigureForm>,
    pub new: FigureForm,
}

/// A convention and where its ratification stands (`context::convention`).
pub struct ConventionView {
    pub name: String,
    pub status: String,
    pub colon: &'static str,
}

impl ConventionView {
    fn new(lang: Lang, c: &Convention) -> ConventionView {
        let status = match (c.ratified, c.year) {
            // The year as written, without grouping.
            (true, Some(y)) => tr!(lang, "work-convention-ratified-in", year = y.to_string()),
            (true, None) => tr!(lang, "work-convention-ratified"),
            (false, _) => tr!(lang, "work-convention-not-ratified"),
        };
        ConventionView {
            name: c.name.clone(),
            status,
            colon: colon(lang),
        }
    }
}

/// The form of a convention's ratification (`context::convention_form`).
pub struct ConventionForm {
    pub action: String,
    pub csrf: String,
    pub version: i64,
    /// The convention's indicator, which ends the form's ids.
    pub indicator: String,
    pub name: String,
    pub ratified: bool,
    pub year: String,
    pub refusals: Refusals,
}

impl ConventionForm {
    fn new(ctx: &Ctx, version: i64, c: &Convention) -> ConventionForm {
        ConventionForm {
            action: ctx.url(&format!("/conventions/{}", c.indicator)),
            csrf: ctx.session.csrf.clone(),
            version,
            indicator: c.indicator.clone(),
            name: c.name.clone(),
            ratified: c.ratified,
            year: c.year.map(|y| y.to_string()).unwrap_or_default(),
            refusals: Refusals::default(),
        }
    }

    /// The id of the field `name` in this form: each convention's form has its own.
    pub fn id(&self, name: &str) -> String {
        format!("{name}-{}", self.indicator)
    }

    /// What is wrong with the field `name`, or "".
    pub fn error(&self, name: &str) -> String {
        self.refusals.at(&self.id(name))
    }
}

/// A convention on the context page, with its form for the team.
pub struct ConventionRow {
    pub shown: ConventionView,
    pub form: Option<ConventionForm>,
}

/// `/work/{code}/{year}/context`.
#[derive(Template)]
#[template(path = "work/context.html")]
pub struct ContextPage {
    pub chrome: Chrome,
    /// The figures as read, for those who may not edit them.
    pub figures: Vec<FigureView>,
    pub figure_forms: Option<FigureForms>,
    pub conventions: Vec<ConventionRow>,
}

/// A form of the context page refused, shown again in its place with what was typed.
enum Refused {
    Figure(FigureForm),
    Convention(ConventionForm),
}

pub async fn page(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    Ok(Html(render(&context_page(&state, &ctx, None).await?)).into_response())
}

/// The context page, with `refused` in the place of the form it replaces.
async fn context_page(
    state: &AppState,
    ctx: &Ctx,
    refused: Option<Refused>,
) -> WebResult<ContextPage> {
    let edit = ctx.can(Action::Edit);
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let lang = ctx.lang();
    let saved = state.store.context_figures(&ctx.code, ctx.year).await?;
    let (mut figure, mut convention) = match refused {
        Some(Refused::Figure(f)) => (Some(f), None),
        Some(Refused::Convention(c)) => (None, Some(c)),
        None => (None, None),
    };
    let mut typed_figure = |position: Option<i64>| figure.take_if(|f| f.position == position);
    let (figures, figure_forms) = if edit {
        let blank = ContextFigure {
            measure: String::new(),
            value: 0.0,
            unit: String::new(),
            year: 0,
            sex: None,
            age_group: None,
            source: String::new(),
        };
        let forms = FigureForms {
            saved: saved
                .iter()
                .map(|(p, v, f)| {
                    typed_figure(Some(*p))
                        .unwrap_or_else(|| FigureForm::new(ctx, Some(*p), *v, f, &sources))
                })
                .collect(),
            new: typed_figure(None)
                .unwrap_or_else(|| FigureForm::new(ctx, None, 0, &blank, &sources)),
        };
        (Vec::new(), Some(forms))
    } else {
        let shown = saved
            .iter()
            .map(|(_, _, f)| FigureView::new(lang, f, &sources))
            .collect();
        (shown, None)
    };
    let conventions = state
        .store
        .conventions(&ctx.code, ctx.year)
        .await?
        .iter()
        .map(|(version, c)| ConventionRow {
            shown: ConventionView::new(lang, c),
            form: edit.then(|| {
                convention
                    .take_if(|typed| typed.indicator == c.indicator)
                    .unwrap_or_else(|| ConventionForm::new(ctx, *version, c))
            }),
        })
        .collect();
    Ok(ContextPage {
        chrome: ctx.chrome(&tr!(lang, "work-context-title")),
        figures,
        figure_forms,
        conventions,
    })
}

/// A figure saved meanwhile by someone else.
#[derive(Template)]
#[template(path = "work/figure_conflict.html")]
pub struct FigureConflict {
    pub chrome: Chrome,
    pub conflict: ConflictHead,
    pub theirs: FigureView,
    pub mine: FigureView,
    pub form: FigureForm,
}

/// A convention saved meanwhile by someone else.
#[derive(Template)]
#[template(path = "work/convention_conflict.html")]
pub struct ConventionConflict {
    pub chrome: Chrome,
    pub conflict: ConflictHead,
    pub theirs: ConventionView,
    pub mine: ConventionView,
    pub form: ConventionForm,
}

/// A number the form needs: one that cannot be read is added to `refused` (with `expected`
/// saying what it should be) and `fallback` stands in for it.
fn number<T: std::str::FromStr>(
    f: &Fields,
    name: &str,
    expected: &str,
    fallback: T,
    refused: &mut Vec<(String, String)>,
) -> T {
    f.choice(name, |v| v.parse().ok(), expected, fallback, refused)
}

/// The figure as posted, and what of it cannot be read.
fn read_figure(f: &Fields) -> (ContextFigure, Vec<(String, String)>) {
    let lang = f.lang();
    let mut refused = Vec::new();
    let sex = f.optional(
        "sex",
        Sex::parse,
        &tr!(lang, "work-field-sex"),
        &mut refused,
    );
    let unit = f.get("unit").trim();
    if unit.is_empty() {
        refused.push(("unit".to_owned(), tr!(lang, "work-field-required")));
    }
    let age = f.get("age_group").trim();
    let figure = ContextFigure {
        measure: f.get("measure").trim().to_owned(),
        value: number(
            f,
            "value",
            &tr!(lang, "work-field-number"),
            0.0,
            &mut refused,
        ),
        unit: unit.to_owned(),
        year: number(f, "year", &tr!(lang, "work-field-year"), 0, &mut refused),
        sex,
        age_group: (!age.is_empty()).then(|| age.to_owned()),
        source: f.get("source").trim().to_owned(),
    };
    (figure, refused)
}

pub async fn save_figure(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let lang = ctx.lang();
    let position = match f.get("position").trim() {
        "" => None,
        p => Some(
            p.parse()
                .map_err(|_| field("position", &tr!(lang, "work-field-number")))?,
        ),
    };
    let version = f.version()?;
    let (figure, refused) = read_figure(&f);
    let saved = if refused.is_empty() {
        state
            .store
            .save_context_figure(&ctx.code, ctx.year, position, &figure, version, ctx.actor())
            .await
            .map_err(WebError::from)
    } else {
        Err(WebError::Form(refused))
    };
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    match (saved, position) {
        (Ok(_), _) => Ok(back_to(&ctx.url("/context"), Done::ContextSaved)),
        (Err(WebError::Store(StoreError::Conflict { .. })), Some(p)) => {
            let figures = state.store.context_figures(&ctx.code, ctx.year).await?;
            let (_, version, theirs) = figures
                .into_iter()
                .find(|(at, _, _)| *at == p)
                .ok_or(WebError::NotFound)?;
            Ok(conflict_page(&FigureConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-figure")),
                theirs: FigureView::new(lang, &theirs, &sources),
                mine: FigureView::new(lang, &figure, &sources),
                form: FigureForm::new(&ctx, Some(p), version, &figure, &sources),
            }))
        }
        (Err(e), _) => {
            let blank = FigureForm::new(&ctx, position, version, &figure, &sources);
            let table = FieldTable {
                fields: FIGURE_FIELDS,
                suffix: &blank.suffix(),
            };
            let refusals = Refusals::of(e, lang, &table)?;
            let form = FigureForm::typed(&ctx, position, version, &figure, &sources, &f, refusals);
            let page = context_page(&state, &ctx, Some(Refused::Figure(form))).await?;
            Ok(refused_page(&page))
        }
    }
}

pub async fn save_convention(
    State(state): State<AppState>,
    Path((_, _, indicator)): Path<(String, String, String)>,
    Acting {
        mut ctx, form: f, ..
    }: Acting<Edit>,
) -> WebResult {
    let lang = ctx.lang();
    let version = f.version()?;
    let mut refused = Vec::new();
    let conv = Convention {
        indicator,
        name: f.get("name").trim().to_owned(),
        ratified: f.get("ratified") == "yes",
        year: f.optional(
            "year",
            |y| y.parse().ok(),
            &tr!(lang, "work-field-year"),
            &mut refused,
        ),
    };
    let saved = if refused.is_empty() {
        state
            .store
            .save_convention(&ctx.code, ctx.year, &conv, version, ctx.actor())
            .await
            .map_err(WebError::from)
    } else {
        Err(WebError::Form(refused))
    };
    match saved {
        Ok(_) => Ok(back_to(
            &format!("{}#conventions", ctx.url("/context")),
            Done::ConventionSaved,
        )),
        Err(WebError::Store(StoreError::Conflict { .. })) => {
            let (version, theirs) = state
                .store
                .conventions(&ctx.code, ctx.year)
                .await?
                .into_iter()
                .find(|(_, c)| c.indicator == conv.indicator)
                .ok_or(WebError::NotFound)?;
            Ok(conflict_page(&ConventionConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-convention")),
                theirs: ConventionView::new(lang, &theirs),
                mine: ConventionView::new(lang, &conv),
                form: ConventionForm::new(&ctx, version, &conv),
            }))
        }
        Err(e) => {
            ctx.showing("/context");
            let suffix = format!("-{}", conv.indicator);
            let table = FieldTable {
                fields: CONVENTION_FIELDS,
                suffix: &suffix,
            };
            let form = ConventionForm {
                year: f.get("year").to_owned(),
                refusals: Refusals::of(e, lang, &table)?,
                ..ConventionForm::new(&ctx, version, &conv)
            };
            let page = context_page(&state, &ctx, Some(Refused::Convention(form))).await?;
            Ok(refused_page(&page))
        }
    }
}

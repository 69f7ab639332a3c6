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
use crate::feedback::{Done, back_to};
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
        }
    }

    /// The id of the field `name` in this form: each figure's form has its own.
    pub fn id(&self, name: &str) -> String {
        match self.position {
            Some(p) => format!("{name}-{p}"),
            None => format!("{name}-new"),
        }
    }
}

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
    pub name: String,
    pub ratified: bool,
    pub year: String,
}

impl ConventionForm {
    fn new(ctx: &Ctx, version: i64, c: &Convention) -> ConventionForm {
        ConventionForm {
            action: ctx.url(&format!("/conventions/{}", c.indicator)),
            csrf: ctx.session.csrf.clone(),
            version,
            name: c.name.clone(),
            ratified: c.ratified,
            year: c.year.map(|y| y.to_string()).unwrap_or_default(),
        }
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

pub async fn page(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    let edit = ctx.can(Action::Edit);
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    let lang = ctx.lang();
    let saved = state.store.context_figures(&ctx.code, ctx.year).await?;
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
                .map(|(p, v, f)| FigureForm::new(&ctx, Some(*p), *v, f, &sources))
                .collect(),
            new: FigureForm::new(&ctx, None, 0, &blank, &sources),
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
            form: edit.then(|| ConventionForm::new(&ctx, *version, c)),
        })
        .collect();
    let page = ContextPage {
        chrome: ctx.chrome(&tr!(lang, "work-context-title")),
        figures,
        figure_forms,
        conventions,
    };
    Ok(Html(render(&page)).into_response())
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

fn number<T: std::str::FromStr>(f: &Fields, name: &str, expected: &str) -> WebResult<T> {
    f.parsed(name, |v| v.parse().ok(), expected)
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
    let sex = match f.get("sex") {
        "" => None,
        v => Some(Sex::parse(v).ok_or_else(|| field("sex", &tr!(lang, "work-field-sex")))?),
    };
    let age = f.get("age_group").trim();
    let figure = ContextFigure {
        measure: f.required("measure")?.to_owned(),
        value: number(&f, "value", &tr!(lang, "work-field-number"))?,
        unit: f.required("unit")?.to_owned(),
        year: number(&f, "year", &tr!(lang, "work-field-year"))?,
        sex,
        age_group: (!age.is_empty()).then(|| age.to_owned()),
        source: f.required("source")?.to_owned(),
    };
    let saved = state
        .store
        .save_context_figure(
            &ctx.code,
            ctx.year,
            position,
            &figure,
            f.version()?,
            ctx.actor(),
        )
        .await;
    match (saved, position) {
        (Ok(_), _) => Ok(back_to(&ctx.url("/context"), Done::ContextSaved)),
        (Err(StoreError::Conflict { .. }), Some(p)) => {
            let figures = state.store.context_figures(&ctx.code, ctx.year).await?;
            let (_, version, theirs) = figures
                .into_iter()
                .find(|(at, _, _)| *at == p)
                .ok_or(WebError::NotFound)?;
            let sources = state.store.sources(&ctx.code, ctx.year).await?;
            Ok(conflict_page(&FigureConflict {
                chrome: ctx.chrome(&tr!(lang, "work-conflict-title")),
                conflict: ConflictHead::new(lang, &tr!(lang, "work-what-figure")),
                theirs: FigureView::new(lang, &theirs, &sources),
                mine: FigureView::new(lang, &figure, &sources),
                form: FigureForm::new(&ctx, Some(p), version, &figure, &sources),
            }))
        }
        (Err(e), _) => Err(e.into()),
    }
}

pub async fn save_convention(
    State(state): State<AppState>,
    Path((_, _, indicator)): Path<(String, String, String)>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let lang = ctx.lang();
    let year_field = f.get("year").trim();
    let conv = Convention {
        indicator,
        name: f.required("name")?.to_owned(),
        ratified: f.get("ratified") == "yes",
        year: if year_field.is_empty() {
            None
        } else {
            Some(number(&f, "year", &tr!(lang, "work-field-year"))?)
        },
    };
    match state
        .store
        .save_convention(&ctx.code, ctx.year, &conv, f.version()?, ctx.actor())
        .await
    {
        Ok(_) => Ok(back_to(
            &format!("{}#conventions", ctx.url("/context")),
            Done::ConventionSaved,
        )),
        Err(StoreError::Conflict { .. }) => {
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
        Err(e) => Err(e.into()),
    }
}

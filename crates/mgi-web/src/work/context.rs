//! The context figures and convention ratifications of an assessment, and new findings.

use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_model::access::Action;
use mgi_model::{ContextFigure, Convention, FindingKind, Sex};
use mgi_store::StoreError;

use super::{Ctx, back_to};
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::{WebError, WebResult};
use crate::form::{Fields, field};
use crate::html::{csrf_field, escape, options};
use crate::ui::Ui;

type Key = Path<(String, String)>;

fn figure_form(
    ctx: &Ctx,
    position: Option<i64>,
    version: i64,
    f: &ContextFigure,
    sources: &[(String, String)],
) -> String {
    let input = |name: &str, label: &str, value: &str| {
        let id = format!(
            "{name}-{}",
            position.map_or("new".to_owned(), |p| p.to_string())
        );
        format!(
            "<label for=\"{id}\">{label}</label><input type=\"text\" id=\"{id}\" name=\"{name}\" value=\"{}\">",
            escape(value)
        )
    };
    let sexes = std::iter::once(("", "—")).chain(Sex::ALL.iter().map(|s| (s.as_str(), s.as_str())));
    let choices = sources.iter().map(|(k, t)| (k.as_str(), t.as_str()));
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\"><input type=\"hidden\" name=\"position\" value=\"{}\">{}{}{}{}<label>Sex<select name=\"sex\">{}</select></label>{}<label>Source<select name=\"source\">{}</select></label><button>{}</button></form>\n",
        ctx.url("/context"),
        csrf_field(&ctx.session),
        position.map(|p| p.to_string()).unwrap_or_default(),
        input("measure", "Measure (e.g. immigrant-stock)", &f.measure),
        input(
            "value",
            "Value",
            &if f.value == 0.0 && position.is_none() {
                String::new()
            } else {
                f.value.to_string()
            }
        ),
        input("unit", "Unit (persons, percent, …)", &f.unit),
        input(
            "year",
            "Year",
            &if position.is_none() {
                String::new()
            } else {
                f.year.to_string()
            }
        ),
        options(sexes, f.sex.map_or("", |s| s.as_str())),
        input(
            "age_group",
            "Age group",
            f.age_group.as_deref().unwrap_or("")
        ),
        options(choices, &f.source),
        if position.is_some() {
            "Save the figure"
        } else {
            "Add the figure"
        },
    )
}

pub async fn page(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
    let edit = ctx.can(Action::Edit);
    let sources = source_choices(&state, &ctx).await?;
    let mut body = String::from("<h1>Context and conventions</h1>\n<h2>Context figures</h2>\n");
    for (position, version, f) in state.store.context_figures(&ctx.code, ctx.year).await? {
        if edit {
            body.push_str(&figure_form(&ctx, Some(position), version, &f, &sources));
        } else {
            let _ = writeln!(
                body,
                "<p>{}: {} {} ({})</p>",
                escape(&f.measure),
                f.value,
                escape(&f.unit),
                f.year
            );
        }
    }
    if edit {
        let blank = ContextFigure {
            measure: String::new(),
            value: 0.0,
            unit: String::new(),
            year: 0,
            sex: None,
            age_group: None,
            source: String::new(),
        };
        body.push_str("<h3>New figure</h3>\n");
        body.push_str(&figure_form(&ctx, None, 0, &blank, &sources));
    }
    body.push_str("<h2 id=\"conventions\">Conventions</h2>\n");
    for (version, c) in state.store.conventions(&ctx.code, ctx.year).await? {
        let _ = writeln!(body, "<p>{}</p>", convention_status(&c));
        if edit {
            body.push_str(&convention_form(&ctx, version, &c));
        }
    }
    Ok(ctx.page("Context and conventions", &body))
}

fn convention_status(c: &Convention) -> String {
    let status = match (c.ratified, c.year) {
        (true, Some(y)) => format!("ratified in {y}"),
        (true, None) => "ratified".to_owned(),
        (false, _) => "not ratified".to_owned(),
    };
    format!("<strong>{}</strong>: {status}", escape(&c.name))
}

fn convention_form(ctx: &Ctx, version: i64, c: &Convention) -> String {
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\"><input type=\"hidden\" name=\"name\" value=\"{}\"><label><input type=\"checkbox\" name=\"ratified\" value=\"yes\"{}> Ratified</label><label>Year<input type=\"text\" name=\"year\" value=\"{}\"></label><button>Save</button></form>\n",
        ctx.url(&format!("/conventions/{}", c.indicator)),
        csrf_field(&ctx.session),
        escape(&c.name),
        if c.ratified { " checked" } else { "" },
        c.year.map(|y| y.to_string()).unwrap_or_default(),
    )
}

fn number<T: std::str::FromStr>(f: &Fields, name: &str, expected: &str) -> WebResult<T> {
    f.parsed(name, |v| v.parse().ok(), expected)
}

pub async fn save_figure(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Edit).await?;
    let position = match f.get("position").trim() {
        "" => None,
        p => Some(
            p.parse()
                .map_err(|_| field("position", "must be a number"))?,
        ),
    };
    let sex = match f.get("sex") {
        "" => None,
        v => Some(Sex::parse(v).ok_or_else(|| field("sex", "must be total, male or female"))?),
    };
    let age = f.get("age_group").trim();
    let figure = ContextFigure {
        measure: f.required("measure")?.to_owned(),
        value: number(&f, "value", "must be a number")?,
        unit: f.required("unit")?.to_owned(),
        year: number(&f, "year", "must be a year")?,
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
        (Ok(_), _) => Ok(back_to(&ctx.url("/context"))),
        (Err(StoreError::Conflict { .. }), Some(p)) => {
            let figures = state.store.context_figures(&ctx.code, ctx.year).await?;
            let (_, version, theirs) = figures
                .into_iter()
                .find(|(at, _, _)| *at == p)
                .ok_or(WebError::NotFound)?;
            let sources = source_choices(&state, &ctx).await?;
            let form = figure_form(&ctx, Some(p), version, &figure, &sources);
            let shown = |f: &ContextFigure| format!("<p>{}</p>", describe_figure(f));
            Ok(super::conflict(
                &ctx,
                "this figure",
                &shown(&theirs),
                &shown(&figure),
                &form,
            ))
        }
        (Err(e), _) => Err(e.into()),
    }
}

fn describe_figure(f: &ContextFigure) -> String {
    format!(
        "{}: {} {} ({})",
        escape(&f.measure),
        f.value,
        escape(&f.unit),
        f.year
    )
}

async fn source_choices(state: &AppState, ctx: &Ctx) -> WebResult<Vec<(String, String)>> {
    Ok(state
        .store
        .sources(&ctx.code, ctx.year)
        .await?
        .into_iter()
        .map(|v| {
            (
                v.value.key.clone(),
                format!("{} — {}", v.value.issuer, v.value.title),
            )
        })
        .collect())
}

pub async fn save_convention(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year, indicator)): Path<(String, String, String)>,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Edit).await?;
    let year_field = f.get("year").trim();
    let conv = Convention {
        indicator,
        name: f.required("name")?.to_owned(),
        ratified: f.get("ratified") == "yes",
        year: if year_field.is_empty() {
            None
        } else {
            Some(number(&f, "year", "must be a year")?)
        },
    };
    match state
        .store
        .save_convention(&ctx.code, ctx.year, &conv, f.version()?, ctx.actor())
        .await
    {
        Ok(_) => Ok(back_to(&format!("{}#conventions", ctx.url("/context")))),
        Err(StoreError::Conflict { .. }) => {
            let (version, theirs) = state
                .store
                .conventions(&ctx.code, ctx.year)
                .await?
                .into_iter()
                .find(|(_, c)| c.indicator == conv.indicator)
                .ok_or(WebError::NotFound)?;
            let form = convention_form(&ctx, version, &conv);
            let shown = |c: &Convention| format!("<p>{}</p>", convention_status(c));
            Ok(super::conflict(
                &ctx,
                "this convention",
                &shown(&theirs),
                &shown(&conv),
                &form,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// The form adding a finding to a domain (on the workspace).
pub fn new_finding_form(ctx: &Ctx, domain: &str) -> String {
    let kinds = [
        ("well-developed", "well developed"),
        ("potential", "potential for further development"),
    ];
    format!(
        "<details><summary>Add a finding</summary><form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"domain\" value=\"{d}\"><label for=\"kind-{d}\">Kind</label><select id=\"kind-{d}\" name=\"kind\">{}</select><label for=\"text-{d}\">Text</label><textarea id=\"text-{d}\" name=\"text\" required></textarea><label for=\"ind-{d}\">Indicators (IDs separated by commas)</label><input type=\"text\" id=\"ind-{d}\" name=\"indicators\"><button>Add the finding</button></form></details>\n",
        ctx.url("/findings"),
        csrf_field(&ctx.session),
        options(kinds, "well-developed"),
        d = escape(domain),
    )
}

pub async fn add_finding(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Key,
    PostForm(f): PostForm,
) -> WebResult {
    let ctx = Ctx::act(&state, s, ui, &code, &year, &f, Action::Edit).await?;
    let kind = f.parsed(
        "kind",
        FindingKind::parse,
        "must be well-developed or potential",
    )?;
    let indicators: Vec<String> = f
        .get("indicators")
        .split([',', ' '])
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .map(str::to_owned)
        .collect();
    let key = state
        .store
        .add_finding(
            &ctx.code,
            ctx.year,
            f.required("domain")?,
            kind,
            f.get("text"),
            &indicators,
            ctx.actor(),
        )
        .await?;
    Ok(back_to(&ctx.url(&format!("/findings/{key}"))))
}

//! The context figures and convention ratifications of an assessment, and new findings.

use mgi_i18n::Localise;
use std::fmt::Write;

use axum::extract::{Path, State};
use mgi_i18n::{Lang, tr};
use mgi_model::access::Action;
use mgi_model::{ContextFigure, Convention, FindingKind, Sex};
use mgi_store::StoreError;

use super::extract::{Acting, Edit, Opened};
use super::{Ctx, back_to, labels};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::form::{Fields, field};
use crate::html::{csrf_field, escape, options};
use crate::ui::colon;

fn figure_form(
    ctx: &Ctx,
    position: Option<i64>,
    version: i64,
    f: &ContextFigure,
    sources: &[(String, String)],
) -> String {
    let lang = ctx.lang();
    let t = |key: &str| escape(&mgi_i18n::tr(lang, key));
    let input = |name: &str, key: &str, value: &str| {
        let id = format!(
            "{name}-{}",
            position.map_or("new".to_owned(), |p| p.to_string())
        );
        format!(
            "<label for=\"{id}\">{}</label><input type=\"text\" id=\"{id}\" name=\"{name}\" value=\"{}\">",
            t(key),
            escape(value)
        )
    };
    let mut sexes = vec![("", "—".to_owned())];
    sexes.extend(labels::choices(Sex::ALL, Sex::as_str, |s| s.localise(lang)));
    let choices = sources.iter().map(|(k, t)| (k.as_str(), t.as_str()));
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\"><input type=\"hidden\" name=\"position\" value=\"{}\">{}{}{}{}<label>{}<select name=\"sex\">{}</select></label>{}<label>{}<select name=\"source\">{}</select></label><button>{}</button></form>\n",
        ctx.url("/context"),
        csrf_field(&ctx.session),
        position.map(|p| p.to_string()).unwrap_or_default(),
        input("measure", "work-figure-measure", &f.measure),
        input(
            "value",
            "work-figure-value",
            &if f.value == 0.0 && position.is_none() {
                String::new()
            } else {
                f.value.to_string()
            }
        ),
        input("unit", "work-figure-unit", &f.unit),
        input(
            "year",
            "work-year",
            &if position.is_none() {
                String::new()
            } else {
                f.year.to_string()
            }
        ),
        t("work-figure-sex"),
        options(labels::pairs(&sexes), f.sex.map_or("", |s| s.as_str())),
        input(
            "age_group",
            "work-figure-age",
            f.age_group.as_deref().unwrap_or("")
        ),
        t("work-figure-source"),
        options(choices, &f.source),
        if position.is_some() {
            t("work-figure-save")
        } else {
            t("work-figure-add")
        },
    )
}

pub async fn page(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    let edit = ctx.can(Action::Edit);
    let sources = source_choices(&state, &ctx).await?;
    let lang = ctx.lang();
    let title = tr!(lang, "work-context-title");
    let mut body = format!(
        "<h1>{}</h1>\n<h2>{}</h2>\n",
        escape(&title),
        escape(&tr!(lang, "work-context-figures"))
    );
    for (position, version, f) in state.store.context_figures(&ctx.code, ctx.year).await? {
        if edit {
            body.push_str(&figure_form(&ctx, Some(position), version, &f, &sources));
        } else {
            let _ = writeln!(body, "<p>{}</p>", describe_figure(lang, &f));
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
        let _ = writeln!(body, "<h3>{}</h3>", escape(&tr!(lang, "work-figure-new")));
        body.push_str(&figure_form(&ctx, None, 0, &blank, &sources));
    }
    let _ = writeln!(
        body,
        "<h2 id=\"conventions\">{}</h2>",
        escape(&tr!(lang, "work-conventions"))
    );
    for (version, c) in state.store.conventions(&ctx.code, ctx.year).await? {
        let _ = writeln!(body, "<p>{}</p>", convention_status(lang, &c));
        if edit {
            body.push_str(&convention_form(&ctx, version, &c));
        }
    }
    Ok(ctx.page(&title, &body))
}

fn convention_status(lang: Lang, c: &Convention) -> String {
    let status = match (c.ratified, c.year) {
        // The year as written, without grouping.
        (true, Some(y)) => tr!(lang, "work-convention-ratified-in", year = y.to_string()),
        (true, None) => tr!(lang, "work-convention-ratified"),
        (false, _) => tr!(lang, "work-convention-not-ratified"),
    };
    format!(
        "<strong><bdi>{}</bdi></strong>{}{}",
        escape(&c.name),
        colon(lang),
        escape(&status)
    )
}

fn convention_form(ctx: &Ctx, version: i64, c: &Convention) -> String {
    let lang = ctx.lang();
    format!(
        "<form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"version\" value=\"{version}\"><input type=\"hidden\" name=\"name\" value=\"{}\"><label><input type=\"checkbox\" name=\"ratified\" value=\"yes\"{}> {}</label><label>{}<input type=\"text\" name=\"year\" value=\"{}\"></label><button>{}</button></form>\n",
        ctx.url(&format!("/conventions/{}", c.indicator)),
        csrf_field(&ctx.session),
        escape(&c.name),
        if c.ratified { " checked" } else { "" },
        escape(&tr!(lang, "work-convention-ratified-label")),
        escape(&tr!(lang, "work-year")),
        c.year.map(|y| y.to_string()).unwrap_or_default(),
        escape(&tr!(lang, "work-save")),
    )
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
        (Ok(_), _) => Ok(back_to(&ctx.url("/context"))),
        (Err(StoreError::Conflict { .. }), Some(p)) => {
            let figures = state.store.context_figures(&ctx.code, ctx.year).await?;
            let (_, version, theirs) = figures
                .into_iter()
                .find(|(at, _, _)| *at == p)
                .ok_or(WebError::NotFound)?;
            let sources = source_choices(&state, &ctx).await?;
            let form = figure_form(&ctx, Some(p), version, &figure, &sources);
            let shown = |f: &ContextFigure| format!("<p>{}</p>", describe_figure(lang, f));
            Ok(super::conflict(
                &ctx,
                &tr!(lang, "work-what-figure"),
                &shown(&theirs),
                &shown(&figure),
                &form,
            ))
        }
        (Err(e), _) => Err(e.into()),
    }
}

/// "measure: value unit (year)", the value with the language's separators.
fn describe_figure(lang: Lang, f: &ContextFigure) -> String {
    format!(
        "{}{}{} {} ({})",
        escape(&f.measure),
        colon(lang),
        labels::figure(lang, f.value),
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
            let shown = |c: &Convention| format!("<p>{}</p>", convention_status(lang, c));
            Ok(super::conflict(
                &ctx,
                &tr!(lang, "work-what-convention"),
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
    let lang = ctx.lang();
    let t = |key: &str| escape(&mgi_i18n::tr(lang, key));
    let kinds = labels::choices(FindingKind::ALL, FindingKind::as_str, |k| k.localise(lang));
    format!(
        "<details><summary>{}</summary><form method=\"post\" action=\"{}\">{}<input type=\"hidden\" name=\"domain\" value=\"{d}\"><label for=\"kind-{d}\">{}</label><select id=\"kind-{d}\" name=\"kind\">{}</select><label for=\"text-{d}\">{}</label><textarea id=\"text-{d}\" name=\"text\" required></textarea><label for=\"ind-{d}\">{}</label><input type=\"text\" id=\"ind-{d}\" name=\"indicators\"><button>{}</button></form></details>\n",
        t("work-finding-add"),
        ctx.url("/findings"),
        csrf_field(&ctx.session),
        t("work-finding-kind"),
        options(labels::pairs(&kinds), "well-developed"),
        t("work-finding-text"),
        t("work-finding-indicators"),
        t("work-finding-add-button"),
        d = escape(domain),
    )
}

pub async fn add_finding(
    State(state): State<AppState>,
    Acting { ctx, form: f, .. }: Acting<Edit>,
) -> WebResult {
    let kind = f.parsed(
        "kind",
        FindingKind::parse,
        &tr!(ctx.lang(), "work-field-finding-kind"),
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

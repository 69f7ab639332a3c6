//! Signed-in work: the dashboard and everything done on one assessment. Every handler opens the
//! assessment through [`Ctx::open`], which answers 404 to anyone the access rules do not let
//! read it, and asks [`Ctx::require`] before any change.

pub mod admin;
pub mod answer;
pub mod assessment;
pub mod comments;
pub mod context;
pub mod finding;
pub mod labels;
pub mod record;
pub mod rounds;
pub mod sources;
pub mod tokens;
pub mod translations;
pub mod validation;
pub mod workbook;

use mgi_i18n::Localise;
use std::fmt::Write;

use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{Html, IntoResponse, Response};
use mgi_i18n::tr;
use mgi_model::Stage;
use mgi_model::access::{Action, Subject};
use mgi_store::{AssessmentSummary, Session};

use crate::AppState;
use crate::auth::Signed;
use crate::error::{WebError, WebResult};
use crate::form::Fields;
use crate::html::{bdi, escape, page};
use crate::ui::Ui;

/// One assessment as seen by one signed-in user.
pub struct Ctx {
    pub session: Session,
    pub summary: AssessmentSummary,
    pub code: String,
    pub year: i32,
    pub stage: Stage,
    /// The request's language and address: the pages' texts, links, form actions and redirects
    /// follow it.
    pub ui: Ui,
}

impl Ctx {
    pub async fn open(
        state: &AppState,
        session: Session,
        ui: Ui,
        code: &str,
        year: &str,
    ) -> WebResult<Ctx> {
        let year = mgi_model::rules::round_year(year).map_err(|_| WebError::NotFound)?;
        let summary = state.store.assessment_summary(code, year).await?;
        let stage = Stage::parse(&summary.stage)
            .ok_or_else(|| WebError::Server(format!("unknown stage {:?}", summary.stage)))?;
        let ctx = Ctx {
            session,
            code: summary.jurisdiction.clone(),
            summary,
            year,
            stage,
            ui,
        };
        if ctx.can(Action::Read) {
            Ok(ctx)
        } else {
            Err(WebError::NotFound)
        }
    }

    /// Open for a posted form: the session's CSRF token must come back with it.
    pub async fn posted(
        state: &AppState,
        session: Session,
        ui: Ui,
        code: &str,
        year: &str,
        form: &Fields,
    ) -> WebResult<Ctx> {
        form.check_csrf(&session)?;
        Ctx::open(state, session, ui, code, year).await
    }

    /// Open for a posted form that does `action`.
    pub async fn act(
        state: &AppState,
        session: Session,
        ui: Ui,
        code: &str,
        year: &str,
        form: &Fields,
        action: Action,
    ) -> WebResult<Ctx> {
        let ctx = Ctx::posted(state, session, ui, code, year, form).await?;
        ctx.require(action)?;
        Ok(ctx)
    }

    pub fn subject(&self) -> Subject<'_> {
        Subject {
            jurisdiction: &self.code,
            year: self.year,
            stage: self.stage,
        }
    }

    pub fn can(&self, action: Action) -> bool {
        self.session.principal.can(action, &self.subject())
    }

    pub fn require(&self, action: Action) -> WebResult<()> {
        if self.can(action) {
            Ok(())
        } else {
            Err(WebError::Forbidden)
        }
    }

    pub fn actor(&self) -> &str {
        &self.session.principal.username
    }

    /// The address of this assessment's workspace, with `rest` appended, in the request's
    /// language.
    pub fn url(&self, rest: &str) -> String {
        self.ui
            .href(&format!("/work/{}/{}{rest}", self.code, self.year))
    }

    /// The name of the country or city in the page's language.
    pub fn name(&self) -> &str {
        mgi_model::name_in(&self.code, &self.summary.name, self.lang().code())
    }

    pub fn title(&self) -> String {
        format!("{} {}", self.name(), self.year)
    }

    /// The title as HTML: the name isolated (it may read right to left), then the year.
    pub fn title_html(&self) -> String {
        format!("{} {}", bdi(self.name()), self.year)
    }

    /// The interface language of the request.
    pub fn lang(&self) -> mgi_i18n::Lang {
        self.ui.lang
    }

    /// The stage badge: its name in the language (the code stays in the breadcrumb's
    /// `data-stage`).
    pub fn stage_badge(&self) -> String {
        format!(
            "<span class=\"stage\">{}</span>",
            escape(&self.stage.localise(self.lang()))
        )
    }

    /// A page of this assessment with a breadcrumb back to its workspace.
    pub fn page(&self, title: &str, body: &str) -> Response {
        let crumb = format!(
            "<p class=\"muted\" data-stage=\"{}\"><a href=\"{}\">{}</a> › <a href=\"{}\">{}</a> {}</p>\n",
            self.stage.as_str(),
            self.ui.href("/work"),
            escape(&tr!(self.lang(), "work-dashboard-title")),
            self.url(""),
            self.title_html(),
            self.stage_badge()
        );
        Html(page(
            &self.ui,
            title,
            Some(&self.session),
            &format!("{crumb}{body}"),
        ))
        .into_response()
    }
}

/// Someone saved the record first (409): their version and ours side by side, then the form
/// filled with ours and set to save on top of theirs. Nothing is lost. `what` names the record
/// in the page's language, as plain text ("the answer to indicator x", "this finding").
pub fn conflict(ctx: &Ctx, what: &str, theirs: &str, mine: &str, form: &str) -> Response {
    let lang = ctx.lang();
    let body = format!(
        "<h1>{}</h1>\n<p class=\"conflict\" role=\"alert\">{}</p>\n\
         <div class=\"cols\"><section><h2>{}</h2>{theirs}</section><section><h2>{}</h2>{mine}</section></div>\n<h2>{}</h2>\n{form}",
        escape(&tr!(lang, "work-conflict-heading", what = what)),
        escape(&tr!(lang, "work-conflict-text")),
        escape(&tr!(lang, "work-conflict-theirs")),
        escape(&tr!(lang, "work-conflict-yours")),
        escape(&tr!(lang, "work-conflict-again")),
    );
    (
        StatusCode::CONFLICT,
        ctx.page(&tr!(lang, "work-conflict-title"), &body),
    )
        .into_response()
}

/// After a successful form: back to a page (POST, redirect, GET).
pub fn back_to(url: &str) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, url.to_owned())]).into_response()
}

/// `/work`: the assessments this user may open, by stage, and what the role does.
pub async fn dashboard(State(state): State<AppState>, Signed(s): Signed, ui: Ui) -> WebResult {
    let p = &s.principal;
    let lang = ui.lang;
    let mut rows = String::new();
    for a in state.store.list_assessments().await? {
        let (Some(stage), Ok(year)) = (Stage::parse(&a.stage), i32::try_from(a.year)) else {
            continue;
        };
        let subject = Subject {
            jurisdiction: &a.jurisdiction,
            year,
            stage,
        };
        if !p.can(Action::Read, &subject) {
            continue;
        }
        let todo = match p.role {
            _ if p.can(Action::Approve, &subject) => tr!(lang, "work-todo-approve"),
            _ if p.can(Action::Edit, &subject) => tr!(lang, "work-todo-write"),
            _ if p.can(Action::Comment, &subject) => tr!(lang, "work-todo-comment"),
            _ => tr!(lang, "work-todo-read"),
        };
        let _ = writeln!(
            rows,
            "<tr><td><a href=\"{}\">{}</a></td><td>{year}</td><td><span class=\"stage\" data-stage=\"{}\">{}</span></td><td>{}</td></tr>",
            escape(&ui.href(&format!("/work/{}/{year}", a.jurisdiction))),
            bdi(mgi_model::name_in(&a.jurisdiction, &a.name, lang.code())),
            stage.as_str(),
            escape(&stage.localise(lang)),
            escape(&todo),
        );
    }
    let tokens = format!(
        "<a href=\"{}\">{}</a>",
        ui.href("/account/tokens"),
        escape(&tr!(lang, "work-api-tokens"))
    );
    let admin = if p.role == mgi_model::access::Role::Admin {
        format!(
            "<p><a href=\"{}\">{}</a> · {tokens}</p>\n",
            ui.href("/admin/users"),
            escape(&tr!(lang, "work-accounts"))
        )
    } else {
        format!("<p>{tokens}</p>\n")
    };
    let head: String = [
        "work-col-assessment",
        "work-col-round",
        "work-col-stage",
        "work-col-for-you",
    ]
    .iter()
    .map(|key| format!("<th>{}</th>", escape(&mgi_i18n::tr(lang, key))))
    .collect();
    let signed_in = labels::with_name(
        &tr!(
            lang,
            "work-dashboard-signed-in",
            name = labels::name_mark(),
            role = p.role.localise(lang)
        ),
        &s.display_name,
    );
    let title = tr!(lang, "work-dashboard-title");
    let body = format!(
        "<h1>{}</h1>\n<p>{signed_in}</p>\n{admin}<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{}</tbody>\n</table>\n",
        escape(&title),
        if rows.is_empty() {
            format!(
                "<tr><td colspan=\"4\">{}</td></tr>\n",
                escape(&tr!(lang, "work-dashboard-empty"))
            )
        } else {
            rows
        }
    );
    Ok(Html(page(&ui, &title, Some(&s), &body)).into_response())
}

//! Signed-in work: the dashboard and everything done on one assessment. Every handler opens the
//! assessment through [`Ctx::open`], which answers 404 to anyone the access rules do not let
//! read it, and asks [`Ctx::require`] before any change.

pub mod admin;
pub mod answer;
pub mod assessment;
pub mod comments;
pub mod context;
pub mod finding;
pub mod record;
pub mod rounds;
pub mod sources;
pub mod tokens;
pub mod validation;
pub mod workbook;

use std::fmt::Write;

use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{Html, IntoResponse, Response};
use mgi_model::Stage;
use mgi_model::access::{Action, Subject};
use mgi_store::{AssessmentSummary, Session};

use crate::AppState;
use crate::auth::Signed;
use crate::error::{WebError, WebResult};
use crate::form::Fields;
use crate::html::{escape, page};
use crate::ui::Ui;

/// One assessment as seen by one signed-in user.
pub struct Ctx {
    pub session: Session,
    pub summary: AssessmentSummary,
    pub code: String,
    pub year: i32,
    pub stage: Stage,
    /// The request's language and address (the pages' own texts are English for now; the layout
    /// around them and their links follow the language).
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
        let year: i32 = year.parse().map_err(|_| WebError::NotFound)?;
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

    pub fn title(&self) -> String {
        format!("{} {}", self.summary.name, self.year)
    }

    /// A page of this assessment with a breadcrumb back to its workspace.
    pub fn page(&self, title: &str, body: &str) -> Response {
        let crumb = format!(
            "<p class=\"muted\"><a href=\"{}\">My work</a> › <a href=\"{}\">{}</a> <span class=\"stage\">{}</span></p>\n",
            self.ui.href("/work"),
            self.url(""),
            escape(&self.title()),
            self.stage
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
/// filled with ours and set to save on top of theirs. Nothing is lost.
pub fn conflict(ctx: &Ctx, what: &str, theirs: &str, mine: &str, form: &str) -> Response {
    let body = format!(
        "<h1>Someone else saved {what} first</h1>\n<p class=\"conflict\" role=\"alert\">Nothing of yours was saved, and nothing is lost: compare the two versions, merge what you want to keep into the form, and save again.</p>\n\
         <div class=\"cols\"><section><h2>Saved meanwhile</h2>{theirs}</section><section><h2>Yours</h2>{mine}</section></div>\n<h2>Your version, to save again</h2>\n{form}"
    );
    (StatusCode::CONFLICT, ctx.page("Edit conflict", &body)).into_response()
}

/// After a successful form: back to a page (POST, redirect, GET).
pub fn back_to(url: &str) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, url.to_owned())]).into_response()
}

/// `/work`: the assessments this user may open, by stage, and what the role does.
pub async fn dashboard(State(state): State<AppState>, Signed(s): Signed, ui: Ui) -> WebResult {
    let p = &s.principal;
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
            _ if p.can(Action::Approve, &subject) => "to approve",
            _ if p.can(Action::Edit, &subject) => "to write",
            _ if p.can(Action::Comment, &subject) => "to comment",
            _ => "to read",
        };
        let _ = writeln!(
            rows,
            "<tr><td><a href=\"/work/{code}/{year}\">{}</a></td><td>{year}</td><td><span class=\"stage\">{stage}</span></td><td>{todo}</td></tr>",
            escape(&a.name),
            code = escape(&a.jurisdiction),
        );
    }
    let admin = if p.role == mgi_model::access::Role::Admin {
        "<p><a href=\"/admin/users\">Accounts</a> · <a href=\"/account/tokens\">API tokens</a></p>\n"
    } else {
        "<p><a href=\"/account/tokens\">API tokens</a></p>\n"
    };
    let body = format!(
        "<h1>My work</h1>\n<p>Signed in as {} ({}).</p>\n{admin}<table>\n<thead><tr><th>Assessment</th><th>Round</th><th>Stage</th><th>For you</th></tr></thead>\n<tbody>\n{}</tbody>\n</table>\n",
        escape(&s.display_name),
        p.role.label(),
        if rows.is_empty() {
            "<tr><td colspan=\"4\">Nothing to work on yet.</td></tr>\n".to_owned()
        } else {
            rows
        }
    );
    Ok(Html(page(&ui, "My work", Some(&s), &body)).into_response())
}

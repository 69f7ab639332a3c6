//! Every failure of a request as one type, answered as a page in the request's language.
//! Whatever a visitor may not see answers 404, exactly like what does not exist.
//!
//! A [`WebError`] becomes a response far from the request (in `?`, in an extractor), so it is
//! first written in English and carries what it says as a [`Shown`] extension; the
//! [`localise`] layer, which knows the request's language and address, writes it again in that
//! language with the language switch of the page.

use axum::extract::{Request, State};
use axum::http::header::{HOST, LOCATION, REFERER};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use mgi_i18n::{Lang, tr};
use mgi_model::Problem;
use mgi_store::{NotDone, Session, StoreError};

use crate::AppState;
use crate::auth::session_token;
use crate::layout::{Chrome, FieldError, NavLink};
use crate::ops::RequestId;
use crate::ui::{Ui, colon};

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// Unknown, or not for this visitor.
    #[error("not found")]
    NotFound,
    /// Known to this visitor, but not its to do.
    #[error("not allowed")]
    Forbidden,
    /// A page for signed-in users, asked without a session.
    #[error("sign in first")]
    SignIn,
    /// A form without the session's token, or from another site.
    #[error("the form is out of date or did not come from this site")]
    Csrf,
    /// Fields of a form that cannot be accepted: (field, reason).
    #[error("invalid form")]
    Form(Vec<(String, String)>),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Server(String),
}

pub type WebResult<T = Response> = Result<T, WebError>;

/// What an error answer says, independent of the language.
#[derive(Clone, Debug)]
pub enum Shown {
    NotFound,
    Forbidden,
    SignIn,
    Csrf,
    /// Fields of a form that cannot be accepted: (field, why).
    Form(Vec<(String, FieldProblem)>),
    /// Not done (a conflict, a refused transition), with the store's reason.
    Conflict(NotDone),
    Server,
}

/// Why a field of a form is refused.
#[derive(Clone, Debug)]
pub enum FieldProblem {
    /// Said by the handler that refused it, already in the request's language.
    Said(String),
    /// A rule of the model or the store, written in the page's language when shown.
    Rule(Problem),
}

impl FieldProblem {
    fn text(&self, lang: Lang) -> String {
        match self {
            FieldProblem::Said(text) => text.clone(),
            FieldProblem::Rule(problem) => problem.localised(lang),
        }
    }
}

impl From<WebError> for Shown {
    fn from(e: WebError) -> Shown {
        match e {
            WebError::NotFound | WebError::Store(StoreError::NotFound(_)) => Shown::NotFound,
            WebError::Forbidden => Shown::Forbidden,
            WebError::SignIn => Shown::SignIn,
            WebError::Csrf => Shown::Csrf,
            WebError::Form(problems) => Shown::Form(
                problems
                    .into_iter()
                    .map(|(field, text)| (field, FieldProblem::Said(text)))
                    .collect(),
            ),
            WebError::Store(StoreError::Invalid(problems)) => Shown::Form(
                problems
                    .into_iter()
                    .map(|p| (p.path, FieldProblem::Rule(p.problem)))
                    .collect(),
            ),
            WebError::Store(e) => NotDone::of(&e).map_or_else(|| logged(&e), Shown::Conflict),
            WebError::Server(e) => logged(&e),
        }
    }
}

fn logged(e: &dyn std::fmt::Display) -> Shown {
    tracing::error!(error = %e, "a page failed");
    Shown::Server
}

impl Shown {
    fn status(&self) -> StatusCode {
        match self {
            Shown::NotFound => StatusCode::NOT_FOUND,
            Shown::Forbidden | Shown::Csrf => StatusCode::FORBIDDEN,
            Shown::SignIn => StatusCode::SEE_OTHER,
            Shown::Form(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Shown::Conflict(_) => StatusCode::CONFLICT,
            Shown::Server => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The page in `ui`'s language (`error.html`), in the layout of `viewer` when signed in;
    /// `back` is the page a refused form came from.
    fn page(
        &self,
        ui: &Ui,
        viewer: Option<&Session>,
        back: &str,
        request: Option<&RequestId>,
    ) -> ErrorPage {
        let lang = ui.lang;
        let (title, before, problems, back) = match self {
            Shown::NotFound => (
                tr!(lang, "error-not-found"),
                vec![tr!(lang, "web-error-not-found-text")],
                Vec::new(),
                Some(NavLink {
                    href: ui.href("/"),
                    label: tr!(lang, "web-error-back"),
                    current: false,
                }),
            ),
            Shown::Forbidden => (
                tr!(lang, "error-forbidden"),
                vec![tr!(lang, "web-error-forbidden-text")],
                Vec::new(),
                None,
            ),
            Shown::Csrf => (
                tr!(lang, "web-error-csrf-title"),
                vec![tr!(lang, "web-error-csrf-text")],
                Vec::new(),
                None,
            ),
            // Only a form the pages did not make (or a field too long for any form) ends here:
            // every form of the pages shows its own refusals at its fields.
            Shown::Form(problems) => (
                tr!(lang, "web-error-form-title"),
                vec![tr!(lang, "web-error-nothing-saved")],
                problems
                    .iter()
                    .map(|(field, m)| FieldError {
                        field: field.clone(),
                        message: m.text(lang),
                    })
                    .collect(),
                Some(NavLink {
                    href: back.to_owned(),
                    label: tr!(lang, "web-error-form-back"),
                    current: false,
                }),
            ),
            Shown::Conflict(reason) => (
                tr!(lang, "web-error-conflict-title"),
                vec![reason.text(lang), tr!(lang, "web-error-conflict-text")],
                Vec::new(),
                None,
            ),
            Shown::Server | Shown::SignIn => (
                tr!(lang, "error-server"),
                vec![tr!(lang, "web-error-server-text")],
                Vec::new(),
                None,
            ),
        };
        ErrorPage {
            chrome: Chrome::new(ui, &title, viewer),
            colon: colon(lang),
            before,
            problems,
            back,
            reference: request.map(|id| tr!(lang, "web-error-reference", id = id.0.as_str())),
        }
    }

    /// The answer in `ui`'s language: the sign-in redirect, or a page (see [`Shown::page`])
    /// that gives the request's id for a report.
    pub fn answer(
        &self,
        ui: &Ui,
        viewer: Option<&Session>,
        back: &str,
        request: Option<&RequestId>,
    ) -> Response {
        if let Shown::SignIn = self {
            return (self.status(), [(LOCATION, ui.href("/login"))]).into_response();
        }
        let page = crate::layout::render(&self.page(ui, viewer, back, request));
        (self.status(), Html(page)).into_response()
    }
}

/// An error answer (`error.html`): paragraphs, the fields refused with why, a way back.
#[derive(askama::Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    chrome: Chrome,
    colon: &'static str,
    before: Vec<String>,
    problems: Vec<FieldError>,
    back: Option<NavLink>,
    /// "Reference of this request: …", to quote in a report.
    reference: Option<String>,
}

impl IntoResponse for WebError {
    /// In English, with what it says kept for [`localise`].
    fn into_response(self) -> Response {
        let shown = Shown::from(self);
        let mut response = shown.answer(&Ui::new(Lang::En, "/"), None, "/", None);
        response.extensions_mut().insert(shown);
        response
    }
}

/// The layer of the pages: an error answer is written again in the request's language, with the
/// language switch of the address asked for, and, for a signed-in visitor, in the layout of the
/// signed-in site (the session is looked up only when the answer is an error).
pub async fn localise(
    State(state): State<AppState>,
    ui: Ui,
    request: Request,
    next: Next,
) -> Response {
    let token = session_token(request.headers()).map(str::to_owned);
    let came_from = came_from(request.headers());
    let id = request.extensions().get::<RequestId>().cloned();
    let mut response = next.run(request).await;
    let Some(shown) = response.extensions_mut().remove::<Shown>() else {
        return response;
    };
    let viewer = match token {
        Some(token) => state.store.session(&token).await.ok().flatten(),
        None => None,
    };
    let back = came_from.unwrap_or_else(|| match viewer {
        Some(_) => ui.href("/work"),
        None => ui.href("/"),
    });
    shown.answer(&ui, viewer.as_ref(), &back, id.as_ref())
}

/// The page of this site a request came from (its `Referer`, sent for this site's own pages
/// only), as a local path with its query; `None` for another site's or none.
fn came_from(headers: &HeaderMap) -> Option<String> {
    let host = headers.get(HOST)?.to_str().ok()?;
    let referer = headers.get(REFERER)?.to_str().ok()?;
    let (_, rest) = referer.split_once("://")?;
    let path = rest.strip_prefix(host)?;
    // A local path only: one slash, then not another (`//host`) nor a backslash.
    let local = path.strip_prefix('/')?;
    (!local.starts_with(['/', '\\'])).then(|| path.to_owned())
}

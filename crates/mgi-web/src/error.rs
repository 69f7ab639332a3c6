//! Every failure of a request as one type, answered as a page. Whatever a visitor may not see
//! answers 404, exactly like what does not exist.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use mgi_store::StoreError;

use crate::html::{escape, page};

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

fn answer(status: StatusCode, title: &str, body: &str) -> Response {
    (status, Html(page(title, None, body))).into_response()
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::NotFound => answer(
                StatusCode::NOT_FOUND,
                "Not found",
                "<h1>Not found</h1>\n<p>There is no such page. <a href=\"/\">Back to the portal</a>.</p>\n",
            ),
            WebError::Forbidden => answer(
                StatusCode::FORBIDDEN,
                "Not allowed",
                "<h1>Not allowed</h1>\n<p>Your role does not allow this at the assessment's current stage. Nothing was changed.</p>\n",
            ),
            WebError::SignIn => (
                StatusCode::SEE_OTHER,
                [(axum::http::header::LOCATION, "/login")],
            )
                .into_response(),
            WebError::Csrf => answer(
                StatusCode::FORBIDDEN,
                "Form refused",
                "<h1>Form refused</h1>\n<p>The form was out of date or did not come from this site. Nothing was saved. Go back, reload the page and send it again.</p>\n",
            ),
            WebError::Form(problems) => {
                let items: String = problems
                    .iter()
                    .map(|(f, m)| format!("<li><strong>{}</strong>: {}</li>", escape(f), escape(m)))
                    .collect();
                answer(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "Please correct the form",
                    &format!(
                        "<h1>Please correct the form</h1>\n<p>Nothing was saved.</p>\n<ul class=\"problems\">{items}</ul>\n<p>Use your browser's back button: what you typed is still there.</p>\n"
                    ),
                )
            }
            WebError::Store(StoreError::NotFound(_)) => WebError::NotFound.into_response(),
            WebError::Store(StoreError::Invalid(problems)) => {
                WebError::Form(problems.into_iter().map(|p| (p.path, p.message)).collect())
                    .into_response()
            }
            WebError::Store(
                e @ (StoreError::Conflict { .. }
                | StoreError::AlreadyExists(_)
                | StoreError::Refused(_)
                | StoreError::ContentChanged(_)
                | StoreError::Transition(_)),
            ) => answer(
                StatusCode::CONFLICT,
                "Not done",
                &format!(
                    "<h1>Not done</h1>\n<p>{}</p>\n<p>Nothing was changed. Go back and reload the page.</p>\n",
                    escape(&e.to_string())
                ),
            ),
            WebError::Store(e) => server_error(&e),
            WebError::Server(e) => server_error(&e),
        }
    }
}

pub fn server_error(e: &dyn std::fmt::Display) -> Response {
    eprintln!("error: {e}");
    answer(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Error",
        "<h1>Something went wrong</h1>\n<p>The error has been logged.</p>\n",
    )
}

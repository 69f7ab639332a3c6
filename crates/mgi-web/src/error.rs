//! Every failure of a request as one type, answered as a page in the request's language.
//! Whatever a visitor may not see answers 404, exactly like what does not exist.
//!
//! A [`WebError`] becomes a response far from the request (in `?`, in an extractor), so it is
//! first written in English and carries what it says as a [`Shown`] extension; the
//! [`localise`] layer, which knows the request's language and address, writes it again in that
//! language with the language switch of the page.

use axum::extract::Request;
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use mgi_i18n::{Lang, tr};
use mgi_model::{Problem, Stage, TransitionError};
use mgi_store::{Record, Refusal, StoreError};

use crate::layout::{Chrome, FieldError, NavLink};
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

/// Why the store did not make a change, kept typed so that each page says it in its language.
#[derive(Clone, Debug)]
pub enum NotDone {
    Refused(Refusal),
    Transition(TransitionError),
    /// What was read (to approve, or to fill from a workbook) changed since.
    ContentChanged,
    /// A save based on a stale version.
    Conflict {
        expected: i64,
        current: i64,
    },
    /// The record named is there already.
    AlreadyExists(Record),
}

impl NotDone {
    /// The reason of a store error that people can act on; `None` for the others (not found,
    /// invalid input, failures).
    pub fn of(e: &StoreError) -> Option<NotDone> {
        Some(match e {
            StoreError::Refused(r) => NotDone::Refused(r.clone()),
            StoreError::Transition(t) => NotDone::Transition(*t),
            StoreError::ContentChanged(_) => NotDone::ContentChanged,
            StoreError::Conflict {
                expected, current, ..
            } => NotDone::Conflict {
                expected: *expected,
                current: *current,
            },
            StoreError::AlreadyExists(what) => NotDone::AlreadyExists(what.clone()),
            _ => return None,
        })
    }

    /// The reason in `lang` (plain text), stages by their names.
    pub fn text(&self, lang: Lang) -> String {
        let stage = |s: Stage| crate::work::labels::stage(lang, s);
        match self {
            NotDone::Refused(Refusal::ApprovalNotNow {
                jurisdiction,
                year,
                stage: at,
            }) => tr!(
                lang,
                "refusal-approval-not-now",
                jurisdiction = jurisdiction,
                year = year.to_string(),
                stage = stage(*at)
            ),
            NotDone::Refused(Refusal::CorrectionWithoutNote) => {
                tr!(lang, "refusal-correction-without-note")
            }
            NotDone::Refused(Refusal::NotApproved { jurisdiction, year }) => tr!(
                lang,
                "refusal-not-approved",
                jurisdiction = jurisdiction,
                year = year.to_string()
            ),
            NotDone::Refused(Refusal::RoundClosed {
                jurisdiction,
                year,
                stage: at,
            }) => tr!(
                lang,
                "refusal-round-closed",
                jurisdiction = jurisdiction,
                year = year.to_string(),
                stage = stage(*at)
            ),
            NotDone::Refused(Refusal::ShareNotNow {
                jurisdiction,
                year,
                stage: at,
            }) => tr!(
                lang,
                "refusal-share-not-now",
                jurisdiction = jurisdiction,
                year = year.to_string(),
                stage = stage(*at)
            ),
            NotDone::Refused(Refusal::LinkFull { max }) => {
                tr!(lang, "refusal-link-full", max = *max)
            }
            NotDone::Transition(t) => {
                let allowed: Vec<String> = t.allowed().iter().map(|&s| stage(s)).collect();
                tr!(
                    lang,
                    "refusal-transition",
                    from = stage(t.from),
                    to = stage(t.to),
                    allowed = allowed.join(", ")
                )
            }
            NotDone::ContentChanged => tr!(lang, "refusal-content-changed"),
            NotDone::Conflict { expected, current } => tr!(
                lang,
                "refusal-conflict",
                expected = *expected,
                current = *current
            ),
            NotDone::AlreadyExists(what) => {
                tr!(
                    lang,
                    "refusal-already-exists",
                    what = record_text(lang, what)
                )
            }
        }
    }
}

/// A store error people can act on (a refusal, a conflict), written in `lang`; `None` for the
/// others, which are shown as they are.
pub fn store_error_text(lang: Lang, e: &StoreError) -> Option<String> {
    match e {
        StoreError::NotFound(what) => Some(tr!(
            lang,
            "refusal-not-found",
            what = record_text(lang, what)
        )),
        _ => NotDone::of(e).map(|reason| reason.text(lang)),
    }
}

/// What a store error names, in `lang`.
pub fn record_text(lang: Lang, record: &Record) -> String {
    match record {
        Record::Assessment { jurisdiction, year } => tr!(
            lang,
            "record-assessment",
            jurisdiction = jurisdiction,
            year = year.to_string()
        ),
        Record::Publication { jurisdiction, year } => tr!(
            lang,
            "record-publication",
            jurisdiction = jurisdiction,
            year = year.to_string()
        ),
        Record::PublishedRounds { jurisdiction } => {
            tr!(lang, "record-published-rounds", jurisdiction = jurisdiction)
        }
        Record::Part {
            kind,
            key,
            jurisdiction,
            year,
        } => tr!(
            lang,
            "record-part",
            kind = kind.code(),
            key = key,
            jurisdiction = jurisdiction,
            year = year.to_string()
        ),
        Record::User(name) => tr!(lang, "record-user", name = name),
        Record::File(path) => tr!(lang, "record-file", path = path),
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
    eprintln!("error: {e}");
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

    /// (title, body) of the page in `ui`'s language.
    /// The page in `ui`'s language (`error.html`).
    fn page(&self, ui: &Ui) -> ErrorPage {
        let lang = ui.lang;
        let (title, before, problems, after, back) = match self {
            Shown::NotFound => (
                tr!(lang, "error-not-found"),
                vec![tr!(lang, "web-error-not-found-text")],
                Vec::new(),
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
                Vec::new(),
                None,
            ),
            Shown::Csrf => (
                tr!(lang, "web-error-csrf-title"),
                vec![tr!(lang, "web-error-csrf-text")],
                Vec::new(),
                Vec::new(),
                None,
            ),
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
                vec![tr!(lang, "web-error-form-back")],
                None,
            ),
            Shown::Conflict(reason) => (
                tr!(lang, "web-error-conflict-title"),
                vec![reason.text(lang), tr!(lang, "web-error-conflict-text")],
                Vec::new(),
                Vec::new(),
                None,
            ),
            Shown::Server | Shown::SignIn => (
                tr!(lang, "error-server"),
                vec![tr!(lang, "web-error-server-text")],
                Vec::new(),
                Vec::new(),
                None,
            ),
        };
        ErrorPage {
            chrome: Chrome::new(ui, &title, None),
            colon: colon(lang),
            before,
            problems,
            after,
            back,
        }
    }

    /// The answer in `ui`'s language: the sign-in redirect, or a page.
    pub fn answer(&self, ui: &Ui) -> Response {
        if let Shown::SignIn = self {
            return (self.status(), [(LOCATION, ui.href("/login"))]).into_response();
        }
        let page = askama::Template::render(&self.page(ui)).unwrap_or_default();
        (self.status(), Html(page)).into_response()
    }
}

/// An error answer (`error.html`): paragraphs, the fields refused with why, paragraphs, a way
/// back.
#[derive(askama::Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    chrome: Chrome,
    colon: &'static str,
    before: Vec<String>,
    problems: Vec<FieldError>,
    after: Vec<String>,
    back: Option<NavLink>,
}

impl IntoResponse for WebError {
    /// In English, with what it says kept for [`localise`].
    fn into_response(self) -> Response {
        let shown = Shown::from(self);
        let mut response = shown.answer(&Ui::new(Lang::En, "/"));
        response.extensions_mut().insert(shown);
        response
    }
}

/// The layer of the pages: an error answer is written again in the request's language, with the
/// language switch of the address asked for.
pub async fn localise(ui: Ui, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    match response.extensions_mut().remove::<Shown>() {
        Some(shown) => shown.answer(&ui),
        None => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_stage_move_names_the_stages_in_the_language() {
        let refused = Stage::DataCollection
            .check_transition(Stage::Published)
            .expect_err("publication skips consultation and validation");
        let stage = |lang: Lang, s: Stage| tr!(lang, "work-stage", stage = s.as_str());
        for lang in [Lang::Fr, Lang::Es] {
            let expected = tr!(
                lang,
                "refusal-transition",
                from = stage(lang, Stage::DataCollection),
                to = stage(lang, Stage::Published),
                allowed = stage(lang, Stage::DraftShared)
            );
            assert_eq!(NotDone::Transition(refused).text(lang), expected);
            assert!(expected.contains(&stage(lang, Stage::DataCollection)));
        }
        assert_eq!(
            store_error_text(Lang::Fr, &StoreError::Transition(refused)),
            Some(NotDone::Transition(refused).text(Lang::Fr))
        );
        assert_eq!(
            store_error_text(
                Lang::Fr,
                &StoreError::NotFound(Record::assessment("MNG", 2029))
            ),
            Some("Introuvable\u{202F}: évaluation MNG 2029.".to_owned())
        );
        let exists = StoreError::AlreadyExists(Record::part(
            mgi_store::PartKind::Source,
            "law-x",
            "MNG",
            2026,
        ));
        assert_eq!(
            store_error_text(Lang::Es, &exists),
            Some(
                "Este elemento ya existe (fuente law-x de MNG 2026); no se ha sobrescrito nada."
                    .to_owned()
            )
        );
        assert_eq!(
            exists.to_string(),
            "source law-x of MNG 2026 already exists (use replace to overwrite it)"
        );
    }
}

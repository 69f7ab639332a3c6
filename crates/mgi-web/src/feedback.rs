//! What a page tells its reader after a form: a success banner after a change, and the refused
//! fields on the same form.
//!
//! The banner survives the redirect that follows every change (POST, redirect, GET) without
//! server state, so it works the same with several app instances: the redirect's address
//! carries `done=<what>` ([`back_to`]), [`crate::ui::Ui`] takes it off the address (so the
//! language switch and the page's own links do not repeat it) and the layout shows the banner.
//! Only the codes of [`Done`] mean anything; any other value is ignored, so a link cannot put
//! words of its own on a page.

use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use mgi_i18n::Lang;
use mgi_store::StoreError;

use crate::error::WebError;
use crate::layout::FieldError;
use crate::views::{Banner, BannerKind};

macro_rules! done {
    ($($v:ident = $code:literal,)+) => {
        /// A change that was made, as the banner after it names it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Done { $($v,)+ }

        impl Done {
            #[cfg(test)]
            pub const ALL: &'static [Done] = &[$(Done::$v,)+];

            /// The value of `done=` in the address.
            pub fn code(self) -> &'static str {
                match self { $(Done::$v => $code,)+ }
            }

            pub fn parse(code: &str) -> Option<Done> {
                match code { $($code => Some(Done::$v),)+ _ => None }
            }
        }
    };
}

done! {
    AnswerSaved = "answer-saved",
    FindingSaved = "finding-saved",
    FindingAdded = "finding-added",
    FindingDeleted = "finding-deleted",
    FindingMoved = "finding-moved",
    SuggestionAccepted = "suggestion-accepted",
    SuggestionDismissed = "suggestion-dismissed",
    SourceSaved = "source-saved",
    SourcesMerged = "sources-merged",
    SummarySaved = "summary-saved",
    ContextSaved = "context-saved",
    ConventionSaved = "convention-saved",
    ConsultationSaved = "consultation-saved",
    TranslationSaved = "translation-saved",
    RoundNoteSaved = "round-note-saved",
    CommentAdded = "comment-added",
    CommentUpdated = "comment-updated",
    StageMoved = "stage-moved",
    Approved = "approved",
    Published = "published",
    RoundStarted = "round-started",
    ShareRevoked = "share-revoked",
    WorkbookImported = "workbook-imported",
    TokenRevoked = "token-revoked",
    AccountSaved = "account-saved",
}

impl Done {
    /// The banner on the page the change leads back to, which `page` (its title) names.
    pub fn banner(self, lang: Lang, page: &str) -> Banner {
        Banner {
            kind: BannerKind::Success,
            title: mgi_i18n::tr(lang, &format!("done-{}", self.code())),
            text: page.to_owned(),
        }
    }
}

/// `here` (a path with its query) without `done=`, and the change it names if it names one.
pub fn take_done(here: &str) -> (String, Option<Done>) {
    let Some((path, query)) = here.split_once('?') else {
        return (here.to_owned(), None);
    };
    let mut done = None;
    let rest: Vec<&str> = query
        .split('&')
        .filter(|pair| match pair.strip_prefix("done=") {
            Some(code) => {
                done = done.or(Done::parse(code));
                false
            }
            None => true,
        })
        .collect();
    if rest.is_empty() {
        (path.to_owned(), done)
    } else {
        (format!("{path}?{}", rest.join("&")), done)
    }
}

/// After a change: back to the page at `url` (POST, redirect, GET), which shows the banner
/// naming `done`. A `#fragment` of `url` stays at the end.
pub fn back_to(url: &str, done: Done) -> Response {
    let (url, fragment) = match url.split_once('#') {
        Some((u, f)) => (u, format!("#{f}")),
        None => (url, String::new()),
    };
    let sep = if url.contains('?') { '&' } else { '?' };
    reload(&format!("{url}{sep}done={}{fragment}", done.code()))
}

/// Back to the page at `url` after a post that changed nothing: no banner.
pub fn reload(url: &str) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, url.to_owned())]).into_response()
}

/// The fields of one form as its reader knows them: the field's `id` in the page and its name
/// in words, for each place a refusal can name ("text", "citations[1].source").
pub trait FormFields {
    /// The id of the field and its label for a place named by a refusal; `None` for a place
    /// the form does not show (the refusal is then shown against the form as a whole).
    fn field(&self, lang: Lang, place: &str) -> Option<(String, String)>;
}

/// A form whose fields are named by a table: for each place a refusal names, the field's id
/// and the message key of its label; `suffix` ends every id (a form repeated on a page, such
/// as a context figure's, has ids of its own).
pub struct FieldTable<'a> {
    pub fields: &'a [(&'a str, &'a str, &'a str)],
    pub suffix: &'a str,
}

impl FormFields for FieldTable<'_> {
    fn field(&self, lang: Lang, place: &str) -> Option<(String, String)> {
        self.fields
            .iter()
            .find(|(p, _, _)| *p == place)
            .map(|(_, id, key)| (format!("{id}{}", self.suffix), mgi_i18n::tr(lang, key)))
    }
}

/// The refusals of a form, shown on the same form: in an error summary linking to each field,
/// and at each field.
#[derive(Default)]
pub struct Refusals {
    pub problems: Vec<FieldError>,
}

impl Refusals {
    /// The refusals of `error` for the form `fields`, when it is about the form's fields
    /// (a refused field, a rule of the model); any other error is given back.
    pub fn of(error: WebError, lang: Lang, fields: &dyn FormFields) -> Result<Refusals, WebError> {
        let places: Vec<(String, String)> = match error {
            WebError::Form(problems) => problems,
            WebError::Store(StoreError::Invalid(problems)) => problems
                .into_iter()
                .map(|p| (p.path, p.problem.localised(lang)))
                .collect(),
            other => return Err(other),
        };
        Ok(Refusals {
            problems: places
                .into_iter()
                .map(|(place, why)| match fields.field(lang, &place) {
                    Some((id, label)) => FieldError {
                        field: id,
                        message: format!("{label}{}{why}", crate::ui::colon(lang)),
                    },
                    None => FieldError {
                        field: String::new(),
                        message: why,
                    },
                })
                .collect(),
        })
    }

    /// Whether the store refused `error` at `place`: a hidden field naming the record the form
    /// is about (a comment's anchor, a translation's text), when the record is not one the
    /// page has, so the form has no place to come back in.
    pub fn names_record(error: &WebError, place: &str) -> bool {
        matches!(error, WebError::Store(StoreError::Invalid(problems))
            if problems.iter().any(|p| p.path == place))
    }

    /// What is wrong with the field `id`, or "" (the templates leave an empty error out).
    pub fn at(&self, id: &str) -> String {
        self.problems
            .iter()
            .filter(|p| p.field == id)
            .map(|p| p.message.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A form shown again with its refusals answers 422, so a client can tell it was not saved.
pub fn refused_page(page: &impl askama::Template) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        axum::response::Html(crate::layout::render(page)),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn done_comes_off_the_address_and_only_known_codes_count() {
        assert_eq!(
            take_done("/work/x/2023?done=answer-saved"),
            ("/work/x/2023".to_owned(), Some(Done::AnswerSaved))
        );
        assert_eq!(
            take_done("/progress?from=2019&done=finding-added&x=1"),
            (
                "/progress?from=2019&x=1".to_owned(),
                Some(Done::FindingAdded)
            )
        );
        assert_eq!(
            take_done("/a?done=%3Cscript%3E"),
            ("/a".to_owned(), None),
            "an unknown code is dropped and shows nothing"
        );
        assert_eq!(take_done("/a"), ("/a".to_owned(), None));
    }

    #[test]
    fn the_redirect_carries_the_code_before_the_fragment() {
        let r = back_to("/work/x/2023#validation", Done::Approved);
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            r.headers()[LOCATION],
            "/work/x/2023?done=approved#validation"
        );
        let r = back_to("/p?from=2019", Done::RoundNoteSaved);
        assert_eq!(r.headers()[LOCATION], "/p?from=2019&done=round-note-saved");
    }

    #[test]
    fn every_change_is_named_in_every_language() {
        for lang in Lang::ALL {
            for d in Done::ALL {
                let b = d.banner(lang, "page");
                assert!(
                    !b.title.is_empty() && !b.title.starts_with('['),
                    "{d:?} in {lang:?}"
                );
                assert_eq!(Done::parse(d.code()), Some(*d));
            }
        }
    }
}

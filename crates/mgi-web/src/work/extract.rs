//! The extractors of the work pages: a handler names what it needs in its arguments, and the
//! signing in, the opening of the assessment, the access check and the CSRF check happen before
//! it runs, so that no handler can forget one.
//!
//! - [`Opened`]: a page of one assessment (`/work/{code}/{year}/…`), for its readers.
//! - [`Acting`]: a form posted to one assessment, for those who may do the action `A`.
//! - [`crate::auth::SignedForm`]: a form posted by a signed-in user outside any assessment.

use std::marker::PhantomData;

use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use mgi_model::Stage;
use mgi_model::access::Action;
use mgi_store::Session;
use serde::Deserialize;

use super::Ctx;
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::WebError;
use crate::form::Fields;
use crate::ui::Ui;

/// The assessment part of a work address; other parts (`{key}`, `{id}`) are the handler's.
#[derive(Deserialize)]
struct Place {
    code: String,
    year: String,
}

/// The user, the request's language and the assessment named by the address, before opening.
async fn place(parts: &mut Parts, state: &AppState) -> Result<(Session, Ui, Place), WebError> {
    let Signed(session) = Signed::from_request_parts(parts, state).await?;
    let Path(place) = Path::<Place>::from_request_parts(parts, state)
        .await
        .map_err(|_| WebError::NotFound)?;
    Ok((session, Ui::of(parts), place))
}

/// The assessment of the address, opened for the signed-in user: 404 to anyone the access
/// rules do not let read it.
pub struct Opened(pub Ctx);

impl FromRequestParts<AppState> for Opened {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let (session, ui, p) = place(parts, state).await?;
        Ok(Opened(
            Ctx::open(state, session, ui, &p.code, &p.year).await?,
        ))
    }
}

/// What a form posted to an assessment does, as a type: `Acting<Edit>`.
pub trait Act {
    /// The action checked before the handler runs.
    const ACTION: Action;
}

macro_rules! acts {
    ($($(#[$doc:meta])* $name:ident => $action:expr;)+) => {$(
        $(#[$doc])*
        pub struct $name;
        impl Act for $name {
            const ACTION: Action = $action;
        }
    )+};
}

acts! {
    /// Read only: the handler checks what the form asks for itself (a move to a stage).
    Read => Action::Read;
    Edit => Action::Edit;
    Comment => Action::Comment;
    Moderate => Action::Moderate;
    Share => Action::Share;
    Approve => Action::Approve;
    Publish => Action::Move(Stage::Published);
    StartRound => Action::StartRound;
    Annotate => Action::Annotate;
}

/// A form posted to the assessment of the address: from a signed-in user, carrying the
/// session's CSRF token (checked first), to an assessment this user may read (404 otherwise)
/// and do `A` on (403 otherwise).
pub struct Acting<A> {
    pub ctx: Ctx,
    pub form: Fields,
    act: PhantomData<A>,
}

impl<A: Act> FromRequest<AppState> for Acting<A> {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let (mut parts, body) = req.into_parts();
        let (session, ui, p) = place(&mut parts, state).await?;
        let PostForm(form) =
            PostForm::from_request(Request::from_parts(parts, body), state).await?;
        form.check_csrf(&session)?;
        let ctx = Ctx::open(state, session, ui, &p.code, &p.year).await?;
        ctx.require(A::ACTION)?;
        Ok(Acting {
            ctx,
            form,
            act: PhantomData,
        })
    }
}

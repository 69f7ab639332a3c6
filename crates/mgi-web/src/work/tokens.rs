//! `/account/tokens`: a signed-in user's API tokens. A new token is shown once; the list shows
//! labels and dates only; a token is revoked by its label. Participants who came through a share
//! link have no password and get no token.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Lang, tr};
use mgi_store::{MAX_TOKEN_DAYS, Session};

use super::labels;
use crate::AppState;
use crate::auth::{Signed, SignedForm};
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FieldTable, FormFields, Refusals, back_to, refused_page};
use crate::layout::{Chrome, render};
use crate::ui::Ui;
use crate::views::{Banner, BannerKind};

/// A token as the list shows it: its label and dates, never the token.
pub struct TokenRow {
    pub label: String,
    pub created: String,
    pub expires: String,
    pub active: bool,
}

/// A token just issued, shown this once.
pub struct NewToken {
    pub banner: Banner,
    pub value: String,
}

/// `/account/tokens`.
#[derive(Template)]
#[template(path = "work/tokens.html")]
pub struct TokensPage {
    pub chrome: Chrome,
    pub new_token: Option<NewToken>,
    pub tokens: Vec<TokenRow>,
    pub csrf: String,
    pub create: String,
    pub revoke: String,
    /// "Valid for (days, at most n)".
    pub days_label: String,
    pub typed: Typed,
}

/// What the two forms show: empty, or as typed with the refusals when one comes back.
pub struct Typed {
    pub label: String,
    pub days: String,
    /// The label of the tokens to revoke.
    pub revoke: String,
    pub refusals: Refusals,
}

impl Typed {
    fn new() -> Typed {
        Typed {
            label: String::new(),
            days: "90".to_owned(),
            revoke: String::new(),
            refusals: Refusals::default(),
        }
    }
}

/// The fields of the form that issues a token.
struct IssueFields;

impl FormFields for IssueFields {
    fn field(&self, lang: Lang, place: &str) -> Option<(String, String)> {
        match place {
            "label" => Some(("label".to_owned(), tr!(lang, "work-token-label"))),
            "days" => Some((
                "days".to_owned(),
                tr!(lang, "work-token-days", max = MAX_TOKEN_DAYS),
            )),
            _ => None,
        }
    }
}

/// The field of the form that revokes tokens.
const REVOKE_FIELDS: FieldTable<'static> = FieldTable {
    fields: &[("label", "revoke", "work-token-revoke-label")],
    suffix: "",
};

async fn tokens_page(
    state: &AppState,
    ui: &Ui,
    s: &Session,
    new_token: Option<String>,
    typed: Typed,
) -> WebResult<TokensPage> {
    let lang = ui.lang;
    let tokens = state
        .store
        .tokens(&s.principal.username)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            created: labels::day(lang, t.created_at),
            expires: labels::day(lang, t.expires_at),
            active: t.revoked == 0,
            label: t.label,
        })
        .collect();
    Ok(TokensPage {
        chrome: Chrome::new(ui, &tr!(lang, "work-tokens-title"), Some(s)),
        new_token: new_token.map(|value| NewToken {
            banner: Banner {
                kind: BannerKind::Success,
                title: tr!(lang, "work-token-new"),
                text: tr!(lang, "work-token-shown-once"),
            },
            value,
        }),
        tokens,
        csrf: s.csrf.clone(),
        create: ui.href("/account/tokens"),
        revoke: ui.href("/account/tokens/revoke"),
        days_label: tr!(lang, "work-token-days", max = MAX_TOKEN_DAYS),
        typed,
    })
}

pub async fn list(State(state): State<AppState>, Signed(s): Signed, ui: Ui) -> WebResult {
    let page = tokens_page(&state, &ui, &s, None, Typed::new()).await?;
    Ok(Html(render(&page)).into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ui: Ui,
    SignedForm {
        session: s,
        form: f,
    }: SignedForm,
) -> WebResult {
    let issued = match f.parsed("days", |v| v.parse().ok(), &tr!(ui.lang, "work-field-days")) {
        Ok(days) => state
            .store
            .issue_token(&s.principal.username, f.get("label"), days)
            .await
            .map_err(WebError::from),
        Err(e) => Err(e),
    };
    match issued {
        Ok(token) => {
            let page = tokens_page(&state, &ui, &s, Some(token), Typed::new()).await?;
            Ok(Html(render(&page)).into_response())
        }
        Err(e) => {
            let typed = Typed {
                label: f.get("label").to_owned(),
                days: f.get("days").to_owned(),
                refusals: Refusals::of(e, ui.lang, &IssueFields)?,
                ..Typed::new()
            };
            Ok(refused_page(
                &tokens_page(&state, &ui, &s, None, typed).await?,
            ))
        }
    }
}

pub async fn revoke(
    State(state): State<AppState>,
    ui: Ui,
    SignedForm {
        session: s,
        form: f,
    }: SignedForm,
) -> WebResult {
    let revoked = match f.required("label") {
        Ok(label) => state
            .store
            .revoke_tokens(&s.principal.username, label)
            .await
            .map_err(WebError::from),
        Err(e) => Err(e),
    };
    match revoked {
        Ok(_) => Ok(back_to(&ui.href("/account/tokens"), Done::TokenRevoked)),
        Err(e) => {
            // Shown on the tokens page, not at the address the form was posted to.
            let ui = Ui::new(ui.lang, "/account/tokens");
            let typed = Typed {
                revoke: f.get("label").to_owned(),
                refusals: Refusals::of(e, ui.lang, &REVOKE_FIELDS)?,
                ..Typed::new()
            };
            Ok(refused_page(
                &tokens_page(&state, &ui, &s, None, typed).await?,
            ))
        }
    }
}

//! `/account/tokens`: a signed-in user's API tokens. A new token is shown once; the list shows
//! labels and dates only; a token is revoked by its label. Participants who came through a share
//! link have no password and get no token.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_i18n::tr;
use mgi_store::{MAX_TOKEN_DAYS, Session};

use super::labels;
use crate::AppState;
use crate::auth::{Signed, SignedForm};
use crate::error::WebResult;
use crate::feedback::{Done, back_to};
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
}

async fn tokens_page(
    state: &AppState,
    ui: &Ui,
    s: &Session,
    new_token: Option<String>,
) -> WebResult {
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
    let page = TokensPage {
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
    };
    Ok(Html(render(&page)).into_response())
}

pub async fn list(State(state): State<AppState>, Signed(s): Signed, ui: Ui) -> WebResult {
    tokens_page(&state, &ui, &s, None).await
}

pub async fn create(
    State(state): State<AppState>,
    ui: Ui,
    SignedForm {
        session: s,
        form: f,
    }: SignedForm,
) -> WebResult {
    let days: i64 = f.parsed("days", |v| v.parse().ok(), &tr!(ui.lang, "work-field-days"))?;
    let token = state
        .store
        .issue_token(&s.principal.username, f.get("label"), days)
        .await?;
    tokens_page(&state, &ui, &s, Some(token)).await
}

pub async fn revoke(
    State(state): State<AppState>,
    ui: Ui,
    SignedForm {
        session: s,
        form: f,
    }: SignedForm,
) -> WebResult {
    state
        .store
        .revoke_tokens(&s.principal.username, f.required("label")?)
        .await?;
    Ok(back_to(&ui.href("/account/tokens"), Done::TokenRevoked))
}

//! `/account/tokens`: a signed-in user's API tokens. A new token is shown once; the list shows
//! labels and dates only; a token is revoked by its label. Participants who came through a share
//! link have no password and get no token.

use std::fmt::Write;

use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_i18n::tr;
use mgi_store::{MAX_TOKEN_DAYS, Session};

use super::{back_to, labels};
use crate::AppState;
use crate::auth::{Signed, SignedForm};
use crate::error::WebResult;
use crate::html::{csrf_field, escape, page};
use crate::ui::Ui;

async fn tokens_page(state: &AppState, ui: &Ui, s: &Session, new_token: Option<&str>) -> WebResult {
    let lang = ui.lang;
    let t = |key: &str| escape(&mgi_i18n::tr(lang, key));
    let title = tr!(lang, "work-tokens-title");
    // The API keeps no language: its address is the same from every page.
    let mut body = format!(
        "<h1>{}</h1>\n<p>{} (<a href=\"/api/v1/openapi.json\">/api/v1</a>). {} <code>Authorization: Bearer …</code>.</p>\n",
        escape(&title),
        t("work-tokens-intro"),
        t("work-tokens-send")
    );
    if let Some(token) = new_token {
        let _ = writeln!(
            body,
            "<p class=\"notice\" role=\"status\">{}</p>\n<pre>{}</pre>",
            t("work-token-shown-once"),
            escape(token)
        );
    }
    let head: String = [
        "work-col-label",
        "work-col-created",
        "work-col-expires",
        "work-col-state",
    ]
    .iter()
    .map(|key| format!("<th>{}</th>", t(key)))
    .collect();
    let _ = writeln!(body, "<table><thead><tr>{head}</tr></thead><tbody>");
    for token in state.store.tokens(&s.principal.username).await? {
        let _ = writeln!(
            body,
            "<tr><td><bdi>{}</bdi></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&token.label),
            escape(&labels::day(lang, &token.created_at)),
            escape(&labels::day(lang, &token.expires_at)),
            if token.revoked == 0 {
                t("work-token-active")
            } else {
                t("work-token-revoked")
            }
        );
    }
    let _ = writeln!(
        body,
        "</tbody></table>\n<h2>{}</h2>\n<form method=\"post\" action=\"{}\">{csrf}<label for=\"label\">{}</label><input type=\"text\" id=\"label\" name=\"label\" required><label for=\"days\">{}</label><input type=\"text\" id=\"days\" name=\"days\" value=\"90\"><button data-save=\"token\">{}</button></form>\n<h2>{}</h2>\n<form method=\"post\" action=\"{}\">{csrf}<label for=\"revoke\">{}</label><input type=\"text\" id=\"revoke\" name=\"label\" required><button data-save=\"revoke\">{}</button></form>",
        t("work-token-new"),
        ui.href("/account/tokens"),
        t("work-token-label"),
        escape(&tr!(lang, "work-token-days", max = MAX_TOKEN_DAYS)),
        t("work-token-create"),
        t("work-token-revoke-heading"),
        ui.href("/account/tokens/revoke"),
        t("work-token-revoke-label"),
        t("work-token-revoke"),
        csrf = csrf_field(s)
    );
    Ok(Html(page(ui, &title, Some(s), &body)).into_response())
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
    tokens_page(&state, &ui, &s, Some(&token)).await
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
    Ok(back_to(&ui.href("/account/tokens")))
}

//! `/account/tokens`: a signed-in user's API tokens. A new token is shown once; the list shows
//! labels and dates only; a token is revoked by its label. Participants who came through a share
//! link have no password and get no token.

use std::fmt::Write;

use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_store::{MAX_TOKEN_DAYS, Session};

use super::back_to;
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::WebResult;
use crate::html::{csrf_field, escape, page};
use crate::ui::Ui;

async fn tokens_page(state: &AppState, ui: &Ui, s: &Session, new_token: Option<&str>) -> WebResult {
    let mut body = String::from(
        "<h1>API tokens</h1>\n<p>A token lets a script use the API (<a href=\"/api/v1/openapi.json\">/api/v1</a>) as you: with your role and your jurisdictions. Send it as <code>Authorization: Bearer …</code>.</p>\n",
    );
    if let Some(t) = new_token {
        let _ = writeln!(
            body,
            "<p class=\"notice\" role=\"status\">Your new token, shown this once: copy it now.</p>\n<pre>{}</pre>",
            escape(t)
        );
    }
    body.push_str("<table><thead><tr><th>Label</th><th>Created</th><th>Expires</th><th>State</th></tr></thead><tbody>\n");
    for t in state.store.tokens(&s.principal.username).await? {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&t.label),
            escape(t.created_at.get(..10).unwrap_or(&t.created_at)),
            escape(t.expires_at.get(..10).unwrap_or(&t.expires_at)),
            if t.revoked == 0 { "active" } else { "revoked" }
        );
    }
    let _ = writeln!(
        body,
        "</tbody></table>\n<h2>New token</h2>\n<form method=\"post\" action=\"/account/tokens\">{csrf}<label for=\"label\">What it is for</label><input type=\"text\" id=\"label\" name=\"label\" required><label for=\"days\">Valid for (days, at most {MAX_TOKEN_DAYS})</label><input type=\"text\" id=\"days\" name=\"days\" value=\"90\"><button>Create the token</button></form>\n<h2>Revoke</h2>\n<form method=\"post\" action=\"/account/tokens/revoke\">{csrf}<label for=\"revoke\">Label of the tokens to revoke</label><input type=\"text\" id=\"revoke\" name=\"label\" required><button>Revoke</button></form>",
        csrf = csrf_field(s)
    );
    Ok(Html(page(ui, "API tokens", Some(s), &body)).into_response())
}

pub async fn list(State(state): State<AppState>, Signed(s): Signed, ui: Ui) -> WebResult {
    tokens_page(&state, &ui, &s, None).await
}

pub async fn create(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    PostForm(f): PostForm,
) -> WebResult {
    f.check_csrf(&s)?;
    let days: i64 = f.parsed("days", |v| v.parse().ok(), "a number of days")?;
    let token = state
        .store
        .issue_token(&s.principal.username, f.get("label"), days)
        .await?;
    tokens_page(&state, &ui, &s, Some(&token)).await
}

pub async fn revoke(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    PostForm(f): PostForm,
) -> WebResult {
    f.check_csrf(&s)?;
    state
        .store
        .revoke_tokens(&s.principal.username, f.required("label")?)
        .await?;
    Ok(back_to(&ui.href("/account/tokens")))
}

//! Accounts, for administrators: the list and the form that creates one. Everyone else gets 404.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Localise, tr};
use mgi_model::access::Role;
use mgi_store::{NewUser, Session};

use crate::AppState;
use crate::auth::{Signed, SignedForm};
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, back_to};
use crate::form::field;
use crate::layout::{Chrome, render};
use crate::ui::Ui;
use crate::views::Choice;

/// An account as the list shows it: user name, name and role (in the language).
pub struct UserRow {
    pub username: String,
    pub name: String,
    pub role: String,
}

/// `/admin/users`.
#[derive(Template)]
#[template(path = "work/accounts.html")]
pub struct AccountsPage {
    pub chrome: Chrome,
    pub users: Vec<UserRow>,
    pub action: String,
    pub csrf: String,
    pub roles: Vec<Choice>,
}

fn admin_only(s: &Session) -> WebResult<()> {
    if s.principal.role == Role::Admin {
        Ok(())
    } else {
        Err(WebError::NotFound)
    }
}

pub async fn users(State(state): State<AppState>, Signed(s): Signed, ui: Ui) -> WebResult {
    admin_only(&s)?;
    let lang = ui.lang;
    let users = state
        .store
        .users()
        .await?
        .into_iter()
        .map(|(username, name, role)| UserRow {
            username,
            name,
            role: role.localise(lang),
        })
        .collect();
    let page = AccountsPage {
        chrome: Chrome::new(&ui, &tr!(lang, "work-accounts"), Some(&s)),
        users,
        action: ui.href("/admin/users"),
        csrf: s.csrf.clone(),
        roles: Choice::all(lang, &Role::ALL, Role::as_str, Some(Role::Analyst)),
    };
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
    admin_only(&s)?;
    let role = f.parsed("role", Role::parse, &tr!(ui.lang, "work-field-role"))?;
    let jurisdictions: Vec<String> = f
        .get("jurisdictions")
        .split(',')
        .map(str::trim)
        .filter(|j| !j.is_empty())
        .map(str::to_owned)
        .collect();
    let assessment = match f.get("assessment").trim() {
        "" => None,
        a => {
            let bad = || field("assessment", &tr!(ui.lang, "work-field-assessment"));
            let (code, year) = a.split_once('/').ok_or_else(bad)?;
            Some((code, mgi_model::rules::round_year(year).map_err(|_| bad())?))
        }
    };
    state
        .store
        .create_user(&NewUser {
            username: f.get("username").trim(),
            display_name: f.required("name")?,
            role,
            password: f.get("password"),
            jurisdictions: &jurisdictions,
            assessment,
        })
        .await?;
    Ok(back_to(&ui.href("/admin/users"), Done::AccountSaved))
}

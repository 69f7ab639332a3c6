//! Accounts, for administrators: the list and the form that creates one. Everyone else gets 404.

use std::fmt::Write;

use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_model::access::Role;
use mgi_store::{NewUser, Session};

use super::back_to;
use crate::AppState;
use crate::auth::{PostForm, Signed};
use crate::error::{WebError, WebResult};
use crate::form::field;
use crate::html::{csrf_field, escape, options, page};
use crate::ui::Ui;

fn admin_only(s: &Session) -> WebResult<()> {
    if s.principal.role == Role::Admin {
        Ok(())
    } else {
        Err(WebError::NotFound)
    }
}

pub async fn users(State(state): State<AppState>, Signed(s): Signed, ui: Ui) -> WebResult {
    admin_only(&s)?;
    let mut body = String::from(
        "<h1>Accounts</h1>\n<table>\n<thead><tr><th>User name</th><th>Name</th><th>Role</th></tr></thead>\n<tbody>\n",
    );
    for (username, name, role) in state.store.users().await? {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&username),
            escape(&name),
            role.label()
        );
    }
    let roles = Role::ALL.iter().map(|r| (r.as_str(), r.label()));
    let _ = writeln!(
        body,
        "</tbody>\n</table>\n<h2>New account</h2>\n<form method=\"post\" action=\"/admin/users\">{}\
         <label for=\"username\">User name</label><input type=\"text\" id=\"username\" name=\"username\" required>\
         <label for=\"name\">Name shown</label><input type=\"text\" id=\"name\" name=\"name\" required>\
         <label for=\"role\">Role</label><select id=\"role\" name=\"role\">{}</select>\
         <label for=\"jurisdictions\">Jurisdictions (focal point; codes separated by commas)</label><input type=\"text\" id=\"jurisdictions\" name=\"jurisdictions\">\
         <label for=\"assessment\">Assessment (commenter; CODE/YEAR)</label><input type=\"text\" id=\"assessment\" name=\"assessment\">\
         <label for=\"password\">Initial password (at least 8 characters)</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"new-password\" required>\
         <button>Create the account</button></form>",
        csrf_field(&s),
        options(roles, "analyst")
    );
    Ok(Html(page(&ui, "Accounts", Some(&s), &body)).into_response())
}

pub async fn create(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    PostForm(f): PostForm,
) -> WebResult {
    f.check_csrf(&s)?;
    admin_only(&s)?;
    let role = f.parsed("role", Role::parse, "must be a role")?;
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
            let bad = || field("assessment", "must be CODE/YEAR, e.g. MNG/2026");
            let (code, year) = a.split_once('/').ok_or_else(bad)?;
            Some((code, year.parse::<i32>().map_err(|_| bad())?))
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
    Ok(back_to(&ui.href("/admin/users")))
}

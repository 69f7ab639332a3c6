//! Accounts, for administrators: the list and the form that creates one. Everyone else gets 404.

use mgi_i18n::Localise;
use std::fmt::Write;

use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_i18n::tr;
use mgi_model::access::Role;
use mgi_store::{NewUser, Session};

use super::{back_to, labels};
use crate::AppState;
use crate::auth::{Signed, SignedForm};
use crate::error::{WebError, WebResult};
use crate::form::field;
use crate::html::{bdi, csrf_field, escape, options, page};
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
    let lang = ui.lang;
    let t = |key: &str| escape(&mgi_i18n::tr(lang, key));
    let title = tr!(lang, "work-accounts");
    let mut body = format!(
        "<h1>{}</h1>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        escape(&title),
        t("work-account-username"),
        t("work-col-name"),
        t("work-col-role"),
    );
    for (username, name, role) in state.store.users().await? {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&username),
            bdi(&name),
            escape(&role.localise(lang))
        );
    }
    let roles = labels::choices(&Role::ALL, Role::as_str, |r| r.localise(lang));
    let _ = writeln!(
        body,
        "</tbody>\n</table>\n<h2>{}</h2>\n<form method=\"post\" action=\"{}\">{}\
         <label for=\"username\">{}</label><input type=\"text\" id=\"username\" name=\"username\" required>\
         <label for=\"name\">{}</label><input type=\"text\" id=\"name\" name=\"name\" required>\
         <label for=\"role\">{}</label><select id=\"role\" name=\"role\">{}</select>\
         <label for=\"jurisdictions\">{}</label><input type=\"text\" id=\"jurisdictions\" name=\"jurisdictions\">\
         <label for=\"assessment\">{}</label><input type=\"text\" id=\"assessment\" name=\"assessment\">\
         <label for=\"password\">{}</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"new-password\" required>\
         <button data-save=\"account\">{}</button></form>",
        t("work-account-new"),
        ui.href("/admin/users"),
        csrf_field(&s),
        t("work-account-username"),
        t("work-account-name"),
        t("work-col-role"),
        options(labels::pairs(&roles), "analyst"),
        t("work-account-jurisdictions"),
        t("work-account-assessment"),
        t("work-account-password"),
        t("work-account-create"),
    );
    Ok(Html(page(&ui, &title, Some(&s), &body)).into_response())
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
    Ok(back_to(&ui.href("/admin/users")))
}

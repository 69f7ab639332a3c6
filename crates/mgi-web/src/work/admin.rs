//! Accounts, for administrators: the list and the form that creates one. Everyone else gets 404.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::access::Role;
use mgi_store::{NewUser, Session};

use crate::AppState;
use crate::auth::{Signed, SignedForm};
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, FieldTable, FormFields, Refusals, back_to, refused_page};
use crate::form::{Fields, field};
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
    /// The new account's fields: empty, or as typed when it comes back refused (never the
    /// password).
    pub username: String,
    pub name: String,
    pub jurisdictions: String,
    pub assessment: String,
    pub refusals: Refusals,
}

/// The fields of the form creating an account (`jurisdictions[1]` is the jurisdictions').
struct AccountFields;

impl FormFields for AccountFields {
    fn field(&self, lang: Lang, place: &str) -> Option<(String, String)> {
        const FIELDS: &[(&str, &str, &str)] = &[
            ("username", "username", "work-account-username"),
            ("name", "name", "work-account-name"),
            ("role", "role", "work-col-role"),
            (
                "jurisdictions",
                "jurisdictions",
                "work-account-jurisdictions",
            ),
            ("assessment", "assessment", "work-account-assessment"),
            ("password", "password", "work-account-password"),
        ];
        let place = if place.starts_with("jurisdictions[") {
            "jurisdictions"
        } else {
            place
        };
        FieldTable {
            fields: FIELDS,
            suffix: "",
        }
        .field(lang, place)
    }
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
    let page = accounts_page(&state, &ui, &s, Role::Analyst).await?;
    Ok(Html(render(&page)).into_response())
}

/// The accounts and the empty form, `role` chosen in it.
async fn accounts_page(
    state: &AppState,
    ui: &Ui,
    s: &Session,
    role: Role,
) -> WebResult<AccountsPage> {
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
    Ok(AccountsPage {
        chrome: Chrome::new(ui, &tr!(lang, "work-accounts"), Some(s)),
        users,
        action: ui.href("/admin/users"),
        csrf: s.csrf.clone(),
        roles: Choice::all(lang, &Role::ALL, Role::as_str, Some(role)),
        username: String::new(),
        name: String::new(),
        jurisdictions: String::new(),
        assessment: String::new(),
        refusals: Refusals::default(),
    })
}

/// The account's assessment (`CODE/YEAR`), if one is given.
fn read_assessment(f: &Fields) -> WebResult<Option<(&str, i32)>> {
    match f.get("assessment").trim() {
        "" => Ok(None),
        a => {
            let bad = || field("assessment", &tr!(f.lang(), "work-field-assessment"));
            let (code, year) = a.split_once('/').ok_or_else(bad)?;
            Ok(Some((
                code,
                mgi_model::rules::round_year(year).map_err(|_| bad())?,
            )))
        }
    }
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
    let mut refused = Vec::new();
    let role = f.choice(
        "role",
        Role::parse,
        &tr!(ui.lang, "work-field-role"),
        Role::Analyst,
        &mut refused,
    );
    let jurisdictions: Vec<String> = f
        .get("jurisdictions")
        .split(',')
        .map(str::trim)
        .filter(|j| !j.is_empty())
        .map(str::to_owned)
        .collect();
    let created = match (read_assessment(&f), refused.is_empty()) {
        (Ok(assessment), true) => state
            .store
            .create_user(&NewUser {
                username: f.get("username").trim(),
                display_name: f.get("name"),
                role,
                password: f.get("password"),
                jurisdictions: &jurisdictions,
                assessment,
            })
            .await
            .map_err(WebError::from),
        (Err(e), _) => Err(e),
        (Ok(_), false) => Err(WebError::Form(refused)),
    };
    match created {
        Ok(()) => Ok(back_to(&ui.href("/admin/users"), Done::AccountSaved)),
        Err(e) => {
            let refusals = Refusals::of(e, ui.lang, &AccountFields)?;
            let page = AccountsPage {
                username: f.get("username").to_owned(),
                name: f.get("name").to_owned(),
                jurisdictions: f.get("jurisdictions").to_owned(),
                assessment: f.get("assessment").to_owned(),
                refusals,
                ..accounts_page(&state, &ui, &s, role).await?
            };
            Ok(refused_page(&page))
        }
    }
}

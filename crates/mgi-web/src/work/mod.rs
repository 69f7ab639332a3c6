//! Signed-in work: the dashboard and everything done on one assessment. Every handler opens the
//! assessment through [`Ctx::open`], which answers 404 to anyone the access rules do not let
//! read it, and asks [`Ctx::require`] before any change.

pub mod admin;
pub mod answer;
pub mod assessment;
pub mod audit;
pub mod comments;
pub mod confirm;
pub mod context;
pub mod evidence;
pub mod extract;
pub mod finding;
pub mod labels;
pub mod record;
pub mod rounds;
pub mod share_links;
pub mod sources;
pub mod tasks;
pub mod tokens;
pub mod translations;
pub mod validation;
pub mod workbook;

use mgi_i18n::Localise;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use mgi_i18n::tr;
use mgi_model::access::{Action, Subject};
use mgi_store::{AssessmentSummary, Session};

use crate::AppState;
use crate::auth::Signed;
use crate::error::{WebError, WebResult};
use crate::form::Fields;
use crate::layout::{Chrome, Crumb, render};
use crate::ui::Ui;
use crate::views::{Link, NAME, Named, ProgressBar, StageTag};

/// One assessment as seen by one signed-in user.
pub struct Ctx {
    pub session: Session,
    pub summary: AssessmentSummary,
    pub code: String,
    pub year: i32,
    /// The request's language and address: the pages' texts, links, form actions and redirects
    /// follow it.
    pub ui: Ui,
}

impl Ctx {
    pub async fn open(
        state: &AppState,
        session: Session,
        ui: Ui,
        code: &str,
        year: &str,
    ) -> WebResult<Ctx> {
        let year = mgi_model::rules::round_year(year).map_err(|_| WebError::NotFound)?;
        let summary = state.store.assessment_summary(code, year).await?;
        let ctx = Ctx {
            session,
            code: summary.jurisdiction.clone(),
            summary,
            year,
            ui,
        };
        if ctx.can(Action::Read) {
            Ok(ctx)
        } else {
            Err(WebError::NotFound)
        }
    }

    /// Open for a posted form that does `action`, the session's CSRF token checked first (what
    /// [`extract::Acting`] does, for a form it cannot read: the workbook's upload).
    pub async fn act(
        state: &AppState,
        session: Session,
        ui: Ui,
        code: &str,
        year: &str,
        form: &Fields,
        action: Action,
    ) -> WebResult<Ctx> {
        form.check_csrf(&session)?;
        let ctx = Ctx::open(state, session, ui, code, year).await?;
        ctx.require(action)?;
        Ok(ctx)
    }

    pub fn subject(&self) -> Subject<'_> {
        Subject {
            jurisdiction: &self.code,
            year: self.year,
            stage: self.summary.stage,
        }
    }

    pub fn can(&self, action: Action) -> bool {
        self.session.principal.can(action, &self.subject())
    }

    pub fn require(&self, action: Action) -> WebResult<()> {
        if self.can(action) {
            Ok(())
        } else {
            Err(WebError::Forbidden)
        }
    }

    pub fn actor(&self) -> &str {
        &self.session.principal.username
    }

    /// The address of this assessment's workspace, with `rest` appended, in the request's
    /// language.
    pub fn url(&self, rest: &str) -> String {
        self.ui.href(&self.path(rest))
    }

    /// The same address without the language's prefix.
    fn path(&self, rest: &str) -> String {
        format!("/work/{}/{}{rest}", self.code, self.year)
    }

    /// The page shown is this assessment's page `rest`, not the address the request was sent
    /// to (a refused form shown again on the page it was posted from): the language switch
    /// and the links follow it.
    pub fn showing(&mut self, rest: &str) {
        self.ui = Ui::new(self.lang(), &self.path(rest));
    }

    /// The name of the country or city in the page's language.
    pub fn name(&self) -> &str {
        mgi_model::name_in(&self.code, &self.summary.name, self.lang().code())
    }

    pub fn title(&self) -> String {
        format!("{} {}", self.name(), self.year)
    }

    /// The framework set the assessment is pinned to (`None` when this build's framework
    /// lacks it).
    pub fn framework_set<'a>(
        &self,
        fw: &'a mgi_framework::Framework,
    ) -> Option<&'a mgi_framework::FrameworkSet> {
        fw.set(&self.summary.framework_set, self.summary.framework_version)
    }

    /// The interface language of the request.
    pub fn lang(&self) -> mgi_i18n::Lang {
        self.ui.lang
    }

    /// The layout of a page of this assessment, titled `title`, with the breadcrumb back to
    /// it and to the dashboard.
    pub fn chrome(&self, title: &str) -> Chrome {
        let mut chrome = Chrome::new(&self.ui, title, Some(&self.session));
        chrome.crumb = Some(Crumb {
            dashboard: Link {
                href: self.ui.href("/work"),
                text: tr!(self.lang(), "work-dashboard-title"),
            },
            assessment: self.url(""),
            name: self.name().to_owned(),
            year: self.year,
            stage: StageTag::new(self.lang(), self.summary.stage),
        });
        chrome
    }
}

/// The heading of a conflict page (`templates/work/conflict.html`): `what` names the record in
/// the page's language, as plain text ("the answer to indicator x", "this finding").
pub struct ConflictHead {
    pub heading: String,
}

impl ConflictHead {
    pub fn new(lang: mgi_i18n::Lang, what: &str) -> ConflictHead {
        ConflictHead {
            heading: tr!(lang, "work-conflict-heading", what = what),
        }
    }
}

/// A conflict page, answered 409.
pub fn conflict_page(page: &impl Template) -> Response {
    (StatusCode::CONFLICT, Html(render(page))).into_response()
}

/// A row of the dashboard: an assessment this user may open, and what the role does with it.
pub struct DashboardRow {
    pub href: String,
    pub name: String,
    pub year: i32,
    pub stage: StageTag,
    pub for_you: String,
    /// How many tasks of its task list are done (none when its framework set is missing).
    pub progress: Option<ProgressBar>,
}

/// `/work`: the assessments this user may open, by stage, what the role does, and how far each
/// assessment's task list is.
#[derive(Template)]
#[template(path = "work/dashboard.html")]
pub struct Dashboard {
    pub chrome: Chrome,
    pub signed_in: Named,
    pub accounts: Option<Link>,
    pub tokens: Link,
    pub rows: Vec<DashboardRow>,
}

pub async fn dashboard(State(state): State<AppState>, Signed(s): Signed, ui: Ui) -> WebResult {
    let p = &s.principal;
    let lang = ui.lang;
    let fw = state.store.framework();
    let mut rows = Vec::new();
    for a in state.store.list_assessments().await? {
        let stage = a.stage;
        let Ok(year) = i32::try_from(a.year) else {
            continue;
        };
        let subject = Subject {
            jurisdiction: &a.jurisdiction,
            year,
            stage,
        };
        if !p.can(Action::Read, &subject) {
            continue;
        }
        let for_you = tasks::Duty::of(p, &subject).todo(lang);
        let doc = state.store.export_assessment(&a.jurisdiction, year).await?;
        let progress = fw
            .set(&doc.framework.set, doc.framework.version)
            .map(|set| ProgressBar::new(lang, &mgi_model::progress::progress(&doc, set)));
        rows.push(DashboardRow {
            href: ui.href(&format!("/work/{}/{year}", a.jurisdiction)),
            name: mgi_model::name_in(&a.jurisdiction, &a.name, lang.code()).to_owned(),
            year,
            stage: StageTag::new(lang, stage),
            for_you,
            progress,
        });
    }
    let signed_in = Named::new(
        &tr!(
            lang,
            "work-dashboard-signed-in",
            name = NAME,
            role = p.role.localise(lang)
        ),
        &s.display_name,
    );
    let accounts = (p.role == mgi_model::access::Role::Admin).then(|| Link {
        href: ui.href("/admin/users"),
        text: tr!(lang, "work-accounts"),
    });
    let tokens = Link {
        href: ui.href("/account/tokens"),
        text: tr!(lang, "work-api-tokens"),
    };
    let page = Dashboard {
        chrome: Chrome::new(&ui, &tr!(lang, "work-dashboard-title"), Some(&s)),
        signed_in,
        accounts,
        tokens,
        rows,
    };
    Ok(Html(render(&page)).into_response())
}

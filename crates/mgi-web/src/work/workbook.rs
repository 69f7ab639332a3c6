//! The questionnaire workbook on the web: download it from the workspace (in the page's
//! language), fill it in a spreadsheet, upload it back (in any language). Every bad cell is
//! listed as Sheet!Cell, the reason in the page's language; nothing is stored until the whole
//! workbook is valid, and a workbook exported before someone else's save is refused.

use askama::Template;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{Html, IntoResponse};
use mgi_i18n::tr;
use mgi_model::access::Action;

use super::Ctx;
use super::extract::Opened;
use crate::AppState;
use crate::auth::{Signed, check_origin};
use crate::error::{WebError, WebResult};
use crate::feedback::{Done, back_to};
use crate::form::{Fields, field};
use crate::layout::{Chrome, render};
use crate::ui::Ui;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The download link and upload form (`partials/workbook.html`), on the workspace and on the
/// page of a refused upload.
pub struct WorkbookBlock {
    pub download: String,
    pub upload: String,
    pub csrf: String,
}

impl WorkbookBlock {
    pub fn new(ctx: &Ctx) -> WorkbookBlock {
        WorkbookBlock {
            download: ctx.url("/workbook.xlsx"),
            upload: ctx.url("/workbook"),
            csrf: ctx.session.csrf.clone(),
        }
    }
}

/// A workbook refused: each problem on a line, in the page's language, and the form again.
#[derive(Template)]
#[template(path = "work/workbook_failed.html")]
pub struct WorkbookFailed {
    pub chrome: Chrome,
    pub problems: Vec<String>,
    pub workbook: WorkbookBlock,
}

/// `GET /work/<code>/<year>/workbook.xlsx`
pub async fn download(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    ctx.require(Action::Edit)?;
    let base = state.store.workbook_base(&ctx.code, ctx.year).await?;
    let framework = state.store.framework();
    let bytes =
        mgi_workbook::write_questionnaire(framework, &base.doc, &base.finding_versions, ctx.lang())
            .map_err(|e| match e {
                // A text stored before the limits (or by another tool) that no cell can hold: the
                // page names it, so the analyst can shorten it.
                mgi_workbook::WorkbookError::TextTooLong { .. } => {
                    field("workbook", &e.localised(ctx.lang()))
                }
                e => WebError::Server(e.to_string()),
            })?;
    let name = format!(
        "attachment; filename=\"mgi-{}-{}.xlsx\"",
        ctx.code, ctx.year
    );
    Ok((
        [(CONTENT_TYPE, XLSX.to_owned()), (CONTENT_DISPOSITION, name)],
        bytes,
    )
        .into_response())
}

/// The text fields and the file of the upload form.
async fn read_upload(req: Request, state: &AppState) -> WebResult<(Fields, Vec<u8>)> {
    check_origin(req.headers())?;
    let lang = req
        .extensions()
        .get::<mgi_i18n::Lang>()
        .copied()
        .unwrap_or_default();
    let mut multipart = Multipart::from_request(req, state)
        .await
        .map_err(|e| field("workbook", &e.body_text()))?;
    let mut fields = Vec::new();
    let mut file = Vec::new();
    while let Some(part) = multipart
        .next_field()
        .await
        .map_err(|e| field("workbook", &e.body_text()))?
    {
        let name = part.name().unwrap_or_default().to_owned();
        let bytes = part
            .bytes()
            .await
            .map_err(|e| field(&name, &e.body_text()))?;
        if name == "workbook" {
            file = bytes.to_vec();
        } else {
            fields.push((name, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    let fields = Fields(fields, lang);
    fields.check_sizes()?;
    Ok((fields, file))
}

/// `POST /work/<code>/<year>/workbook` (multipart, with the session's CSRF token).
pub async fn upload(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Path<(String, String)>,
    req: Request,
) -> WebResult {
    // A multipart form, which `Acting` does not read: the same checks, in the same order.
    let (fields, file) = read_upload(req, &state).await?;
    let ctx = Ctx::act(&state, s, ui, &code, &year, &fields, Action::Edit).await?;
    if file.is_empty() {
        return Err(field("workbook", &tr!(ctx.lang(), "work-field-workbook")));
    }
    let base = state.store.workbook_base(&ctx.code, ctx.year).await?;
    let framework = state.store.framework();
    match mgi_workbook::read_questionnaire(framework, &base.doc, &base.finding_versions, &file) {
        Ok(doc) => {
            state.store.apply_workbook(&doc, &base, ctx.actor()).await?;
            Ok(back_to(&ctx.url(""), Done::WorkbookImported))
        }
        Err(problems) => {
            let lang = ctx.lang();
            let page = WorkbookFailed {
                chrome: ctx.chrome(&tr!(lang, "work-workbook-failed-title")),
                problems: problems
                    .localised(lang)
                    .lines()
                    .map(str::to_owned)
                    .collect(),
                workbook: WorkbookBlock::new(&ctx),
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(render(&page))).into_response())
        }
    }
}

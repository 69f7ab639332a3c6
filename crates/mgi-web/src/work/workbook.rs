//! The questionnaire workbook on the web: download it from the workspace, fill it in a
//! spreadsheet, upload it back. Every bad cell is listed as Sheet!Cell; nothing is stored until
//! the whole workbook is valid, and a workbook exported before someone else's save is refused.

use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::IntoResponse;
use mgi_model::access::Action;
use mgi_model::content_hash;

use super::{Ctx, back_to};
use crate::AppState;
use crate::auth::{Signed, check_origin};
use crate::error::{WebError, WebResult};
use crate::form::{Fields, field};
use crate::html::{csrf_field, escape};
use crate::ui::Ui;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The download link and upload form of the workspace.
pub fn block(ctx: &Ctx) -> String {
    format!(
        "<h2>Questionnaire workbook</h2>\n<p><a href=\"{}\">Download the workbook</a> (a sheet per domain, a row per indicator, the source register), fill it in a spreadsheet, then upload it. Nothing is stored unless every cell is valid.</p>\n<form method=\"post\" action=\"{}\" enctype=\"multipart/form-data\">{}<label for=\"workbook\">Filled workbook (.xlsx)</label><input type=\"file\" id=\"workbook\" name=\"workbook\" accept=\".xlsx\" required><button>Upload the workbook</button></form>\n",
        ctx.url("/workbook.xlsx"),
        ctx.url("/workbook"),
        csrf_field(&ctx.session)
    )
}

/// `GET /work/<code>/<year>/workbook.xlsx`
pub async fn download(
    State(state): State<AppState>,
    Signed(s): Signed,
    ui: Ui,
    Path((code, year)): Path<(String, String)>,
) -> WebResult {
    let ctx = Ctx::open(&state, s, ui, &code, &year).await?;
    ctx.require(Action::Edit)?;
    let doc = state.store.export_assessment(&ctx.code, ctx.year).await?;
    let bytes = mgi_workbook::write_questionnaire(state.store.framework(), &doc)
        .map_err(|e| WebError::Server(e.to_string()))?;
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
    let fields = Fields(fields);
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
    let (fields, file) = read_upload(req, &state).await?;
    let ctx = Ctx::act(&state, s, ui, &code, &year, &fields, Action::Edit).await?;
    if file.is_empty() {
        return Err(field(
            "workbook",
            "choose the filled workbook (.xlsx) to upload",
        ));
    }
    let base = state.store.export_assessment(&ctx.code, ctx.year).await?;
    match mgi_workbook::read_questionnaire(state.store.framework(), &base, &file) {
        Ok(doc) => {
            state
                .store
                .apply_workbook(&doc, &content_hash(&base), ctx.actor())
                .await?;
            Ok(back_to(&ctx.url("")))
        }
        Err(problems) => {
            let items: String = problems
                .to_string()
                .lines()
                .map(|l| format!("<li>{}</li>", escape(l)))
                .collect();
            let body = format!(
                "<h1>The workbook was not imported</h1>\n<p class=\"problems\" role=\"alert\">Nothing was stored. Correct these cells and upload the workbook again:</p>\n<ul class=\"problems\">{items}</ul>\n{}",
                block(&ctx)
            );
            Ok((
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                ctx.page("Workbook not imported", &body),
            )
                .into_response())
        }
    }
}

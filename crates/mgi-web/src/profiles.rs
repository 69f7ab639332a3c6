//! `/profiles/<code>/<year>[.pdf|.md|.json]`: published profiles in every format.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::{Html, IntoResponse, Response};
use mgi_model::AssessmentDoc;
use mgi_store::StoreError;

use crate::AppState;
use crate::pages::{not_found, page};

#[derive(Clone, Copy)]
enum Format {
    Html,
    Pdf,
    Markdown,
    Json,
}

/// "2023", "2023.pdf", "2023.md", "2023.json".
fn parse_file(file: &str) -> Option<(i32, Format)> {
    let (year, format) = match file.split_once('.') {
        None => (file, Format::Html),
        Some((y, "pdf")) => (y, Format::Pdf),
        Some((y, "md")) => (y, Format::Markdown),
        Some((y, "json")) => (y, Format::Json),
        Some(_) => return None,
    };
    Some((year.parse().ok()?, format))
}

pub fn server_error(e: &dyn std::fmt::Display) -> Response {
    eprintln!("error: {e}");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        Html(page(
            "Error",
            "<h1>Something went wrong</h1>\n<p>The error has been logged.</p>\n",
        )),
    )
        .into_response()
}

/// What the public may read of an assessment: no private research notes, no comments.
fn public_view(mut doc: AssessmentDoc) -> AssessmentDoc {
    for a in &mut doc.answers {
        a.notes.clear();
    }
    doc.comments.clear();
    doc
}

pub async fn profile(
    State(state): State<AppState>,
    Path((code, file)): Path<(String, String)>,
) -> Response {
    let Some((year, format)) = parse_file(&file) else {
        return not_found().await;
    };
    let doc = match state.store.export_assessment(&code, year).await {
        Ok(doc) if doc.stage.is_public() => public_view(doc),
        Ok(_) | Err(StoreError::NotFound(_)) => return not_found().await,
        Err(e) => return server_error(&e),
    };
    let profile = mgi_profile::build(&doc, state.store.framework(), &state.publication);
    match format {
        Format::Html => Html(mgi_profile::html(&profile)).into_response(),
        Format::Markdown => (
            [(CONTENT_TYPE, "text/markdown; charset=utf-8")],
            mgi_profile::markdown(&profile),
        )
            .into_response(),
        Format::Json => ([(CONTENT_TYPE, "application/json")], doc.to_json()).into_response(),
        Format::Pdf => {
            // Typesetting takes a few hundred milliseconds: off the async workers.
            match tokio::task::spawn_blocking(move || mgi_profile::pdf(&profile)).await {
                Ok(Ok(bytes)) => ([(CONTENT_TYPE, "application/pdf")], bytes).into_response(),
                Ok(Err(e)) => server_error(&e),
                Err(e) => server_error(&e),
            }
        }
    }
}

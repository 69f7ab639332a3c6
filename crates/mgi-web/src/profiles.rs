//! `/profiles/<code>/<year>[.pdf|.md|.json]`: the latest publication of an assessment, in every
//! format, with the public notes of its revisions. Never the working draft. Rendered pages are
//! cached per revision (see [`crate::cache`]).

use std::fmt::Write;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::cache::Lookup;
use crate::error::{WebError, WebResult};
use crate::html::escape;

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

/// The downloads and the revision history, inserted at the top of the profile page.
fn banner(code: &str, year: i32, p: &mgi_store::Publication) -> String {
    let mut out = format!(
        "<nav class=\"downloads\" aria-label=\"Downloads\" style=\"border-bottom:1px solid #ccd;padding:.5rem 0;margin-bottom:1rem\"><a href=\"/\">MGI portal</a> · Download: <a href=\"/profiles/{c}/{year}.pdf\">PDF</a> · <a href=\"/profiles/{c}/{year}.md\">Markdown</a> · <a href=\"/profiles/{c}/{year}.json\">data (JSON)</a> · revision {}",
        p.revision,
        c = escape(code),
    );
    if p.revisions.len() > 1 {
        out.push_str("<details><summary>Corrections</summary><ul>");
        for r in &p.revisions {
            let _ = write!(
                out,
                "<li>Revision {} ({}): {}</li>",
                r.revision,
                escape(r.published_at.get(..10).unwrap_or(&r.published_at)),
                escape(&r.change_note)
            );
        }
        out.push_str("</ul></details>");
    }
    out.push_str("</nav>\n");
    out
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Html => "text/html; charset=utf-8",
            Format::Pdf => "application/pdf",
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// Render the latest publication in `format`: (revision, bytes).
async fn render(
    state: &AppState,
    code: &str,
    year: i32,
    format: Format,
) -> WebResult<(i64, Bytes)> {
    let p = state.store.publication(code, year).await?;
    let profile = mgi_profile::build(&p.doc, state.store.framework(), &state.publication);
    let bytes = match format {
        Format::Html => {
            let mut html = mgi_profile::html(&profile);
            if let Some(at) = html.find("<body>").map(|i| i + "<body>".len()) {
                html.insert_str(at, &banner(code, year, &p));
            }
            Bytes::from(html)
        }
        Format::Markdown => Bytes::from(mgi_profile::markdown(&profile)),
        Format::Json => Bytes::from(p.doc.to_json()),
        // Typesetting takes a few hundred milliseconds: off the async workers.
        Format::Pdf => Bytes::from(
            tokio::task::spawn_blocking(move || mgi_profile::pdf(&profile))
                .await
                .map_err(|e| WebError::Server(e.to_string()))?
                .map_err(|e| WebError::Server(e.to_string()))?,
        ),
    };
    Ok((p.revision, bytes))
}

pub async fn profile(
    State(state): State<AppState>,
    Path((code, file)): Path<(String, String)>,
) -> WebResult<Response> {
    let (year, format) = parse_file(&file).ok_or(WebError::NotFound)?;
    let key = (code.clone(), year, format.name());
    let respond = |bytes: Bytes| ([(CONTENT_TYPE, format.content_type())], bytes).into_response();
    match state.cache.get(&key) {
        Lookup::Fresh(bytes) => return Ok(respond(bytes)),
        Lookup::Check(revision, bytes) => {
            if state.store.publication_revision(&code, year).await? == Some(revision) {
                state.cache.put(key, revision, bytes.clone());
                return Ok(respond(bytes));
            }
        }
        Lookup::Missing => {}
    }
    let (revision, bytes) = render(&state, &code, year, format).await?;
    state.cache.put(key, revision, bytes.clone());
    Ok(respond(bytes))
}

//! `/profiles/<code>/<year>[.pdf|.md|.json]`: the latest publication of an assessment, in every
//! format, with the public notes of its revisions. Never the working draft. Rendered pages are
//! cached per revision (see [`crate::cache`]).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};

use mgi_i18n::{Lang, date, tr};

use mgi_store::{PublicationStamp, Session};

use crate::AppState;
use crate::auth::Viewer;
use crate::cache::Lookup;
use crate::error::{WebError, WebResult};
use crate::layout::{self, Chrome, ProfileAlternates, ProfileSite};
use crate::ui::{Ui, colon};
use crate::views::Link;

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
    Some((mgi_model::rules::round_year(year).ok()?, format))
}

/// The downloads of a profile and its revision history, under the site's header at the top of
/// the profile's own page.
#[derive(Template)]
#[template(path = "portal/profile_downloads.html")]
struct ProfileDownloads {
    colon: &'static str,
    label: String,
    download: String,
    pdf: String,
    markdown: String,
    json: String,
    data: String,
    revision: String,
    corrections: String,
    /// Every revision, when there was more than one.
    revisions: Vec<Revision>,
    /// The jurisdiction's published rounds, this one unlinked, and the progress between them;
    /// none while this is the only one.
    rounds: Option<Rounds>,
}

struct Rounds {
    label: String,
    /// (year, link to its profile; none for the round shown).
    years: Vec<(String, Option<String>)>,
    progress: Link,
}

/// A revision of a publication: its number and day, and the public note on what it corrected.
struct Revision {
    label: String,
    note: String,
}

impl ProfileDownloads {
    fn new(
        ui: &Ui,
        code: &str,
        year: i32,
        p: &mgi_store::Publication,
        years: &[i32],
    ) -> ProfileDownloads {
        let lang = ui.lang;
        let rounds = (years.len() > 1).then(|| Rounds {
            label: tr!(lang, "portal-profile-rounds"),
            years: years
                .iter()
                .map(|y| {
                    let link = (*y != year).then(|| ui.href(&format!("/profiles/{code}/{y}")));
                    (y.to_string(), link)
                })
                .collect(),
            progress: Link {
                href: ui.href(&format!("/progress/{code}")),
                text: tr!(lang, "portal-profile-progress"),
            },
        });
        let file = |ext: &str| ui.href(&format!("/profiles/{code}/{year}{ext}"));
        // The notes of the revisions, once there is a correction or a first note to read.
        let noted = p.revisions.len() > 1 || p.revisions.iter().any(|r| !r.change_note.is_empty());
        let revisions = if noted {
            p.revisions
                .iter()
                .map(|r| {
                    let day = date(lang, r.published_at.date_naive());
                    Revision {
                        label: tr!(
                            lang,
                            "portal-profile-correction",
                            revision = r.revision,
                            date = day
                        ),
                        note: if r.change_note.is_empty() {
                            tr!(lang, "portal-profile-first-publication")
                        } else {
                            r.change_note.clone()
                        },
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        ProfileDownloads {
            colon: colon(lang),
            label: tr!(lang, "portal-profile-downloads"),
            download: tr!(lang, "portal-profile-download"),
            pdf: file(".pdf"),
            markdown: file(".md"),
            json: file(".json"),
            data: tr!(lang, "portal-profile-data"),
            revision: tr!(lang, "portal-profile-revision", revision = p.revision),
            corrections: tr!(lang, "portal-profile-corrections"),
            revisions,
            rounds,
        }
    }
}

/// Where the site's parts go in the profile's own HTML document: its header after its `<body>`,
/// its footer before its `</body>`.
const BODY: &str = "<body>";
const BODY_END: &str = "</body>";

/// Put `part` at the top of the profile's page `html`, right after its `<body>` (nowhere when
/// the page has none).
pub fn after_body(html: &mut String, part: &str) {
    if let Some(at) = html.find(BODY).map(|i| i + BODY.len()) {
        html.insert_str(at, part);
    }
}

/// The site's header of a profile page, for its reader: the portal's navigation (which says
/// who is signed in) and language switch (`profile_site.html`), and the site's footer
/// (`profile_footer.html`). Written for each request, into the cached page, before the
/// downloads.
fn with_site_header(ui: &Ui, viewer: Option<&Session>, page: &Bytes) -> Bytes {
    let Ok(html) = std::str::from_utf8(page) else {
        return page.clone();
    };
    let Some(at) = html.find(BODY).map(|i| i + BODY.len()) else {
        return page.clone();
    };
    let end = html
        .rfind(BODY_END)
        .filter(|e| *e >= at)
        .unwrap_or(html.len());
    let chrome = Chrome::new(ui, "", viewer);
    let footer = layout::render(&ProfileFooter { chrome: &chrome });
    let site = layout::render(&ProfileSite { chrome });
    Bytes::from(
        [
            &html[..at],
            "\n",
            &site,
            &html[at..end],
            &footer,
            &html[end..],
        ]
        .concat(),
    )
}

/// The site's footer at the end of a profile's page.
#[derive(Template)]
#[template(path = "profile_footer.html")]
struct ProfileFooter<'a> {
    chrome: &'a Chrome,
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

/// Render the latest publication in `format` and `ui`'s language: (what it depends on, bytes).
async fn render(
    state: &AppState,
    ui: &Ui,
    code: &str,
    year: i32,
    format: Format,
) -> WebResult<(PublicationStamp, Bytes)> {
    let p = state.store.publication(code, year).await?;
    let years = state.store.published_years(code).await?;
    let stamp = PublicationStamp {
        revision: p.revision,
        rounds: i64::try_from(years.len()).unwrap_or(i64::MAX),
    };
    let profile =
        mgi_profile::build_in(&p.doc, state.store.framework(), &state.publication, ui.lang);
    let bytes = match format {
        Format::Html => {
            let mut html = mgi_profile::html(&profile);
            after_body(
                &mut html,
                &layout::render(&ProfileDownloads::new(ui, code, year, &p, &years)),
            );
            if let Some(at) = html.find("</head>") {
                let chrome = Chrome::new(ui, "", None);
                html.insert_str(at, &layout::render(&ProfileAlternates { chrome }));
            }
            crate::assets::link_stylesheet(&mut html);
            Bytes::from(html)
        }
        Format::Markdown => Bytes::from(mgi_profile::markdown(&profile)),
        // The publication's JSON carries its revisions with their notes.
        Format::Json => Bytes::from(
            mgi_model::AssessmentDoc {
                revisions: p
                    .revisions
                    .iter()
                    .map(|r| mgi_model::PublishedRevision {
                        revision: r.revision,
                        published: r.published_at.date_naive(),
                        note: r.change_note.clone(),
                    })
                    .collect(),
                ..p.doc.clone()
            }
            .to_json(),
        ),
        // Typesetting takes a few hundred milliseconds: off the async workers.
        Format::Pdf => Bytes::from(
            tokio::task::spawn_blocking(move || mgi_profile::pdf(&profile))
                .await
                .map_err(|e| WebError::Server(e.to_string()))?
                .map_err(|e| WebError::Server(e.to_string()))?,
        ),
    };
    Ok((stamp, bytes))
}

pub async fn profile(
    State(state): State<AppState>,
    Viewer(viewer): Viewer,
    request: Ui,
    Path((code, file)): Path<(String, String)>,
) -> WebResult<Response> {
    let (year, format) = parse_file(&file).ok_or(WebError::NotFound)?;
    // The language switch links to the page without its query: a cached page depends on
    // nothing of the request but its language.
    // The banner after a publication stays: it is not part of the cached page.
    let ui = Ui {
        done: request.done,
        ..Ui::new(request.lang, &format!("/profiles/{code}/{file}"))
    };
    // The JSON is the stable machine format: one copy whatever the language of the address.
    let key_lang = match format {
        Format::Json => Lang::En,
        _ => ui.lang,
    };
    let key = (code.clone(), year, format.name(), key_lang);
    // The cached page is the same for every reader; the site's header says who reads it.
    let respond = |bytes: Bytes| {
        let bytes = match format {
            Format::Html => with_site_header(&ui, viewer.as_ref(), &bytes),
            _ => bytes,
        };
        ([(CONTENT_TYPE, format.content_type())], bytes).into_response()
    };
    match state.cache.get(&key) {
        Lookup::Fresh(bytes) => {
            state.metrics.cache(true);
            return Ok(respond(bytes));
        }
        Lookup::Check(stamp, bytes) => {
            if state.store.publication_stamp(&code, year).await? == Some(stamp) {
                state.cache.put(key, stamp, bytes.clone());
                state.metrics.cache(true);
                return Ok(respond(bytes));
            }
        }
        Lookup::Missing => {}
    }
    state.metrics.cache(false);
    state.metrics.render(format.name());
    let (stamp, bytes) = render(&state, &ui, &code, year, format).await?;
    state.cache.put(key, stamp, bytes.clone());
    Ok(respond(bytes))
}

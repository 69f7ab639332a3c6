//! Portal pages other than the profiles: home and not found.

use std::collections::BTreeMap;
use std::fmt::Write;

use axum::extract::State;
use axum::http::Uri;
use axum::response::{Html, IntoResponse, Response};
use mgi_framework::Level;
use mgi_i18n::tr;

use crate::AppState;
use crate::auth::Viewer;
use crate::error::{Shown, WebResult};
use crate::html::{bdi, escape, label, page};
use crate::portal::labels;
use crate::ui::{Ui, colon};

/// An address no mount answers: the 404 page in the language of the path's first segment.
pub async fn not_found(uri: Uri) -> Response {
    let here = uri.path_and_query().map_or("/", |pq| pq.as_str());
    Shown::NotFound.answer(&Ui::from_path(here))
}

pub async fn home(State(state): State<AppState>, Viewer(viewer): Viewer, ui: Ui) -> WebResult {
    let lang = ui.lang;
    let list = state.store.published().await?;
    let fw = state.store.framework();
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n",
        escape(&tr!(lang, "site-title")),
        escape(&tr!(lang, "portal-home-intro"))
    );
    if let Some(set) = fw.latest_for_level(Level::National) {
        let _ = writeln!(
            body,
            "<h2>{}</h2>\n<ol>",
            escape(&tr!(lang, "portal-home-domains"))
        );
        for d in &set.domains {
            let _ = writeln!(
                body,
                "<li><strong>{}</strong>{}{}</li>",
                label(lang, &d.name),
                colon(lang),
                label(lang, &d.principle)
            );
        }
        body.push_str("</ol>\n");
    }
    // Published only, grouped by UN M49 region; in a region by (kind, name, code).
    type Rounds<'a> = BTreeMap<(&'a str, &'a str, &'a str), Vec<i64>>;
    let mut regions: BTreeMap<&str, Rounds<'_>> = BTreeMap::new();
    for a in &list {
        regions
            .entry(a.region.as_str())
            .or_default()
            .entry((
                a.kind.as_str(),
                mgi_model::name_in(&a.jurisdiction, &a.name, lang.code()),
                a.jurisdiction.as_str(),
            ))
            .or_default()
            .push(a.year);
    }
    let _ = writeln!(
        body,
        "<h2>{}</h2>",
        escape(&tr!(lang, "portal-home-participants"))
    );
    if regions.is_empty() {
        let _ = writeln!(body, "<p>{}</p>", escape(&tr!(lang, "portal-home-none")));
    }
    let local = format!(" {}", escape(&tr!(lang, "portal-home-local")));
    for (region, entries) in &regions {
        let _ = writeln!(
            body,
            "<h3>{}</h3>\n<ul>",
            escape(&labels::region(lang, region))
        );
        for ((kind, name, code), years) in entries {
            let rounds = crate::portal::round_links(&ui, code, years.iter().copied());
            let _ = writeln!(
                body,
                "<li>{}{}{}{}</li>",
                bdi(name),
                if *kind == "locality" { &local } else { "" },
                colon(lang),
                rounds.join(", ")
            );
        }
        body.push_str("</ul>\n");
    }
    // The note that the indicator texts are the project's own is in the footer of every page.
    let title = tr!(lang, "site-title");
    Ok(Html(page(&ui, &title, viewer.as_ref(), &body)).into_response())
}

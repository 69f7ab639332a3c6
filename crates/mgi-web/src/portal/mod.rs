//! The public portal's pages for peer learning: the indicator explorer, the comparison of
//! jurisdictions side by side, and full-text search. They read publications only, and never
//! order jurisdictions by anything but their names.

pub mod aggregates;
pub mod change_log;
pub mod chart;
pub mod compare;
pub mod download;
pub mod explore;
pub mod labels;
pub mod map;
pub mod progress;
pub mod scope;
pub mod search;
pub mod views;

use mgi_store::PublishedEntry;

use crate::AppState;
use crate::error::WebResult;
use crate::ui::Ui;
use crate::views::Link;

/// Every published assessment (latest revision), by name and year.
pub async fn published_entries(state: &AppState) -> WebResult<Vec<PublishedEntry>> {
    let mut entries = state.store.published().await?;
    entries.sort_by(|a, b| (&a.name, a.year).cmp(&(&b.name, b.year)));
    Ok(entries)
}

/// A link to the published profile of `code` for each of `years`, in the request's language.
pub fn round_links(
    ui: &Ui,
    code: &str,
    years: impl IntoIterator<Item = impl std::fmt::Display>,
) -> Vec<Link> {
    years
        .into_iter()
        .map(|y| Link {
            href: ui.href(&format!("/profiles/{code}/{y}")),
            text: y.to_string(),
        })
        .collect()
}

/// Every value of a repeated query parameter.
pub fn query_values(query: Option<&str>, name: &str) -> Vec<String> {
    form_urlencoded::parse(query.unwrap_or("").as_bytes())
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .collect()
}

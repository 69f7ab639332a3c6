//! What the language tests share: an address in a language, the internal links of a page, and
//! an indicator of a stored round.

use mgi_i18n::Lang;

use super::App;

/// `path` in `lang`, as the site writes it (`/` in French is `/fr`).
pub fn localised(lang: Lang, path: &str) -> String {
    let prefix = match lang {
        Lang::En => return path.to_owned(),
        Lang::Fr => "/fr",
        Lang::Es => "/es",
    };
    match path.strip_prefix('/') {
        Some(rest) if rest.is_empty() || rest.starts_with('?') => format!("{prefix}{rest}"),
        _ => format!("{prefix}{path}"),
    }
}

/// Every `href="/…"` and `action="/…"` of a page, except in the tags that name another
/// language on purpose (the language switch and the alternate links carry `hreflang`).
pub fn internal_links(page: &str) -> Vec<String> {
    let mut links = Vec::new();
    for attribute in ["href=\"/", "action=\"/"] {
        for (at, _) in page.match_indices(attribute) {
            let tag_start = page[..at].rfind('<').unwrap_or(0);
            let tag_end = page[at..].find('>').map_or(page.len(), |e| at + e);
            // The language switch links to the other languages, and the stylesheet and the
            // icon (`/assets/…`) have none.
            if page[tag_start..tag_end].contains("hreflang=")
                || page[at + attribute.len() - 1..].starts_with("/assets/")
            {
                continue;
            }
            let value = &page[at + attribute.len() - 1..];
            links.push(value[..value.find('"').unwrap_or(value.len())].to_owned());
        }
    }
    links
}

/// The first indicator answered in Mongolia's round of `year`.
pub async fn first_indicator(a: &App, year: i32) -> String {
    a.store
        .export_assessment("MNG", year)
        .await
        .expect("doc")
        .answers[0]
        .indicator
        .clone()
}

/// Whether `link`, found on a page in the language of `prefix` (`/fr`), stays in that language:
/// the API and the open data package have none.
pub fn keeps_language(link: &str, prefix: &str) -> bool {
    link == prefix
        || link.starts_with(&format!("{prefix}/"))
        || link.starts_with(&format!("{prefix}?"))
        || link.starts_with("/api/")
        || link == "/open-data.zip"
}

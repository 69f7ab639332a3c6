//! The language of a request and the links that keep it.
//!
//! English lives at the root (`/explore`), French and Spanish under a prefix (`/fr/explore`,
//! `/es/explore`). The router mounts the same pages three times and marks the French and Spanish
//! mounts with an `Extension(Lang)`; inside a nested mount axum has already stripped the prefix
//! from the request's URI, so [`Ui::here`] is the same for the three languages and
//! [`href`] puts the prefix back for every link, form action and redirect.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use mgi_i18n::Lang;

use crate::feedback::{Done, take_done};

/// The request's language and the address of the page (path and query) without the language
/// prefix, as the language switch needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ui {
    pub lang: Lang,
    /// Always starts with exactly one `/`; never carries `done=`.
    pub here: String,
    /// The change the address says was just made, for the banner (see [`crate::feedback`]).
    pub done: Option<Done>,
}

impl Ui {
    /// `here` is cleaned as [`href`] cleans a path, and `done=` is taken off it.
    pub fn new(lang: Lang, here: &str) -> Ui {
        let (here, done) = take_done(here);
        Ui {
            lang,
            here: format!("/{}", relative(&here)),
            done,
        }
    }

    /// The language of a mount (its `Extension`, English without one) and the URI as the mount
    /// sees it.
    pub fn of(parts: &Parts) -> Ui {
        let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
        let here = parts.uri.path_and_query().map_or("/", |pq| pq.as_str());
        Ui::new(lang, here)
    }

    /// For a request that reached no mount (the fallback): the language from the path's first
    /// segment, `fr` or `es`, and the rest of the address; English and the whole address
    /// otherwise (`/de/explore` stays `/de/explore`).
    pub fn from_path(path_and_query: &str) -> Ui {
        let (path, query) = match path_and_query.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (path_and_query, None),
        };
        for lang in [Lang::Fr, Lang::Es] {
            let Some(rest) = path
                .strip_prefix('/')
                .and_then(|p| p.strip_prefix(lang.code()))
            else {
                continue;
            };
            if rest.is_empty() || rest.starts_with('/') {
                let rest = if rest.is_empty() { "/" } else { rest };
                let here = match query {
                    Some(q) => format!("{rest}?{q}"),
                    None => rest.to_owned(),
                };
                return Ui::new(lang, &here);
            }
        }
        Ui::new(Lang::En, path_and_query)
    }

    /// `path` (starting with `/`) in this request's language.
    pub fn href(&self, path: &str) -> String {
        href(self.lang, path)
    }

    /// This page in `lang`.
    pub fn here_in(&self, lang: Lang) -> String {
        href(lang, &self.here)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ui {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Ui, Infallible> {
        Ok(Ui::of(parts))
    }
}

/// The prefix of a language's pages: empty for English.
pub fn prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Fr => "/fr",
        Lang::Es => "/es",
    }
}

/// `path` without its leading slashes and backslashes: a run of them would make a browser read
/// what follows as another host (`//evil.example`).
fn relative(path: &str) -> &str {
    path.trim_start_matches(['/', '\\'])
}

/// The address of `path` (a local path, with or without a query) in `lang`: `/explore` in
/// French is `/fr/explore`, and the home page `/` is `/fr`. The result always starts with one
/// `/`, stays on this site, and can be written into an HTML attribute or a `Location` header
/// as it is: quotes, angle brackets, spaces and control characters (which a stored key could
/// carry) are percent-encoded.
pub fn href(lang: Lang, path: &str) -> String {
    let rest = relative(path);
    let prefix = prefix(lang);
    let link = if prefix.is_empty() || !(rest.is_empty() || rest.starts_with(['?', '#'])) {
        format!("{prefix}/{rest}")
    } else {
        format!("{prefix}{rest}")
    };
    attribute_safe(link)
}

/// `link` with every character that could end an attribute value or start markup
/// percent-encoded (UTF-8 bytes); `%` itself is kept, so an encoded query stays as it was.
fn attribute_safe(link: String) -> String {
    let unsafe_char = |c: char| {
        c.is_control() || c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
    };
    if !link.contains(unsafe_char) {
        return link;
    }
    let mut out = String::with_capacity(link.len() + 16);
    for c in link.chars() {
        if unsafe_char(c) {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// What goes between a label and its value: French puts a narrow no-break space before the
/// colon, as the catalogues do.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{202F}: ",
        Lang::En | Lang::Es => ": ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_language_prefix() {
        assert_eq!(
            href(Lang::En, "/explore?indicator=x"),
            "/explore?indicator=x"
        );
        assert_eq!(href(Lang::Fr, "/explore"), "/fr/explore");
        assert_eq!(
            href(Lang::Es, "/profiles/MNG/2023"),
            "/es/profiles/MNG/2023"
        );
        assert_eq!(href(Lang::Fr, "/"), "/fr");
        assert_eq!(href(Lang::Es, "/?a=1"), "/es?a=1");
        assert_eq!(href(Lang::En, "/"), "/");
    }

    #[test]
    fn no_link_leaves_the_site() {
        for path in [
            "//evil.example/x",
            "/\\evil.example",
            "\\\\evil.example",
            "",
            "///",
        ] {
            for lang in Lang::ALL {
                let link = href(lang, path);
                assert!(link.starts_with('/'), "{link}");
                assert!(
                    !link.starts_with("//") && !link.starts_with("/\\"),
                    "{path:?} in {lang}: {link}"
                );
            }
        }
        assert_eq!(href(Lang::En, "//evil.example/x"), "/evil.example/x");
    }

    #[test]
    fn links_cannot_leave_their_attribute() {
        let key = "rights-wd-1\"><meta http-equiv=\"refresh\" content='0;url=//evil.example'>";
        let link = href(Lang::Fr, &format!("/work/MNG/2023/findings/{key}"));
        assert_eq!(
            link,
            "/fr/work/MNG/2023/findings/rights-wd-1%22%3E%3Cmeta%20http-equiv=%22refresh%22%20content=%270;url=//evil.example%27%3E"
        );
        assert_eq!(href(Lang::En, "/a\nb\u{0}c"), "/a%0Ab%00c");
        assert_eq!(href(Lang::En, "/search?q=a%20b&x=1"), "/search?q=a%20b&x=1");
    }

    #[test]
    fn the_fallback_reads_the_language_from_the_path() {
        assert_eq!(Ui::from_path("/fr/nowhere"), Ui::new(Lang::Fr, "/nowhere"));
        assert_eq!(Ui::from_path("/es/"), Ui::new(Lang::Es, "/"));
        assert_eq!(Ui::from_path("/fr?x=1"), Ui::new(Lang::Fr, "/?x=1"));
        assert_eq!(
            Ui::from_path("/de/explore"),
            Ui::new(Lang::En, "/de/explore")
        );
        assert_eq!(Ui::from_path("/french"), Ui::new(Lang::En, "/french"));
        assert_eq!(Ui::from_path("/es/x?q=1").here_in(Lang::Fr), "/fr/x?q=1");
    }
}

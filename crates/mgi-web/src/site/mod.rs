//! The site's own pages and what machines read of it: about the MGI, the methodology (from the
//! framework), data and licence, privacy and contact, with texts a deployment sets under
//! `[site]` in `mgi.toml` ([`Site`]); the Atom feed of publications and corrections, the sitemap,
//! `robots.txt` and the open data package.

pub mod feed;
pub mod methodology;
pub mod open_data;
pub mod pages;

use std::collections::BTreeMap;

use axum::http::HeaderMap;
use mgi_i18n::Lang;

use crate::Https;

/// The longest text a deployment may set for one page, in characters.
pub const MAX_SITE_TEXT: usize = 20_000;

/// What a deployment says about itself (`[site]` in `mgi.toml`). Every text is Markdown, either
/// one for all languages or one per language (`about = { en = "…", fr = "…" }`); a page without
/// its text shows the defaults, which say that they belong to a demonstration.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Site {
    /// The address the site is reached at (`https://mgi.example.org`), for the feed and the
    /// sitemap. Without it they use the request's own host.
    pub base_url: Option<String>,
    pub about: Option<SiteText>,
    pub data: Option<SiteText>,
    pub privacy: Option<SiteText>,
    pub contact: Option<SiteText>,
}

/// A page's text: one for every language, or one per language code.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(untagged)]
pub enum SiteText {
    Every(String),
    ByLanguage(BTreeMap<String, String>),
}

impl SiteText {
    /// The text for a reader of `lang`, and the language it is in when that is known to differ
    /// (English, else the first given).
    pub fn in_lang(&self, lang: Lang) -> Option<(&str, Option<&str>)> {
        match self {
            SiteText::Every(text) => Some((text, None)),
            SiteText::ByLanguage(texts) => texts
                .get(lang.code())
                .map(|t| (t.as_str(), None))
                .or_else(|| {
                    texts
                        .get_key_value("en")
                        .or_else(|| texts.iter().next())
                        .map(|(l, t)| (t.as_str(), Some(l.as_str())))
                }),
        }
    }

    fn all(&self) -> Vec<(&str, &str)> {
        match self {
            SiteText::Every(text) => vec![("", text.as_str())],
            SiteText::ByLanguage(texts) => texts
                .iter()
                .map(|(l, t)| (l.as_str(), t.as_str()))
                .collect(),
        }
    }
}

impl Site {
    /// Whether the settings can be used, with what is wrong named by its setting.
    pub fn check(&self) -> Result<(), String> {
        if let Some(url) = &self.base_url {
            mgi_model::rules::url(url).map_err(|p| format!("site.base_url: {p}"))?;
        }
        let texts = [
            ("about", &self.about),
            ("data", &self.data),
            ("privacy", &self.privacy),
            ("contact", &self.contact),
        ];
        for (name, text) in texts {
            for (lang, t) in text.iter().flat_map(SiteText::all) {
                let place = if lang.is_empty() {
                    format!("site.{name}")
                } else {
                    format!("site.{name}.{lang}")
                };
                if !lang.is_empty() && Lang::from_code(lang).is_none() {
                    return Err(format!("{place}: not a language of mgi (en, fr, es)"));
                }
                if t.chars().count() > MAX_SITE_TEXT {
                    return Err(format!("{place}: longer than {MAX_SITE_TEXT} characters"));
                }
            }
        }
        Ok(())
    }

    /// The site's address without a final slash: the configured one, else the scheme the site
    /// is served with and the request's `Host` when it is a plain host name (anything else is
    /// not believed, and `localhost` stands in).
    pub fn base(&self, https: Https, headers: &HeaderMap) -> String {
        if let Some(url) = &self.base_url {
            return url.trim_end_matches('/').to_owned();
        }
        let host = headers
            .get(axum::http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| {
                !h.is_empty()
                    && h.len() <= 255
                    && h.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
            })
            .unwrap_or("localhost");
        let scheme = if https == Https::Off { "http" } else { "https" };
        format!("{scheme}://{host}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_found_in_the_reader_s_language_else_english_marked() {
        let text: Site = toml::from_str(
            "[about]\nen = \"About us\"\nfr = \"À propos\"\n[contact]\nes = \"Escríbanos\"",
        )
        .expect("site");
        let about = text.about.as_ref().expect("about");
        assert_eq!(about.in_lang(Lang::Fr), Some(("À propos", None)));
        assert_eq!(about.in_lang(Lang::Es), Some(("About us", Some("en"))));
        let contact = text.contact.as_ref().expect("contact");
        assert_eq!(contact.in_lang(Lang::En), Some(("Escríbanos", Some("es"))));
        assert_eq!(text.check(), Ok(()));
    }

    #[test]
    fn bad_settings_are_named() {
        let site = Site {
            base_url: Some("javascript:alert(1)".into()),
            ..Site::default()
        };
        assert!(site.check().is_err_and(|e| e.starts_with("site.base_url")));
        let site = Site {
            privacy: Some(SiteText::ByLanguage(BTreeMap::from([(
                "de".into(),
                "Datenschutz".into(),
            )]))),
            ..Site::default()
        };
        assert_eq!(
            site.check(),
            Err("site.privacy.de: not a language of mgi (en, fr, es)".into())
        );
        let long = Site {
            about: Some(SiteText::Every("x".repeat(MAX_SITE_TEXT + 1))),
            ..Site::default()
        };
        assert!(long.check().is_err_and(|e| e.starts_with("site.about:")));
    }

    #[test]
    fn the_base_address_believes_only_a_plain_host() {
        let mut headers = HeaderMap::new();
        headers.insert("host", "mgi.example.org:8080".parse().expect("header"));
        assert_eq!(
            Site::default().base(Https::Off, &headers),
            "http://mgi.example.org:8080"
        );
        headers.insert("host", "evil.example/<x>".parse().expect("header"));
        assert_eq!(
            Site::default().base(Https::On, &headers),
            "https://localhost"
        );
        let set = Site {
            base_url: Some("https://mgi.iom.example/".into()),
            ..Site::default()
        };
        assert_eq!(set.base(Https::Off, &headers), "https://mgi.iom.example");
    }
}

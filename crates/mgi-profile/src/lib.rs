//! The MGI profile of an assessment, generated from the stored data alone.
//!
//! [`build_in`] turns an assessment document into a [`ProfileDoc`] in one of the languages of
//! mgi ([`build`]: in English): the sections of a published profile (front matter, contents,
//! objectives, introduction, conceptual framework, summary, context with two figures, key
//! findings per domain, after the assessment, annex, the MGI process, key sources), with
//! footnotes numbered once for the whole document. Each output format is a function of the
//! `ProfileDoc`, in the language it was built in: [`markdown`] (pandoc-compatible), [`html`]
//! (one standalone accessible page) and [`pdf`].
//!
//! # Languages
//!
//! The profile's own words (headings, fixed paragraphs, labels, statements where data is
//! missing, citation wording) come from `crates/mgi-i18n/locales/<lang>/profile.ftl`; numbers and
//! dates follow the language (`21 345` and `0,6 %` in French). Framework labels (domain names and
//! principles) are taken in the language when the framework has them. The assessment's own texts
//! (findings, summaries, sources, consultations) are in the language they were written in, which
//! is English for every assessment today (`AssessmentDoc` does not record a language). A section
//! that shows texts in another language than the profile's says so at its top
//! ([`Section::fallback`]), and those texts carry their language ([`Run::lang`]): `lang="en"` in
//! HTML, a pandoc span in Markdown, the language of the text in the PDF.
//!
//! # Right-to-left data
//!
//! Names, titles and other data are [`Run`]s marked `data`. The HTML page puts those that hold
//! right-to-left characters in `<bdi>`, so an Arabic source title keeps its order and does not
//! pull the punctuation around it; Markdown gives them a pandoc span with their direction. The
//! PDF lays them out with the Unicode bidirectional algorithm; DejaVu Sans (embedded) has the
//! Arabic glyphs and shaping.

pub mod anchor;
mod boilerplate;
mod build;
mod charts;
mod cite;
mod doc;
mod format;
mod html;
mod markdown;
mod notes;
mod palette;
mod pdf;

pub use build::{build, build_in};
pub use doc::{
    Block, Cover, CoverDomain, Figure, FrontMatter, Labels, Panel, ProfileDoc, Rich, Run, Section,
    SourceGroup, SourceItem, has_rtl,
};
pub use html::{EditLink, STYLE as HTML_STYLE, escape, html, html_linked};
pub use markdown::markdown;
/// The languages a profile can be built in (re-exported from `mgi-i18n`).
pub use mgi_i18n::{Lang, UnknownLang};
pub use palette::{DOMAIN_COLOURS, domain_colour};
pub use pdf::{PdfError, pdf};

/// What a deployment prints on every profile: publisher, disclaimer, licence, how to cite.
/// Read from the `[publication]` table of the configuration file; absent keys keep the defaults.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Publication {
    pub publisher: String,
    /// The publisher's postal and web address, one line per line.
    pub address: String,
    /// Who researched the profile with the publisher; empty for nobody.
    pub research_partner: String,
    /// The ISBN of the PDF; empty for none.
    pub isbn: String,
    /// The copyright line, `{year}` replaced by the year of the round.
    pub copyright: String,
    pub disclaimer: String,
    pub licence: String,
    /// Where the licence's terms are; empty for no link.
    pub licence_url: String,
    /// `{name}` and `{year}` are replaced.
    pub citation: String,
}

impl Publication {
    /// The defaults in `lang`. A profile in another language than English prints these for
    /// every key the configuration leaves at its (English) default.
    pub fn default_in(lang: Lang) -> Publication {
        Publication {
            publisher: mgi_i18n::tr!(lang, "profile-default-publisher"),
            address: mgi_i18n::tr!(lang, "profile-default-address"),
            research_partner: String::new(),
            isbn: String::new(),
            copyright: mgi_i18n::tr!(lang, "profile-default-copyright"),
            disclaimer: mgi_i18n::tr!(lang, "profile-default-disclaimer"),
            licence: mgi_i18n::tr!(lang, "profile-default-licence"),
            licence_url: "https://creativecommons.org/licenses/by/4.0/".to_owned(),
            citation: mgi_i18n::tr!(
                lang,
                "profile-default-citation",
                year = "{year}",
                jurisdiction_name = "{name}"
            ),
        }
    }
}

impl Default for Publication {
    /// The defaults in English.
    fn default() -> Self {
        Publication::default_in(Lang::En)
    }
}

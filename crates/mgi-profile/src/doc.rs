//! The profile as a document: sections of blocks, footnotes numbered once for all formats.
//!
//! Texts that mix the profile's own words with data (a finding, a source title, a place) are
//! [`Rich`]: runs that say which part is data entered by someone and which part is in another
//! language than the profile's, so that each format can isolate right-to-left data and mark
//! untranslated text.

use std::fmt;

use serde::Serialize;

/// A piece of text, with the language it is written in when that is not the profile's language
/// (a text not yet translated), and whether it is data entered by someone (a name, a title, a
/// finding) rather than the profile's own words.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    /// `Some(code)` when the text is not in the profile's language: shown in that language
    /// instead, and marked as such (`lang` attribute, language of the run in the PDF).
    pub lang: Option<String>,
    /// Entered by someone: may be in any script; the HTML page isolates it (`<bdi>`) when it
    /// holds right-to-left characters, so an Arabic title does not reorder what surrounds it.
    pub data: bool,
}

impl Serialize for Run {
    /// The fields, and `rtl`: whether the run is data holding right-to-left characters, which
    /// the PDF template isolates (U+2068 … U+2069) so that it does not pull the punctuation and
    /// numbers around it into its direction.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Run", 4)?;
        s.serialize_field("text", &self.text)?;
        s.serialize_field("lang", &self.lang)?;
        s.serialize_field("data", &self.data)?;
        s.serialize_field("rtl", &(self.data && has_rtl(&self.text)))?;
        s.end()
    }
}

/// A text made of runs; printed as the runs one after the other.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(transparent)]
pub struct Rich(pub Vec<Run>);

impl Rich {
    /// The profile's own words, in its language.
    pub fn plain(text: impl Into<String>) -> Rich {
        let mut r = Rich::default();
        r.push(Run {
            text: text.into(),
            lang: None,
            data: false,
        });
        r
    }

    /// Data of the assessment, in `lang` when that is not the profile's language.
    pub fn data(text: impl Into<String>, lang: Option<String>) -> Rich {
        let mut r = Rich::default();
        r.push(Run {
            text: text.into(),
            lang,
            data: true,
        });
        r
    }

    /// The paragraphs of this text (split at blank lines, `\n\n`), empty ones left out.
    pub fn paragraphs(&self) -> Vec<Rich> {
        let mut out = vec![Rich::default()];
        for run in &self.0 {
            for (i, piece) in run.text.split("\n\n").enumerate() {
                if i > 0 {
                    out.push(Rich::default());
                }
                if let Some(last) = out.last_mut() {
                    last.push(Run {
                        text: piece.to_owned(),
                        ..run.clone()
                    });
                }
            }
        }
        out.retain(|p| !p.text().trim().is_empty());
        out
    }

    /// Appends a run; one that continues the last run (same language, same kind) is merged
    /// into it, and an empty one is dropped.
    pub fn push(&mut self, run: Run) {
        if run.text.is_empty() {
            return;
        }
        match self.0.last_mut() {
            Some(last) if last.lang == run.lang && last.data == run.data => {
                last.text.push_str(&run.text);
            }
            _ => self.0.push(run),
        }
    }

    /// This text followed by `other`.
    pub fn then(mut self, other: Rich) -> Rich {
        for run in other.0 {
            self.push(run);
        }
        self
    }

    /// This text followed by the profile's own words `text`.
    pub fn then_plain(self, text: &str) -> Rich {
        self.then(Rich::plain(text))
    }

    /// The text without its marks.
    pub fn text(&self) -> String {
        self.0.iter().map(|r| r.text.as_str()).collect()
    }

    /// The languages of the runs that are not in the profile's language.
    pub fn fallback_langs(&self) -> impl Iterator<Item = &str> {
        self.0.iter().filter_map(|r| r.lang.as_deref())
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|r| r.text.is_empty())
    }
}

impl fmt::Display for Rich {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in &self.0 {
            f.write_str(&r.text)?;
        }
        Ok(())
    }
}

/// Whether `text` holds a right-to-left character (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, or
/// an explicit right-to-left mark or embedding).
pub fn has_rtl(text: &str) -> bool {
    use unicode_bidi::BidiClass::{AL, R, RLE, RLI, RLO};
    text.chars()
        .any(|c| matches!(unicode_bidi::bidi_class(c), R | AL | RLE | RLO | RLI))
}

/// The cover: the series, the jurisdiction and the edition, over the six domains in their
/// colours.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cover {
    /// "Migration Governance Indicators".
    pub series: String,
    pub name: Rich,
    /// "Profile 2023".
    pub edition: String,
    pub domains: Vec<CoverDomain>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoverDomain {
    pub mark: DomainMark,
    pub name: Rich,
}

/// Front matter of a profile: the imprint, as the deployment configures it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrontMatter {
    pub publisher: Rich,
    /// The publisher's address, a line each.
    pub address: Vec<Rich>,
    pub research_partner: Option<Rich>,
    pub isbn: Option<String>,
    pub copyright: Rich,
    /// Where the licence's terms are (an `http(s)` address).
    pub licence_url: Option<String>,
    pub disclaimer: Rich,
    pub licence: Rich,
    pub citation: Rich,
    pub notice: String,
    /// Which language the assessment was written in and how far its translation can be
    /// trusted, when the profile shows translated texts.
    pub translation: Option<String>,
    /// Said before the front matter when some of it is shown in another language.
    pub fallback: Option<String>,
}

/// The fixed words the formats print around the content, in the profile's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Labels {
    /// Title of the table of contents.
    pub contents: String,
    /// Title of the list of tables and figures.
    pub tables_and_figures: String,
    /// The PDF's subject and keywords.
    pub subject: String,
    pub keywords: Vec<String>,
    /// Heading of the notes at the end of a web page.
    pub notes: String,
    pub publisher: String,
    pub research_partner: String,
    pub isbn: String,
    pub licence: String,
    pub required_citation: String,
    /// Before the sources of a figure: "Source:".
    pub source: String,
    /// Header of the values of a figure in Markdown.
    pub per_cent: String,
    /// "Draft" and "DRAFT".
    pub draft: String,
    pub draft_caps: String,
    /// The stage of a draft, by name ("consultation"), and as "stage: consultation"; empty
    /// for a published profile.
    pub stage_name: String,
    pub draft_stage: String,
    pub not_for_publication: String,
}

impl Labels {
    /// "Draft — stage: consultation. Not for publication."
    pub fn draft_notice(&self) -> String {
        format!(
            "{} — {}. {}",
            self.draft, self.draft_stage, self.not_for_publication
        )
    }

    /// "DRAFT — stage: consultation. Not for publication."
    pub fn draft_notice_caps(&self) -> String {
        format!(
            "{} — {}. {}",
            self.draft_caps, self.draft_stage, self.not_for_publication
        )
    }
}

/// A chart with its text alternative.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub id: String,
    pub caption: String,
    /// The sources of the figure, printed after [`Labels::source`].
    pub source: Rich,
    /// The same SVG for every format that shows pictures.
    pub svg: String,
    /// (label, value as printed) rows: the text alternative and the Markdown form.
    pub rows: Vec<(String, String)>,
}

/// One issuer's block of key sources.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceGroup {
    pub issuer: Rich,
    pub items: Vec<SourceItem>,
}

/// A key source: its year label, its entry, where it is online, and its id on the web page
/// ([`crate::anchor::source`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceItem {
    pub label: String,
    pub entry: Rich,
    /// An `http` or `https` address; the entry links to it.
    pub url: Option<String>,
    pub anchor: String,
}

/// A box of the introduction: a title and its points ("What the MGI are").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Panel {
    pub title: String,
    pub items: Vec<Rich>,
}

/// A domain as a heading shows it: its number and its colour (`crate::palette`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DomainMark {
    pub number: u8,
    pub colour: &'static str,
}

impl DomainMark {
    pub fn of(number: u8) -> Option<DomainMark> {
        crate::palette::domain_colour(number).map(|colour| DomainMark { number, colour })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    /// A heading inside a section: level 3 (a domain, an event) or 4 (a part of it).
    Heading {
        level: u8,
        text: Rich,
        /// The domain the heading opens, for its colour.
        #[serde(skip_serializing_if = "Option::is_none")]
        domain: Option<DomainMark>,
        /// Its id on the web page, when other pages link to it ([`crate::anchor`]).
        #[serde(skip)]
        anchor: Option<String>,
    },
    /// A paragraph and the numbers of its footnotes.
    Para {
        text: Rich,
        notes: Vec<usize>,
        /// Its id on the web page, when other pages link to it ([`crate::anchor`]).
        #[serde(skip)]
        anchor: Option<String>,
        /// The text of the assessment the paragraph shows, when it is one that is edited on
        /// its own (a finding; the last paragraph of a domain's summary): what a draft's
        /// page links to its editor ([`crate::html_linked`]).
        #[serde(skip)]
        of: Option<mgi_model::TextRef>,
    },
    /// What stands where data is missing.
    Statement {
        text: String,
    },
    List {
        items: Vec<Rich>,
    },
    /// Items with a lead-in in bold.
    Steps {
        items: Vec<(Rich, Rich)>,
    },
    /// Numbered stages, drawn as a sequence: (name, what happens).
    Process {
        steps: Vec<(Rich, Rich)>,
    },
    /// Boxes side by side, each a title and its points.
    Panels {
        panels: Vec<Panel>,
    },
    Table {
        caption: String,
        headers: Vec<String>,
        rows: Vec<Vec<Rich>>,
    },
    Figure {
        figure: Figure,
    },
    Sources {
        groups: Vec<SourceGroup>,
    },
}

impl Block {
    /// Every text of the block that may be marked.
    pub(crate) fn texts(&self) -> Vec<&Rich> {
        match self {
            Block::Heading { text, .. } | Block::Para { text, .. } => vec![text],
            Block::Statement { .. } => Vec::new(),
            Block::List { items } => items.iter().collect(),
            Block::Steps { items } | Block::Process { steps: items } => {
                items.iter().flat_map(|(a, b)| [a, b]).collect()
            }
            Block::Panels { panels } => panels.iter().flat_map(|p| &p.items).collect(),
            Block::Table { rows, .. } => rows.iter().flatten().collect(),
            Block::Figure { figure } => vec![&figure.source],
            Block::Sources { groups } => groups
                .iter()
                .flat_map(|g| std::iter::once(&g.issuer).chain(g.items.iter().map(|i| &i.entry)))
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Stable anchor: `summary`, `key-findings`, …
    pub id: String,
    pub title: String,
    /// Said at the top of the section when some of its texts are shown in another language
    /// ("Not yet translated into French; shown in English.").
    pub fallback: Option<String>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileDoc {
    /// The language of the profile: `en`, `fr` or `es`.
    pub lang: String,
    /// The title as plain text (window title, PDF metadata).
    pub title: String,
    /// The title as printed on the page, the jurisdiction's name marked as data.
    pub heading: Rich,
    /// The stage, when the assessment is not published: shown as a DRAFT mark.
    pub draft: Option<String>,
    pub labels: Labels,
    pub cover: Cover,
    pub front: FrontMatter,
    pub sections: Vec<Section>,
    /// Footnote texts; footnote `n` is `footnotes[n - 1]`.
    pub footnotes: Vec<Rich>,
    /// Said before the notes of the web page when some are shown in another language.
    pub footnotes_fallback: Option<String>,
}

//! The profile as a document: sections of blocks, footnotes numbered once for all formats.

use serde::Serialize;

/// Front matter of a profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrontMatter {
    pub publisher: String,
    pub disclaimer: String,
    pub licence: String,
    pub citation: String,
    pub notice: String,
}

/// A chart with its text alternative.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub id: String,
    pub caption: String,
    pub source: String,
    /// The same SVG for every format that shows pictures.
    pub svg: String,
    /// (label, value as printed) rows: the text alternative and the Markdown form.
    pub rows: Vec<(String, String)>,
}

/// One issuer's block of key sources: (year label, entry).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceGroup {
    pub issuer: String,
    pub items: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    /// A heading inside a section: level 3 (a domain, an event) or 4 (a part of it).
    Heading {
        level: u8,
        text: String,
    },
    /// A paragraph and the numbers of its footnotes.
    Para {
        text: String,
        notes: Vec<usize>,
    },
    /// What stands where data is missing.
    Statement {
        text: String,
    },
    List {
        items: Vec<String>,
    },
    /// Items with a lead-in in bold.
    Steps {
        items: Vec<(String, String)>,
    },
    Table {
        caption: String,
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Figure {
        figure: Figure,
    },
    Sources {
        groups: Vec<SourceGroup>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Stable anchor: `summary`, `key-findings`, …
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileDoc {
    pub lang: String,
    pub title: String,
    /// The stage, when the assessment is not published: shown as a DRAFT mark.
    pub draft: Option<String>,
    pub front: FrontMatter,
    pub sections: Vec<Section>,
    /// Footnote texts; footnote `n` is `footnotes[n - 1]`.
    pub footnotes: Vec<String>,
}

//! A Word document (`.docx`) as the text the reader expects: one line per paragraph, a blank
//! line between paragraphs, headings on lines of their own, list items dashed, a table's rows
//! one line each with its cells separated by tabs, and each footnote's marker in superscript
//! where it is called, its body (`¹² …`) after the paragraph or table that calls it.
//!
//! A `.docx` is a zip archive of XML parts; only three are read — the body
//! (`word/document.xml`), the footnotes (`word/footnotes.xml`) and the styles
//! (`word/styles.xml`, to know which paragraph styles are headings) — each unpacked through a
//! bounded reader, since a declared size can lie.

mod archive;
mod body;

use std::collections::{BTreeMap, BTreeSet};

pub use archive::{MAX_ENTRIES, MAX_PART_BYTES};

/// Why a Word document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// The zip archive cannot be opened or a part does not unpack.
    Damaged,
    /// A zip archive without a Word body (`word/document.xml`).
    NoBody,
    /// More entries than [`MAX_ENTRIES`].
    TooManyEntries,
    /// A part unpacks to more than [`MAX_PART_BYTES`].
    PartTooLarge { part: &'static str },
    /// A part is not well-formed XML (or not UTF-8): the part and the byte where reading stopped.
    Xml { part: &'static str, position: u64 },
}

/// The body part, required.
pub const BODY: &str = "word/document.xml";
const FOOTNOTES: &str = "word/footnotes.xml";
const STYLES: &str = "word/styles.xml";

/// The document's text as the reader expects it.
pub fn text(bytes: &[u8]) -> Result<String, DocxError> {
    let mut archive = archive::open(bytes)?;
    let body = archive.part(BODY)?.ok_or(DocxError::NoBody)?;
    let headings = match archive.part(STYLES)? {
        Some(xml) => body::heading_styles(&xml).map_err(|position| DocxError::Xml {
            part: STYLES,
            position,
        })?,
        None => BTreeSet::new(),
    };
    let notes = match archive.part(FOOTNOTES)? {
        Some(xml) => body::footnotes(&xml).map_err(|position| DocxError::Xml {
            part: FOOTNOTES,
            position,
        })?,
        None => BTreeMap::new(),
    };
    body::document(&body, &headings, &notes).map_err(|position| DocxError::Xml {
        part: BODY,
        position,
    })
}

//! An assessment as a questionnaire workbook (XLSX) for desk research, and back.
//!
//! [`write_questionnaire`] exports an assessment in English, French or Spanish: an About sheet
//! (what the workbook is for, how to fill it in, the answer scale), a sheet per domain of its
//! framework set with a row per indicator (its question and answer criteria for reading), the
//! findings with their versions, and the source register. Answers and findings cite sources in
//! pairs of columns: a source picked from a drop-down of the register, its pinpoint beside it. Sheet names, headers, drop-down labels and every other label come from the
//! `workbook-*` messages of that language; indicator questions and domain names from the
//! framework's translation. An analyst fills it in
//! with Excel or LibreOffice; [`read_questionnaire`] reads it back onto the stored assessment,
//! whatever its language, all or nothing, naming every bad cell as `Sheet!Cell: reason`
//! ([`CellProblem`]: a typed [`CellReason`], in English through `Display` and in any language
//! through `localised`).
//!
//! The layout (sheets, columns, drop-down lists) is defined once in `layout` and used by both
//! directions, so what is written is what the reader expects.
//!
//! Import rules, also stated on the About sheet:
//!
//! - Rows are matched by indicator ID (domain sheets) or key (Sources), never by position. An ID
//!   must belong to the framework set, sit on its domain's sheet and appear once.
//! - An empty answer leaves an unanswered indicator unanswered; it is a problem when the row has
//!   other content, or when the indicator had an answer (an answer is not withdrawn through a
//!   workbook: the analyst chooses `unknown`). An answered row with an empty status is a draft.
//! - Drop-down values are read by their label in the workbook's language or by their code
//!   (`not-applicable`), case-insensitively; numbers typed into text cells are read as typed
//!   (2019.0 is "2019"); dates, error values and texts over 100,000 characters are problems.
//! - A Sources row with a new key adds a source, one with a known key updates it; a deleted row
//!   deletes nothing. A citation's source cell is read by the key its label starts with
//!   ("key — title (year)", or a bare key) and may name any source of the register or of the
//!   sheet; a pinpoint needs a source beside it (see `citation`).
//! - A Findings row is found by its key (locked, with the finding's version beside it). An
//!   unchanged row is nothing to save, whatever its version; a changed row is saved on top of
//!   its version, and refused when the finding was saved since (its version is no longer the
//!   stored one). A stored finding keeps its domain. A row without a key, with content, is a new
//!   finding and needs a domain (by its sheet's name or id) and a kind; it gets the key the store
//!   will give it. Indicators are given one per line, by ID or by name in the workbook's
//!   language; footnotes one per line (a footnote cell left as exported keeps the stored
//!   footnotes exactly). A deleted row deletes nothing.
//! - The About sheet must name the assessment read onto (jurisdiction, year, framework set and
//!   version), the workbook's language (`en`, `fr` or `es`, below the content fingerprint) and
//!   the layout version below it: a workbook of an earlier layout is refused at that cell. Extra
//!   sheets and columns right of the layout are ignored; name, sub-area, question and answer
//!   criteria are not read.
//! - A file that is not an XLSX workbook, is damaged, or unpacks beyond the bounds (the `MAX_*`
//!   constants: a few megabytes of questionnaire are far below them) is refused whole, before
//!   it is parsed.
//! - Everything else (summaries, context, conventions, consultations, comments, stage, the
//!   order of findings and their suggested indicators) is kept from the stored assessment, and
//!   the result must pass [`mgi_model::validate`].

mod answers;
mod cell;
mod citation;
mod error;
mod findings;
mod layout;
mod read;
mod sheet;
mod sources;
mod unpack;
mod write;

pub use error::{CellProblem, CellReason, TextOwner, TooLarge, WorkbookError, WorkbookErrors};
pub use layout::{
    CitationColumn, CodeList, FindingColumn, IdentityField, QuestionColumn, SheetColumn,
    SourceColumn,
};

/// The version of each finding of the assessment, by key, as the store keeps them: the Findings
/// sheet carries each finding's version, and a row edited on top of an older version than the
/// one read onto is refused.
pub type FindingVersions = std::collections::BTreeMap<String, i64>;

/// The largest workbook a caller should read, in bytes (calamine holds a workbook's shared
/// strings in memory: uploads and files are refused above this). What a workbook may unpack to
/// is bounded too: [`read_questionnaire`] checks the archive against [`MAX_UNPACKED_BYTES`],
/// [`MAX_PART_BYTES`], [`MAX_PARTS`], [`MAX_SHARED_STRINGS`] and [`MAX_SHEET_CELLS`] before
/// parsing it, and the text it keeps from cells against [`MAX_CELL_TEXT_BYTES`].
pub const MAX_BYTES: usize = 20 << 20;
pub use read::read_questionnaire;
pub use unpack::{
    MAX_CELL_TEXT_BYTES, MAX_PART_BYTES, MAX_PARTS, MAX_SHARED_STRINGS, MAX_SHEET_CELLS,
    MAX_UNPACKED_BYTES,
};
pub use write::{EXCEL_MAX_CELL_CHARS, write_questionnaire};

//! Open data from published MGI assessments.
//!
//! - [`write_data_package`]: a Frictionless data package for researchers, one CSV file per
//!   table (jurisdictions, framework sets, assessments, indicators, summaries, answers,
//!   findings, footnotes, sources, citations, context figures, conventions) and
//!   `datapackage.json`, whose Table Schemas describe every column (type, meaning, allowed
//!   codes, keys and references between tables). Text cells are written so that no spreadsheet
//!   opens them as a formula: [`csv_safe_text`] adds a leading apostrophe to a text that
//!   begins with `=`, `+`, `-`, `@`, tab or carriage return, and [`csv_text_original`] takes it
//!   off again ([`CSV_TEXT_RULE`]).
//! - [`csl_items`]: the source register of an assessment as CSL-JSON for reference managers.
//!
//! Both are pure functions of the framework and the published documents; nothing here reads a
//! database. Callers pass the public view of each assessment (no research notes, no comments).

mod csl;
mod dictionary;
mod error;
mod formula;
mod package;
mod tables;

pub use csl::{CslDate, CslItem, CslName, csl_items};
pub use dictionary::LIST_SEPARATOR;
pub use error::ExportError;
pub use formula::{CSV_TEXT_RULE, FORMULA_TRIGGERS, csv_safe_text, csv_text_original};
pub use package::{PackageSummary, Release, write_data_package};

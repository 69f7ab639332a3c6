//! Open data from published MGI assessments.
//!
//! - [`write_data_package`]: a Frictionless data package for researchers, one CSV file per
//!   table (jurisdictions, framework sets, assessments, indicators, summaries, answers,
//!   findings, footnotes, sources, citations, context figures, conventions) and
//!   `datapackage.json`, whose Table Schemas describe every column (type, meaning, allowed
//!   codes, keys and references between tables).
//! - [`csl_items`]: the source register of an assessment as CSL-JSON for reference managers.
//!
//! Both are pure functions of the framework and the published documents; nothing here reads a
//! database. Callers pass the public view of each assessment (no research notes, no comments).

mod csl;
mod dictionary;
mod error;
mod package;
mod tables;

pub use csl::{CslDate, CslItem, CslName, csl_items};
pub use dictionary::LIST_SEPARATOR;
pub use error::ExportError;
pub use package::{PackageSummary, Release, write_data_package};

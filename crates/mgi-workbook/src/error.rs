//! What can go wrong: writing a workbook (rare: an unknown framework set or a text longer than
//! Excel allows) and reading one back (every problem, each at its cell).

use std::fmt;

use mgi_model::DocError;

/// Writing a questionnaire workbook failed.
#[derive(Debug, thiserror::Error)]
pub enum WorkbookError {
    #[error(
        "the assessment uses framework set {set} version {version}, which this framework does not have"
    )]
    UnknownFrameworkSet { set: String, version: u32 },
    #[error("cannot write {sheet}!{cell}: {source}")]
    Cell {
        sheet: String,
        cell: String,
        source: rust_xlsxwriter::XlsxError,
    },
    #[error("cannot write the workbook: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

/// One bad cell of a filled workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// The sheet name as shown on its tab, e.g. `Rights`.
    pub sheet: String,
    /// The cell in A1 style, e.g. `C7`.
    pub cell: String,
    /// What is wrong, naming the value found.
    pub reason: String,
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}!{}: {}", self.sheet, self.cell, self.reason)
    }
}

/// Why a filled workbook was not taken. Nothing of it is applied when any of these is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkbookErrors {
    /// The bytes are not an XLSX workbook (or a part of it cannot be read).
    #[error("not a readable XLSX workbook (save it from Excel or LibreOffice as .xlsx): {0}")]
    Unreadable(String),
    /// Sheets the questionnaire needs are not there (deleted or renamed).
    #[error("{}", missing_lines(.missing, .found))]
    MissingSheets {
        missing: Vec<String>,
        found: Vec<String>,
    },
    /// Bad cells, in workbook order: one line each, `Sheet!Cell: reason`.
    #[error("{}", lines(.0))]
    Cells(Vec<CellProblem>),
    /// The stored assessment the workbook is read onto does not validate against the framework
    /// (or a problem of the result could not be placed on a cell); each line is `$.path: message`.
    #[error("{}", lines(.0))]
    InvalidDocument(Vec<DocError>),
}

fn lines<T: fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn missing_lines(missing: &[String], found: &[String]) -> String {
    missing
        .iter()
        .map(|name| {
            format!(
                "the sheet {name:?} is missing (deleted or renamed?); the workbook has: {}",
                found.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

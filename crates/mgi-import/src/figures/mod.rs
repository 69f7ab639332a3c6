//! Context figures from the statistical tables analysts download, saved as CSV.
//!
//! Two publishers, each in the layout it publishes:
//!
//! - **UN DESA, International Migrant Stock** (2024 revision, and earlier ones in the same
//!   layout), Table 1 of a workbook saved as CSV: migrants by destination and sex, by destination,
//!   age and sex, or by destination and origin. Figures: `immigrant-stock` and (from the destination-and-origin
//!   table) `emigrant-stock`, in persons, per year and sex, and per age group in the table by
//!   age. The module `desa` says which header is recognised and how each table is read.
//! - **World Bank, World Development Indicators**, the CSV download of indicator
//!   `BX.TRF.PWKR.DT.GD.ZS` (personal remittances received, % of GDP). Figures:
//!   `remittances-gdp`, in percent, per year (module `worldbank`).
//!
//! The table is recognised by its header line, never by the file's name. Countries come out as
//! ISO3 codes through the UN M49 table; aggregates (World, regions, income groups) are skipped
//! and counted. A file that is neither layout is refused with a [`FigureError`]; a bad row (an
//! unknown code, a value that is not a number, a row cut short) is a [`LineProblem`] with its line,
//! and the good rows still give their figures: whether to store anything is the caller's choice.

mod desa;
mod table;
mod worldbank;

use std::fmt;

use mgi_model::{ContextFigure, Source};

use table::Sheet;

/// A figure table is at most this large; the largest DESA sheet saved as CSV is a few megabytes.
pub const MAX_FIGURE_BYTES: usize = 50 * 1024 * 1024;

/// The header is looked for in this many rows from the top (DESA's sheets have ten rows of title
/// and notes above it, the World Bank's download four lines).
const HEADER_SEARCH: usize = 50;

/// Which publisher's table a file was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureTable {
    /// UN DESA, International Migrant Stock.
    Desa,
    /// World Bank WDI, personal remittances received (% of GDP).
    WorldBankRemittances,
}

/// The figures of one file, with the source they cite and what could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureFile {
    pub table: FigureTable,
    /// The entry for the source register; every figure's `source` is its key.
    pub source: Source,
    /// Figures in the order of the file, each with the ISO3 code of its country.
    pub figures: Vec<(String, ContextFigure)>,
    /// Rows not about one country that were passed over: aggregates (World, regions, income and
    /// development groups), areas the M49 table has no entry for (Channel Islands, Kosovo,
    /// Taiwan Province of China), and in DESA's destination-and-origin table the corridors
    /// between two countries.
    pub skipped: usize,
    /// Rows or cells that could not be read, in the order of the file.
    pub problems: Vec<LineProblem>,
}

/// What is wrong with one line of a figure table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    /// 1-based line of the file.
    pub line: usize,
    /// The column, by its header (with the sex where a DESA table repeats its years per sex, e.g.
    /// `2020 (female)`); `None` when the line as a whole is wrong.
    pub column: Option<String>,
    pub reason: String,
}

impl fmt::Display for LineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "line {}, column {column}: {}", self.line, self.reason),
            None => write!(f, "line {}: {}", self.line, self.reason),
        }
    }
}

/// Why a file is not read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FigureError {
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error("{file}: the file is {bytes} bytes; a figure table is at most {max} bytes", max = MAX_FIGURE_BYTES)]
    TooLarge { file: String, bytes: usize },
    #[error(
        "{file}, line {line}: not UTF-8 text; save the table as CSV in UTF-8 (\"CSV UTF-8\" in Excel)"
    )]
    NotUtf8 { file: String, line: usize },
    #[error("{file}, line {line}: not readable as CSV: {message}")]
    Csv {
        file: String,
        line: usize,
        message: String,
    },
    #[error(
        "{file}: no header of a UN DESA International Migrant Stock table (\"Location code\" and year columns) or of a World Bank indicator download (\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\", years) in the first {HEADER_SEARCH} rows"
    )]
    UnknownLayout { file: String },
    /// The header was found, but the file is a table or indicator this reader does not take.
    #[error("{file}, line {line}: {reason}")]
    Unsupported {
        file: String,
        line: usize,
        reason: String,
    },
}

/// Read a DESA or World Bank table. `file_name` only names the file in messages.
pub fn read_figures(file_name: &str, bytes: &[u8]) -> Result<FigureFile, FigureError> {
    let rows = table::rows(file_name, bytes)?;
    for at in 0..rows.len().min(HEADER_SEARCH) {
        let Some(sheet) = Sheet::at(&rows, at) else {
            break;
        };
        if let Some(header) = desa::header(sheet.header) {
            return desa::read(file_name, &sheet, &header);
        }
        if worldbank::is_header(sheet.header) {
            return worldbank::read(file_name, &sheet);
        }
    }
    Err(FigureError::UnknownLayout {
        file: file_name.to_owned(),
    })
}

//! What can go wrong: writing a workbook (rare: an unknown framework set or a text longer than
//! Excel allows) and reading one back (a file that is not a workbook or unpacks too large, and
//! every problem of a filled workbook, each at its cell).
//!
//! A problem of a filled workbook is a type ([`CellReason`], [`WorkbookErrors`]); its text comes
//! from the `workbook-*` messages, in English through `Display` and in any language through
//! `localised`. What a text names of the workbook itself (sheet names, headers, drop-down labels,
//! the About sheet's labels) stays in the workbook's language, as its user sees it there.

use std::fmt;

use mgi_i18n::{Lang, tr};
use mgi_model::{AnswerValue, DocError, Problem};

use crate::layout::{
    CitationColumn, Code, CodeList, IdentityField, LAYOUT_VERSION, MAX_CELL_CHARS, MAX_ROWS,
    SheetColumn, YEARS, about_sheet,
};
use crate::unpack::{
    MAX_CELL_TEXT_BYTES, MAX_PART_BYTES, MAX_PARTS, MAX_SHARED_STRINGS, MAX_SHEET_CELLS,
    MAX_UNPACKED_BYTES,
};
use crate::write::EXCEL_MAX_CELL_CHARS;

/// Writing a questionnaire workbook failed. The text comes from the `workbook-error-*`
/// messages, in English through `Display` and in any language through `localised`.
#[derive(Debug)]
pub enum WorkbookError {
    /// The assessment's framework set is not in the framework.
    UnknownFrameworkSet {
        set: String,
        version: mgi_framework::Version,
    },
    /// A text is longer than a spreadsheet cell holds ([`EXCEL_MAX_CELL_CHARS`]): the workbook
    /// is not written. `sheet` is the sheet's name as it would be written, `cell` the cell in
    /// A1 style (`E12`), `length` the text's length as Excel counts it (UTF-16 code units: a
    /// character outside the Basic Multilingual Plane, such as an emoji, counts twice).
    TextTooLong {
        sheet: String,
        cell: String,
        owner: TextOwner,
        length: usize,
    },
    /// The XLSX writer refused a cell (an error of mgi's layout, not of the assessment).
    Cell {
        sheet: String,
        cell: String,
        source: rust_xlsxwriter::XlsxError,
    },
    /// The XLSX writer failed.
    Xlsx(rust_xlsxwriter::XlsxError),
}

/// Whose text a cell of the written workbook holds, as the user knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextOwner {
    /// A column of an indicator's row on its domain sheet; `column` is the column's header as
    /// written (in the workbook's language).
    Indicator { id: String, column: String },
    /// A column of a finding's row on the Findings sheet; `column` as written.
    Finding { key: String, column: String },
    /// A column of a source's row on the Sources sheet; `column` as written.
    Source { key: String, column: String },
    /// A text of the workbook itself: the About sheet (the jurisdiction's name, the framework's
    /// texts), a header.
    Workbook,
}

impl WorkbookError {
    /// The problem in `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        match self {
            Self::UnknownFrameworkSet { set, version } => tr!(
                lang,
                "workbook-error-unknown-set",
                set = set,
                version = version.to_string()
            ),
            Self::TextTooLong {
                sheet,
                cell,
                owner,
                length,
            } => match owner {
                TextOwner::Indicator { id, column } => tr!(
                    lang,
                    "workbook-error-indicator-text-too-long",
                    sheet = sheet,
                    cell = cell,
                    id = id,
                    column = column,
                    length = *length,
                    limit = EXCEL_MAX_CELL_CHARS
                ),
                TextOwner::Finding { key, column } => tr!(
                    lang,
                    "workbook-error-finding-text-too-long",
                    sheet = sheet,
                    cell = cell,
                    key = key,
                    column = column,
                    length = *length,
                    limit = EXCEL_MAX_CELL_CHARS
                ),
                TextOwner::Source { key, column } => tr!(
                    lang,
                    "workbook-error-source-text-too-long",
                    sheet = sheet,
                    cell = cell,
                    key = key,
                    column = column,
                    length = *length,
                    limit = EXCEL_MAX_CELL_CHARS
                ),
                TextOwner::Workbook => tr!(
                    lang,
                    "workbook-error-text-too-long",
                    sheet = sheet,
                    cell = cell,
                    length = *length,
                    limit = EXCEL_MAX_CELL_CHARS
                ),
            },
            Self::Cell {
                sheet,
                cell,
                source,
            } => tr!(
                lang,
                "workbook-error-write-cell",
                sheet = sheet,
                cell = cell,
                detail = source.to_string()
            ),
            Self::Xlsx(source) => {
                tr!(lang, "workbook-error-write", detail = source.to_string())
            }
        }
    }
}

impl fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localised(Lang::En))
    }
}

impl std::error::Error for WorkbookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Cell { source, .. } | Self::Xlsx(source) => Some(source),
            Self::UnknownFrameworkSet { .. } | Self::TextTooLong { .. } => None,
        }
    }
}

impl From<rust_xlsxwriter::XlsxError> for WorkbookError {
    fn from(error: rust_xlsxwriter::XlsxError) -> WorkbookError {
        WorkbookError::Xlsx(error)
    }
}

/// Why one cell of a filled workbook is refused. Values are quoted as found in the cell. The
/// reason reads as text through its [`CellProblem`], which knows the workbook's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellReason {
    /// A spreadsheet error value such as `#N/A`.
    ErrorValue {
        value: String,
    },
    /// A date or time where text or a number is expected.
    DateTime {
        value: String,
    },
    /// More characters than the reader takes; `start` is the beginning of the text.
    TooLong {
        chars: usize,
        start: String,
    },
    /// Neither a label of the list (in the workbook's language) nor one of its codes.
    NotInList {
        value: String,
        list: CodeList,
    },
    NotAYear {
        value: String,
    },
    /// Content below the last row the reader reads.
    BelowLastRow,
    /// A header row cell that is not the column's header: columns were moved or deleted.
    Header {
        expected: SheetColumn,
        found: String,
    },
    /// The About sheet's language cell is empty or names no language of mgi.
    Language {
        found: String,
    },
    /// The About sheet names another assessment than the one the workbook is read onto.
    Identity {
        field: IdentityField,
        found: String,
        expected: String,
    },
    /// The About sheet's layout version cell does not hold the version this reader reads: the
    /// workbook was exported by an earlier mgi, with other columns (or the cell was changed).
    Layout {
        found: String,
    },
    /// The content fingerprint differs: the assessment was saved after the export.
    ContentChanged,
    NoIndicator,
    /// `set` names the framework set, e.g. `mgi-national v1`.
    UnknownIndicator {
        id: String,
        set: String,
    },
    /// The indicator belongs on the sheet `home`.
    WrongSheet {
        id: String,
        home: String,
    },
    /// The indicator's row appears a second time; `first` is the first cell, e.g. `Rights!A2`.
    DuplicateIndicator {
        id: String,
        first: String,
    },
    /// An empty answer where the stored assessment has one.
    AnswerWithdrawn {
        before: AnswerValue,
    },
    /// An empty answer on a row with content in the columns `filled`.
    AnswerNeeded {
        filled: Vec<SheetColumn>,
    },
    /// A source key used a second time; `first` is the first cell.
    DuplicateKey {
        key: String,
        first: String,
    },
    KindMissing,
    /// Not the name of a domain sheet nor a domain's id; `domains` names the domain sheets.
    NotADomain {
        value: String,
        domains: Vec<String>,
    },
    /// A new finding's row without a domain; `domains` names the domain sheets.
    DomainNeeded {
        domains: Vec<String>,
    },
    FindingKindMissing,
    /// A finding's key that the assessment does not have.
    UnknownFinding {
        key: String,
    },
    /// A stored finding's row naming another domain than its own, `domain` (its sheet's name).
    DomainChanged {
        key: String,
        domain: String,
    },
    /// A finding's row edited on top of `version` while the finding is at `current`.
    StaleFinding {
        key: String,
        version: i64,
        current: i64,
    },
    /// A finding's version cell that is not the whole number the export wrote.
    NotAVersion {
        value: String,
    },
    /// Indicators given by ID or name that the framework set does not have; `set` names it,
    /// e.g. `mgi-national v1`.
    UnknownIndicators {
        values: Vec<String>,
        set: String,
    },
    /// A citation's source cell that names no source (`value` as found); `sheet` is the
    /// workbook's source register.
    UnknownSource {
        value: String,
        sheet: String,
    },
    /// A pinpoint without a source in the column `source` beside it.
    PinpointWithoutSource(CitationColumn),
    /// A rule of the assessment broken by the cell's value (`value` is `None` for an empty
    /// cell), as [`mgi_model::validate`] finds it.
    Rule {
        value: Option<String>,
        problem: Problem,
    },
}

impl CellReason {
    /// The reason in `lang`, naming the headers, labels and choices of a workbook in `workbook`.
    pub fn localised(&self, lang: Lang, workbook: Lang) -> String {
        match self {
            Self::ErrorValue { value } => tr!(lang, "workbook-reason-error-value", value = value),
            Self::DateTime { value } => tr!(lang, "workbook-reason-date", value = value),
            Self::TooLong { chars, start } => tr!(
                lang,
                "workbook-reason-too-long",
                chars = *chars,
                start = start,
                limit = MAX_CELL_CHARS
            ),
            Self::NotInList { value, list } => tr!(
                lang,
                "workbook-reason-not-in-list",
                value = value,
                what = list.what(lang),
                choices = list.choices(workbook)
            ),
            Self::NotAYear { value } => tr!(
                lang,
                "workbook-reason-not-a-year",
                value = value,
                from = YEARS.start().to_string(),
                to = YEARS.end().to_string()
            ),
            Self::BelowLastRow => tr!(lang, "workbook-reason-below-last-row", row = MAX_ROWS),
            Self::Header { expected, found } => tr!(
                lang,
                "workbook-reason-header",
                expected = expected.header(workbook),
                found = found
            ),
            Self::Language { found } => tr!(
                lang,
                "workbook-reason-language",
                languages = Lang::ALL.map(Lang::code).join(", "),
                found = found
            ),
            Self::Identity {
                field,
                found,
                expected,
            } => tr!(
                lang,
                "workbook-reason-identity",
                field = field.label(workbook),
                found = found,
                expected = expected
            ),
            Self::Layout { found } => tr!(
                lang,
                "workbook-reason-layout",
                expected = LAYOUT_VERSION,
                found = found
            ),
            Self::ContentChanged => tr!(lang, "workbook-reason-content-changed"),
            Self::NoIndicator => tr!(lang, "workbook-reason-no-indicator"),
            Self::UnknownIndicator { id, set } => {
                tr!(
                    lang,
                    "workbook-reason-unknown-indicator",
                    id = id,
                    set = set
                )
            }
            Self::WrongSheet { id, home } => {
                tr!(lang, "workbook-reason-wrong-sheet", id = id, home = home)
            }
            Self::DuplicateIndicator { id, first } => tr!(
                lang,
                "workbook-reason-duplicate-indicator",
                id = id,
                first = first
            ),
            Self::AnswerWithdrawn { before } => tr!(
                lang,
                "workbook-reason-answer-withdrawn",
                before = before.label(workbook),
                unknown = AnswerValue::Unknown.label(workbook)
            ),
            Self::AnswerNeeded { filled } => tr!(
                lang,
                "workbook-reason-answer-needed",
                columns = filled
                    .iter()
                    .map(|c| c.header(workbook))
                    .collect::<Vec<_>>()
                    .join(", "),
                choices = CodeList::Answer.choices(workbook)
            ),
            Self::DuplicateKey { key, first } => tr!(
                lang,
                "workbook-reason-duplicate-key",
                key = key,
                first = first
            ),
            Self::KindMissing => tr!(
                lang,
                "workbook-reason-kind-missing",
                choices = CodeList::SourceKind.choices(workbook)
            ),
            Self::NotADomain { value, domains } => tr!(
                lang,
                "workbook-reason-not-a-domain",
                value = value,
                domains = domains.join(", ")
            ),
            Self::DomainNeeded { domains } => tr!(
                lang,
                "workbook-reason-domain-needed",
                domains = domains.join(", ")
            ),
            Self::FindingKindMissing => tr!(
                lang,
                "workbook-reason-finding-kind-missing",
                choices = CodeList::FindingKind.choices(workbook)
            ),
            Self::UnknownFinding { key } => {
                tr!(lang, "workbook-reason-unknown-finding", key = key)
            }
            Self::DomainChanged { key, domain } => tr!(
                lang,
                "workbook-reason-domain-changed",
                key = key,
                domain = domain
            ),
            Self::StaleFinding {
                key,
                version,
                current,
            } => tr!(
                lang,
                "workbook-reason-finding-stale",
                key = key,
                version = version.to_string(),
                current = current.to_string()
            ),
            Self::NotAVersion { value } => {
                tr!(lang, "workbook-reason-not-a-version", value = value)
            }
            Self::UnknownIndicators { values, set } => tr!(
                lang,
                "workbook-reason-unknown-indicators",
                values = quoted(lang, values),
                count = values.len(),
                set = set
            ),
            Self::UnknownSource { value, sheet } => tr!(
                lang,
                "workbook-reason-unknown-source",
                value = value,
                sheet = sheet
            ),
            Self::PinpointWithoutSource(source) => tr!(
                lang,
                "workbook-reason-pinpoint-without-source",
                source = source.header(workbook)
            ),
            Self::Rule {
                value: Some(value),
                problem,
            } => tr!(
                lang,
                "workbook-reason-rule",
                value = value,
                message = problem.localised(lang)
            ),
            Self::Rule {
                value: None,
                problem,
            } => problem.localised(lang),
        }
    }
}

/// Values each quoted, separated by commas.
fn quoted(lang: Lang, values: &[String]) -> String {
    values
        .iter()
        .map(|value| tr!(lang, "workbook-quoted", text = value))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One bad cell of a filled workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// The sheet name as shown on its tab, in the workbook's language, e.g. `Rights`, `Droits`.
    pub sheet: String,
    /// The cell in A1 style, e.g. `C7`.
    pub cell: String,
    /// The workbook's language: the sheet name, and the headers and labels the reason names,
    /// are in it.
    pub lang: Lang,
    /// What is wrong, naming the value found.
    pub reason: CellReason,
}

impl CellProblem {
    /// `Sheet!Cell: reason`, the reason in `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        format!(
            "{}!{}: {}",
            self.sheet,
            self.cell,
            self.reason.localised(lang, self.lang)
        )
    }
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localised(Lang::En))
    }
}

/// Why a filled workbook was not taken. Nothing of it is applied when any of these is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookErrors {
    /// The file is not a zip archive, so not an XLSX workbook: another format (`.xls`, `.ods`,
    /// `.csv`), a workbook protected by a password (Excel then wraps it in another format), or
    /// no spreadsheet at all.
    NotXlsx,
    /// The file is a zip archive, but a part of it cannot be unpacked or read: it was cut short
    /// or altered, or a part unpacks to more than it declares.
    Damaged,
    /// Unpacked, the workbook would pass one of the reader's bounds; it is refused before it is
    /// parsed (or, for [`TooLarge::CellText`], while its sheets are read).
    TooLarge(TooLarge),
    /// The archive unpacks but is not a readable XLSX workbook (a part is missing or not the XML
    /// expected); the reader's own words, in English.
    Unreadable(String),
    /// No sheet is named as the About sheet in any language: the workbook's language cannot be
    /// found. `found` lists the sheets the workbook has.
    NoAboutSheet { found: Vec<String> },
    /// Sheets the questionnaire needs are not there (deleted or renamed).
    MissingSheets {
        missing: Vec<String>,
        found: Vec<String>,
    },
    /// Bad cells, in workbook order: one line each, `Sheet!Cell: reason`.
    Cells(Vec<CellProblem>),
    /// The stored assessment the workbook is read onto does not validate against the framework
    /// (or a problem of the result could not be placed on a cell); each line is
    /// `$.path: problem`, as [`mgi_model::validate`] finds it.
    InvalidDocument(Vec<DocError>),
}

impl WorkbookErrors {
    /// Every problem in `lang`, one per line.
    pub fn localised(&self, lang: Lang) -> String {
        let lines: Vec<String> = match self {
            Self::NotXlsx => vec![tr!(lang, "workbook-error-not-xlsx")],
            Self::Damaged => vec![tr!(lang, "workbook-error-damaged")],
            Self::TooLarge(bound) => vec![bound.localised(lang)],
            Self::Unreadable(detail) => {
                vec![tr!(lang, "workbook-error-unreadable", detail = detail)]
            }
            Self::NoAboutSheet { found } => vec![tr!(
                lang,
                "workbook-error-no-about",
                names = Lang::ALL.map(about_sheet).join(", "),
                found = found.join(", ")
            )],
            Self::MissingSheets { missing, found } => missing
                .iter()
                .map(|sheet| {
                    tr!(
                        lang,
                        "workbook-error-missing-sheet",
                        sheet = sheet,
                        found = found.join(", ")
                    )
                })
                .collect(),
            Self::Cells(problems) => problems.iter().map(|p| p.localised(lang)).collect(),
            Self::InvalidDocument(errors) => errors.iter().map(|e| e.localised(lang)).collect(),
        };
        lines.join("\n")
    }
}

/// Which bound of the reader a workbook passes, unpacked (the limits are the crate's `MAX_*`
/// constants).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TooLarge {
    /// All parts together unpack to more than [`MAX_UNPACKED_BYTES`](crate::MAX_UNPACKED_BYTES).
    Unpacked,
    /// One part (a sheet, its texts, a picture) unpacks to more than
    /// [`MAX_PART_BYTES`](crate::MAX_PART_BYTES).
    Part,
    /// More parts than [`MAX_PARTS`](crate::MAX_PARTS).
    Parts,
    /// More distinct texts than [`MAX_SHARED_STRINGS`](crate::MAX_SHARED_STRINGS), counted or
    /// announced.
    SharedStrings,
    /// A sheet with more cells than [`MAX_SHEET_CELLS`](crate::MAX_SHEET_CELLS).
    Cells,
    /// The questionnaire's columns hold more text than
    /// [`MAX_CELL_TEXT_BYTES`](crate::MAX_CELL_TEXT_BYTES); `sheet` is the sheet being read when
    /// the bound was passed, as named on its tab.
    CellText { sheet: String },
}

impl TooLarge {
    /// The refusal in `lang`, saying what to do.
    pub fn localised(&self, lang: Lang) -> String {
        match self {
            Self::Unpacked => tr!(
                lang,
                "workbook-error-too-large",
                limit = MAX_UNPACKED_BYTES >> 20
            ),
            Self::Part => tr!(
                lang,
                "workbook-error-part-too-large",
                limit = MAX_PART_BYTES >> 20
            ),
            Self::Parts => tr!(lang, "workbook-error-too-many-parts", limit = MAX_PARTS),
            Self::SharedStrings => tr!(
                lang,
                "workbook-error-too-many-texts",
                limit = MAX_SHARED_STRINGS
            ),
            Self::Cells => tr!(
                lang,
                "workbook-error-too-many-cells",
                limit = MAX_SHEET_CELLS
            ),
            Self::CellText { sheet } => tr!(
                lang,
                "workbook-error-too-much-text",
                sheet = sheet,
                limit = MAX_CELL_TEXT_BYTES >> 20
            ),
        }
    }
}

impl fmt::Display for WorkbookErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localised(Lang::En))
    }
}

impl std::error::Error for WorkbookErrors {}

//! A sheet of a filled workbook as the reader sees it (the cells of the questionnaire's columns,
//! streamed from the file) and the problems found in it, each at its cell.

use std::collections::BTreeMap;
use std::io::{Read, Seek};

use calamine::{Data, DataRef, Xlsx};
use mgi_i18n::Lang;
use mgi_model::Problem;
use rust_xlsxwriter::utility::row_col_to_cell;

use crate::cell::{self, Parsed};
use crate::error::{CellProblem, CellReason, TooLarge, WorkbookErrors};
use crate::layout::{Column, HEADER_ROW, MAX_ROWS};
use crate::read::unreadable;

static EMPTY: Data = Data::Empty;

/// The non-empty cells of one sheet within the columns of its layout.
pub(crate) struct Sheet {
    pub name: String,
    /// The workbook's language: its headers and drop-down labels, and the problems' texts.
    pub lang: Lang,
    /// The sheet's place in the workbook layout, to order problems.
    position: usize,
    cells: BTreeMap<(u32, u16), Data>,
}

impl Sheet {
    /// Read the sheet `name` of a workbook in `lang`, keeping columns `0..columns` and rows up
    /// to [`MAX_ROWS`]; content further down is one problem. Cells are streamed, so a sheet
    /// claiming a huge extent costs nothing, and only the cells kept are copied out of the
    /// reader: their texts are taken from `text_budget` (bytes left of
    /// [`MAX_CELL_TEXT_BYTES`](crate::MAX_CELL_TEXT_BYTES)), since a shared string stored once
    /// is copied into every cell that uses it.
    pub fn load<RS: Read + Seek>(
        workbook: &mut Xlsx<RS>,
        name: &str,
        lang: Lang,
        position: usize,
        columns: u16,
        text_budget: &mut usize,
        problems: &mut Problems,
    ) -> Result<Sheet, WorkbookErrors> {
        let mut sheet = Sheet {
            name: name.to_owned(),
            lang,
            position,
            cells: BTreeMap::new(),
        };
        let mut reader = workbook.worksheet_cells_reader(name).map_err(unreadable)?;
        while let Some(found) = reader.next_cell().map_err(unreadable)? {
            let (row, col) = found.get_position();
            let Ok(col) = u16::try_from(col) else {
                continue;
            };
            let value = found.get_value();
            if col >= columns || *value == DataRef::Empty {
                continue;
            }
            if row >= MAX_ROWS {
                problems.add(&sheet, row, col, CellReason::BelowLastRow);
                break;
            }
            let Some(left) = text_budget.checked_sub(text_len(value)) else {
                let sheet = sheet.name;
                return Err(WorkbookErrors::TooLarge(TooLarge::CellText { sheet }));
            };
            *text_budget = left;
            sheet.cells.insert((row, col), value.clone().into());
        }
        Ok(sheet)
    }

    pub fn get(&self, row: u32, col: u16) -> &Data {
        self.cells.get(&(row, col)).unwrap_or(&EMPTY)
    }

    /// The rows below the header that hold anything, top down.
    pub fn data_rows(&self) -> Vec<u32> {
        let mut rows: Vec<u32> = self
            .cells
            .keys()
            .map(|&(row, _)| row)
            .filter(|&row| row > HEADER_ROW)
            .collect();
        rows.dedup();
        rows
    }

    /// A cell read with `parse`; a failure is added to `problems` and gives `None`.
    pub fn read<T>(
        &self,
        row: u32,
        col: u16,
        problems: &mut Problems,
        parse: impl FnOnce(&Data) -> Parsed<T>,
    ) -> Option<T> {
        parse(self.get(row, col))
            .map_err(|reason| problems.add(self, row, col, reason))
            .ok()
    }

    /// Add a rule of the model that a cell's value breaks, naming the value when it has one.
    pub fn add_rule(&self, problems: &mut Problems, row: u32, col: u16, problem: &Problem) {
        let value = cell::text(self.get(row, col)).unwrap_or_default();
        let value = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        let problem = problem.clone();
        problems.add(self, row, col, CellReason::Rule { value, problem });
    }

    /// Whether the header row still reads as the layout wrote it; each moved, renamed or removed
    /// column is a problem (its rows are not read then, since the columns would be misread).
    /// Headers are compared in the workbook's language, ignoring case.
    pub fn headers_intact<C: Column>(&self, problems: &mut Problems) -> bool {
        let mut intact = true;
        for &column in C::ALL {
            let found = cell::text(self.get(HEADER_ROW, column.index())).unwrap_or_default();
            let found = found.trim();
            if found.to_lowercase() != column.header(self.lang).to_lowercase() {
                let reason = CellReason::Header {
                    expected: column.named(),
                    found: found.to_owned(),
                };
                problems.add(self, HEADER_ROW, column.index(), reason);
                intact = false;
            }
        }
        intact
    }

    /// The A1 name of a cell of this sheet, e.g. `Rights!A5`.
    pub fn cell_name(&self, row: u32, col: u16) -> String {
        format!("{}!{}", self.name, row_col_to_cell(row, col))
    }
}

/// The bytes of text a cell's value copies out of the reader.
fn text_len(value: &DataRef) -> usize {
    match value {
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
            text.len()
        }
        DataRef::SharedString(text) => text.len(),
        DataRef::Int(_)
        | DataRef::Float(_)
        | DataRef::Bool(_)
        | DataRef::DateTime(_)
        | DataRef::Error(_)
        | DataRef::Empty => 0,
    }
}

/// Problems found so far, reported in workbook order (sheet, row, column).
#[derive(Default)]
pub(crate) struct Problems(Vec<(usize, u32, u16, CellProblem)>);

impl Problems {
    pub fn add(&mut self, sheet: &Sheet, row: u32, col: u16, reason: CellReason) {
        let problem = CellProblem {
            sheet: sheet.name.clone(),
            cell: row_col_to_cell(row, col),
            lang: sheet.lang,
            reason,
        };
        self.0.push((sheet.position, row, col, problem));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems in workbook order, each once.
    pub fn into_sorted(mut self) -> Vec<CellProblem> {
        self.0.sort_by_key(|a| (a.0, a.1, a.2));
        self.0.dedup_by(|a, b| a.3 == b.3);
        self.0.into_iter().map(|(.., problem)| problem).collect()
    }
}

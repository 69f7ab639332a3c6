//! Test support shared by the workspace's tests (never a dependency of a shipped crate): a
//! questionnaire workbook as a grid of cells that a test edits and writes back, as a spreadsheet
//! user would; a framework with a second version of the national set ([`framework`]).

pub mod framework;

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{Format, Formula, Workbook};

/// The non-empty cells of a sheet by 0-based (row, column).
pub type Cells = BTreeMap<(u32, u16), Data>;

/// The cells of a workbook, sheet by sheet, as a spreadsheet user could leave them.
pub struct Book {
    pub sheets: Vec<(String, Cells)>,
}

impl Book {
    pub fn open(bytes: &[u8]) -> Book {
        let mut workbook = Xlsx::new(Cursor::new(bytes)).expect("an XLSX workbook");
        let names = workbook.sheet_names();
        let sheets = names
            .into_iter()
            .map(|name| {
                let range = workbook.worksheet_range(&name).expect("a readable sheet");
                // A formula whose result is empty (a label of a spare row) shows nothing.
                let cells = range
                    .used_cells()
                    .filter(|(_, _, value)| **value != Data::String(String::new()))
                    .map(|(r, c, value)| {
                        let (row0, col0) = range.start().unwrap_or((0, 0));
                        ((row0 + r as u32, (col0 as usize + c) as u16), value.clone())
                    })
                    .collect();
                (name, cells)
            })
            .collect();
        Book { sheets }
    }

    /// The sheet names, in workbook order.
    pub fn names(&self) -> Vec<&str> {
        self.sheets.iter().map(|(name, _)| name.as_str()).collect()
    }

    fn sheet_mut(&mut self, sheet: &str) -> &mut Cells {
        &mut self
            .sheets
            .iter_mut()
            .find(|(name, _)| name == sheet)
            .unwrap_or_else(|| panic!("no sheet {sheet}"))
            .1
    }

    pub fn get(&self, sheet: &str, cell: &str) -> Data {
        let (_, cells) = self
            .sheets
            .iter()
            .find(|(name, _)| name == sheet)
            .unwrap_or_else(|| panic!("no sheet {sheet}"));
        cells.get(&position(cell)).cloned().unwrap_or(Data::Empty)
    }

    pub fn set(&mut self, sheet: &str, cell: &str, value: Data) {
        let cells = self.sheet_mut(sheet);
        match value {
            Data::Empty => cells.remove(&position(cell)),
            value => cells.insert(position(cell), value),
        };
    }

    pub fn text(&mut self, sheet: &str, cell: &str, value: &str) {
        self.set(sheet, cell, Data::String(value.to_owned()));
    }

    /// The 1-based number of the first row after the last used one of the last sheet (the
    /// source register): where a user adds a new source.
    pub fn row_after_sources(&self) -> u32 {
        self.sheets
            .last()
            .expect("sheets")
            .1
            .keys()
            .map(|(r, _)| r + 1)
            .max()
            .unwrap_or(1)
            + 1
    }

    /// The 1-based row number of the row whose column A holds `id`.
    pub fn row_of(&self, sheet: &str, id: &str) -> u32 {
        let (_, cells) = self
            .sheets
            .iter()
            .find(|(name, _)| name == sheet)
            .unwrap_or_else(|| panic!("no sheet {sheet}"));
        cells
            .iter()
            .find(|((_, col), value)| *col == 0 && **value == Data::String(id.to_owned()))
            .map(|((row, _), _)| row + 1)
            .unwrap_or_else(|| panic!("no row {id} on {sheet}"))
    }

    /// Give `row` (1-based) of `sheet` exactly the citations `cited`, (source, pinpoint) cell
    /// texts, as a user picks them from the drop-downs: in the pairs of columns from `first`
    /// (the 0-based column of `Source 1`), emptying the pairs after them (up to the 50
    /// citations an answer or finding may have).
    pub fn cite(&mut self, sheet: &str, first: u16, row: u32, cited: &[(&str, &str)]) {
        for number in 1..=50u16 {
            let (source, pinpoint) = pair_cells(first, number, row);
            let (s, p) = cited
                .get(usize::from(number - 1))
                .copied()
                .unwrap_or(("", ""));
            for (cell, text) in [(source, s), (pinpoint, p)] {
                match text {
                    "" => self.set(sheet, &cell, Data::Empty),
                    text => self.text(sheet, &cell, text),
                }
            }
        }
    }

    /// Swap two rows of a sheet (1-based row numbers).
    pub fn swap_rows(&mut self, sheet: &str, a: u32, b: u32) {
        let cells = self.sheet_mut(sheet);
        let moved: Cells = std::mem::take(cells)
            .into_iter()
            .map(|((row, col), value)| match row + 1 {
                r if r == a => ((b - 1, col), value),
                r if r == b => ((a - 1, col), value),
                _ => ((row, col), value),
            })
            .collect();
        *cells = moved;
    }

    pub fn remove_sheet(&mut self, sheet: &str) {
        self.sheets.retain(|(name, _)| name != sheet);
    }

    pub fn rename_sheet(&mut self, from: &str, to: &str) {
        for (name, _) in &mut self.sheets {
            if name == from {
                *name = to.to_owned();
            }
        }
    }

    /// The workbook as a spreadsheet program would save it (values only, no formatting):
    /// errors as formulas with an error result, dates as numbers in a date format.
    pub fn save(&self) -> Vec<u8> {
        let mut workbook = Workbook::new();
        let date = Format::new().set_num_format("yyyy-mm-dd");
        for (name, cells) in &self.sheets {
            let sheet = workbook.add_worksheet();
            sheet.set_name(name).expect("a sheet name");
            for (&(row, col), value) in cells {
                match value {
                    Data::String(s) if s.chars().count() > 32_767 => {
                        // Longer than Excel allows: only a formula's cached result can hold it.
                        let formula = Formula::new("=\"\"").set_result(s.clone());
                        sheet.write_formula(row, col, formula).map(|_| ())
                    }
                    Data::String(s) => sheet.write_string(row, col, s).map(|_| ()),
                    Data::Float(f) => sheet.write_number(row, col, *f).map(|_| ()),
                    Data::Int(i) => sheet.write_number(row, col, *i as f64).map(|_| ()),
                    Data::Bool(b) => sheet.write_boolean(row, col, *b).map(|_| ()),
                    Data::DateTime(d) => sheet
                        .write_number_with_format(row, col, d.as_f64(), &date)
                        .map(|_| ()),
                    Data::Error(e) => {
                        let formula = Formula::new("=NA()").set_result(e.to_string());
                        sheet.write_formula(row, col, formula).map(|_| ())
                    }
                    Data::DateTimeIso(_) | Data::DurationIso(_) | Data::Empty => Ok(()),
                }
                .expect("a cell is written");
            }
        }
        workbook.save_to_buffer().expect("the workbook is saved")
    }
}

/// `"C7"` as a 0-based (row, column).
pub fn position(cell: &str) -> (u32, u16) {
    let split = cell
        .find(|c: char| c.is_ascii_digit())
        .expect("a row number");
    let (letters, digits) = cell.split_at(split);
    let col = letters
        .bytes()
        .fold(0u16, |n, b| n * 26 + u16::from(b - b'A' + 1))
        - 1;
    let row: u32 = digits.parse().expect("a row number");
    (row - 1, col)
}

/// A column's letters from its 0-based number: 0 is `A`, 26 is `AA`.
pub fn column_letters(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The cells of citation pair `number` (from 1) on `row` (1-based) of a sheet whose pairs start
/// at the 0-based column `first`: (source, pinpoint), e.g. `("K5", "L5")`.
pub fn pair_cells(first: u16, number: u16, row: u32) -> (String, String) {
    let source = first + (number - 1) * 2;
    (
        format!("{}{row}", column_letters(source)),
        format!("{}{row}", column_letters(source + 1)),
    )
}

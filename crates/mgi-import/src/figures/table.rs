//! What the two layouts share: the bytes as numbered CSV rows, header cells, years and numbers.

use super::{FigureError, LineProblem, MAX_FIGURE_BYTES};

/// One CSV record and the line of the file it starts on (1-based; a quoted cell may run over
/// several lines).
pub(super) struct Row {
    pub(super) line: usize,
    pub(super) cells: Vec<String>,
}

impl Row {
    /// The cell at `index` without surrounding white space; empty where the row is shorter.
    pub(super) fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", |c| c.trim())
    }

    /// The cell at `index` as a header name is compared: trimmed, white space runs made one
    /// space, lower case (spreadsheets wrap long headers over lines inside the cell).
    pub(super) fn name(&self, index: usize) -> String {
        self.cell(index)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    }

    /// The index of the first cell whose header name is `name`.
    pub(super) fn find(&self, name: &str) -> Option<usize> {
        (0..self.cells.len()).find(|&i| self.name(i) == name)
    }

    pub(super) fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }

    /// Whether every cell at `indices` is empty (or missing).
    pub(super) fn all_empty(&self, indices: impl IntoIterator<Item = usize>) -> bool {
        indices.into_iter().all(|i| self.cell(i).is_empty())
    }
}

/// A table cut at its header line: the rows above (title and notes), the header, the rows below.
pub(super) struct Sheet<'a> {
    pub(super) preamble: &'a [Row],
    pub(super) header: &'a Row,
    pub(super) data: &'a [Row],
}

impl<'a> Sheet<'a> {
    /// The sheet whose header is row `at` of `rows`, if there is such a row.
    pub(super) fn at(rows: &'a [Row], at: usize) -> Option<Sheet<'a>> {
        let (preamble, rest) = rows.split_at_checked(at)?;
        let (header, data) = rest.split_first()?;
        Some(Sheet {
            preamble,
            header,
            data,
        })
    }

    /// The nearest row above the header that holds something.
    pub(super) fn above(&self) -> Option<&'a Row> {
        self.preamble.iter().rev().find(|r| !r.is_blank())
    }

    /// Every cell above the header, with its line.
    pub(super) fn preamble_cells(&self) -> impl Iterator<Item = (usize, &'a str)> {
        self.preamble
            .iter()
            .flat_map(|r| r.cells.iter().map(move |c| (r.line, c.trim())))
    }
}

/// The file as CSV rows. Refuses a file that is too large, empty or not UTF-8; a UTF-8 byte order
/// mark is dropped, and blank lines are not rows.
pub(super) fn rows(file: &str, bytes: &[u8]) -> Result<Vec<Row>, FigureError> {
    if bytes.len() > MAX_FIGURE_BYTES {
        return Err(FigureError::TooLarge {
            file: file.to_owned(),
            bytes: bytes.len(),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FigureError::NotUtf8 {
        file: file.to_owned(),
        line: line_at(bytes, e.valid_up_to()),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FigureError::Empty {
            file: file.to_owned(),
        });
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut lines = Lines::new(text);
    for record in reader.records() {
        let record = record.map_err(|e| FigureError::Csv {
            file: file.to_owned(),
            line: lines.at(e.position().map(|p| p.byte())),
            message: e.to_string(),
        })?;
        rows.push(Row {
            line: lines.at(record.position().map(|p| p.byte())),
            cells: record.iter().map(str::to_owned).collect(),
        });
    }
    Ok(rows)
}

/// Line numbers of byte offsets, counted as the reader moves forward through the text. (The CSV
/// reader's own count starts a record at the blank lines before it and counts CRLF line ends
/// apart.)
struct Lines<'a> {
    text: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after `byte` that is not a line end; the last
    /// line counted when the reader gives no position.
    fn at(&mut self, byte: Option<u64>) -> usize {
        let Some(start) = byte.and_then(|b| usize::try_from(b).ok()) else {
            return self.line;
        };
        let blank = self.text.get(start..).map_or(0, |rest| {
            rest.iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count()
        });
        let start = start + blank;
        if let Some(passed) = self.text.get(self.offset..start) {
            self.line += passed.iter().filter(|&&b| b == b'\n').count();
            self.offset = start;
        }
        self.line
    }
}

/// The 1-based line holding byte `offset`.
fn line_at(bytes: &[u8], offset: usize) -> usize {
    bytes
        .get(..offset)
        .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
        + 1
}

/// A header cell naming a year of data (four digits, 1900 to 2100).
pub(super) fn year(cell: &str) -> Option<i32> {
    let cell = cell.trim();
    if cell.len() != 4 || !cell.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    cell.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// The number in a value cell: `None` for a cell without a figure (empty, `..` or `-`, as the
/// tables mark figures not available); an error for anything else that is not a finite number.
/// Digits grouped by threes with spaces or commas (`3 650 000`, `3,650,000`: what a spreadsheet
/// writes when it saves formatted cells) are read as one number.
pub(super) fn number(cell: &str) -> Result<Option<f64>, String> {
    let text = cell.trim();
    if matches!(text, "" | ".." | "-" | "…") {
        return Ok(None);
    }
    let plain = ungrouped(text).unwrap_or_else(|| text.to_owned());
    match plain.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(format!("{text:?} is not a number")),
    }
}

/// `text` without its thousands separators, when its whole part is digits grouped by threes.
fn ungrouped(text: &str) -> Option<String> {
    let (sign, unsigned) = text.strip_prefix('-').map_or(("", text), |t| ("-", t));
    let (whole, fraction) = unsigned
        .split_once('.')
        .map_or((unsigned, None), |(w, f)| (w, Some(f)));
    let groups: Vec<&str> = whole.split([' ', ',', '\u{a0}', '\u{202f}']).collect();
    let digits = |g: &&str| g.bytes().all(|b| b.is_ascii_digit());
    let (first, rest) = groups.split_first()?;
    let grouped = !rest.is_empty()
        && (1..=3).contains(&first.len())
        && digits(first)
        && rest.iter().all(|g| g.len() == 3 && digits(g));
    grouped.then(|| {
        let fraction = fraction.map_or(String::new(), |f| format!(".{f}"));
        format!("{sign}{}{fraction}", groups.concat())
    })
}

/// A problem of one line, at a named column or the line as a whole.
pub(super) fn problem(line: usize, column: Option<&str>, reason: impl Into<String>) -> LineProblem {
    LineProblem {
        line,
        column: column.map(str::to_owned),
        reason: reason.into(),
    }
}

/// Why a data row cannot be read cell by cell against its header, if it cannot: it stops before
/// the last column read (`needed` cells), or it runs past the header with cells that hold
/// something (a cell with an unquoted comma shifts every later one).
pub(super) fn shape_problem(row: &Row, header: &Row, needed: usize) -> Option<LineProblem> {
    let (have, width) = (row.cells.len(), header.cells.len());
    let spills = have > width && row.cells.iter().skip(width).any(|c| !c.trim().is_empty());
    (have < needed || spills).then(|| {
        problem(
            row.line,
            None,
            format!(
                "the row has {have} cells where the header (line {}) has {width}",
                header.line
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_as_spreadsheets_write_them() {
        assert_eq!(number("21345"), Ok(Some(21345.0)));
        assert_eq!(number(" 3 650 000 "), Ok(Some(3_650_000.0)));
        assert_eq!(number("3,650,000.5"), Ok(Some(3_650_000.5)));
        assert_eq!(number("1\u{a0}234"), Ok(Some(1234.0)));
        assert_eq!(number("2.7181"), Ok(Some(2.7181)));
        assert_eq!(number("-4"), Ok(Some(-4.0)));
        for none in ["", "..", "-", " "] {
            assert_eq!(number(none), Ok(None), "{none:?}");
        }
        for bad in ["12,3a", "12,3", "1,2345", "NaN", "inf", "x", "1 2"] {
            assert!(number(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn years_are_four_digits() {
        assert_eq!(year("2024"), Some(2024));
        assert_eq!(year(" 1990 "), Some(1990));
        for no in ["", "Year", "202", "20245", "1850", "2024.0", "+202"] {
            assert_eq!(year(no), None, "{no:?}");
        }
    }

    #[test]
    fn invalid_utf8_is_placed_on_its_line() {
        let err = rows("t.csv", b"a,b\nc,d\n\xff").err();
        assert_eq!(
            err,
            Some(FigureError::NotUtf8 {
                file: "t.csv".to_owned(),
                line: 3
            })
        );
    }
}

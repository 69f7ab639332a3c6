//! The table of international conventions: one row per convention, its name and whether (and
//! when) it was ratified. A row is one line with the cells separated by a tab, or, where a PDF
//! gives the columns back one after the other, the name's lines and the status's line in
//! either order ("…Migration for" / "No" / "Employment Convention (Revised), 1949 (No. 97)").

use std::sync::LazyLock;

use regex::Regex;

use crate::ImportWarning;
use crate::input::Line;
use crate::report::ParseReport;
use crate::sections::unreachable_regex;

/// "Yes (1990)", "No", "Ratified (1990)", "1990", "Oui (1990)", "Sí (1990)".
static STATUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(yes|no|ratified|not ratified|oui|non|ratifiée?|non ratifiée?|sí|si|ratificad[oa]|no ratificad[oa])?\s*\(?(\d{4})?\)?$")
        .unwrap_or_else(|_| unreachable_regex())
});

/// A convention's name ends with its year(s) or its ILO number: "…, 1951", "… (No. 143)".
static NAME_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(?:19|20)\d{2}|\((?:No|Nº|N°|n°|núm)\.?\s*\d+\))\)?\.?$")
        .unwrap_or_else(|_| unreachable_regex())
});

/// The column headings: "Convention name", "Ratified (Year)", each possibly on two lines.
fn is_column_heading(text: &str) -> bool {
    matches!(
        text.trim().to_lowercase().as_str(),
        "convention name"
            | "convention"
            | "name"
            | "ratified"
            | "(year)"
            | "year"
            | "ratified (year)"
            | "nom de la convention"
            | "ratifiée (année)"
            | "ratification (année)"
            | "nombre de la convención"
            | "ratificada (año)"
            | "ratificación (año)"
    )
}

/// A row of the table: the convention's name and what the status cell says.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub ratified: bool,
    pub year: Option<i32>,
    /// The first line of the row.
    pub line: usize,
}

/// Whether a cell is a status, and which.
fn status(cell: &str) -> Option<(bool, Option<i32>)> {
    let c = STATUS.captures(cell.trim())?;
    let year = c.get(2).and_then(|y| y.as_str().parse().ok());
    let said = c.get(1).map(|m| m.as_str().to_lowercase());
    let ratified = match said.as_deref() {
        Some(s)
            if s == "no"
                || s == "non"
                || s.starts_with("not")
                || s.starts_with("non ")
                || s.starts_with("no ") =>
        {
            false
        }
        Some(_) => true,
        None => year.is_some(),
    };
    (said.is_some() || year.is_some()).then_some((ratified, year.filter(|_| ratified)))
}

/// The rows of a table read line by line.
#[derive(Debug, Default)]
pub struct Table {
    name: Vec<(usize, String)>,
    status: Option<(bool, Option<i32>)>,
}

impl Table {
    /// Takes one line of the table; returns the row it completes, if any.
    pub fn line(&mut self, line: &Line, report: &mut ParseReport) -> Option<Row> {
        let text = line.text.trim();
        if is_column_heading(text) || text.split('\t').all(is_column_heading) {
            report.place(line.no);
            return None;
        }
        if let Some((name, cell)) = text.split_once('\t') {
            let (name, cell) = (name.trim(), cell.trim());
            let Some((ratified, year)) = status(cell) else {
                report.warn(ImportWarning::ConventionUnreadable {
                    line: line.no,
                    status: cell.to_owned(),
                });
                return None;
            };
            report.place(line.no);
            if !self.name.is_empty() {
                // A name that wraps around the status: the status line ended this row.
                self.name.push((line.no, name.to_owned()));
                self.status = Some((ratified, year));
                return self.complete();
            }
            return Some(Row {
                name: name.to_owned(),
                ratified,
                year,
                line: line.no,
            });
        }
        report.place(line.no);
        match status(text) {
            Some(s) => self.status = Some(s),
            None => self.name.push((line.no, text.to_owned())),
        }
        self.complete()
    }

    fn complete(&mut self) -> Option<Row> {
        let name = self
            .name
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if !NAME_END.is_match(&name) {
            return None;
        }
        let (ratified, year) = self.status.take()?;
        let line = self.name.first().map_or(0, |(no, _)| *no);
        self.name.clear();
        Some(Row {
            name,
            ratified,
            year,
            line,
        })
    }

    /// The table ends: a name without a status is reported.
    pub fn finish(&mut self, report: &mut ParseReport) {
        if let Some((line, _)) = self.name.first() {
            report.warn(ImportWarning::ConventionUnreadable {
                line: *line,
                status: String::new(),
            });
        }
        *self = Table::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(String, bool, Option<i32>)> {
        let lines = crate::input::lines(text.as_bytes()).expect("text");
        let mut report = ParseReport::new(lines.len());
        let mut table = Table::default();
        let out = lines
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .filter_map(|l| table.line(l, &mut report))
            .map(|r| (r.name, r.ratified, r.year))
            .collect();
        table.finish(&mut report);
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
        out
    }

    #[test]
    fn rows_in_one_line_or_in_columns() {
        let ilo = "International Labour Organization (ILO) Migration for Employment Convention (Revised), 1949 (No. 97)";
        let crc = "Convention on the Rights of the Child (CRC), 1989";
        let expected = vec![
            (ilo.to_owned(), false, None),
            (crc.to_owned(), true, Some(1990)),
        ];
        // One line per row.
        assert_eq!(
            rows(&format!(
                "Convention name\tRatified (Year)\n{ilo}\tNo\n{crc}\tYes (1990)\n"
            )),
            expected
        );
        // The columns one after the other (pdftotext).
        assert_eq!(
            rows(&format!(
                "Convention name\nRatified\n(Year)\nInternational Labour Organization (ILO) Migration for\nEmployment Convention (Revised), 1949 (No. 97)\nNo\n{crc}\nYes (1990)\n"
            )),
            expected
        );
        // The status beside the middle of a name (pdftotext -layout).
        assert_eq!(
            rows(&format!(
                "Convention name\n(Year)\nInternational Labour Organization (ILO) Migration for\nNo\nEmployment Convention (Revised), 1949 (No. 97)\n{crc}\tYes (1990)\n"
            )),
            expected
        );
    }

    #[test]
    fn statuses_in_three_languages() {
        assert_eq!(status("Yes (1990)"), Some((true, Some(1990))));
        assert_eq!(status("No"), Some((false, None)));
        assert_eq!(status("Oui (1991)"), Some((true, Some(1991))));
        assert_eq!(status("Non"), Some((false, None)));
        assert_eq!(status("Sí (2005)"), Some((true, Some(2005))));
        assert_eq!(status("1990"), Some((true, Some(1990))));
        assert_eq!(status(""), None);
        assert_eq!(status("United Nations conventions"), None);
    }
}

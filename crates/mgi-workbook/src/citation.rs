//! Citations on a row: pairs of columns after the sheet's own columns, `Source 1`, `Pinpoint 1`,
//! `Source 2`, `Pinpoint 2`, …, on the domain sheets and on the Findings sheet.
//!
//! Why pairs of columns on the row rather than a sheet of citations: the researcher cites where
//! they answer, and a new finding (which has no key yet) can be cited too. Each source cell is a
//! drop-down of the source register as "key — title (year)" (the key tells apart two sources
//! with the same title), taken from a formula column of the Sources sheet, so a source added
//! there is offered at once; the pinpoint (an article, a page) has its own cell. A sheet gets one
//! pair more than its most cited row needs, and at least [`MIN_PAIRS`]: every citation is
//! written, none is cut, and each row has room for one more.
//!
//! Reading: a source cell is taken by the key before its '—' (so a label whose title was edited
//! since, or a bare key typed in, still reads); the key must be a source of the register or of
//! the Sources sheet. A pinpoint needs a source beside it. Empty pairs are skipped; the
//! citations keep the order of their pairs. The pairs are found by their headers, in the
//! workbook's language; columns after the last pair are ignored, as any column right of the
//! layout.

use std::collections::BTreeSet;

use mgi_i18n::{Lang, tr};
use mgi_model::rules::MAX_CITATIONS;
use mgi_model::{Citation, Source};
use rust_xlsxwriter::utility::row_col_to_cell;

use crate::cell;
use crate::error::CellReason;
use crate::layout::{CitationColumn, Column, HEADER_ROW, SourceColumn};
use crate::sheet::{Problems, Sheet};

/// The pairs a sheet gets when no row needs more: room to cite a few sources on any row.
const MIN_PAIRS: usize = 3;
/// What ends a source's key in a drop-down label; no key holds it.
const KEY_END: char = '—';

/// The citation pairs of a sheet whose own columns are `C`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pairs {
    /// The column of `Source 1`.
    first: u16,
    count: u16,
}

impl Pairs {
    /// The pairs written on a sheet of columns `C` whose most cited row has `most` citations:
    /// one more, at least [`MIN_PAIRS`], at most the citations an answer or finding may have.
    pub fn written<C: Column>(most: usize) -> Pairs {
        let count = (most + 1).clamp(MIN_PAIRS, MAX_CITATIONS.max(most));
        Pairs {
            first: C::count(),
            count: u16::try_from(count).unwrap_or(u16::MAX),
        }
    }

    /// The pairs of a sheet of columns `C` as read: those whose two headers read as written,
    /// from the first on.
    pub fn found<C: Column>(sheet: &Sheet) -> Pairs {
        let mut pairs = Pairs {
            first: C::count(),
            count: 0,
        };
        let header = |col: u16| {
            cell::text(sheet.get(HEADER_ROW, col))
                .unwrap_or_default()
                .trim()
                .to_lowercase()
        };
        while usize::from(pairs.count) < MAX_CITATIONS {
            let next = pairs.count + 1;
            let intact = [CitationColumn::Source(next), CitationColumn::Pinpoint(next)]
                .into_iter()
                .all(|c| header(pairs.col(c)) == c.header(sheet.lang).to_lowercase());
            if !intact {
                break;
            }
            pairs.count = next;
        }
        pairs
    }

    /// The most columns the pairs of a sheet of columns `C` may take: what the reader loads.
    pub fn max_columns<C: Column>() -> u16 {
        let most = u16::try_from(MAX_CITATIONS).unwrap_or(u16::MAX);
        C::count().saturating_add(most.saturating_mul(2))
    }

    /// The column of a citation's field (`source` or `pinpoint`) on a sheet of columns `C`; the
    /// `index` is the citation's, from 0.
    pub fn column_of<C: Column>(index: usize, field: &str) -> u16 {
        let number = u16::try_from(index + 1).unwrap_or(u16::MAX);
        let pairs = Pairs {
            first: C::count(),
            count: number,
        };
        pairs.col(match field {
            "pinpoint" => CitationColumn::Pinpoint(number),
            _ => CitationColumn::Source(number),
        })
    }

    /// The sheet column of one of the pairs' columns.
    pub fn col(&self, column: CitationColumn) -> u16 {
        let (number, offset) = match column {
            CitationColumn::Source(number) => (number, 0),
            CitationColumn::Pinpoint(number) => (number, 1),
        };
        self.first + (number.max(1) - 1) * 2 + offset
    }

    /// Every column of the pairs, left to right.
    pub fn columns(&self) -> impl Iterator<Item = CitationColumn> + use<> {
        (1..=self.count).flat_map(|n| [CitationColumn::Source(n), CitationColumn::Pinpoint(n)])
    }

    /// What each column of the pairs holds for `citations` (empty past the last citation), the
    /// sources by their labels in `register`.
    pub fn cells(
        &self,
        citations: &[Citation],
        register: &[Source],
    ) -> Vec<(CitationColumn, String)> {
        self.columns()
            .map(|column| {
                let text = match column {
                    CitationColumn::Source(n) => citation(citations, n)
                        .map(|c| {
                            register
                                .iter()
                                .find(|s| s.key == c.source)
                                .map_or_else(|| c.source.clone(), label)
                        })
                        .unwrap_or_default(),
                    CitationColumn::Pinpoint(n) => citation(citations, n)
                        .and_then(|c| c.pinpoint.clone())
                        .unwrap_or_default(),
                };
                (column, text)
            })
            .collect()
    }

    /// The citations of a row, when every pair reads: each source one of `known`, each pinpoint
    /// beside a source. `register` is the Sources sheet's name, for the problems.
    pub fn read(
        &self,
        sheet: &Sheet,
        row: u32,
        known: &BTreeSet<&str>,
        register: &str,
        problems: &mut Problems,
    ) -> Option<Vec<Citation>> {
        let mut citations = Some(Vec::new());
        for number in 1..=self.count {
            let (source, pinpoint) = (
                CitationColumn::Source(number),
                CitationColumn::Pinpoint(number),
            );
            let key = sheet.read(row, self.col(source), problems, |c| {
                let text = cell::text(c)?;
                let text = text.trim();
                let key = text.split(KEY_END).next().unwrap_or_default().trim();
                if text.is_empty() {
                    Ok(None)
                } else if known.contains(key) {
                    Ok(Some(key.to_owned()))
                } else {
                    Err(CellReason::UnknownSource {
                        value: text.to_owned(),
                        sheet: register.to_owned(),
                    })
                }
            });
            let at = self.col(pinpoint);
            let pinpoint = sheet.read(row, at, problems, |c| {
                Ok(cell::optional_text(c)?.map(|p| p.trim().to_owned()))
            });
            match (key, pinpoint) {
                (Some(Some(source)), Some(pinpoint)) => {
                    if let Some(list) = citations.as_mut() {
                        list.push(Citation { source, pinpoint });
                    }
                }
                (Some(None), Some(Some(_))) => {
                    problems.add(sheet, row, at, CellReason::PinpointWithoutSource(source));
                    citations = None;
                }
                (Some(None), Some(None)) => {}
                _ => citations = None,
            }
        }
        citations
    }

    /// The columns of the pairs that hold anything on a row.
    pub fn filled(&self, sheet: &Sheet, row: u32) -> Vec<CitationColumn> {
        self.columns()
            .filter(|&c| {
                cell::text(sheet.get(row, self.col(c))).map_or(true, |t| !t.trim().is_empty())
            })
            .collect()
    }
}

/// The `number`th citation (from 1).
fn citation(citations: &[Citation], number: u16) -> Option<&Citation> {
    citations.get(usize::from(number).checked_sub(1)?)
}

/// A source as the citation drop-downs offer it: "key — title (year)".
pub(crate) fn label(source: &Source) -> String {
    let year = source.year.map(|y| format!(" ({y})")).unwrap_or_default();
    format!("{} {KEY_END} {}{year}", source.key, source.title)
}

/// The Sources sheet's column of labels, right of its own columns: written for the drop-downs,
/// never read (as any column right of the layout).
pub(crate) fn label_col() -> u16 {
    SourceColumn::count()
}

/// The formula of the Sources sheet's label cell on `row` (0-based): [`label`] of the row's key,
/// title and year, empty while the row has no key.
pub(crate) fn label_formula(row: u32) -> String {
    let cell = |column: SourceColumn| row_col_to_cell(row, column.index());
    let (key, title, year) = (
        cell(SourceColumn::Key),
        cell(SourceColumn::Title),
        cell(SourceColumn::Year),
    );
    format!(
        "=IF({key}=\"\",\"\",{key}&\" {KEY_END} \"&{title}&IF({year}=\"\",\"\",\" (\"&{year}&\")\"))"
    )
}

/// The header of the Sources sheet's label column and what it holds, in `lang`.
pub(crate) fn label_help(lang: Lang) -> (String, String) {
    (
        tr!(lang, "workbook-col-source-label"),
        tr!(lang, "workbook-help-source-label"),
    )
}

/// The About sheet's lines on the citation columns: (header, what it holds), in `lang`.
pub(crate) fn help(lang: Lang) -> [(String, String); 2] {
    [
        (
            tr!(lang, "workbook-col-citation-source", number = "N"),
            tr!(lang, "workbook-help-citation-source"),
        ),
        (
            tr!(lang, "workbook-col-pinpoint", number = "N"),
            tr!(lang, "workbook-help-pinpoint"),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{FindingColumn, QuestionColumn};

    #[test]
    fn a_label_is_computed_from_its_row() {
        assert_eq!(
            label_formula(1),
            "=IF(A2=\"\",\"\",A2&\" — \"&C2&IF(D2=\"\",\"\",\" (\"&D2&\")\"))"
        );
    }

    #[test]
    fn pairs_leave_room_and_hold_every_citation() {
        let first = QuestionColumn::count();
        assert_eq!(Pairs::written::<QuestionColumn>(0).count, 3);
        assert_eq!(Pairs::written::<QuestionColumn>(2).count, 3);
        assert_eq!(Pairs::written::<QuestionColumn>(9).count, 10);
        assert_eq!(
            Pairs::written::<QuestionColumn>(MAX_CITATIONS).count as usize,
            MAX_CITATIONS
        );
        let pairs = Pairs::written::<FindingColumn>(0);
        assert_eq!(pairs.col(CitationColumn::Source(1)), FindingColumn::count());
        assert_eq!(
            pairs.col(CitationColumn::Pinpoint(2)),
            FindingColumn::count() + 3
        );
        assert_eq!(Pairs::column_of::<QuestionColumn>(1, "pinpoint"), first + 3);
        assert_eq!(Pairs::column_of::<QuestionColumn>(0, "source"), first);
    }

    #[test]
    fn cells_show_pinpoints_and_the_key_of_a_source_not_in_the_register() {
        let citations = [
            Citation {
                source: "law-a".to_owned(),
                pinpoint: Some("Art. 3".to_owned()),
            },
            Citation {
                source: "gone".to_owned(),
                pinpoint: None,
            },
        ];
        let cells = Pairs::written::<QuestionColumn>(2).cells(&citations, &[]);
        let texts: Vec<&str> = cells.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["law-a", "Art. 3", "gone", "", "", ""]);
    }
}

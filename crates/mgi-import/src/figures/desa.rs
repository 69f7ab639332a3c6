//! UN DESA, International Migrant Stock: Table 1 of a published workbook, saved as CSV.
//!
//! A sheet has some ten rows of title and notes, a row naming the sex of each block of columns,
//! then the header row. The header is recognised by the names of its cells, wherever they stand;
//! the columns not read (Index, the area's name, Notes or Coverage, Type of data or Data type) may
//! be there or not:
//!
//! | workbook | header | figures |
//! |---|---|---|
//! | by sex and destination | `Location code`, years `1990` … `2024` | `immigrant-stock` of the area per year and sex |
//! | by age, sex and destination | `Location code`, `Year`, age groups `0-4` … `75+`, `Total` | `immigrant-stock` per year (of the row), sex and age group (none for `Total`) |
//! | by sex, destination and origin | `Location code of destination`, `Location code of origin`, years | a row whose origin is the World (900): `immigrant-stock` of the destination; a row whose destination is the World: `emigrant-stock` of the origin; other rows, corridors between two areas, are skipped |
//!
//! The years (or age groups) come in one block per sex: both sexes, males, females. The row above
//! the header names the blocks (`Both sexes`, `Males`, `Females`) and its words are followed when
//! it names every block; otherwise the blocks are taken in the published order.
//!
//! The other tables of the workbooks (population, percentages, rates of change, median ages) have
//! the same header as Table 1. A title cell `Table N. …` above the header tells them apart, and a
//! sheet titled as one of them is refused; a sheet without a title is taken for Table 1.
//!
//! Areas are named by their numeric M49 code. DESA's aggregates are numbered from 900 (World 900,
//! regions, development and income groups) and are skipped, as are the two areas DESA lists that
//! the M49 table has no entry for; any other code that is not in the table is a problem.

use std::collections::HashSet;

use mgi_model::{ContextFigure, M49Entry, Sex, Source, SourceKind, m49_by_number};

use super::table::{self, Row, Sheet, problem};
use super::{FigureError, FigureFile, FigureTable, LineProblem};

/// DESA's code of the World; aggregates are numbered from it up.
const WORLD: u32 = 900;

/// Areas DESA lists with codes the M49 table has no entry for: China, Taiwan Province of China
/// (158) and the Channel Islands (830).
const OUTSIDE_M49: [u32; 2] = [158, 830];

/// Words of the titles of the workbooks' tables that are not numbers of migrants.
const OTHER_TABLES: [&str; 5] = [
    "percentage",
    "population",
    "rate of change",
    "median",
    "distribution",
];

const IMMIGRANT_STOCK: &str = "immigrant-stock";
const EMIGRANT_STOCK: &str = "emigrant-stock";

/// The blocks of a table, in the order DESA publishes them.
const SEX_ORDER: [Sex; 3] = [Sex::Total, Sex::Male, Sex::Female];

/// How a row names the area it is about.
enum Codes {
    /// `Location code`: the area of destination.
    Area(usize),
    /// `Location code of destination` and `Location code of origin`.
    DestinationOrigin { destination: usize, origin: usize },
}

/// What a value column counts, apart from the sex of its block.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Year(i32),
    /// An age group as written (`0-4`, `75+`); `None` for all ages.
    Age(Option<String>),
}

/// A recognised DESA header.
pub(super) struct Header {
    codes: Codes,
    /// The `Year` column of the table by age.
    year: Option<usize>,
    values: Vec<(usize, Key)>,
}

/// A value column with the sex of its block and its name for messages.
struct Column {
    index: usize,
    label: String,
    sex: Sex,
    key: Key,
}

/// The DESA header `row` is, if it is one.
pub(super) fn header(row: &Row) -> Option<Header> {
    let codes = match (
        row.find("location code"),
        row.find("location code of destination"),
        row.find("location code of origin"),
    ) {
        (Some(area), _, _) => Codes::Area(area),
        (None, Some(destination), Some(origin)) => Codes::DestinationOrigin {
            destination,
            origin,
        },
        _ => return None,
    };
    let year = match codes {
        Codes::Area(_) => row.find("year"),
        Codes::DestinationOrigin { .. } => None,
    };
    let values: Vec<(usize, Key)> = (0..row.cells.len())
        .filter_map(|i| {
            let cell = row.cell(i);
            let key = match year {
                Some(_) => age_group(cell).map(Key::Age),
                None => table::year(cell).map(Key::Year),
            };
            key.map(|k| (i, k))
        })
        .collect();
    (!values.is_empty()).then_some(Header {
        codes,
        year,
        values,
    })
}

/// An age-group header: `Some(Some("0-4"))`, `Some(Some("75+"))`, or `Some(None)` for `Total`.
fn age_group(cell: &str) -> Option<Option<String>> {
    let label: String = cell
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if matches!(c, '–' | '—') { '-' } else { c })
        .collect();
    if label.eq_ignore_ascii_case("total") {
        return Some(None);
    }
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let band = match label.split_once('-') {
        Some((low, high)) => number(low) && number(high),
        None => label.strip_suffix('+').is_some_and(number),
    };
    band.then_some(Some(label))
}

/// Read the rows of a sheet whose header is `header`.
pub(super) fn read(
    file: &str,
    sheet: &Sheet<'_>,
    header: &Header,
) -> Result<FigureFile, FigureError> {
    let refuse = |line, reason| FigureError::Unsupported {
        file: file.to_owned(),
        line,
        reason,
    };
    if let Some((line, title)) = sheet.preamble_cells().find(|(_, c)| is_table_title(c)) {
        let lower = title.to_lowercase();
        if !lower.contains("migrant stock") || OTHER_TABLES.iter().any(|w| lower.contains(w)) {
            return Err(refuse(
                line,
                format!(
                    "{title:?} is not a table of numbers of migrants; save Table 1 of the workbook as CSV"
                ),
            ));
        }
    }
    let columns = columns(header, sheet).map_err(|reason| refuse(sheet.header.line, reason))?;
    let source = source(revision(sheet, header));
    let mut out = FigureFile {
        table: FigureTable::Desa,
        figures: Vec::new(),
        skipped: 0,
        problems: Vec::new(),
        source,
    };
    let needed = columns
        .iter()
        .map(|c| c.index)
        .chain(code_columns(header))
        .chain(header.year)
        .max()
        .map_or(0, |i| i + 1);
    for row in sheet.data {
        if row.all_empty(code_columns(header)) && row.all_empty(columns.iter().map(|c| c.index)) {
            continue;
        }
        let subject = table::shape_problem(row, sheet.header, needed)
            .map_or_else(|| subject(row, sheet.header, header), Err);
        match subject {
            Ok(Subject::Skipped) => out.skipped += 1,
            Ok(Subject::Country(area, measure)) => {
                figures(row, sheet, header, &columns, area, measure, &mut out)
            }
            Err(problem) => out.problems.push(problem),
        }
    }
    Ok(out)
}

/// The cells naming the area, by index.
fn code_columns(header: &Header) -> impl Iterator<Item = usize> + Clone {
    let (first, second) = match header.codes {
        Codes::Area(area) => (area, None),
        Codes::DestinationOrigin {
            destination,
            origin,
        } => (destination, Some(origin)),
    };
    std::iter::once(first).chain(second)
}

/// Whether a cell is the title of a sheet: `Table 1. …`.
fn is_table_title(cell: &str) -> bool {
    let mut words = cell.split_whitespace();
    words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("table"))
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// The value columns with their sexes: the header's columns cut into blocks where a year (or age
/// group) comes again, one block per sex.
fn columns(header: &Header, sheet: &Sheet<'_>) -> Result<Vec<Column>, String> {
    let mut blocks: Vec<Vec<&(usize, Key)>> = Vec::new();
    let mut seen = HashSet::new();
    for value in &header.values {
        if blocks.is_empty() || seen.contains(&value.1) {
            blocks.push(Vec::new());
            seen.clear();
        }
        seen.insert(&value.1);
        if let Some(block) = blocks.last_mut() {
            block.push(value);
        }
    }
    if blocks.len() > SEX_ORDER.len() {
        return Err(format!(
            "the header repeats its columns in {} blocks; a DESA table has at most three (both sexes, males, females)",
            blocks.len()
        ));
    }
    let named: Option<Vec<Sex>> = blocks
        .iter()
        .map(|block| {
            let (first, last) = (block.first()?.0, block.last()?.0);
            let above = sheet.above()?;
            (first..=last).find_map(|i| sex_named(above.cell(i)))
        })
        .collect();
    let sexes = match named {
        Some(sexes)
            if sexes
                .iter()
                .enumerate()
                .all(|(i, sex)| !sexes.iter().take(i).any(|s| s == sex)) =>
        {
            sexes
        }
        _ => SEX_ORDER.to_vec(),
    };
    Ok(blocks
        .iter()
        .zip(sexes)
        .flat_map(|(block, sex)| {
            block.iter().map(move |(index, key)| {
                let name = sheet.header.cell(*index);
                Column {
                    index: *index,
                    label: match sex {
                        Sex::Total => name.to_owned(),
                        _ => format!("{name} ({})", sex.as_str()),
                    },
                    sex,
                    key: key.clone(),
                }
            })
        })
        .collect())
}

/// The sex a block title names: `Both sexes`, `Males`, `Females` (or a longer title with them).
fn sex_named(cell: &str) -> Option<Sex> {
    let lower = cell.to_lowercase();
    if lower.contains("female") {
        Some(Sex::Female)
    } else if lower.contains("male") {
        Some(Sex::Male)
    } else if lower.contains("both sexes") || lower == "total" {
        Some(Sex::Total)
    } else {
        None
    }
}

/// The revision of the dataset: as the title rows name it (`International Migrant Stock 2024`,
/// `Rev.2024`), else the latest year of data.
fn revision(sheet: &Sheet<'_>, header: &Header) -> Option<i32> {
    let named = sheet.preamble_cells().find_map(|(_, cell)| {
        let lower = cell.to_lowercase();
        ["international migrant stock", "rev."]
            .iter()
            .find_map(|mark| {
                lower.match_indices(mark).find_map(|(at, _)| {
                    let after = lower.get(at + mark.len()..)?.trim_start();
                    table::year(after.get(..4)?)
                })
            })
    });
    let latest_column = header.values.iter().filter_map(|(_, key)| match key {
        Key::Year(y) => Some(*y),
        Key::Age(_) => None,
    });
    let latest_row = header.year.into_iter().flat_map(|y| {
        sheet
            .data
            .iter()
            .filter_map(move |r| table::year(r.cell(y)))
    });
    named.or_else(|| latest_column.chain(latest_row).max())
}

/// The register entry of the dataset.
fn source(revision: Option<i32>) -> Source {
    let title = "International Migrant Stock";
    Source {
        key: revision.map_or_else(|| "desa-ims".to_owned(), |y| format!("desa-ims-{y}")),
        issuer: "United Nations Department of Economic and Social Affairs (DESA)".to_owned(),
        title: revision.map_or_else(|| title.to_owned(), |y| format!("{title} {y}")),
        year: revision,
        kind: SourceKind::Data,
        amended: Vec::new(),
        url: Some(
            "https://www.un.org/development/desa/pd/content/international-migrant-stock".to_owned(),
        ),
        online: true,
        language: None,
        note: revision.map(|y| format!("POP/DB/MIG/Stock/Rev.{y}")),
    }
}

/// What a data row is about.
enum Subject {
    /// An aggregate, an area outside the M49 table, or a corridor.
    Skipped,
    /// A country, with the measure its figures are.
    Country(&'static M49Entry, &'static str),
}

fn subject(row: &Row, names: &Row, header: &Header) -> Result<Subject, LineProblem> {
    match header.codes {
        Codes::Area(area) => place(
            code(row, names, area)?,
            row.line,
            names.cell(area),
            IMMIGRANT_STOCK,
        ),
        Codes::DestinationOrigin {
            destination,
            origin,
        } => {
            let to = code(row, names, destination)?;
            let from = code(row, names, origin)?;
            if from == WORLD {
                place(to, row.line, names.cell(destination), IMMIGRANT_STOCK)
            } else if to == WORLD {
                place(from, row.line, names.cell(origin), EMIGRANT_STOCK)
            } else {
                Ok(Subject::Skipped)
            }
        }
    }
}

/// The location code in cell `index` of `row`.
fn code(row: &Row, names: &Row, index: usize) -> Result<u32, LineProblem> {
    let text = row.cell(index);
    let column = Some(names.cell(index));
    if text.is_empty() {
        return Err(problem(row.line, column, "no location code"));
    }
    text.parse().map_err(|_| {
        problem(
            row.line,
            column,
            format!("location code {text:?} is not a number"),
        )
    })
}

/// The area of a location code, with the measure its row gives.
fn place(
    code: u32,
    line: usize,
    column: &str,
    measure: &'static str,
) -> Result<Subject, LineProblem> {
    if let Some(area) = u16::try_from(code).ok().and_then(m49_by_number) {
        Ok(Subject::Country(area, measure))
    } else if code >= WORLD || OUTSIDE_M49.contains(&code) {
        Ok(Subject::Skipped)
    } else {
        Err(problem(
            line,
            Some(column),
            format!(
                "location code {code} is neither a country or area of the M49 table nor a DESA aggregate (numbered from 900)"
            ),
        ))
    }
}

/// The figures of a row about a country, one per value column that holds a number.
fn figures(
    row: &Row,
    sheet: &Sheet<'_>,
    header: &Header,
    columns: &[Column],
    area: &M49Entry,
    measure: &str,
    out: &mut FigureFile,
) {
    let row_year = match header.year {
        Some(index) => match table::year(row.cell(index)) {
            Some(year) => Some(year),
            None => {
                out.problems.push(problem(
                    row.line,
                    Some(sheet.header.cell(index)),
                    format!("{:?} is not a year", row.cell(index)),
                ));
                return;
            }
        },
        None => None,
    };
    for column in columns {
        let (year, age_group) = match &column.key {
            Key::Year(year) => (Some(*year), None),
            Key::Age(group) => (row_year, group.clone()),
        };
        // Age columns come only with a Year column, whose year is known by now.
        let Some(year) = year else { continue };
        match table::number(row.cell(column.index)) {
            Ok(None) => {}
            Ok(Some(value)) if value < 0.0 => out.problems.push(problem(
                row.line,
                Some(&column.label),
                format!("{value} migrants: a number of migrants cannot be negative"),
            )),
            Ok(Some(value)) => out.figures.push((
                area.iso3.clone(),
                ContextFigure {
                    measure: measure.to_owned(),
                    value,
                    unit: "persons".to_owned(),
                    year,
                    sex: Some(column.sex),
                    age_group,
                    source: out.source.key.clone(),
                },
            )),
            Err(reason) => out
                .problems
                .push(problem(row.line, Some(&column.label), reason)),
        }
    }
}

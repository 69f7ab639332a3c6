//! World Bank, World Development Indicators: the CSV of one indicator as the data site gives it
//! (`API_BX.TRF.PWKR.DT.GD.ZS_DS2_en_csv_v2_<number>.csv`).
//!
//! Above the header: `"Data Source","World Development Indicators",`, a blank line,
//! `"Last Updated Date","<date>",` and a blank line. The header is
//! `"Country Name","Country Code","Indicator Name","Indicator Code","1960",…,"<last year>",`
//! (every line ends with a comma, so the last cell is empty); it is recognised by its first four
//! names and its year columns. One row per economy or aggregate; an empty cell is a year without a
//! figure.
//!
//! Only indicator `BX.TRF.PWKR.DT.GD.ZS`, personal remittances received as a percentage of GDP, is
//! read: each value is a `remittances-gdp` figure in percent. A file whose first row is another
//! indicator is refused; a later row of another indicator is a problem. Economies are named by
//! ISO3 code and looked up in the M49 table; the World Bank's aggregates and the two economies the
//! M49 table has no entry for (Channel Islands CHI, Kosovo XKX) are skipped, and any other code is
//! a problem.

use mgi_model::{ContextFigure, Source, SourceKind, m49};

use super::table::{self, Row, Sheet, problem};
use super::{FigureError, FigureFile, FigureTable};

const INDICATOR: &str = "BX.TRF.PWKR.DT.GD.ZS";
const INDICATOR_NAME: &str = "Personal remittances, received (% of GDP)";

/// The names of the header's first four cells, as [`Row::name`] gives them.
const NAMES: [&str; 4] = [
    "country name",
    "country code",
    "indicator name",
    "indicator code",
];
const CODE: usize = 1;
const INDICATOR_NAME_COLUMN: usize = 2;
const INDICATOR_CODE: usize = 3;

/// The aggregates of the WDI downloads: regions, income and lending groups, demographic dividend
/// groups, small states, and `INX` (not classified).
const AGGREGATES: [&str; 49] = [
    "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS",
    "HIC", "HPC", "IBD", "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC",
    "LMY", "LTE", "MEA", "MIC", "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA",
    "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC", "WLD",
];

/// Economies of the World Bank that the M49 table has no entry for.
const OUTSIDE_M49: [&str; 2] = ["CHI", "XKX"];

/// Whether `row` is the header of a WDI indicator download.
pub(super) fn is_header(row: &Row) -> bool {
    NAMES
        .iter()
        .enumerate()
        .all(|(i, name)| row.name(i) == *name)
        && (NAMES.len()..row.cells.len()).any(|i| table::year(row.cell(i)).is_some())
}

/// Read the rows of a WDI download.
pub(super) fn read(file: &str, sheet: &Sheet<'_>) -> Result<FigureFile, FigureError> {
    if let Some(row) = sheet.data.iter().find(|r| !r.is_blank())
        && row.cell(INDICATOR_CODE) != INDICATOR
    {
        return Err(FigureError::Unsupported {
            file: file.to_owned(),
            line: row.line,
            reason: format!(
                "indicator {:?} ({}) is not {INDICATOR}, {INDICATOR_NAME}",
                row.cell(INDICATOR_CODE),
                row.cell(INDICATOR_NAME_COLUMN)
            ),
        });
    }
    let years: Vec<(usize, i32)> = (NAMES.len()..sheet.header.cells.len())
        .filter_map(|i| table::year(sheet.header.cell(i)).map(|y| (i, y)))
        .collect();
    let needed = years
        .iter()
        .map(|(i, _)| i + 1)
        .max()
        .unwrap_or(NAMES.len());
    let updated = sheet
        .preamble
        .iter()
        .find(|r| r.name(0) == "last updated date")
        .map(|r| r.cell(1))
        .filter(|date| !date.is_empty());
    let mut out = FigureFile {
        table: FigureTable::WorldBankRemittances,
        source: source(updated),
        figures: Vec::new(),
        skipped: 0,
        problems: Vec::new(),
    };
    for row in sheet.data.iter().filter(|r| !r.is_blank()) {
        if let Some(problem) = table::shape_problem(row, sheet.header, needed) {
            out.problems.push(problem);
            continue;
        }
        let column = |index| Some(sheet.header.cell(index));
        if row.cell(INDICATOR_CODE) != INDICATOR {
            out.problems.push(problem(
                row.line,
                column(INDICATOR_CODE),
                format!(
                    "indicator {:?} is not {INDICATOR}",
                    row.cell(INDICATOR_CODE)
                ),
            ));
            continue;
        }
        let code = row.cell(CODE);
        let Some(country) = m49(code) else {
            if AGGREGATES.contains(&code) || OUTSIDE_M49.contains(&code) {
                out.skipped += 1;
            } else {
                out.problems.push(problem(
                    row.line,
                    column(CODE),
                    format!(
                        "{code:?} is neither an ISO3 code of the M49 table nor a World Bank aggregate"
                    ),
                ));
            }
            continue;
        };
        for &(index, year) in &years {
            match table::number(row.cell(index)) {
                Ok(None) => {}
                Ok(Some(value)) => out.figures.push((
                    country.iso3.clone(),
                    ContextFigure {
                        measure: "remittances-gdp".to_owned(),
                        value,
                        unit: "percent".to_owned(),
                        year,
                        sex: None,
                        age_group: None,
                        source: out.source.key.clone(),
                    },
                )),
                Err(reason) => out.problems.push(problem(row.line, column(index), reason)),
            }
        }
    }
    Ok(out)
}

/// The register entry of the indicator, dated by the download's last update.
fn source(updated: Option<&str>) -> Source {
    Source {
        key: "wb-wdi-remittances".to_owned(),
        issuer: "World Bank".to_owned(),
        title: match updated {
            Some(date) => {
                format!("{INDICATOR_NAME}, World Development Indicators (last updated {date})")
            }
            None => format!("{INDICATOR_NAME}, World Development Indicators"),
        },
        year: updated.and_then(|d| d.get(..4)).and_then(table::year),
        kind: SourceKind::Data,
        amended: Vec::new(),
        url: Some(format!("https://data.worldbank.org/indicator/{INDICATOR}")),
        online: true,
        language: None,
        note: None,
    }
}

//! Figure tables (UN DESA International Migrant Stock, World Bank WDI remittances) read from the
//! fixtures in `tests/fixtures/figures`, whose numbers are invented: exact figures for Mongolia,
//! aggregates skipped, bad rows reported by line and column, files of another kind refused, and
//! no panic on any bytes.

use std::path::PathBuf;

use mgi_import::figures::MAX_FIGURE_BYTES;
use mgi_import::{FigureError, FigureFile, FigureTable, LineProblem, read_figures};
use mgi_model::{ContextFigure, Sex, SourceKind};

const BY_SEX: &str = "desa-stock-by-sex-and-destination.csv";
const BY_ORIGIN: &str = "desa-stock-by-destination-and-origin.csv";
const BY_AGE: &str = "desa-stock-by-age-sex-and-destination.csv";
const WDI: &str = "API_BX.TRF.PWKR.DT.GD.ZS_DS2_en_csv_v2_fixture.csv";

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/figures")
            .join(name),
    )
    .expect("fixture")
}

fn text(name: &str) -> String {
    String::from_utf8(bytes(name)).expect("UTF-8 fixture")
}

fn read(name: &str) -> FigureFile {
    read_figures(name, &bytes(name)).expect("fixture is read")
}

/// The one figure of `iso3` with these keys.
fn figure<'a>(
    file: &'a FigureFile,
    iso3: &str,
    measure: &str,
    year: i32,
    sex: Option<Sex>,
    age: Option<&str>,
) -> &'a ContextFigure {
    let found: Vec<&ContextFigure> = file
        .figures
        .iter()
        .filter(|(c, f)| {
            c == iso3
                && f.measure == measure
                && f.year == year
                && f.sex == sex
                && f.age_group.as_deref() == age
        })
        .map(|(_, f)| f)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "{iso3} {measure} {year} {sex:?} {age:?}: {found:?}"
    );
    found[0]
}

fn count(file: &FigureFile, iso3: &str) -> usize {
    file.figures.iter().filter(|(c, _)| c == iso3).count()
}

fn problems(file: &FigureFile) -> Vec<String> {
    file.problems.iter().map(LineProblem::to_string).collect()
}

fn stock(value: f64, year: i32, sex: Sex) -> ContextFigure {
    ContextFigure {
        measure: "immigrant-stock".to_owned(),
        value,
        unit: "persons".to_owned(),
        year,
        sex: Some(sex),
        age_group: None,
        source: "desa-ims-2024".to_owned(),
    }
}

#[test]
fn desa_by_sex_and_destination() {
    let file = read(BY_SEX);
    assert_eq!(file.table, FigureTable::Desa);
    let source = &file.source;
    assert_eq!(
        (source.key.as_str(), source.title.as_str(), source.year),
        (
            "desa-ims-2024",
            "International Migrant Stock 2024",
            Some(2024)
        )
    );
    assert_eq!(
        source.issuer,
        "United Nations Department of Economic and Social Affairs (DESA)"
    );
    assert_eq!(source.kind, SourceKind::Data);
    assert_eq!(source.note.as_deref(), Some("POP/DB/MIG/Stock/Rev.2024"));
    assert!(
        source
            .url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://www.un.org/"))
    );

    let mongolia = |year, sex| figure(&file, "MNG", "immigrant-stock", year, Some(sex), None);
    assert_eq!(
        *mongolia(2024, Sex::Total),
        stock(23500.0, 2024, Sex::Total)
    );
    assert_eq!(
        *mongolia(2020, Sex::Total),
        stock(21000.0, 2020, Sex::Total)
    );
    assert_eq!(*mongolia(2024, Sex::Male), stock(15600.0, 2024, Sex::Male));
    assert_eq!(
        *mongolia(2024, Sex::Female),
        stock(7900.0, 2024, Sex::Female)
    );
    assert_eq!(
        *mongolia(1995, Sex::Female),
        stock(2700.0, 1995, Sex::Female)
    );
    // `..` in 1990 for women: no figure.
    assert_eq!(count(&file, "MNG"), 8 + 8 + 7);
    // Digits grouped by spaces, as a formatted cell is saved.
    let kazakhstan = figure(
        &file,
        "KAZ",
        "immigrant-stock",
        2024,
        Some(Sex::Total),
        None,
    );
    assert_eq!(kazakhstan.value, 3_750_000.0);
    assert_eq!(count(&file, "KAZ"), 24);
    // Palau's good cells are figures although two of its cells are not.
    assert_eq!(count(&file, "PLW"), 22);
    assert_eq!(file.figures.len(), 23 + 24 + 22);
    // World, Sub-Saharan Africa, Eastern Asia, Channel Islands; the notes below the table are
    // neither figures nor problems.
    assert_eq!(file.skipped, 4);
    assert_eq!(
        problems(&file),
        [
            "line 18, column Location code: location code 899 is neither a country or area of the M49 table nor a DESA aggregate (numbered from 900)",
            "line 19, column 2020: \"12,3a\" is not a number",
            "line 19, column 2024 (female): -40 migrants: a number of migrants cannot be negative",
            "line 20: the row has 10 cells where the header (line 11) has 29",
        ]
    );
    assert_eq!(file.problems[1].line, 19);
    assert_eq!(file.problems[1].column.as_deref(), Some("2020"));
    assert_eq!(file.problems[3].column, None);
}

#[test]
fn desa_destination_and_origin_gives_immigrants_and_emigrants() {
    let file = read(BY_ORIGIN);
    assert_eq!(file.table, FigureTable::Desa);
    assert_eq!(file.source.key, "desa-ims-2024");
    let mng = |measure, sex| figure(&file, "MNG", measure, 2024, Some(sex), None).value;
    assert_eq!(mng("immigrant-stock", Sex::Total), 23500.0);
    assert_eq!(mng("immigrant-stock", Sex::Female), 2500.0);
    assert_eq!(mng("emigrant-stock", Sex::Total), 95000.0);
    assert_eq!(mng("emigrant-stock", Sex::Male), 14000.0);
    let emigrants = figure(&file, "MNG", "emigrant-stock", 1990, Some(Sex::Total), None);
    assert_eq!(
        (
            emigrants.value,
            emigrants.unit.as_str(),
            emigrants.source.as_str()
        ),
        (30000.0, "persons", "desa-ims-2024")
    );
    assert_eq!(count(&file, "MNG"), 48);
    assert_eq!(count(&file, "KAZ"), 24);
    assert_eq!(file.figures.len(), 72);
    // World to World, World from Eastern Asia, and the corridors Mongolia from China and from
    // Kazakhstan.
    assert_eq!(file.skipped, 4);
    assert_eq!(
        problems(&file),
        [
            "line 19, column Location code of origin: location code 899 is neither a country or area of the M49 table nor a DESA aggregate (numbered from 900)",
            "line 20, column Location code of destination: location code \"49x\" is not a number",
        ]
    );
}

#[test]
fn desa_by_age_has_age_groups_and_the_year_of_the_row() {
    let file = read(BY_AGE);
    assert_eq!(file.source.key, "desa-ims-2024");
    let mng = |year, sex, age| figure(&file, "MNG", "immigrant-stock", year, Some(sex), age).value;
    assert_eq!(mng(2020, Sex::Total, None), 21000.0);
    assert_eq!(mng(2024, Sex::Total, None), 23520.0);
    assert_eq!(mng(2024, Sex::Total, Some("0-4")), 1470.0);
    assert_eq!(mng(2024, Sex::Female, Some("75+")), 490.0);
    assert_eq!(mng(2020, Sex::Male, Some("20-24")), 875.0);
    assert_eq!(count(&file, "MNG"), 2 * 3 * 17);
    assert_eq!(file.figures.len(), 2 * 3 * 17);
    assert_eq!(file.skipped, 1);
    assert_eq!(
        problems(&file),
        ["line 15, column Year: \"20x4\" is not a year"]
    );
}

#[test]
fn world_bank_remittances() {
    let file = read(WDI);
    assert_eq!(file.table, FigureTable::WorldBankRemittances);
    let source = &file.source;
    assert_eq!(source.key, "wb-wdi-remittances");
    assert_eq!(source.issuer, "World Bank");
    assert_eq!(
        source.title,
        "Personal remittances, received (% of GDP), World Development Indicators (last updated 2025-01-28)"
    );
    assert_eq!(source.year, Some(2025));
    assert_eq!(source.kind, SourceKind::Data);
    assert_eq!(
        source.url.as_deref(),
        Some("https://data.worldbank.org/indicator/BX.TRF.PWKR.DT.GD.ZS")
    );
    assert_eq!(
        *figure(&file, "MNG", "remittances-gdp", 2022, None, None),
        ContextFigure {
            measure: "remittances-gdp".to_owned(),
            value: 3.2,
            unit: "percent".to_owned(),
            year: 2022,
            sex: None,
            age_group: None,
            source: "wb-wdi-remittances".to_owned(),
        }
    );
    assert_eq!(
        figure(&file, "MNG", "remittances-gdp", 2023, None, None).value,
        2.65
    );
    // Empty cells are years without a figure.
    assert_eq!(count(&file, "MNG"), 5);
    assert_eq!(count(&file, "KAZ"), 3);
    // A quoted name with a comma does not shift the cells.
    assert_eq!(
        figure(&file, "KOR", "remittances-gdp", 2023, None, None).value,
        0.45
    );
    assert_eq!(count(&file, "PLW"), 1);
    assert_eq!(file.figures.len(), 10);
    // AFE, WLD, EAS, and Kosovo (no M49 entry).
    assert_eq!(file.skipped, 4);
    assert_eq!(
        problems(&file),
        [
            "line 12, column Country Code: \"ZZX\" is neither an ISO3 code of the M49 table nor a World Bank aggregate",
            "line 13, column 2020: \"12,3a\" is not a number",
            "line 14: the row has 4 cells where the header (line 5) has 69",
        ]
    );
}

#[test]
fn the_header_decides_not_the_file_name() {
    let file = read_figures("remittances.csv", &bytes(BY_SEX)).expect("read");
    assert_eq!(file.table, FigureTable::Desa);
    let file = read_figures("undesa_pd_2024.csv", &bytes(WDI)).expect("read");
    assert_eq!(file.table, FigureTable::WorldBankRemittances);
}

#[test]
fn line_ends_and_byte_order_marks_do_not_matter() {
    let crlf = read(BY_SEX);
    let lf = text(BY_SEX).replace("\r\n", "\n");
    assert_eq!(read_figures(BY_SEX, lf.as_bytes()), Ok(crlf.clone()));
    let bom = format!("\u{feff}{lf}");
    assert_eq!(read_figures(BY_SEX, bom.as_bytes()), Ok(crlf));

    let with_bom = read(WDI);
    let without = text(WDI).trim_start_matches('\u{feff}').to_owned();
    assert_eq!(read_figures(WDI, without.as_bytes()), Ok(with_bom.clone()));
    let crlf = without.replace('\n', "\r\n");
    assert_eq!(read_figures(WDI, crlf.as_bytes()), Ok(with_bom));
}

#[test]
fn sex_blocks_follow_their_titles_or_the_published_order() {
    // Titles in another order are followed.
    let swapped = text(BY_SEX)
        .replace(",Males,", ",WOMEN,")
        .replace(",Females,", ",Males,")
        .replace(",WOMEN,", ",Females,");
    let file = read_figures(BY_SEX, swapped.as_bytes()).expect("read");
    let mng = |sex| figure(&file, "MNG", "immigrant-stock", 2024, Some(sex), None).value;
    assert_eq!((mng(Sex::Male), mng(Sex::Female)), (7900.0, 15600.0));
    assert!(
        problems(&file).contains(
            &"line 19, column 2024 (male): -40 migrants: a number of migrants cannot be negative"
                .to_owned()
        )
    );

    // Without the titles, the blocks are both sexes, males, females.
    let untitled = text(BY_AGE)
        .replace("Both sexes", "")
        .replace("Females", "")
        .replace("Males", "");
    assert_eq!(read_figures(BY_AGE, untitled.as_bytes()), Ok(read(BY_AGE)));
}

#[test]
fn other_tables_of_the_workbook_are_refused() {
    let share = text(BY_SEX).replace(
        "Table 1. International migrant stock at mid-year by sex",
        "Table 3. International migrant stock as a percentage of the total population by sex",
    );
    let err = read_figures("share.csv", share.as_bytes()).expect_err("refused");
    assert!(
        matches!(&err, FigureError::Unsupported { file, line: 2, .. } if file == "share.csv"),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with("share.csv, line 2: \"Table 3."),
        "{err}"
    );

    // Without a title the sheet is taken for Table 1.
    let untitled: String = text(BY_SEX)
        .lines()
        .filter(|l| !l.contains("Table 1."))
        .map(|l| format!("{l}\n"))
        .collect();
    let file = read_figures(BY_SEX, untitled.as_bytes()).expect("read");
    assert_eq!(file.figures.len(), 69);
}

#[test]
fn other_world_bank_indicators_are_refused() {
    let population = text(WDI)
        .replace("BX.TRF.PWKR.DT.GD.ZS", "SP.POP.TOTL")
        .replace(
            "Personal remittances, received (% of GDP)",
            "Population, total",
        );
    let err = read_figures("API_SP.POP.TOTL.csv", population.as_bytes()).expect_err("refused");
    assert_eq!(
        err.to_string(),
        "API_SP.POP.TOTL.csv, line 6: indicator \"SP.POP.TOTL\" (Population, total) is not BX.TRF.PWKR.DT.GD.ZS, Personal remittances, received (% of GDP)"
    );

    // One row of another indicator among the right ones is a problem of that row.
    let mixed = text(WDI).replacen(
        "\"Mongolia\",\"MNG\",\"Personal remittances, received (% of GDP)\",\"BX.TRF.PWKR.DT.GD.ZS\"",
        "\"Mongolia\",\"MNG\",\"Population, total\",\"SP.POP.TOTL\"",
        1,
    );
    let file = read_figures(WDI, mixed.as_bytes()).expect("read");
    assert_eq!(count(&file, "MNG"), 0);
    assert_eq!(
        problems(&file)[0],
        "line 8, column Indicator Code: indicator \"SP.POP.TOTL\" is not BX.TRF.PWKR.DT.GD.ZS"
    );
}

#[test]
fn files_of_neither_layout_are_refused() {
    let err = read_figures("notes.csv", b"country,value\nMongolia,3.2\n").expect_err("refused");
    assert_eq!(
        err,
        FigureError::UnknownLayout {
            file: "notes.csv".to_owned()
        }
    );
    assert!(
        err.to_string()
            .starts_with("notes.csv: no header of a UN DESA"),
        "{err}"
    );

    // A DESA header without year columns is no DESA header.
    let err = read_figures("codes.csv", b"Index,Location code,Name\n1,496,Mongolia\n")
        .expect_err("refused");
    assert!(matches!(err, FigureError::UnknownLayout { .. }), "{err:?}");

    // The header must come within the first 50 rows.
    let late = format!(
        "{}{}",
        "note\n".repeat(60),
        text(WDI).trim_start_matches('\u{feff}')
    );
    let err = read_figures("late.csv", late.as_bytes()).expect_err("refused");
    assert!(matches!(err, FigureError::UnknownLayout { .. }), "{err:?}");
}

#[test]
fn empty_binary_and_oversized_files_are_refused() {
    let empty = |file: &str| FigureError::Empty {
        file: file.to_owned(),
    };
    assert_eq!(read_figures("e.csv", b""), Err(empty("e.csv")));
    assert_eq!(read_figures("e.csv", b" \r\n\n"), Err(empty("e.csv")));
    assert_eq!(
        read_figures("e.csv", "\u{feff}".as_bytes()),
        Err(empty("e.csv"))
    );

    let err =
        read_figures("book.xlsx", b"PK\x03\x04\x14\x00\n\x08\x00\xe9\xff").expect_err("refused");
    assert_eq!(
        err,
        FigureError::NotUtf8 {
            file: "book.xlsx".to_owned(),
            line: 2
        }
    );
    assert!(
        err.to_string().contains("book.xlsx, line 2: not UTF-8"),
        "{err}"
    );

    let big = vec![b'a'; MAX_FIGURE_BYTES + 1];
    assert_eq!(
        read_figures("big.csv", &big),
        Err(FigureError::TooLarge {
            file: "big.csv".to_owned(),
            bytes: MAX_FIGURE_BYTES + 1
        })
    );
}

#[test]
fn a_header_alone_gives_no_figures_and_no_problems() {
    let header: String = text(WDI)
        .lines()
        .take(5)
        .map(|l| format!("{l}\n"))
        .collect();
    let file = read_figures(WDI, header.as_bytes()).expect("read");
    assert!(file.figures.is_empty() && file.problems.is_empty() && file.skipped == 0);
    assert_eq!(file.source.key, "wb-wdi-remittances");
}

/// A small deterministic generator (xorshift), so that failures repeat.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).expect("fits")).expect("fits")
    }
}

#[test]
fn no_bytes_make_it_panic() {
    let mut noise = Noise(0x9e37_79b9_7f4a_7c15);
    for _ in 0..300 {
        let len = noise.below(400);
        let random: Vec<u8> = (0..len).map(|_| noise.next().to_le_bytes()[0]).collect();
        let _ = read_figures("random.bin", &random);
    }
    let pieces = [
        ",",
        "\"",
        "\n",
        "\r\n",
        "Location code",
        "1990",
        "2024",
        "496",
        "900",
        "..",
        "Year",
        "0-4",
        "Males",
        "Country Code",
        "MNG",
        "-",
        "3 600",
        "\u{feff}",
        "é",
    ];
    for _ in 0..300 {
        let text: String = (0..noise.below(60))
            .map(|_| pieces[noise.below(pieces.len())])
            .collect();
        let _ = read_figures("pieces.csv", text.as_bytes());
    }
    for name in [BY_SEX, BY_ORIGIN, BY_AGE, WDI] {
        let original = bytes(name);
        for _ in 0..150 {
            let mut mutated = original.clone();
            for _ in 0..=noise.below(8) {
                let at = noise.below(mutated.len());
                match noise.below(3) {
                    0 => mutated[at] = noise.next().to_le_bytes()[0],
                    1 => {
                        mutated.remove(at);
                    }
                    _ => mutated.truncate(at),
                }
                if mutated.is_empty() {
                    break;
                }
            }
            if let Ok(file) = read_figures(name, &mutated) {
                for problem in &file.problems {
                    assert!(problem.line >= 1, "{problem}");
                }
            }
        }
    }
}

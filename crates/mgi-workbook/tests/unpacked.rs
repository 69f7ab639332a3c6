//! Workbooks that are small as files but huge once unpacked (decompression bombs) are refused
//! before the reader parses them, with a typed error, and without the test or the reader ever
//! holding what they unpack to. Each bomb is a real questionnaire written by
//! `write_questionnaire` with one part replaced, streamed into the archive.

mod common;

use std::io::{Cursor, Read, Write};

use calamine::{Reader, Xlsx};
use common::{framework, reference, versions};
use mgi_i18n::Lang;
use mgi_workbook::{
    MAX_BYTES, MAX_CELL_TEXT_BYTES, MAX_PART_BYTES, MAX_PARTS, MAX_SHARED_STRINGS, MAX_SHEET_CELLS,
    MAX_UNPACKED_BYTES, TooLarge, WorkbookErrors, read_questionnaire, write_questionnaire,
};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

const SHARED_STRINGS: &str = "xl/sharedStrings.xml";
const SPREADSHEET_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/// The reference assessment's questionnaire, as exported.
fn questionnaire() -> Vec<u8> {
    let fw = framework();
    let doc = reference(&fw);
    write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("the workbook is written")
}

fn read(bytes: &[u8]) -> Result<mgi_model::AssessmentDoc, WorkbookErrors> {
    let fw = framework();
    let doc = reference(&fw);
    read_questionnaire(&fw, &doc, &versions(&doc), bytes)
}

fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9))
}

/// A part's content, written in pieces into the archive (never whole in memory).
type Content = Box<dyn FnOnce(&mut dyn Write)>;

/// The archive `bytes` with the parts `replaced` written anew (those not in it are added), the
/// other parts copied as they are.
fn rezip(bytes: &[u8], replaced: Vec<(String, Content)>) -> Vec<u8> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let names: Vec<String> = replaced.iter().map(|(name, _)| name.clone()).collect();
    for index in 0..archive.len() {
        let part = archive.by_index_raw(index).expect("a part");
        let name = part.name().expect("a name").into_owned();
        if !names.contains(&name) {
            out.raw_copy_file(part).expect("copied");
        }
    }
    for (name, content) in replaced {
        out.start_file(name, deflated()).expect("a new part");
        content(&mut out);
    }
    out.finish().expect("written").into_inner()
}

/// `piece` written `times` times.
fn repeated(piece: Vec<u8>, times: usize) -> Content {
    Box::new(move |out: &mut dyn Write| {
        for _ in 0..times {
            out.write_all(&piece).expect("written");
        }
    })
}

/// `head`, then `body` written `times` times, then `tail`.
fn framed(head: String, body: Vec<u8>, times: usize, tail: &'static str) -> Content {
    Box::new(move |out: &mut dyn Write| {
        out.write_all(head.as_bytes()).expect("written");
        repeated(body, times)(out);
        out.write_all(tail.as_bytes()).expect("written");
    })
}

/// A shared strings part of one string of `megabytes` MiB of "a", streamed.
fn huge_string(megabytes: usize) -> Content {
    framed(
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{SPREADSHEET_NS}" count="1" uniqueCount="1"><si><t>"#
        ),
        vec![b'a'; 1 << 20],
        megabytes,
        "</t></si></sst>",
    )
}

/// The text of a part of the archive `bytes`.
fn part_text(bytes: &[u8], name: &str) -> String {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut text = String::new();
    archive
        .by_name(name)
        .expect("the part")
        .read_to_string(&mut text)
        .expect("text");
    text
}

/// The part of each sheet, in workbook order (rust_xlsxwriter numbers them in order).
fn sheet_part(position: usize) -> String {
    format!("xl/worksheets/sheet{}.xml", position + 1)
}

fn refused_as(bytes: &[u8], expected: WorkbookErrors) {
    assert!(
        bytes.len() <= MAX_BYTES,
        "the bomb is a small file: {} bytes",
        bytes.len()
    );
    assert_eq!(read(bytes).expect_err("refused"), expected);
}

#[test]
fn a_questionnaire_is_within_every_bound() {
    let bytes = questionnaire();
    let fw = framework();
    assert_eq!(read(&bytes).expect("read back"), reference(&fw));
    // The same workbook packed again (every part deflated anew) reads the same.
    let text = part_text(&bytes, SHARED_STRINGS);
    let again = rezip(
        &bytes,
        vec![(SHARED_STRINGS.to_owned(), repeated(text.into_bytes(), 1))],
    );
    assert_eq!(read(&again).expect("read back"), reference(&fw));
}

#[test]
fn a_huge_shared_string_is_refused_before_it_is_unpacked() {
    // 200 MiB of "a" in one shared string: about 200 KB as a file.
    let bomb = rezip(
        &questionnaire(),
        vec![(SHARED_STRINGS.to_owned(), huge_string(200))],
    );
    assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
    refused_as(&bomb, WorkbookErrors::TooLarge(TooLarge::Part));
    let error = read(&bomb).expect_err("refused");
    assert_eq!(
        error.to_string(),
        "a part of the workbook (a sheet, a picture or the list of its texts) is too large once \
         unpacked (more than 50 MB); save it again without extra rows or pictures"
    );
    assert_eq!(
        error.localised(Lang::Fr),
        "une partie du classeur (une feuille, une image ou la liste de ses textes) est trop \
         volumineuse une fois décompressée (plus de 50 Mo)\u{202f}; enregistrez-le de nouveau sans \
         lignes ni images superflues"
    );
    assert!(error.localised(Lang::Es).starts_with("una parte del libro"));
}

#[test]
fn parts_too_large_together_are_refused() {
    // Three parts, each within the bound of a part, together above the bound of a workbook.
    let each = (MAX_PART_BYTES >> 20) - 10;
    assert!(3 * each > MAX_UNPACKED_BYTES >> 20);
    let pads = (1..=3)
        .map(|i| {
            let content = repeated(vec![0; 1 << 20], each);
            (format!("xl/media/image{i}.bin"), content)
        })
        .collect();
    let bomb = rezip(&questionnaire(), pads);
    refused_as(&bomb, WorkbookErrors::TooLarge(TooLarge::Unpacked));
    assert_eq!(
        read(&bomb).expect_err("refused").to_string(),
        "the workbook is too large once unpacked (more than 100 MB); save it again without \
         extra sheets or pictures"
    );
}

/// The uncompressed size the archive declares for `name`, in its local header and its central
/// directory, set to `size`.
fn declare_size(bytes: &mut [u8], name: &str, size: u32) {
    let (local, central) = {
        let mut archive = ZipArchive::new(Cursor::new(&*bytes)).expect("a zip archive");
        let part = archive.by_name(name).expect("the part");
        (part.header_start(), part.central_header_start())
    };
    for (header, offset) in [(local, 22), (central, 24)] {
        let at = usize::try_from(header).expect("in memory") + offset;
        bytes[at..at + 4].copy_from_slice(&size.to_le_bytes());
    }
}

#[test]
fn a_part_that_lies_about_its_size_is_not_unpacked_past_it() {
    let mut bomb = rezip(
        &questionnaire(),
        vec![(SHARED_STRINGS.to_owned(), huge_string(200))],
    );
    declare_size(&mut bomb, SHARED_STRINGS, 1000);
    {
        let mut archive = ZipArchive::new(Cursor::new(&bomb)).expect("a zip archive");
        assert_eq!(
            archive.by_name(SHARED_STRINGS).expect("the part").size(),
            1000
        );
    }
    // It declares 1000 bytes and unpacks to 200 MiB: it is read no further than its bound, and
    // refused as a damaged file (the archive contradicts itself).
    refused_as(&bomb, WorkbookErrors::Damaged);
}

#[test]
fn too_many_parts_are_refused() {
    let extra = (0..MAX_PARTS)
        .map(|i| (format!("xl/media/image{i}.png"), repeated(b"x".to_vec(), 1)))
        .collect();
    refused_as(
        &rezip(&questionnaire(), extra),
        WorkbookErrors::TooLarge(TooLarge::Parts),
    );
    assert_eq!(
        WorkbookErrors::TooLarge(TooLarge::Parts).localised(Lang::Es),
        "el libro tiene demasiadas partes (más de 1000 hojas, imágenes y otros elementos); \
         guárdelo de nuevo sin hojas ni imágenes de más"
    );
}

#[test]
fn too_many_shared_strings_are_refused() {
    // As many as counted, whatever the part announces.
    let counted = framed(
        format!(r#"<?xml version="1.0"?><sst xmlns="{SPREADSHEET_NS}" uniqueCount="1">"#),
        b"<si><t>x</t></si>".to_vec(),
        MAX_SHARED_STRINGS + 1,
        "</sst>",
    );
    let bomb = rezip(&questionnaire(), vec![(SHARED_STRINGS.to_owned(), counted)]);
    refused_as(&bomb, WorkbookErrors::TooLarge(TooLarge::SharedStrings));
    // As many as announced (calamine would reserve room for them), whatever the part holds.
    let text = part_text(&questionnaire(), SHARED_STRINGS);
    let (head, tail) = text.split_once("uniqueCount=\"").expect("announced");
    let (_, tail) = tail.split_once('"').expect("quoted");
    let announced = format!("{head}uniqueCount=\"4000000000000\"{tail}");
    let bomb = rezip(
        &questionnaire(),
        vec![(
            SHARED_STRINGS.to_owned(),
            repeated(announced.into_bytes(), 1),
        )],
    );
    refused_as(&bomb, WorkbookErrors::TooLarge(TooLarge::SharedStrings));
    assert_eq!(
        read(&bomb).expect_err("refused").localised(Lang::Fr),
        "le classeur contient trop de textes différents (plus de 1\u{202f}000\u{202f}000)\u{202f}; \
         supprimez les feuilles et les lignes qui ne font pas partie du questionnaire, puis \
         enregistrez-le de nouveau"
    );
}

#[test]
fn a_sheet_with_too_many_cells_is_refused() {
    let cells = framed(
        format!(r#"<worksheet xmlns="{SPREADSHEET_NS}"><sheetData><row r="1">"#),
        b"<c/>".to_vec(),
        MAX_SHEET_CELLS + 1,
        "</row></sheetData></worksheet>",
    );
    let bomb = rezip(&questionnaire(), vec![(sheet_part(1), cells)]);
    refused_as(&bomb, WorkbookErrors::TooLarge(TooLarge::Cells));
}

/// The questionnaire with one more shared string, `megabytes` MiB of "a", and the first domain
/// sheet replaced by `rows` rows that each cite it in column `column`. Also the sheet's name.
fn repeated_string(megabytes: usize, rows: u32, column: &str) -> (Vec<u8>, String) {
    let bytes = questionnaire();
    let sheet = Xlsx::new(Cursor::new(&bytes))
        .expect("a workbook")
        .sheet_names()[1]
        .clone();
    let text = part_text(&bytes, SHARED_STRINGS);
    let index = text.matches("<si>").count();
    let (head, _) = text.rsplit_once("</sst>").expect("the end");
    let head = head.to_owned();
    let strings: Content = Box::new(move |out: &mut dyn Write| {
        out.write_all(head.as_bytes()).expect("written");
        huge_string_body(megabytes, out);
        out.write_all(b"</sst>").expect("written");
    });
    let cells: String = (2..rows + 2)
        .map(|row| format!(r#"<row r="{row}"><c r="{column}{row}" t="s"><v>{index}</v></c></row>"#))
        .collect();
    let sheet_xml = format!(
        r#"<worksheet xmlns="{SPREADSHEET_NS}"><sheetData>{cells}</sheetData></worksheet>"#
    );
    let bomb = rezip(
        &bytes,
        vec![
            (SHARED_STRINGS.to_owned(), strings),
            (sheet_part(1), repeated(sheet_xml.into_bytes(), 1)),
        ],
    );
    (bomb, sheet)
}

fn huge_string_body(megabytes: usize, out: &mut dyn Write) {
    out.write_all(b"<si><t>").expect("written");
    repeated(vec![b'a'; 1 << 20], megabytes)(out);
    out.write_all(b"</t></si>").expect("written");
}

#[test]
fn one_long_text_repeated_in_many_cells_is_refused() {
    // A 1 MiB shared string, within every bound of the archive, cited by more cells of the
    // questionnaire's columns than the text the reader keeps.
    let rows = u32::try_from((MAX_CELL_TEXT_BYTES >> 20) + 10).expect("a few rows");
    let (bomb, sheet) = repeated_string(1, rows, "E");
    assert_eq!(sheet, "Rights");
    refused_as(
        &bomb,
        WorkbookErrors::TooLarge(TooLarge::CellText {
            sheet: sheet.clone(),
        }),
    );
    assert_eq!(
        read(&bomb).expect_err("refused").to_string(),
        "the questionnaire's columns hold too much text (more than 50 MB, reached on the sheet \
         \"Rights\"); delete the rows that are not part of the questionnaire and save it again"
    );
    // Cited right of the questionnaire's columns, it is never copied: the sheet is read (and
    // refused for what it lacks, its headers).
    let (outside, _) = repeated_string(1, rows, "ZZ");
    let error = read(&outside).expect_err("the sheet lost its headers");
    assert!(matches!(error, WorkbookErrors::Cells(_)), "{error:?}");
}

//! What a spreadsheet cannot hold is refused when the workbook is written, with a typed error
//! naming the place in the user's words, never an opaque error of the XLSX writer.

mod common;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use common::{framework, reference, versions};
use mgi_i18n::Lang;
use mgi_testkit::Book;
use mgi_workbook::{EXCEL_MAX_CELL_CHARS, TextOwner, WorkbookError, write_questionnaire};

/// The row (1-based) of `indicator` on the sheet `sheet` of the reference questionnaire.
fn row_of(sheet: &str, indicator: &str) -> u32 {
    let fw = framework();
    let doc = reference(&fw);
    Book::open(&write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("written"))
        .row_of(sheet, indicator)
}

#[test]
fn a_finding_longer_than_a_cell_is_refused_naming_its_place() {
    let fw = framework();
    let mut doc = reference(&fw);
    let key = doc.findings[2].key.clone();
    doc.findings[2].footnotes.push("z".repeat(33_000));
    let error =
        write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect_err("too long for Excel");
    assert!(
        matches!(&error, WorkbookError::TextTooLong { owner: TextOwner::Finding { key: k, column }, .. }
            if *k == key && column == "Footnotes"),
        "{error:?}"
    );
    assert!(
        error.to_string().starts_with(&format!(
            "the workbook cannot be exported: the field \"Footnotes\" of finding \"{key}\" \
             (cell Findings!F4) has"
        )),
        "{error}"
    );
}

#[test]
fn a_narrative_longer_than_a_cell_is_refused_naming_its_place() {
    let fw = framework();
    let mut doc = reference(&fw);
    doc.answers[0].narrative = "y".repeat(40_000);
    let indicator = doc.answers[0].indicator.clone();
    let row = row_of("Rights", &indicator);
    let error =
        write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect_err("too long for Excel");
    let WorkbookError::TextTooLong {
        sheet,
        cell,
        owner,
        length,
    } = &error
    else {
        panic!("expected a text too long, got {error:?}");
    };
    assert_eq!(
        (sheet.as_str(), cell.as_str(), *length),
        ("Rights", format!("G{row}").as_str(), 40_000)
    );
    assert_eq!(
        owner,
        &TextOwner::Indicator {
            id: indicator.clone(),
            column: "Narrative".to_owned()
        }
    );
    assert_eq!(
        error.to_string(),
        format!(
            "the workbook cannot be exported: the field \"Narrative\" of indicator {indicator} \
             (cell Rights!G{row}) has 40,000 characters, more than the 32,767 a spreadsheet cell \
             can hold; shorten it and export again"
        )
    );
    // In the language of the export: the sheet and the header as written in it.
    let error =
        write_questionnaire(&fw, &doc, &versions(&doc), Lang::Fr).expect_err("too long for Excel");
    assert_eq!(
        error.localised(Lang::Fr),
        format!(
            "le classeur ne peut pas être exporté\u{202f}: le champ «\u{202f}Exposé\u{202f}» de l’indicateur \
             {indicator} (cellule Droits!G{row}) compte 40\u{202f}000 caractères, plus que les \
             32\u{202f}767 qu’une cellule de tableur peut contenir\u{202f}; raccourcissez-le, puis \
             exportez de nouveau"
        )
    );
    let spanish = write_questionnaire(&fw, &doc, &versions(&doc), Lang::Es)
        .expect_err("too long for Excel")
        .localised(Lang::Es);
    assert!(
        spanish.starts_with("no se puede exportar el libro: el campo «"),
        "{spanish}"
    );
}

#[test]
fn a_text_of_exactly_the_limit_is_written_whole() {
    let fw = framework();
    let mut doc = reference(&fw);
    let text = "y".repeat(EXCEL_MAX_CELL_CHARS);
    doc.answers[0].narrative = text.clone();
    let row = row_of("Rights", &doc.answers[0].indicator);
    let bytes =
        write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("a full cell is written");
    let mut workbook = Xlsx::new(Cursor::new(bytes)).expect("a workbook");
    let rights = workbook.worksheet_range("Rights").expect("the sheet");
    assert_eq!(
        rights.get_value((row - 1, 6)),
        Some(&Data::String(text)),
        "the narrative, whole"
    );
}

#[test]
fn length_is_counted_as_excel_counts_it() {
    let fw = framework();
    let mut doc = reference(&fw);
    // An emoji is two UTF-16 units for Excel: 16,384 of them are 32,768.
    doc.answers[0].narrative = "🙂".repeat(EXCEL_MAX_CELL_CHARS / 2 + 1);
    let error =
        write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect_err("too long for Excel");
    assert!(
        matches!(error, WorkbookError::TextTooLong { length: 32_768, .. }),
        "{error:?}"
    );
    doc.answers[0].narrative = "🙂".repeat(EXCEL_MAX_CELL_CHARS / 2);
    write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("32,766 units fit");
    // Letters of several bytes are one unit each.
    doc.answers[0].narrative = "é".repeat(EXCEL_MAX_CELL_CHARS);
    write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("32,767 letters fit");
}

#[test]
fn a_long_source_field_is_named_by_its_key() {
    let fw = framework();
    let mut doc = reference(&fw);
    let index = 2;
    doc.sources[index].note = Some("n".repeat(EXCEL_MAX_CELL_CHARS + 1));
    let key = doc.sources[index].key.clone();
    let error =
        write_questionnaire(&fw, &doc, &versions(&doc), Lang::Es).expect_err("too long for Excel");
    let WorkbookError::TextTooLong {
        sheet, cell, owner, ..
    } = &error
    else {
        panic!("expected a text too long, got {error:?}");
    };
    assert_eq!((sheet.as_str(), cell.as_str()), ("Fuentes", "J4"));
    assert_eq!(
        owner,
        &TextOwner::Source {
            key: key.clone(),
            column: "Nota".to_owned()
        }
    );
    assert_eq!(
        error.localised(Lang::Es),
        format!(
            "no se puede exportar el libro: el campo «Nota» de la fuente «{key}» (celda \
             Fuentes!J4) tiene 32.768 caracteres, más de los 32.767 que admite una celda de hoja \
             de cálculo; acórtelo y vuelva a exportar"
        )
    );
}

#[test]
fn a_long_text_of_the_about_sheet_is_named_by_its_cell() {
    let fw = framework();
    let mut doc = reference(&fw);
    doc.jurisdiction.name = "m".repeat(40_000);
    let error =
        write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect_err("too long for Excel");
    let WorkbookError::TextTooLong { sheet, owner, .. } = &error else {
        panic!("expected a text too long, got {error:?}");
    };
    assert_eq!((sheet.as_str(), owner), ("About", &TextOwner::Workbook));
    assert!(
        error
            .to_string()
            .starts_with("the workbook cannot be exported: the text of cell About!"),
        "{error}"
    );
}

#[test]
fn an_unknown_framework_set_is_named() {
    let fw = framework();
    let mut doc = reference(&fw);
    doc.framework.version = 9.into();
    let error = write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect_err("unknown set");
    assert_eq!(
        error.to_string(),
        "the assessment uses framework set mgi-national version 9, which this framework does \
         not have"
    );
    assert_eq!(
        error.localised(Lang::Fr),
        "l’évaluation utilise la série mgi-national version 9, que ce cadre ne contient pas"
    );
}

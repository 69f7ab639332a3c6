//! Files that are not the questionnaire give an error, never a panic.

mod common;

use common::{framework, noise, reference, stored_zip, versions};
use mgi_i18n::Lang;
use mgi_testkit::Book;
use mgi_workbook::{WorkbookErrors, read_questionnaire, write_questionnaire};

fn refused(bytes: &[u8]) -> WorkbookErrors {
    let fw = framework();
    let doc = reference(&fw);
    read_questionnaire(&fw, &doc, &versions(&doc), bytes).expect_err("not a questionnaire")
}

fn unreadable(bytes: &[u8]) -> String {
    match refused(bytes) {
        WorkbookErrors::Unreadable(message) => message,
        other => panic!("expected an unreadable workbook, got {other:?}"),
    }
}

#[test]
fn garbage_bytes_are_not_a_workbook() {
    for bytes in [&[][..], &noise(7, 4096), b"indicator,answer\n"] {
        let error = refused(bytes);
        assert_eq!(error, WorkbookErrors::NotXlsx);
        assert!(
            error
                .to_string()
                .starts_with("this file is not an XLSX workbook (an .xls, .ods or .csv file"),
            "{error}"
        );
    }
    // An old .xls, or an .xlsx protected by a password: a compound document, not a zip archive.
    let compound = [b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".as_slice(), &[0; 504]].concat();
    assert_eq!(refused(&compound), WorkbookErrors::NotXlsx);
    assert_eq!(refused(b"PK\x03\x04 truncated"), WorkbookErrors::Damaged);
    assert!(
        WorkbookErrors::Damaged
            .localised(Lang::Fr)
            .starts_with("le classeur est endommagé\u{202f}: "),
    );
}

#[test]
fn a_zip_that_is_not_xlsx_is_not_a_workbook() {
    unreadable(&stored_zip(&[
        ("notes.txt", b"hello"),
        ("data/a.csv", b"1,2"),
    ]));
    // The zip writer itself is sound: a stored XLSX part list that lacks the workbook fails
    // on the workbook, not on the archive.
    let message = unreadable(&stored_zip(&[(
        "[Content_Types].xml",
        b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
    )]));
    assert!(!message.contains("invalid Zip archive"), "{message}");
}

#[test]
fn a_deleted_or_renamed_sheet_is_named() {
    let fw = framework();
    let doc = reference(&fw);
    let mut book =
        Book::open(&write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("written"));
    book.remove_sheet("Sources");
    book.rename_sheet("Rights", "Rights (2)");
    let error = read_questionnaire(&fw, &doc, &versions(&doc), &book.save())
        .expect_err("sheets are missing");
    let WorkbookErrors::MissingSheets { missing, found } = &error else {
        panic!("expected missing sheets, got {error:?}");
    };
    assert_eq!(missing, &["Rights", "Sources"]);
    assert!(found.contains(&"Rights (2)".to_owned()));
    let text = error.to_string();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(
        text.starts_with("the sheet \"Rights\" is missing (deleted or renamed?); the workbook has: About, Rights (2), "),
        "{text}"
    );
}

#[test]
fn damaged_workbooks_give_errors_not_panics() {
    let fw = framework();
    let doc = reference(&fw);
    let bytes = write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("written");
    for cut in [bytes.len() / 2, bytes.len() - 1, 30] {
        assert_eq!(
            refused(&bytes[..cut]),
            WorkbookErrors::Damaged,
            "cut at {cut}"
        );
    }
    let positions = noise(11, 600);
    for (i, pair) in positions.chunks(2).enumerate() {
        let mut damaged = bytes.clone();
        let at = (usize::from(pair[0]) << 8 | usize::from(pair[1])) * 7919 % damaged.len();
        damaged[at] ^= 1 << (i % 8);
        // Any outcome but a panic: most damage is refused, some lands in unused bytes.
        let _ = read_questionnaire(&fw, &doc, &versions(&doc), &damaged);
    }
}

#[test]
fn an_invalid_base_is_refused_before_reading() {
    let fw = framework();
    let mut doc = reference(&fw);
    let bytes = write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("written");
    doc.year = 1800;
    let error = read_questionnaire(&fw, &doc, &versions(&doc), &bytes).expect_err("invalid base");
    assert!(
        matches!(error, WorkbookErrors::InvalidDocument(_)),
        "{error:?}"
    );
    assert!(error.to_string().starts_with("$.year: 1800"), "{error}");
}

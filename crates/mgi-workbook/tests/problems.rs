//! Bad cells are each named `Sheet!Cell: reason`, all of them, and nothing is taken.

mod common;

use calamine::{CellErrorType, Data, ExcelDateTime, ExcelDateTimeType};
use common::{framework, reference, unanswer, versions};
use mgi_i18n::{Lang, tr};
use mgi_model::{AssessmentDoc, Problem};
use mgi_testkit::Book;
use mgi_workbook::{WorkbookErrors, read_questionnaire, write_questionnaire};

fn exported(doc: &AssessmentDoc) -> Book {
    Book::open(&write_questionnaire(&framework(), doc, &versions(doc), Lang::En).expect("written"))
}

fn problems(base: &AssessmentDoc, book: &Book) -> Vec<String> {
    match read_questionnaire(&framework(), base, &versions(base), &book.save()) {
        Err(WorkbookErrors::Cells(problems)) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected cell problems, got {other:?}"),
    }
}

#[test]
fn every_bad_cell_is_named_with_its_value() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base);
    assert_eq!(book.row_of("Rights", "health-access"), 2);
    assert_eq!(book.row_of("Rights", "social-security-access"), 5);
    assert_eq!(book.row_of("Government", "migration-agency"), 2);
    let withdrawn = base
        .answer("social-security-access")
        .expect("answered")
        .value
        .as_str();
    let first_key = match book.get("Sources", "A2") {
        Data::String(key) => key,
        other => panic!("a key, not {other:?}"),
    };
    let new_row = book.row_after_sources();

    book.text("About", "B4", "2019");
    book.text("Rights", "F2", "maybe");
    book.text("Rights", "A3", "no-such-indicator");
    book.text("Rights", "A4", "migration-agency");
    book.set("Rights", "F5", Data::Empty);
    book.text("Rights", "A6", "health-access");
    book.set("Rights", "G7", Data::Error(CellErrorType::NA));
    let date = ExcelDateTime::new(45000.0, ExcelDateTimeType::DateTime, false);
    book.set("Rights", "J7", Data::DateTime(date));
    book.text("Government", "K2", "law-unknown: Article 1");
    book.text("Government", "H2", "sure");
    book.text("Government", "I2", "done");
    book.text("Government", "G3", &"x".repeat(100_001));
    book.text("Sources", "D2", "20199");
    book.text("Sources", "A3", &first_key);
    book.text("Sources", "E4", "book");
    book.set("Sources", "D5", Data::Float(2015.0));
    book.text("Sources", "F5", "2010");
    book.text("Sources", &format!("A{new_row}"), "Bad Key");
    book.text("Sources", &format!("C{new_row}"), "A title");
    book.text("Sources", &format!("E{new_row}"), "law");

    let answers = "present, partial, absent, not applicable, unknown";
    let expected = vec![
        "About!B4: Round year is \"2019\", but the assessment it is read onto has \"2023\"; \
         import a workbook exported from that assessment"
            .to_owned(),
        format!("Rights!F2: \"maybe\" is not an answer; use one of {answers}"),
        "Rights!A3: unknown indicator \"no-such-indicator\" (not in mgi-national v1)".to_owned(),
        "Rights!A4: indicator \"migration-agency\" belongs on the sheet \"Government\", not this one"
            .to_owned(),
        format!(
            "Rights!F5: empty, but the answer was \"{withdrawn}\"; an answer cannot be \
             withdrawn in the workbook (choose \"unknown\" instead)"
        ),
        "Rights!A6: indicator \"health-access\" appears twice (also at Rights!A2)".to_owned(),
        "Rights!G7: holds the error value #N/A".to_owned(),
        "Rights!J7: holds a date or time (45000), not text; format the cell as text and type \
         the value again"
            .to_owned(),
        "Government!H2: \"sure\" is not a confidence; use one of low, medium, high".to_owned(),
        "Government!I2: \"done\" is not a status; use one of not started, draft, complete, \
         reviewed, carried over – to verify"
            .to_owned(),
        "Government!K2: \"law-unknown: Article 1\" is not a source of the Sources sheet; pick one \
         from the drop-down"
            .to_owned(),
        format!(
            "Government!G3: holds 100,001 characters (\"{}...\"); the limit is 100,000",
            "x".repeat(40)
        ),
        "Sources!D2: \"20199\" is not a year (a whole number from 1000 to 2100)".to_owned(),
        format!("Sources!A3: the key \"{first_key}\" is used twice (also at Sources!A2)"),
        "Sources!E4: \"book\" is not a source kind; use one of law, regulation, policy, \
         agreement, report, data, web page, other"
            .to_owned(),
        "Sources!F5: \"2010\": amended in 2010, before it was issued (2015)".to_owned(),
        format!("Sources!A{new_row}: \"Bad Key\": use 1 to 64 lower-case letters, digits and '-'"),
        format!("Sources!B{new_row}: must not be empty"),
    ];
    assert_eq!(problems(&base, &book), expected);
}

#[test]
fn a_rule_of_the_model_is_written_in_the_language_asked() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base);
    let new_row = book.row_after_sources();
    book.set("Sources", "D5", Data::Float(2015.0));
    book.text("Sources", "F5", "2010");
    book.text("Sources", &format!("A{new_row}"), "law-new");
    book.text("Sources", &format!("C{new_row}"), "A title");
    book.text("Sources", &format!("E{new_row}"), "law");
    let Err(WorkbookErrors::Cells(cells)) =
        read_questionnaire(&fw, &base, &versions(&base), &book.save())
    else {
        panic!("expected cell problems");
    };
    let amended = Problem::AmendedBeforeIssued {
        amended: 2010,
        issued: 2015,
    };
    for lang in [Lang::Fr, Lang::Es] {
        let shown: Vec<String> = cells.iter().map(|p| p.localised(lang)).collect();
        let rule = tr!(
            lang,
            "workbook-reason-rule",
            value = "2010",
            message = amended.localised(lang)
        );
        let empty = Problem::Empty.localised(lang);
        assert_eq!(
            shown,
            vec![
                format!("Sources!F5: {rule}"),
                format!("Sources!B{new_row}: {empty}"),
            ]
        );
        assert_ne!(empty, Problem::Empty.to_string());
    }
}

#[test]
fn an_answerless_row_with_content_needs_an_answer() {
    let fw = framework();
    let mut base = reference(&fw);
    unanswer(&mut base, "health-access");
    let mut book = exported(&base);
    book.text("Rights", "G2", "Migrants pay for care.");
    book.text("Rights", "I2", "draft");
    book.text("Rights", "M2", "law-health-insurance");
    assert_eq!(
        problems(&base, &book),
        [
            "Rights!F2: empty, but the row has Narrative, Status, Source 2; choose an answer: \
             present, partial, absent, not applicable, unknown"
        ]
    );
}

#[test]
fn a_moved_column_is_named_and_its_sheet_not_misread() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base);
    book.text("Sources", "B1", "Title");
    book.text("Sources", "C1", "Issuer");
    assert_eq!(
        problems(&base, &book),
        [
            "Sources!B1: the header should be \"Issuer\", found \"Title\"; do not move, insert \
             or delete columns",
            "Sources!C1: the header should be \"Title\", found \"Issuer\"; do not move, insert \
             or delete columns",
        ]
    );
}

#[test]
fn display_lists_every_problem_on_its_own_line() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base);
    book.text("Rights", "H2", "sure");
    book.text("Crises", "I2", "done");
    let error =
        read_questionnaire(&fw, &base, &versions(&base), &book.save()).expect_err("bad cells");
    let text = error.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("Rights!H2: \"sure\""), "{text}");
    assert!(lines[1].starts_with("Crises!I2: \"done\""), "{text}");
}

#[test]
fn a_pinpoint_needs_a_source_and_keeps_to_the_rules_of_a_pinpoint() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base);
    let row = book.row_of("Rights", "right-to-work");
    // Pinpoint 1 of a row whose Source 1 is emptied; Pinpoint 3 longer than a pinpoint may be.
    book.set("Rights", &format!("K{row}"), Data::Empty);
    book.text("Rights", &format!("L{row}"), "Article 2");
    book.text(
        "Rights",
        &format!("O{row}"),
        "law-health-insurance — Law on Health Insurance (2015)",
    );
    book.text("Rights", &format!("P{row}"), &"p".repeat(501));
    let found = problems(&base, &book);
    assert_eq!(
        found.first().map(String::as_str),
        Some(
            format!(
                "Rights!L{row}: a pinpoint without a source: pick the source in the Source 1 \
                 column beside it"
            )
            .as_str()
        ),
        "{found:?}"
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // With its source back, the row reads, and the long pinpoint is named at its own cell.
    let source = book.get("Rights", "K2");
    book.set("Rights", &format!("K{row}"), source);
    let found = problems(&base, &book);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(&format!("Rights!P{row}: \"ppp")),
        "{found:?}"
    );
}

#[test]
fn a_workbook_of_the_earlier_layout_is_refused_at_its_layout_cell() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base);
    assert_eq!(
        book.get("About", "A9"),
        Data::String("Workbook layout version".into())
    );
    assert_eq!(book.get("About", "B9"), Data::String("2".into()));
    // A workbook exported before the layout was versioned has the jurisdiction's name there
    // (and its columns elsewhere): only the layout is named, nothing else is read.
    book.text("About", "A9", "Jurisdiction");
    book.text("About", "B9", "Mongolia");
    book.text("Rights", "F2", "maybe");
    assert_eq!(
        problems(&base, &book),
        [
            "About!B9: should hold the workbook's layout version (2), found \"Mongolia\": this \
             workbook was exported by an earlier version of mgi, whose columns differ; export a \
             new workbook and copy your work into it"
        ]
    );
    let french = match read_questionnaire(&fw, &base, &versions(&base), &book.save()) {
        Err(error) => error.localised(Lang::Fr),
        Ok(_) => panic!("an old workbook is refused"),
    };
    assert!(
        french.starts_with("About!B9: devrait indiquer la version de la mise en page"),
        "{french}"
    );
}

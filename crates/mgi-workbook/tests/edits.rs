//! Edits made in a spreadsheet program are imported; everything else is kept from the base.

mod common;

use calamine::Data;
use common::{answer_mut, framework, reference, unanswer, versions};
use mgi_i18n::Lang;
use mgi_model::{
    Answer, AnswerStatus, AnswerValue, AssessmentDoc, Citation, Confidence, Source, SourceKind,
};
use mgi_testkit::Book;
use mgi_workbook::{read_questionnaire, write_questionnaire};

#[test]
fn cells_edited_by_hand_are_imported() {
    let fw = framework();
    let base = reference(&fw);
    let mut book =
        Book::open(&write_questionnaire(&fw, &base, &versions(&base), Lang::En).expect("written"));

    let row = book.row_of("Rights", "health-access");
    book.text("Rights", &format!("F{row}"), "Partial");
    // A third citation, of the source added below, picked from the drop-down (Source 3 and
    // Pinpoint 3).
    book.text(
        "Rights",
        &format!("O{row}"),
        "law-new-health — Law on Health (revised) (2019)",
    );
    book.text("Rights", &format!("P{row}"), " Article 5; Article 6 ");
    book.text("Rights", &format!("H{row}"), "medium");
    book.set("Rights", &format!("I{row}"), Data::Empty);
    book.text("Rights", &format!("J{row}"), "Check the 2024 amendment.");
    // Numbers typed into text cells arrive as numbers.
    let government = book.row_of("Government", "migration-agency");
    book.set("Government", &format!("G{government}"), Data::Float(2019.0));
    // A new source at the end of the register, its year typed as a number.
    let new_row = book.row_after_sources();
    for (col, value) in [
        ("A", Data::String("law-new-health".into())),
        ("B", Data::String("Government of Mongolia".into())),
        ("C", Data::String("Law on Health (revised)".into())),
        ("D", Data::Float(2019.0)),
        ("E", Data::String("law".into())),
        ("F", Data::String("2020; 2022".into())),
        ("H", Data::String("no".into())),
    ] {
        book.set("Sources", &format!("{col}{new_row}"), value);
    }
    // An edited source: a year typed as text.
    let source_row = 2;
    let edited_key = match book.get("Sources", "A2") {
        Data::String(key) => key,
        other => panic!("a key, not {other:?}"),
    };
    book.text("Sources", &format!("D{source_row}"), "2020");

    let doc = read_questionnaire(&fw, &base, &versions(&base), &book.save())
        .unwrap_or_else(|e| panic!("{e}"));

    let mut expected = base.clone();
    let answer = answer_mut(&mut expected, "health-access");
    answer.value = AnswerValue::Partial;
    answer.citations.push(Citation {
        source: "law-new-health".into(),
        pinpoint: Some("Article 5; Article 6".into()),
    });
    answer.confidence = Some(Confidence::Medium);
    answer.status = AnswerStatus::Draft;
    answer.notes = "Check the 2024 amendment.".into();
    answer_mut(&mut expected, "migration-agency").narrative = "2019".into();
    expected
        .sources
        .iter_mut()
        .find(|s| s.key == edited_key)
        .expect("the edited source")
        .year = Some(2020);
    expected.sources.push(Source {
        key: "law-new-health".into(),
        issuer: "Government of Mongolia".into(),
        title: "Law on Health (revised)".into(),
        year: Some(2019),
        kind: SourceKind::Law,
        amended: vec![2020, 2022],
        url: None,
        online: false,
        language: None,
        note: None,
    });
    assert_eq!(doc, expected);
}

#[test]
fn a_workbook_written_from_an_edited_document_updates_the_base() {
    let fw = framework();
    let mut base = reference(&fw);
    let mut edited = base.clone();
    edited.sources.push(Source {
        key: "report-2024".into(),
        issuer: "IOM".into(),
        title: "A new report".into(),
        year: Some(2024),
        kind: SourceKind::Report,
        amended: Vec::new(),
        url: Some("https://example.org/report".into()),
        online: true,
        language: Some("en".into()),
        note: None,
    });
    let answer = answer_mut(&mut edited, "right-to-work");
    answer.value = AnswerValue::Absent;
    answer.citations.push(Citation {
        source: "report-2024".into(),
        pinpoint: Some("p. 12".into()),
    });
    // An indicator unanswered in the base gets its first answer.
    unanswer(&mut base, "naturalisation");
    unanswer(&mut edited, "naturalisation");
    edited.answers.push(Answer {
        indicator: "naturalisation".into(),
        value: AnswerValue::Unknown,
        narrative: "Nothing found yet.".into(),
        status: AnswerStatus::Draft,
        confidence: Some(Confidence::Low),
        notes: String::new(),
        citations: Vec::new(),
    });
    // What the workbook does not hold stays as in the base.
    edited.findings.clear();
    // As if exported from the base and edited by hand: the workbook carries the base's
    // content fingerprint.
    let mut book = Book::open(
        &write_questionnaire(&fw, &edited, &versions(&edited), Lang::En).expect("written"),
    );
    book.text("About", "B7", &mgi_model::content_hash(&base));
    let bytes = book.save();
    let doc =
        read_questionnaire(&fw, &base, &versions(&base), &bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.findings, base.findings);
    assert_eq!(doc.answers.len(), base.answers.len() + 1);
    assert_eq!(
        AssessmentDoc {
            findings: edited.findings.clone(),
            ..doc
        },
        edited
    );
}

#[test]
fn an_empty_row_leaves_an_unanswered_indicator_unanswered() {
    let fw = framework();
    let mut base = reference(&fw);
    unanswer(&mut base, "health-access");
    let bytes = write_questionnaire(&fw, &base, &versions(&base), Lang::En).expect("written");
    let book = Book::open(&bytes);
    let row = book.row_of("Rights", "health-access");
    for col in ["F", "G", "H", "I", "J", "K", "L"] {
        assert_eq!(book.get("Rights", &format!("{col}{row}")), Data::Empty);
    }
    let doc =
        read_questionnaire(&fw, &base, &versions(&base), &bytes).unwrap_or_else(|e| panic!("{e}"));
    assert!(doc.answer("health-access").is_none());
}

#[test]
fn a_workbook_exported_before_someone_elses_edit_is_refused() {
    let fw = framework();
    let base = reference(&fw);
    let bytes = write_questionnaire(&fw, &base, &versions(&base), Lang::En).expect("written");
    // Meanwhile, someone saves a change to the stored assessment.
    let mut stored = base.clone();
    answer_mut(&mut stored, "right-to-work").narrative = "Saved by a colleague.".into();
    let err =
        read_questionnaire(&fw, &stored, &versions(&stored), &bytes).expect_err("stale workbook");
    let text = err.to_string();
    assert!(
        text.starts_with("About!B7: the assessment changed after this workbook was exported"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 1, "{text}");
}

//! A workbook read back without edits gives the document it was written from, in every
//! language.

mod common;

use calamine::{Data, Reader, Xlsx};
use common::{framework, reference, unanswer, versions};
use mgi_i18n::Lang;
use mgi_model::{AnswerStatus, AssessmentDoc, Citation, Source, SourceKind};
use mgi_testkit::Book;
use mgi_workbook::{read_questionnaire, write_questionnaire};

/// `doc` written in each language and read back, as written and as saved again by a program
/// that keeps values only (no formatting, years as numbers: what a spreadsheet program may
/// leave).
fn assert_round_trip(doc: &AssessmentDoc) {
    let fw = framework();
    for lang in Lang::ALL {
        let bytes =
            write_questionnaire(&fw, doc, &versions(doc), lang).expect("the workbook is written");
        for (how, bytes) in [
            ("as written", bytes.clone()),
            ("saved again", Book::open(&bytes).save()),
        ] {
            let read = read_questionnaire(&fw, doc, &versions(doc), &bytes)
                .unwrap_or_else(|e| panic!("{lang}, {how}: read back:\n{e}"));
            assert_eq!(&read, doc, "{lang}, {how}");
        }
    }
}

#[test]
fn reference_assessment_comes_back_equal() {
    assert_round_trip(&reference(&framework()));
}

#[test]
fn every_field_shape_comes_back_equal() {
    let fw = framework();
    let mut doc = reference(&fw);
    // Unanswered indicators, an answer without confidence, with notes and a status of each kind.
    unanswer(&mut doc, "health-access");
    unanswer(&mut doc, "naturalisation");
    let answer = &mut doc.answers[0];
    answer.confidence = None;
    answer.notes = "Ask the ministry.\nSecond line; with a semicolon".to_owned();
    answer.narrative = "=SUM(A1) is not a formula; \"quoted\" and Кириллица".to_owned();
    answer.status = AnswerStatus::NotStarted;
    answer.citations = vec![Citation {
        source: doc.sources[0].key.clone(),
        pinpoint: Some("Article 3; Article 9: first paragraph".to_owned()),
    }];
    doc.answers[1].status = AnswerStatus::CarriedOver;
    doc.answers[1].citations.clear();
    // A footnote over two lines (the cell holds one per line: left as exported, it keeps the
    // stored footnotes), a finding with neither indicators, citations nor footnotes.
    doc.findings[0].footnotes = vec![
        "A footnote\nover two lines.".to_owned(),
        "Another; with | bars".to_owned(),
    ];
    let bare = &mut doc.findings[1];
    bare.indicators.clear();
    bare.citations.clear();
    bare.footnotes.clear();
    doc.sources.push(Source {
        key: "undated-web-page".to_owned(),
        issuer: "Ministry".to_owned(),
        title: "A page".to_owned(),
        year: None,
        kind: SourceKind::Web,
        amended: vec![2015, 2021],
        url: Some("https://example.org/page".to_owned()),
        online: false,
        language: Some("mn".to_owned()),
        note: Some("Ulaanbaatar.".to_owned()),
    });
    assert_round_trip(&doc);
}

/// The values of `names` cells of `sheet`.
fn cells(book: &Book, sheet: &str, names: &[&str]) -> Vec<Data> {
    names.iter().map(|cell| book.get(sheet, cell)).collect()
}

#[test]
fn layout_is_about_domain_sheets_findings_and_sources() {
    let fw = framework();
    let doc = reference(&fw);
    let bytes =
        write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("the workbook is written");
    let book = Book::open(&bytes);
    let names: Vec<&str> = book.sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "About",
            "Rights",
            "Government",
            "Partnerships",
            "Wellbeing",
            "Crises",
            "Safe migration",
            "Findings",
            "Sources"
        ]
    );
    let header = cells(
        &book,
        "Rights",
        &[
            "A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1", "K1", "L1", "M1", "N1",
        ],
    );
    let expected = [
        "Indicator ID",
        "Indicator",
        "Sub-area",
        "Question",
        "Answer criteria",
        "Answer",
        "Narrative",
        "Confidence",
        "Status",
        "Research notes",
        "Source 1",
        "Pinpoint 1",
        "Source 2",
        "Pinpoint 2",
    ];
    assert_eq!(header, expected.map(|h| Data::String(h.to_owned())));
    assert_eq!(
        book.get("Rights", "A2"),
        Data::String("health-access".into())
    );
    assert_eq!(
        book.get("Rights", "B2"),
        Data::String("Migrants' equal access to health care".into())
    );
    // The answer criteria beside the question, then the citations a pair each: the source as
    // the drop-down offers it, the pinpoint beside it.
    let guidance = fw
        .indicator("health-access")
        .and_then(|i| i.guidance.get_exact("en"))
        .expect("guidance in English");
    assert_eq!(book.get("Rights", "E2"), Data::String(guidance.into()));
    let citations = cells(&book, "Rights", &["K2", "L2", "M2", "N2", "O2"]);
    assert_eq!(
        citations,
        [
            Data::String("law-health-insurance — Law on Health Insurance (2015)".into()),
            Data::String("Article 4, Section 3; Article 9.1; Article 8".into()),
            Data::Empty,
            Data::Empty,
            Data::Empty,
        ]
    );
    assert_eq!(book.get("Sources", "D2"), Data::Float(2022.0));
    // The Sources sheet ends with the labels the drop-downs offer.
    assert_eq!(
        book.get("Sources", "K1"),
        Data::String("In citation drop-downs".into())
    );
    assert_eq!(
        book.get("Sources", "K2"),
        Data::String(
            "cfe-dmha-handbook — Mongolia Disaster Management Reference Handbook (2022)".into()
        )
    );
    // A finding a row: its key and version locked, its domain by its sheet's
    // name, its kind by its label, its indicators and footnotes one per line.
    let findings = cells(
        &book,
        "Findings",
        &["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1"],
    );
    let expected = [
        "Key",
        "Domain",
        "Kind of finding",
        "Text",
        "Indicators",
        "Footnotes",
        "Version",
        "Source 1",
        "Pinpoint 1",
    ];
    assert_eq!(findings, expected.map(|h| Data::String(h.to_owned())));
    let first = &doc.findings[0];
    let row = cells(&book, "Findings", &["A2", "B2", "C2", "E2", "G2"]);
    assert_eq!(
        row,
        [
            Data::String(first.key.clone()),
            Data::String("Rights".into()),
            Data::String("Well developed".into()),
            Data::String(first.indicators.join("\n")),
            Data::Float(1.0),
        ]
    );
    // The About sheet names the assessment, the answer values by name and the reconstruction
    // notice.
    let about: Vec<String> = book.sheets[0].1.values().map(|v| v.to_string()).collect();
    for text in [
        "MNG",
        "2023",
        "mgi-national",
        "not applicable",
        mgi_framework::RECONSTRUCTION_NOTICE,
    ] {
        assert!(about.iter().any(|t| t == text), "About lacks {text:?}");
    }
    let mut workbook = Xlsx::new(std::io::Cursor::new(&bytes)).expect("an XLSX workbook");
    assert!(workbook.worksheet_range("Rights").is_ok());
}

#[test]
fn rows_are_matched_by_indicator_id_not_position() {
    let fw = framework();
    let doc = reference(&fw);
    let mut book =
        Book::open(&write_questionnaire(&fw, &doc, &versions(&doc), Lang::En).expect("written"));
    book.swap_rows("Rights", 2, 7);
    book.swap_rows("Sources", 2, 30);
    assert_eq!(
        read_questionnaire(&fw, &doc, &versions(&doc), &book.save()),
        Ok(doc)
    );
}

/// The XML of a part of a written workbook.
fn part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut xml = String::new();
    archive
        .by_name(name)
        .expect("the part")
        .read_to_string(&mut xml)
        .expect("UTF-8 XML");
    xml
}

#[test]
fn source_cells_are_drop_downs_of_the_register_as_labelled_on_the_sources_sheet() {
    let fw = framework();
    let mut doc = reference(&fw);
    // An undated source is labelled without a year.
    let mut undated = doc.sources[0].clone();
    undated.key = "undated-page".into();
    undated.year = None;
    doc.sources.push(undated.clone());
    let undated_row = doc.sources.len() + 1;
    // The register's rows and the 500 spare rows below them, after the header.
    let last = doc.sources.len() + 500 + 1;
    for (lang, register) in [(Lang::En, "Sources"), (Lang::Fr, "'Registre des sources'")] {
        let bytes = write_questionnaire(&fw, &doc, &versions(&doc), lang).expect("written");
        // The first domain sheet and the Findings sheet: every source column lists the labels.
        for sheet in ["sheet2", "sheet8"] {
            let xml = part(&bytes, &format!("xl/worksheets/{sheet}.xml"));
            let list = format!("<formula1>{register}!$K$2:$K${last}</formula1>");
            assert!(xml.contains(&list), "{lang} {sheet}: no {list}");
        }
        // Each label is a formula of its row's key, title and year, so a source added on the
        // sheet is offered at once.
        let sources = part(&bytes, "xl/worksheets/sheet9.xml");
        assert!(
            sources.contains("<f>IF(A2=\"\",\"\",A2&amp;\" — \"&amp;C2&amp;IF(D2=\"\",\"\",\" (\"&amp;D2&amp;\")\"))</f>"),
            "{lang}: no label formula"
        );
        assert!(sources.contains(&format!("<c r=\"K{last}\"")), "{lang}");
        assert_eq!(
            Book::open(&bytes).get(register.trim_matches('\''), &format!("K{undated_row}")),
            Data::String(format!("undated-page — {}", undated.title)),
            "{lang}"
        );
    }
}

#[test]
fn more_citations_than_the_fewest_pairs_come_back_whole() {
    let fw = framework();
    let mut doc = reference(&fw);
    // Every source of the register on one answer, up to the most an answer may have.
    let all: Vec<Citation> = doc
        .sources
        .iter()
        .take(mgi_model::rules::MAX_CITATIONS)
        .enumerate()
        .map(|(i, s)| Citation {
            source: s.key.clone(),
            pinpoint: (i % 2 == 0).then(|| format!("Article {i}")),
        })
        .collect();
    assert_eq!(all.len(), mgi_model::rules::MAX_CITATIONS);
    doc.answers[0].citations = all.clone();
    doc.findings[0].citations = all;
    assert_round_trip(&doc);
}

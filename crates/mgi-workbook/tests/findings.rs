//! The Findings sheet: a finding edited in a spreadsheet program is read back on top of its
//! version, a row without a key adds a finding, and every bad cell is named at its place.

mod common;

use common::{FINDING_CITATIONS, framework, reference, versions};
use mgi_i18n::Lang;
use mgi_model::{AssessmentDoc, Citation, Finding, FindingKind, TextStatus, Translation};
use mgi_testkit::{Book, pair_cells};
use mgi_workbook::{FindingVersions, WorkbookErrors, read_questionnaire, write_questionnaire};

const SHEET: &str = "Findings";

fn exported(doc: &AssessmentDoc, versions: &FindingVersions, lang: Lang) -> Book {
    Book::open(&write_questionnaire(&framework(), doc, versions, lang).expect("written"))
}

/// The problems of `book` read onto `base` at `versions`, in `lang`.
fn problems(
    base: &AssessmentDoc,
    versions: &FindingVersions,
    book: &Book,
    lang: Lang,
) -> Vec<String> {
    match read_questionnaire(&framework(), base, versions, &book.save()) {
        Err(WorkbookErrors::Cells(problems)) => {
            problems.iter().map(|p| p.localised(lang)).collect()
        }
        other => panic!("expected cell problems, got {other:?}"),
    }
}

fn finding_mut<'a>(doc: &'a mut AssessmentDoc, key: &str) -> &'a mut Finding {
    doc.findings
        .iter_mut()
        .find(|f| f.key == key)
        .expect("a finding")
}

fn cite(source: &str, pinpoint: Option<&str>) -> Citation {
    Citation {
        source: source.to_owned(),
        pinpoint: pinpoint.map(str::to_owned),
    }
}

/// The 1-based row below the last finding of the findings sheet `sheet`: where a user adds one.
fn row_after_findings(book: &Book, sheet: &str, doc: &AssessmentDoc) -> u32 {
    let last = doc.findings.last().expect("findings");
    book.row_of(sheet, &last.key) + 1
}

#[test]
fn a_finding_edited_in_the_workbook_is_read_back() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base, &versions(&base), Lang::En);
    let row = book.row_of(SHEET, "rights-wd-2");
    // The kind by its label in any case, the text with blanks around it, indicators by ID and
    // by name, citations picked as on the domain sheets (a bare key typed in is read too),
    // footnotes one per line.
    book.text(
        SHEET,
        &format!("C{row}"),
        "area with potential for further development",
    );
    book.text(
        SHEET,
        &format!("D{row}"),
        "  Every migrant child can attend a public school.\n\nEven without papers.  ",
    );
    book.text(
        SHEET,
        &format!("E{row}"),
        "education-access\n migrants' equal access to health care \n",
    );
    book.cite(
        SHEET,
        FINDING_CITATIONS,
        row,
        &[
            (
                "law-rights-of-children — Law on the Rights of Children (2016)",
                "Article 3; Article 9",
            ),
            ("law-health-insurance", ""),
        ],
    );
    book.text(
        SHEET,
        &format!("F{row}"),
        "First footnote.\n\n  Second footnote.  ",
    );

    let doc = read_questionnaire(&fw, &base, &versions(&base), &book.save())
        .unwrap_or_else(|e| panic!("{e}"));

    let mut expected = base.clone();
    let finding = finding_mut(&mut expected, "rights-wd-2");
    finding.kind = FindingKind::Potential;
    finding.text = "Every migrant child can attend a public school.\n\nEven without papers.".into();
    finding.indicators = vec!["education-access".into(), "health-access".into()];
    finding.citations = vec![
        cite("law-rights-of-children", Some("Article 3; Article 9")),
        cite("law-health-insurance", None),
    ];
    finding.footnotes = vec!["First footnote.".into(), "Second footnote.".into()];
    assert_eq!(doc, expected);
}

#[test]
fn a_row_without_a_key_adds_a_finding_with_the_key_the_store_gives_it() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base, &versions(&base), Lang::En);
    let first = row_after_findings(&book, SHEET, &base);
    for (row, cells) in [
        (
            first,
            [
                "Government",
                "potential",
                "No agency coordinates return.",
                "migration-agency",
                "",
            ],
        ),
        // A domain by its id, the kind by its label; a row further down, after an empty one.
        (
            first + 2,
            [
                "rights",
                "Well developed",
                "Schools are open to all.",
                "",
                "A note.",
            ],
        ),
    ] {
        for (col, value) in ["B", "C", "D", "E", "F"].into_iter().zip(cells) {
            book.text(SHEET, &format!("{col}{row}"), value);
        }
    }
    // The first new finding cites a source in its second pair only.
    let (source, pinpoint) = pair_cells(FINDING_CITATIONS, 2, first);
    book.text(
        SHEET,
        &source,
        "law-health-insurance — Law on Health Insurance (2015)",
    );
    book.text(SHEET, &pinpoint, "Article 2");

    let doc = read_questionnaire(&fw, &base, &versions(&base), &book.save())
        .unwrap_or_else(|e| panic!("{e}"));

    let mut expected = base.clone();
    expected.findings.push(Finding {
        key: "government-pot-6".into(),
        domain: "government".into(),
        kind: FindingKind::Potential,
        text: "No agency coordinates return.".into(),
        indicators: vec!["migration-agency".into()],
        citations: vec![cite("law-health-insurance", Some("Article 2"))],
        footnotes: Vec::new(),
        suggested: Vec::new(),
    });
    expected.findings.push(Finding {
        key: "rights-wd-6".into(),
        domain: "rights".into(),
        kind: FindingKind::WellDeveloped,
        text: "Schools are open to all.".into(),
        indicators: Vec::new(),
        citations: Vec::new(),
        footnotes: vec!["A note.".into()],
        suggested: Vec::new(),
    });
    assert_eq!(doc, expected);
}

#[test]
fn every_bad_cell_of_the_findings_sheet_is_named() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base, &versions(&base), Lang::En);
    assert_eq!(book.row_of(SHEET, "rights-wd-1"), 2);
    let new_row = row_after_findings(&book, SHEET, &base);
    let (second, _) = pair_cells(FINDING_CITATIONS, 2, 2);
    book.text(SHEET, &second, "nowhere — A source of no register");
    book.text(SHEET, "B3", "Government");
    book.text(SHEET, "C4", "maybe");
    book.text(
        SHEET,
        "E5",
        "no-such-indicator\nhealth-access\nHealth for all",
    );
    book.text(SHEET, "D6", "  ");
    book.text(SHEET, "A7", "rights-wd-1");
    book.text(SHEET, "A8", "rights-wd-99");
    book.text(SHEET, "G9", "two");
    book.text(
        SHEET,
        &format!("D{new_row}"),
        "A finding without domain or kind.",
    );
    let other_row = new_row + 1;
    book.text(SHEET, &format!("B{other_row}"), "Nowhere");
    book.text(SHEET, &format!("C{other_row}"), "potential");
    book.text(SHEET, &format!("D{other_row}"), "In no domain.");

    let domains = "Rights, Government, Partnerships, Wellbeing, Crises, Safe migration";
    let kinds = "Well developed, Area with potential for further development";
    assert_eq!(
        problems(&base, &versions(&base), &book, Lang::En),
        [
            "Findings!J2: \"nowhere — A source of no register\" is not a source of the Sources \
             sheet; pick one from the drop-down"
                .to_owned(),
            "Findings!B3: finding \"rights-wd-2\" belongs to the domain Rights, which cannot \
             change here; write it on an empty row with the other domain, and delete this \
             finding on its page"
                .to_owned(),
            format!("Findings!C4: \"maybe\" is not a kind of finding; use one of {kinds}"),
            "Findings!E5: names \"no-such-indicator\", \"Health for all\", which are not \
             indicators of mgi-national v1; give each by its ID or its name, one per line"
                .to_owned(),
            "Findings!D6: must not be empty".to_owned(),
            "Findings!A7: the key \"rights-wd-1\" is used twice (also at Findings!A2)".to_owned(),
            "Findings!A8: no finding has the key \"rights-wd-99\" (deleted since the export?); \
             to add it again, copy its cells to an empty row below"
                .to_owned(),
            "Findings!G9: \"two\" is not the version the export wrote (a whole number); do not \
             change this cell"
                .to_owned(),
            format!("Findings!B{new_row}: empty; a new finding needs a domain: {domains}"),
            format!("Findings!C{new_row}: empty; a finding needs a kind: {kinds}"),
            format!("Findings!B{other_row}: \"Nowhere\" is not a domain; use one of {domains}"),
        ]
    );
}

#[test]
fn a_row_edited_after_someone_else_saved_its_finding_is_refused_at_its_version() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base, &versions(&base), Lang::En);
    // Meanwhile, someone saves the finding again without changing it: its version moves on,
    // the content (and so the workbook's fingerprint) stays.
    let mut newer = versions(&base);
    newer.insert("rights-wd-2".into(), 2);
    // A row left as exported is nothing to save, whatever its version.
    assert_eq!(
        read_questionnaire(&fw, &base, &newer, &book.save()),
        Ok(base.clone())
    );
    let row = book.row_of(SHEET, "rights-wd-2");
    book.text(SHEET, &format!("D{row}"), "Edited on top of version 1.");
    let stale = format!(
        "Findings!G{row}: finding \"rights-wd-2\" was saved by someone else after this workbook \
         was exported (version 2; this row has version 1); export a new workbook and copy your \
         changes into it, so that nothing of theirs is overwritten"
    );
    assert_eq!(
        problems(&base, &newer, &book, Lang::En),
        std::slice::from_ref(&stale)
    );
    // When someone changed its text, the fingerprint says so too, and the row is named.
    let mut changed = base.clone();
    finding_mut(&mut changed, "rights-wd-2").text = "Saved by a colleague.".into();
    let refused = problems(&changed, &newer, &book, Lang::En);
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert!(refused[0].starts_with("About!B7: the assessment changed"));
    assert_eq!(refused[1], stale);
}

#[test]
fn a_french_workbook_reads_french_labels_and_names_its_problems_in_french() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base, &versions(&base), Lang::Fr);
    let sheet = "Constats";
    assert_eq!(book.row_of(sheet, "rights-wd-1"), 2);
    let new_row = row_after_findings(&book, sheet, &base);
    for (col, value) in [
        ("B", "Droits"),
        ("C", "Aspect qui pourrait être renforcé"),
        ("D", "Un constat écrit dans le classeur."),
        // The indicator by its French name.
        ("E", "Égal accès des migrants aux soins de santé"),
    ] {
        book.text(sheet, &format!("{col}{new_row}"), value);
    }
    let doc = read_questionnaire(&fw, &base, &versions(&base), &book.save())
        .unwrap_or_else(|e| panic!("{e}"));
    let added = doc.findings.last().expect("a finding");
    assert_eq!(
        (
            added.key.as_str(),
            added.kind,
            added.indicators.as_slice(),
            added.text.as_str()
        ),
        (
            "rights-pot-6",
            FindingKind::Potential,
            ["health-access".to_owned()].as_slice(),
            "Un constat écrit dans le classeur."
        )
    );

    book.text(sheet, "H2", "nulle-part");
    book.text(sheet, &format!("B{new_row}"), "");
    assert_eq!(
        problems(&base, &versions(&base), &book, Lang::Fr),
        [
            "Constats!H2: «\u{202f}nulle-part\u{202f}» n’est pas une source de la feuille «\u{202f}Registre des \
             sources\u{202f}»\u{202f}; choisissez-en une dans la liste déroulante"
                .to_owned(),
            format!(
                "Constats!B{new_row}: vide\u{202f}; un nouveau constat doit avoir un domaine\u{202f}: Droits, \
                 Gouvernement, Partenariats, Bien-être, Crises, Migration sûre"
            ),
        ]
    );
}

#[test]
fn a_footnote_removed_with_its_translation_is_named_at_its_cell() {
    let fw = framework();
    let mut base = reference(&fw);
    let translated = "rights-wd-1";
    base.translations.push(Translation {
        lang: "fr".into(),
        target: format!("finding/{translated}/footnote/1"),
        text: "Une note traduite.".into(),
        status: TextStatus::Draft,
        of: None,
    });
    let mut book = exported(&base, &versions(&base), Lang::En);
    let row = book.row_of(SHEET, translated);
    book.text(SHEET, &format!("F{row}"), "");
    let refused = problems(&base, &versions(&base), &book, Lang::En);
    assert_eq!(
        refused,
        [format!(
            "Findings!F{row}: the assessment has no text \"finding/{translated}/footnote/1\" to \
             translate"
        )]
    );
}

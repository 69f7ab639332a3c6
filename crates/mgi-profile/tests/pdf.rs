//! The PDF of the reference profile: a valid file whose text holds every section title, the first
//! words of every finding and every key source. Reads the PDF with poppler's `pdftotext`.

use std::process::Command;

mod common;

use mgi_framework::Framework;
use mgi_model::{AssessmentDoc, Stage};
use mgi_profile::{Lang, Publication, build, build_in, pdf};

fn reference() -> (AssessmentDoc, Framework) {
    (common::reference(), common::framework())
}

/// The text of a PDF, hyphenation at line ends undone and spaces collapsed; `None` when
/// pdftotext is not installed (scripts/test installs it and sets MGI_REQUIRE_TOOLS).
fn pdf_text(bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("profile.pdf");
    std::fs::write(&path, bytes).expect("write pdf");
    let text = common::tool_output(
        Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&path)
            .arg("-"),
    )?
    .replace("-\n", "")
    .replace('\u{ad}', "");
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn reference_pdf_holds_every_section_finding_and_source() {
    let (doc, fw) = reference();
    let profile = build(&doc, &fw, &Publication::default());
    let bytes = pdf(&profile).expect("typeset");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let Some(text) = pdf_text(&bytes) else { return };
    assert!(text.contains("Migration Governance Indicators Profile 2023 – Mongolia"));
    for s in &profile.sections {
        assert!(text.contains(&s.title), "section title {:?}", s.title);
    }
    for f in &doc.findings {
        let start = words(&f.text, 5);
        assert!(text.contains(&start), "finding {} starts {start:?}", f.key);
    }
    for s in &doc.sources {
        let title = words(&s.title, 4);
        assert!(text.contains(&title), "source {} ({title:?})", s.key);
    }
    assert!(
        !text.contains("DRAFT"),
        "a published profile has no draft mark"
    );
}

#[test]
fn draft_pdf_is_marked_and_cyrillic_is_kept() {
    let (mut doc, fw) = reference();
    doc.stage = Stage::DraftShared;
    doc.findings.truncate(3);
    doc.jurisdiction.name = "Монгол Улс".into();
    let bytes = pdf(&build(&doc, &fw, &Publication::default())).expect("typeset");
    let Some(text) = pdf_text(&bytes) else { return };
    assert!(
        text.contains("DRAFT — stage: draft-shared. Not for publication."),
        "{}",
        &text[..300.min(text.len())]
    );
}

#[test]
fn french_pdf_is_in_french() {
    let (doc, fw) = reference();
    let profile = build_in(&doc, &fw, &Publication::default(), Lang::Fr);
    let bytes = pdf(&profile).expect("typeset");
    let Some(text) = pdf_text(&bytes) else { return };
    assert!(text.contains("Profil des indicateurs de gouvernance des migrations 2023 – Mongolie"));
    for s in &profile.sections {
        let title = s.title.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&title), "section title {title:?}");
    }
    for expected in [
        "Sommaire",
        "Éditeur :",
        "Texte non encore traduit en français ; affiché en anglais.",
        // 21 345 and 0,6 % with a narrow no-break space, which pdftotext gives back as a space.
        "au nombre de 21 345 en 2020, soit 0,6 % d’une population totale de 3,3 millions.",
        "Personnes immigrées, hommes",
        "Organisée à Oulan-Bator, Mongolie.",
        "Ce profil a été rédigé en anglais ; il est présenté ici en traduction.",
    ] {
        assert!(text.contains(expected), "{expected:?}");
    }
}

/// Letters and digits only: what is left of a text whatever the PDF reader does with spaces,
/// direction marks and the isolates around right-to-left data.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// An Arabic source title cited by a finding and listed in the key sources, and a consultation
/// with an Arabic title followed by its dates: right to left inside left-to-right pages.
///
/// The title has no lam-alef: that ligature is one glyph, which pdftotext gives back as alef
/// then lam, so a title with it would not compare equal although it is drawn right.
#[test]
fn arabic_text_is_shaped_and_kept_in_order() {
    let (mut doc, fw) = reference();
    let title = "قانون تنظيم الهجرة وحقوق العمال المهاجرين";
    common::cite_arabic_law(&mut doc, title);
    doc.consultations[0].title = "المشاورة الوطنية 2023".into();
    for (lang, dates) in [
        (Lang::En, "26–29 August 2023)"),
        (Lang::Fr, "26–29 août 2023)"),
    ] {
        let bytes = pdf(&build_in(&doc, &fw, &Publication::default(), lang)).expect("typeset");
        let Some(text) = pdf_text(&bytes) else { return };
        // Each letter of the title, in reading order (pdftotext gives right-to-left text in
        // logical order), in the citation and in the key sources.
        assert_eq!(
            letters(&text).matches(&letters(title)).count(),
            2,
            "{lang}: the Arabic title, shaped and in order, twice"
        );
        // What follows right-to-left data keeps its own order: without isolation the dates
        // after the Arabic heading are drawn as "29–26".
        assert!(text.contains(dates), "{lang}: {dates}");
        assert!(!text.contains("29–26"), "{lang}: dates reordered");
        assert!(text.contains("2020, "), "{lang}: the year of the title");
    }
}

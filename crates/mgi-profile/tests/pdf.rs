//! The PDF of the reference profile: a valid file whose text holds every section title, the first
//! words of every finding and every key source. Reads the PDF with poppler's `pdftotext`.

use std::process::Command;

use mgi_framework::Framework;
use mgi_model::{AssessmentDoc, Stage};
use mgi_profile::{Publication, build, pdf};

fn reference() -> (AssessmentDoc, Framework) {
    let fw = Framework::embedded().expect("embedded framework");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let doc = AssessmentDoc::from_json(&std::fs::read_to_string(path).expect("reference"), &fw)
        .expect("valid");
    (doc, fw)
}

/// The text of a PDF, hyphenation at line ends undone and spaces collapsed; `None` when
/// pdftotext is not installed (scripts/test installs it and sets MGI_REQUIRE_TOOLS).
fn pdf_text(bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("profile.pdf");
    std::fs::write(&path, bytes).expect("write pdf");
    let out = match Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            assert!(
                std::env::var_os("MGI_REQUIRE_TOOLS").is_none(),
                "pdftotext is required (poppler-utils): {e}"
            );
            eprintln!(
                "pdftotext not found: the PDF text checks did not run (install poppler-utils, or run scripts/test)"
            );
            return None;
        }
    };
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout)
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

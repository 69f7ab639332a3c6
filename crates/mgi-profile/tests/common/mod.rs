//! What the profile tests share: the framework, the reference assessment, and a source with an
//! Arabic title cited by a finding.

#![allow(dead_code)] // each test file uses some of these

use std::process::Command;

use mgi_framework::Framework;
use mgi_model::{AssessmentDoc, Citation, Source, SourceKind};
use mgi_profile::{Block, ProfileDoc};

pub fn framework() -> Framework {
    Framework::embedded().expect("embedded framework")
}

/// The Mongolia 2023 reference assessment (data/reference).
pub fn reference() -> AssessmentDoc {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    AssessmentDoc::from_json(
        &std::fs::read_to_string(path).expect("reference"),
        &framework(),
    )
    .expect("valid")
}

/// Adds a law with an Arabic `title` to the register, cited by the first finding.
pub fn cite_arabic_law(doc: &mut AssessmentDoc, title: &str) {
    doc.sources.push(Source {
        key: "law-arabic".into(),
        issuer: "Government of Mongolia".into(),
        title: title.into(),
        year: Some(2020),
        kind: SourceKind::Law,
        amended: vec![2022],
        url: None,
        online: false,
        language: Some("ar".into()),
        note: None,
    });
    doc.findings[0].citations.push(Citation {
        source: "law-arabic".into(),
        pinpoint: Some("Article 3".into()),
    });
}

/// The paragraphs of the context section, as plain text.
pub fn context_paragraphs(p: &ProfileDoc) -> Vec<String> {
    p.sections
        .iter()
        .filter(|s| s.id == "context")
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Para { text, .. } => Some(text.text()),
            _ => None,
        })
        .collect()
}

/// The standard output of an external tool (pandoc, pdftotext) that must succeed; `None`, with a
/// message, when the tool is not installed, unless `MGI_REQUIRE_TOOLS` is set (scripts/test
/// installs them and sets it), which makes a missing tool a failure.
pub fn tool_output(cmd: &mut Command) -> Option<String> {
    let tool = cmd.get_program().to_string_lossy().into_owned();
    let out = match cmd.output() {
        Ok(out) => out,
        Err(e) => {
            assert!(
                std::env::var_os("MGI_REQUIRE_TOOLS").is_none(),
                "{tool} is required: {e}"
            );
            eprintln!("{tool} not found: this check did not run (run scripts/test)");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

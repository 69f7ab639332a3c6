//! Any bytes given to the workbook reader, onto the reference assessment: the updated document
//! or every problem by cell, never a panic.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mgi_framework::Framework;
use mgi_model::AssessmentDoc;
use mgi_workbook::FindingVersions;

static FRAMEWORK: LazyLock<Framework> =
    LazyLock::new(|| Framework::embedded().expect("embedded framework"));
static BASE: LazyLock<AssessmentDoc> = LazyLock::new(|| {
    let text = include_str!("../../data/reference/mongolia-2023.json");
    AssessmentDoc::from_json(text, &FRAMEWORK).expect("reference")
});

/// Every finding at version 1, as after an import.
static VERSIONS: LazyLock<FindingVersions> =
    LazyLock::new(|| BASE.findings.iter().map(|f| (f.key.clone(), 1)).collect());

fuzz_target!(|data: &[u8]| {
    let _ = mgi_workbook::read_questionnaire(&FRAMEWORK, &BASE, &VERSIONS, data);
});

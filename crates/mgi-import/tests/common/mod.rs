//! What the importer's newer tests share: the framework, the reference assessment, the seed
//! (when present) and one line of measures. Each test binary uses a part of it.
#![allow(dead_code)]

use std::path::PathBuf;

use mgi_framework::Framework;
use mgi_import::{Comparison, Draft};
use mgi_model::AssessmentDoc;

pub fn framework() -> Framework {
    Framework::embedded().expect("embedded framework")
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn reference(fw: &Framework) -> AssessmentDoc {
    let text = std::fs::read_to_string(root().join("data/reference/mongolia-2023.json"))
        .expect("reference");
    AssessmentDoc::from_json(&text, fw).expect("reference valid")
}

/// The seed profile's text; `None`, said on standard error with what did not run, when the
/// seed is not there.
pub fn seed(what: &str) -> Option<String> {
    let path = root().join("../shared/seeds/000_d843103f3f6189dd.txt");
    let text = std::fs::read_to_string(&path).ok();
    if text.is_none() {
        eprintln!(
            "seed profile not found at {}: {what} did not run",
            path.display()
        );
    }
    text
}

/// The measures of a draft against the reference, on one line.
pub fn measures(c: &Comparison, draft: &Draft) -> String {
    format!(
        "findings {} (draft {}), sources {} fields {}, conventions {}, context {}, top-3 {}, \
         unplaced {} of {}",
        c.findings,
        c.draft_findings,
        c.sources_found,
        c.source_fields,
        c.conventions,
        c.context,
        c.suggestion_top3,
        draft.report.unplaced.len(),
        draft.report.lines
    )
}

/// The seed's blocks (parted by blank lines), each its non-blank lines trimmed; empty blocks
/// left out.
pub fn blocks(seed: &str) -> Vec<Vec<&str>> {
    seed.split("\n\n")
        .map(|block| {
            block
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|lines| !lines.is_empty())
        .collect()
}

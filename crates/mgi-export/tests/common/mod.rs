//! What the tests of this crate share: the reference assessment and the rule for external tools.

use std::process::{Command, Output};

use mgi_framework::Framework;
use mgi_model::AssessmentDoc;

/// The embedded framework and the reference assessment (Mongolia 2023).
pub fn reference() -> (Framework, AssessmentDoc) {
    let fw = Framework::embedded().expect("embedded framework");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let text = std::fs::read_to_string(path).expect("reference assessment");
    let doc = AssessmentDoc::from_json(&text, &fw).expect("valid reference assessment");
    (fw, doc)
}

/// Run an external tool. When it cannot be started the check is skipped with a message
/// (`None`), unless MGI_REQUIRE_TOOLS is set (scripts/test sets it), which fails the test.
pub fn run_tool(command: &mut Command, name: &str) -> Option<Output> {
    match command.output() {
        Ok(out) => Some(out),
        Err(e) => {
            assert!(
                std::env::var_os("MGI_REQUIRE_TOOLS").is_none(),
                "{name} is required (MGI_REQUIRE_TOOLS is set) but could not be run: {e}"
            );
            eprintln!("{name} not found on PATH; scripts/test installs it. The check did not run.");
            None
        }
    }
}

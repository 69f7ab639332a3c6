//! What the model's tests share: the reference assessment, read and checked.

use mgi_framework::Framework;
use mgi_model::AssessmentDoc;

/// `data/reference/mongolia-2023.json`, valid against `fw`.
pub fn reference(fw: &Framework) -> AssessmentDoc {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    AssessmentDoc::from_json(&std::fs::read_to_string(path).expect("reference"), fw).expect("valid")
}

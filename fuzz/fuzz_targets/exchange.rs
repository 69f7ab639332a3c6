//! Any text given to the exchange-format reader: an error with a JSON path or a valid document.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mgi_framework::Framework;
use mgi_model::AssessmentDoc;

static FRAMEWORK: LazyLock<Framework> = LazyLock::new(|| Framework::embedded().expect("embedded framework"));

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = AssessmentDoc::from_json(text, &FRAMEWORK);
    }
});

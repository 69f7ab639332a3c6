//! Any bytes given to the profile importer: an error or a draft, never a panic.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mgi_framework::Framework;
use mgi_import::{ImportOptions, import_profile};

static FRAMEWORK: LazyLock<Framework> = LazyLock::new(|| Framework::embedded().expect("embedded framework"));

fuzz_target!(|data: &[u8]| {
    let _ = import_profile(data, &ImportOptions::default(), &FRAMEWORK);
});

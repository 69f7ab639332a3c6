//! Any bytes given to the context-table reader (UN DESA, World Bank): figures and line-numbered
//! problems, or a clear refusal, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mgi_import::read_figures("fuzz.csv", data);
});

//! Any bytes given to the Word reader (the seeds are `.docx` files, so most inputs are zip
//! archives a little broken): the document's text or a reason, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mgi_import::docx_text(data);
});

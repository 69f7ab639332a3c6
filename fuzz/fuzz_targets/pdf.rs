//! Any bytes given to the PDF reader (the seeds are PDFs, so most inputs are PDFs a little
//! broken): the pages' text or a reason, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mgi_import::pdf_text(data);
});

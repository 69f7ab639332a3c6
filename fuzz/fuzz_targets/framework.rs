//! Any text in place of an indicator catalogue file: problems with file:line, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mgi_framework::{Framework, SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut files = vec![SourceFile { path: "indicators/fuzz.yaml".into(), text: text.to_owned() }];
    for path in ["gcm.yaml", "sdg-10-7-2.yaml"] {
        files.push(SourceFile { path: path.into(), text: text.to_owned() });
    }
    let _ = Framework::from_files(files);
});

//! Every message of `workbook.ftl` is used: by this crate, or by `mgi workbook` for what the
//! command prints (a message no code asks for is a text nobody sees).

use std::path::{Path, PathBuf};

use mgi_i18n::Lang;

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_workbook_message_is_used() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = vec![crates.join("mgi-cli/src/cmd_workbook.rs")];
    rust_files(&crates.join("mgi-workbook/src"), &mut files);
    let code: String = files
        .iter()
        .map(|file| std::fs::read_to_string(file).expect("a source file"))
        .collect();
    let catalogue = std::fs::read_to_string(crates.join("mgi-i18n/locales/en/workbook.ftl"))
        .expect("the English workbook catalogue");
    let keys: Vec<String> = mgi_i18n::keys(Lang::En)
        .into_iter()
        .filter(|key| catalogue.contains(&format!("\n{key} =")))
        .collect();
    assert!(keys.len() > 50, "the catalogue's keys are found: {keys:?}");
    // Messages that the catalogue itself references, e.g. `{ workbook-sheet-sources }` in a
    // help text, are used through them.
    let unused: Vec<&String> = keys
        .iter()
        .filter(|key| !code.contains(&format!("\"{key}\"")))
        .filter(|key| !catalogue.contains(&format!("{{ {key} }}")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

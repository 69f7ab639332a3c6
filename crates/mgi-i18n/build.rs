//! Lists the message catalogues (`locales/<lang>/*.ftl`) for `include_str!`, so that a new file is
//! embedded without touching the code, and asks Cargo to rebuild when anything under `locales/`
//! changes (a new file included).

use std::fmt::Write as _;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR")?;
    let locales = Path::new(&manifest_dir).join("locales");
    println!("cargo::rerun-if-changed={}", locales.display());

    let mut files = Vec::new();
    for lang_dir in std::fs::read_dir(&locales)? {
        let lang_dir = lang_dir?;
        if !lang_dir.file_type()?.is_dir() {
            continue;
        }
        let lang = lang_dir.file_name().to_string_lossy().into_owned();
        for file in std::fs::read_dir(lang_dir.path())? {
            let file = file?;
            let name = file.file_name().to_string_lossy().into_owned();
            if file.file_type()?.is_file() && name.ends_with(".ftl") {
                files.push((lang.clone(), name, file.path()));
            }
        }
    }
    files.sort();

    let mut code = String::from("&[\n");
    for (lang, name, path) in &files {
        let path = path.to_str().ok_or("a catalogue path is not UTF-8")?;
        writeln!(
            code,
            "    CatalogueFile {{ lang: {lang:?}, name: {name:?}, text: include_str!({path:?}) }},"
        )?;
    }
    code.push(']');
    let out = Path::new(&std::env::var("OUT_DIR")?).join("catalogue_files.rs");
    std::fs::write(out, code)?;
    Ok(())
}

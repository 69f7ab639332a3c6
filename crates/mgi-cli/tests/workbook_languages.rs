//! `mgi workbook` in several languages: `export --lang` chooses the workbook's language, `import`
//! reads any of them, and what the command prints (results and every bad cell) is in the language
//! of the messages, with the workbook's own sheet names.

use std::path::Path;

use mgi_i18n::{Lang, tr};
use mgi_testkit::Book;

mod common;

use common::{stderr, stdout};

/// `mgi --db DB ARGS…` with its messages in `lang`.
fn mgi(lang: Lang, db: &Path, args: &[&str]) -> std::process::Output {
    common::mgi_env(&[("MGI_LANG", lang.code())], db, args)
}

#[test]
fn a_workbook_is_exported_in_the_language_asked_and_read_back_in_any() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.db");
    assert!(mgi(Lang::En, &db, &["demo", "--no-serve"]).status.success());
    let path = |name: &str| dir.path().join(name).display().to_string();

    // The default is English; --lang fr gives a French workbook, the message in Spanish.
    let english = path("en.xlsx");
    let out = mgi(
        Lang::En,
        &db,
        &["workbook", "export", "MNG", "2026", "-o", &english],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let french = path("fr.xlsx");
    let out = mgi(
        Lang::Es,
        &db,
        &[
            "workbook", "export", "MNG", "2026", "-o", &french, "--lang", "fr",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{}\n",
            tr!(
                Lang::Es,
                "workbook-cli-written",
                jurisdiction = "MNG",
                year = "2026",
                path = french.as_str()
            )
        )
    );
    let read = |file: &str| Book::open(&std::fs::read(file).expect("the workbook"));
    assert_eq!(read(&english).names()[0], "About");
    assert_eq!(read(&french).names()[0], "À propos");
    assert_eq!(read(&french).get("À propos", "B8").to_string(), "fr");

    // The French workbook is read back; the result is said in French.
    let back = mgi(
        Lang::Fr,
        &db,
        &["workbook", "import", "MNG", "2026", &french],
    );
    assert!(back.status.success(), "{}", stderr(&back));
    assert!(
        stdout(&back).contains("0 réponse(s), 0 constat(s) et 0 source(s) enregistré(e)s"),
        "{}",
        stdout(&back)
    );

    // A bad cell of the French workbook, reported in Spanish on its French sheet.
    let mut book = read(&french);
    book.text("Droits", "F2", "peut-être");
    let bad = path("bad.xlsx");
    std::fs::write(&bad, book.save()).expect("write");
    let refused = mgi(Lang::Es, &db, &["workbook", "import", "MNG", "2026", &bad]);
    assert!(!refused.status.success());
    let said = stderr(&refused);
    assert!(
        said.contains(&tr!(
            Lang::Es,
            "workbook-cli-nothing-stored",
            path = bad.as_str()
        )) && said.contains(
            "Droits!F2: «peut-être» no es una respuesta; use uno de estos valores: en place,"
        ),
        "{said}"
    );

    // A language mgi has no workbook for is refused before anything is written.
    let german = path("de.xlsx");
    let out = mgi(
        Lang::En,
        &db,
        &[
            "workbook", "export", "MNG", "2026", "-o", &german, "--lang", "de",
        ],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("unknown language \"de\""),
        "{}",
        stderr(&out)
    );
    assert!(!Path::new(&german).exists());
}

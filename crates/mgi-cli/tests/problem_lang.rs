//! `mgi assessment validate` and `import` name each problem of a document by its JSON path and
//! say what is wrong in the language of the messages (`problem.ftl`); nothing is stored. Input
//! another command gives the store is refused in that language too.

use mgi_i18n::{Lang, tr};
use mgi_model::Problem;

mod common;

use common::{mgi_env as mgi, stderr, stdout};

/// The reference document with an empty first finding and a first figure citing no source of
/// its register.
fn bad_document() -> String {
    let reference = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let text = std::fs::read_to_string(reference).expect("reference document");
    let mut doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    doc["findings"][0]["text"] = " ".into();
    doc["context"][0]["source"] = "nowhere".into();
    doc.to_string()
}

#[test]
fn the_problems_of_a_document_are_printed_in_the_language_of_the_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db.sqlite");
    let file = dir.path().join("bad.json");
    std::fs::write(&file, bad_document()).expect("write");
    let name = file.display().to_string();
    let unknown = Problem::UnknownSource("nowhere".into());

    for lang in [Lang::Fr, Lang::Es] {
        let expected = format!(
            "{name}: $.findings[0].text: {}\n{name}: $.context[0].source: {}\n{}\n",
            Problem::Empty.localised(lang),
            unknown.localised(lang),
            tr!(lang, "cli-problems-nothing-stored", count = 2)
        );
        for command in ["validate", "import"] {
            let out = mgi(
                &[("MGI_LANG", lang.code())],
                &db,
                &["assessment", command, &name],
            );
            assert_eq!(out.status.code(), Some(1), "{command}");
            assert_eq!(stderr(&out), expected, "{command} in {lang}");
        }
    }
    assert_eq!(
        Problem::Empty.localised(Lang::Fr),
        tr!(Lang::Fr, "problem-empty")
    );
    assert!(
        stderr(&mgi(&[], &db, &["assessment", "validate", &name]))
            .contains("$.context[0].source: unknown source \"nowhere\"\n")
    );

    let list = mgi(&[], &db, &["assessment", "list"]);
    assert_eq!(
        stdout(&list),
        format!("{}\n", tr!(Lang::En, "cli-assessment-none"))
    );
}

#[test]
fn input_the_store_refuses_is_named_in_the_language_of_the_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db.sqlite");
    let out = mgi(
        &[("MGI_LANG", "es")],
        &db,
        &["user", "add", "ana", "--role", "focal-point"],
    );
    assert_eq!(out.status.code(), Some(1));
    let problem = Problem::FocalPointWithoutJurisdiction.localised(Lang::Es);
    let message = format!("jurisdictions: {problem}");
    assert_eq!(
        stderr(&out),
        format!("{}\n", tr!(Lang::Es, "cli-error", message = message))
    );
}

//! `mgi import profile` reports in the language of the messages: its warnings and the names of
//! the parts of a profile, while the JSON report keeps the English sentences.

mod common;

use common::{mgi_env, stderr};
use mgi_i18n::Lang;
use mgi_import::{ImportWarning, part_name};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../mgi-import/tests/fixtures/findings-only.txt"
);

#[test]
fn the_import_report_is_printed_in_the_language_of_the_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("unused.db");
    let draft = dir.path().join("draft.json");
    let report = dir.path().join("report.json");
    let args = [
        "import",
        "profile",
        FIXTURE,
        "--out",
        draft.to_str().expect("path"),
        "--report",
        report.to_str().expect("path"),
    ];
    let missing = ImportWarning::PartMissing {
        part: "key sources",
    };
    for lang in [Lang::Fr, Lang::Es] {
        let out = mgi_env(&[("MGI_LANG", lang.code())], &db, &args);
        assert!(out.status.success(), "{}", stderr(&out));
        let said = stderr(&out);
        assert!(said.contains(&missing.localised(lang)), "{lang:?}: {said}");
        assert!(
            said.contains(&part_name(lang, "key findings")),
            "{lang:?}: the unplaced line's part by name: {said}"
        );
        assert!(!said.contains(&missing.to_string()), "{said}");
    }
    let json = std::fs::read_to_string(&report).expect("report");
    assert!(json.contains(&missing.to_string()), "English in the JSON");
}

//! What the store says it did not find or already has is named in the language of the
//! messages ("évaluation MNG 2029"), like the rest of the error line.

mod common;

use common::{mgi_env, stderr};
use mgi_i18n::{Lang, tr};

#[test]
fn a_missing_assessment_is_named_in_the_language_of_the_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("empty.db");
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let out = mgi_env(
            &[("MGI_LANG", lang.code())],
            &db,
            &["assessment", "export", "MNG", "2029"],
        );
        assert!(!out.status.success());
        let what = tr!(
            lang,
            "record-assessment",
            jurisdiction = "MNG",
            year = "2029"
        );
        let said = tr!(lang, "refusal-not-found", what = what);
        assert!(stderr(&out).contains(&said), "{lang:?}: {}", stderr(&out));
    }
}

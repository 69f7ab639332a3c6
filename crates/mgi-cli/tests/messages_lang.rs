//! The messages `mgi` prints for people follow MGI_LANG, then the POSIX locale: French and
//! Spanish from the catalogues (results, the CLI's own errors, the store's refusals with stage
//! names), English for a locale mgi has no catalogue for. Machine output keeps its codes.

use mgi_i18n::{Lang, tr};

mod common;

use common::{mgi_env as mgi, stderr, stdout};

fn lang_env(lang: Lang) -> [(&'static str, &'static str); 1] {
    [("MGI_LANG", lang.code())]
}

/// The stage's name as the work pages (and the command line) give it.
fn stage(lang: Lang, code: &str) -> String {
    tr!(lang, "work-stage", stage = code)
}

#[test]
fn results_and_errors_are_printed_in_the_language_of_the_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.db");
    let file = db.display().to_string();

    for lang in [Lang::Fr, Lang::Es] {
        let empty = dir.path().join(format!("empty-{lang}.db"));
        let list = mgi(&lang_env(lang), &empty, &["assessment", "list"]);
        assert!(list.status.success(), "{}", stderr(&list));
        assert_eq!(
            stdout(&list),
            format!("{}\n", tr!(lang, "cli-assessment-none"))
        );
    }

    let demo = mgi(&lang_env(Lang::Fr), &db, &["demo", "--no-serve"]);
    assert!(demo.status.success(), "{}", stderr(&demo));
    let out = stdout(&demo);
    let published = tr!(
        Lang::Fr,
        "cli-demo-assessment",
        jurisdiction = "MNG",
        year = "2023",
        name = "Mongolia",
        set = "mgi-national",
        version = "1",
        stage = stage(Lang::Fr, "published")
    );
    assert!(out.contains(&published), "{published}\n{out}");
    assert!(out.contains(&tr!(Lang::Fr, "cli-demo-accounts")), "{out}");
    assert!(
        out.contains(&tr!(Lang::Fr, "web-role-focal-point")),
        "roles by their French names: {out}"
    );
    assert!(!out.contains("demo accounts"), "no English left: {out}");

    let check = mgi(&lang_env(Lang::Es), &db, &["check", "MNG", "2023"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let out = stdout(&check);
    for key in [
        "cli-check-no-indicator",
        "cli-check-unknown-sources",
        "cli-check-uncited",
    ] {
        assert!(out.contains(&mgi_i18n::tr(Lang::Es, key)), "{key}: {out}");
    }

    let added = mgi(
        &lang_env(Lang::Fr),
        &db,
        &["user", "add", "ana", "--role", "analyst"],
    );
    assert!(added.status.success(), "{}", stderr(&added));
    assert_eq!(
        stdout(&added),
        format!(
            "{}\n",
            tr!(
                Lang::Fr,
                "cli-user-created",
                user = "ana",
                role = tr!(Lang::Fr, "web-role-analyst")
            )
        )
    );
    // The list is for scripts: tab-separated codes, whatever the language.
    let users = mgi(&lang_env(Lang::Es), &db, &["user", "list"]);
    assert!(
        stdout(&users).contains("ana\tanalyst\tana\n"),
        "{}",
        stdout(&users)
    );

    // An error the command line raises, with the prefix of the language.
    for lang in [Lang::Fr, Lang::Es] {
        let refused = mgi(&lang_env(lang), &db, &["backup", &file]);
        assert_eq!(refused.status.code(), Some(1));
        let message = tr!(lang, "cli-backup-exists", file = file.as_str());
        assert_eq!(
            stderr(&refused),
            format!("{}\n", tr!(lang, "cli-error", message = message))
        );
    }
}

#[test]
fn a_refusal_of_the_store_names_the_stage_in_the_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.db");
    let demo = mgi(&[], &db, &["demo", "--no-serve"]);
    assert!(demo.status.success(), "{}", stderr(&demo));
    let workbook = dir.path().join("mng-2023.xlsx");
    let workbook = workbook.display().to_string();
    let export = mgi(
        &[],
        &db,
        &["workbook", "export", "MNG", "2023", "-o", &workbook],
    );
    assert!(export.status.success(), "{}", stderr(&export));
    let before = mgi(&[], &db, &["assessment", "export", "MNG", "2023"]);

    for lang in [Lang::Fr, Lang::Es] {
        let refused = mgi(
            &lang_env(lang),
            &db,
            &["workbook", "import", "MNG", "2023", &workbook],
        );
        assert_eq!(refused.status.code(), Some(1));
        let reason = tr!(
            lang,
            "refusal-round-closed",
            jurisdiction = "MNG",
            year = "2023",
            stage = stage(lang, "published")
        );
        assert_eq!(
            stderr(&refused),
            format!("{}\n", tr!(lang, "cli-error", message = reason))
        );
    }
    let after = mgi(&[], &db, &["assessment", "export", "MNG", "2023"]);
    assert_eq!(after.stdout, before.stdout, "nothing stored");
}

#[test]
fn a_locale_without_a_catalogue_gives_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("empty.db");
    let german = [("LANG", "de_DE.UTF-8")];
    let list = mgi(&german, &db, &["assessment", "list"]);
    assert_eq!(
        stdout(&list),
        format!("{}\n", tr!(Lang::En, "cli-assessment-none"))
    );
    let file = db.display().to_string();
    let refused = mgi(&german, &db, &["backup", &file]);
    assert_eq!(
        stderr(&refused),
        format!("error: {file} exists already: choose a new file\n")
    );
    // The POSIX locale decides when MGI_LANG is not set, LC_ALL before LANG.
    let french = mgi(
        &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "es_ES.UTF-8")],
        &db,
        &["assessment", "list"],
    );
    assert_eq!(
        stdout(&french),
        format!("{}\n", tr!(Lang::Fr, "cli-assessment-none"))
    );
}

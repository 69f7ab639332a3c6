//! `mgi render --lang`: the profile of the demo database in French and Spanish, and a clear
//! refusal of a language mgi does not have.

mod common;

use common::{mgi, stderr, stdout};

#[test]
fn render_lang_prints_the_profile_in_that_language_and_refuses_unknown_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.db");
    let demo = mgi(&db, &["demo", "--no-serve"]);
    assert!(demo.status.success(), "{}", stderr(&demo));

    let fr = mgi(&db, &["render", "MNG", "2023", "--lang", "fr"]);
    assert!(fr.status.success(), "{}", stderr(&fr));
    let page = stdout(&fr);
    assert!(page.contains("<html lang=\"fr\">"), "the page's language");
    for heading in [
        "<h1>Profil des Indicateurs de gouvernance des migrations 2023 – Mongolie</h1>",
        "<h2 id=\"contents\">Sommaire</h2>",
        "<h2 id=\"summary\">Résumé</h2>",
        "<h2 id=\"key-findings\">Principaux constats</h2>",
        "<h2 id=\"key-sources\">Principales sources</h2>",
    ] {
        assert!(page.contains(heading), "{heading}");
    }
    assert!(page.contains("Texte non encore traduit en français\u{202F}; affiché en anglais."));
    assert!(
        page.contains("<p>Les migrants en situation régulière"),
        "the demo's French translation of the first summary, unmarked"
    );

    let es = mgi(
        &db,
        &["render", "MNG", "2023", "--lang", "es", "--format", "md"],
    );
    assert!(es.status.success(), "{}", stderr(&es));
    let md = stdout(&es);
    assert!(md.contains("lang: es\n") && md.contains("## Resumen {#summary}"));

    let en = mgi(&db, &["render", "MNG", "2023"]);
    assert!(
        stdout(&en).contains("<html lang=\"en\">"),
        "English by default"
    );

    let de = mgi(&db, &["render", "MNG", "2023", "--lang", "de"]);
    assert_eq!(de.status.code(), Some(2), "a usage error");
    let err = stderr(&de);
    assert!(
        err.contains("unknown language \"de\"") && err.contains("en, fr, es"),
        "{err}"
    );
    assert!(de.stdout.is_empty());
}

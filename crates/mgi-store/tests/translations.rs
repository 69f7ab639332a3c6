//! Translations of an assessment's texts: stored with it, edited one at a time with the version
//! they were based on, refused with the field named, audited; the same on both backends.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::audit::Entity;
use mgi_model::{Problem, TextRef, TextStatus};
use mgi_store::{Among, ExploreFilter, ImportMode, StoreError, TranslationEdit, prefer_language};

on_both_backends!(
    translations_are_saved_versioned_and_audited,
    bad_translations_are_refused_by_field_and_store_nothing,
    the_language_of_an_assessment_is_kept,
    published_translations_are_searched_in_their_language,
    the_explorer_carries_each_text_in_every_language_it_is_published_in,
);

fn edit(lang: &str, target: &str, text: &str, status: TextStatus) -> TranslationEdit {
    TranslationEdit {
        lang: lang.into(),
        target: target.into(),
        text: text.into(),
        status,
    }
}

async fn translations_are_saved_versioned_and_audited(s: TestStore) {
    let doc = sample("MNG", 2023);
    s.import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect("import");
    let key = &doc.findings[0].key;
    let target = format!("finding/{key}");
    let first = edit("es", &target, "Primera versión.", TextStatus::Draft);
    assert_eq!(
        s.save_translation("MNG", 2023, &first, 0, "ana")
            .await
            .expect("create"),
        1
    );
    let err = s
        .save_translation("MNG", 2023, &first, 0, "bob")
        .await
        .expect_err("a second creation");
    assert!(
        matches!(err, StoreError::Conflict { current: 1, .. }),
        "{err}"
    );
    let second = edit("es", &target, "Segunda versión.", TextStatus::Reviewed);
    assert_eq!(
        s.save_translation("MNG", 2023, &second, 1, "bob")
            .await
            .expect("update"),
        2
    );
    let stale = edit("es", &target, "Versión vieja.", TextStatus::Draft);
    let err = s
        .save_translation("MNG", 2023, &stale, 1, "ana")
        .await
        .expect_err("stale");
    assert!(
        matches!(
            err,
            StoreError::Conflict {
                expected: 1,
                current: 2,
                ..
            }
        ),
        "{err}"
    );
    let spanish = s.translations("MNG", 2023, "es").await.expect("list");
    assert_eq!(spanish.len(), 1);
    assert_eq!(
        (
            spanish[0].translation.text.as_str(),
            spanish[0].translation.status,
            spanish[0].version
        ),
        ("Segunda versión.", TextStatus::Reviewed, 2),
        "the stale save wrote nothing"
    );
    let back = s.export_assessment("MNG", 2023).await.expect("export");
    let shown = back
        .text_in(&target.parse().expect("target"), "es")
        .expect("text");
    assert_eq!(shown.text, "Segunda versión.");
    assert_eq!(
        back.translations.len(),
        2,
        "the sample's French title and this"
    );

    let log = s.audit_log("MNG", 2023).await.expect("audit");
    let audited: Vec<(&str, &str, &str, Option<&str>)> = log
        .iter()
        .filter(|e| e.entity == Entity::Translation)
        .map(|e| {
            (
                e.actor.as_str(),
                e.entity_key.as_str(),
                e.field.as_str(),
                e.new_value.as_deref(),
            )
        })
        .collect();
    let at = format!("es:{target}");
    assert_eq!(
        audited,
        vec![
            ("ana", at.as_str(), "text", Some("Primera versión.")),
            ("ana", at.as_str(), "status", Some("draft")),
            ("bob", at.as_str(), "text", Some("Segunda versión.")),
            ("bob", at.as_str(), "status", Some("reviewed")),
        ]
    );

    // An empty text removes the translation, based on its version like any save.
    let remove = edit("es", &target, "  ", TextStatus::Draft);
    assert!(
        s.save_translation("MNG", 2023, &remove, 1, "ana")
            .await
            .is_err()
    );
    assert_eq!(
        s.save_translation("MNG", 2023, &remove, 2, "ana")
            .await
            .expect("removed"),
        0
    );
    assert!(
        s.translations("MNG", 2023, "es")
            .await
            .expect("list")
            .is_empty()
    );
}

async fn bad_translations_are_refused_by_field_and_store_nothing(s: TestStore) {
    let doc = sample("MNG", 2023);
    s.import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect("import");
    let before = s.export_assessment("MNG", 2023).await.expect("export");
    let not_text = |target: &str| Problem::NotTextRef {
        target: target.to_owned(),
    };
    for (lang, target, field, expected) in [
        (
            "de",
            "jurisdiction/name",
            "lang",
            Problem::NotLanguage { code: "de".into() },
        ),
        (
            "en",
            "jurisdiction/name",
            "lang",
            Problem::NotTranslation { lang: "en".into() },
        ),
        (
            "fr",
            "finding/nowhere",
            "target",
            Problem::NoSuchText {
                target: "finding/nowhere".into(),
            },
        ),
        (
            "fr",
            "../../etc/passwd",
            "target",
            not_text("../../etc/passwd"),
        ),
        (
            "fr",
            "<script>alert(1)</script>",
            "target",
            not_text("<script>alert(1)</script>"),
        ),
    ] {
        let err = s
            .save_translation(
                "MNG",
                2023,
                &edit(lang, target, "x", TextStatus::Draft),
                0,
                "a",
            )
            .await
            .expect_err(target);
        let StoreError::Invalid(problems) = &err else {
            panic!("{target}: {err}")
        };
        assert!(
            problems
                .iter()
                .any(|p| p.path == field && p.problem == expected),
            "{target}: {problems:?}"
        );
    }
    let err = s
        .save_translation(
            "XXX",
            2023,
            &edit("fr", "jurisdiction/name", "x", TextStatus::Draft),
            0,
            "a",
        )
        .await
        .expect_err("unknown assessment");
    assert!(matches!(err, StoreError::NotFound(_)), "{err}");
    assert_eq!(
        s.export_assessment("MNG", 2023).await.expect("export"),
        before
    );
}

async fn the_language_of_an_assessment_is_kept(s: TestStore) {
    let mut doc = sample("MNG", 2023);
    doc.language = "es".into();
    doc.translations[0].lang = "en".into();
    s.import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect("import");
    let back = s.export_assessment("MNG", 2023).await.expect("export");
    assert_eq!(back.language, "es");
    assert_eq!(back, doc);
    let err = s
        .save_translation(
            "MNG",
            2023,
            &edit("es", "jurisdiction/name", "Mongolia", TextStatus::Draft),
            0,
            "a",
        )
        .await
        .expect_err("Spanish into Spanish");
    assert!(err.to_string().contains("lang"), "{err}");
}

async fn published_translations_are_searched_in_their_language(s: TestStore) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let text = std::fs::read_to_string(path).expect("data/reference/mongolia-2023.json");
    let doc = mgi_model::AssessmentDoc::from_json(&text, s.framework()).expect("reference");
    s.import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect("import");
    let french = s.search("situation régulière").await.expect("search");
    assert!(!french.is_empty(), "French words find the French texts");
    assert!(french.iter().all(|h| h.lang == "fr"), "{french:?}");
    let summary = french
        .iter()
        .find(|h| h.kind == mgi_store::PassageKind::Summary)
        .expect("the first summary");
    assert!(
        summary
            .text
            .starts_with("Les migrants en situation régulière")
    );

    // "Mongolia" is in the English and the Spanish texts alike: one hit per passage, in the
    // language asked for when the passage has it.
    let all = s.search("Mongolia").await.expect("search");
    assert!(all.iter().any(|h| h.lang == "en") && all.iter().any(|h| h.lang == "es"));
    let spanish = prefer_language(all.clone(), "es");
    assert!(spanish.len() < all.len());
    let passages: std::collections::BTreeSet<(&str, &str)> = all
        .iter()
        .map(|h| (h.kind.as_str(), h.ref_key.as_str()))
        .collect();
    assert_eq!(spanish.len(), passages.len(), "one hit per passage");
    let both = |h: &&mgi_store::SearchHit| {
        all.iter().any(|o| {
            o.lang == "es"
                && (o.kind.as_str(), o.ref_key.as_str()) == (h.kind.as_str(), h.ref_key.as_str())
        })
    };
    assert!(
        spanish.iter().filter(both).all(|h| h.lang == "es"),
        "the Spanish passage where there is one"
    );
}

async fn the_explorer_carries_each_text_in_every_language_it_is_published_in(s: TestStore) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let text = std::fs::read_to_string(path).expect("data/reference/mongolia-2023.json");
    let mut doc = mgi_model::AssessmentDoc::from_json(&text, s.framework()).expect("reference");
    // A finding changed after its French translation: that translation is stale, not shown.
    let finding = doc
        .findings
        .iter()
        .position(|f| {
            doc.current_translation(&TextRef::Finding(f.key.clone()), "fr")
                .is_some()
        })
        .expect("a finding translated into French");
    doc.findings[finding]
        .text
        .push_str(" Amended after translation.");
    let stale = doc.findings[finding].key.clone();
    s.import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect("import");
    let filter = ExploreFilter {
        among: Among::default(),
        offset: 0,
        limit: 10,
    };
    let mut checked = 0;
    for f in &doc.findings {
        let indicator = &f.indicators[0];
        let page = s.explore(indicator, &filter).await.expect("explore");
        let shown = &page.entries[0].findings;
        let published = shown
            .iter()
            .find(|(_, t, _)| t.text == f.text)
            .map(|(_, t, _)| t)
            .expect("the finding, as written");
        for lang in ["en", "fr", "es"] {
            let expected = doc
                .text_in(&TextRef::Finding(f.key.clone()), lang)
                .expect("the finding");
            assert_eq!(
                published.in_lang(lang),
                (expected.text, expected.lang),
                "{} in {lang}",
                f.key
            );
        }
        if f.key == stale {
            assert_eq!(published.in_lang("fr"), (f.text.as_str(), "en"));
        }
        checked += 1;
    }
    assert_eq!(checked, doc.findings.len());
    let translated = doc
        .findings
        .iter()
        .filter(|f| {
            doc.current_translation(&TextRef::Finding(f.key.clone()), "fr")
                .is_some()
        })
        .count();
    assert!(
        translated > 0,
        "the reference has current French translations"
    );
}

//! A finding is edited whole (kind, text, indicators, citations, footnotes) on top of a version,
//! moved within its domain and kind, deleted, and its suggested indicators reviewed one by one;
//! every change is audited, and a refused change leaves the finding as it was. The same on both
//! backends.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::audit::{Entity, Field};
use mgi_model::{Citation, FindingKind};
use mgi_store::{FindingEdit, ImportMode, Review, Shift, StoreError};

on_both_backends!(
    a_finding_is_saved_with_its_evidence_and_audited,
    a_refused_save_changes_nothing,
    findings_move_within_their_domain_and_kind,
    a_deleted_finding_leaves_its_text_in_the_log,
    suggestions_are_accepted_or_dismissed_one_at_a_time,
);

async fn imported(s: &TestStore) {
    s.import_assessment(&sample("MNG", 2023), "cli", ImportMode::New)
        .await
        .expect("import");
}

fn cite(source: &str, pin: Option<&str>) -> Citation {
    Citation {
        source: source.into(),
        pinpoint: pin.map(str::to_owned),
    }
}

async fn a_finding_is_saved_with_its_evidence_and_audited(s: TestStore) {
    imported(&s).await;
    let f = s.finding("MNG", 2023, "f1").await.expect("finding");
    assert_eq!(f.value.citations.len(), 1, "read with its citations");
    let edit = FindingEdit {
        kind: FindingKind::Potential,
        text: "Rewritten with **emphasis**.".into(),
        indicators: f.value.indicators.clone(),
        citations: vec![
            cite("law-national-security", Some("Article 9.1")),
            cite("law-health-insurance", None),
        ],
        footnotes: vec!["First note.".into(), "Second note.".into()],
    };
    let v = s
        .save_finding("MNG", 2023, "f1", &edit, f.version, "ana")
        .await
        .expect("save");
    assert_eq!(v, f.version + 1);
    let back = s.finding("MNG", 2023, "f1").await.expect("finding");
    assert_eq!(
        FindingEdit::of(&back.value),
        edit,
        "everything as saved, in order"
    );
    let doc = s.export_assessment("MNG", 2023).await.expect("export");
    let exported = doc.finding("f1").expect("f1");
    assert_eq!(
        exported.citations, edit.citations,
        "the export has them too"
    );
    let log = s.audit_log("MNG", 2023).await.expect("log");
    let fields: Vec<Field> = log
        .iter()
        .filter(|e| e.entity == Entity::Finding && e.entity_key == "f1")
        .map(|e| e.field)
        .collect();
    for field in [Field::Kind, Field::Text, Field::Citations, Field::Footnotes] {
        assert!(fields.contains(&field), "{field:?} audited: {fields:?}");
    }
    assert!(
        !fields.contains(&Field::Indicators),
        "an unchanged field is not logged"
    );

    let added = s
        .add_finding("MNG", 2023, &back.value.domain, &edit, "ana")
        .await
        .expect("add");
    assert_eq!(added, format!("{}-pot-1", back.value.domain));
    let new = s.finding("MNG", 2023, &added).await.expect("new");
    assert_eq!(
        new.value.citations, edit.citations,
        "a new finding has its citations"
    );
}

async fn a_refused_save_changes_nothing(s: TestStore) {
    imported(&s).await;
    let f = s.finding("MNG", 2023, "f1").await.expect("finding");
    let mut bad = FindingEdit::of(&f.value);
    bad.citations = vec![
        cite("law-health-insurance", None),
        cite("no-such-source", Some("Art. 1")),
    ];
    bad.indicators.push("nope".into());
    bad.footnotes.push("  ".into());
    let err = s
        .save_finding("MNG", 2023, "f1", &bad, f.version, "ana")
        .await
        .expect_err("refused");
    let StoreError::Invalid(problems) = &err else {
        panic!("{err}");
    };
    // Every problem at once, in the order of the fields, a source the register lacks too.
    let places: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        places,
        ["indicators[1]", "citations[1].source", "footnotes[1]"]
    );
    let after = s.finding("MNG", 2023, "f1").await.expect("finding");
    assert_eq!(after, f, "nothing written, not even the version");

    let stale = s
        .save_finding(
            "MNG",
            2023,
            "f1",
            &FindingEdit::of(&f.value),
            f.version + 5,
            "ana",
        )
        .await
        .expect_err("stale");
    assert!(matches!(stale, StoreError::Conflict { .. }), "{stale}");
}

async fn findings_move_within_their_domain_and_kind(s: TestStore) {
    imported(&s).await;
    let f1 = s.finding("MNG", 2023, "f1").await.expect("f1").value;
    let mut edit = FindingEdit::of(&f1);
    edit.text = "Second well-developed area.".into();
    let second = s
        .add_finding("MNG", 2023, &f1.domain, &edit, "ana")
        .await
        .expect("add");
    let order = |doc: mgi_model::AssessmentDoc| -> Vec<String> {
        doc.findings
            .into_iter()
            .filter(|f| f.kind == FindingKind::WellDeveloped)
            .map(|f| f.key)
            .collect()
    };
    let before = order(s.export_assessment("MNG", 2023).await.expect("export"));
    assert_eq!(before, vec!["f1".to_owned(), second.clone()]);
    assert!(
        !s.move_finding("MNG", 2023, "f1", Shift::Up, "ana")
            .await
            .expect("first stays first"),
    );
    assert!(
        s.move_finding("MNG", 2023, &second, Shift::Up, "ana")
            .await
            .expect("up")
    );
    let after = order(s.export_assessment("MNG", 2023).await.expect("export"));
    assert_eq!(after, vec![second.clone(), "f1".to_owned()]);
    // f2 is a potential finding: moving f1 down passes over nothing of its own kind.
    assert!(
        !s.move_finding("MNG", 2023, "f1", Shift::Down, "ana")
            .await
            .expect("last")
    );
    let log = s.audit_log("MNG", 2023).await.expect("log");
    assert_eq!(
        log.iter().filter(|e| e.field == Field::Position).count(),
        1,
        "one move, one line"
    );
}

async fn a_deleted_finding_leaves_its_text_in_the_log(s: TestStore) {
    imported(&s).await;
    let f = s.finding("MNG", 2023, "f2").await.expect("f2");
    let stale = s
        .delete_finding("MNG", 2023, "f2", f.version + 1, "ana")
        .await
        .expect_err("stale");
    assert!(matches!(stale, StoreError::Conflict { .. }), "{stale}");
    s.delete_finding("MNG", 2023, "f2", f.version, "ana")
        .await
        .expect("delete");
    assert!(matches!(
        s.finding("MNG", 2023, "f2").await,
        Err(StoreError::NotFound(_))
    ));
    let doc = s.export_assessment("MNG", 2023).await.expect("export");
    assert!(doc.finding("f2").is_none());
    assert!(
        doc.findings.iter().all(|f| f.key != "f2"),
        "its citations went with it (the export would fail on a dangling one otherwise)"
    );
    let log = s.audit_log("MNG", 2023).await.expect("log");
    let last = log.last().expect("an entry");
    assert_eq!(
        (
            last.entity,
            last.entity_key.as_str(),
            last.old_value.as_deref(),
            last.new_value.as_deref()
        ),
        (Entity::Finding, "f2", Some(f.value.text.as_str()), None)
    );
}

async fn suggestions_are_accepted_or_dismissed_one_at_a_time(s: TestStore) {
    let mut doc = sample("MNG", 2023);
    let extra: Vec<String> = doc.answers.iter().map(|a| a.indicator.clone()).collect();
    let f1 = &mut doc.findings[0];
    f1.indicators.clear();
    f1.suggested = extra
        .iter()
        .take(2)
        .enumerate()
        .map(|(n, i)| mgi_model::Suggestion {
            indicator: i.clone(),
            score: 1.0 - n as f64 / 10.0,
        })
        .collect();
    s.import_assessment(&doc, "cli", ImportMode::New)
        .await
        .expect("import");
    let f = s.finding("MNG", 2023, "f1").await.expect("f1");
    let v = s
        .review_suggestion(
            "MNG",
            2023,
            "f1",
            &extra[0],
            Review::Accept,
            f.version,
            "ana",
        )
        .await
        .expect("accept");
    let stale = s
        .review_suggestion(
            "MNG",
            2023,
            "f1",
            &extra[1],
            Review::Dismiss,
            f.version,
            "ana",
        )
        .await
        .expect_err("stale");
    assert!(matches!(stale, StoreError::Conflict { .. }), "{stale}");
    s.review_suggestion("MNG", 2023, "f1", &extra[1], Review::Dismiss, v, "ana")
        .await
        .expect("dismiss");
    let after = s.finding("MNG", 2023, "f1").await.expect("f1").value;
    assert_eq!(after.indicators, vec![extra[0].clone()], "accepted only");
    assert!(after.suggested.is_empty(), "nothing left to review");
    let again = s
        .review_suggestion("MNG", 2023, "f1", &extra[1], Review::Accept, v + 1, "ana")
        .await
        .expect_err("no longer suggested");
    assert!(matches!(again, StoreError::Invalid(_)), "{again}");
    let log = s.audit_log("MNG", 2023).await.expect("log");
    assert_eq!(
        log.iter().filter(|e| e.field == Field::Suggestions).count(),
        2
    );
}

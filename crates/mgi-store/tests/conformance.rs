//! The store's behaviour, the same on SQLite and PostgreSQL.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::audit::Entity;
use mgi_model::{AnswerStatus, AnswerValue, Confidence, Stage};
use mgi_store::{AnswerEdit, FindingEdit, ImportMode, Record, Schema, StoreError};

on_both_backends!(
    round_trip_is_lossless,
    duplicate_import_is_refused_and_replace_is_audited,
    invalid_document_stores_nothing,
    batch_import_is_all_or_nothing,
    stale_answer_save_is_a_conflict,
    concurrent_creation_is_a_conflict,
    answer_for_unknown_indicator_is_refused,
    stale_finding_save_is_a_conflict,
    stage_follows_the_workflow,
    unknown_assessment_is_not_found,
    summary_saves_are_versioned,
    reference_assessment_round_trips,
    the_schema_state_compares_applied_migrations_with_the_build,
);

/// What `/readyz` reads: the schema this build made is current; with its last migration
/// undone (an upgrade that has not run) it is behind; with a migration of a newer build it is
/// ahead.
async fn the_schema_state_compares_applied_migrations_with_the_build(s: TestStore) {
    assert_eq!(s.schema_state().await.expect("state"), Schema::Current);
    s.raw_execute(
        "CREATE TABLE kept_migration AS SELECT * FROM _sqlx_migrations
         WHERE version = (SELECT MAX(version) FROM _sqlx_migrations)",
    )
    .await;
    s.raw_execute(
        "DELETE FROM _sqlx_migrations WHERE version = (SELECT MAX(version) FROM kept_migration)",
    )
    .await;
    let Schema::Behind { applied, expected } = s.schema_state().await.expect("state") else {
        panic!("behind");
    };
    assert!(applied < expected, "{applied} < {expected}");
    s.raw_execute("INSERT INTO _sqlx_migrations SELECT * FROM kept_migration")
        .await;
    assert_eq!(s.schema_state().await.expect("state"), Schema::Current);
    s.raw_execute(
        "UPDATE _sqlx_migrations SET version = 99999999999999
         WHERE version = (SELECT MAX(version) FROM kept_migration)",
    )
    .await;
    assert_eq!(
        s.schema_state().await.expect("state"),
        Schema::Ahead {
            applied: 99_999_999_999_999,
            expected
        }
    );
}

async fn round_trip_is_lossless(s: TestStore) {
    let doc = sample("MNG", 2023);
    s.import_assessment(&doc, "tester", ImportMode::New)
        .await
        .expect("import");
    let back = s.export_assessment("MNG", 2023).await.expect("export");
    assert_eq!(back, doc);
    assert_eq!(back.to_json(), doc.to_json());
}

async fn duplicate_import_is_refused_and_replace_is_audited(s: TestStore) {
    let mut doc = sample("MNG", 2023);
    s.import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect("import");
    let err = s
        .import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect_err("duplicate");
    assert!(
        matches!(err, StoreError::AlreadyExists(ref w) if *w == Record::assessment("MNG", 2023)),
        "{err}"
    );
    doc.findings.pop();
    s.import_assessment(&doc, "b", ImportMode::Replace)
        .await
        .expect("replace");
    assert_eq!(
        s.export_assessment("MNG", 2023)
            .await
            .expect("export")
            .findings
            .len(),
        1
    );
    assert_eq!(s.assessment_version("MNG", 2023).await.expect("version"), 2);
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    assert_eq!(log.len(), 2);
    assert_eq!(
        (log[1].actor.as_str(), log[1].field.as_str()),
        ("b", "import")
    );
    assert_eq!(log[1].old_value.as_deref(), Some("version 1"));
}

async fn invalid_document_stores_nothing(s: TestStore) {
    let mut doc = sample("MNG", 2023);
    doc.answers[1].citations[0].source = "nowhere".into();
    doc.findings[0].indicators.push("no-such-indicator".into());
    let err = s
        .import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect_err("invalid");
    let StoreError::Invalid(problems) = err else {
        panic!("expected Invalid, got {err}")
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        vec![
            "$.answers[1].citations[0].source: unknown source \"nowhere\"".to_owned(),
            "$.findings[0].indicators[1]: unknown indicator \"no-such-indicator\" in mgi-national v1".to_owned(),
        ]
    );
    assert!(s.list_assessments().await.expect("list").is_empty());
}

async fn batch_import_is_all_or_nothing(s: TestStore) {
    let first = sample("MNG", 2019);
    let second = sample("MNG", 2023);
    s.import_assessment(&second, "a", ImportMode::New)
        .await
        .expect("import");
    let err = s
        .import_many(&[first, second], "a", ImportMode::New)
        .await
        .expect_err("second exists");
    assert!(matches!(err, StoreError::AlreadyExists(_)), "{err}");
    let years: Vec<i64> = s
        .list_assessments()
        .await
        .expect("list")
        .iter()
        .map(|a| a.year)
        .collect();
    assert_eq!(
        years,
        vec![2023],
        "the 2019 assessment of the failed batch must not be stored"
    );
}

fn edit(value: AnswerValue, narrative: &str) -> AnswerEdit {
    AnswerEdit {
        value,
        narrative: narrative.into(),
        status: AnswerStatus::Complete,
        confidence: Some(Confidence::Medium),
        notes: String::new(),
        citations: Vec::new(),
    }
}

async fn stale_answer_save_is_a_conflict(s: TestStore) {
    let doc = sample("MNG", 2023);
    let id = doc.answers[0].indicator.clone();
    s.import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect("import");
    let loaded = s.answer("MNG", 2023, &id).await.expect("answer");
    assert_eq!(loaded.version, 1);
    // The editor starts from the loaded answer, its evidence included.
    let first = AnswerEdit {
        citations: loaded.value.citations.clone(),
        ..edit(AnswerValue::Absent, "first editor")
    };
    let v2 = s
        .save_answer("MNG", 2023, &id, &first, 1, "alice")
        .await
        .expect("save");
    assert_eq!(v2, 2);
    let err = s
        .save_answer(
            "MNG",
            2023,
            &id,
            &edit(AnswerValue::Partial, "second editor"),
            1,
            "bob",
        )
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
    let now = s.answer("MNG", 2023, &id).await.expect("answer");
    assert_eq!(
        (now.value.narrative.as_str(), now.value.value, now.version),
        ("first editor", AnswerValue::Absent, 2)
    );
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    let changes: Vec<(&str, &str, Option<&str>, Option<&str>)> = log
        .iter()
        .filter(|e| e.entity == Entity::Answer)
        .map(|e| {
            (
                e.actor.as_str(),
                e.field.as_str(),
                e.old_value.as_deref(),
                e.new_value.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        vec![
            ("alice", "value", Some("present"), Some("absent")),
            (
                "alice",
                "narrative",
                Some("Narrative 0"),
                Some("first editor")
            ),
            ("alice", "status", Some("draft"), Some("complete")),
            ("alice", "confidence", Some("high"), Some("medium")),
        ]
    );
    // Citations the edit carried over are kept.
    let exported = s.export_assessment("MNG", 2023).await.expect("export");
    assert_eq!(exported.answers[0].citations, doc.answers[0].citations);
}

async fn concurrent_creation_is_a_conflict(s: TestStore) {
    let mut doc = sample("MNG", 2023);
    doc.answers.clear();
    s.import_assessment(&doc, "a", ImportMode::New)
        .await
        .expect("import");
    let fw = common::framework();
    let id = fw
        .set("mgi-national", 1)
        .and_then(|set| set.indicator_ids().nth(5))
        .expect("indicator")
        .to_owned();
    let first = s
        .save_answer(
            "MNG",
            2023,
            &id,
            &edit(AnswerValue::Present, "one"),
            0,
            "alice",
        )
        .await
        .expect("create");
    assert_eq!(first, 1);
    let err = s
        .save_answer(
            "MNG",
            2023,
            &id,
            &edit(AnswerValue::Absent, "two"),
            0,
            "bob",
        )
        .await
        .expect_err("exists");
    assert!(
        matches!(
            err,
            StoreError::Conflict {
                expected: 0,
                current: 1,
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(
        s.answer("MNG", 2023, &id)
            .await
            .expect("answer")
            .value
            .narrative,
        "one"
    );
}

async fn answer_for_unknown_indicator_is_refused(s: TestStore) {
    s.import_assessment(&sample("MNG", 2023), "a", ImportMode::New)
        .await
        .expect("import");
    let err = s
        .save_answer(
            "MNG",
            2023,
            "'; DROP TABLE answers; --",
            &edit(AnswerValue::Present, "x"),
            0,
            "eve",
        )
        .await
        .expect_err("unknown indicator");
    assert!(
        matches!(err, StoreError::Invalid(ref p) if p[0].path == "indicator"),
        "{err}"
    );
    assert_eq!(
        s.export_assessment("MNG", 2023)
            .await
            .expect("export")
            .answers
            .len(),
        3
    );
}

async fn stale_finding_save_is_a_conflict(s: TestStore) {
    s.import_assessment(&sample("MNG", 2023), "a", ImportMode::New)
        .await
        .expect("import");
    let f = s.finding("MNG", 2023, "f1").await.expect("finding");
    let mut changed = FindingEdit::of(&f.value);
    changed.text = "Rewritten".into();
    assert_eq!(
        s.save_finding("MNG", 2023, "f1", &changed, f.version, "alice")
            .await
            .expect("save"),
        2
    );
    let err = s
        .save_finding(
            "MNG",
            2023,
            "f1",
            &FindingEdit::of(&f.value),
            f.version,
            "bob",
        )
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
    let bad = FindingEdit {
        text: "x".into(),
        indicators: vec!["nope".into()],
        ..FindingEdit::of(&f.value)
    };
    assert!(matches!(
        s.save_finding("MNG", 2023, "f1", &bad, 2, "a").await,
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(
        s.finding("MNG", 2023, "f1")
            .await
            .expect("finding")
            .value
            .text,
        "Rewritten"
    );
}

async fn stage_follows_the_workflow(s: TestStore) {
    s.import_assessment(&sample("MNG", 2023), "a", ImportMode::New)
        .await
        .expect("import");
    let v = s.assessment_version("MNG", 2023).await.expect("version");
    let err = s
        .set_stage("MNG", 2023, Stage::Published, v, "a")
        .await
        .expect_err("skip");
    assert!(matches!(err, StoreError::Transition(_)), "{err}");
    let v2 = s
        .set_stage("MNG", 2023, Stage::DraftShared, v, "a")
        .await
        .expect("forward");
    assert_eq!(v2, v + 1);
    let err = s
        .set_stage("MNG", 2023, Stage::Consultation, v, "b")
        .await
        .expect_err("stale");
    assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
    assert_eq!(
        s.export_assessment("MNG", 2023)
            .await
            .expect("export")
            .stage,
        Stage::DraftShared
    );
}

async fn unknown_assessment_is_not_found(s: TestStore) {
    let err = s.export_assessment("XXX", 1999).await.expect_err("missing");
    assert!(
        matches!(err, StoreError::NotFound(ref w) if w.to_string() == "assessment XXX 1999"),
        "{err}"
    );
}

async fn summary_saves_are_versioned(s: TestStore) {
    s.import_assessment(&sample("MNG", 2023), "a", ImportMode::New)
        .await
        .expect("import");
    // The sample has a summary for the first domain only.
    let created = s
        .save_summary("MNG", 2023, "partnerships", "Partners.", 0, "alice")
        .await
        .expect("create");
    assert_eq!(created, 1);
    let err = s
        .save_summary("MNG", 2023, "partnerships", "Again.", 0, "bob")
        .await
        .expect_err("exists");
    assert!(
        matches!(
            err,
            StoreError::Conflict {
                expected: 0,
                current: 1,
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(
        s.save_summary(
            "MNG",
            2023,
            "partnerships",
            "Partners, revised.",
            1,
            "alice"
        )
        .await
        .expect("update"),
        2
    );
    let err = s
        .save_summary("MNG", 2023, "partnerships", "Stale.", 1, "bob")
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
    let err = s
        .save_summary("MNG", 2023, "<script>", "x", 0, "eve")
        .await
        .expect_err("unknown domain");
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    let doc = s.export_assessment("MNG", 2023).await.expect("export");
    let texts: Vec<(&str, &str)> = doc
        .summaries
        .iter()
        .map(|x| (x.domain.as_str(), x.text.as_str()))
        .collect();
    assert_eq!(texts[1], ("partnerships", "Partners, revised."));
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    let last = log.last().expect("entry");
    assert_eq!(
        (
            last.entity.as_str(),
            last.old_value.as_deref(),
            last.new_value.as_deref()
        ),
        ("summary", Some("Partners."), Some("Partners, revised."))
    );
}

async fn reference_assessment_round_trips(s: TestStore) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let text = std::fs::read_to_string(path).expect("data/reference/mongolia-2023.json");
    let doc =
        mgi_model::AssessmentDoc::from_json(&text, s.framework()).expect("reference is valid");
    s.import_assessment(&doc, "reference", ImportMode::New)
        .await
        .expect("import");
    let back = s.export_assessment("MNG", 2023).await.expect("export");
    assert_eq!(back, doc);
    assert!(mgi_model::check_consistency(&back).is_clean());
}

/// The two sets of migrations are kept in step: same tables, same columns.
#[tokio::test]
async fn migrations_of_both_backends_agree() {
    let sqlite = common::sqlite().await;
    let sqlite_schema = sqlite.schema().await.expect("sqlite schema");
    assert!(sqlite_schema.len() > 80, "{} columns", sqlite_schema.len());
    assert!(
        sqlite_schema
            .iter()
            .any(|c| c.table_name == "answers" && c.column_name == "version")
    );
    let Some(pg) = common::postgres().await else {
        return;
    };
    assert_eq!(pg.schema().await.expect("postgres schema"), sqlite_schema);
}

//! Stored times and codes read back typed: a time as a date-time, a stage or a kind of
//! jurisdiction as the model's enum; a value no version of mgi writes (a hand edit of the
//! database) is an error naming it, never a panic, the same on both backends.

#[macro_use]
mod common;

use common::TestStore;

on_both_backends!(
    tokens_keep_their_times_and_a_damaged_one_is_an_error,
    stages_and_kinds_are_typed_and_an_unknown_one_is_an_error,
);

async fn stages_and_kinds_are_typed_and_an_unknown_one_is_an_error(s: TestStore) {
    let doc = common::sample("MNG", 2023);
    s.import_assessment(&doc, "cli", mgi_store::ImportMode::New)
        .await
        .expect("import");
    let summary = s.assessment_summary("MNG", 2023).await.expect("summary");
    assert_eq!(summary.stage, doc.stage);
    assert_eq!(summary.kind, mgi_model::JurisdictionKind::Country);
    s.raw_execute("UPDATE assessments SET stage = 'nowhere'")
        .await;
    let err = s.list_assessments().await.expect_err("an unknown stage");
    assert!(
        err.to_string().contains("unknown stage \"nowhere\""),
        "{err}"
    );
}

async fn tokens_keep_their_times_and_a_damaged_one_is_an_error(s: TestStore) {
    s.analyst("ana", "Ana").await;
    let before = chrono::Utc::now() - chrono::Duration::seconds(1);
    s.issue_token("ana", "laptop", 30).await.expect("token");
    let listed = s.tokens("ana").await.expect("tokens");
    assert_eq!(listed.len(), 1);
    let t = &listed[0];
    assert!(before <= t.created_at && t.created_at <= chrono::Utc::now());
    let days = (t.expires_at - t.created_at).num_days();
    assert!((29..=30).contains(&days), "expires in 30 days: {days}");
    s.raw_execute("UPDATE api_tokens SET expires_at = 'next week'")
        .await;
    let err = s.tokens("ana").await.expect_err("a damaged time");
    assert!(
        err.to_string().contains("unknown time \"next week\""),
        "{err}"
    );
}

//! Hostile text reaches the store the same way on both backends: refused with a clear error,
//! nothing stored, no database error.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::{AnswerStatus, AnswerValue};
use mgi_store::{AnswerEdit, ImportMode, StoreError};

on_both_backends!(
    a_nul_character_is_refused_and_nothing_is_stored,
    sql_metacharacters_are_plain_text
);

fn edit(narrative: &str) -> AnswerEdit {
    AnswerEdit {
        value: AnswerValue::Partial,
        narrative: narrative.into(),
        status: AnswerStatus::Draft,
        confidence: None,
        notes: String::new(),
        citations: Vec::new(),
    }
}

async fn a_nul_character_is_refused_and_nothing_is_stored(s: TestStore) {
    let doc = sample("MNG", 2026);
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    let id = doc.answers[0].indicator.clone();
    let before = s.answer("MNG", 2026, &id).await.expect("answer");
    let err = s
        .save_answer(
            "MNG",
            2026,
            &id,
            &edit("before\0after"),
            before.version,
            "ana",
        )
        .await
        .expect_err("NUL refused");
    assert!(matches!(err, StoreError::Invalid(_)), "{err:?}");
    assert!(err.to_string().contains("NUL character"), "{err}");
    assert_eq!(
        s.answer("MNG", 2026, &id).await.expect("answer"),
        before,
        "nothing stored"
    );
    let mut bad = sample("KAZ", 2026);
    bad.summaries[0].text = "zero\0byte".into();
    assert!(matches!(
        s.import_assessment(&bad, "test", ImportMode::New).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        s.export_assessment("KAZ", 2026).await,
        Err(StoreError::NotFound(_))
    ));
}

async fn sql_metacharacters_are_plain_text(s: TestStore) {
    let doc = sample("MNG", 2026);
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    let id = doc.answers[0].indicator.clone();
    let v = s.answer("MNG", 2026, &id).await.expect("answer").version;
    let text = "'; DROP TABLE answers; -- \" OR 1=1 /* $1 %_ \\";
    s.save_answer("MNG", 2026, &id, &edit(text), v, "ana")
        .await
        .expect("saved as text");
    assert_eq!(
        s.answer("MNG", 2026, &id)
            .await
            .expect("answer")
            .value
            .narrative,
        text
    );
    assert!(matches!(
        s.export_assessment("MNG' OR '1'='1", 2026).await,
        Err(StoreError::NotFound(_))
    ));
}

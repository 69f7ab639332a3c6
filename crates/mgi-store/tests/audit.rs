//! The audit log reads back in the model's vocabulary, with who by name and when as a time; a
//! row mgi never writes (a hand edit of the database) is an error naming the row, the same on
//! both backends.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::audit::{Entity, Field};
use mgi_store::{ImportMode, StoreError};

on_both_backends!(
    the_log_is_typed_and_names_its_people,
    a_row_mgi_does_not_write_is_an_error_naming_it,
);

async fn the_log_is_typed_and_names_its_people(s: TestStore) {
    s.analyst("ana", "Ana Étienne").await;
    let before = chrono::Utc::now() - chrono::Duration::seconds(1);
    let doc = sample("MNG", 2023);
    s.import_assessment(&doc, "cli", ImportMode::New)
        .await
        .expect("import");
    s.import_assessment(&doc, "ana", ImportMode::Replace)
        .await
        .expect("replace");
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    let read: Vec<(Entity, Field, &str, &str)> = log
        .iter()
        .map(|e| (e.entity, e.field, e.actor.as_str(), e.actor_name.as_str()))
        .collect();
    assert_eq!(
        read,
        vec![
            (Entity::Assessment, Field::Import, "cli", "cli"),
            (Entity::Assessment, Field::Import, "ana", "Ana Étienne"),
        ],
        "who by display name, or by user name when no account has it"
    );
    let after = chrono::Utc::now() + chrono::Duration::seconds(1);
    for e in &log {
        assert!(before <= e.at && e.at <= after, "{}", e.at);
    }
    // The time as the store writes it, for the outputs that show it as text.
    let text = mgi_store::stamp(log[0].at);
    assert!(
        text.len() == 24 && text.ends_with('Z') && text.as_bytes()[19] == b'.',
        "{text}"
    );
}

async fn a_row_mgi_does_not_write_is_an_error_naming_it(s: TestStore) {
    let doc = sample("MNG", 2023);
    s.import_assessment(&doc, "cli", ImportMode::New)
        .await
        .expect("import");
    for (column, value, named) in [
        ("entity", "budget", "unknown entity \"budget\""),
        ("field", "colour", "unknown field \"colour\""),
        ("at", "yesterday", "unknown time \"yesterday\""),
    ] {
        // As a hand edit could leave it.
        s.raw_execute(
            "INSERT INTO audit (at, actor, jurisdiction, year, entity, entity_key, field)
             VALUES ('2026-03-01T10:20:30.123Z', 'someone', 'MNG', 2023, 'answer', 'damaged', 'value')",
        )
        .await;
        s.raw_execute(&format!(
            "UPDATE audit SET {column} = '{value}' WHERE entity_key = 'damaged'"
        ))
        .await;
        let id = s.raw_count("SELECT MAX(id) FROM audit").await;
        let err = s.audit_log("MNG", 2023).await.expect_err("a damaged row");
        match err {
            StoreError::Corrupt(ref what) => {
                assert_eq!(what, &format!("audit row {id}: {named}"));
            }
            other => panic!("expected the row named as damaged, got {other:?}"),
        }
        s.raw_execute("DELETE FROM audit WHERE entity_key = 'damaged'")
            .await;
        assert_eq!(
            s.audit_log("MNG", 2023).await.expect("mended").len(),
            1,
            "the rest of the log reads again once the row is mended"
        );
    }
    // Another assessment's log is not held up by it.
    s.raw_execute(
        "INSERT INTO audit (at, actor, jurisdiction, year, entity, entity_key, field)
         VALUES ('yesterday', 'someone', 'KAZ', 2026, 'budget', '', 'colour')",
    )
    .await;
    assert_eq!(s.audit_log("MNG", 2023).await.expect("own log").len(), 1);
}

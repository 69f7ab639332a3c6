//! Hostile text reaches the store the same way on both backends: refused with a clear error,
//! nothing stored, no database error.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::access::Role;
use mgi_model::{AnswerStatus, AnswerValue, Problem, Stage};
use mgi_store::{AnswerEdit, ImportMode, NewUser, SignInError, StoreError};

on_both_backends!(
    a_nul_character_is_refused_and_nothing_is_stored,
    sql_metacharacters_are_plain_text,
    a_name_is_one_line,
    a_huge_user_name_is_refused_and_never_stored_as_typed,
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

/// A person's name (an account's display name, the name a share-link guest gives) is one line:
/// control characters are refused, whatever the name, and nothing is stored.
async fn a_name_is_one_line(s: TestStore) {
    let mut doc = sample("MNG", 2026);
    doc.stage = Stage::Consultation;
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    let link = s
        .create_share_link("MNG", 2026, "NGOs", 14, "ana")
        .await
        .expect("link");
    let is_name_problem = |e: &StoreError| match e {
        StoreError::Invalid(problems) => problems
            .iter()
            .all(|p| p.path == "name" && matches!(p.problem, Problem::NameNeeded { .. })),
        _ => false,
    };
    for name in [
        "Eve\nAdministrator",
        "Eve\rAdministrator",
        "Bell\u{7}",
        "Tab\there",
        "Next\u{85}line",
        "Delete\u{7f}",
        "",
        "   ",
        &"n".repeat(101),
    ] {
        let err = s
            .redeem_share_link(&link, name, None)
            .await
            .expect_err("refused");
        assert!(is_name_problem(&err), "{name:?}: {err:?}");
        let err = s
            .create_user(&NewUser {
                username: "eve",
                display_name: name,
                role: Role::Analyst,
                password: "long enough password",
                jurisdictions: &[],
                assessment: None,
            })
            .await
            .expect_err("refused");
        assert!(is_name_problem(&err), "{name:?}: {err:?}");
    }
    assert!(s.users().await.expect("users").is_empty(), "nothing stored");
    // Letters of any script, punctuation and spaces inside are a name.
    s.redeem_share_link(&link, "  Батбаяр (NGO «Forum»), Ulaanbaatar  ", None)
        .await
        .expect("redeem")
        .expect("session");
    let users = s.users().await.expect("users");
    assert_eq!(users[0].1, "Батбаяр (NGO «Forum»), Ulaanbaatar", "trimmed");
}

/// A sign-in with a 100 KB name is an unknown name: refused as such, and what is stored of it is
/// a hash, not the name.
async fn a_huge_user_name_is_refused_and_never_stored_as_typed(s: TestStore) {
    let name = format!("{}'; DROP TABLE users; --", "é".repeat(50_000));
    assert!(matches!(
        s.sign_in(&name, "guess", None).await,
        Err(SignInError::BadCredentials)
    ));
    assert_eq!(
        s.raw_count(
            "SELECT COUNT(*) FROM sign_in_failures WHERE name LIKE 'sha256:%' AND LENGTH(name) = 71"
        )
        .await,
        1
    );
    assert_eq!(
        s.raw_count("SELECT COUNT(*) FROM sign_in_failures WHERE LENGTH(name) > 71")
            .await,
        0
    );
}

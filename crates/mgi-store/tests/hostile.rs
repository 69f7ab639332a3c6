//! Hostile text reaches the store the same way on both backends: refused with a clear error,
//! nothing stored, no database error.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::access::Role;
use mgi_model::rules::{MAX_CITATIONS, MAX_TEXT};
use mgi_model::{
    Anchor, AnswerStatus, AnswerValue, Citation, Comment, CommentState, Problem, Stage, Visibility,
    check_consistency,
};
use mgi_store::{AnswerEdit, ImportMode, NewComment, NewUser, SignInError, StoreError};

/// A key that, written raw into an attribute, would redirect the reader's browser.
const HOSTILE_KEY: &str =
    "rights-wd-1\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">";

/// The problems of a refused write, as (path, problem).
fn problems(err: StoreError) -> Vec<(String, Problem)> {
    match err {
        StoreError::Invalid(p) => p.into_iter().map(|e| (e.path, e.problem)).collect(),
        other => panic!("expected a refusal naming the field, got {other:?}"),
    }
}

fn bad_key() -> Problem {
    Problem::BadKey { max: 64 }
}

on_both_backends!(
    a_nul_character_is_refused_and_nothing_is_stored,
    sql_metacharacters_are_plain_text,
    keys_outside_the_rule_are_refused_at_every_entry,
    a_stored_bad_key_still_opens_and_is_named,
    citations_are_capped,
    source_addresses_are_web_or_doi,
    new_comment_keys_never_collide,
    texts_and_names_keep_their_rules,
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

async fn keys_outside_the_rule_are_refused_at_every_entry(s: TestStore) {
    // The exchange import: each kind of keyed record, named by its JSON path.
    let mut doc = sample("MNG", 2026);
    doc.findings[1].key = HOSTILE_KEY.into();
    doc.sources[1].key = "Law National".into();
    for c in &mut doc.findings[1].citations {
        c.source = "Law National".into();
    }
    doc.consultations[0].key = "e 1".into();
    doc.comments[0].key = "x".repeat(65);
    let err = s
        .import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect_err("bad keys refused");
    let found = problems(err);
    for path in [
        "$.findings[1].key",
        "$.sources[1].key",
        "$.consultations[0].key",
        "$.comments[0].key",
    ] {
        assert!(
            found.contains(&(path.to_owned(), bad_key())),
            "{path} not named in {found:?}"
        );
    }
    assert!(matches!(
        s.export_assessment("MNG", 2026).await,
        Err(StoreError::NotFound(_))
    ));
    // A source saved one at a time (the web form, a new source beside an answer).
    let good = sample("MNG", 2026);
    s.import_assessment(&good, "test", ImportMode::New)
        .await
        .expect("import");
    let mut source = good.sources[0].clone();
    source.key = HOSTILE_KEY.into();
    let err = s
        .save_source("MNG", 2026, &source, 0, "ana")
        .await
        .expect_err("bad source key");
    assert_eq!(problems(err), vec![("source.key".to_owned(), bad_key())]);
    let stored = s.sources("MNG", 2026).await.expect("sources");
    assert_eq!(stored.len(), good.sources.len(), "nothing stored");
}

async fn a_stored_bad_key_still_opens_and_is_named(s: TestStore) {
    let doc = sample("MNG", 2023);
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    // As an older mgi could have stored it.
    let quoted = HOSTILE_KEY.replace('\'', "''");
    s.raw_execute(&format!(
        "UPDATE findings SET key = '{quoted}' WHERE key = 'f2'"
    ))
    .await;
    s.raw_execute(
        "UPDATE sources SET url = 'javascript:alert(8)' WHERE key = 'law-national-security'",
    )
    .await;
    let stored = s.export_assessment("MNG", 2023).await.expect("still opens");
    let report = check_consistency(&stored);
    let named: Vec<&str> = report.refused.iter().map(|(r, _)| r.as_str()).collect();
    assert_eq!(
        named,
        vec![
            format!("finding \"{}\"", HOSTILE_KEY.escape_debug()).as_str(),
            "source \"law-national-security\" url",
        ]
    );
    assert_eq!(report.refused[0].1, bad_key());
    assert_eq!(report.refused[1].1, Problem::NotWebAddress);
    // The bad key does not travel into the next round: the carry-over is refused, naming it.
    let err = s
        .new_round("MNG", 2023, 2026, "ana")
        .await
        .expect_err("carry-over refused");
    let found = problems(err);
    assert!(
        found
            .iter()
            .any(|(p, pr)| p.ends_with(".key") && *pr == bad_key()),
        "{found:?}"
    );
    assert!(matches!(
        s.export_assessment("MNG", 2026).await,
        Err(StoreError::NotFound(_))
    ));
}

async fn citations_are_capped(s: TestStore) {
    let doc = sample("MNG", 2026);
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    let id = doc.answers[0].indicator.clone();
    let before = s.answer("MNG", 2026, &id).await.expect("answer");
    let cite = |n: usize| Citation {
        source: "law-health-insurance".into(),
        pinpoint: Some(format!("Article {n}")),
    };
    let mut many = edit("cited");
    many.citations = (0..=MAX_CITATIONS).map(cite).collect();
    let err = s
        .save_answer("MNG", 2026, &id, &many, before.version, "ana")
        .await
        .expect_err("too many citations");
    assert_eq!(
        problems(err),
        vec![(
            "citations".to_owned(),
            Problem::TooManyCitations {
                count: MAX_CITATIONS + 1,
                max: MAX_CITATIONS
            }
        )]
    );
    assert_eq!(
        s.answer("MNG", 2026, &id).await.expect("answer"),
        before,
        "nothing stored"
    );
    many.citations.pop();
    s.save_answer("MNG", 2026, &id, &many, before.version, "ana")
        .await
        .expect("the most allowed");
    let mut doc = sample("KAZ", 2026);
    doc.findings[0].citations = (0..=MAX_CITATIONS).map(cite).collect();
    let err = s
        .import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect_err("import refused");
    assert!(
        problems(err)
            .iter()
            .any(|(p, _)| p == "$.findings[0].citations"),
        "named at the finding"
    );
}

async fn source_addresses_are_web_or_doi(s: TestStore) {
    let doc = sample("MNG", 2026);
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    let mut source = doc.sources[0].clone();
    for bad in [
        "javascript:alert(8)",
        "data:text/html,x",
        "file:///etc/passwd",
    ] {
        source.url = Some(bad.into());
        let err = s
            .save_source("MNG", 2026, &source, 1, "ana")
            .await
            .expect_err(bad);
        assert_eq!(
            problems(err),
            vec![("source.url".to_owned(), Problem::NotWebAddress)]
        );
    }
    source.url = Some("doi:10.18356/9789210014106".into());
    s.save_source("MNG", 2026, &source, 1, "ana")
        .await
        .expect("a DOI is accepted");
    let mut doc = sample("KAZ", 2026);
    doc.sources[0].url = Some("javascript:alert(8)".into());
    let err = s
        .import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect_err("import refused");
    assert_eq!(
        problems(err),
        vec![("$.sources[0].url".to_owned(), Problem::NotWebAddress)]
    );
}

async fn new_comment_keys_never_collide(s: TestStore) {
    let mut doc = sample("MNG", 2026);
    // Imported comments keyed as the store would key the next ones.
    let imported = |key: &str| Comment {
        key: key.into(),
        ..doc.comments[0].clone()
    };
    doc.comments = vec![imported("c2"), imported("c3"), imported("m1")];
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    let comment = NewComment {
        anchor: Anchor::General,
        visibility: Visibility::Government,
        text: "A new comment".into(),
    };
    let mut keys = Vec::new();
    for _ in 0..3 {
        keys.push(
            s.add_comment("MNG", 2026, &comment, "focal")
                .await
                .expect("a new comment is always stored"),
        );
    }
    assert_eq!(keys, vec!["c4", "c5", "c6"]);
    let stored = s.comments("MNG", 2026).await.expect("comments");
    assert_eq!(stored.len(), 6);
    assert!(
        stored
            .iter()
            .filter(|c| keys.contains(&c.value.key))
            .all(|c| c.value.state == CommentState::Open && c.value.text == "A new comment")
    );
}

async fn texts_and_names_keep_their_rules(s: TestStore) {
    let doc = sample("MNG", 2026);
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    let id = doc.answers[0].indicator.clone();
    let v = s.answer("MNG", 2026, &id).await.expect("answer").version;
    let err = s
        .save_answer("MNG", 2026, &id, &edit(&"x".repeat(MAX_TEXT + 1)), v, "ana")
        .await
        .expect_err("too long");
    assert_eq!(
        problems(err),
        vec![(
            "narrative".to_owned(),
            Problem::TooLong {
                chars: MAX_TEXT + 1,
                max: MAX_TEXT
            }
        )]
    );
    s.save_answer("MNG", 2026, &id, &edit(&"x".repeat(MAX_TEXT)), v, "ana")
        .await
        .expect("the longest text allowed");
    // A line break in a name would break a heading and the profile's front matter.
    let mut bad = sample("KAZ", 2026);
    bad.jurisdiction.name = "Kazakhstan\ntitle: injected".into();
    bad.sources[0].title = "Law\u{1b}[2J".into();
    let err = s
        .import_assessment(&bad, "test", ImportMode::New)
        .await
        .expect_err("control characters refused");
    let found = problems(err);
    assert!(found.contains(&("$.jurisdiction.name".to_owned(), Problem::ControlCharacter)));
    assert!(found.contains(&("$.sources[0].title".to_owned(), Problem::ControlCharacter)));
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

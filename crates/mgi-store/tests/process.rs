//! Accounts, consultation, validation, publication and search, the same on both backends.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::access::Role;
use mgi_model::{
    Anchor, AnswerStatus, AnswerValue, Citation, CommentState, Source, SourceKind, Stage,
    Visibility,
};
use mgi_store::{AnswerEdit, ImportMode, NewComment, NewUser, SignInError, StoreError};

on_both_backends!(
    sign_in_checks_the_password_and_locks_after_failures,
    accounts_are_checked_before_they_are_stored,
    publication_needs_an_approval_of_the_current_content,
    a_correction_publishes_a_new_revision_with_a_note,
    share_links_admit_commenters_to_one_assessment,
    comments_are_anchored_and_moderated_with_versions,
    search_sees_published_text_only,
    a_new_source_is_cited_by_an_answer,
    findings_context_and_conventions_are_added_and_edited_with_versions,
);

fn user<'a>(name: &'a str, role: Role, jurisdictions: &'a [String]) -> NewUser<'a> {
    NewUser {
        username: name,
        display_name: name,
        role,
        password: "correct horse battery",
        jurisdictions,
        assessment: None,
    }
}

async fn at_stage(s: &TestStore, stage: Stage) {
    let mut doc = sample("MNG", 2023);
    doc.stage = stage;
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
}

async fn sign_in_checks_the_password_and_locks_after_failures(s: TestStore) {
    at_stage(&s, Stage::DataCollection).await;
    let mng = vec!["MNG".to_owned()];
    s.create_user(&user("gov", Role::FocalPoint, &mng))
        .await
        .expect("create");
    let token = s
        .sign_in("gov", "correct horse battery")
        .await
        .expect("sign in");
    let session = s.session(&token).await.expect("read").expect("session");
    assert_eq!(session.principal.role, Role::FocalPoint);
    assert_eq!(session.principal.jurisdictions, mng);
    assert_eq!(session.csrf.len(), 64);
    assert!(s.session("not-a-token").await.expect("read").is_none());
    s.sign_out(&token).await.expect("sign out");
    assert!(s.session(&token).await.expect("read").is_none());

    assert!(matches!(
        s.sign_in("nobody", "whatever").await,
        Err(SignInError::BadCredentials)
    ));
    for _ in 0..5 {
        assert!(matches!(
            s.sign_in("gov", "wrong").await,
            Err(SignInError::BadCredentials)
        ));
    }
    // Locked now, even with the right password.
    assert!(matches!(
        s.sign_in("gov", "correct horse battery").await,
        Err(SignInError::Locked)
    ));
}

async fn accounts_are_checked_before_they_are_stored(s: TestStore) {
    at_stage(&s, Stage::DataCollection).await;
    let none: Vec<String> = Vec::new();
    let err = s
        .create_user(&user("gov", Role::FocalPoint, &none))
        .await
        .expect_err("a focal point needs a jurisdiction");
    assert!(err.to_string().contains("jurisdictions"), "{err}");
    let err = s
        .create_user(&user("a b<script>", Role::Analyst, &none))
        .await
        .expect_err("bad name");
    assert!(err.to_string().contains("username"), "{err}");
    let mut short = user("ana", Role::Analyst, &none);
    short.password = "short";
    let err = s.create_user(&short).await.expect_err("short password");
    assert!(err.to_string().contains("password"), "{err}");
    let unknown = vec!["ATL".to_owned()];
    let err = s
        .create_user(&user("gov", Role::FocalPoint, &unknown))
        .await
        .expect_err("unknown jurisdiction");
    assert!(err.to_string().contains("jurisdictions[0]"), "{err}");
    assert!(s.users().await.expect("users").is_empty(), "nothing stored");
    s.create_user(&user("ana", Role::Analyst, &none))
        .await
        .expect("create");
    assert!(matches!(
        s.create_user(&user("ana", Role::Analyst, &none)).await,
        Err(StoreError::AlreadyExists(_))
    ));
}

fn answer_edit(narrative: &str) -> AnswerEdit {
    AnswerEdit {
        value: AnswerValue::Present,
        narrative: narrative.into(),
        status: AnswerStatus::Complete,
        confidence: None,
        notes: "private".into(),
        citations: Vec::new(),
    }
}

async fn publication_needs_an_approval_of_the_current_content(s: TestStore) {
    at_stage(&s, Stage::Consultation).await;
    assert!(matches!(
        s.publish("MNG", 2023, "", "admin").await,
        Err(StoreError::Transition(_))
    ));
    let state = s.approval_state("MNG", 2023).await.expect("state");
    assert!(state.latest.is_none() && !state.is_stale());
    assert!(matches!(
        s.approve("MNG", 2023, "0123", "gov").await,
        Err(StoreError::ContentChanged(_))
    ));
    s.approve("MNG", 2023, &state.current, "gov")
        .await
        .expect("approve");
    let doc = s.export_assessment("MNG", 2023).await.expect("export");
    assert_eq!(doc.stage, Stage::Validated, "approval validates");
    assert!(
        s.approval_state("MNG", 2023)
            .await
            .expect("state")
            .is_fresh()
    );

    // A change after the approval makes it stale; publication is refused until a new approval.
    let id = doc.answers[0].indicator.clone();
    let v = s.answer("MNG", 2023, &id).await.expect("answer").version;
    s.save_answer(
        "MNG",
        2023,
        &id,
        &answer_edit("Changed after approval."),
        v,
        "ana",
    )
    .await
    .expect("save");
    let state = s.approval_state("MNG", 2023).await.expect("state");
    assert!(state.is_stale());
    let err = s
        .publish("MNG", 2023, "", "admin")
        .await
        .expect_err("stale approval");
    assert!(err.to_string().contains("approve it (again)"), "{err}");
    assert!(matches!(
        s.publication("MNG", 2023).await,
        Err(StoreError::NotFound(_))
    ));
    s.approve("MNG", 2023, &state.current, "gov")
        .await
        .expect("approve again");
    assert_eq!(
        s.publish("MNG", 2023, "", "admin").await.expect("publish"),
        1
    );
    let p = s.publication("MNG", 2023).await.expect("publication");
    assert_eq!(p.revision, 1);
    assert_eq!(p.doc.stage, Stage::Published);
    assert_eq!(p.doc.answers[0].narrative, "Changed after approval.");
    assert!(p.doc.answers.iter().all(|a| a.notes.is_empty()), "no notes");
    assert!(p.doc.comments.is_empty(), "no comments");
    let published = s.published().await.expect("list");
    assert_eq!(published.len(), 1);
    assert_eq!(
        (published[0].jurisdiction.as_str(), published[0].year),
        ("MNG", 2023)
    );
}

async fn a_correction_publishes_a_new_revision_with_a_note(s: TestStore) {
    at_stage(&s, Stage::Published).await;
    let first = s
        .publication("MNG", 2023)
        .await
        .expect("imported publication");
    assert_eq!(first.revision, 1);
    let v = s.assessment_version("MNG", 2023).await.expect("version");
    s.set_stage("MNG", 2023, Stage::Correction, v, "ana")
        .await
        .expect("correction");
    let id = first.doc.answers[0].indicator.clone();
    let av = s.answer("MNG", 2023, &id).await.expect("answer").version;
    s.save_answer(
        "MNG",
        2023,
        &id,
        &answer_edit("Corrected narrative."),
        av,
        "ana",
    )
    .await
    .expect("save");
    // Meanwhile the public still reads revision 1.
    let still = s.publication("MNG", 2023).await.expect("publication");
    assert_eq!(
        still.doc.answers[0].narrative,
        first.doc.answers[0].narrative
    );
    let hash = s.approval_state("MNG", 2023).await.expect("state").current;
    s.approve("MNG", 2023, &hash, "gov").await.expect("approve");
    let err = s
        .publish("MNG", 2023, "  ", "admin")
        .await
        .expect_err("a correction needs a note");
    assert!(err.to_string().contains("change note"), "{err}");
    assert_eq!(
        s.publish("MNG", 2023, "Narrative of 1.1 corrected.", "admin")
            .await
            .expect("publish"),
        2
    );
    let p = s.publication("MNG", 2023).await.expect("publication");
    assert_eq!(p.revision, 2);
    assert_eq!(p.doc.answers[0].narrative, "Corrected narrative.");
    let notes: Vec<&str> = p.revisions.iter().map(|r| r.change_note.as_str()).collect();
    assert_eq!(notes, ["Imported", "Narrative of 1.1 corrected."]);
}

async fn share_links_admit_commenters_to_one_assessment(s: TestStore) {
    at_stage(&s, Stage::Consultation).await;
    assert!(
        s.create_share_link("MNG", 2023, "NGOs", 0, "ana")
            .await
            .is_err()
    );
    let token = s
        .create_share_link("MNG", 2023, "NGOs", 14, "ana")
        .await
        .expect("link");
    assert_eq!(
        s.share_link(&token).await.expect("read"),
        Some(("MNG".to_owned(), 2023))
    );
    assert_eq!(s.share_link("forged").await.expect("read"), None);
    assert!(
        s.redeem_share_link("forged", "Eve")
            .await
            .expect("read")
            .is_none()
    );
    assert!(s.redeem_share_link(&token, "   ").await.is_err());
    let session = s
        .redeem_share_link(&token, "Batbayar (NGO)")
        .await
        .expect("redeem")
        .expect("session");
    let who = s.session(&session).await.expect("read").expect("session");
    assert_eq!(who.principal.role, Role::Commenter);
    assert_eq!(who.principal.assessment, Some(("MNG".to_owned(), 2023)));
    assert_eq!(who.display_name, "Batbayar (NGO)");
}

async fn comments_are_anchored_and_moderated_with_versions(s: TestStore) {
    at_stage(&s, Stage::Consultation).await;
    let new = |anchor: Anchor, text: &str| NewComment {
        anchor,
        visibility: Visibility::Government,
        text: text.into(),
    };
    let err = s
        .add_comment("MNG", 2023, &new(Anchor::Finding("f99".into()), "x"), "gov")
        .await
        .expect_err("unknown finding");
    assert!(err.to_string().contains("anchor"), "{err}");
    assert!(
        s.add_comment("MNG", 2023, &new(Anchor::General, "  "), "gov")
            .await
            .is_err()
    );
    let key = s
        .add_comment(
            "MNG",
            2023,
            &new(Anchor::Finding("f1".into()), "Cite the 2022 amendment."),
            "gov",
        )
        .await
        .expect("comment");
    let all = s.comments("MNG", 2023).await.expect("comments");
    let mine = all.iter().find(|c| c.value.key == key).expect("stored");
    assert_eq!(mine.value.state, CommentState::Open);
    let v = s
        .set_comment_state(
            "MNG",
            2023,
            &key,
            CommentState::Accepted,
            mine.version,
            "ana",
        )
        .await
        .expect("accept");
    assert!(matches!(
        s.set_comment_state(
            "MNG",
            2023,
            &key,
            CommentState::Declined,
            mine.version,
            "rev"
        )
        .await,
        Err(StoreError::Conflict { .. })
    ));
    let after = s.comments("MNG", 2023).await.expect("comments");
    let mine = after.iter().find(|c| c.value.key == key).expect("stored");
    assert_eq!(
        (mine.value.state, mine.version),
        (CommentState::Accepted, v)
    );
}

async fn search_sees_published_text_only(s: TestStore) {
    at_stage(&s, Stage::Consultation).await;
    let mut other = sample("KAZ", 2022);
    other.jurisdiction.name = "Kazakhstan".into();
    other.stage = Stage::Published;
    other.findings[0].text = "Migrants have access to public health care services.".into();
    s.import_assessment(&other, "test", ImportMode::New)
        .await
        .expect("import");
    let hits = s.search("health care").await.expect("search");
    assert!(!hits.is_empty());
    assert!(
        hits.iter().all(|h| h.jurisdiction == "KAZ"),
        "draft MNG never found"
    );
    assert!(
        hits.iter()
            .any(|h| h.kind == "finding" && h.ref_key == "f1")
    );
    let sources = s.search("health insurance").await.expect("search");
    assert!(
        sources
            .iter()
            .any(|h| h.kind == "source" && h.ref_key == "law-health-insurance"),
        "source titles are searched"
    );
    assert!(
        s.search("\"; DROP TABLE users; --")
            .await
            .expect("hostile query")
            .is_empty()
    );
    assert!(s.search("   ").await.expect("empty").is_empty());
}

async fn a_new_source_is_cited_by_an_answer(s: TestStore) {
    at_stage(&s, Stage::DataCollection).await;
    let mut law = Source {
        key: "law-migration-2024".into(),
        issuer: "Government of Mongolia".into(),
        title: "Law on Labour Migration".into(),
        year: Some(2024),
        kind: SourceKind::Law,
        amended: Vec::new(),
        url: Some("https://legalinfo.mn/".into()),
        online: true,
        language: Some("mn".into()),
        note: None,
    };
    let mut bad = law.clone();
    bad.key = "Bad Key!".into();
    bad.title = " ".into();
    let err = s
        .save_source("MNG", 2023, &bad, 0, "ana")
        .await
        .expect_err("invalid");
    assert!(
        err.to_string().contains("source.key") && err.to_string().contains("source.title"),
        "{err}"
    );
    let v = s
        .save_source("MNG", 2023, &law, 0, "ana")
        .await
        .expect("create");
    assert!(matches!(
        s.save_source("MNG", 2023, &law, 0, "ana").await,
        Err(StoreError::AlreadyExists(_))
    ));
    law.title = "Law on Labour Migration (revised)".into();
    let v2 = s
        .save_source("MNG", 2023, &law, v, "ana")
        .await
        .expect("update");
    assert!(matches!(
        s.save_source("MNG", 2023, &law, v, "other").await,
        Err(StoreError::Conflict { .. })
    ));
    let doc = s.export_assessment("MNG", 2023).await.expect("export");
    let id = doc.answers[0].indicator.clone();
    let current = s.answer("MNG", 2023, &id).await.expect("answer");
    assert_eq!(
        current.value.citations.len(),
        1,
        "the sample's citation is read back"
    );
    let mut edit = answer_edit("Regulated by the 2024 law.");
    edit.citations = vec![Citation {
        source: "law-nowhere".into(),
        pinpoint: None,
    }];
    let err = s
        .save_answer("MNG", 2023, &id, &edit, current.version, "ana")
        .await
        .expect_err("unknown source");
    assert!(err.to_string().contains("citations[0].source"), "{err}");
    edit.citations = vec![Citation {
        source: law.key.clone(),
        pinpoint: Some("Article 7".into()),
    }];
    s.save_answer("MNG", 2023, &id, &edit, current.version, "ana")
        .await
        .expect("save");
    let saved = s.answer("MNG", 2023, &id).await.expect("answer");
    assert_eq!(saved.value.citations, edit.citations);
    let sources = s.sources("MNG", 2023).await.expect("sources");
    let stored = sources
        .iter()
        .find(|x| x.value.key == law.key)
        .expect("stored");
    assert_eq!(
        (stored.value.title.as_str(), stored.version),
        (law.title.as_str(), v2)
    );
    let audit = s.audit_log("MNG", 2023).await.expect("audit");
    assert!(audit.iter().any(|e| e.field == "citations"
        && e.new_value.as_deref() == Some("law-migration-2024 (Article 7)")));
    assert!(audit.iter().any(|e| e.entity == "source"
        && e.field == "title"
        && e.old_value.as_deref() == Some("Law on Labour Migration")));
}

async fn findings_context_and_conventions_are_added_and_edited_with_versions(s: TestStore) {
    at_stage(&s, Stage::DataCollection).await;
    let doc = s.export_assessment("MNG", 2023).await.expect("export");
    let domain = doc.findings[0].domain.clone();
    let id = doc.answers[0].indicator.clone();
    let err = s
        .add_finding(
            "MNG",
            2023,
            &domain,
            mgi_model::FindingKind::Potential,
            "x",
            &["nope".into()],
            "ana",
        )
        .await
        .expect_err("unknown indicator");
    assert!(err.to_string().contains("indicators"), "{err}");
    let key = s
        .add_finding(
            "MNG",
            2023,
            &domain,
            mgi_model::FindingKind::Potential,
            "A new finding.",
            std::slice::from_ref(&id),
            "ana",
        )
        .await
        .expect("add");
    assert_eq!(key, format!("{domain}-pot-1"));
    let f = s.finding("MNG", 2023, &key).await.expect("finding");
    assert_eq!(
        (f.value.text.as_str(), f.value.indicators.clone()),
        ("A new finding.", vec![id.clone()])
    );

    let mut fig = doc.context[0].clone();
    fig.value = 30000.0;
    let figures = s.context_figures("MNG", 2023).await.expect("figures");
    let (pos, v, _) = figures[0].clone();
    let (_, v2) = s
        .save_context_figure("MNG", 2023, Some(pos), &fig, v, "ana")
        .await
        .expect("save");
    assert!(matches!(
        s.save_context_figure("MNG", 2023, Some(pos), &fig, v, "ana")
            .await,
        Err(StoreError::Conflict { .. })
    ));
    let mut bad = fig.clone();
    bad.source = "nowhere".into();
    assert!(
        s.save_context_figure("MNG", 2023, None, &bad, 0, "ana")
            .await
            .is_err()
    );
    let (new_pos, _) = s
        .save_context_figure("MNG", 2023, None, &fig, 0, "ana")
        .await
        .expect("add");
    assert!(new_pos > pos);
    let after = s.context_figures("MNG", 2023).await.expect("figures");
    assert_eq!((after[0].1, after[0].2.value), (v2, 30000.0));
    assert_eq!(after.len(), figures.len() + 1);

    let mut conv = doc.conventions[0].clone();
    let (cv, _) = s.conventions("MNG", 2023).await.expect("conventions")[0].clone();
    conv.ratified = !conv.ratified;
    conv.year = Some(2024);
    s.save_convention("MNG", 2023, &conv, cv, "ana")
        .await
        .expect("save");
    assert!(matches!(
        s.save_convention("MNG", 2023, &conv, cv, "ana").await,
        Err(StoreError::Conflict { .. })
    ));
    assert!(matches!(
        s.save_convention("MNG", 2023, &conv, 0, "ana").await,
        Err(StoreError::AlreadyExists(_))
    ));
    let stored = s.export_assessment("MNG", 2023).await.expect("export");
    assert_eq!(stored.conventions[0], conv);
}

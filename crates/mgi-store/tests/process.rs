//! Accounts, consultation, validation, publication and search, the same on both backends.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::access::Role;
use mgi_model::audit::{Entity, Field};
use mgi_model::{
    Anchor, AnswerStatus, AnswerValue, Citation, CommentState, Source, SourceKind, Stage,
    Visibility,
};
use std::net::IpAddr;

use mgi_store::{
    AnswerEdit, ImportMode, LinkState, MAX_CLIENT_FAILURES, MAX_GUESTS, MAX_STORED_FAILURES,
    NewComment, NewUser, Refusal, SignInError, StoreError, password_checks,
};

on_both_backends!(
    sign_in_checks_the_password_and_locks_after_failures,
    failures_elsewhere_do_not_lock_the_owner_out,
    one_address_trying_many_names_is_refused,
    an_unknown_name_costs_one_password_check_like_a_known_one,
    failed_sign_ins_are_stored_bounded,
    accounts_are_checked_before_they_are_stored,
    publication_needs_an_approval_of_the_current_content,
    a_correction_publishes_a_new_revision_with_a_note,
    publication_is_refused_while_something_blocks_unless_overridden,
    a_ready_assessment_is_published_without_an_override,
    share_links_admit_commenters_to_one_assessment,
    share_links_are_made_only_while_the_draft_is_shared,
    share_links_end_for_good_when_the_draft_moves_on,
    a_revoked_link_ends_its_guests,
    a_link_admits_a_bounded_number_of_guests_and_a_returning_browser_keeps_its_own,
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

fn ip(address: &str) -> Option<IpAddr> {
    Some(address.parse().expect("address"))
}

const PASSWORD: &str = "correct horse battery";

async fn sign_in_checks_the_password_and_locks_after_failures(s: TestStore) {
    at_stage(&s, Stage::DataCollection).await;
    let mng = vec!["MNG".to_owned()];
    s.create_user(&user("gov", Role::FocalPoint, &mng))
        .await
        .expect("create");
    let token = s.sign_in("gov", PASSWORD, None).await.expect("sign in");
    let session = s.session(&token).await.expect("read").expect("session");
    assert_eq!(session.principal.role, Role::FocalPoint);
    assert_eq!(session.principal.jurisdictions, mng);
    assert_eq!(session.csrf.len(), 64);
    assert!(s.session("not-a-token").await.expect("read").is_none());
    s.sign_out(&token).await.expect("sign out");
    assert!(s.session(&token).await.expect("read").is_none());

    assert!(matches!(
        s.sign_in("nobody", "whatever", None).await,
        Err(SignInError::BadCredentials)
    ));
    for _ in 0..5 {
        assert!(matches!(
            s.sign_in("gov", "wrong", None).await,
            Err(SignInError::BadCredentials)
        ));
    }
    // Locked now from there, even with the right password.
    assert!(matches!(
        s.sign_in("gov", PASSWORD, None).await,
        Err(SignInError::Locked)
    ));
}

async fn failures_elsewhere_do_not_lock_the_owner_out(s: TestStore) {
    at_stage(&s, Stage::DataCollection).await;
    s.create_user(&user("gov", Role::FocalPoint, &["MNG".to_owned()]))
        .await
        .expect("create");
    let attacker = ip("203.0.113.66");
    for _ in 0..5 {
        assert!(matches!(
            s.sign_in("gov", "guess", attacker).await,
            Err(SignInError::BadCredentials)
        ));
    }
    assert!(matches!(
        s.sign_in("gov", PASSWORD, attacker).await,
        Err(SignInError::Locked)
    ));
    // The owner, at another address, signs in; so does the attacker's address for another name.
    s.sign_in("gov", PASSWORD, ip("198.51.100.7"))
        .await
        .expect("the owner is not locked out");
    s.create_user(&user("ana", Role::Analyst, &[]))
        .await
        .expect("create");
    s.sign_in("ana", PASSWORD, attacker)
        .await
        .expect("another name from the same address");
    // Refused attempts are not counted: they do not extend the lock.
    assert_eq!(
        s.raw_count("SELECT COUNT(*) FROM sign_in_failures WHERE client = '203.0.113.66'")
            .await,
        5
    );
    // An IPv6 client is one client across its /64 network.
    for n in 1..=5 {
        let from = ip(&format!("2001:db8:1:2::{n}"));
        assert!(matches!(
            s.sign_in("gov", "guess", from).await,
            Err(SignInError::BadCredentials)
        ));
    }
    assert!(matches!(
        s.sign_in("gov", PASSWORD, ip("2001:db8:1:2:ffff::9")).await,
        Err(SignInError::Locked)
    ));
    s.sign_in("gov", PASSWORD, ip("2001:db8:1:3::1"))
        .await
        .expect("another network");
    // An IPv4 address mapped in IPv6 is that IPv4 address.
    assert!(matches!(
        s.sign_in("gov", PASSWORD, ip("::ffff:203.0.113.66")).await,
        Err(SignInError::Locked)
    ));
}

async fn one_address_trying_many_names_is_refused(s: TestStore) {
    at_stage(&s, Stage::DataCollection).await;
    s.create_user(&user("gov", Role::FocalPoint, &["MNG".to_owned()]))
        .await
        .expect("create");
    let sprayer = ip("192.0.2.44");
    for n in 0..MAX_CLIENT_FAILURES {
        assert!(matches!(
            s.sign_in(&format!("user{n}"), "guess", sprayer).await,
            Err(SignInError::BadCredentials)
        ));
    }
    assert!(matches!(
        s.sign_in("gov", PASSWORD, sprayer).await,
        Err(SignInError::Locked)
    ));
    s.sign_in("gov", PASSWORD, ip("192.0.2.45"))
        .await
        .expect("from another address");
}

async fn an_unknown_name_costs_one_password_check_like_a_known_one(s: TestStore) {
    at_stage(&s, Stage::Consultation).await;
    s.create_user(&user("gov", Role::FocalPoint, &["MNG".to_owned()]))
        .await
        .expect("create");
    let link = s
        .create_share_link("MNG", 2023, "NGOs", 14, "ana")
        .await
        .expect("link");
    let guest = s
        .redeem_share_link(&link, "Batbayar", None)
        .await
        .expect("redeem")
        .expect("session");
    let guest = s
        .session(&guest)
        .await
        .expect("read")
        .expect("session")
        .principal
        .username;
    let long = "x".repeat(100_000);
    // (name, password, signs in): every path checks one password, whether the account exists,
    // has a password, or the name could be one at all.
    for (name, password, ok) in [
        ("gov", PASSWORD, true),
        ("gov", "wrong", false),
        ("nobody", "wrong", false),
        (guest.as_str(), "", false),
        (long.as_str(), "wrong", false),
    ] {
        let before = password_checks();
        let result = s.sign_in(name, password, ip("192.0.2.1")).await;
        assert_eq!(result.is_ok(), ok, "{}", &name[..name.len().min(20)]);
        assert_eq!(
            password_checks() - before,
            1,
            "{}: one argon2 verification",
            &name[..name.len().min(20)]
        );
    }
}

async fn failed_sign_ins_are_stored_bounded(s: TestStore) {
    at_stage(&s, Stage::DataCollection).await;
    // A name longer than any user name is stored as its hash, never as typed.
    let long = "x".repeat(100_000);
    assert!(matches!(
        s.sign_in(&long, "guess", ip("192.0.2.1")).await,
        Err(SignInError::BadCredentials)
    ));
    assert_eq!(
        s.raw_count("SELECT COUNT(*) FROM sign_in_failures").await,
        1
    );
    assert_eq!(
        s.raw_count("SELECT COUNT(*) FROM sign_in_failures WHERE LENGTH(name) > 71")
            .await,
        0
    );
    // Failures older than the window go with the next failure.
    s.raw_execute(
        "INSERT INTO sign_in_failures (name, client, at)
         VALUES ('old', '192.0.2.9', '2001-01-01T00:00:00.000Z')",
    )
    .await;
    assert!(matches!(
        s.sign_in("nobody", "guess", ip("192.0.2.1")).await,
        Err(SignInError::BadCredentials)
    ));
    assert_eq!(
        s.raw_count("SELECT COUNT(*) FROM sign_in_failures WHERE name = 'old'")
            .await,
        0
    );
    // However many addresses fail within the window, the newest failures only are kept.
    s.raw_execute(
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10010)
         INSERT INTO sign_in_failures (name, client, at)
         SELECT 'spray', 'client' || i, '2999-01-01T00:00:00.000Z' FROM n",
    )
    .await;
    assert!(matches!(
        s.sign_in("nobody", "guess", ip("192.0.2.2")).await,
        Err(SignInError::BadCredentials)
    ));
    assert_eq!(
        s.raw_count("SELECT COUNT(*) FROM sign_in_failures").await,
        MAX_STORED_FAILURES
    );
    assert_eq!(
        s.raw_count("SELECT COUNT(*) FROM sign_in_failures WHERE client = '192.0.2.2'")
            .await,
        1,
        "the newest is kept"
    );
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

/// The sample assessment is not ready for publication (draft answers, an open comment…): the
/// tests of approval and correction publish it with this reason.
const OVERRIDE: &str = "Tested: approval and correction, not readiness.";

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
        s.publish("MNG", 2023, "", Some(OVERRIDE), "admin").await,
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
        .publish("MNG", 2023, "", Some(OVERRIDE), "admin")
        .await
        .expect_err("stale approval: an override does not lift it");
    assert!(err.to_string().contains("approve it (again)"), "{err}");
    assert!(matches!(
        s.publication("MNG", 2023).await,
        Err(StoreError::NotFound(_))
    ));
    s.approve("MNG", 2023, &state.current, "gov")
        .await
        .expect("approve again");
    assert_eq!(
        s.publish("MNG", 2023, "", Some(OVERRIDE), "admin")
            .await
            .expect("publish"),
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
        .publish("MNG", 2023, "  ", Some(OVERRIDE), "admin")
        .await
        .expect_err("a correction needs a note");
    assert!(err.to_string().contains("change note"), "{err}");
    assert_eq!(
        s.publish(
            "MNG",
            2023,
            "Narrative of 1.1 corrected.",
            Some(OVERRIDE),
            "admin"
        )
        .await
        .expect("publish"),
        2
    );
    let p = s.publication("MNG", 2023).await.expect("publication");
    assert_eq!(p.revision, 2);
    assert_eq!(p.doc.answers[0].narrative, "Corrected narrative.");
    let notes: Vec<&str> = p.revisions.iter().map(|r| r.change_note.as_str()).collect();
    assert_eq!(notes, ["Imported", "Narrative of 1.1 corrected."]);
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    assert!(
        log.iter().any(|e| e.field == Field::Note
            && e.new_value.as_deref() == Some("Narrative of 1.1 corrected.")),
        "the publication's note is in the audit log"
    );
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
        s.redeem_share_link("forged", "Eve", None)
            .await
            .expect("read")
            .is_none()
    );
    assert!(s.redeem_share_link(&token, "   ", None).await.is_err());
    let session = s
        .redeem_share_link(&token, "Batbayar (NGO)", None)
        .await
        .expect("redeem")
        .expect("session");
    let who = s.session(&session).await.expect("read").expect("session");
    assert_eq!(who.principal.role, Role::Commenter);
    assert_eq!(who.principal.assessment, Some(("MNG".to_owned(), 2023)));
    assert_eq!(who.display_name, "Batbayar (NGO)");
}

async fn share_links_are_made_only_while_the_draft_is_shared(s: TestStore) {
    for stage in Stage::ALL {
        let mut doc = sample("MNG", 2023);
        doc.stage = stage;
        s.import_assessment(&doc, "test", ImportMode::Replace)
            .await
            .expect("import");
        let made = s.create_share_link("MNG", 2023, "NGOs", 14, "ana").await;
        if matches!(stage, Stage::DraftShared | Stage::Consultation) {
            made.expect("a link while the draft is shared");
        } else {
            match made {
                Err(StoreError::Refused(Refusal::ShareNotNow {
                    jurisdiction,
                    year,
                    stage: at,
                })) => assert_eq!((jurisdiction.as_str(), year, at), ("MNG", 2023, stage)),
                other => panic!("{stage}: {other:?}"),
            }
        }
    }
}

/// Move MNG 2023 to `to` as an analyst would.
async fn move_to(s: &TestStore, to: Stage) {
    let version = s.assessment_version("MNG", 2023).await.expect("version");
    s.set_stage("MNG", 2023, to, version, "ana")
        .await
        .expect("move");
}

async fn guest_of(s: &TestStore, link: &str, name: &str) -> String {
    s.redeem_share_link(link, name, None)
        .await
        .expect("redeem")
        .expect("a live link")
}

async fn signed_in(s: &TestStore, session: &str) -> bool {
    s.session(session).await.expect("read").is_some()
}

async fn share_links_end_for_good_when_the_draft_moves_on(s: TestStore) {
    at_stage(&s, Stage::DraftShared).await;
    let link = s
        .create_share_link("MNG", 2023, "Government", 14, "ana")
        .await
        .expect("link");
    let guest = guest_of(&s, &link, "Ministry").await;
    // Draft shared → consultation: still the same sharing of the draft.
    move_to(&s, Stage::Consultation).await;
    assert!(s.share_link(&link).await.expect("read").is_some());
    assert!(signed_in(&s, &guest).await);
    // Validated by approval: the link and its guest are dead…
    let state = s.approval_state("MNG", 2023).await.expect("state");
    s.approve("MNG", 2023, &state.current, "gov")
        .await
        .expect("approve");
    assert!(s.share_link(&link).await.expect("read").is_none());
    assert!(!signed_in(&s, &guest).await);
    // …and stay dead when the assessment comes back to consultation.
    move_to(&s, Stage::Consultation).await;
    assert!(s.share_link(&link).await.expect("read").is_none());
    assert!(!signed_in(&s, &guest).await);
    assert!(
        s.redeem_share_link(&link, "Ministry", Some(&guest))
            .await
            .expect("redeem")
            .is_none()
    );
    let listed = s.share_links("MNG", 2023).await.expect("links");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].state, LinkState::DraftMovedOn);
    assert_eq!(listed[0].stage, Stage::DraftShared);
    assert_eq!(listed[0].guests, 1);
    assert!(listed[0].ended_at.is_some());
    // A new link is needed, and it dies too when the draft goes back to data collection.
    let again = s
        .create_share_link("MNG", 2023, "Government", 14, "ana")
        .await
        .expect("a new link");
    let second = guest_of(&s, &again, "Ministry").await;
    move_to(&s, Stage::DataCollection).await;
    move_to(&s, Stage::DraftShared).await;
    assert!(s.share_link(&again).await.expect("read").is_none());
    assert!(!signed_in(&s, &second).await);
}

async fn a_revoked_link_ends_its_guests(s: TestStore) {
    at_stage(&s, Stage::Consultation).await;
    let mut kaz = sample("KAZ", 2023);
    kaz.stage = Stage::Consultation;
    s.import_assessment(&kaz, "test", ImportMode::New)
        .await
        .expect("import");
    let ngos = s
        .create_share_link("MNG", 2023, "NGOs", 14, "ana")
        .await
        .expect("link");
    let unions = s
        .create_share_link("MNG", 2023, "Unions", 14, "ana")
        .await
        .expect("link");
    let other = s
        .create_share_link("KAZ", 2023, "NGOs", 14, "ana")
        .await
        .expect("link");
    let ngo = guest_of(&s, &ngos, "NGO Forum").await;
    let union = guest_of(&s, &unions, "Trade union").await;
    let listed = s.share_links("MNG", 2023).await.expect("links");
    let labels: Vec<&str> = listed.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(labels, ["Unions", "NGOs"], "newest first");
    let ngos_id = listed[1].id;
    let other_id = s.share_links("KAZ", 2023).await.expect("links")[0].id;
    // A link is revoked through its own assessment only.
    assert!(
        !s.revoke_share_link("MNG", 2023, other_id, "ana")
            .await
            .expect("revoke")
    );
    assert!(s.share_link(&other).await.expect("read").is_some());
    assert!(
        !s.revoke_share_link("MNG", 2023, 999_999, "ana")
            .await
            .expect("revoke")
    );
    assert!(
        s.revoke_share_link("MNG", 2023, ngos_id, "ana")
            .await
            .expect("revoke")
    );
    assert!(s.share_link(&ngos).await.expect("read").is_none());
    assert!(!signed_in(&s, &ngo).await, "its guest is out");
    assert!(signed_in(&s, &union).await, "another link's guest stays");
    assert!(
        s.redeem_share_link(&ngos, "NGO Forum", None)
            .await
            .expect("redeem")
            .is_none()
    );
    let listed = s.share_links("MNG", 2023).await.expect("links");
    assert_eq!(listed[1].state, LinkState::Revoked);
    assert_eq!(listed[0].state, LinkState::Open);
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    assert!(
        log.iter().any(|e| e.entity == Entity::ShareLink
            && e.field == Field::Revoked
            && e.entity_key == "NGOs"),
        "revocation audited"
    );
    // Revoking again changes nothing and is no error.
    assert!(
        s.revoke_share_link("MNG", 2023, ngos_id, "ana")
            .await
            .expect("revoke")
    );
}

async fn a_link_admits_a_bounded_number_of_guests_and_a_returning_browser_keeps_its_own(
    s: TestStore,
) {
    at_stage(&s, Stage::Consultation).await;
    let link = s
        .create_share_link("MNG", 2023, "Everyone", 14, "ana")
        .await
        .expect("link");
    let other = s
        .create_share_link("MNG", 2023, "Others", 14, "ana")
        .await
        .expect("link");
    let first = guest_of(&s, &link, "First").await;
    // The same browser comes back with its session: it keeps its guest.
    let again = s
        .redeem_share_link(&link, "First again", Some(&first))
        .await
        .expect("redeem")
        .expect("session");
    assert_eq!(again, first);
    // A guest of another link, or a stale cookie, gets a guest of this link.
    let elsewhere = guest_of(&s, &other, "Elsewhere").await;
    let second = s
        .redeem_share_link(&link, "Second", Some(&elsewhere))
        .await
        .expect("redeem")
        .expect("session");
    assert_ne!(second, elsewhere);
    s.redeem_share_link(&link, "Third", Some("stale-cookie"))
        .await
        .expect("redeem")
        .expect("session");
    let listed = s.share_links("MNG", 2023).await.expect("links");
    let everyone = listed
        .iter()
        .find(|l| l.label == "Everyone")
        .expect("listed");
    assert_eq!(everyone.guests, 3);
    for n in 3..MAX_GUESTS {
        guest_of(&s, &link, &format!("Guest {n}")).await;
    }
    match s.redeem_share_link(&link, "One too many", None).await {
        Err(StoreError::Refused(Refusal::LinkFull { max })) => assert_eq!(max, MAX_GUESTS),
        other => panic!("{other:?}"),
    }
    // Those admitted keep their access, and may come back.
    assert!(signed_in(&s, &first).await);
    assert_eq!(
        s.redeem_share_link(&link, "First", Some(&first))
            .await
            .expect("redeem"),
        Some(first.clone())
    );
    let listed = s.share_links("MNG", 2023).await.expect("links");
    let everyone = listed
        .iter()
        .find(|l| l.label == "Everyone")
        .expect("listed");
    assert_eq!(
        (everyone.guests, everyone.state),
        (MAX_GUESTS, LinkState::Full)
    );
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
            .any(|h| h.kind == mgi_store::PassageKind::Finding && h.ref_key == "f1")
    );
    let sources = s.search("health insurance").await.expect("search");
    assert!(
        sources.iter().any(
            |h| h.kind == mgi_store::PassageKind::Source && h.ref_key == "law-health-insurance"
        ),
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
    assert!(audit.iter().any(|e| e.field == Field::Citations
        && e.new_value.as_deref() == Some("law-migration-2024 (Article 7)")));
    assert!(audit.iter().any(|e| e.entity == Entity::Source
        && e.field == Field::Title
        && e.old_value.as_deref() == Some("Law on Labour Migration")));
}

async fn findings_context_and_conventions_are_added_and_edited_with_versions(s: TestStore) {
    at_stage(&s, Stage::DataCollection).await;
    let doc = s.export_assessment("MNG", 2023).await.expect("export");
    let domain = doc.findings[0].domain.clone();
    let id = doc.answers[0].indicator.clone();
    let err = s
        .add_finding("MNG", 2023, &domain, &new_finding("x", "nope"), "ana")
        .await
        .expect_err("unknown indicator");
    assert!(err.to_string().contains("indicators"), "{err}");
    let key = s
        .add_finding(
            "MNG",
            2023,
            &domain,
            &new_finding("A new finding.", &id),
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

/// A potential finding with its text, speaking to one indicator, without evidence.
fn new_finding(text: &str, indicator: &str) -> mgi_store::FindingEdit {
    mgi_store::FindingEdit {
        kind: mgi_model::FindingKind::Potential,
        text: text.into(),
        indicators: vec![indicator.into()],
        citations: Vec::new(),
        footnotes: Vec::new(),
    }
}

/// The sample, approved in validation: draft answers, indicators of the set without an answer,
/// unreviewed suggestions and an open comment block its publication (16 of its 17 texts without
/// a French translation only warn).
async fn approved_sample(s: &TestStore) {
    at_stage(s, Stage::Consultation).await;
    let hash = s.approval_state("MNG", 2023).await.expect("state").current;
    s.approve("MNG", 2023, &hash, "gov").await.expect("approve");
}

async fn publication_is_refused_while_something_blocks_unless_overridden(s: TestStore) {
    use mgi_model::readiness::Gap;
    approved_sample(&s).await;
    let set_size = s
        .framework()
        .set("mgi-national", 1)
        .expect("set")
        .indicator_ids()
        .count();
    let Err(StoreError::Refused(Refusal::NotReady { blockers, .. })) =
        s.publish("MNG", 2023, "", None, "admin").await
    else {
        panic!("publication with blockers and no override");
    };
    assert_eq!(
        blockers,
        [
            (Gap::AnswersNotStarted, set_size - 3),
            (Gap::AnswersDraft, 3),
            (Gap::SuggestionsNotReviewed, 1),
            (Gap::OpenComments, 1),
        ]
    );
    let text = mgi_store::store_error_text(
        mgi_i18n::Lang::Fr,
        &StoreError::Refused(Refusal::NotReady {
            jurisdiction: "MNG".into(),
            year: 2023,
            blockers: blockers.clone(),
        }),
    )
    .expect("said");
    assert!(
        text.contains("3 réponses sont des brouillons") && text.contains("1 commentaire"),
        "{text}"
    );
    for bad in [
        "   ",
        "two\nlines",
        &"x".repeat(mgi_store::MAX_OVERRIDE + 1),
    ] {
        let err = s
            .publish("MNG", 2023, "", Some(bad), "admin")
            .await
            .expect_err("a bad reason");
        assert!(
            matches!(&err, StoreError::Invalid(e) if e[0].path == "override_reason"),
            "{err}"
        );
    }
    assert!(s.revisions("MNG", 2023).await.expect("none").is_empty());
    let reason = "The minister launches it on Monday; answers verified offline.";
    s.publish("MNG", 2023, "", Some(&format!("  {reason} ")), "admin")
        .await
        .expect("publish with an override");
    let revisions = s.revisions("MNG", 2023).await.expect("revisions");
    assert_eq!(revisions.len(), 1);
    assert_eq!(revisions[0].override_reason.as_deref(), Some(reason));
    assert_eq!(revisions[0].published_by, "admin");
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    let entry = log
        .iter()
        .find(|e| e.field == Field::Override)
        .expect("the override is audited");
    assert_eq!(entry.new_value.as_deref(), Some(reason));
    assert_eq!(
        entry.old_value.as_deref(),
        Some(
            format!(
                "answers-not-started: {}, answers-draft: 3, suggestions-not-reviewed: 1, open-comments: 1",
                set_size - 3
            )
            .as_str()
        )
    );
}

async fn a_ready_assessment_is_published_without_an_override(s: TestStore) {
    let mut doc = common::sample("MNG", 2023);
    doc.stage = Stage::Validated;
    let answer = doc.answers[0].clone();
    doc.answers = s
        .framework()
        .set("mgi-national", 1)
        .expect("set")
        .indicator_ids()
        .map(|id| mgi_model::Answer {
            indicator: id.to_owned(),
            status: AnswerStatus::Reviewed,
            ..answer.clone()
        })
        .collect();
    doc.findings[0].suggested.clear();
    doc.comments[0].state = CommentState::Resolved;
    doc.translations.clear();
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    let hash = s.approval_state("MNG", 2023).await.expect("state").current;
    s.approve("MNG", 2023, &hash, "gov").await.expect("approve");
    let ready = s
        .readiness("MNG", 2023, mgi_store::CommentsSeen::All)
        .await
        .expect("readiness");
    assert!(
        ready
            .blockers(mgi_model::readiness::Gate::Publish)
            .is_empty(),
        "{ready:?}"
    );
    s.publish("MNG", 2023, "", Some("Not needed."), "admin")
        .await
        .expect("publish");
    let revisions = s.revisions("MNG", 2023).await.expect("revisions");
    assert_eq!(revisions[0].override_reason, None, "nothing was overridden");
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    assert!(log.iter().all(|e| e.field != Field::Override));
}

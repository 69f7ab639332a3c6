//! The signed-in application through the router, as a browser without JavaScript uses it:
//! sign-in, forms with CSRF tokens, the answer editor with its conflict page, comments,
//! approval of exactly what was read, publication, share links.

mod common;

use axum::http::StatusCode;
use common::{Client, NOTE_TEXT, OVERRIDE, PASSWORD, app, app_trusting, escaped, hidden};

const DRAFT: &str = "/work/MNG/2026";

/// The first indicator of the draft's workspace table.
async fn first_indicator(c: &mut Client<'_>) -> String {
    let page = c.get(DRAFT).await.body;
    let at = page.find("/indicators/").expect("an indicator link") + "/indicators/".len();
    page[at..page[at..].find('"').map(|e| at + e).expect("link end")].to_owned()
}

#[tokio::test]
async fn sign_in_sets_a_protected_cookie_and_wrong_passwords_lock_the_account() {
    let a = app().await;
    let mut c = Client::new(&a);
    let r = c.sign_in("analyst", "wrong").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(
        r.body
            .contains("The user name is unknown or the password is wrong.")
    );
    // The refusal is in an error summary linking to the field, the name typed is kept, the
    // password is not.
    assert!(
        r.body
            .contains("<div class=\"error-summary\" role=\"alert\"")
    );
    assert!(
        r.body
            .contains("<a href=\"#username\">The user name is unknown or the password is wrong. Check both and try again.</a>")
    );
    assert!(r.body.contains("name=\"username\" value=\"analyst\""));
    assert!(
        r.body
            .contains("aria-describedby=\"username-error\" aria-invalid=\"true\"")
    );
    assert!(!r.body.contains("value=\"wrong\""));
    let r = c.sign_in("analyst", PASSWORD).await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (StatusCode::SEE_OTHER, "/work")
    );
    let cookie = r
        .headers
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("cookie");
    assert!(
        cookie.starts_with("mgi_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let dash = c.get("/work").await;
    assert_eq!(dash.status, StatusCode::OK);
    assert!(dash.body.contains("href=\"/work/MNG/2026\""));

    let mut m = Client::new(&a);
    for _ in 0..5 {
        assert_eq!(
            m.sign_in("reviewer", "nope").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    let r = m.sign_in("reviewer", PASSWORD).await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "locked even with the right password"
    );
    assert!(r.body.contains("Too many failed sign-ins"));
    assert!(
        r.body.contains("<a href=\"#locked-help\">") && r.body.contains("id=\"locked-help\""),
        "the refusal links to what to do now"
    );
}

#[tokio::test]
async fn failed_sign_ins_elsewhere_do_not_lock_the_owner_out() {
    let a = app().await;
    let mut attacker = Client::new(&a).at("203.0.113.66:50123");
    for _ in 0..5 {
        assert_eq!(
            attacker.sign_in("reviewer", "nope").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        attacker.sign_in("reviewer", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the attacker's address is refused"
    );
    let mut owner = Client::new(&a).at("198.51.100.7:41000");
    let r = owner.sign_in("reviewer", PASSWORD).await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (StatusCode::SEE_OTHER, "/work"),
        "the owner signs in from elsewhere"
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_forwarded_address_is_the_client() {
    let proxy = "10.0.0.2";
    let a = app_trusting(vec![proxy.parse().expect("address")]).await;
    let through_proxy = |client: &str| {
        Client::new(&a)
            .at(&format!("{proxy}:8080"))
            .with_header("x-forwarded-for", client)
    };
    // Someone not behind the proxy claims to be the owner's address: not believed, counted
    // under its own.
    let mut spoofer = Client::new(&a)
        .at("192.0.2.5:3000")
        .with_header("x-forwarded-for", "198.51.100.7");
    let mut attacker = through_proxy("203.0.113.66");
    for _ in 0..5 {
        assert_eq!(
            spoofer.sign_in("reviewer", "nope").await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            attacker.sign_in("reviewer", "nope").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        attacker.sign_in("reviewer", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        spoofer.sign_in("reviewer", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // The proxy itself is not locked: the owner behind it signs in.
    let mut owner = through_proxy("198.51.100.7");
    assert_eq!(
        owner.sign_in("reviewer", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn sign_in_without_the_form_token_is_refused() {
    let a = app().await;
    let mut c = Client::new(&a);
    let r = c
        .post("/login", &[("username", "analyst"), ("password", PASSWORD)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(
        c.get("/work").await.location.ends_with("/login"),
        "not signed in"
    );
}

#[tokio::test]
async fn forms_need_the_session_token_and_nothing_is_saved_without_it() {
    let a = app().await;
    let mut c = Client::new(&a);
    c.sign_in("analyst", PASSWORD).await;
    let id = first_indicator(&mut c).await;
    let before = a.store.answer("MNG", 2026, &id).await.expect("answer");
    let v = before.version.to_string();
    let url = format!("{DRAFT}/indicators/{id}");
    let fields = [
        ("version", v.as_str()),
        ("value", "absent"),
        ("narrative", "forged"),
        ("status", "draft"),
    ];
    let r = c.post(&url, &fields).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut forged = fields.to_vec();
    forged.push(("csrf", "0000"));
    assert_eq!(c.post(&url, &forged).await.status, StatusCode::FORBIDDEN);
    let after = a.store.answer("MNG", 2026, &id).await.expect("answer");
    assert_eq!(after, before, "nothing saved");
}

#[tokio::test]
async fn an_answer_is_saved_with_a_new_source_and_a_stale_save_shows_both_versions() {
    let a = app().await;
    let mut first = Client::new(&a);
    let mut second = Client::new(&a);
    first.sign_in("analyst", PASSWORD).await;
    second.sign_in("admin", PASSWORD).await;
    let id = first_indicator(&mut first).await;
    let url = format!("{DRAFT}/indicators/{id}");
    // Both open the editor at the same version.
    let v = hidden(&first.get(&url).await.body, "version").expect("version");
    assert_eq!(
        hidden(&second.get(&url).await.body, "version").as_deref(),
        Some(v.as_str())
    );
    let csrf = first.csrf().await;
    let r = first
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("version", &v),
                ("value", "partial"),
                ("narrative", "First editor's **narrative**."),
                ("status", "complete"),
                ("confidence", "high"),
                ("notes", "checked with the ministry"),
                ("new_issuer", "Government of Mongolia"),
                ("new_title", "Law on Labour Migration"),
                ("new_year", "2024"),
                ("new_kind", "law"),
                ("new_url", "https://legalinfo.mn/"),
                ("new_pin", "Article 7"),
            ],
        )
        .await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (
            StatusCode::SEE_OTHER,
            format!("{url}?done=answer-saved").as_str()
        )
    );
    let after = first.get(&r.location).await.body;
    assert!(
        after.contains("banner-success") && after.contains("Answer saved"),
        "the page after the save says it was saved"
    );
    assert!(
        !after.contains("done=answer-saved"),
        "the language switch does not repeat the banner"
    );
    let saved = a.store.answer("MNG", 2026, &id).await.expect("answer");
    assert_eq!(saved.value.narrative, "First editor's **narrative**.");
    let cited = saved.value.citations.last().expect("citation");
    assert_eq!(
        (cited.source.as_str(), cited.pinpoint.as_deref()),
        ("law-on-labour-migration-2024", Some("Article 7"))
    );
    assert!(
        a.store
            .sources("MNG", 2026)
            .await
            .expect("sources")
            .iter()
            .any(|s| s.value.title == "Law on Labour Migration")
    );

    let csrf2 = second.csrf().await;
    let r = second
        .save_answer(&id, &csrf2, &v, "absent", "Second editor's text.", "draft")
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(
        r.body
            .contains("First editor's <strong>narrative</strong>."),
        "theirs is shown"
    );
    assert!(
        r.body.contains("Second editor&#39;s text.</textarea>"),
        "mine is kept in the form"
    );
    let offered = hidden(&r.body, "version").expect("version in the form");
    assert_eq!(
        offered,
        saved.version.to_string(),
        "the form now saves on top of theirs"
    );
    // Saving again from the conflict page works and overwrites knowingly.
    let r = second
        .save_answer(&id, &csrf2, &offered, "absent", "Merged text.", "draft")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        a.store
            .answer("MNG", 2026, &id)
            .await
            .expect("answer")
            .value
            .narrative,
        "Merged text."
    );
}

#[tokio::test]
async fn the_focal_point_approves_what_it_read_and_a_later_change_needs_a_new_approval() {
    let a = app().await;
    assert!(
        !Client::new(&a)
            .get("/")
            .await
            .body
            .contains("data-progress"),
        "one published round: no progress to show yet"
    );
    let mut ana = Client::new(&a);
    let mut gov = Client::new(&a);
    let mut admin = Client::new(&a);
    ana.sign_in("analyst", PASSWORD).await;
    gov.sign_in("focal-point", PASSWORD).await;
    admin.sign_in("admin", PASSWORD).await;
    let id = first_indicator(&mut ana).await;

    // An internal comment of the team is not shown to the government.
    let csrf = ana.csrf().await;
    let r = ana
        .comment(&csrf, "general", "", "internal", "TEAM-ONLY remark")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(ana.get(DRAFT).await.body.contains("TEAM-ONLY remark"));
    assert!(!gov.get(DRAFT).await.body.contains("TEAM-ONLY remark"));
    let gcsrf = gov.csrf().await;
    let r = gov.comment(&gcsrf, "indicator", &id, "internal", "x").await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "only the team writes internal comments"
    );
    let r = gov
        .comment(
            &gcsrf,
            "indicator",
            &id,
            "government",
            "Please cite the 2022 amendment.",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        ana.get(&format!("{DRAFT}/indicators/{id}"))
            .await
            .body
            .contains("Please cite the 2022 amendment.")
    );

    // Approval from the preview: what was read is what is approved.
    let preview = gov.get(&format!("{DRAFT}/preview")).await;
    assert!(
        !preview.body.contains(NOTE_TEXT),
        "no research notes in the preview"
    );
    let hash = hidden(&preview.body, "hash").expect("approval form");
    assert!(
        hidden(&ana.get(&format!("{DRAFT}/preview")).await.body, "hash").is_none(),
        "analysts do not approve"
    );
    let r = gov
        .post(
            &format!("{DRAFT}/approve"),
            &[("csrf", &gcsrf), ("hash", &hash)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let ws = admin.get(DRAFT).await.body;
    assert!(
        ws.contains("<span class=\"stage\" data-stage=\"validated\">validated</span>")
            && ws.contains("covers the current content"),
        "{ws}"
    );

    // Validated content is frozen for the team: an edit is refused.
    let v = a
        .store
        .answer("MNG", 2026, &id)
        .await
        .expect("answer")
        .version
        .to_string();
    let r = ana
        .save_answer(&id, &csrf, &v, "absent", "late", "draft")
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Back to consultation, a change, and the approval is stale: publication is refused.
    let r = ana.move_stage(&csrf, "consultation").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = ana
        .save_answer(
            &id,
            &csrf,
            &v,
            "present",
            "Changed after approval.",
            "complete",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = gov
        .post(
            &format!("{DRAFT}/approve"),
            &[("csrf", &gcsrf), ("hash", &hash)],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::CONFLICT,
        "the old hash no longer matches what is there"
    );
    assert!(r.body.contains("changed since you read it"));

    let preview = gov.get(&format!("{DRAFT}/preview")).await.body;
    assert!(
        preview.contains("data-gap=\"findings-without-citations\" data-blocks=\"false\""),
        "the approval form warns of what is not ready"
    );
    let hash = hidden(&preview, "hash").expect("approval form");
    assert_eq!(
        gov.post(
            &format!("{DRAFT}/approve"),
            &[("csrf", &gcsrf), ("hash", &hash)]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let acsrf = admin.csrf().await;
    assert_eq!(
        ana.post(
            &format!("{DRAFT}/publish"),
            &[("csrf", &csrf), ("note", "")]
        )
        .await
        .status,
        StatusCode::FORBIDDEN,
        "analysts do not publish"
    );
    // Publication asks first: its page lists what blocks it (the reference has findings that
    // cite no source, texts without a French translation), each linked to where it is fixed,
    // and asks the administrator's reason to publish anyway.
    let publish = format!("{DRAFT}/publish");
    assert!(
        admin.get(DRAFT).await.body.contains(&format!(
            "<form method=\"get\" action=\"{publish}\"><button data-check=\"publish\">"
        )),
        "the workspace's button leads to the confirmation page"
    );
    let page = admin.get(&publish).await;
    assert_eq!(page.status, StatusCode::OK);
    for part in [
        "data-gap=\"findings-without-citations\" data-blocks=\"true\"",
        "data-gap=\"untranslated-fr\" data-blocks=\"false\"",
        "href=\"/work/MNG/2026/translations/fr\"",
        "href=\"/work/MNG/2026/findings/",
        "name=\"override_reason\"",
        "data-confirm=\"publish\"",
    ] {
        assert!(page.body.contains(part), "{part} in {}", page.body);
    }
    let r = admin
        .post(&publish, &[("csrf", &acsrf), ("note", "")])
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "nothing published: {}",
        r.body
    );
    assert!(r.body.contains("not ready for publication"), "{}", r.body);
    assert!(
        r.body.contains("class=\"error-summary\"")
            && r.body.contains("data-confirm=\"publish\"")
            && r.body.contains("class=\"account\""),
        "the same page, signed in, with the refusal at the reason's field: {}",
        r.body
    );
    let r = admin
        .post(
            &publish,
            &[("csrf", &acsrf), ("note", ""), ("override_reason", "a\nb")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("id=\"override_reason-error\"") && r.body.contains("value=\"a\nb\""),
        "the reason refused at its field, as typed: {}",
        r.body
    );
    let r = admin
        .post(
            &publish,
            &[
                ("csrf", &acsrf),
                ("note", "Published for the tests."),
                ("override_reason", OVERRIDE),
            ],
        )
        .await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (StatusCode::SEE_OTHER, "/profiles/MNG/2026?done=published")
    );
    let ws = admin.get(DRAFT).await.body;
    assert!(
        ws.contains("data-override") && ws.contains(&format!("<q><bdi>{OVERRIDE}</bdi></q>")),
        "the workspace shows the override: {ws}"
    );
    let mut public = Client::new(&a);
    let profile = public.get("/profiles/MNG/2026").await;
    assert_eq!(profile.status, StatusCode::OK);
    assert!(!profile.body.contains(NOTE_TEXT) && !profile.body.contains("TEAM-ONLY"));
    let data = public.get("/profiles/MNG/2026.json").await.body;
    assert!(
        data.contains("Changed after approval."),
        "the published data carries the change"
    );
    assert!(!data.contains(NOTE_TEXT) && !data.contains("TEAM-ONLY"));
    // The publication's note: in the JSON, on the page's list of revisions, in the audit log.
    let published: serde_json::Value = serde_json::from_str(&data).expect("JSON");
    assert_eq!(
        published["revisions"][0]["note"], "Published for the tests.",
        "{}",
        published["revisions"]
    );
    assert!(profile.body.contains("Published for the tests."));
    let audit = admin.get(&format!("{DRAFT}/audit")).await.body;
    assert!(audit.contains("Published for the tests."));
    let home = public.get("/").await.body;
    assert!(home.contains("/profiles/MNG/2026"));
    assert!(
        home.contains("<a href=\"/progress/MNG\" data-progress>"),
        "two published rounds: the home page leads to the progress between them"
    );
}

#[tokio::test]
async fn a_share_link_admits_a_participant_to_comment_on_that_draft_only() {
    let a = app().await;
    let (mut ana, csrf) = Client::signed_in(&a, "analyst").await;
    let r = ana
        .post(
            &format!("{DRAFT}/share"),
            &[("csrf", &csrf), ("label", "NGOs"), ("days", "7")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let at = r.body.find("/share/").expect("link");
    let link = r.body[at..at + r.body[at..].find('<').expect("end")].to_owned();

    let mut guest = Client::new(&a);
    let form = guest.get(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    let token = hidden(&form.body, "form").expect("form token");
    let r = guest
        .post(
            &link,
            &[("form", &token), ("name", "Batbayar, Mongolian NGO Forum")],
        )
        .await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (StatusCode::SEE_OTHER, DRAFT)
    );
    let ws = guest.get(DRAFT).await;
    assert_eq!(ws.status, StatusCode::OK);
    assert!(!ws.body.contains("Create link") && !ws.body.contains("Audit log"));
    let gcsrf = guest.csrf().await;
    let r = guest
        .comment(&gcsrf, "general", "", "government", "Our view")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        ana.get(DRAFT)
            .await
            .body
            .contains("Batbayar, Mongolian NGO Forum")
    );
    assert_eq!(
        guest.get("/work/KAZ/2026").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        guest.get("/work/MNG/2023").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        guest.get("/share/forged-token").await.status,
        StatusCode::NOT_FOUND
    );
    // The link dies when the draft goes back to data collection (or on to validation), and
    // its participant is out.
    let r = ana.move_stage(&csrf, "data-collection").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        Client::new(&a).get(&link).await.status,
        StatusCode::NOT_FOUND
    );
    let out = guest.get(DRAFT).await;
    assert_eq!(
        (out.status, out.location.as_str()),
        (StatusCode::SEE_OTHER, "/login"),
        "nor the participant's session"
    );
    // Both stay dead when the draft is shared again: a new link is needed.
    for stage in ["draft-shared", "consultation"] {
        assert_eq!(
            ana.move_stage(&csrf, stage).await.status,
            StatusCode::SEE_OTHER
        );
    }
    assert_eq!(
        Client::new(&a).get(&link).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(guest.get(DRAFT).await.status, StatusCode::SEE_OTHER);
    let ws = ana.get(DRAFT).await.body;
    assert!(
        ws.contains("data-state=\"ended\"") && ws.contains("the draft left the shared stages"),
        "the workspace says why the link ended"
    );
}

/// Open a share link as a new browser would and give `name`: the answer to the form.
async fn redeem(guest: &mut Client<'_>, link: &str, name: &str) -> common::Reply {
    let form = guest.get(link).await;
    assert_eq!(form.status, StatusCode::OK, "{link}");
    let token = hidden(&form.body, "form").expect("form token");
    guest.post(link, &[("form", &token), ("name", name)]).await
}

#[tokio::test]
async fn share_links_are_listed_and_revoked_from_the_workspace() {
    let a = app().await;
    let (mut ana, csrf) = Client::signed_in(&a, "analyst").await;
    let r = ana
        .post(
            &format!("{DRAFT}/share"),
            &[("csrf", &csrf), ("label", "NGO forum"), ("days", "7")],
        )
        .await;
    let at = r.body.find("/share/").expect("link");
    let link = r.body[at..at + r.body[at..].find('<').expect("end")].to_owned();
    let mut guest = Client::new(&a);
    let r = redeem(&mut guest, &link, "Batbayar").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // The same browser opening the link again keeps its participant.
    let r = redeem(&mut guest, &link, "Batbayar").await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (StatusCode::SEE_OTHER, DRAFT)
    );
    let ws = ana.get(DRAFT).await.body;
    assert!(ws.contains("id=\"share-links\""), "the links are listed");
    assert!(ws.contains("<bdi>NGO forum</bdi>"));
    assert!(ws.contains("1 of 50"), "one participant admitted");
    assert!(ws.contains("data-state=\"open\""));
    let id = hidden(&ws, "link").expect("a revoke button");
    assert!(
        a.store
            .share_links("MNG", 2026)
            .await
            .expect("links")
            .iter()
            .all(|l| l.guests == 1)
    );
    // The guest may not revoke; nor may a form without the session's token.
    let gcsrf = guest.csrf().await;
    assert_eq!(
        guest
            .post(
                &format!("{DRAFT}/share/revoke"),
                &[("csrf", &gcsrf), ("link", &id)]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ana.post(&format!("{DRAFT}/share/revoke"), &[("link", &id)])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let r = ana
        .post(
            &format!("{DRAFT}/share/revoke"),
            &[("csrf", &csrf), ("link", &id)],
        )
        .await;
    assert_eq!(
        (r.status, r.location.as_str()),
        (
            StatusCode::SEE_OTHER,
            "/work/MNG/2026?done=share-revoked#share-links"
        )
    );
    assert_eq!(
        Client::new(&a).get(&link).await.status,
        StatusCode::NOT_FOUND,
        "the link admits no one"
    );
    assert_eq!(
        guest.get(DRAFT).await.status,
        StatusCode::SEE_OTHER,
        "its participant is out"
    );
    let ws = ana.get(DRAFT).await.body;
    assert!(ws.contains("data-state=\"revoked\"") && ws.contains("revoked on"));
    assert!(hidden(&ws, "link").is_none(), "nothing left to revoke");
    let fr = ana.get(&format!("/fr{DRAFT}")).await.body;
    assert!(fr.contains("Liens de partage") && fr.contains("révoqué le"));
    let audit = ana.get(&format!("{DRAFT}/audit")).await.body;
    assert!(
        audit.contains("revoked"),
        "the revocation is in the audit log"
    );
    assert!(
        audit.contains("<span class=\"muted\">(<bdi>analyst</bdi>)</span>"),
        "who by display name, the account name in brackets"
    );

    // Outside the shared stages no link is made, and the refusal says why in the language.
    assert_eq!(
        ana.move_stage(&csrf, "data-collection").await.status,
        StatusCode::SEE_OTHER
    );
    let ws = ana.get(DRAFT).await.body;
    assert!(!ws.contains("name=\"days\""), "no form to make one");
    let r = ana
        .post(
            &format!("{DRAFT}/share"),
            &[("csrf", &csrf), ("label", "Late"), ("days", "7")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(
        r.body.contains("only while the draft is shared"),
        "{}",
        r.body
    );
    let r = ana
        .post(
            &format!("/fr{DRAFT}/share"),
            &[("csrf", &csrf), ("label", "Late"), ("days", "7")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(
        r.body
            .contains("ne se créent que pendant que le projet est communiqué"),
        "{}",
        r.body
    );
    let r = ana
        .post(
            &format!("/es{DRAFT}/share"),
            &[("csrf", &csrf), ("label", "Late"), ("days", "7")],
        )
        .await;
    assert!(r.body.contains("solo se crean mientras el borrador"));
}

#[tokio::test]
async fn narratives_are_sanitised_markdown() {
    let a = app().await;
    let mut ana = Client::new(&a);
    ana.sign_in("analyst", PASSWORD).await;
    let id = first_indicator(&mut ana).await;
    let csrf = ana.csrf().await;
    let v = a
        .store
        .answer("MNG", 2026, &id)
        .await
        .expect("answer")
        .version
        .to_string();
    let hostile = "See **Article 7**.<script>alert('x')</script><img src=x onerror=alert(1)>";
    let r = ana
        .save_answer(&id, &csrf, &v, "present", hostile, "complete")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut rev = Client::new(&a);
    rev.sign_in("reviewer", PASSWORD).await;
    let page = rev.get(&format!("{DRAFT}/indicators/{id}")).await.body;
    assert!(page.contains("<strong>Article 7</strong>"));
    assert!(
        !page.contains("<script>alert") && !page.contains("onerror"),
        "{page}"
    );
}

#[tokio::test]
async fn summaries_and_consultation_events_feed_the_profile() {
    let a = app().await;
    let (mut ana, csrf) = Client::signed_in(&a, "analyst").await;
    let domain = a
        .store
        .framework()
        .latest("mgi-national")
        .expect("set")
        .domains[0]
        .id
        .clone();
    let url = format!("{DRAFT}/summaries/{domain}");
    let v = hidden(&ana.get(&url).await.body, "version").expect("version");
    let mut save = async |text: &str| {
        ana.post(&url, &[("csrf", &csrf), ("version", &v), ("text", text)])
            .await
    };
    assert_eq!(
        save("A new summary of the domain.").await.status,
        StatusCode::SEE_OTHER
    );
    let r = save("A stale summary.").await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("A new summary of the domain.") && r.body.contains("A stale summary."));
    assert_eq!(
        ana.get(&format!("{DRAFT}/summaries/nowhere")).await.status,
        StatusCode::NOT_FOUND
    );

    let event = |start: &'static str, end: &'static str| {
        [
            ("title", "Validation workshop"),
            ("start", start),
            ("end", end),
            ("place", "Ulaanbaatar"),
            ("participants", "42"),
            ("description", "Ministries and NGOs"),
        ]
    };
    let mut bad: Vec<(&str, &str)> = event("2026-05-03", "2026-05-01").to_vec();
    bad.push(("csrf", &csrf));
    let r = ana.post(&format!("{DRAFT}/consultations"), &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("before it starts"));
    let mut good: Vec<(&str, &str)> = event("2026-05-01", "2026-05-02").to_vec();
    good.push(("csrf", &csrf));
    assert_eq!(
        ana.post(&format!("{DRAFT}/consultations"), &good)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let preview = ana.get(&format!("{DRAFT}/preview")).await.body;
    assert!(
        preview.contains("Validation workshop"),
        "the annex reports the event"
    );
    assert!(
        preview.contains("A new summary of the domain."),
        "the summary is in the profile"
    );
}

#[tokio::test]
async fn a_correction_replaces_the_served_revision_with_its_public_note() {
    let a = app().await;
    let mut public = Client::new(&a);
    let before = public.get("/profiles/MNG/2023.json").await;
    assert_eq!(before.status, StatusCode::OK);
    // The correction, through the store as the team and the government would do it.
    let s = &a.store;
    let v = s.assessment_version("MNG", 2023).await.expect("version");
    s.set_stage("MNG", 2023, mgi_model::Stage::Correction, v, "analyst")
        .await
        .expect("correction");
    let doc = s.export_assessment("MNG", 2023).await.expect("doc");
    let id = doc.answers[0].indicator.clone();
    let current = s.answer("MNG", 2023, &id).await.expect("answer");
    let edit = mgi_store::AnswerEdit {
        value: current.value.value,
        narrative: "CORRECTED-NARRATIVE".into(),
        status: current.value.status,
        confidence: current.value.confidence,
        notes: current.value.notes.clone(),
        citations: current.value.citations.clone(),
    };
    s.save_answer("MNG", 2023, &id, &edit, current.version, "analyst")
        .await
        .expect("save");
    // Until republished, the public still reads the first revision.
    assert!(
        !public
            .get("/profiles/MNG/2023.json")
            .await
            .body
            .contains("CORRECTED-NARRATIVE")
    );
    let hash = s.approval_state("MNG", 2023).await.expect("state").current;
    s.approve("MNG", 2023, &hash, "focal-point")
        .await
        .expect("approve");
    s.publish(
        "MNG",
        2023,
        "Narrative of one indicator corrected.",
        Some(common::OVERRIDE),
        "admin",
    )
    .await
    .expect("publish");
    // Cached pages are rechecked against the database within a second.
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let after = public.get("/profiles/MNG/2023.json").await.body;
    assert!(
        after.contains("CORRECTED-NARRATIVE"),
        "the new revision is served"
    );
    let page = public.get("/profiles/MNG/2023").await.body;
    assert!(
        page.contains("revision 2") && page.contains("Narrative of one indicator corrected."),
        "the change note is public"
    );
}

#[tokio::test]
async fn sources_are_edited_in_the_register_with_versions() {
    let a = app().await;
    let (mut ana, csrf) = Client::signed_in(&a, "analyst").await;
    let register = ana.get(&format!("{DRAFT}/sources")).await;
    assert_eq!(register.status, StatusCode::OK);
    let first = a.store.sources("MNG", 2026).await.expect("sources")[0].clone();
    let url = format!("{DRAFT}/sources/{}", first.value.key);
    assert!(register.body.contains(&url));
    let v = hidden(&ana.get(&url).await.body, "version").expect("version");
    let fields = |title: &'static str, version: &str| {
        vec![
            ("csrf", csrf.clone()),
            ("version", version.to_owned()),
            ("issuer", first.value.issuer.clone()),
            ("title", title.to_owned()),
            ("year", "2015".to_owned()),
            ("kind", "law".to_owned()),
            ("amended", "2019, 2022".to_owned()),
            ("url", String::new()),
            ("note", String::new()),
        ]
    };
    let ok = fields("Law on Health Insurance (revised)", &v);
    let borrowed: Vec<(&str, &str)> = ok.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        ana.post(&url, &borrowed).await.status,
        StatusCode::SEE_OTHER
    );
    let stored = a.store.sources("MNG", 2026).await.expect("sources")[0].clone();
    assert_eq!(
        (stored.value.title.as_str(), stored.value.amended.as_slice()),
        ("Law on Health Insurance (revised)", &[2019, 2022][..])
    );
    let stale = fields("Stale title", &v);
    let borrowed: Vec<(&str, &str)> = stale.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = ana.post(&url, &borrowed).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("Law on Health Insurance (revised)") && r.body.contains("Stale title"));
    assert_eq!(
        ana.get(&format!("{DRAFT}/sources/no-such-source"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

/// The reference lists the Law on Disaster Protection twice (2003 and 2017): the register
/// finds both by words, flags them as likely duplicates, and merges one into the other after a
/// confirmation that says what will happen.
#[tokio::test]
async fn duplicate_sources_are_found_flagged_and_merged() {
    let a = app().await;
    common::cite_both_disaster_laws(&a.store).await;
    let (mut ana, csrf) = Client::signed_in(&a, "analyst").await;
    let (drop, keep) = (
        "law-disaster-protection-2003",
        "law-disaster-protection-2017",
    );
    let total = a.store.sources("MNG", 2026).await.expect("sources").len();

    // Found by words, whatever the capitals and accents.
    let found = ana.get(&format!("{DRAFT}/sources?q=DISASTER+2017")).await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(
        found.body.contains(&format!("1 of {total} sources")),
        "{}",
        found.body
    );
    assert!(found.body.contains(&format!("{DRAFT}/sources/{keep}\"")));
    assert!(!found.body.contains(&format!("{DRAFT}/sources/{drop}\"")));
    let accented = ana
        .get(&format!("{DRAFT}/sources?q=LAW+on+d%C3%8DSASTER"))
        .await;
    assert!(
        accented.body.contains(&format!("2 of {total} sources")),
        "{}",
        accented.body
    );
    let none = ana.get(&format!("{DRAFT}/sources?q=zzzz")).await;
    assert!(
        none.body
            .contains("No source of the register matches these words.")
    );
    let long = "x".repeat(201);
    assert_eq!(
        ana.get(&format!("{DRAFT}/sources?q={long}")).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // Flagged on the list, with the way to merge each into the other.
    let register = ana.get(&format!("{DRAFT}/sources")).await.body;
    assert!(register.contains(&format!("{total} sources")));
    assert_eq!(
        register.matches("data-twins").count(),
        2,
        "the pair, once each"
    );
    let confirm_url = format!("{DRAFT}/sources/{drop}/merge?into={keep}");
    let named = |key: &str, register: &[mgi_store::Versioned<mgi_model::Source>]| {
        let s = &register
            .iter()
            .find(|s| s.value.key == key)
            .expect("in the register")
            .value;
        let year = s.year.map(|y| format!(" ({y})")).unwrap_or_default();
        format!(
            "<option value=\"{} — {}{year}\"",
            escaped(&s.issuer),
            escaped(&s.title)
        )
    };
    let before = a.store.sources("MNG", 2026).await.expect("register");
    let (kept_option, dropped_option) = (named(keep, &before), named(drop, &before));
    assert!(register.contains(&confirm_url));
    assert!(register.contains(
        "merge into <bdi>Government of Mongolia — Law on Disaster Protection (2017)</bdi>"
    ));
    // A reader sees the flag, not the way to merge.
    let (mut reviewer, _) = Client::signed_in(&a, "reviewer").await;
    let read = reviewer.get(&format!("{DRAFT}/sources")).await.body;
    assert!(read.contains("data-twins") && !read.contains("/merge?"));

    // The source's page offers the other sources by name, the likely duplicate chosen.
    let page = ana.get(&format!("{DRAFT}/sources/{drop}")).await.body;
    assert!(page.contains(&format!("action=\"{DRAFT}/sources/{drop}/merge\"")));
    assert!(page.contains(&format!(
        "<option value=\"{keep}\" selected>Government of Mongolia — Law on Disaster Protection (2017)</option>"
    )));
    assert!(
        !page.contains(&format!("<option value=\"{drop}\"")),
        "not into itself"
    );

    // The confirmation says what will happen, and changes nothing.
    let confirm = ana.get(&confirm_url).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm.body.contains("One citation will move from"),
        "{}",
        confirm.body
    );
    assert!(confirm.body.contains("will be removed from the register."));
    assert!(confirm.body.contains("This cannot be undone."));
    assert!(
        confirm
            .body
            .contains(&format!("href=\"{DRAFT}/sources/{drop}\">Cancel</a>"))
    );
    assert_eq!(hidden(&confirm.body, "into").as_deref(), Some(keep));
    let fr = ana.get(&format!("/fr{confirm_url}")).await.body;
    assert!(
        fr.contains("Une citation passera de <bdi>Government of Mongolia</bdi>"),
        "{fr}"
    );
    assert_eq!(
        a.store.sources("MNG", 2026).await.expect("sources").len(),
        total
    );
    assert_eq!(
        reviewer.get(&confirm_url).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ana.get(&format!("{DRAFT}/sources/{drop}/merge?into=no-such-source"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let url = format!("{DRAFT}/sources/{drop}/merge");
    let itself = ana.post(&url, &[("csrf", &csrf), ("into", drop)]).await;
    assert_eq!(itself.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        itself.body.contains("cannot be merged into itself"),
        "{}",
        itself.body
    );

    // Confirmed: merged, and back to the source kept with a banner.
    let merged = ana.post(&url, &[("csrf", &csrf), ("into", keep)]).await;
    assert_eq!(
        (merged.status, merged.location.as_str()),
        (
            StatusCode::SEE_OTHER,
            format!("{DRAFT}/sources/{keep}?done=sources-merged").as_str()
        )
    );
    let kept = ana.get(&merged.location).await.body;
    assert!(kept.contains("banner-success") && kept.contains("Sources merged"));
    let left = a.store.sources("MNG", 2026).await.expect("sources");
    assert_eq!(left.len(), total - 1);
    assert!(left.iter().all(|s| s.value.key != drop));
    let answer = a
        .store
        .answer("MNG", 2026, "drr-strategy-migrants")
        .await
        .expect("answer");
    assert_eq!(
        answer
            .value
            .citations
            .iter()
            .map(|c| c.source.as_str())
            .collect::<Vec<_>>(),
        ["programme-disaster-reduction", keep]
    );
    let register = ana.get(&format!("{DRAFT}/sources")).await.body;
    assert!(!register.contains("data-twins"), "no duplicate left");
    let audit = ana.get(&format!("{DRAFT}/audit")).await.body;
    assert!(audit.contains("merged into") && audit.contains("1 citation moved"));
    // The answer form still offers the register, without the source removed.
    let form = ana
        .get(&format!("{DRAFT}/indicators/drr-strategy-migrants"))
        .await
        .body;
    assert!(form.contains("<datalist id=\"register\">"));
    assert!(form.contains(&kept_option), "offered by name");
    assert!(
        !form.contains(&dropped_option),
        "the removed twin is offered no more"
    );
    assert_eq!(
        ana.post(&url, &[("csrf", &csrf), ("into", keep)])
            .await
            .status,
        StatusCode::NOT_FOUND,
        "merged already"
    );
}

#[tokio::test]
async fn hostile_forms_get_clear_answers_and_change_nothing() {
    let a = app().await;
    let (mut gov, csrf) = Client::signed_in(&a, "focal-point").await;
    let v = a
        .store
        .assessment_version("MNG", 2026)
        .await
        .expect("version")
        .to_string();
    // Stages move by role, whatever the form says.
    for to in ["data-collection", "validated", "published"] {
        let r = gov
            .post(
                &format!("{DRAFT}/stage"),
                &[("csrf", &csrf), ("to", to), ("version", &v)],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{to}");
    }
    let r = gov
        .post(
            &format!("{DRAFT}/stage"),
            &[("csrf", &csrf), ("to", "finished"), ("version", &v)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("<strong>to</strong>: must be a stage"),
        "the field is named"
    );
    // An oversized field is refused by name; a body beyond the limit is refused whole.
    let long = "x".repeat(100_001);
    let r = gov.comment(&csrf, "general", "", "government", &long).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("<strong>text</strong>: longer than 100000 bytes")
    );
    let huge = "y".repeat(2 << 20);
    let r = gov
        .post(
            &format!("{DRAFT}/comments"),
            &[("csrf", &csrf), ("text", &huge)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A script in a comment is shown as text, never run.
    let r = gov
        .comment(
            &csrf,
            "general",
            "",
            "government",
            "<script>alert(1)</script> ok",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = gov.get(DRAFT).await.body;
    assert!(!page.contains("<script>alert(1)</script>"));
    // A comment anchored to something that is not in the assessment names the anchor.
    let r = gov
        .comment(&csrf, "finding", "../../etc/passwd", "government", "x")
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<strong>anchor</strong>"));
    assert_eq!(
        a.store
            .assessment_version("MNG", 2026)
            .await
            .expect("version")
            .to_string(),
        v,
        "nothing moved"
    );
    // Unknown and malformed addresses are 404, signed in or not.
    for uri in [
        "/work/MNG/20x6",
        "/work/ATL/2026",
        "/work/MNG/2026/indicators/%00",
        "/work/MNG/2026/findings/..%2F..%2Fetc",
    ] {
        assert_eq!(gov.get(uri).await.status, StatusCode::NOT_FOUND, "{uri}");
    }
}

#[tokio::test]
async fn findings_figures_and_conventions_are_written_from_the_workspace() {
    let a = app().await;
    let (mut ana, csrf) = Client::signed_in(&a, "analyst").await;
    let doc = a.store.export_assessment("MNG", 2026).await.expect("draft");
    let domain = doc.findings[0].domain.clone();
    let id = doc.answers[0].indicator.clone();
    assert!(ana.get(DRAFT).await.body.contains("Add a finding"));
    let r = ana
        .post(
            &format!("{DRAFT}/findings"),
            &[
                ("csrf", &csrf),
                ("domain", &domain),
                ("kind", "potential"),
                ("text", "Labour inspections could cover migrant workers."),
                ("indicator", &id),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        r.location
            .starts_with(&format!("{DRAFT}/findings/{domain}-pot-")),
        "{}",
        r.location
    );
    assert!(
        ana.get(&r.location)
            .await
            .body
            .contains("Labour inspections could cover migrant workers.")
    );
    let r = ana
        .post(
            &format!("{DRAFT}/findings"),
            &[
                ("csrf", &csrf),
                ("domain", &domain),
                ("kind", "excellent"),
                ("text", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    let page = ana.get(&format!("{DRAFT}/context")).await;
    assert_eq!(page.status, StatusCode::OK);
    let (position, version, fig) =
        a.store.context_figures("MNG", 2026).await.expect("figures")[0].clone();
    let (p, v) = (position.to_string(), version.to_string());
    let year = fig.year.to_string();
    let fields = [
        ("csrf", csrf.as_str()),
        ("position", &p),
        ("version", &v),
        ("measure", &fig.measure),
        ("value", "31000"),
        ("unit", &fig.unit),
        ("year", &year),
        ("sex", ""),
        ("age_group", ""),
        ("source", &fig.source),
    ];
    assert_eq!(
        ana.post(&format!("{DRAFT}/context"), &fields).await.status,
        StatusCode::SEE_OTHER
    );
    let stale = ana.post(&format!("{DRAFT}/context"), &fields).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "stale");
    assert!(
        stale.body.contains("Saved meanwhile") && stale.body.contains("value=\"31000\""),
        "both versions, mine in the form"
    );
    let mut bad = fields;
    bad[4] = ("value", "many");
    let r = ana.post(&format!("{DRAFT}/context"), &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains(&format!("<a href=\"#value-{p}\">Value: "))
            && r.body.contains("value=\"many\""),
        "the figure's own form, as typed: {}",
        r.body
    );
    assert_eq!(
        a.store.context_figures("MNG", 2026).await.expect("figures")[0]
            .2
            .value,
        31000.0
    );

    let (cv, conv) = a.store.conventions("MNG", 2026).await.expect("conventions")[0].clone();
    let cv = cv.to_string();
    let r = ana
        .post(
            &format!("{DRAFT}/conventions/{}", conv.indicator),
            &[
                ("csrf", &csrf),
                ("version", &cv),
                ("name", &conv.name),
                ("ratified", "yes"),
                ("year", "2025"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let stored = a.store.conventions("MNG", 2026).await.expect("conventions")[0]
        .1
        .clone();
    assert_eq!((stored.ratified, stored.year), (true, Some(2025)));
}

#[tokio::test]
async fn stage_moves_and_revoking_a_link_ask_first_and_say_what_is_not_ready() {
    let a = app().await;
    let (mut ana, csrf) = Client::signed_in(&a, "analyst").await;
    // The workspace's buttons open the confirmation page (GET), which posts the move.
    let ws = ana.get(DRAFT).await.body;
    assert!(ws.contains(&format!(
        "<form method=\"get\" action=\"{DRAFT}/stage\"><input type=\"hidden\" name=\"to\" value=\"data-collection\"><button data-move=\"data-collection\">"
    )));
    let back = ana.get(&format!("{DRAFT}/stage?to=data-collection")).await;
    assert_eq!(back.status, StatusCode::OK);
    assert!(
        back.body.contains("Every share link ends for good"),
        "{}",
        back.body
    );
    assert!(
        !back.body.contains("id=\"readiness\""),
        "a move back passes no gate"
    );
    assert!(back.body.contains("data-confirm=\"move\""));
    let version = hidden(&back.body, "version").expect("the version moved from");
    assert_eq!(
        ana.get(&format!("{DRAFT}/stage?to=no-such")).await.status,
        StatusCode::NOT_FOUND
    );
    let r = ana
        .post(
            &format!("{DRAFT}/stage"),
            &[
                ("csrf", &csrf),
                ("to", "data-collection"),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Sharing again warns of what is not ready, each item linked; nothing blocks it.
    let share = ana
        .get(&format!("{DRAFT}/stage?to=draft-shared"))
        .await
        .body;
    for part in [
        "id=\"readiness\"",
        "data-gap=\"findings-without-citations\" data-blocks=\"false\"",
        "href=\"/work/MNG/2026/findings/",
        "You may go on",
        "data-confirm=\"move\"",
    ] {
        assert!(share.contains(part), "{part} in {share}");
    }
    assert!(!share.contains("override_reason"));
    // In French, the page is in French.
    let fr = ana
        .get(&format!("/fr{DRAFT}/stage?to=draft-shared"))
        .await
        .body;
    assert!(fr.contains("Ce qui n’est pas prêt"), "{fr}");

    // Revoking a share link asks first, naming the link and who loses access.
    ana.move_stage(&csrf, "draft-shared").await;
    let r = ana
        .post(
            &format!("{DRAFT}/share"),
            &[("csrf", &csrf), ("label", "NGO forum"), ("days", "7")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let ws = ana.get(DRAFT).await.body;
    let id = hidden(&ws, "link").expect("a revoke button");
    assert!(ws.contains(&format!(
        "<form method=\"get\" action=\"{DRAFT}/share/revoke\"><input type=\"hidden\" name=\"link\" value=\"{id}\">"
    )));
    let page = ana.get(&format!("{DRAFT}/share/revoke?link={id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<bdi>NGO forum</bdi>") && page.body.contains("data-confirm=\"revoke\""),
        "{}",
        page.body
    );
    assert_eq!(hidden(&page.body, "link").as_deref(), Some(id.as_str()));
    assert_eq!(
        ana.get(&format!("{DRAFT}/share/revoke?link=999999"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

//! Rounds on the web: the team starts the next round and annotates the change log; the public
//! progress page compares published rounds and shows the notes; GCM and SDG views count the
//! latest published round of each jurisdiction and never a draft.

mod common;

use axum::http::StatusCode;
use common::{App, Client, app, escaped, reference};
use mgi_model::{AnswerValue, Stage};
use mgi_store::ImportMode;

/// The test application with an earlier published round, Mongolia 2019, whose first answer is
/// absent (the 2023 reference answers it otherwise), which lacks the reference's first finding
/// (new in 2023) and has one of its own (retired since).
async fn with_2019() -> (App, String) {
    let a = app().await;
    let mut old = reference(a.store.framework());
    old.year = 2019;
    old.stage = Stage::Published;
    old.answers[0].value = AnswerValue::Absent;
    let mut retired = old.findings.remove(0);
    retired.key = "rights-wd-2019".into();
    retired.text = "A 2019 scheme gave migrants free language classes.".into();
    retired.footnotes.clear();
    old.findings.push(retired);
    old.translations.retain(|t| {
        !t.target.starts_with("finding/rights-wd-1") && !t.target.contains("rights-wd-1/")
    });
    let id = old.answers[0].indicator.clone();
    a.store
        .import_assessment(&old, "test", ImportMode::New)
        .await
        .expect("import 2019");
    (a, id)
}

#[tokio::test]
async fn the_public_progress_page_compares_published_rounds_with_the_teams_notes() {
    let (a, id) = with_2019().await;
    let mut public = Client::new(&a);
    let page = public.get("/progress/MNG").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("progress from 2019 to 2023"),
        "{}",
        page.body
    );
    assert!(page.body.contains(&format!(
        "<tr class=\"strengthened\"><td><a href=\"/explore?indicator={id}\">"
    )));
    assert!(
        page.body.contains("<td><span class=\"value value-absent\"><span aria-hidden=\"true\">○</span> absent</span></td>"),
        "the values before and after are tags"
    );
    assert!(!page.body.contains("<form"), "no note form for the public");
    // What "findings that moved" means, and the findings new and retired, named in words.
    assert!(page.body.contains("Indicators whose findings changed side"));
    let after = |title: &str| {
        let at = page.body.find(&format!("<h2>{title}</h2>")).expect(title);
        page.body[at..]
            .split("</ul>")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let new = after("New findings");
    let first = &reference(a.store.framework()).findings[0];
    assert!(new.contains(&escaped(&first.text[..60])), "{new}");
    assert!(new.contains("<em>Well developed</em>"), "{new}");
    assert!(
        after("Findings no longer in the profile")
            .contains("A 2019 scheme gave migrants free language classes.")
    );
    let fr = public.get("/fr/progress/MNG").await.body;
    let fr_text = reference(a.store.framework())
        .text_in(&mgi_model::TextRef::Finding(first.key.clone()), "fr")
        .map(|s| s.text.to_owned())
        .expect("a French translation");
    assert!(
        fr.contains(&escaped(
            &fr_text[..fr_text.char_indices().nth(50).map_or(0, |(i, _)| i)]
        )),
        "the new finding in French"
    );
    assert_eq!(
        public.get("/progress/KAZ").await.status,
        StatusCode::NOT_FOUND,
        "KAZ has only a draft"
    );
    assert_eq!(
        public.get("/progress/MNG?from=2020").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        public.get("/progress/MNG?from=20x9").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let (mut analyst, csrf) = Client::signed_in(&a, "analyst").await;
    let team = analyst.get("/work/MNG/2023/progress?from=2019").await;
    assert_eq!(team.status, StatusCode::OK);
    assert!(team.body.contains("name=\"note\""));
    let note = [
        ("csrf", csrf.as_str()),
        ("from", "2019"),
        ("indicator", id.as_str()),
        ("version", "0"),
        ("note", "Amended by the 2021 health insurance law."),
    ];
    assert_eq!(
        analyst.post("/work/MNG/2023/progress", &note).await.status,
        StatusCode::SEE_OTHER
    );
    // A note too long comes back on its line of the change log, as typed, nothing stored.
    let long = format!("TYPED-NOTE {}", "n".repeat(mgi_store::MAX_NOTE));
    let mut too_long = note;
    too_long[4] = ("note", long.as_str());
    let refused = analyst.post("/work/MNG/2023/progress", &too_long).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains(&format!("<a href=\"#note-{id}\">Note on "))
            && refused.body.contains(">TYPED-NOTE "),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("hreflang=\"en\" href=\"/work/MNG/2023/progress?from=2019\""),
        "shown as the change log's page"
    );
    let stale = analyst.post("/work/MNG/2023/progress", &note).await;
    assert_eq!(
        stale.status,
        StatusCode::CONFLICT,
        "a second first note is a conflict"
    );
    assert!(
        stale
            .body
            .contains("Amended by the 2021 health insurance law.")
    );
    assert!(
        public
            .get("/progress/MNG")
            .await
            .body
            .contains("Amended by the 2021 health insurance law.")
    );

    let (mut reviewer, rcsrf) = Client::signed_in(&a, "reviewer").await;
    assert!(
        !reviewer
            .get("/work/MNG/2023/progress?from=2019")
            .await
            .body
            .contains("name=\"note\"")
    );
    let refused = reviewer
        .post(
            "/work/MNG/2023/progress",
            &[
                ("csrf", rcsrf.as_str()),
                ("from", "2019"),
                ("indicator", id.as_str()),
                ("version", "1"),
                ("note", "x"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_profile_links_its_other_rounds_and_the_progress_once_there_are_two() {
    let a = app().await;
    let mut public = Client::new(&a);
    let alone = public.get("/profiles/MNG/2023").await.body;
    assert!(
        !alone.contains("class=\"rounds\""),
        "one round: no switcher"
    );
    let before = a
        .store
        .publication_stamp("MNG", 2023)
        .await
        .expect("stamp")
        .expect("published");
    let mut old = reference(a.store.framework());
    old.year = 2019;
    old.stage = Stage::Published;
    a.store
        .import_assessment(&old, "test", ImportMode::New)
        .await
        .expect("import 2019");
    let after = a
        .store
        .publication_stamp("MNG", 2023)
        .await
        .expect("stamp")
        .expect("published");
    assert_eq!(
        after.revision, before.revision,
        "2023 itself did not change"
    );
    assert_ne!(after, before, "a cached 2023 page is rendered again");
    assert_eq!(
        a.store.publication_stamp("MNG", 2021).await.expect("stamp"),
        None
    );
    // The English 2023 page is cached from before (re-rendered within a second, when its stamp
    // is checked); the Spanish one is rendered now.
    let mut fresh = public;
    for (path, years) in [
        (
            "/es/profiles/MNG/2023",
            "Rondas: <a href=\"/es/profiles/MNG/2019\">2019</a> · <strong aria-current=\"page\">2023</strong>",
        ),
        (
            "/fr/profiles/MNG/2019",
            "<strong aria-current=\"page\">2019</strong> · <a href=\"/fr/profiles/MNG/2023\">2023</a>",
        ),
    ] {
        let page = fresh.get(path).await.body;
        assert!(page.contains(years), "{path}: {page:.3000}");
    }
    let page = fresh.get("/fr/profiles/MNG/2019").await.body;
    assert!(page.contains("<a href=\"/fr/progress/MNG\">Évolution entre les cycles</a>"));
}

#[tokio::test]
async fn the_team_starts_the_next_round_from_a_published_one() {
    let a = app().await;
    let (mut analyst, csrf) = Client::signed_in(&a, "analyst").await;
    let workspace = analyst.get("/work/MNG/2023").await;
    assert!(workspace.body.contains("Start the round"));
    let started = analyst
        .post(
            "/work/MNG/2023/rounds",
            &[("csrf", &csrf), ("year", "2029")],
        )
        .await;
    assert_eq!(
        (started.status, started.location.as_str()),
        (StatusCode::SEE_OTHER, "/work/MNG/2029?done=round-started")
    );
    let doc = a
        .store
        .export_assessment("MNG", 2029)
        .await
        .expect("new round");
    assert!(
        doc.answers
            .iter()
            .all(|x| x.status == mgi_model::AnswerStatus::CarriedOver)
    );
    let twice = analyst
        .post(
            "/work/MNG/2023/rounds",
            &[("csrf", &csrf), ("year", "2029")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let bad = analyst
        .post(
            "/work/MNG/2023/rounds",
            &[("csrf", &csrf), ("year", "soon")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Back on the workspace, the year as typed, the field named in words.
    assert!(
        bad.body.contains(&format!(
            "<a href=\"#next-year\">{}",
            escaped(&mgi_i18n::tr(mgi_i18n::Lang::En, "work-round-label"))
        )) && bad.body.contains("value=\"soon\""),
        "{}",
        bad.body
    );
    let (mut focal, fcsrf) = Client::signed_in(&a, "focal-point").await;
    let refused = focal
        .post(
            "/work/MNG/2023/rounds",
            &[("csrf", &fcsrf), ("year", "2032")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn gcm_and_sdg_count_the_latest_published_round_only() {
    let (a, _) = with_2019().await;
    let mut c = Client::new(&a);
    let gcm = c.get("/gcm").await;
    assert_eq!(gcm.status, StatusCode::OK);
    assert!(
        gcm.body.contains("Jurisdictions counted: 1."),
        "one country, its latest round"
    );
    assert_eq!(gcm.body.matches("<h2>Objective ").count(), 23);
    let local = c.get("/gcm?level=local").await;
    assert!(local.body.contains("Jurisdictions counted: 0."));
    assert_eq!(
        c.get("/gcm?level=planet").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let sdg = c.get("/sdg").await;
    assert!(
        sdg.body
            .contains("Indicative, not the official SDG 10.7.2 figure")
    );
    assert!(sdg.body.contains("/profiles/MNG/2023") && !sdg.body.contains("/profiles/MNG/2019"));
    assert!(!sdg.body.contains("KAZ"), "a draft never counts");
}

#[tokio::test]
async fn the_questionnaire_workbook_is_downloaded_and_uploaded_back() {
    let a = app().await;
    let (mut analyst, csrf) = Client::signed_in(&a, "analyst").await;
    let url = "/work/MNG/2026/workbook.xlsx";
    let got = analyst.get(url).await;
    assert_eq!(got.status, StatusCode::OK);
    let bytes = got.bytes;
    assert!(bytes.starts_with(b"PK"), "an XLSX (zip) file");
    let before = a.store.export_assessment("MNG", 2026).await.expect("doc");
    let back = analyst
        .upload(
            "/work/MNG/2026/workbook",
            &[("csrf", &csrf)],
            ("workbook", &bytes),
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
    assert_eq!(
        a.store.export_assessment("MNG", 2026).await.expect("doc"),
        before,
        "an unchanged workbook changes nothing"
    );

    let garbage = analyst
        .upload(
            "/work/MNG/2026/workbook",
            &[("csrf", &csrf)],
            ("workbook", b"PK not really"),
        )
        .await;
    assert_eq!(garbage.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(garbage.body.contains("Nothing was stored"));
    let forged = analyst
        .upload(
            "/work/MNG/2026/workbook",
            &[("csrf", "forged")],
            ("workbook", &bytes),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // Someone saves meanwhile: the earlier download is refused, naming the cell.
    let v = a.version("MNG", 2026, "health-access").await;
    let saved = analyst
        .save_answer(
            "health-access",
            &csrf,
            &v,
            "partial",
            "Saved meanwhile.",
            "draft",
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let stale = analyst
        .upload(
            "/work/MNG/2026/workbook",
            &[("csrf", &csrf)],
            ("workbook", &bytes),
        )
        .await;
    assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stale.body.contains("About!B7"), "{}", stale.body);

    let (mut focal, fcsrf) = Client::signed_in(&a, "focal-point").await;
    assert_eq!(focal.get(url).await.status, StatusCode::FORBIDDEN);
    let refused = focal
        .upload(
            "/work/MNG/2026/workbook",
            &[("csrf", &fcsrf)],
            ("workbook", &bytes),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

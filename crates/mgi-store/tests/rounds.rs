//! Rounds, the portal index behind the explorer and the aggregates, change-log notes and API
//! tokens, the same on both backends.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_framework::{Level, Version};
use mgi_model::access::Role;
use mgi_model::audit::{Entity, Field};
use mgi_model::{
    AnswerStatus, AnswerValue, AssessmentDoc, FrameworkRef, Jurisdiction, JurisdictionKind, Stage,
};
use mgi_store::{Among, AnswerEdit, ChangeLogLine, ExploreFilter, ImportMode, NewUser, StoreError};

on_both_backends!(
    a_new_round_carries_the_evidence_over_to_re_verify,
    the_portal_index_follows_the_latest_published_round,
    the_maps_read_every_latest_answer_and_the_home_page_the_newest_publications,
    change_log_notes_are_versioned,
    api_tokens_act_for_their_user_until_revoked,
    a_workbook_saves_its_changes_in_one_transaction_onto_unchanged_content,
    a_draft_moves_to_framework_1_1_in_place,
    a_draft_moves_through_splits_and_retirements,
);

async fn published(s: &TestStore, code: &str, year: i32, first: AnswerValue) {
    let mut doc = sample(code, year);
    doc.jurisdiction.name = format!("Country {code}");
    doc.stage = Stage::Published;
    doc.answers[0].value = first;
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import published");
}

async fn a_new_round_carries_the_evidence_over_to_re_verify(s: TestStore) {
    published(&s, "MNG", 2023, AnswerValue::Present).await;
    let report = s
        .new_round("MNG", 2023, 2026, "ana")
        .await
        .expect("new round");
    let old = s.export_assessment("MNG", 2023).await.expect("old");
    let new = s.export_assessment("MNG", 2026).await.expect("new");
    assert_eq!(report.answers, old.answers.len());
    assert_eq!(new.stage, Stage::Launched);
    assert!(
        new.answers
            .iter()
            .all(|a| a.status == AnswerStatus::CarriedOver)
    );
    assert_eq!(
        new.answers[1].notes, old.answers[1].notes,
        "research notes go with the team"
    );
    assert_eq!(new.sources, old.sources);
    assert!(matches!(
        s.new_round("MNG", 2023, 2026, "ana").await,
        Err(StoreError::AlreadyExists(_))
    ));
    let err = s
        .new_round("MNG", 2023, 2020, "ana")
        .await
        .expect_err("earlier year");
    assert!(err.to_string().contains("year"), "{err}");
    assert!(matches!(
        s.new_round("MNG", 1999, 2030, "ana").await,
        Err(StoreError::NotFound(_))
    ));
    // The draft round is not published: the published years are those of 2023 only.
    assert_eq!(s.published_years("MNG").await.expect("years"), [2023]);
}

async fn the_portal_index_follows_the_latest_published_round(s: TestStore) {
    published(&s, "MNG", 2019, AnswerValue::Absent).await;
    published(&s, "MNG", 2023, AnswerValue::Present).await;
    published(&s, "KAZ", 2023, AnswerValue::Partial).await;
    let indicator = sample("MNG", 2023).answers[0].indicator.clone();
    let page = s
        .explore(
            &indicator,
            &ExploreFilter {
                among: Among::default(),
                offset: 0,
                limit: 10,
            },
        )
        .await
        .expect("explore");
    assert_eq!(
        page.total, 2,
        "one entry per jurisdiction: its latest round"
    );
    let names: Vec<_> = page
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e.year))
        .collect();
    assert_eq!(names, [("Country KAZ", 2023), ("Country MNG", 2023)]);
    let mng = &page.entries[1];
    let (value, narrative, cited) = mng.answer.clone().expect("answer");
    assert_eq!(
        (value, narrative.text.as_str()),
        (AnswerValue::Present, "Narrative 0")
    );
    assert_eq!(cited[0].title, "Law on Health Insurance");
    assert_eq!(cited[0].pinpoint.as_deref(), Some("Article 0"));
    assert_eq!(mng.findings.len(), 1);
    let second = s
        .explore(
            &indicator,
            &ExploreFilter {
                among: Among::default(),
                offset: 1,
                limit: 1,
            },
        )
        .await
        .expect("page 2");
    assert_eq!(
        (second.total, second.entries[0].jurisdiction.as_str()),
        (2, "MNG")
    );
    let none = s
        .explore(
            &indicator,
            &ExploreFilter {
                among: Among {
                    region: Some("Europe".into()),
                    kind: None,
                },
                offset: 0,
                limit: 10,
            },
        )
        .await
        .expect("region");
    assert_eq!((none.total, none.entries.len()), (0, 0));

    let (regions, tallies) = s.answer_tallies(Level::National).await.expect("tallies");
    assert_eq!(regions.get("Asia"), Some(&2));
    let on = |v: AnswerValue| {
        tallies
            .iter()
            .filter(|t| t.indicator == indicator && t.value == v)
            .map(|t| t.count)
            .sum::<u64>()
    };
    assert_eq!(
        (
            on(AnswerValue::Present),
            on(AnswerValue::Partial),
            on(AnswerValue::Absent)
        ),
        (1, 1, 0)
    );
    let latest = s.latest_answers(Level::National).await.expect("latest");
    assert_eq!(latest.len(), 2);
    assert_eq!(
        latest[1].answers.get(&indicator),
        Some(&AnswerValue::Present)
    );
    assert!(
        s.latest_answers(Level::Local)
            .await
            .expect("local")
            .is_empty()
    );
    assert_eq!(s.published_years("MNG").await.expect("years"), [2019, 2023]);
}

async fn the_maps_read_every_latest_answer_and_the_home_page_the_newest_publications(s: TestStore) {
    published(&s, "MNG", 2019, AnswerValue::Absent).await;
    published(&s, "MNG", 2023, AnswerValue::Present).await;
    published(&s, "KAZ", 2023, AnswerValue::Partial).await;
    // Uzbekistan speaks to the indicator by a finding only.
    let mut uzb = sample("UZB", 2021);
    uzb.jurisdiction.name = "Country UZB".into();
    uzb.stage = Stage::Published;
    let indicator = uzb.answers.remove(0).indicator;
    s.import_assessment(&uzb, "test", ImportMode::New)
        .await
        .expect("import Uzbekistan");
    // Accra answers it too, on the local set, which shares the indicator.
    let fw = s.framework();
    let local = fw.latest_for_level(Level::Local).expect("a local set");
    assert!(local.indicator_ids().any(|id| id == indicator));
    let mut accra = AssessmentDoc::new(
        Jurisdiction::with_m49("GHA-accra", JurisdictionKind::Locality, Some("Accra")),
        2023,
        FrameworkRef::of(local),
    );
    accra.stage = Stage::Published;
    let mut answer = sample("MNG", 2023).answers.remove(0);
    answer.citations.clear();
    answer.value = AnswerValue::Absent;
    accra.answers = vec![answer];
    s.import_assessment(&accra, "test", ImportMode::New)
        .await
        .expect("import Accra");
    let countries = Among {
        region: None,
        kind: Some(JurisdictionKind::Country),
    };
    let answers = s
        .indicator_answers(&indicator, &countries)
        .await
        .expect("answers");
    let seen: Vec<_> = answers
        .iter()
        .map(|a| {
            (
                a.jurisdiction.as_str(),
                a.name.as_str(),
                a.kind,
                a.year,
                a.value,
            )
        })
        .collect();
    let country = JurisdictionKind::Country;
    assert_eq!(
        seen,
        [
            (
                "KAZ",
                "Country KAZ",
                country,
                2023,
                Some(AnswerValue::Partial)
            ),
            (
                "MNG",
                "Country MNG",
                country,
                2023,
                Some(AnswerValue::Present)
            ),
            ("UZB", "Country UZB", country, 2021, None),
        ],
        "the latest round of each, by name; a finding without an answer is listed without one"
    );
    let among = |region: Option<&str>, kind: Option<JurisdictionKind>| Among {
        region: region.map(str::to_owned),
        kind,
    };
    let localities = s
        .indicator_answers(&indicator, &among(None, Some(JurisdictionKind::Locality)))
        .await
        .expect("localities");
    assert_eq!(
        localities
            .iter()
            .map(|a| (a.name.as_str(), a.kind, a.value))
            .collect::<Vec<_>>(),
        [(
            "Accra",
            JurisdictionKind::Locality,
            Some(AnswerValue::Absent)
        )]
    );
    let all = s
        .indicator_answers(&indicator, &Among::default())
        .await
        .expect("all");
    assert_eq!(all.len(), 4, "countries and localities together");
    assert_eq!(
        s.indicator_answers(&indicator, &among(Some("Asia"), None))
            .await
            .expect("Asia")
            .len(),
        3
    );
    assert_eq!(
        s.indicator_answers(
            &indicator,
            &among(Some("Africa"), Some(JurisdictionKind::Country))
        )
        .await
        .expect("African countries"),
        []
    );
    let page = s
        .explore(
            &indicator,
            &ExploreFilter {
                among: among(Some("Africa"), None),
                offset: 0,
                limit: 10,
            },
        )
        .await
        .expect("explore Africa");
    assert_eq!(
        (page.total, page.entries[0].name.as_str()),
        (1, "Accra"),
        "the explorer lists what its map shows"
    );
    assert_eq!(
        s.indicator_answers("no-such-indicator", &Among::default())
            .await
            .expect("unknown"),
        []
    );

    for (code, year, at) in [
        ("MNG", 2019, "2020-01-01T00:00:00.000Z"),
        ("MNG", 2023, "2024-03-01T00:00:00.000Z"),
        ("KAZ", 2023, "2024-05-01T00:00:00.000Z"),
        ("UZB", 2021, "2022-01-01T00:00:00.000Z"),
        ("GHA-accra", 2023, "2021-06-01T00:00:00.000Z"),
    ] {
        s.raw_execute(&format!(
            "UPDATE publications SET published_at = '{at}' WHERE assessment_id =
             (SELECT id FROM assessments WHERE jurisdiction = '{code}' AND year = {year})"
        ))
        .await;
    }
    let recent = s.recent_publications(3).await.expect("recent");
    let seen: Vec<_> = recent
        .iter()
        .map(|r| (r.jurisdiction.as_str(), r.name.as_str(), r.year))
        .collect();
    assert_eq!(
        seen,
        [
            ("KAZ", "Country KAZ", 2023),
            ("MNG", "Country MNG", 2023),
            ("UZB", "Country UZB", 2021)
        ]
    );
    assert_eq!(
        recent[0].published_at.to_rfc3339(),
        "2024-05-01T00:00:00+00:00"
    );
    assert_eq!(s.recent_publications(10).await.expect("all").len(), 5);
}

async fn change_log_notes_are_versioned(s: TestStore) {
    published(&s, "MNG", 2023, AnswerValue::Present).await;
    let indicator = sample("MNG", 2023).answers[0].indicator.clone();
    let line = ChangeLogLine {
        jurisdiction: "MNG",
        from: 2019,
        to: 2023,
        indicator: &indicator,
    };
    let v1 = s
        .save_round_note(&line, "Amended in 2021.", 0, "ana")
        .await
        .expect("new note");
    assert!(matches!(
        s.save_round_note(&line, "Another first note", 0, "bob")
            .await,
        Err(StoreError::Conflict { current: 1, .. })
    ));
    let v2 = s
        .save_round_note(&line, "Amended in 2021 and 2022.", v1, "ana")
        .await
        .expect("edit");
    assert!(matches!(
        s.save_round_note(&line, "stale", v1, "bob").await,
        Err(StoreError::Conflict {
            expected: 1,
            current: 2,
            ..
        })
    ));
    let notes = s.round_notes("MNG", 2019, 2023).await.expect("notes");
    assert_eq!(notes.len(), 1);
    assert_eq!(
        (notes[0].note.as_str(), notes[0].version),
        ("Amended in 2021 and 2022.", v2)
    );
    let bad = ChangeLogLine {
        indicator: "no-such-indicator",
        ..line
    };
    assert!(matches!(
        s.save_round_note(&bad, "x", 0, "ana").await,
        Err(StoreError::Invalid(_))
    ));
    let long = "x".repeat(mgi_store::MAX_NOTE + 1);
    assert!(matches!(
        s.save_round_note(&line, &long, v2, "ana").await,
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(
        s.round_notes("MNG", 2019, 2023).await.expect("notes")[0].version,
        v2,
        "nothing lost"
    );
}

async fn api_tokens_act_for_their_user_until_revoked(s: TestStore) {
    published(&s, "MNG", 2023, AnswerValue::Present).await;
    let codes = ["MNG".to_owned()];
    s.create_user(&NewUser {
        username: "gov",
        display_name: "Gov",
        role: Role::FocalPoint,
        password: "correct horse battery",
        jurisdictions: &codes,
        assessment: None,
    })
    .await
    .expect("user");
    let token = s
        .issue_token("gov", "sync script", 30)
        .await
        .expect("token");
    assert!(token.starts_with(mgi_store::TOKEN_PREFIX));
    let p = s
        .token_principal(&token)
        .await
        .expect("lookup")
        .expect("known");
    assert_eq!(
        (p.username.as_str(), p.role, p.jurisdictions.as_slice()),
        ("gov", Role::FocalPoint, &codes[..])
    );
    assert_eq!(s.token_principal("mgi_0000").await.expect("lookup"), None);
    assert_eq!(
        s.token_principal(&token[4..]).await.expect("lookup"),
        None,
        "prefix required"
    );
    assert!(matches!(
        s.issue_token("gov", "x", 0).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        s.issue_token("gov", " ", 5).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        s.issue_token("nobody", "x", 5).await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(s.tokens("gov").await.expect("list").len(), 1);
    assert_eq!(
        s.revoke_tokens("gov", "sync script").await.expect("revoke"),
        1
    );
    assert_eq!(s.token_principal(&token).await.expect("lookup"), None);
}

async fn a_workbook_saves_its_changes_in_one_transaction_onto_unchanged_content(s: TestStore) {
    let draft = sample("MNG", 2026);
    s.import_assessment(&draft, "test", ImportMode::New)
        .await
        .expect("import");
    let base = s.workbook_base("MNG", 2026).await.expect("base");
    assert_eq!(
        base.finding_versions,
        [("f1".to_owned(), 1), ("f2".to_owned(), 1)].into()
    );
    let mut filled = base.doc.clone();
    let mut report = filled.sources[0].clone();
    report.key = "report-2025".into();
    report.title = "A report of 2025".into();
    filled.sources.push(report);
    filled.answers[0].narrative = "Filled in the workbook.".into();
    filled.answers[0].citations.push(mgi_model::Citation {
        source: "report-2025".into(),
        pinpoint: Some("p. 4".into()),
    });
    // A finding edited in the workbook, citing the new source, and a new one (its key is the
    // one the store gives it).
    filled.findings[1].text = "A strategy is being drafted.".into();
    filled.findings[1].citations = vec![mgi_model::Citation {
        source: "report-2025".into(),
        pinpoint: Some("p. 9".into()),
    }];
    let mut added = filled.findings[0].clone();
    added.key = format!("{}-pot-1", added.domain);
    added.kind = mgi_model::FindingKind::Potential;
    added.text = "Written in the workbook.".into();
    added.footnotes = vec!["Its footnote.".into()];
    added.suggested.clear();
    filled.findings.push(added);

    // A citation of an unknown source fails the whole workbook: the new source is not kept.
    let mut broken = filled.clone();
    broken.answers[1].citations.push(mgi_model::Citation {
        source: "nowhere".into(),
        pinpoint: None,
    });
    assert!(s.apply_workbook(&broken, &base, "ana").await.is_err());
    // So does a finding saved on top of a version someone else saved over.
    let mut stale = base.clone();
    stale.finding_versions.insert("f2".into(), 7);
    assert!(matches!(
        s.apply_workbook(&filled, &stale, "ana").await,
        Err(StoreError::Conflict {
            expected: 7,
            current: 1,
            ..
        })
    ));
    assert_eq!(
        s.workbook_base("MNG", 2026).await.expect("doc"),
        base,
        "nothing stored"
    );

    let changes = s
        .apply_workbook(&filled, &base, "ana")
        .await
        .expect("apply");
    assert_eq!(changes.sources, ["report-2025"]);
    assert_eq!(changes.answers, [filled.answers[0].indicator.clone()]);
    let added_key = filled.findings[2].key.clone();
    assert_eq!(changes.findings, ["f2".to_owned(), added_key.clone()]);
    let after = s.workbook_base("MNG", 2026).await.expect("doc");
    let stored = &after.doc;
    assert_eq!(stored.answers, filled.answers);
    assert_eq!(stored.sources, filled.sources);
    assert_eq!(stored.findings, filled.findings);
    assert_eq!(after.finding_versions["f2"], 2, "saved on top of version 1");
    assert_eq!(after.finding_versions[&added_key], 1);
    let log = s.audit_log("MNG", 2026).await.expect("audit");
    assert!(
        log.iter()
            .any(|l| l.entity_key == "f2" && l.new_value.as_deref() == Some("report-2025 (p. 9)")),
        "the finding's save is audited"
    );
    // The same workbook again: the content changed since it was read.
    assert!(matches!(
        s.apply_workbook(&filled, &base, "ana").await,
        Err(StoreError::ContentChanged(_))
    ));
    published(&s, "KAZ", 2023, AnswerValue::Present).await;
    let kaz = s.workbook_base("KAZ", 2023).await.expect("kaz");
    let refused = s.apply_workbook(&kaz.doc, &kaz, "ana").await;
    assert!(
        matches!(refused, Err(StoreError::Refused(_))),
        "{refused:?}"
    );
}

/// Round 2023 published on version 1, round 2026 in preparation on version 1.
async fn two_rounds_on_version_1(s: &TestStore) -> AssessmentDoc {
    published(s, "MNG", 2023, AnswerValue::Present).await;
    let mut draft = sample("MNG", 2026);
    draft.stage = Stage::DataCollection;
    s.import_assessment(&draft, "ana", ImportMode::New)
        .await
        .expect("draft");
    s.export_assessment("MNG", 2026)
        .await
        .expect("stored draft")
}

async fn a_draft_moves_to_framework_1_1_in_place(s: TestStore) {
    let before = two_rounds_on_version_1(&s).await;
    let finding_before = s.finding("MNG", 2026, "f1").await.expect("f1");
    let report = s
        .migrate_framework("MNG", 2026, Version::new(1, 1), "ana")
        .await
        .expect("migrated");
    assert_eq!(report.added, ["migration-flow-preparedness"]);
    assert_eq!((report.answers, report.retired.len()), (3, 0));
    let after = s.export_assessment("MNG", 2026).await.expect("after");
    assert_eq!(after.framework.version, Version::new(1, 1));
    let mut back = after.clone();
    back.framework.version = Version::new(1, 0);
    assert_eq!(back, before, "nothing but the version changed");
    // Records keep their versions (no needless rewrite), the change is in the audit log.
    assert_eq!(
        s.finding("MNG", 2026, "f1").await.expect("f1"),
        finding_before
    );
    let log = s.audit_log("MNG", 2026).await.expect("audit");
    let last = log
        .iter()
        .find(|e| e.field == Field::Framework)
        .expect("audited");
    assert_eq!(
        (
            last.entity,
            last.old_value.as_deref(),
            last.new_value.as_deref()
        ),
        (
            Entity::Assessment,
            Some("mgi-national v1"),
            Some("mgi-national v1.1")
        )
    );
    let listed = s.list_assessments().await.expect("list");
    let versions: Vec<_> = listed
        .iter()
        .map(|a| (a.year, a.framework_version.to_string()))
        .collect();
    assert_eq!(versions, [(2023, "1".to_owned()), (2026, "1.1".to_owned())]);
    // The new round now takes an answer to the new indicator.
    let edit = AnswerEdit {
        value: AnswerValue::Partial,
        narrative: "General emergency measures only.".into(),
        status: AnswerStatus::Draft,
        confidence: None,
        notes: String::new(),
        citations: Vec::new(),
    };
    s.save_answer("MNG", 2026, "migration-flow-preparedness", &edit, 0, "ana")
        .await
        .expect("answer to the new indicator");
    // The published round is refused and stays on version 1; so is a second move.
    let refused = s
        .migrate_framework("MNG", 2023, Version::new(1, 1), "ana")
        .await;
    assert!(
        matches!(
            refused,
            Err(StoreError::Refused(mgi_store::Refusal::EditNotNow { .. }))
        ),
        "{refused:?}"
    );
    let old = s.export_assessment("MNG", 2023).await.expect("2023");
    assert_eq!(old.framework.version, Version::new(1, 0));
    let again = s
        .migrate_framework("MNG", 2026, Version::new(1, 1), "ana")
        .await;
    assert!(matches!(again, Err(StoreError::Invalid(_))), "{again:?}");
    // The progress between the rounds names the new indicator.
    let later = s.export_assessment("MNG", 2026).await.expect("2026");
    let d = mgi_model::diff::diff(&old, &later, s.framework()).expect("diff");
    let new: Vec<_> = d
        .indicators
        .iter()
        .filter(|c| c.change == mgi_model::diff::Change::New)
        .map(|c| c.indicator.as_str())
        .collect();
    assert_eq!(new, ["migration-flow-preparedness"]);
}

async fn a_draft_moves_through_splits_and_retirements(s: TestStore) {
    two_rounds_on_version_1(&s).await;
    let v2 = s
        .with_framework(mgi_testkit::framework::framework_v2())
        .await;
    v2.migrate_framework("MNG", 2026, Version::new(2, 0), "ana")
        .await
        .expect("migrated to 2");
    let after = v2.export_assessment("MNG", 2026).await.expect("after");
    assert_eq!(after.framework.version, Version::new(2, 0));
    // health-access was split: both new indicators have its answer, to re-verify, with its
    // evidence; the old answer, its citations and its convention row are gone.
    let answered: Vec<_> = after.answers.iter().map(|a| a.indicator.as_str()).collect();
    assert_eq!(
        answered,
        [
            "health-access-irregular",
            "education-access",
            "health-public",
            "health-emergency"
        ]
    );
    let public = after.answer("health-public").expect("split target");
    assert_eq!(
        (public.value, public.status, public.citations.len()),
        (AnswerValue::Present, AnswerStatus::CarriedOver, 1)
    );
    let conventions: Vec<_> = after
        .conventions
        .iter()
        .map(|c| c.indicator.as_str())
        .collect();
    assert_eq!(conventions, ["health-public", "health-emergency"]);
    let f1 = after.finding("f1").expect("f1");
    assert_eq!(f1.indicators, ["health-public", "health-emergency"]);
    assert_eq!(
        s.raw_count(
            "SELECT COUNT(*) FROM citations WHERE owner_key = 'health-access'
             AND assessment_id = (SELECT id FROM assessments WHERE year = 2026)"
        )
        .await,
        0
    );
    assert!(mgi_model::validate(&after, v2.framework()).is_empty());
}

//! Merging two entries of the source register, the same on SQLite and PostgreSQL: every
//! citation moves, repeated ones fold, the duplicate leaves the register, the audit log says so
//! in one line; refusals and failures change nothing.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::audit::{Entity, Field};
use mgi_model::{AssessmentDoc, Citation, Problem, Source, Stage};
use mgi_store::{AnswerEdit, ImportMode, MergeOutcome, PartKind, Record, Refusal, StoreError};

on_both_backends!(
    merging_moves_every_citation_and_folds_repeats,
    merging_is_refused_without_a_trace,
    a_failed_merge_leaves_everything_as_it_was,
    the_reference_disaster_laws_merge,
);

fn cite(source: &str, pinpoint: Option<&str>) -> Citation {
    Citation {
        source: source.into(),
        pinpoint: pinpoint.map(Into::into),
    }
}

/// The sample with a second entry of the Law on Health Insurance (`dup`), placed between the
/// two sources, cited by answers, a finding and a figure, its title translated.
fn with_duplicate() -> AssessmentDoc {
    let mut doc = sample("MNG", 2023);
    let mut dup: Source = doc.sources[0].clone();
    dup.key = "dup".into();
    dup.title = "Law on health insurance".into();
    dup.amended = vec![];
    doc.sources.insert(1, dup);
    // Answer 0 cites the kept source at Article 0: the same from `dup` folds into it.
    doc.answers[0]
        .citations
        .push(cite("dup", Some("Article 0")));
    // Answer 1: `dup` first, then the kept source at the same place; a second pinpoint stays.
    doc.answers[1].citations = vec![
        cite("dup", Some("Article 1")),
        cite("law-national-security", None),
        cite("law-health-insurance", Some("Article 1")),
        cite("dup", Some("Article 9")),
    ];
    doc.findings[1].citations.push(cite("dup", None));
    doc.context[0].source = "dup".into();
    let mut translated = doc.translations[0].clone();
    translated.target = "source/dup/title".into();
    doc.translations.push(translated);
    doc
}

async fn merging_moves_every_citation_and_folds_repeats(s: TestStore) {
    let doc = with_duplicate();
    s.import_assessment(&doc, "cli", ImportMode::New)
        .await
        .expect("import");
    let uses = s.source_uses("MNG", 2023).await.expect("uses");
    assert_eq!(uses.get("dup"), Some(&5));
    let answer_version = s
        .answer("MNG", 2023, &doc.answers[1].indicator)
        .await
        .expect("answer")
        .version;
    let outcome = s
        .merge_sources("MNG", 2023, "law-health-insurance", "dup", "ana")
        .await
        .expect("merge");
    assert_eq!(
        outcome,
        MergeOutcome {
            citations: 4,
            duplicates: 2,
            figures: 1,
        }
    );
    assert_eq!(outcome.moved(), 5);

    let mut expected = doc.clone();
    expected.sources.remove(1);
    expected.answers[0].citations.pop();
    expected.answers[1].citations = vec![
        cite("law-health-insurance", Some("Article 1")),
        cite("law-national-security", None),
        cite("law-health-insurance", Some("Article 9")),
    ];
    expected.findings[1].citations[1].source = "law-health-insurance".into();
    expected.context[0].source = "law-health-insurance".into();
    expected.translations.pop();
    let back = s.export_assessment("MNG", 2023).await.expect("export");
    assert_eq!(back, expected);
    assert!(
        !s.source_uses("MNG", 2023)
            .await
            .expect("uses")
            .contains_key("dup")
    );

    // A changed answer is a new version: an editor who read it before the merge must read again.
    let after = s
        .answer("MNG", 2023, &doc.answers[1].indicator)
        .await
        .expect("answer");
    assert_eq!(after.version, answer_version + 1);

    // One line in the log, on the source removed: how many citations moved, and where.
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    let last = log.last().expect("a line");
    assert_eq!(log.len(), 2, "import and merge");
    assert_eq!(
        (
            last.entity,
            last.entity_key.as_str(),
            last.field,
            last.actor.as_str()
        ),
        (Entity::Source, "dup", Field::MergedInto, "ana")
    );
    assert_eq!(last.old_value.as_deref(), Some("5"));
    assert_eq!(last.new_value.as_deref(), Some("law-health-insurance"));

    // The register stays numbered: a source added now comes last.
    let mut new = doc.sources[0].clone();
    new.key = "law-new".into();
    s.save_source("MNG", 2023, &new, 0, "ana")
        .await
        .expect("new source");
    let keys: Vec<String> = s
        .sources("MNG", 2023)
        .await
        .expect("sources")
        .into_iter()
        .map(|v| v.value.key)
        .collect();
    assert_eq!(
        keys,
        ["law-health-insurance", "law-national-security", "law-new"]
    );
}

async fn merging_is_refused_without_a_trace(s: TestStore) {
    let doc = with_duplicate();
    s.import_assessment(&doc, "cli", ImportMode::New)
        .await
        .expect("import");
    let same = s
        .merge_sources("MNG", 2023, "dup", "dup", "ana")
        .await
        .expect_err("into itself");
    let StoreError::Invalid(problems) = same else {
        panic!("expected Invalid, got {same}")
    };
    assert_eq!(problems[0].problem, Problem::MergeIntoItself("dup".into()));
    for (keep, drop, missing) in [
        ("law-health-insurance", "nowhere", "nowhere"),
        ("nowhere", "dup", "nowhere"),
    ] {
        let err = s
            .merge_sources("MNG", 2023, keep, drop, "ana")
            .await
            .expect_err("unknown");
        assert!(
            matches!(err, StoreError::NotFound(ref w)
                if *w == Record::part(PartKind::Source, missing, "MNG", 2023)),
            "{err}"
        );
    }
    let err = s
        .merge_sources("MNG", 2024, "law-health-insurance", "dup", "ana")
        .await
        .expect_err("no such assessment");
    assert!(matches!(err, StoreError::NotFound(_)), "{err}");

    // Validated and published content is not changed.
    for stage in [Stage::DraftShared, Stage::Consultation, Stage::Validated] {
        let v = s.assessment_version("MNG", 2023).await.expect("version");
        s.set_stage("MNG", 2023, stage, v, "ana")
            .await
            .expect("stage");
    }
    let err = s
        .merge_sources("MNG", 2023, "law-health-insurance", "dup", "ana")
        .await
        .expect_err("validated");
    assert!(
        matches!(
            err,
            StoreError::Refused(Refusal::EditNotNow {
                stage: Stage::Validated,
                ..
            })
        ),
        "{err}"
    );

    let mut back = s.export_assessment("MNG", 2023).await.expect("export");
    back.stage = doc.stage;
    assert_eq!(back, doc, "nothing changed");
    let log = s.audit_log("MNG", 2023).await.expect("audit");
    assert!(log.iter().all(|e| e.field != Field::MergedInto));
}

async fn a_failed_merge_leaves_everything_as_it_was(s: TestStore) {
    let doc = with_duplicate();
    s.import_assessment(&doc, "cli", ImportMode::New)
        .await
        .expect("import");
    // The last step of the merge, the removal from the register, fails: everything before it
    // (citations moved, figures, translations) must be undone.
    match s.backend() {
        "sqlite" => {
            s.raw_execute(
                "CREATE TRIGGER no_removal BEFORE DELETE ON sources
                 BEGIN SELECT RAISE(ABORT, 'sources are kept'); END",
            )
            .await
        }
        _ => {
            s.raw_execute(
                "CREATE FUNCTION no_removal() RETURNS trigger LANGUAGE plpgsql AS
                 $$ BEGIN RAISE EXCEPTION 'sources are kept'; END $$",
            )
            .await;
            s.raw_execute(
                "CREATE TRIGGER no_removal BEFORE DELETE ON sources
                 FOR EACH ROW EXECUTE FUNCTION no_removal()",
            )
            .await;
        }
    }
    let log_before = s.audit_log("MNG", 2023).await.expect("audit");
    let versions: Vec<i64> = {
        let mut v = Vec::new();
        for a in &doc.answers {
            v.push(
                s.answer("MNG", 2023, &a.indicator)
                    .await
                    .expect("answer")
                    .version,
            );
        }
        v
    };
    let err = s
        .merge_sources("MNG", 2023, "law-health-insurance", "dup", "ana")
        .await
        .expect_err("the trigger refuses");
    assert!(matches!(err, StoreError::Db(_)), "{err}");
    assert_eq!(s.export_assessment("MNG", 2023).await.expect("export"), doc);
    assert_eq!(s.audit_log("MNG", 2023).await.expect("audit"), log_before);
    for (a, version) in doc.answers.iter().zip(versions) {
        let now = s.answer("MNG", 2023, &a.indicator).await.expect("answer");
        assert_eq!(now.version, version, "{}", a.indicator);
    }
}

/// The reference assessment lists the Law on Disaster Protection twice (2003 and 2017); an
/// analyst cites both in one answer, and merges them.
async fn the_reference_disaster_laws_merge(s: TestStore) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let text = std::fs::read_to_string(path).expect("data/reference/mongolia-2023.json");
    let mut doc = AssessmentDoc::from_json(&text, s.framework()).expect("reference is valid");
    assert_eq!(doc.stage, Stage::Published);
    // A priority's progress note cites the 2003 law inside its record.
    doc.priorities[0].progress.push(mgi_model::ProgressNote {
        date: "2024-05-02".parse().expect("date"),
        status: mgi_model::PriorityStatus::InProgress,
        text: "The disaster law is under review.".into(),
        citations: vec![cite("law-disaster-protection-2003", Some("Article 4"))],
    });
    s.import_assessment(&doc, "reference", ImportMode::New)
        .await
        .expect("import");
    let (keep, drop) = (
        "law-disaster-protection-2017",
        "law-disaster-protection-2003",
    );
    let err = s
        .merge_sources("MNG", 2023, keep, drop, "ana")
        .await
        .expect_err("published");
    assert!(
        matches!(err, StoreError::Refused(Refusal::EditNotNow { .. })),
        "{err}"
    );
    let v = s.assessment_version("MNG", 2023).await.expect("version");
    s.set_stage("MNG", 2023, Stage::Correction, v, "ana")
        .await
        .expect("correction");
    let read = s
        .answer("MNG", 2023, "drr-strategy-migrants")
        .await
        .expect("answer");
    let mut edit = AnswerEdit::of(&read.value);
    edit.citations.push(Citation {
        source: drop.into(),
        pinpoint: None,
    });
    s.save_answer(
        "MNG",
        2023,
        "drr-strategy-migrants",
        &edit,
        read.version,
        "ana",
    )
    .await
    .expect("both cited");
    let outcome = s
        .merge_sources("MNG", 2023, keep, drop, "ana")
        .await
        .expect("merge");
    assert_eq!(
        outcome,
        MergeOutcome {
            citations: 2,
            duplicates: 1,
            figures: 0,
        }
    );
    let back = s.export_assessment("MNG", 2023).await.expect("export");
    assert_eq!(
        back.priorities[0].progress[0].citations,
        [cite(keep, Some("Article 4"))],
        "the note follows the kept source"
    );
    assert_eq!(back.sources.len(), doc.sources.len() - 1);
    assert!(back.source(drop).is_none());
    let answer = back
        .answers
        .iter()
        .find(|a| a.indicator == "drr-strategy-migrants")
        .expect("answer");
    assert_eq!(
        answer.citations,
        [cite("programme-disaster-reduction", None), cite(keep, None)]
    );
    assert!(mgi_model::check_consistency(&back).is_clean());
}

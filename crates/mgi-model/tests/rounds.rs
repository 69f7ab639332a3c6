//! Follow-up rounds and the progress between rounds, on the reference assessment, with the
//! shipped framework and with a second version of the national set that splits, merges, retires
//! and adds indicators.

mod common;

use common::reference;
use mgi_framework::Framework;
use mgi_framework::Version;
use mgi_model::diff::{Change, SourceChangeKind, diff};
use mgi_model::rounds::{RoundError, migrate, next_round};
use mgi_model::{
    AnswerStatus, AnswerValue, AssessmentDoc, FindingKind, Stage, TextStatus, Translation, validate,
};
use mgi_testkit::framework::framework_v2;

#[test]
fn next_round_resets_every_status_and_keeps_the_evidence() {
    let fw = Framework::embedded().expect("framework");
    let old = reference(&fw);
    let (new, report) = next_round(&old, &fw, 2026).expect("next round");
    assert_eq!((new.year, new.stage), (2026, Stage::Launched));
    assert_eq!(new.answers.len(), old.answers.len());
    assert!(
        new.answers
            .iter()
            .all(|a| a.status == AnswerStatus::CarriedOver)
    );
    for a in &old.answers {
        let b = new.answer(&a.indicator).expect("carried");
        assert_eq!(
            (b.value, &b.narrative, &b.citations),
            (a.value, &a.narrative, &a.citations)
        );
    }
    assert_eq!(
        (new.findings.len(), new.sources.len(), new.context.len()),
        (old.findings.len(), old.sources.len(), old.context.len())
    );
    assert!(new.comments.is_empty() && new.consultations.is_empty());
    assert!(report.retired.is_empty());
    assert_eq!(report.answers, old.answers.len());
    assert!(validate(&new, &fw).is_empty(), "{:?}", validate(&new, &fw));
    assert_eq!(
        next_round(&old, &fw, 2023).map(|_| ()),
        Err(RoundError::YearNotAfter {
            previous: 2023,
            new: 2023
        })
    );
}

#[test]
fn next_round_follows_the_crosswalk() {
    let fw = framework_v2();
    let old = reference(&fw);
    let (new, report) = next_round(&old, &fw, 2026).expect("next round");
    assert_eq!(new.framework.version, mgi_framework::Version::new(2, 0));
    let health = old.answer("health-access").expect("answered");
    for id in ["health-public", "health-emergency"] {
        let a = new.answer(id).expect("split target answered");
        assert_eq!((a.value, &a.narrative), (health.value, &health.narrative));
        assert_eq!(a.status, AnswerStatus::CarriedOver);
    }
    // The reference answers naturalisation only: the merged indicator takes that answer.
    let nat = old.answer("naturalisation").expect("answered");
    assert!(old.answer("dual-citizenship").is_none());
    let merged = new.answer("citizenship-paths").expect("merged");
    assert_eq!(
        (merged.value, &merged.narrative),
        (nat.value, &nat.narrative)
    );
    assert!(report.merged_conflicts.is_empty());
    // Two disagreeing answers merged give unknown, with both narratives.
    let mut both = old.clone();
    let mut dual = nat.clone();
    dual.indicator = "dual-citizenship".into();
    dual.value = AnswerValue::Absent;
    dual.narrative = "Dual citizenship is not allowed.".into();
    both.answers.push(dual);
    let (merged_doc, merged_report) = next_round(&both, &fw, 2026).expect("next round");
    let merged = merged_doc.answer("citizenship-paths").expect("merged");
    assert_eq!(merged.value, AnswerValue::Unknown);
    assert!(
        merged.narrative.contains(&nat.narrative)
            && merged
                .narrative
                .contains("Dual citizenship is not allowed.")
    );
    assert_eq!(merged_report.merged_conflicts, ["citizenship-paths"]);
    assert!(new.answer("birthright-citizenship").is_none());
    assert_eq!(report.retired, vec!["birthright-citizenship".to_owned()]);
    assert!(report.unanswered.contains(&"tracing-missing".to_owned()));
    assert!(!report.unanswered.contains(&"health-public".to_owned()));
    assert_eq!(
        report.unanswered.len() + report.answers,
        fw.latest("mgi-national")
            .expect("v2")
            .indicator_ids()
            .count()
    );
    let finding = new
        .findings
        .iter()
        .find(|f| f.key == "rights-wd-1")
        .expect("finding");
    assert_eq!(
        finding.indicators,
        [
            "health-public",
            "health-emergency",
            "health-access-irregular"
        ]
    );
    assert!(validate(&new, &fw).is_empty(), "{:?}", validate(&new, &fw));
}

#[test]
fn diff_names_every_kind_of_change() {
    let fw = Framework::embedded().expect("framework");
    let old = reference(&fw);
    let (mut new, _) = next_round(&old, &fw, 2026).expect("next round");
    let set_value = |doc: &mut AssessmentDoc, id: &str, v: AnswerValue| {
        doc.answers
            .iter_mut()
            .find(|a| a.indicator == id)
            .expect("answer")
            .value = v;
    };
    // birthright-citizenship: absent → present; health-access: present → partial;
    // vote-abroad: present → unknown (no longer assessed on the scale).
    set_value(&mut new, "birthright-citizenship", AnswerValue::Present);
    set_value(&mut new, "health-access", AnswerValue::Partial);
    set_value(&mut new, "vote-abroad", AnswerValue::Unknown);
    let mut law = new.sources[0].clone();
    law.key = "law-new-2025".into();
    law.title = "A new law on labour migration".into();
    new.sources.push(law);
    new.sources[1].amended.push(2025);
    new.answers
        .iter_mut()
        .find(|a| a.indicator == "health-access")
        .expect("a")
        .citations
        .push(mgi_model::Citation {
            source: "law-new-2025".into(),
            pinpoint: None,
        });
    let f = new
        .findings
        .iter_mut()
        .find(|f| f.key == "rights-wd-2")
        .expect("finding");
    f.kind = FindingKind::Potential;
    // One finding retired, one written for the new round.
    let retired = new.findings.remove(
        new.findings
            .iter()
            .position(|f| f.key == "crises-wd-1")
            .expect("crises-wd-1"),
    );
    let mut written = retired.clone();
    written.key = "crises-wd-new".into();
    written.text = "A new early-warning system reaches migrants in their languages.".into();
    new.findings.push(written);

    let d = diff(&old, &new, &fw).expect("diff");
    let keys = |list: &[mgi_model::diff::FindingChange]| {
        list.iter().map(|f| f.key.clone()).collect::<Vec<_>>()
    };
    assert_eq!(keys(&d.new_findings), ["crises-wd-new"]);
    assert_eq!(keys(&d.retired_findings), ["crises-wd-1"]);
    assert_eq!(
        d.new_findings[0].text_in("fr"),
        (
            "A new early-warning system reaches migrants in their languages.",
            "en"
        ),
        "an untranslated text in its own language"
    );
    let retired_fr = d.retired_findings[0].text_in("fr");
    assert_eq!(
        retired_fr.1, "fr",
        "the reference's findings are translated"
    );
    assert_eq!(
        Some(retired_fr.0),
        old.text_in(&mgi_model::TextRef::Finding("crises-wd-1".into()), "fr")
            .map(|s| s.text)
    );
    let change = |id: &str| {
        d.indicators
            .iter()
            .find(|c| c.indicator == id)
            .expect("listed")
            .change
    };
    assert_eq!(change("birthright-citizenship"), Change::Strengthened);
    assert_eq!(change("health-access"), Change::Weakened);
    assert_eq!(change("vote-abroad"), Change::Retired);
    assert_eq!(change("naturalisation"), Change::Unchanged);
    assert_eq!(
        d.count(Change::Strengthened) + d.count(Change::Weakened) + d.count(Change::Retired),
        3
    );
    let health = d
        .indicators
        .iter()
        .find(|c| c.indicator == "health-access")
        .expect("listed");
    assert_eq!(health.new_citations, ["law-new-2025"]);
    assert!(
        d.sources
            .iter()
            .any(|s| s.key == "law-new-2025" && s.kind == SourceChangeKind::New)
    );
    let amended = d
        .sources
        .iter()
        .find(|s| s.kind == SourceChangeKind::Amended)
        .expect("amended");
    assert_eq!(
        (amended.key.as_str(), amended.amendments.as_slice()),
        (new.sources[1].key.as_str(), &[2025][..])
    );
    assert!(
        d.finding_moves
            .iter()
            .any(|m| m.indicator == "education-access"
                && m.from == FindingKind::WellDeveloped
                && m.to == FindingKind::Potential)
    );
    assert!(
        diff(&new, &old, &fw).is_err(),
        "the later round first is refused"
    );
}

#[test]
fn diff_across_versions_reports_retired_and_new_indicators() {
    let fw = framework_v2();
    let old = reference(&fw);
    let (new, _) = next_round(&old, &fw, 2026).expect("next round");
    let d = diff(&old, &new, &fw).expect("diff");
    let get = |id: &str| {
        d.indicators
            .iter()
            .find(|c| c.indicator == id)
            .expect("listed")
    };
    assert_eq!(get("birthright-citizenship").change, Change::Retired);
    assert_eq!(get("tracing-missing").change, Change::New);
    assert_eq!(get("health-public").from, ["health-access"]);
    assert_eq!(get("health-public").change, Change::Unchanged);
    assert!(d.sources.is_empty(), "{:?}", d.sources);
}

#[test]
fn translations_of_unchanged_texts_are_carried_back_to_draft() {
    let fw = Framework::embedded().expect("framework");
    let mut old = reference(&fw);
    old.translations.clear();
    let finding = old.findings[0].key.clone();
    let event = old.consultations[0].key.clone();
    for (target, status) in [
        (format!("finding/{finding}"), TextStatus::Official),
        (format!("consultation/{event}/title"), TextStatus::Reviewed),
        ("jurisdiction/name".to_owned(), TextStatus::Reviewed),
    ] {
        old.translations.push(Translation {
            lang: "fr".into(),
            target,
            text: "texte".into(),
            status,
            of: None,
        });
    }
    let (new, _) = next_round(&old, &fw, 2026).expect("next round");
    let carried: Vec<(&str, TextStatus)> = new
        .translations
        .iter()
        .map(|t| (t.target.as_str(), t.status))
        .collect();
    let finding_target = format!("finding/{finding}");
    assert_eq!(
        carried,
        vec![
            (finding_target.as_str(), TextStatus::Draft),
            ("jurisdiction/name", TextStatus::Draft)
        ],
        "the consultation is not carried, so neither is its translation"
    );
    assert!(validate(&new, &fw).is_empty(), "{:?}", validate(&new, &fw));
}

/// The reference as a round still in preparation, with a comment on an indicator.
fn draft(fw: &Framework) -> AssessmentDoc {
    let mut doc = reference(fw);
    doc.year = 2026;
    doc.stage = Stage::DataCollection;
    doc.comments.push(mgi_model::Comment {
        key: "c-1".into(),
        author: "focal".into(),
        anchor: mgi_model::Anchor::Indicator("birthright-citizenship".into()),
        visibility: mgi_model::Visibility::Internal,
        state: mgi_model::CommentState::Open,
        text: "Check the 2024 amendment.".into(),
        created: chrono::DateTime::UNIX_EPOCH,
    });
    doc
}

#[test]
fn migrating_to_1_1_adds_the_preparedness_indicator_and_keeps_everything_else() {
    let fw = Framework::embedded().expect("framework");
    let old = draft(&fw);
    let (new, report) = migrate(&old, &fw, Version::new(1, 1)).expect("migrated");
    assert_eq!(new.framework.version, Version::new(1, 1));
    assert_eq!(report.added, ["migration-flow-preparedness"]);
    assert!(report.retired.is_empty() && report.merged_conflicts.is_empty());
    // Everything but the version is as it was: answers keep their status, nothing is re-verified.
    let mut back = new.clone();
    back.framework = old.framework.clone();
    assert_eq!(back, old);
    assert!(new.answer("migration-flow-preparedness").is_none());
    assert!(validate(&new, &fw).is_empty(), "{:?}", validate(&new, &fw));
    // The same version again, an older one, and one the framework does not have are refused.
    assert!(matches!(
        migrate(&new, &fw, Version::new(1, 1)),
        Err(RoundError::SameVersion(_))
    ));
    assert!(matches!(
        migrate(&new, &fw, Version::new(1, 0)),
        Err(RoundError::Backwards { .. })
    ));
    assert!(matches!(
        migrate(&old, &fw, Version::new(1, 2)),
        Err(RoundError::UnknownSet(_))
    ));
}

#[test]
fn migrating_through_splits_merges_and_retirements() {
    let fw = framework_v2();
    let old = draft(&fw);
    let (new, report) = migrate(&old, &fw, Version::new(2, 0)).expect("migrated");
    // A kept indicator keeps its answer untouched; a split one feeds both targets, to re-verify.
    assert_eq!(
        new.answer("education-access"),
        old.answer("education-access")
    );
    let health = old.answer("health-access").expect("answered");
    for id in ["health-public", "health-emergency"] {
        let a = new.answer(id).expect("split target");
        assert_eq!(
            (a.value, &a.narrative, a.status),
            (health.value, &health.narrative, AnswerStatus::CarriedOver)
        );
    }
    assert!(new.answer("citizenship-paths").is_some());
    assert_eq!(report.retired, ["birthright-citizenship"]);
    assert_eq!(
        report.added,
        ["tracing-missing", "migration-flow-preparedness"],
        "added in 2 and in 1.1, in the order of the set"
    );
    // Findings, and comments, follow their indicators; a comment on a retired one becomes general.
    let finding = new.finding("rights-wd-1").expect("finding");
    assert_eq!(
        finding.indicators,
        [
            "health-public",
            "health-emergency",
            "health-access-irregular"
        ]
    );
    assert_eq!(new.comments[0].anchor, mgi_model::Anchor::General);
    // The stage, sources, context and consultation stay.
    assert_eq!(
        (new.stage, &new.sources, &new.context, &new.consultations),
        (old.stage, &old.sources, &old.context, &old.consultations)
    );
    // A translation of a retired answer goes; one of a kept text stays as it was.
    let target = |t: &Translation| t.target.clone();
    assert!(
        old.translations
            .iter()
            .any(|t| t.target == "answer/birthright-citizenship")
    );
    assert!(
        !new.translations
            .iter()
            .any(|t| t.target == "answer/birthright-citizenship")
    );
    let kept: Vec<_> = new.translations.iter().map(target).collect();
    assert!(kept.contains(&"finding/rights-wd-1".to_owned()));
    assert!(
        new.translations
            .iter()
            .all(|t| old.translations.contains(t))
    );
    assert!(validate(&new, &fw).is_empty(), "{:?}", validate(&new, &fw));
}

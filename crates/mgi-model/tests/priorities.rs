//! Priorities on the reference assessment: the consultation's eleven recommendations as
//! records linked to the findings they answer, checked, and followed into the next round.

mod common;

use common::reference;
use mgi_framework::Framework;
use mgi_model::rounds::next_round;
use mgi_model::{Citation, PriorityStatus, Problem, ProgressNote, validate};

#[test]
fn the_reference_recommendations_are_priorities_in_their_own_words() {
    let fw = Framework::embedded().expect("framework");
    let doc = reference(&fw);
    let recommendations = &doc.consultations[0].recommendations;
    assert_eq!((doc.priorities.len(), recommendations.len()), (11, 11));
    for (p, words) in doc.priorities.iter().zip(recommendations) {
        assert_eq!(p.wording(&doc), Some(words.as_str()), "{}", p.key);
        assert!(p.text.is_empty(), "the words are kept once: {}", p.key);
        assert_eq!((p.status, p.since), (PriorityStatus::Planned, None));
    }
    let strategy = doc.priority("national-strategy").expect("first");
    assert_eq!(strategy.findings, ["government-pot-3"]);
    assert_eq!(
        strategy.wording(&doc),
        Some(
            "Draw up a national migration strategy covering both international and internal migration."
        )
    );
}

#[test]
fn a_priority_is_checked_like_every_record() {
    let fw = Framework::embedded().expect("framework");
    let mut doc = reference(&fw);
    let p = &mut doc.priorities[0];
    p.recommendation = None;
    p.findings.push("no-such-finding".into());
    p.indicators.push("no-such-indicator".into());
    p.since = Some(2023);
    p.progress.push(ProgressNote {
        date: "2025-03-01".parse().expect("date"),
        status: PriorityStatus::InProgress,
        text: "A draft strategy went to the Cabinet.".into(),
        citations: vec![Citation {
            source: "no-such-source".into(),
            pinpoint: None,
        }],
    });
    doc.priorities[1].recommendation = Some(mgi_model::RecommendationRef {
        consultation: "national-consultation-2023".into(),
        number: 12,
    });
    let problems: Vec<(String, Problem)> = validate(&doc, &fw)
        .into_iter()
        .map(|e| (e.path, e.problem))
        .collect();
    assert_eq!(
        problems,
        [
            ("$.priorities[0].text".to_owned(), Problem::NoWording),
            (
                "$.priorities[0].findings[1]".to_owned(),
                Problem::UnknownFinding("no-such-finding".into())
            ),
            (
                "$.priorities[0].indicators[2]".to_owned(),
                Problem::UnknownIndicator {
                    id: "no-such-indicator".into(),
                    set: Some("mgi-national v1".into())
                }
            ),
            (
                "$.priorities[0].since".to_owned(),
                Problem::SetAfterRound {
                    since: 2023,
                    year: 2023
                }
            ),
            (
                "$.priorities[0].progress[0].citations[0].source".to_owned(),
                Problem::UnknownSource("no-such-source".into())
            ),
            (
                "$.priorities[1].recommendation".to_owned(),
                Problem::UnknownRecommendation {
                    consultation: "national-consultation-2023".into(),
                    number: 12
                }
            ),
        ]
    );
}

#[test]
fn open_priorities_follow_into_the_next_round_in_their_own_words() {
    let fw = Framework::embedded().expect("framework");
    let mut old = reference(&fw);
    old.priorities[1].status = PriorityStatus::Done;
    old.priorities[2].status = PriorityStatus::Dropped;
    old.priorities[0].status = PriorityStatus::InProgress;
    old.priorities[0].progress.push(ProgressNote {
        date: "2024-06-01".parse().expect("date"),
        status: PriorityStatus::InProgress,
        text: "A working group drafts the strategy.".into(),
        citations: Vec::new(),
    });
    let (new, _) = next_round(&old, &fw, 2026).expect("next round");
    let keys: Vec<&str> = new.priorities.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys.len(), 9, "done and dropped ones stay with their round");
    assert!(
        !keys.contains(&"committee-terms-of-reference") && !keys.contains(&"committee-partners")
    );
    let strategy = new.priority("national-strategy").expect("carried");
    assert!(
        new.consultations.is_empty(),
        "the consultation stays with its round"
    );
    assert_eq!(
        (strategy.wording(&new), strategy.recommendation.as_ref()),
        (
            Some(
                "Draw up a national migration strategy covering both international and internal migration."
            ),
            None
        )
    );
    assert_eq!(
        (strategy.status, strategy.since, strategy.progress.len()),
        (PriorityStatus::InProgress, Some(2023), 1)
    );
    assert!(validate(&new, &fw).is_empty(), "{:?}", validate(&new, &fw));
    // What the government has not agreed to publish is not in the public view.
    assert!(mgi_model::public_view(old).priorities.is_empty());
}

#[test]
fn the_progress_between_rounds_shows_each_priority_with_its_indicators() {
    let fw = Framework::embedded().expect("framework");
    let old = reference(&fw);
    let (mut new, _) = next_round(&old, &fw, 2026).expect("next round");
    // 2026: a national strategy adopted (cited), the IOM partnership deepened.
    let mut law = new.sources[0].clone();
    law.key = "national-migration-strategy-2025".into();
    law.title = "National Migration Strategy 2025–2035".into();
    law.year = Some(2025);
    new.sources.push(law);
    let cite = Citation {
        source: "national-migration-strategy-2025".into(),
        pinpoint: None,
    };
    let answer = new
        .answers
        .iter_mut()
        .find(|a| a.indicator == "migration-strategy")
        .expect("answered");
    answer.value = mgi_model::AnswerValue::Present;
    answer.citations.push(cite.clone());
    for (key, status, text) in [
        (
            "national-strategy",
            PriorityStatus::Done,
            "The Government adopted the strategy.",
        ),
        (
            "iom-partnership",
            PriorityStatus::InProgress,
            "A cooperation plan is being drafted.",
        ),
    ] {
        let p = new.priorities.iter_mut().find(|p| p.key == key).expect(key);
        p.status = status;
        p.progress.push(ProgressNote {
            date: "2025-09-15".parse().expect("date"),
            status,
            text: text.into(),
            citations: if key == "national-strategy" {
                vec![cite.clone()]
            } else {
                Vec::new()
            },
        });
    }
    assert!(validate(&new, &fw).is_empty(), "{:?}", validate(&new, &fw));
    let d = mgi_model::diff::diff(&old, &new, &fw).expect("diff");
    assert_eq!(d.priorities.len(), 11);
    let strategy = &d.priorities[0];
    assert_eq!(
        (strategy.key.as_str(), strategy.before, strategy.after),
        (
            "national-strategy",
            Some(PriorityStatus::Planned),
            Some(PriorityStatus::Done)
        )
    );
    assert_eq!(strategy.notes.len(), 1);
    let lines: Vec<(&str, mgi_model::diff::Change)> = strategy
        .indicators
        .iter()
        .map(|c| (c.indicator.as_str(), c.change))
        .collect();
    assert_eq!(
        lines,
        [("migration-strategy", mgi_model::diff::Change::Strengthened)]
    );
    assert_eq!(
        d.priorities[5].after,
        Some(PriorityStatus::InProgress),
        "{}",
        d.priorities[5].key
    );
    assert!(d.priorities[1].notes.is_empty() && d.priorities[1].indicators.is_empty());
}

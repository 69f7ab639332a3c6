//! The GCM view from answer tallies and the indicative SDG 10.7.2 readings.

use std::collections::BTreeMap;

use mgi_framework::{Framework, Level};
use mgi_model::AnswerValue;
use mgi_model::aggregate::{AnswerTally, gcm_view, sdg_readings};

fn tally(region: &str, indicator: &str, value: AnswerValue, count: u64) -> AnswerTally {
    AnswerTally {
        region: region.into(),
        indicator: indicator.into(),
        value,
        count,
    }
}

#[test]
fn gcm_view_counts_mapped_answers_by_region_without_not_applicable() {
    let fw = Framework::embedded().expect("framework");
    let health = fw.indicator("health-access").expect("indicator");
    let objective = *health.gcm.first().expect("mapped");
    let tallies = [
        tally("Asia", "health-access", AnswerValue::Present, 3),
        tally("Africa", "health-access", AnswerValue::Partial, 1),
        tally("Africa", "health-access", AnswerValue::NotApplicable, 5),
        tally("Asia", "not-an-indicator", AnswerValue::Present, 7),
    ];
    let regions = BTreeMap::from([("Asia".to_owned(), 3), ("Africa".to_owned(), 6)]);
    let view = gcm_view(&fw, Level::National, regions, &tallies);
    assert_eq!(view.objectives.len(), 23);
    let o = view
        .objectives
        .iter()
        .find(|o| o.number == objective)
        .expect("objective");
    let i = o
        .indicators
        .iter()
        .find(|i| i.indicator == "health-access")
        .expect("listed");
    assert_eq!(
        (
            i.counts.global.present,
            i.counts.global.partial,
            i.counts.global.total()
        ),
        (3, 1, 4)
    );
    assert_eq!(i.counts.global.share(3), 75.0);
    assert_eq!(
        i.counts.regions["Africa"].total(),
        1,
        "not applicable is left out"
    );
    assert!(o.counts.global.total() >= 4);
    // Every mapped indicator of the national set is listed under each of its objectives.
    for o in &view.objectives {
        for i in &o.indicators {
            assert!(
                fw.indicator(&i.indicator)
                    .expect("known")
                    .gcm
                    .contains(&o.number)
            );
        }
    }
    let untouched = view
        .objectives
        .iter()
        .find(|o| !o.indicators.iter().any(|i| i.indicator == "health-access"))
        .expect("other");
    assert_eq!(untouched.counts.global.total(), 0);
}

#[test]
fn sdg_readings_follow_the_configured_values_and_cut_offs() {
    let fw = Framework::embedded().expect("framework");
    let all = |v: AnswerValue| sdg_readings(&fw, |_| Some(v));
    let present = all(AnswerValue::Present);
    assert_eq!(present.len(), 6);
    assert!(present.iter().all(|d| d.value == Some(100.0)));
    assert_eq!(present[0].category.as_deref(), Some("Fully meets"));
    let absent = all(AnswerValue::Absent);
    assert!(absent.iter().all(
        |d| d.value == Some(0.0) && d.category.as_deref() == Some("Requires further progress")
    ));
    let partial = all(AnswerValue::Partial);
    assert!(
        partial
            .iter()
            .all(|d| d.value == Some(50.0) && d.category.as_deref() == Some("Partially meets"))
    );
    // Unknown answers give no value: the domain is not read at all.
    let unknown = all(AnswerValue::Unknown);
    assert!(
        unknown
            .iter()
            .all(|d| d.value.is_none() && d.category.is_none())
    );
    // One sub-category without any answer leaves its domain without a value.
    let one_missing = sdg_readings(&fw, |id| {
        let i = fw.indicator(id)?;
        (!i.sdg.contains(&"1a".to_owned())).then_some(AnswerValue::Present)
    });
    assert_eq!(one_missing[0].value, None);
    assert_eq!(one_missing[0].subcategories[0], ("1a".to_owned(), None));
    assert_eq!(one_missing[1].value, Some(100.0));
}

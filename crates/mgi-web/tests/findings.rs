//! The finding editor: a new finding written with its kind, indicators chosen by name, two
//! citations and a footnote; a refused save shown on the same form, filled as posted, with an
//! error summary naming each field in words; suggested indicators accepted with the words that
//! matched; a finding moved and, after a confirmation page, deleted.

mod common;

use axum::http::StatusCode;
use common::{App, Client, app, escaped, hidden};

const DRAFT: &str = "/work/MNG/2026";

async fn sources(a: &App) -> Vec<mgi_model::Source> {
    a.store
        .sources("MNG", 2026)
        .await
        .expect("sources")
        .into_iter()
        .map(|s| s.value)
        .collect()
}

#[tokio::test]
async fn an_analyst_writes_a_finding_with_its_evidence_and_is_told_what_was_saved() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let doc = a.store.export_assessment("MNG", 2026).await.expect("draft");
    let domain = doc.findings[0].domain.clone();
    let fw = a.store.framework();
    let set = fw.set("mgi-national", 1).expect("set");
    let ids: Vec<&str> = set
        .domain(&domain)
        .expect("domain")
        .indicator_ids()
        .take(2)
        .collect();
    let names: Vec<String> = ids
        .iter()
        .map(|id| fw.indicator(id).expect("indicator").name.en().to_owned())
        .collect();

    let form = c
        .get(&format!("{DRAFT}/findings/new?domain={domain}"))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    for name in &names {
        assert!(
            form.body.contains(&escaped(name)),
            "the indicators are offered by name: {name}"
        );
    }
    assert!(form.body.contains("type=\"radio\""), "the kind is a choice");

    let reg = sources(&a).await;
    let (s1, s2) = (&reg[0], &reg[1]);
    let fields = [
        ("csrf", csrf.as_str()),
        ("version", "0"),
        ("domain", domain.as_str()),
        ("kind", "potential"),
        ("text", "Labour inspectors could **visit** migrant workers."),
        ("indicator", ids[1]),
        ("indicator", ids[0]),
        ("cite", s1.key.as_str()),
        ("pin", "Article 9.1"),
        ("cite", s2.key.as_str()),
        ("pin", ""),
        ("cite", ""),
        ("pin", ""),
        ("footnote", "The inspectorate was reorganised in 2022."),
        ("footnote", ""),
    ];
    let r = c.post(&format!("{DRAFT}/findings"), &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        r.location.ends_with("?done=finding-added"),
        "{}",
        r.location
    );
    let key = r
        .location
        .trim_start_matches(&format!("{DRAFT}/findings/"))
        .trim_end_matches("?done=finding-added")
        .to_owned();
    let stored = a.store.finding("MNG", 2026, &key).await.expect("stored");
    assert_eq!(stored.value.kind, mgi_model::FindingKind::Potential);
    assert_eq!(
        stored.value.indicators,
        vec![ids[1], ids[0]],
        "in the order ticked"
    );
    let cited: Vec<(&str, Option<&str>)> = stored
        .value
        .citations
        .iter()
        .map(|c| (c.source.as_str(), c.pinpoint.as_deref()))
        .collect();
    assert_eq!(
        cited,
        vec![
            (s1.key.as_str(), Some("Article 9.1")),
            (s2.key.as_str(), None)
        ]
    );
    assert_eq!(
        stored.value.footnotes,
        vec!["The inspectorate was reorganised in 2022.".to_owned()]
    );
    let page = c.get(&r.location).await.body;
    assert!(page.contains("banner-success") && page.contains("Finding added"));
    assert!(
        !page.contains(&format!(">{key}<")),
        "the page names the finding by its domain and kind, not its key"
    );

    // A refused save: the same form, as typed, with the error summary linking to each field.
    let version = hidden(&page, "version").expect("version");
    let refused = [
        ("csrf", csrf.as_str()),
        ("version", version.as_str()),
        ("domain", domain.as_str()),
        ("kind", "potential"),
        ("text", "   "),
        ("indicator", ids[0]),
        ("cite", s1.key.as_str()),
        ("pin", ""),
        ("cite", "no-such-source"),
        ("pin", "p. 4"),
        ("footnote", "A NOTE TYPED BUT REFUSED"),
    ];
    let r = c.post(&format!("{DRAFT}/findings/{key}"), &refused).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("class=\"error-summary\""), "{}", r.body);
    assert!(r.body.contains("<a href=\"#text\">Text: "), "{}", r.body);
    assert!(r.body.contains("A NOTE TYPED BUT REFUSED"), "kept as typed");
    assert!(
        r.body.contains("class=\"account\""),
        "still signed in, in the layout"
    );
    let r = c
        .post(
            &format!("{DRAFT}/findings/{key}"),
            &[&refused[..4], &[("text", "Kept text.")], &refused[5..]].concat(),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("<a href=\"#cite-1\">Source 2: "),
        "the unknown source named as the form names it: {}",
        r.body
    );
    assert!(r.body.contains(">Kept text.</textarea>"));
    let after = a.store.finding("MNG", 2026, &key).await.expect("stored");
    assert_eq!(after, stored, "nothing of a refused save is stored");
}

#[tokio::test]
async fn suggestions_are_reviewed_and_findings_moved_and_deleted() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let doc = a.store.export_assessment("MNG", 2026).await.expect("draft");
    let f = doc.findings[1].clone();
    let fw = a.store.framework();
    let set = fw.set("mgi-national", 1).expect("set");
    let other = set
        .domain(&f.domain)
        .expect("domain")
        .indicator_ids()
        .find(|id| !f.indicators.iter().any(|i| i == id))
        .expect("an indicator the finding lacks");
    a.raw(&format!(
        "UPDATE findings SET suggested = '[{{\"indicator\":\"{other}\",\"score\":0.61}}]'
         WHERE key = '{}' AND assessment_id = (SELECT id FROM assessments WHERE year = 2026 AND jurisdiction = 'MNG')",
        f.key
    ))
    .await;
    let url = format!("{DRAFT}/findings/{}", f.key);
    let page = c.get(&url).await.body;
    let name = fw.indicator(other).expect("indicator").name.en();
    assert!(page.contains("id=\"suggestions\""));
    assert!(page.contains(&escaped(name)), "named: {name}");
    assert!(page.contains("61 %"), "with its score");
    let version = hidden(&page, "version").expect("version");
    let r = c
        .post(
            &format!("{url}/suggestions"),
            &[
                ("csrf", &csrf),
                ("version", &version),
                ("indicator", other),
                ("review", "accept"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let after = a.store.finding("MNG", 2026, &f.key).await.expect("finding");
    assert_eq!(
        after.value.indicators.last().map(String::as_str),
        Some(other)
    );
    assert!(after.value.suggested.is_empty());
    let page = c.get(&r.location).await.body;
    assert!(page.contains("Suggested indicator accepted"));
    assert!(
        !page.contains("id=\"suggestions\""),
        "nothing left to review"
    );

    let r = c
        .post(
            &format!("{url}/move"),
            &[("csrf", &csrf), ("shift", "sideways")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = c
        .post(&format!("{url}/move"), &[("csrf", &csrf), ("shift", "up")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location.contains("done=finding-moved"), "{}", r.location);

    let confirm = c.get(&format!("{url}/delete")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(confirm.body.contains("cannot be undone"));
    assert!(
        a.store.finding("MNG", 2026, &f.key).await.is_ok(),
        "opening the confirmation deletes nothing"
    );
    let version = hidden(&confirm.body, "version").expect("version");
    let r = c
        .post(
            &format!("{url}/delete"),
            &[("csrf", &csrf), ("version", &version)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(c.get(&url).await.status, StatusCode::NOT_FOUND);
}

//! The exchange format: JSON paths in errors, and the published schema kept in step.

use mgi_framework::Framework;
use mgi_model::{AssessmentDoc, ExchangeError, json_schema};

fn framework() -> Framework {
    Framework::embedded().expect("embedded framework")
}

fn minimal() -> serde_json::Value {
    let fw = framework();
    let indicator = fw
        .set("mgi-national", 1)
        .and_then(|s| s.indicator_ids().next())
        .expect("indicator")
        .to_owned();
    serde_json::json!({
        "format": "mgi-assessment/1",
        "jurisdiction": {"code": "MNG", "kind": "country", "name": "Mongolia", "region": "Asia"},
        "year": 2023,
        "framework": {"set": "mgi-national", "version": 1},
        "stage": "data-collection",
        "sources": [{"key": "s1", "issuer": "Government", "title": "Law", "year": 2010, "kind": "law"}],
        "answers": [{"indicator": indicator, "value": "present", "citations": [{"source": "s1", "pinpoint": "Article 9.1"}]}]
    })
}

fn read(value: &serde_json::Value) -> Result<AssessmentDoc, ExchangeError> {
    AssessmentDoc::from_json(&value.to_string(), &framework())
}

#[test]
fn minimal_document_is_read_with_defaults() {
    let doc = read(&minimal()).expect("valid");
    assert_eq!(doc.answers[0].status, mgi_model::AnswerStatus::NotStarted);
    assert!(
        doc.sources[0].online,
        "a source is online unless it says otherwise"
    );
    assert!(doc.findings.is_empty());
}

#[test]
fn wrong_enum_value_names_its_json_path_and_line() {
    let mut v = minimal();
    v["answers"][0]["value"] = "yes".into();
    let text = serde_json::to_string_pretty(&v).expect("json");
    let err = AssessmentDoc::from_json(&text, &framework()).expect_err("bad value");
    let ExchangeError::Syntax {
        path,
        line,
        message,
        ..
    } = &err
    else {
        panic!("{err}")
    };
    assert_eq!(path, "$.answers[0].value");
    assert!(message.starts_with("unknown variant `yes`"), "{message}");
    let expected_line = text
        .lines()
        .position(|l| l.contains("\"yes\""))
        .expect("line")
        + 1;
    assert_eq!(*line, expected_line);
}

#[test]
fn unknown_field_is_refused() {
    let mut v = minimal();
    v["sources"][0]["publisher"] = "x".into();
    let err = read(&v).expect_err("unknown field");
    let ExchangeError::Syntax { path, message, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(path, "$.sources[0].publisher");
    assert!(
        message.starts_with("unknown field `publisher`"),
        "{message}"
    );
}

#[test]
fn semantic_problems_are_all_listed_with_paths() {
    let mut v = minimal();
    v["jurisdiction"]["code"] = "Mongolia".into();
    v["jurisdiction"]["region"] = "Middle Earth".into();
    v["answers"][0]["citations"][0]["source"] = "s2".into();
    v["year"] = 1066.into();
    let err = read(&v).expect_err("invalid");
    let ExchangeError::Invalid(problems) = err else {
        panic!("{err}")
    };
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "$.jurisdiction.code",
            "$.jurisdiction.region",
            "$.year",
            "$.answers[0].citations[0].source"
        ]
    );
}

#[test]
fn locality_needs_the_local_framework() {
    let mut v = minimal();
    v["jurisdiction"] = serde_json::json!({"code": "GHA-accra", "kind": "locality", "name": "Accra", "region": "Africa"});
    let err = read(&v).expect_err("national set for a city");
    assert!(
        err.to_string().contains(
            "$.framework: a locality is assessed with a local set, not mgi-national (national)"
        ),
        "{err}"
    );
}

#[test]
fn not_json_at_all() {
    let err = AssessmentDoc::from_json("\u{0}\u{1}binary", &framework()).expect_err("binary");
    assert!(
        matches!(err, ExchangeError::Syntax { line: 1, .. }),
        "{err}"
    );
    let err = AssessmentDoc::from_json("", &framework()).expect_err("empty");
    assert!(err.to_string().contains("EOF"), "{err}");
}

#[test]
fn published_schema_is_up_to_date() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/assessment.schema.json"
    );
    let published = std::fs::read_to_string(path).expect("docs/assessment.schema.json (regenerate: mgi assessment schema > docs/assessment.schema.json)");
    let published: serde_json::Value = serde_json::from_str(&published).expect("valid JSON");
    assert_eq!(
        published,
        json_schema(),
        "docs/assessment.schema.json is stale: run `mgi assessment schema > docs/assessment.schema.json`"
    );
}

#[test]
fn region_must_agree_with_the_m49_table() {
    let mut v = minimal();
    v["jurisdiction"]["region"] = "Europe".into();
    let err = read(&v).expect_err("wrong region");
    assert!(
        err.to_string()
            .contains("$.jurisdiction.region: Mongolia is in Asia (UN M49), not Europe"),
        "{err}"
    );
}

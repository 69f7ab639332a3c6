//! The exchange format: JSON paths in errors, and the published schema kept in step.

use mgi_framework::Framework;
use mgi_model::{AssessmentDoc, ExchangeError, TextRef, TextStatus, json_schema};

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

#[test]
fn translations_are_read_and_a_reader_gets_them_or_the_original() {
    let mut v = minimal();
    let indicator = v["answers"][0]["indicator"].clone();
    v["answers"][0]["narrative"] = "The law provides it.".into();
    v["translations"] = serde_json::json!([
        {"lang": "fr", "target": "jurisdiction/name", "text": "Mongolie", "status": "reviewed"},
        {"lang": "fr", "target": format!("answer/{}", indicator.as_str().unwrap_or_default()), "text": "La loi le prévoit."}
    ]);
    let doc = read(&v).expect("valid");
    assert_eq!(
        doc.language, "en",
        "English unless the document says otherwise"
    );
    let name = doc
        .text_in(&TextRef::JurisdictionName, "fr")
        .expect("a name");
    assert_eq!(
        (name.text, name.lang, name.status),
        ("Mongolie", "fr", Some(TextStatus::Reviewed))
    );
    let answer = TextRef::Answer(indicator.as_str().unwrap_or_default().to_owned());
    let shown = doc.text_in(&answer, "fr").expect("a narrative");
    assert_eq!(
        (shown.text, shown.status),
        ("La loi le prévoit.", Some(TextStatus::Draft))
    );
    let spanish = doc.text_in(&answer, "es").expect("the original");
    assert_eq!(
        (spanish.text, spanish.lang, spanish.status),
        ("The law provides it.", "en", None),
        "no Spanish text: the original, in its language"
    );
    assert_eq!(
        doc.translated_count("fr"),
        (2, 3),
        "name, narrative, source title"
    );
    assert!(
        doc.text_in(&TextRef::Finding("none".into()), "fr")
            .is_none()
    );
}

#[test]
fn a_document_written_in_french_reads_its_own_texts_untranslated() {
    let mut v = minimal();
    v["language"] = "fr".into();
    v["translations"] = serde_json::json!([
        {"lang": "en", "target": "source/s1/title", "text": "Law"}
    ]);
    let doc = read(&v).expect("valid");
    let french = doc
        .text_in(&TextRef::SourceTitle("s1".into()), "fr")
        .expect("title");
    assert_eq!((french.lang, french.status), ("fr", None));
    let english = doc
        .text_in(&TextRef::SourceTitle("s1".into()), "en")
        .expect("title");
    assert_eq!(
        (english.lang, english.status),
        ("en", Some(TextStatus::Draft))
    );
    let json = doc.to_json();
    assert!(json.contains("\"language\": \"fr\""), "{json}");
    let english_doc = read(&minimal()).expect("valid");
    assert!(
        !english_doc.to_json().contains("\"language\""),
        "English, the default, is left out so that earlier documents keep their content hash"
    );
}

#[test]
fn bad_translations_are_each_named_by_path() {
    let mut v = minimal();
    v["language"] = "xx".into();
    v["translations"] = serde_json::json!([
        {"lang": "de", "target": "jurisdiction/name", "text": "Mongolei"},
        {"lang": "fr", "target": "finding/none", "text": "Rien"},
        {"lang": "fr", "target": "../../etc", "text": "Rien"},
        {"lang": "fr", "target": "jurisdiction/name", "text": "  "},
        {"lang": "es", "target": "jurisdiction/name", "text": "Mongolia"},
        {"lang": "es", "target": "jurisdiction/name", "text": "Mongolia (bis)"}
    ]);
    let err = read(&v).expect_err("invalid");
    let ExchangeError::Invalid(problems) = err else {
        panic!("{err}")
    };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for expected in [
        "$.language: \"xx\" is not a language code of mgi",
        "$.translations[0].lang: \"de\" is not a language code of mgi",
        "$.translations[1].target: the assessment has no text \"finding/none\" to translate",
        "$.translations[2].target: \"../../etc\" is not a text of an assessment",
        "$.translations[3].text: must not be empty",
        "$.translations[5]: a second translation of \"jurisdiction/name\" into \"es\"",
    ] {
        assert!(
            shown.iter().any(|s| s.starts_with(expected)),
            "{expected} not in {shown:#?}"
        );
    }
    assert_eq!(shown.len(), 6, "{shown:#?}");
    let mut same = minimal();
    same["translations"] =
        serde_json::json!([{"lang": "en", "target": "jurisdiction/name", "text": "Mongolia"}]);
    let err = read(&same).expect_err("English into English");
    assert!(
        err.to_string()
            .contains("$.translations[0].lang: the assessment is written in \"en\""),
        "{err}"
    );
}

#[test]
fn a_translation_of_an_earlier_wording_is_outdated_and_the_original_shown() {
    let mut v = minimal();
    v["translations"] = serde_json::json!([
        {"lang": "fr", "target": "source/s1/title", "text": "Loi", "of": mgi_model::fingerprint("Law")}
    ]);
    let mut doc = read(&v).expect("valid");
    let title = TextRef::SourceTitle("s1".into());
    assert_eq!(doc.text_in(&title, "fr").expect("title").text, "Loi");
    assert_eq!(doc.translated_count("fr").0, 1, "the title");
    doc.sources[0].title = "Law on Migration".into();
    let shown = doc.text_in(&title, "fr").expect("title");
    assert_eq!(
        (shown.text, shown.lang, shown.status),
        ("Law on Migration", "en", None),
        "the translation of the earlier title is not shown"
    );
    assert!(doc.translation(&title, "fr").is_some(), "but it is kept");
    assert_eq!(doc.translated_count("fr").0, 0);
    assert_eq!(mgi_model::fingerprint("Law").len(), 16);
}

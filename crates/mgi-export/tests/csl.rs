//! CSL-JSON of the source register: the type of each kind of source, what each item carries,
//! a hand-checked structural test against CSL-JSON 1.0.2, and the official schema
//! (`csl-data.json`) when MGI_CSL_SCHEMA names a copy of it.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use mgi_export::csl_items;
use mgi_model::{AssessmentDoc, Source, SourceKind};
use serde_json::{Value, json};

/// The reference assessment with one extra source of each kind, dated or not, with and without
/// amendments, online or not.
fn doc_with_every_kind() -> AssessmentDoc {
    let (_, mut doc) = common::reference();
    for (i, &kind) in SourceKind::ALL.iter().enumerate() {
        doc.sources.push(Source {
            key: format!("every-{}", kind.as_str()),
            issuer: "Ministry of Examples".to_owned(),
            title: format!("A {} source", kind.as_str()),
            year: (i % 2 == 0).then_some(2010 + i32::try_from(i).unwrap_or(0)),
            kind,
            amended: if i % 3 == 0 { vec![2019, 2021] } else { vec![] },
            url: Some(format!("https://example.org/{}", kind.as_str())),
            online: i % 4 != 1,
            language: Some("mn".to_owned()),
            note: (i % 2 == 1).then(|| "Ulaanbaatar.".to_owned()),
        });
    }
    doc
}

fn items_json(doc: &AssessmentDoc) -> Value {
    let text = serde_json::to_string(&csl_items(doc)).expect("CSL-JSON");
    serde_json::from_str(&text).expect("JSON")
}

fn item<'a>(items: &'a Value, id: &str) -> &'a Value {
    items
        .as_array()
        .and_then(|a| a.iter().find(|i| i["id"] == id))
        .unwrap_or_else(|| panic!("item {id}"))
}

#[test]
fn each_kind_of_source_has_its_csl_type() {
    let items = items_json(&doc_with_every_kind());
    let expected = [
        (SourceKind::Law, "legislation"),
        (SourceKind::Regulation, "regulation"),
        (SourceKind::Policy, "document"),
        (SourceKind::Agreement, "treaty"),
        (SourceKind::Report, "report"),
        (SourceKind::Data, "dataset"),
        (SourceKind::Web, "webpage"),
        (SourceKind::Other, "document"),
    ];
    assert_eq!(
        expected.len(),
        SourceKind::ALL.len(),
        "every kind is mapped"
    );
    for (kind, csl) in expected {
        let it = item(&items, &format!("MNG-2023-every-{}", kind.as_str()));
        assert_eq!(it["type"], csl, "{kind:?}");
        let legal = matches!(kind, SourceKind::Law | SourceKind::Regulation);
        assert_eq!(it.get("jurisdiction").is_some(), legal, "{kind:?}");
    }
}

#[test]
fn items_carry_the_register() {
    let doc = doc_with_every_kind();
    let items = items_json(&doc);
    let list = items.as_array().expect("array");
    assert_eq!(list.len(), doc.sources.len());
    let ids: BTreeSet<&str> = list.iter().filter_map(|i| i["id"].as_str()).collect();
    assert_eq!(ids.len(), list.len(), "ids are unique");
    for (source, it) in doc.sources.iter().zip(list) {
        assert_eq!(it["id"], format!("MNG-2023-{}", source.key));
        assert_eq!(it["title"], source.title);
        assert_eq!(it["author"], json!([{"literal": source.issuer}]));
        match source.year {
            Some(year) => assert_eq!(it["issued"], json!({"date-parts": [[year]]})),
            None => assert!(it.get("issued").is_none(), "{}: undated", source.key),
        }
        assert_eq!(it.get("URL").and_then(Value::as_str), source.url.as_deref());
        assert_eq!(
            it.get("language").and_then(Value::as_str),
            source.language.as_deref()
        );
    }
    // Law (index 0): dated, amended, online, no note of its own.
    let law = item(&items, "MNG-2023-every-law");
    assert_eq!(law["note"], "Amended 2019, 2021");
    // Regulation (index 1): undated, offline, with the register's note.
    let regulation = item(&items, "MNG-2023-every-regulation");
    assert_eq!(regulation["note"], "Ulaanbaatar. Not available online");
    assert!(regulation.get("issued").is_none());
    // Policy (index 2): nothing to note.
    assert!(item(&items, "MNG-2023-every-policy").get("note").is_none());
    // From the reference register: a law amended in 2021.
    let reference = item(&items, "MNG-2023-law-social-insurance");
    assert_eq!(reference["type"], "legislation");
    assert_eq!(reference["note"], "Amended 2021");
}

/// The CSL-JSON 1.0.2 item types (csl-data.json, `items.properties.type.enum`), checked by hand.
const CSL_TYPES: &[&str] = &[
    "article",
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "bill",
    "book",
    "broadcast",
    "chapter",
    "classic",
    "collection",
    "dataset",
    "document",
    "entry",
    "entry-dictionary",
    "entry-encyclopedia",
    "event",
    "figure",
    "graphic",
    "hearing",
    "interview",
    "legal_case",
    "legislation",
    "manuscript",
    "map",
    "motion_picture",
    "musical_score",
    "pamphlet",
    "paper-conference",
    "patent",
    "performance",
    "periodical",
    "personal_communication",
    "post",
    "post-weblog",
    "regulation",
    "report",
    "review",
    "review-book",
    "software",
    "song",
    "speech",
    "standard",
    "thesis",
    "treaty",
    "webpage",
];

/// The CSL-JSON 1.0.2 variables this export may write and how the schema types them: string
/// variables, the name variable `author`, the date variable `issued`.
const STRING_VARIABLES: &[&str] = &[
    "id",
    "type",
    "title",
    "URL",
    "language",
    "jurisdiction",
    "note",
];

/// The structure csl-data.json (CSL 1.0.2) prescribes, checked by hand: an array of objects
/// with a known `type` and an `id`, no variables outside the schema (it forbids additional
/// properties), names as objects of known name parts, dates as 1–2 lists of 1–3 date parts.
fn assert_csl_structure(items: &Value) {
    let list = items.as_array().expect("a CSL-JSON file is an array");
    assert!(!list.is_empty());
    for it in list {
        let obj = it.as_object().expect("an item is an object");
        let id = obj.get("id").and_then(Value::as_str).expect("id");
        let kind = obj.get("type").and_then(Value::as_str).expect("type");
        assert!(CSL_TYPES.contains(&kind), "{id}: type {kind}");
        for (key, value) in obj {
            match key.as_str() {
                k if STRING_VARIABLES.contains(&k) => {
                    assert!(value.is_string(), "{id}: {k} is a string")
                }
                "author" => {
                    for name in value.as_array().expect("author is an array") {
                        let name = name.as_object().expect("a name is an object");
                        assert!(!name.is_empty(), "{id}: empty name");
                        for (part, v) in name {
                            assert!(
                                ["family", "given", "literal", "suffix"].contains(&part.as_str())
                                    && v.is_string(),
                                "{id}: name part {part}"
                            );
                        }
                    }
                }
                "issued" => {
                    let date = value.as_object().expect("a date is an object");
                    assert_eq!(date.keys().collect::<Vec<_>>(), ["date-parts"], "{id}");
                    let parts = date["date-parts"].as_array().expect("date-parts");
                    assert!((1..=2).contains(&parts.len()), "{id}");
                    for p in parts {
                        let p = p.as_array().expect("a date is a list");
                        assert!((1..=3).contains(&p.len()), "{id}");
                        assert!(p.iter().all(Value::is_i64), "{id}: numeric parts");
                    }
                }
                other => panic!("{id}: {other} is not a variable this export writes"),
            }
        }
    }
}

#[test]
fn items_keep_to_the_csl_json_structure() {
    assert_csl_structure(&items_json(&doc_with_every_kind()));
    // The check itself rejects what the schema rejects.
    let bad = [
        json!([{"id": "x", "type": "law"}]),
        json!([{"id": "x", "type": "report", "issuer": "Gov"}]),
        json!([{"id": "x", "type": "report", "issued": {"date-parts": [[2020, 1, 2, 3]]}}]),
        json!([{"id": "x", "type": "report", "author": ["Gov"]}]),
    ];
    for b in bad {
        let caught = std::panic::catch_unwind(|| assert_csl_structure(&b));
        assert!(caught.is_err(), "accepted {b}");
    }
}

/// Validate `instance` against the schema file with Python's jsonschema; `None` when Python or
/// jsonschema is missing (see [`common::run_tool`]).
fn validate_with_jsonschema(schema: &str, instance: &Value) -> Option<Result<(), String>> {
    const SCRIPT: &str = "import json, sys, jsonschema\n\
        schema = json.load(open(sys.argv[1], encoding='utf-8'))\n\
        data = json.load(open(sys.argv[2], encoding='utf-8'))\n\
        cls = jsonschema.validators.validator_for(schema)\n\
        errors = [f'{list(e.absolute_path)}: {e.message}' for e in cls(schema).iter_errors(data)]\n\
        print('\\n'.join(errors))\n\
        sys.exit(1 if errors else 0)\n";
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("items.json");
    std::fs::write(&data, instance.to_string()).expect("write items");
    let out = common::run_tool(
        Command::new("python3")
            .args(["-c", SCRIPT, schema])
            .arg(&data),
        "python3 with jsonschema",
    )?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("No module named 'jsonschema'") {
        assert!(
            std::env::var_os("MGI_REQUIRE_TOOLS").is_none(),
            "jsonschema is required (MGI_REQUIRE_TOOLS is set): {stderr}"
        );
        eprintln!("jsonschema not found; scripts/test installs it. The check did not run.");
        return None;
    }
    Some(if out.status.success() {
        Ok(())
    } else {
        Err(format!("{}{stderr}", String::from_utf8_lossy(&out.stdout)))
    })
}

#[test]
fn the_official_schema_accepts_the_items() {
    let Ok(schema) = std::env::var("MGI_CSL_SCHEMA") else {
        eprintln!(
            "MGI_CSL_SCHEMA is not set (path to CSL's csl-data.json): the official schema \
             check did not run; the structural test above ran instead."
        );
        return;
    };
    let items = items_json(&doc_with_every_kind());
    let Some(verdict) = validate_with_jsonschema(&schema, &items) else {
        return;
    };
    assert_eq!(verdict, Ok(()), "csl-data.json rejects the items");
    let bad = json!([{"id": "x", "type": "law", "issuer": "Gov"}]);
    let rejected = validate_with_jsonschema(&schema, &bad);
    assert!(
        matches!(rejected, Some(Err(_))),
        "the schema check can fail: {rejected:?}"
    );
}

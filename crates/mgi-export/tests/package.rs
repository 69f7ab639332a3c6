//! The data package of two releases (the Mongolia 2023 reference and a synthetic 2019 round of
//! it): row counts, CSV quoting, the dictionary against the files, and the Frictionless
//! validator on the package and on corrupted copies of it.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use mgi_export::{
    ExportError, FORMULA_TRIGGERS, PackageSummary, Release, csv_text_original, write_data_package,
};
use mgi_framework::Framework;
use mgi_model::{AnswerValue, FindingKind, SourceKind};
use serde_json::Value;

/// A narrative that needs every kind of CSV quoting.
const AWKWARD: &str = "He said \"yes, partly\",\nthen; later, \"no\"\r\nÖlgii – café, 100%";

/// A research note, which is never published.
const PRIVATE: &str = "PRIVATE: call the ministry";

fn releases() -> (Framework, Vec<Release>) {
    let (fw, doc) = common::reference();
    let mut earlier = doc.clone();
    earlier.year = 2019;
    earlier.answers[0].narrative = AWKWARD.to_owned();
    // Not stripped by the caller here: the package has no column for notes anyway.
    earlier.answers[1].notes = PRIVATE.to_owned();
    let releases = vec![
        Release {
            doc,
            revision: 2,
            published: "2024-03-01T09:30:00Z".to_owned(),
        },
        Release {
            doc: earlier,
            revision: 1,
            published: "2020-05-04T10:00:00Z".to_owned(),
        },
    ];
    (fw, releases)
}

fn written() -> (tempfile::TempDir, PackageSummary, Vec<Release>) {
    let (fw, releases) = releases();
    let tmp = tempfile::tempdir().expect("temp dir");
    // A folder that does not exist yet: the export creates it.
    let summary =
        write_data_package(&fw, &releases, &tmp.path().join("open-data")).expect("package");
    (tmp, summary, releases)
}

fn dir(tmp: &tempfile::TempDir) -> std::path::PathBuf {
    tmp.path().join("open-data")
}

/// The header and the rows of a CSV file, each row as column name → cell.
fn read_csv(path: &Path) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::Reader::from_path(path).expect("csv file");
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.expect("csv record");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (header, rows)
}

fn descriptor(dir: &Path) -> Value {
    let text = std::fs::read_to_string(dir.join("datapackage.json")).expect("datapackage.json");
    serde_json::from_str(&text).expect("JSON")
}

#[test]
fn rows_are_the_documents_items() {
    let (tmp, summary, releases) = written();
    let total = |f: &dyn Fn(&mgi_model::AssessmentDoc) -> usize| -> usize {
        releases.iter().map(|r| f(&r.doc)).sum()
    };
    let set = releases[0].doc.framework.clone();
    let (fw, _) = common::reference();
    let placed = fw
        .set(&set.set, set.version)
        .expect("set")
        .indicator_ids()
        .count();
    let expected = [
        ("jurisdictions", 1),
        ("framework_sets", 1),
        ("assessments", 2),
        ("indicators", placed),
        ("summaries", total(&|d| d.summaries.len())),
        ("answers", total(&|d| d.answers.len())),
        ("findings", total(&|d| d.findings.len())),
        (
            "footnotes",
            total(&|d| d.findings.iter().map(|f| f.footnotes.len()).sum()),
        ),
        ("sources", total(&|d| d.sources.len())),
        ("citations", total(&|d| d.citations().count())),
        ("context_figures", total(&|d| d.context.len())),
        ("conventions", total(&|d| d.conventions.len())),
        ("translations", total(&|d| d.translations.len())),
    ];
    let got: Vec<(&str, usize)> = summary
        .resources
        .iter()
        .map(|(name, n)| (name.as_str(), *n))
        .collect();
    assert_eq!(got, expected);
    assert!(summary.rows("citations").is_some_and(|n| n > 100));
    for (name, n) in &summary.resources {
        let (_, rows) = read_csv(&dir(&tmp).join(format!("{name}.csv")));
        assert_eq!(rows.len(), *n, "{name}.csv holds as many rows as reported");
    }
}

#[test]
fn indicators_have_their_names() {
    let (tmp, _, _) = written();
    let (header, rows) = read_csv(&dir(&tmp).join("indicators.csv"));
    let at = |column: &str| header.iter().position(|h| h == column);
    assert_eq!(at("name"), at("indicator").map(|i| i + 1), "{header:?}");
    assert_eq!(at("question"), at("name").map(|i| i + 1), "{header:?}");
    let row = rows
        .iter()
        .find(|r| r["indicator"] == "conv-ilo-97")
        .expect("conv-ilo-97");
    assert_eq!(
        row["name"],
        "ILO Convention No. 97 (Migration for Employment)"
    );
    assert!(rows.iter().all(|r| !r["name"].is_empty()));
}

#[test]
fn cells_hold_codes_and_awkward_text_round_trips() {
    let (tmp, _, releases) = written();
    let dir = dir(&tmp);
    let (_, answers) = read_csv(&dir.join("answers.csv"));
    let first = &releases[1].doc.answers[0];
    let row = answers
        .iter()
        .find(|r| r["assessment"] == "MNG-2019" && r["indicator"] == first.indicator)
        .expect("the changed answer");
    assert_eq!(row["narrative"], AWKWARD);
    assert_eq!(row["value"], first.value.as_str());
    let codes: BTreeSet<&str> = AnswerValue::ALL.iter().map(|v| v.as_str()).collect();
    assert!(answers.iter().all(|r| codes.contains(r["value"].as_str())));
    let raw = std::fs::read_to_string(dir.join("answers.csv")).expect("answers.csv");
    assert!(raw.starts_with("assessment,indicator,value,status,confidence,narrative\r\n"));
    assert!(
        raw.contains("\"He said \"\"yes, partly\"\",\nthen;"),
        "RFC 4180 quoting"
    );
    for file in std::fs::read_dir(&dir).expect("folder") {
        let path = file.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("file");
        assert!(
            !text.contains(PRIVATE),
            "{} holds a research note",
            path.display()
        );
    }

    // The citations of the first answer, in order, with their pinpoints.
    let (_, citations) = read_csv(&dir.join("citations.csv"));
    let doc = &releases[0].doc;
    let answer = &doc.answers[0];
    let cited: Vec<(String, String, String)> = citations
        .iter()
        .filter(|r| {
            r["assessment"] == "MNG-2023"
                && r["owner_kind"] == "answer"
                && r["owner"] == answer.indicator
        })
        .map(|r| {
            (
                r["position"].clone(),
                r["source"].clone(),
                r["pinpoint"].clone(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = answer
        .citations
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                (i + 1).to_string(),
                c.source.clone(),
                c.pinpoint.clone().unwrap_or_default(),
            )
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(cited, expected);

    // Findings are numbered within their domain and kind, in the document's order.
    let (_, findings) = read_csv(&dir.join("findings.csv"));
    let rights_wd: Vec<(&str, &str)> = findings
        .iter()
        .filter(|r| r["assessment"] == "MNG-2023" && r["domain"] == "rights")
        .filter(|r| r["kind"] == "well-developed")
        .map(|r| (r["finding"].as_str(), r["position"].as_str()))
        .collect();
    let keys: Vec<&str> = doc
        .findings
        .iter()
        .filter(|f| f.domain == "rights" && f.kind == FindingKind::WellDeveloped)
        .map(|f| f.key.as_str())
        .collect();
    let numbers: Vec<String> = (1..=keys.len()).map(|n| n.to_string()).collect();
    let expected: Vec<(&str, &str)> = keys
        .iter()
        .copied()
        .zip(numbers.iter().map(String::as_str))
        .collect();
    assert!(expected.len() > 1);
    assert_eq!(rights_wd, expected);
}

#[test]
fn every_column_is_described_and_every_description_is_a_column() {
    let (tmp, summary, _) = written();
    let dir = dir(&tmp);
    let package = descriptor(&dir);
    assert_eq!(package["profile"], "data-package");
    assert_eq!(package["name"], "mgi-open-data");
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    assert_eq!(
        package["created"], "2024-03-01T09:30:00Z",
        "the latest publication"
    );
    assert_eq!(package["sources"].as_array().map(Vec::len), Some(2));

    let resources = package["resources"].as_array().expect("resources");
    let mut schemas: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for resource in resources {
        let name = resource["name"].as_str().expect("name").to_owned();
        let path = resource["path"].as_str().expect("path");
        assert_eq!(path, format!("{name}.csv"));
        assert_eq!(resource["format"], "csv");
        assert_eq!(resource["mediatype"], "text/csv");
        assert_eq!(resource["encoding"], "utf-8");
        let fields = resource["schema"]["fields"].as_array().expect("fields");
        let described: Vec<String> = fields
            .iter()
            .map(|f| f["name"].as_str().expect("field name").to_owned())
            .collect();
        let (header, _) = read_csv(&dir.join(path));
        assert_eq!(
            header, described,
            "{path}: header and schema name the same columns"
        );
        for f in fields {
            let at = format!("{name}.{}", f["name"]);
            let kind = f["type"].as_str().expect("type");
            assert!(
                ["string", "integer", "number", "boolean", "date", "datetime"].contains(&kind),
                "{at}: type {kind}"
            );
            for key in ["title", "description"] {
                assert!(
                    f[key].as_str().is_some_and(|t| !t.trim().is_empty()),
                    "{at}: {key}"
                );
            }
        }
        schemas.insert(name, described);
    }
    // Every CSV file in the folder is a described resource, and the other way round.
    let files: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".csv"))
        .collect();
    let declared: BTreeSet<String> = schemas.keys().map(|n| format!("{n}.csv")).collect();
    assert_eq!(files, declared);
    let summarised: Vec<&str> = summary.resources.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(summarised.len(), schemas.len());

    // Keys name columns of their own table; references name columns of the table referred to.
    let has = |table: &str, column: &Value| {
        schemas
            .get(table)
            .is_some_and(|cols| cols.iter().any(|c| column.as_str() == Some(c.as_str())))
    };
    for resource in resources {
        let name = resource["name"].as_str().expect("name");
        let schema = &resource["schema"];
        let key = schema["primaryKey"].as_array().expect("primary key");
        assert!(
            !key.is_empty() && key.iter().all(|c| has(name, c)),
            "{name}"
        );
        for fk in schema["foreignKeys"].as_array().expect("foreign keys") {
            let target = fk["reference"]["resource"].as_str().expect("resource");
            let own = fk["fields"].as_array().expect("fields");
            let theirs = fk["reference"]["fields"].as_array().expect("fields");
            assert_eq!(own.len(), theirs.len());
            assert!(own.iter().all(|c| has(name, c)), "{name} → {target}");
            assert!(theirs.iter().all(|c| has(target, c)), "{name} → {target}");
        }
    }

    // Closed sets are the model's.
    let codes = |table: &str, column: &str| -> Vec<String> {
        let resource = resources
            .iter()
            .find(|r| r["name"] == table)
            .expect("resource");
        let field = resource["schema"]["fields"]
            .as_array()
            .and_then(|f| f.iter().find(|f| f["name"] == column))
            .expect("field");
        field["constraints"]["enum"]
            .as_array()
            .expect("enum")
            .iter()
            .map(|v| v.as_str().expect("code").to_owned())
            .collect()
    };
    let all = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(
        codes("answers", "value"),
        all(AnswerValue::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        codes("findings", "kind"),
        all(FindingKind::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        codes("sources", "kind"),
        all(SourceKind::ALL.iter().map(|v| v.as_str()).collect())
    );
}

#[test]
fn refusals_name_what_is_wrong() {
    let (fw, releases) = releases();
    let tmp = tempfile::tempdir().expect("temp dir");

    let twice = vec![releases[0].clone(), releases[0].clone()];
    let err = write_data_package(&fw, &twice, tmp.path()).expect_err("duplicate");
    assert!(matches!(&err, ExportError::DuplicateAssessment(id) if id == "MNG-2023"));

    let mut unknown = releases[0].clone();
    unknown.doc.framework.version = 99.into();
    let err = write_data_package(&fw, &[unknown], tmp.path()).expect_err("unknown set");
    assert!(err.to_string().contains("version 99"), "{err}");

    let file = tmp.path().join("not-a-folder");
    std::fs::write(&file, "x").expect("file");
    let err = write_data_package(&fw, &releases, &file).expect_err("not a folder");
    assert!(matches!(err, ExportError::Io { .. }));
    assert!(err.to_string().contains("not-a-folder"), "{err}");
}

/// The report of `frictionless validate --json`, or `None` when the tool is missing.
fn frictionless(dir: &Path) -> Option<Value> {
    let out = common::run_tool(
        Command::new("frictionless")
            .args(["validate", "--json"])
            .arg(dir.join("datapackage.json")),
        "frictionless",
    )?;
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "frictionless printed no JSON report ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    Some(report)
}

/// The error types of a report, e.g. `constraint-error`.
fn error_types(report: &Value) -> BTreeSet<String> {
    let mut types = BTreeSet::new();
    let mut collect = |errors: &Value| {
        for e in errors.as_array().into_iter().flatten() {
            types.insert(e["type"].as_str().unwrap_or("?").to_owned());
        }
    };
    collect(&report["errors"]);
    for task in report["tasks"].as_array().into_iter().flatten() {
        collect(&task["errors"]);
    }
    types
}

#[test]
fn frictionless_accepts_the_package() {
    let (tmp, _, _) = written();
    let Some(report) = frictionless(&dir(&tmp)) else {
        return;
    };
    assert_eq!(
        report["valid"],
        true,
        "frictionless found errors: {}",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );
    let tasks = report["tasks"].as_array().map(Vec::len);
    assert_eq!(tasks, Some(13), "every resource was validated");
}

/// Replace the first occurrence of `from` in a file of the package.
fn corrupt(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).expect("csv");
    assert!(text.contains(from), "{file} holds {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn frictionless_rejects_a_code_outside_the_model() {
    let (tmp, _, _) = written();
    let dir = dir(&tmp);
    corrupt(&dir, "answers.csv", ",present,", ",mostly,");
    let Some(report) = frictionless(&dir) else {
        return;
    };
    assert_eq!(report["valid"], false);
    assert!(
        error_types(&report).contains("constraint-error"),
        "{report:#}"
    );
}

#[test]
fn frictionless_rejects_a_citation_of_no_source() {
    let (tmp, _, releases) = written();
    let dir = dir(&tmp);
    let cited = &releases[0].doc.answers[0].citations[0].source;
    corrupt(
        &dir,
        "citations.csv",
        &format!(",{cited},"),
        ",no-such-source,",
    );
    let Some(report) = frictionless(&dir) else {
        return;
    };
    assert_eq!(report["valid"], false);
    assert!(error_types(&report).contains("foreign-key"), "{report:#}");
}

/// Texts that spreadsheets would run as formulas, and the values at the edge of the rule.
const TRICKY: [&str; 11] = [
    "=SUM(A1)", "+1", "-x", "@cmd", "\tx", "\rx", "'=x", "'plain", "plain", "", "-1.5",
];

/// A finding text and a source title a spreadsheet would run as formulas.
const HYPERLINK: &str = "=HYPERLINK(\"http://x\")";
const AT_SUM: &str = "@SUM(1)";

/// The reference assessment with formula-like texts in string fields: a finding text, a source
/// title, the narratives of the first answers ([`TRICKY`]), a source key that begins with `-`
/// (with the citations and figures that refer to it), the age group `-1.5`; and a negative
/// figure in the numeric value column.
fn formula_release() -> (Framework, Release, String) {
    let (fw, mut doc) = common::reference();
    doc.findings[0].text = HYPERLINK.to_owned();
    doc.sources[0].title = AT_SUM.to_owned();
    let old = doc.sources[0].key.clone();
    let key = format!("-{old}");
    doc.sources[0].key = key.clone();
    let cited = doc
        .answers
        .iter_mut()
        .flat_map(|a| a.citations.iter_mut())
        .chain(doc.findings.iter_mut().flat_map(|f| f.citations.iter_mut()));
    for citation in cited {
        if citation.source == old {
            citation.source = key.clone();
        }
    }
    for figure in &mut doc.context {
        if figure.source == old {
            figure.source = key.clone();
        }
    }
    assert!(doc.answers.len() >= TRICKY.len());
    for (answer, text) in doc.answers.iter_mut().zip(TRICKY) {
        answer.narrative = text.to_owned();
    }
    doc.context[0].value = -1.5;
    doc.context[0].age_group = Some("-1.5".to_owned());
    let release = Release {
        doc,
        revision: 1,
        published: "2024-03-01T09:30:00Z".to_owned(),
    };
    (fw, release, key)
}

fn written_with_formulas() -> (tempfile::TempDir, Release, String) {
    let (fw, release, key) = formula_release();
    let tmp = tempfile::tempdir().expect("temp dir");
    write_data_package(&fw, std::slice::from_ref(&release), tmp.path()).expect("package");
    (tmp, release, key)
}

#[test]
fn formula_like_text_gets_an_apostrophe_and_numbers_do_not() {
    let (tmp, release, key) = written_with_formulas();
    let dir = tmp.path();
    let doc = &release.doc;

    let (_, findings) = read_csv(&dir.join("findings.csv"));
    let finding = findings
        .iter()
        .find(|r| r["finding"] == doc.findings[0].key)
        .expect("the changed finding");
    assert_eq!(finding["text"], format!("'{HYPERLINK}"));
    assert_eq!(csv_text_original(&finding["text"]), HYPERLINK);

    let (_, sources) = read_csv(&dir.join("sources.csv"));
    let source = sources
        .iter()
        .find(|r| r["source"] == format!("'{key}"))
        .expect("the source whose key begins with -");
    assert_eq!(source["title"], format!("'{AT_SUM}"));
    assert_eq!(csv_text_original(&source["title"]), AT_SUM);

    // The references to that source carry the key as the sources table does.
    let (_, citations) = read_csv(&dir.join("citations.csv"));
    let citing = citations
        .iter()
        .filter(|r| csv_text_original(&r["source"]) == key)
        .count();
    assert!(citing > 0, "the source is cited");
    assert!(
        citations
            .iter()
            .filter(|r| csv_text_original(&r["source"]) == key)
            .all(|r| r["source"] == format!("'{key}"))
    );

    // A negative number in a numeric column is written as it is; the same text in a string
    // column is not.
    let (_, figures) = read_csv(&dir.join("context_figures.csv"));
    assert_eq!(figures[0]["value"], "-1.5");
    assert_eq!(figures[0]["age_group"], "'-1.5");

    // No text cell of any table begins with a formula character; only number and integer
    // fields may (a negative number).
    let package = descriptor(dir);
    for resource in package["resources"].as_array().expect("resources") {
        let path = resource["path"].as_str().expect("path");
        let numeric: BTreeSet<&str> = resource["schema"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .filter(|f| ["number", "integer"].contains(&f["type"].as_str().unwrap_or("")))
            .map(|f| f["name"].as_str().expect("name"))
            .collect();
        let (_, rows) = read_csv(&dir.join(path));
        for row in &rows {
            for (column, cell) in row {
                assert!(
                    numeric.contains(column.as_str()) || !cell.starts_with(FORMULA_TRIGGERS),
                    "{path}, {column}: {cell:?}"
                );
            }
        }
    }

    // The dictionary says how to undo it.
    let description = package["description"].as_str().expect("description");
    assert!(
        description.contains(mgi_export::CSV_TEXT_RULE)
            && description.contains("remove the first character"),
        "{description}"
    );
}

#[test]
fn formula_like_text_round_trips() {
    let (tmp, release, _) = written_with_formulas();
    let (_, answers) = read_csv(&tmp.path().join("answers.csv"));
    for (answer, text) in release.doc.answers.iter().zip(TRICKY) {
        let row = answers
            .iter()
            .find(|r| r["indicator"] == answer.indicator)
            .expect("the answer");
        let cell = &row["narrative"];
        assert_eq!(
            csv_text_original(cell),
            text,
            "{text:?} written as {cell:?}"
        );
        // Only the texts that are not left as they are get an apostrophe.
        let expected = if ["'plain", "plain", ""].contains(&text) {
            text.to_owned()
        } else {
            format!("'{text}")
        };
        assert_eq!(cell, &expected, "{text:?}");
    }
}

#[test]
fn frictionless_accepts_the_package_with_formula_like_text() {
    let (tmp, _, _) = written_with_formulas();
    let Some(report) = frictionless(tmp.path()) else {
        return;
    };
    assert_eq!(
        report["valid"],
        true,
        "frictionless found errors: {}",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );
}

//! The `mgi` binary as users run it: exit codes, messages that name the place, round trips.

use std::path::Path;
use std::process::{Command, Output};

fn mgi(args: &[&str], db: Option<&Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mgi"));
    cmd.args(args)
        .env_remove("MGI_DATABASE_URL")
        .env_remove("MGI_FRAMEWORK_DIR");
    if let Some(db) = db {
        cmd.arg("--db").arg(db);
    }
    cmd.output().expect("run mgi")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

#[test]
fn framework_check_prints_a_summary() {
    let out = mgi(&["framework", "check"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = stdout(&out);
    assert!(line.starts_with("framework OK: "), "{line}");
    assert!(
        line.contains("mgi-national v1")
            && line.contains("mgi-local v1")
            && line.contains("23 GCM objectives"),
        "{line}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn framework_check_lists_every_problem_with_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&repo().join("framework"), dir.path());
    let sets = dir.path().join("sets/mgi-national-1.yaml");
    let text = std::fs::read_to_string(&sets).expect("set file");
    let (line_no, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with("indicators: ["))
        .expect("an indicator list");
    let broken = text.replacen(
        line,
        &line.replacen("indicators: [", "indicators: [no-such-indicator, ", 1),
        1,
    );
    std::fs::write(&sets, broken).expect("write");
    let gcm = dir.path().join("gcm.yaml");
    let gcm_text = std::fs::read_to_string(&gcm).expect("gcm");
    std::fs::write(&gcm, gcm_text.replacen("number: 23", "number: 22", 1)).expect("write");

    let out = mgi(
        &[
            "framework",
            "check",
            dir.path().to_str().expect("utf-8 path"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "sets/mgi-national-1.yaml:{}: unknown indicator \"no-such-indicator\"",
            line_no + 1
        )),
        "{err}"
    );
    assert!(
        err.contains("gcm.yaml:") && err.contains("duplicate GCM objective 22"),
        "{err}"
    );
    assert!(
        err.contains("problem(s); the framework was not loaded"),
        "{err}"
    );
}

#[test]
fn framework_show_names_each_indicator_in_the_language_asked() {
    let out = mgi(&["framework", "show", "--lang", "fr"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("conv-ilo-97 "))
        .expect("a line for conv-ilo-97");
    assert!(
        line.contains("Convention n° 97 de l’OIT (travailleurs migrants)  (GCM 6,23)"),
        "{line}"
    );
    assert!(
        text.contains("Le pays a-t-il ratifié la convention (n° 97)"),
        "the question follows the name"
    );
}

#[test]
fn framework_show_json_has_the_documented_shape() {
    let out = mgi(&["framework", "show", "--json"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let frameworks = v["frameworks"].as_array().expect("frameworks");
    let national = frameworks
        .iter()
        .find(|f| f["id"] == "mgi-national")
        .expect("national");
    assert_eq!(national["version"], 1);
    assert_eq!(national["level"], "national");
    let domains = national["domains"].as_array().expect("domains");
    assert_eq!(domains.len(), 6);
    let count: usize = domains
        .iter()
        .map(|d| d["indicators"].as_array().map_or(0, Vec::len))
        .sum();
    assert!(
        (85..=100).contains(&count),
        "about 90 national indicators, found {count}"
    );
    for d in domains {
        assert!(d["id"].is_string() && d["name"].is_string());
        for i in d["indicators"].as_array().expect("indicators") {
            assert!(i["id"].is_string() && i["question"].is_string() && i["sdg"].is_array());
            assert!(i["name"].as_str().is_some_and(|n| !n.is_empty()), "{i}");
            assert!(
                !i["gcm"].as_array().expect("gcm").is_empty(),
                "{} has no GCM objective",
                i["id"]
            );
        }
    }
    assert!(
        v["notice"]
            .as_str()
            .is_some_and(|n| n.contains("not IOM's official wording"))
    );
}

fn sample_json() -> serde_json::Value {
    serde_json::json!({
        "format": "mgi-assessment/1",
        "jurisdiction": {"code": "MNG", "kind": "country", "name": "Mongolia", "region": "Asia", "subregion": "Eastern Asia"},
        "year": 2023,
        "framework": {"set": "mgi-national", "version": 1},
        "stage": "consultation",
        "summaries": [{"domain": "rights", "text": "Résumé — Монгол"}],
        "sources": [
            {"key": "law-a", "issuer": "Government of Mongolia", "title": "Law on Health Insurance", "year": 2015, "kind": "law", "amended": [2022]},
            {"key": "law-b", "issuer": "Government of Mongolia", "title": "Law on National Security", "year": 2001, "kind": "law", "online": false}
        ],
        "answers": [{"indicator": "health-access", "value": "present", "narrative": "Covered.", "status": "reviewed",
                     "confidence": "high", "notes": "private", "citations": [{"source": "law-a", "pinpoint": "Article 4, Section 3"}]}],
        "findings": [{"key": "rights-wd-1", "domain": "rights", "kind": "well-developed", "text": "Migrants use public health care.",
                      "indicators": ["health-access"], "citations": [{"source": "law-b"}], "footnotes": ["A note."]}],
        "context": [{"measure": "immigrant-stock", "value": 21345.0, "unit": "persons", "year": 2020, "source": "law-a"}]
    })
}

#[test]
fn import_export_round_trip_is_lossless() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.json");
    std::fs::write(&file, sample_json().to_string()).expect("write");
    let db1 = dir.path().join("one.db");
    let out = mgi(
        &["assessment", "import", file.to_str().expect("path")],
        Some(&db1),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "stored MNG 2023 (1 answers, 1 findings)"
    );
    let exported = mgi(&["assessment", "export", "MNG", "2023"], Some(&db1));
    assert!(exported.status.success(), "{}", stderr(&exported));
    let back: serde_json::Value = serde_json::from_slice(&exported.stdout).expect("JSON");
    let mut expected = sample_json();
    expected["sources"][0]["online"] = true.into();
    expected["comments"] = serde_json::json!([]);
    expected["conventions"] = serde_json::json!([]);
    expected["consultations"] = serde_json::json!([]);
    assert_eq!(back, expected);

    // Export → import elsewhere → export gives the same bytes.
    let file2 = dir.path().join("b.json");
    std::fs::write(&file2, &exported.stdout).expect("write");
    let db2 = dir.path().join("two.db");
    assert!(
        mgi(
            &["assessment", "import", file2.to_str().expect("path")],
            Some(&db2)
        )
        .status
        .success()
    );
    let again = mgi(&["assessment", "export", "MNG", "2023"], Some(&db2));
    assert_eq!(again.stdout, exported.stdout);
}

#[test]
fn the_audit_log_prints_stored_codes_and_times() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.json");
    std::fs::write(&file, sample_json().to_string()).expect("write");
    let db = dir.path().join("db.sqlite");
    let out = mgi(
        &["assessment", "import", file.to_str().expect("path")],
        Some(&db),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = mgi(&["assessment", "audit", "MNG", "2023"], Some(&db));
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let (at, rest) = text
        .trim()
        .split_once(' ')
        .expect("a time, then the change");
    // The time as the store writes it: RFC 3339 in UTC, with milliseconds.
    assert!(
        at.len() == 24 && at.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(at).is_ok(),
        "{at}"
    );
    assert!(
        rest.ends_with("assessment import: ∅ → 1 answers, 1 findings, 2 sources"),
        "{rest}"
    );
}

#[test]
fn bad_exchange_file_names_the_json_path_and_stores_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db.sqlite");
    let file = dir.path().join("bad.json");
    let mut v = sample_json();
    v["findings"][0]["indicators"] = serde_json::json!(["health-access", "made-up"]);
    v["context"][0]["source"] = "nowhere".into();
    std::fs::write(&file, v.to_string()).expect("write");
    let out = mgi(
        &["assessment", "import", file.to_str().expect("path")],
        Some(&db),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "$.findings[0].indicators[1]: unknown indicator \"made-up\" in mgi-national v1"
        ),
        "{err}"
    );
    assert!(
        err.contains("$.context[0].source: unknown source \"nowhere\""),
        "{err}"
    );
    assert!(err.contains("2 problem(s); nothing was stored"), "{err}");
    let list = mgi(&["assessment", "list"], Some(&db));
    assert!(
        stdout(&list).contains("no assessments stored"),
        "{}",
        stdout(&list)
    );

    std::fs::write(
        &file,
        b"{\"format\": \"mgi-assessment/1\", \"year\": \"twenty\"",
    )
    .expect("write");
    let out = mgi(
        &["assessment", "validate", file.to_str().expect("path")],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad.json:1:"), "{}", stderr(&out));

    std::fs::write(&file, [0xff, 0xfe, 0x00]).expect("write");
    let out = mgi(
        &["assessment", "validate", file.to_str().expect("path")],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not UTF-8"), "{}", stderr(&out));
}

#[test]
fn check_lists_uncited_sources_without_failing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db.sqlite");
    let file = dir.path().join("a.json");
    let mut v = sample_json();
    v["sources"]
        .as_array_mut()
        .expect("sources")
        .push(serde_json::json!(
            {"key": "orphan", "issuer": "IOM", "title": "A study", "year": 2021, "kind": "report"}
        ));
    std::fs::write(&file, v.to_string()).expect("write");
    assert!(
        mgi(
            &["assessment", "import", file.to_str().expect("path")],
            Some(&db)
        )
        .status
        .success()
    );
    let out = mgi(&["check", "MNG", "2023"], Some(&db));
    assert_eq!(
        out.status.code(),
        Some(0),
        "a work consulted but not cited is no fault"
    );
    let text = stdout(&out);
    assert!(
        text.contains("sources never cited:           1\n    orphan"),
        "{text}"
    );
    assert!(text.contains("findings without an indicator: 0"), "{text}");
}

#[test]
fn missing_assessment_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = mgi(
        &["assessment", "export", "ZZZ", "2020"],
        Some(&dir.path().join("db.sqlite")),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Not found: assessment ZZZ 2020."),
        "{}",
        stderr(&out)
    );
}

#[test]
fn demo_loads_the_reference_and_it_is_consistent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.db");
    let out = mgi(&["demo", "--no-serve"], Some(&db));
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("assessment MNG 2023 (Mongolia), mgi-national v1, stage published"),
        "{text}"
    );
    assert!(
        text.contains("57 findings") && text.contains("consistency: clean"),
        "{text}"
    );
    assert!(
        text.contains(&format!("mgi --db {} assessment list", db.display())),
        "the line to copy for other commands: {text}"
    );
    let temporary = mgi(&["demo", "--no-serve"], None);
    assert!(temporary.status.success(), "{}", stderr(&temporary));
    assert!(
        stdout(&temporary).contains("mgi demo --keep"),
        "a temporary demo says how to keep its database: {}",
        stdout(&temporary)
    );

    let out = mgi(&["check", "MNG", "2023"], Some(&db));
    assert!(out.status.success(), "{}", stdout(&out));
    let report = stdout(&out);
    // 17 key sources are works IOM's profile lists without citing them for any topic.
    for line in [
        "findings without an indicator: 0",
        "citations of unknown sources:  0",
        "sources never cited:           17\n    law-presidential-election\n",
    ] {
        assert!(report.contains(line), "{report}");
    }
}

#[test]
fn import_profile_writes_a_valid_draft_and_a_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture = repo().join("crates/mgi-import/tests/fixtures/findings-only.txt");
    let (out, report) = (
        dir.path().join("draft.json"),
        dir.path().join("report.json"),
    );
    let run = mgi(
        &[
            "import",
            "profile",
            fixture.to_str().expect("path"),
            "--jurisdiction",
            "ARC",
            "--out",
            out.to_str().expect("path"),
            "--report",
            report.to_str().expect("path"),
        ],
        None,
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let err = stderr(&run);
    assert!(
        err.contains("3 findings") && err.contains("1 line(s) not placed"),
        "{err}"
    );
    assert!(
        err.contains(
            "not placed: line 5 (key findings): This paragraph comes before any domain heading"
        ),
        "{err}"
    );
    let validated = mgi(
        &["assessment", "validate", out.to_str().expect("path")],
        None,
    );
    assert!(validated.status.success(), "{}", stderr(&validated));
    let r: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&report).expect("report")).expect("JSON");
    assert_eq!(r["unplaced"][0]["line"], 5);
    assert_eq!(r["counts"]["findings"], 3);
}

#[test]
fn import_profile_refuses_what_is_not_a_profile() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reference = std::fs::read(REFERENCE).expect("the reference assessment");
    for (name, bytes, message) in [
        ("empty.txt", &b""[..], "the file is empty"),
        (
            "doc.pdf",
            &b"%PDF-1.7\n\x00\x00"[..],
            "the PDF cannot be read: its structure is damaged",
        ),
        (
            "letter.txt",
            &b"Dear colleagues, see you on Monday."[..],
            "this does not look like an MGI profile",
        ),
        ("image.gif", &b"GIF89a\x00\x00"[..], "looks binary"),
        ("latin1.txt", &b"caf\xe9"[..], "not UTF-8"),
        (
            "assessment.json",
            &reference[..],
            "this is an assessment document (mgi-assessment JSON), not a profile; import it with `mgi assessment import`",
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let run = mgi(&["import", "profile", path.to_str().expect("path")], None);
        assert_eq!(run.status.code(), Some(1), "{name}");
        assert!(stderr(&run).contains(message), "{name}: {}", stderr(&run));
        assert!(run.stdout.is_empty(), "{name}: nothing on standard output");
        // The comparison refuses it the same way, before any report of 0 findings.
        let path = path.to_str().expect("path");
        let compared = mgi(&["import", "compare", path, "--reference", REFERENCE], None);
        assert_eq!(compared.status.code(), Some(1), "{name}");
        assert!(stderr(&compared).contains(message), "{name}");
        assert!(compared.stdout.is_empty(), "{name}: no report");
    }
}

const REFERENCE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/reference/mongolia-2023.json"
);

#[test]
fn render_writes_the_profile_of_a_stored_assessment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.db");
    assert!(mgi(&["demo", "--no-serve"], Some(&db)).status.success());
    let page = dir.path().join("mng.html");
    let out = mgi(
        &["render", "MNG", "2023", "-o", page.to_str().expect("path")],
        Some(&db),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(
        html.starts_with("<!DOCTYPE html>")
            && html.contains("<h1>Migration Governance Indicators Profile 2023 – Mongolia</h1>")
    );
    let md = mgi(&["render", "MNG", "2023", "--format", "md"], Some(&db));
    assert!(
        stdout(&md)
            .starts_with("---\ntitle: \"Migration Governance Indicators Profile 2023 – Mongolia\"")
    );
    let missing = mgi(&["render", "MNG", "1999"], Some(&db));
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("Not found: assessment MNG 1999."),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn publication_details_come_from_the_configuration_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.db");
    assert!(mgi(&["demo", "--no-serve"], Some(&db)).status.success());
    let config = dir.path().join("mgi.toml");
    std::fs::write(
        &config,
        "[publication]\npublisher = \"Ministry of Examples\"\ncitation = \"Profile {year} of {name}.\"\n\
         isbn = \"978-0-00-000000-0\"\naddress = \"\"\"\n1 Example Street\nUlaanbaatar\"\"\"\n",
    )
    .expect("write");
    let out = mgi(
        &[
            "--config",
            config.to_str().expect("path"),
            "render",
            "MNG",
            "2023",
        ],
        Some(&db),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(
        page.contains(
            "<strong>Publisher:</strong> Ministry of Examples<br>1 Example Street<br>Ulaanbaatar</p>"
        ),
        "publisher and address"
    );
    assert!(page.contains("<p>ISBN 978-0-00-000000-0</p>"), "ISBN");
    assert!(
        page.contains("<strong>Required citation:</strong> Profile 2023 of Mongolia."),
        "citation"
    );
    assert!(
        page.contains(
            "<strong>Licence:</strong> <a href=\"https://creativecommons.org/licenses/by/4.0/\">Creative Commons"
        ),
        "keys not set keep their default"
    );

    std::fs::write(&config, "[publication]\npublsher = \"typo\"\n").expect("write");
    let bad = mgi(
        &[
            "--config",
            config.to_str().expect("path"),
            "render",
            "MNG",
            "2023",
        ],
        Some(&db),
    );
    assert_eq!(bad.status.code(), Some(1));
    let err = stderr(&bad);
    assert!(
        err.contains("mgi.toml") && err.contains("line 2") && err.contains("publsher"),
        "{err}"
    );
}

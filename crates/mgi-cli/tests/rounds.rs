//! The rounds, open-data and context commands end to end, on an SQLite file: the demo data,
//! a new round, the diff, the aggregates, the data package and context figures from a table.

mod common;

use std::process::Output;

use common::mgi;

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn fixture(name: &str) -> String {
    format!(
        "{}/../mgi-import/tests/fixtures/figures/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn rounds_diff_aggregates_and_context_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("rounds.db");
    let demo = mgi(&db, &["demo", "--no-serve"]);
    assert!(demo.status.success(), "{}", text(&demo));

    let new = mgi(&db, &["round", "new", "MNG", "2029", "--from", "2023"]);
    assert!(new.status.success(), "{}", text(&new));
    assert!(text(&new).contains("answers carried over (to re-verify)"));
    let again = mgi(&db, &["round", "new", "MNG", "2029", "--from", "2023"]);
    assert!(
        !again.status.success() && text(&again).contains("already exists"),
        "{}",
        text(&again)
    );

    let diff = mgi(&db, &["diff", "MNG", "2023", "2026", "--json"]);
    assert!(diff.status.success(), "{}", text(&diff));
    let d: serde_json::Value = serde_json::from_slice(&diff.stdout).expect("JSON diff");
    assert_eq!(
        (d["from_year"].as_i64(), d["to_year"].as_i64()),
        (Some(2023), Some(2026))
    );
    // The demo's 2026 draft was started on framework 1.1, which adds one indicator.
    let changed: Vec<(&str, &str)> = d["indicators"]
        .as_array()
        .map(|l| {
            l.iter()
                .filter(|c| c["change"] != "unchanged")
                .map(|c| {
                    (
                        c["indicator"].as_str().unwrap_or(""),
                        c["change"].as_str().unwrap_or(""),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(changed, [("migration-flow-preparedness", "new")]);
    let diff = mgi(&db, &["diff", "MNG", "2023", "2026"]);
    assert!(
        text(&diff)
            .contains("new          Preparedness for large and unexpected migration flows: - -> -"),
        "{}",
        text(&diff)
    );

    let gcm = mgi(&db, &["aggregate", "gcm", "--json"]);
    let g: serde_json::Value = serde_json::from_slice(&gcm.stdout).expect("JSON gcm");
    assert_eq!(g["objectives"].as_array().map(Vec::len), Some(23));
    let sdg = mgi(&db, &["aggregate", "sdg"]);
    assert!(
        text(&sdg).contains("not the official SDG 10.7.2 figure"),
        "{}",
        text(&sdg)
    );

    let out = dir.path().join("open-data");
    let export = mgi(
        &db,
        &["export", "data", "--out", out.to_str().expect("path")],
    );
    assert!(export.status.success(), "{}", text(&export));
    assert!(out.join("datapackage.json").is_file() && out.join("answers.csv").is_file());

    // A World Bank table with a bad row stores nothing, unless --skip-bad.
    let wb = fixture("API_BX.TRF.PWKR.DT.GD.ZS_DS2_en_csv_v2_fixture.csv");
    let before = mgi(&db, &["assessment", "export", "MNG", "2029"]);
    let refused = mgi(&db, &["context", "import", &wb]);
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("nothing stored"),
        "{}",
        text(&refused)
    );
    assert!(
        text(&refused).contains("ZZX") && text(&refused).contains(".csv: line "),
        "each problem names file and line: {}",
        text(&refused)
    );
    let unchanged = mgi(&db, &["assessment", "export", "MNG", "2029"]);
    assert_eq!(
        unchanged.stdout, before.stdout,
        "nothing stored from a file with errors"
    );
    let stored = mgi(&db, &["context", "import", &wb, "--skip-bad"]);
    assert!(stored.status.success(), "{}", text(&stored));
    assert!(text(&stored).contains("MNG 2029"), "{}", text(&stored));
    let after = mgi(&db, &["assessment", "export", "MNG", "2029"]);
    let figures = |o: &Output| -> usize {
        let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON doc");
        doc["context"].as_array().map_or(0, |c| {
            c.iter()
                .filter(|f| f["measure"] == "remittances-gdp")
                .count()
        })
    };
    assert!(
        figures(&after) > figures(&before),
        "remittance figures were added"
    );
    let published = mgi(
        &db,
        &["context", "import", &wb, "--skip-bad", "--year", "2023"],
    );
    assert!(
        text(&published).contains("0 added, 0 replaced")
            && text(&published).contains("no working round for: KAZ, KOR, MNG"),
        "a published round is left alone: {}",
        text(&published)
    );
}

#[test]
fn a_workbook_goes_out_and_comes_back_and_a_stale_or_broken_one_stores_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("workbook.db");
    assert!(mgi(&db, &["demo", "--no-serve"]).status.success());
    let book = dir.path().join("q.xlsx");
    let book = book.to_str().expect("path");
    let out = mgi(&db, &["workbook", "export", "MNG", "2026", "-o", book]);
    assert!(out.status.success(), "{}", text(&out));
    let back = mgi(&db, &["workbook", "import", "MNG", "2026", book]);
    assert!(back.status.success(), "{}", text(&back));
    assert!(
        text(&back).contains("0 answer(s), 0 finding(s) and 0 source(s) saved"),
        "{}",
        text(&back)
    );

    let garbage = dir.path().join("garbage.xlsx");
    std::fs::write(&garbage, b"not a workbook at all").expect("write");
    let refused = mgi(
        &db,
        &[
            "workbook",
            "import",
            "MNG",
            "2026",
            garbage.to_str().expect("path"),
        ],
    );
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("nothing stored"),
        "{}",
        text(&refused)
    );

    // Someone saves a change after the export: the workbook is refused, naming About!B7.
    let json = dir.path().join("mng.json");
    let exported = mgi(
        &db,
        &[
            "assessment",
            "export",
            "MNG",
            "2026",
            "-o",
            json.to_str().expect("path"),
        ],
    );
    assert!(exported.status.success());
    let changed = std::fs::read_to_string(&json).expect("json").replacen(
        "\"narrative\": \"",
        "\"narrative\": \"Edited meanwhile. ",
        1,
    );
    std::fs::write(&json, changed).expect("write");
    let replaced = mgi(
        &db,
        &[
            "assessment",
            "import",
            json.to_str().expect("path"),
            "--replace",
        ],
    );
    assert!(replaced.status.success(), "{}", text(&replaced));
    let stale = mgi(&db, &["workbook", "import", "MNG", "2026", book]);
    assert!(!stale.status.success());
    assert!(
        text(&stale).contains("About!B7: the assessment changed after this workbook was exported"),
        "{}",
        text(&stale)
    );
}

//! Load: `mgi bench http` puts 200 clients on one `mgi serve` (portal pages, search, and API
//! writes to the demo's draft round, each with the version it read) and must see no error: no
//! dropped connection, no 5xx, no unexpected status. A refused stale write (409) is a correct
//! answer. The run is 10 s here; the benchmark report (`scripts/bench-report`) runs it for 60 s
//! on a release build and records p99 and memory. SQLite, and PostgreSQL when the test server is
//! there.

mod common;

use common::{fresh_database, mgi};
use serde_json::Value;

fn two_hundred_clients(url: &str) {
    assert!(mgi(url, &["demo", "--no-serve"]).status.success());
    let out = mgi(
        url,
        &[
            "bench",
            "http",
            "--clients",
            "200",
            "--seconds",
            "10",
            "--json",
        ],
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON report ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(report["errors"], Value::Array(Vec::new()), "{report:#}");
    assert!(out.status.success(), "{report:#}");
    let rows = report["rows"].as_array().expect("rows");
    for kind in ["portal-read", "search", "draft-read", "write"] {
        let row = rows
            .iter()
            .find(|r| r["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} requests: {report:#}"));
        let requests = row["requests"].as_u64().expect("count");
        assert!(requests > 0, "{kind}: no request");
        assert!(row["p99_ms"].as_f64().expect("p99") >= row["median_ms"].as_f64().expect("median"));
        if kind == "write" {
            let refused = row["conflicts"].as_u64().expect("conflicts");
            assert!(refused < requests, "every write was refused: {report:#}");
        }
    }
    for field in ["rss_before_mib", "rss_after_mib", "rss_peak_mib"] {
        assert!(
            report[field].as_f64().is_some_and(|m| m > 1.0),
            "{field}: {report:#}"
        );
    }
    eprintln!("{report:#}");
}

#[test]
fn two_hundred_clients_on_sqlite_get_no_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_hundred_clients(&dir.path().join("load.db").display().to_string());
}

#[test]
fn two_hundred_clients_on_postgresql_get_no_error() {
    if let Some(url) = fresh_database("load") {
        two_hundred_clients(&url);
    }
}

//! Sixteen writers edit four overlapping answers through the HTTP API of one `mgi serve` for a
//! fixed time, each saving on top of the version it read. No update may be lost: each accepted
//! write got a version of its own, the final state is the accepted write with the highest
//! version, and every refused write was answered 409. On SQLite, and on PostgreSQL when the test
//! server is there.

mod common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{body, fresh_database, http_with, mgi, serve};
use serde_json::Value;

const WRITERS: usize = 16;
const INDICATORS: [&str; 4] = [
    "health-access",
    "education-access",
    "right-to-work",
    "naturalisation",
];
const RUN: Duration = Duration::from_secs(3);

fn json(reply: &str) -> Value {
    serde_json::from_str(body(reply)).unwrap_or_else(|e| panic!("JSON ({e}): {reply}"))
}

/// What the writers saw: accepted (indicator, version, narrative), and the number refused.
#[derive(Default)]
struct Log {
    accepted: Vec<(String, i64, String)>,
    conflicts: usize,
}

fn run_writers(url: &str) {
    let demo = mgi(url, &["demo", "--no-serve"]);
    assert!(
        demo.status.success(),
        "{}",
        String::from_utf8_lossy(&demo.stderr)
    );
    let token = mgi(
        url,
        &[
            "user", "token", "analyst", "--label", "writers", "--days", "1",
        ],
    );
    assert!(
        token.status.success(),
        "{}",
        String::from_utf8_lossy(&token.stderr)
    );
    let bearer = format!("Bearer {}", String::from_utf8_lossy(&token.stdout).trim());
    let (_server, port) = serve(url);
    let log = Arc::new(Mutex::new(Log::default()));
    let started = Instant::now();
    let threads: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (log, bearer) = (Arc::clone(&log), bearer.clone());
            std::thread::spawn(move || {
                let headers = [
                    ("Authorization", bearer.as_str()),
                    ("Content-Type", "application/json"),
                ];
                let mut n = 0;
                while started.elapsed() < RUN {
                    let indicator = INDICATORS[(w + n) % INDICATORS.len()];
                    let path = format!("/api/v1/drafts/MNG/2026/answers/{indicator}");
                    let (status, reply) = http_with(port, "GET", &path, &headers, "");
                    assert_eq!(status, 200, "read {indicator}: {reply}");
                    let read = json(&reply);
                    let narrative = format!("writer {w}, write {n}");
                    let put = serde_json::json!({
                        "value": read["value"], "narrative": narrative, "status": "draft",
                        "citations": read["citations"], "version": read["version"],
                    });
                    let (status, reply) = http_with(port, "PUT", &path, &headers, &put.to_string());
                    let mut log = log.lock().expect("log");
                    match status {
                        200 => {
                            let version = json(&reply)["version"].as_i64().expect("version");
                            log.accepted
                                .push((indicator.to_owned(), version, narrative));
                        }
                        409 => log.conflicts += 1,
                        other => panic!("write {indicator}: HTTP {other}: {reply}"),
                    }
                    n += 1;
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("a writer failed");
    }
    let log = log.lock().expect("log");
    assert!(
        log.accepted.len() >= INDICATORS.len(),
        "too few writes got through: {}",
        log.accepted.len()
    );
    let headers = [("Authorization", bearer.as_str())];
    for indicator in INDICATORS {
        let mut versions: BTreeMap<i64, &str> = BTreeMap::new();
        for (_, version, narrative) in log.accepted.iter().filter(|(i, _, _)| i == indicator) {
            assert!(
                versions.insert(*version, narrative).is_none(),
                "{indicator}: two accepted writes share version {version}: an update was lost"
            );
        }
        let (status, reply) = http_with(
            port,
            "GET",
            &format!("/api/v1/drafts/MNG/2026/answers/{indicator}"),
            &headers,
            "",
        );
        assert_eq!(status, 200);
        let last = json(&reply);
        if let Some((version, narrative)) = versions.last_key_value() {
            assert_eq!(
                last["version"].as_i64(),
                Some(*version),
                "{indicator}: final version"
            );
            assert_eq!(
                last["narrative"].as_str(),
                Some(*narrative),
                "{indicator}: the last accepted write is the final state"
            );
        }
    }
    eprintln!(
        "{} writes accepted, {} refused as conflicts",
        log.accepted.len(),
        log.conflicts
    );
}

#[test]
fn sixteen_writers_on_sqlite_lose_no_update() {
    let dir = tempfile::tempdir().expect("tempdir");
    run_writers(&dir.path().join("writers.db").display().to_string());
}

#[test]
fn sixteen_writers_on_postgresql_lose_no_update() {
    if let Some(url) = fresh_database("writers") {
        run_writers(&url);
    }
}

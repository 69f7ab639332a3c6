//! Crash safety: `mgi bench load` is killed with SIGKILL while it loads batches of assessments
//! (one transaction each). After the kill, the database opens, every stored batch is whole
//! (each assessment with all its answers, its publication and its portal index), and a batch
//! under way when the process died is absent. SQLite, and PostgreSQL when the test server is
//! there.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::fresh_database;
use mgi_framework::Framework;
use mgi_store::Store;

const BATCH: usize = 5;

async fn stored(url: &str) -> (Store, usize) {
    let store = Store::open(url, Framework::embedded().expect("framework"))
        .await
        .expect("the database opens after the kill");
    let n = store.list_assessments().await.expect("list").len();
    (store, n)
}

async fn kill_mid_load(url: &str) {
    // The schema first, so that the load and the polls below never race to create it.
    let (store, _) = stored(url).await;
    store.close().await;
    let mut load = Command::new(env!("CARGO_BIN_EXE_mgi"))
        .args([
            "--db",
            url,
            "bench",
            "load",
            "--countries",
            "600",
            "--localities",
            "0",
            "--rounds",
            "1",
            "--batch",
        ])
        .arg(BATCH.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start mgi bench load");
    // Kill as soon as the first batches are in: the next one is under way.
    let started = Instant::now();
    loop {
        let (store, n) = stored(url).await;
        store.close().await;
        if n >= 2 * BATCH {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the load never stored a batch"
        );
        assert!(
            load.try_wait().expect("wait").is_none(),
            "the load ended before it could be killed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    load.kill().expect("SIGKILL");
    load.wait().expect("reap");

    let (store, n) = stored(url).await;
    eprintln!("killed with {n} assessments stored");
    assert!(n < 600, "killed before the end ({n} stored)");
    assert_eq!(
        n % BATCH,
        0,
        "{n} assessments stored: a batch was stored in part"
    );
    let set_size = store
        .framework()
        .latest_for_level(mgi_framework::Level::National)
        .expect("national set")
        .indicator_ids()
        .count();
    for a in store.list_assessments().await.expect("list") {
        let year = i32::try_from(a.year).expect("year");
        let doc = store
            .export_assessment(&a.jurisdiction, year)
            .await
            .expect("export");
        assert_eq!(
            doc.answers.len(),
            set_size,
            "{} {year}: answers in part",
            a.jurisdiction
        );
        let published = store
            .publication(&a.jurisdiction, year)
            .await
            .expect("its publication");
        assert_eq!(published.doc.answers.len(), set_size);
    }
    let published = store.published().await.expect("published").len();
    assert_eq!(published, n, "every stored assessment has its publication");
    let latest = store
        .latest_answers(mgi_framework::Level::National)
        .await
        .expect("portal index");
    assert_eq!(latest.len(), n, "every publication is in the portal index");
    store.close().await;
}

fn run(url: &str) {
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(kill_mid_load(url));
}

#[test]
fn a_load_killed_on_sqlite_leaves_whole_batches() {
    let dir = tempfile::tempdir().expect("tempdir");
    run(&dir.path().join("crash.db").display().to_string());
}

#[test]
fn a_load_killed_on_postgresql_leaves_whole_batches() {
    if let Some(url) = fresh_database("crash") {
        run(&url);
    }
}

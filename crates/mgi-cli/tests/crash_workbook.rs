//! Crash safety of the workbook import: `mgi workbook import` is killed with SIGKILL at moments
//! spread from half to one and a half times what an uninterrupted import takes (the first half
//! is the process starting and reading the workbook), each time on a fresh copy of the demo database.
//! The workbook edits every narrative and adds 300 sources, so that its one transaction is long
//! enough to be hit. After each kill the database opens (and on SQLite passes `PRAGMA integrity_check`),
//! and the import is either whole (every edited narrative stored) or absent (none); an absent
//! import then runs again to the end. SQLite, and PostgreSQL when the test server is there.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{fresh_database, mgi};
use mgi_framework::Framework;
use mgi_model::{AssessmentDoc, Source, SourceKind, content_hash};
use mgi_store::Store;
use mgi_testkit::Book;

/// Appended to every narrative in the edited workbook.
const MARK: &str = " Checked again against the workbook.";
/// Kills spread over an uninterrupted import's duration.
const KILLS: u32 = 16;
/// Sources the workbook adds to the register.
const NEW_SOURCES: usize = 300;

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(f)
}

fn draft_round(url: &str) -> AssessmentDoc {
    block_on(async {
        let store = Store::open(url, Framework::embedded().expect("framework"))
            .await
            .expect("the database opens after the kill");
        let doc = store
            .export_assessment("MNG", 2026)
            .await
            .expect("the demo's 2026 round");
        store.close().await;
        doc
    })
}

/// The workbook a user would send back: every narrative of the 2026 round edited and many
/// sources added, with the fingerprint of the round as it was exported.
fn edited_workbook(base: &AssessmentDoc, path: &Path) {
    let mut edited = base.clone();
    for answer in &mut edited.answers {
        answer.narrative.push_str(MARK);
    }
    edited.sources.extend((0..NEW_SOURCES).map(|i| Source {
        key: format!("desk-note-{i}"),
        issuer: "Ministry of Justice and Home Affairs".into(),
        title: format!("Desk research note {i}"),
        year: Some(2025),
        kind: SourceKind::Report,
        amended: Vec::new(),
        url: None,
        online: false,
        language: Some("en".into()),
        note: None,
    }));
    let framework = Framework::embedded().expect("fw");
    // The findings are as exported: whatever their versions, they are nothing to save.
    let versions = edited.findings.iter().map(|f| (f.key.clone(), 1)).collect();
    let bytes =
        mgi_workbook::write_questionnaire(&framework, &edited, &versions, mgi_i18n::Lang::En)
            .expect("workbook written");
    let mut book = Book::open(&bytes);
    book.text("About", "B7", &content_hash(base));
    std::fs::write(path, book.save()).expect("write the workbook");
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Whole,
    Absent,
}

/// Whole or absent, or a failure naming how many narratives were stored.
fn outcome(url: &str) -> Outcome {
    if !url.starts_with("postgres") {
        let check: String = block_on(async {
            let pool = sqlx::SqlitePool::connect(&format!("sqlite://{url}"))
                .await
                .expect("connect");
            let check = sqlx::query_scalar("PRAGMA integrity_check")
                .fetch_one(&pool)
                .await
                .expect("integrity check");
            pool.close().await;
            check
        });
        assert_eq!(check, "ok", "{url}: integrity check");
    }
    let doc = draft_round(url);
    let marked = doc
        .answers
        .iter()
        .filter(|a| a.narrative.ends_with(MARK))
        .count();
    match marked {
        0 => Outcome::Absent,
        n if n == doc.answers.len() => Outcome::Whole,
        n => panic!(
            "{n} of {} narratives stored: a partial import",
            doc.answers.len()
        ),
    }
}

fn import(url: &str, book: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mgi"));
    cmd.args(["--db", url, "workbook", "import", "MNG", "2026"])
        .arg(book)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// `copy(i)` gives a fresh copy of the demo database, as a URL.
fn kill_mid_import(template: &str, copy: impl Fn(u32) -> String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let book = dir.path().join("edited.xlsx");
    edited_workbook(&draft_round(template), &book);

    // An uninterrupted import, timed: the kills are spread over its duration.
    let url = copy(0);
    let started = Instant::now();
    let status = import(&url, &book).status().expect("run the import");
    let whole = started.elapsed();
    assert!(status.success(), "the uninterrupted import failed");
    assert_eq!(outcome(&url), Outcome::Whole);

    let (mut absent, mut complete) = (0, 0);
    for i in 1..=KILLS {
        let url = copy(i);
        let mut child = import(&url, &book).spawn().expect("start the import");
        std::thread::sleep(whole / 2 + whole * i / KILLS);
        let _ = child.kill(); // may have finished already
        child.wait().expect("reap");
        match outcome(&url) {
            Outcome::Whole => complete += 1,
            Outcome::Absent => {
                absent += 1;
                // The restart: the same workbook imports to the end.
                let again = import(&url, &book).status().expect("run again");
                assert!(again.success(), "kill {i}: the import does not run again");
                assert_eq!(outcome(&url), Outcome::Whole, "kill {i}: run again");
            }
        }
    }
    eprintln!(
        "{KILLS} kills over {whole:?}: {absent} imports absent, {complete} whole, none in part"
    );
}

#[test]
fn a_workbook_import_killed_on_sqlite_is_whole_or_absent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let template = dir.path().join("demo.db");
    assert!(mgi(&template, &["demo", "--no-serve"]).status.success());
    let copy = |i: u32| {
        let to = dir.path().join(format!("copy-{i}.db"));
        let out = mgi(&template, &["backup", &to.display().to_string()]);
        assert!(out.status.success(), "backup {i}");
        to.display().to_string()
    };
    kill_mid_import(&template.display().to_string(), copy);
}

#[test]
fn a_workbook_import_killed_on_postgresql_is_whole_or_absent() {
    let Some(template) = fresh_database("wbcrash") else {
        return;
    };
    assert!(mgi(&template, &["demo", "--no-serve"]).status.success());
    let (server, name) = template.rsplit_once('/').expect("a database URL");
    let copy = |i: u32| {
        let copy = format!("{name}_{i}");
        block_on(async {
            let admin = sqlx::PgPool::connect(&format!("{server}/postgres"))
                .await
                .expect("connect");
            // The template may still show the session of a process that just closed it.
            let started = Instant::now();
            while let Err(e) = sqlx::query(sqlx::AssertSqlSafe(format!(
                "CREATE DATABASE {copy} TEMPLATE {name}"
            )))
            .execute(&admin)
            .await
            {
                assert!(started.elapsed() < Duration::from_secs(10), "copy: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            admin.close().await;
        });
        format!("{server}/{copy}")
    };
    kill_mid_import(&template, copy);
}

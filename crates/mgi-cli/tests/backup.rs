//! `mgi backup` while `mgi serve` runs, then `mgi restore` into an empty database: the open-data
//! export of the restored database is byte for byte the export of the original. SQLite, and
//! PostgreSQL when the test server is there. A restore never overwrites a database in use.

mod common;

use std::path::Path;
use std::process::Output;

use common::{fresh_database, mgi, serve};

fn ok(out: &Output) -> String {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    text
}

/// Every file of an open-data export, by name.
fn export(url: &str, dir: &Path) -> Vec<(String, Vec<u8>)> {
    ok(&mgi(
        url,
        &["export", "data", "--out", dir.to_str().expect("path")],
    ));
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("export folder")
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("file"),
            )
        })
        .collect();
    files.sort();
    files
}

fn round_trip(source: &str, target: &str, work: &Path) {
    ok(&mgi(source, &["demo", "--no-serve"]));
    ok(&mgi(
        source,
        &["round", "new", "MNG", "2029", "--from", "2023"],
    ));
    let before = export(source, &work.join("before"));
    let file = work.join("backup.bin");
    {
        // Taken while a server has the database open.
        let (_server, _port) = serve(source);
        ok(&mgi(source, &["backup", file.to_str().expect("path")]));
    }
    let again = mgi(source, &["backup", file.to_str().expect("path")]);
    assert!(
        !again.status.success(),
        "an existing backup file is never overwritten"
    );
    ok(&mgi(target, &["restore", file.to_str().expect("path")]));
    assert_eq!(
        export(target, &work.join("after")),
        before,
        "the restored database exports the same data"
    );
    let listed = ok(&mgi(target, &["assessment", "list"]));
    assert!(listed.contains("2029"), "drafts come back too: {listed}");
    let refused = mgi(target, &["restore", file.to_str().expect("path")]);
    assert!(
        !refused.status.success(),
        "a restore never overwrites a database with data"
    );
}

#[test]
fn an_sqlite_backup_restores_to_the_same_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let source = dir.path().join("source.db").display().to_string();
    let target = dir.path().join("target.db").display().to_string();
    round_trip(&source, &target, dir.path());
}

#[test]
fn a_postgresql_backup_restores_to_the_same_data() {
    let (Some(source), Some(target)) = (fresh_database("backup_from"), fresh_database("backup_to"))
    else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    round_trip(&source, &target, dir.path());
}

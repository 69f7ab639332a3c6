//! `mgi backup` and `mgi restore`: a consistent copy of the database while it serves, and that
//! copy back into an empty database. SQLite through `VACUUM INTO`; PostgreSQL through its own
//! `pg_dump` (custom format) and `pg_restore`, found on PATH or in /usr/lib/postgresql/*/bin.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail, ensure};
use mgi_i18n::tr;

use crate::config::{Global, redact};
use crate::lang::messages_lang;
use crate::say;

fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// A PostgreSQL client tool: on PATH, else the newest Debian server's bin folder.
fn pg_tool(name: &str) -> anyhow::Result<PathBuf> {
    if Command::new(name).arg("--version").output().is_ok() {
        return Ok(PathBuf::from(name));
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin").join(name))
        .filter(|p| p.is_file())
        .collect();
    found.sort();
    found
        .pop()
        .with_context(|| tr!(messages_lang(), "cli-pg-tool-missing", tool = name))
}

fn run(cmd: &mut Command) -> anyhow::Result<()> {
    let out = cmd.output().with_context(|| {
        tr!(
            messages_lang(),
            "cli-cannot-run",
            command = format!("{cmd:?}")
        )
    })?;
    ensure!(
        out.status.success(),
        tr!(
            messages_lang(),
            "cli-command-failed",
            command = format!("{:?}", cmd.get_program()),
            output = String::from_utf8_lossy(&out.stderr).trim()
        )
    );
    Ok(())
}

pub async fn backup(global: &Global, file: &Path) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    let shown = file.display().to_string();
    ensure!(
        !file.exists(),
        tr!(lang, "cli-backup-exists", file = &shown)
    );
    let url = global.db_url();
    if is_postgres(&url) {
        run(Command::new(pg_tool("pg_dump")?)
            .args(["--format=custom", "--no-owner", "--file"])
            .arg(file)
            .arg(&url))?;
    } else {
        let store = global.open_store().await?;
        store.backup_sqlite(file).await?;
        store.close().await;
    }
    println!(
        "{}",
        tr!(lang, "cli-backup-written", url = redact(&url), file = shown)
    );
    Ok(ExitCode::SUCCESS)
}

pub async fn restore(global: &Global, file: &Path) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    let shown = file.display().to_string();
    ensure!(file.is_file(), tr!(lang, "cli-not-a-backup", file = &shown));
    let url = global.db_url();
    if is_postgres(&url) {
        // Only into an empty database: nothing already there is overwritten.
        let store = global.open_store().await?;
        let stored = store.list_assessments().await?.len();
        store.close().await;
        ensure!(
            stored == 0,
            tr!(
                lang,
                "cli-restore-not-empty",
                url = redact(&url),
                count = stored
            )
        );
        // The schema the store just created is replaced by the one in the backup.
        run(Command::new(pg_tool("pg_restore")?)
            .args([
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--dbname",
            ])
            .arg(&url)
            .arg(file))?;
    } else {
        let target = Path::new(url.strip_prefix("sqlite://").unwrap_or(&url));
        if target.exists() {
            bail!(tr!(
                lang,
                "cli-restore-target-exists",
                file = target.display().to_string()
            ));
        }
        std::fs::copy(file, target).with_context(|| say::cannot_write(target))?;
    }
    // The restored database opens, and is brought up to this version's schema.
    let store = global.open_store().await?;
    let n = store.list_assessments().await?.len();
    store.close().await;
    println!(
        "{}",
        tr!(
            lang,
            "cli-restored",
            file = shown,
            url = redact(&url),
            count = n
        )
    );
    Ok(ExitCode::SUCCESS)
}

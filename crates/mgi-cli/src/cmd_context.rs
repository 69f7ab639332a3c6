//! `mgi context import`: context figures from UN DESA's International Migrant Stock or the
//! World Bank's remittances indicator (CSV as downloaded).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;

use crate::config::Global;

#[derive(Subcommand)]
pub enum ContextCmd {
    /// Read a DESA migrant-stock or World Bank remittances CSV and store its figures in the
    /// working round of every jurisdiction it covers. A file with bad rows stores nothing
    /// (each problem is listed as file:line) unless --skip-bad is given.
    Import {
        file: PathBuf,
        /// The round to store into (default: each jurisdiction's latest round).
        #[arg(long)]
        year: Option<i32>,
        /// Store the good rows of a file that has bad ones.
        #[arg(long)]
        skip_bad: bool,
    },
}

pub async fn run(global: &Global, cmd: ContextCmd) -> anyhow::Result<ExitCode> {
    let ContextCmd::Import {
        file,
        year,
        skip_bad,
    } = cmd;
    let bytes = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file.display().to_string();
    let table = mgi_import::read_figures(&name, &bytes)?;
    for p in &table.problems {
        eprintln!("{name}: {p}");
    }
    if !table.problems.is_empty() && !skip_bad {
        eprintln!(
            "{} problem(s): nothing stored (fix the file, or give --skip-bad to store the {} good figures)",
            table.problems.len(),
            table.figures.len()
        );
        return Ok(ExitCode::FAILURE);
    }
    let store = global.open_store().await?;
    let report = store
        .import_context(&table.source, &table.figures, year, "cli")
        .await?;
    store.close().await;
    println!(
        "{}: {} figures read ({} aggregate rows skipped); {} added, {} replaced in {} round(s)",
        table.source.title,
        table.figures.len(),
        table.skipped,
        report.added,
        report.replaced,
        report.assessments.len()
    );
    for (code, y) in &report.assessments {
        println!("  {code} {y}");
    }
    if !report.skipped.is_empty() {
        println!(
            "no working round for: {} (none stored, or published/validated)",
            report.skipped.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

//! `mgi context import`: context figures from UN DESA's International Migrant Stock or the
//! World Bank's remittances indicator (CSV as downloaded).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use mgi_i18n::tr;

use crate::config::Global;
use crate::lang::messages_lang;
use crate::say;

// Help texts: help-context-* in help.ftl (see help.rs).
#[derive(Subcommand)]
pub enum ContextCmd {
    Import {
        file: PathBuf,
        #[arg(long)]
        year: Option<i32>,
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
    let lang = messages_lang();
    let bytes = std::fs::read(&file).with_context(|| say::cannot_read(&file))?;
    let name = file.display().to_string();
    let table = mgi_import::read_figures(&name, &bytes)?;
    for p in &table.problems {
        eprintln!("{name}: {p}");
    }
    if !table.problems.is_empty() && !skip_bad {
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-context-problems",
                count = table.problems.len(),
                good = table.figures.len()
            )
        );
        return Ok(ExitCode::FAILURE);
    }
    let store = global.open_store().await?;
    let report = store
        .import_context(&table.source, &table.figures, year, "cli")
        .await?;
    store.close().await;
    println!(
        "{}",
        tr!(
            lang,
            "cli-context-imported",
            source = &table.source.title,
            figures = table.figures.len(),
            skipped = table.skipped,
            added = report.added,
            replaced = report.replaced,
            rounds = report.assessments.len()
        )
    );
    for (code, y) in &report.assessments {
        println!("  {code} {y}");
    }
    if !report.skipped.is_empty() {
        println!(
            "{}",
            tr!(
                lang,
                "cli-context-no-round",
                jurisdictions = report.skipped.join(", ")
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

//! `mgi export`: open data from the published assessments.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use mgi_export::{csl_items, write_data_package};
use mgi_i18n::tr;

use crate::config::Global;
use crate::lang::messages_lang;
use crate::say;

// Help texts: help-export-* in help.ftl (see help.rs).
#[derive(Subcommand)]
pub enum ExportCmd {
    Data {
        #[arg(long)]
        out: PathBuf,
    },
    Csl {
        jurisdiction: String,
        year: i32,
    },
}

pub async fn run(global: &Global, cmd: ExportCmd) -> anyhow::Result<ExitCode> {
    let store = global.open_store().await?;
    match cmd {
        ExportCmd::Data { out } => {
            let releases = mgi_web::open_data_releases(&store).await?;
            let summary = write_data_package(store.framework(), &releases, &out)?;
            let lang = messages_lang();
            println!(
                "{}",
                tr!(
                    lang,
                    "cli-export-data",
                    file = out.display().to_string(),
                    count = releases.len()
                )
            );
            for (name, rows) in &summary.resources {
                println!(
                    "  {name:<16} {:>8} {}",
                    say::count(lang, *rows),
                    tr!(lang, "cli-export-rows", count = *rows)
                );
            }
        }
        ExportCmd::Csl { jurisdiction, year } => {
            let doc = store.publication(&jurisdiction, year).await?.doc;
            println!("{}", serde_json::to_string_pretty(&csl_items(&doc))?);
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

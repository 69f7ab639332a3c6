//! `mgi workbook`: an assessment as a questionnaire workbook (XLSX) for desk research, and the
//! filled workbook back into the store.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use mgi_model::content_hash;

use crate::config::Global;

#[derive(Subcommand)]
pub enum WorkbookCmd {
    /// Write the questionnaire workbook of a stored assessment: a sheet per domain, a row per
    /// indicator (answer as a drop-down, narrative, sources, notes), and the source register.
    Export {
        jurisdiction: String,
        year: i32,
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Read a filled workbook back. Every bad cell is listed as Sheet!Cell with the reason and
    /// nothing is stored until the whole workbook is valid; a workbook exported before someone
    /// else's edit is refused.
    Import {
        jurisdiction: String,
        year: i32,
        file: PathBuf,
        /// Who is importing (recorded in the audit log).
        #[arg(long, env = "USER", default_value = "cli")]
        actor: String,
    },
}

pub async fn run(global: &Global, cmd: WorkbookCmd) -> anyhow::Result<ExitCode> {
    let store = global.open_store().await?;
    let code = match cmd {
        WorkbookCmd::Export {
            jurisdiction,
            year,
            out,
        } => {
            let doc = store.export_assessment(&jurisdiction, year).await?;
            let bytes = mgi_workbook::write_questionnaire(store.framework(), &doc)?;
            std::fs::write(&out, bytes)
                .with_context(|| format!("cannot write {}", out.display()))?;
            println!(
                "workbook of {jurisdiction} {year} written to {}",
                out.display()
            );
            ExitCode::SUCCESS
        }
        WorkbookCmd::Import {
            jurisdiction,
            year,
            file,
            actor,
        } => {
            let size = std::fs::metadata(&file)
                .with_context(|| format!("cannot read {}", file.display()))?
                .len();
            anyhow::ensure!(
                size <= mgi_workbook::MAX_BYTES as u64,
                "{}: {size} bytes; a workbook may have at most {}",
                file.display(),
                mgi_workbook::MAX_BYTES
            );
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let base = store.export_assessment(&jurisdiction, year).await?;
            match mgi_workbook::read_questionnaire(store.framework(), &base, &bytes) {
                Err(problems) => {
                    eprintln!("{}: nothing stored\n{problems}", file.display());
                    ExitCode::FAILURE
                }
                Ok(doc) => {
                    let changes = store
                        .apply_workbook(&doc, &content_hash(&base), &actor)
                        .await?;
                    println!(
                        "{jurisdiction} {year}: {} answer(s) and {} source(s) saved from {}",
                        changes.answers.len(),
                        changes.sources.len(),
                        file.display()
                    );
                    ExitCode::SUCCESS
                }
            }
        }
    };
    store.close().await;
    Ok(code)
}

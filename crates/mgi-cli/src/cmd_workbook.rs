//! `mgi workbook`: an assessment as a questionnaire workbook (XLSX) for desk research, and the
//! filled workbook back into the store.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use mgi_i18n::{Lang, tr};

use crate::config::Global;
use crate::lang::messages_lang;
use crate::say;

// Help texts: help-workbook-* in help.ftl (see help.rs).
#[derive(Subcommand)]
pub enum WorkbookCmd {
    Export {
        jurisdiction: String,
        year: i32,
        #[arg(long, short)]
        out: PathBuf,
        #[arg(long, default_value_t = Lang::En)]
        lang: Lang,
    },
    Import {
        jurisdiction: String,
        year: i32,
        file: PathBuf,
        #[arg(long, env = "USER", default_value = "cli")]
        actor: String,
    },
}

pub async fn run(global: &Global, cmd: WorkbookCmd) -> anyhow::Result<ExitCode> {
    let store = global.open_store().await?;
    let messages = messages_lang();
    let code = match cmd {
        WorkbookCmd::Export {
            jurisdiction,
            year,
            out,
            lang,
        } => {
            let base = store.workbook_base(&jurisdiction, year).await?;
            let bytes = mgi_workbook::write_questionnaire(
                store.framework(),
                &base.doc,
                &base.finding_versions,
                lang,
            )?;
            std::fs::write(&out, bytes).with_context(|| say::cannot_write(&out))?;
            println!(
                "{}",
                tr!(
                    messages,
                    "workbook-cli-written",
                    jurisdiction = jurisdiction.as_str(),
                    year = year.to_string(),
                    path = out.display().to_string()
                )
            );
            ExitCode::SUCCESS
        }
        WorkbookCmd::Import {
            jurisdiction,
            year,
            file,
            actor,
        } => {
            let path = file.display().to_string();
            let size = std::fs::metadata(&file)
                .with_context(|| say::cannot_read(&file))?
                .len();
            anyhow::ensure!(
                size <= mgi_workbook::MAX_BYTES as u64,
                tr!(
                    messages,
                    "workbook-cli-too-big",
                    path = path.as_str(),
                    size = usize::try_from(size).unwrap_or(usize::MAX),
                    max = mgi_workbook::MAX_BYTES
                )
            );
            let bytes = std::fs::read(&file).with_context(|| say::cannot_read(&file))?;
            let base = store.workbook_base(&jurisdiction, year).await?;
            let read = mgi_workbook::read_questionnaire(
                store.framework(),
                &base.doc,
                &base.finding_versions,
                &bytes,
            );
            match read {
                Err(problems) => {
                    let heading = tr!(
                        messages,
                        "workbook-cli-nothing-stored",
                        path = path.as_str()
                    );
                    eprintln!("{heading}\n{}", problems.localised(messages));
                    ExitCode::FAILURE
                }
                Ok(doc) => {
                    let changes = store.apply_workbook(&doc, &base, &actor).await?;
                    println!(
                        "{}",
                        tr!(
                            messages,
                            "workbook-cli-saved",
                            jurisdiction = jurisdiction.as_str(),
                            year = year.to_string(),
                            answers = changes.answers.len(),
                            findings = changes.findings.len(),
                            sources = changes.sources.len(),
                            path = path.as_str()
                        )
                    );
                    ExitCode::SUCCESS
                }
            }
        }
    };
    store.close().await;
    Ok(code)
}

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use mgi_model::{AssessmentDoc, ExchangeError, check_consistency};
use mgi_store::{ImportMode, StoreError};

use crate::config::Global;

#[derive(Subcommand)]
pub enum AssessmentCmd {
    /// Store an assessment document. Everything is checked first; on any problem nothing is
    /// stored and every problem is printed with its JSON path.
    Import {
        file: PathBuf,
        /// Replace the stored assessment of the same jurisdiction and year.
        #[arg(long)]
        replace: bool,
        /// Who is importing (recorded in the audit log).
        #[arg(long, env = "USER", default_value = "cli")]
        actor: String,
    },
    /// Print one stored assessment as a JSON document (or write it to --out).
    Export {
        jurisdiction: String,
        year: i32,
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Check a document against the framework without storing it.
    Validate { file: PathBuf },
    /// List stored assessments.
    List,
    /// Print the JSON Schema of the exchange format.
    Schema,
    /// The audit log of an assessment: who changed what, when, old → new.
    Audit { jurisdiction: String, year: i32 },
}

/// Read and check a document file; problems are printed, and `None` means the file was refused.
fn read_doc(
    path: &Path,
    framework: &mgi_framework::Framework,
) -> anyhow::Result<Option<AssessmentDoc>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let Ok(text) = String::from_utf8(bytes) else {
        eprintln!("{}: not UTF-8 text", path.display());
        return Ok(None);
    };
    match AssessmentDoc::from_json(&text, framework) {
        Ok(doc) => Ok(Some(doc)),
        Err(ExchangeError::Syntax {
            path: json_path,
            line,
            column,
            message,
        }) => {
            eprintln!("{}:{line}:{column}: {json_path}: {message}", path.display());
            Ok(None)
        }
        Err(ExchangeError::Invalid(problems)) => {
            for p in &problems {
                eprintln!("{}: {p}", path.display());
            }
            eprintln!("{} problem(s); nothing was stored", problems.len());
            Ok(None)
        }
    }
}

pub async fn run(global: &Global, cmd: AssessmentCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        AssessmentCmd::Validate { file } => {
            let framework = global.load_framework()?;
            Ok(match read_doc(&file, &framework)? {
                Some(doc) => {
                    println!(
                        "{}: valid {} {} ({} answers, {} findings, {} sources)",
                        file.display(),
                        doc.jurisdiction.code,
                        doc.year,
                        doc.answers.len(),
                        doc.findings.len(),
                        doc.sources.len()
                    );
                    ExitCode::SUCCESS
                }
                None => ExitCode::FAILURE,
            })
        }
        AssessmentCmd::Import {
            file,
            replace,
            actor,
        } => {
            let store = global.open_store().await?;
            let Some(doc) = read_doc(&file, store.framework())? else {
                return Ok(ExitCode::FAILURE);
            };
            let mode = if replace {
                ImportMode::Replace
            } else {
                ImportMode::New
            };
            match store.import_assessment(&doc, &actor, mode).await {
                Ok(()) => {
                    println!(
                        "stored {} {} ({} answers, {} findings)",
                        doc.jurisdiction.code,
                        doc.year,
                        doc.answers.len(),
                        doc.findings.len()
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e @ (StoreError::AlreadyExists(_) | StoreError::Invalid(_))) => {
                    eprintln!("{}: {e}", file.display());
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => Err(e.into()),
            }
        }
        AssessmentCmd::Export {
            jurisdiction,
            year,
            out,
        } => {
            let store = global.open_store().await?;
            let json = store
                .export_assessment(&jurisdiction, year)
                .await?
                .to_json();
            match out {
                Some(path) => std::fs::write(&path, json + "\n")
                    .with_context(|| format!("cannot write {}", path.display()))?,
                None => println!("{json}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        AssessmentCmd::List => {
            let store = global.open_store().await?;
            let list = store.list_assessments().await?;
            if list.is_empty() {
                println!("no assessments stored (try: mgi assessment import FILE)");
            }
            for a in list {
                println!(
                    "{:<16} {:<28} {:<9} {} {} v{} {:<15} (record version {})",
                    a.jurisdiction,
                    a.name,
                    a.region,
                    a.year,
                    a.framework_set,
                    a.framework_version,
                    a.stage,
                    a.version
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        AssessmentCmd::Schema => {
            println!(
                "{}",
                serde_json::to_string_pretty(&mgi_model::json_schema())?
            );
            Ok(ExitCode::SUCCESS)
        }
        AssessmentCmd::Audit { jurisdiction, year } => {
            let store = global.open_store().await?;
            for e in store.audit_log(&jurisdiction, year).await? {
                let key = if e.entity_key.is_empty() {
                    String::new()
                } else {
                    format!(" {}", e.entity_key)
                };
                println!(
                    "{} {} {}{key} {}: {} → {}",
                    e.at,
                    e.actor,
                    e.entity,
                    e.field,
                    e.old_value.as_deref().unwrap_or("∅"),
                    e.new_value.as_deref().unwrap_or("∅")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub async fn check(global: &Global, jurisdiction: &str, year: i32) -> anyhow::Result<ExitCode> {
    let store = global.open_store().await?;
    let doc = store.export_assessment(jurisdiction, year).await?;
    let c = check_consistency(&doc);
    println!("{jurisdiction} {year}:");
    println!(
        "  findings without an indicator: {}",
        c.findings_without_indicator.len()
    );
    for k in &c.findings_without_indicator {
        println!("    {k}");
    }
    println!(
        "  citations of unknown sources:  {}",
        c.unknown_sources.len()
    );
    for (place, key) in &c.unknown_sources {
        println!("    {place} cites {key}");
    }
    println!(
        "  sources never cited:           {}",
        c.uncited_sources.len()
    );
    for k in &c.uncited_sources {
        println!("    {k}");
    }
    Ok(if c.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

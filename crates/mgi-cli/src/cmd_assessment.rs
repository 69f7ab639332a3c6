use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use mgi_i18n::{Lang, tr};
use mgi_model::{AssessmentDoc, ExchangeError, check_consistency};
use mgi_store::{ImportMode, StoreError};

use crate::config::Global;
use crate::lang::messages_lang;
use crate::say;

// Help texts: help-assessment-* in help.ftl (see help.rs).
#[derive(Subcommand)]
pub enum AssessmentCmd {
    Import {
        file: PathBuf,
        #[arg(long)]
        replace: bool,
        #[arg(long, env = "USER", default_value = "cli")]
        actor: String,
    },
    Export {
        jurisdiction: String,
        year: i32,
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    Validate {
        file: PathBuf,
    },
    List,
    Schema,
    Audit {
        jurisdiction: String,
        year: i32,
    },
    Migrate {
        jurisdiction: String,
        year: i32,
        #[arg(long)]
        to: mgi_framework::Version,
        #[arg(long, env = "USER", default_value = "cli")]
        actor: String,
    },
}

/// Read and check a document file; problems are printed, and `None` means the file was refused.
fn read_doc(
    path: &Path,
    framework: &mgi_framework::Framework,
) -> anyhow::Result<Option<AssessmentDoc>> {
    let bytes = std::fs::read(path).with_context(|| say::cannot_read(path))?;
    let Ok(text) = String::from_utf8(bytes) else {
        let file = path.display().to_string();
        eprintln!("{}", tr!(messages_lang(), "cli-not-utf8", file = file));
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
            say::print_problems(messages_lang(), path, &problems);
            Ok(None)
        }
    }
}

pub async fn run(global: &Global, cmd: AssessmentCmd) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    match cmd {
        AssessmentCmd::Validate { file } => {
            let framework = global.load_framework()?;
            Ok(match read_doc(&file, &framework)? {
                Some(doc) => {
                    println!(
                        "{}",
                        tr!(
                            lang,
                            "cli-assessment-valid",
                            file = file.display().to_string(),
                            jurisdiction = &doc.jurisdiction.code,
                            year = doc.year.to_string(),
                            answers = doc.answers.len(),
                            findings = doc.findings.len(),
                            sources = doc.sources.len()
                        )
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
                        "{}",
                        tr!(
                            lang,
                            "cli-assessment-stored",
                            jurisdiction = &doc.jurisdiction.code,
                            year = doc.year.to_string(),
                            answers = doc.answers.len(),
                            findings = doc.findings.len()
                        )
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(StoreError::AlreadyExists(_)) => {
                    eprintln!(
                        "{}",
                        tr!(
                            lang,
                            "cli-assessment-exists",
                            file = file.display().to_string(),
                            jurisdiction = &doc.jurisdiction.code,
                            year = doc.year.to_string()
                        )
                    );
                    Ok(ExitCode::FAILURE)
                }
                Err(StoreError::Invalid(problems)) => {
                    say::print_problems(lang, &file, &problems);
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
                Some(path) => {
                    std::fs::write(&path, json + "\n").with_context(|| say::cannot_write(&path))?;
                }
                None => println!("{json}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        AssessmentCmd::List => {
            let store = global.open_store().await?;
            let list = store.list_assessments().await?;
            if list.is_empty() {
                println!("{}", tr!(lang, "cli-assessment-none"));
            }
            for a in list {
                println!(
                    "{:<16} {:<28} {:<9} {} {} v{} {:<15} {}",
                    a.jurisdiction,
                    a.name,
                    a.region,
                    a.year,
                    a.framework_set,
                    a.framework_version,
                    a.stage,
                    tr!(lang, "cli-assessment-record-version", version = a.version)
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
        AssessmentCmd::Migrate {
            jurisdiction,
            year,
            to,
            actor,
        } => {
            let store = global.open_store().await?;
            let report = store
                .migrate_framework(&jurisdiction, year, to, &actor)
                .await?;
            let names = |ids: &[String]| {
                ids.iter()
                    .map(|id| store.framework().indicator_name(id, lang.code()))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            println!(
                "{}",
                tr!(
                    lang,
                    "cli-assessment-migrated",
                    jurisdiction = &jurisdiction,
                    year = year.to_string(),
                    version = to.to_string(),
                    answers = report.answers,
                    unanswered = report.unanswered.len()
                )
            );
            let lines = [
                (
                    &report.added,
                    tr!(
                        lang,
                        "cli-assessment-migrated-added",
                        indicators = names(&report.added)
                    ),
                ),
                (
                    &report.retired,
                    tr!(
                        lang,
                        "cli-round-retired",
                        indicators = names(&report.retired)
                    ),
                ),
                (
                    &report.merged_conflicts,
                    tr!(
                        lang,
                        "cli-round-merged",
                        indicators = names(&report.merged_conflicts)
                    ),
                ),
            ];
            for (_, line) in lines.iter().filter(|(ids, _)| !ids.is_empty()) {
                println!("{line}");
            }
            store.close().await;
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
                    mgi_store::stamp(e.at),
                    e.actor,
                    e.entity.as_str(),
                    e.field.as_str(),
                    e.old_value.as_deref().unwrap_or("∅"),
                    e.new_value.as_deref().unwrap_or("∅")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The labels of `mgi check`'s three counts in `lang`, padded to one width so that the counts
/// line up.
fn check_labels(lang: Lang) -> [String; 4] {
    let labels = [
        tr!(lang, "cli-check-no-indicator"),
        tr!(lang, "cli-check-unknown-sources"),
        tr!(lang, "cli-check-uncited"),
        tr!(lang, "cli-check-refused"),
    ];
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    labels.map(|l| format!("{l:<width$}"))
}

pub async fn check(global: &Global, jurisdiction: &str, year: i32) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    let store = global.open_store().await?;
    let doc = store.export_assessment(jurisdiction, year).await?;
    let c = check_consistency(&doc);
    let [no_indicator, unknown, uncited, refused] = check_labels(lang);
    println!("{jurisdiction} {year}:");
    println!(
        "  {no_indicator} {}",
        say::count(lang, c.findings_without_indicator.len())
    );
    for k in &c.findings_without_indicator {
        println!("    {k}");
    }
    println!("  {unknown} {}", say::count(lang, c.unknown_sources.len()));
    for (place, key) in &c.unknown_sources {
        println!(
            "    {}",
            tr!(lang, "cli-check-cites", place = place, key = key)
        );
    }
    println!("  {uncited} {}", say::count(lang, c.uncited_sources.len()));
    for k in &c.uncited_sources {
        println!("    {k}");
    }
    println!("  {refused} {}", say::count(lang, c.refused.len()));
    for (record, problem) in &c.refused {
        println!("    {record}: {}", problem.localised(lang));
    }
    Ok(if c.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

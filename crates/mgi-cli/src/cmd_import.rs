//! `mgi import …`: published profiles (PDF, Word, text) into draft assessments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Subcommand};
use mgi_framework::Framework;
use mgi_i18n::tr;
use mgi_import::{Draft, ImportOptions, compare, import_profile};
use mgi_model::AssessmentDoc;

use crate::config::Global;
use crate::lang::messages_lang;
use crate::say;

// Help texts: help-import-profile-*, help-import-compare-*, help-bench-import-* in help.ftl (see help.rs).
#[derive(Args, Clone)]
pub struct ProfileArgs {
    pub file: PathBuf,
    #[arg(long)]
    pub jurisdiction: Option<String>,
    #[arg(long)]
    pub year: Option<i32>,
}

// Help texts: help-import-* in help.ftl (see help.rs).
#[derive(Subcommand)]
pub enum ImportCmd {
    Profile {
        #[command(flatten)]
        profile: ProfileArgs,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        report: Option<PathBuf>,
    },
    Profiles(crate::cmd_import_batch::ProfilesArgs),
    Compare {
        #[command(flatten)]
        profile: ProfileArgs,
        #[arg(long)]
        reference: PathBuf,
    },
}

impl ProfileArgs {
    /// What the command line says about the profile, for the importer.
    pub fn options(&self) -> ImportOptions {
        ImportOptions {
            jurisdiction: self.jurisdiction.clone(),
            year: self.year,
            localities: Vec::new(),
        }
    }
}

pub fn read_profile(
    framework: &Framework,
    args: &ProfileArgs,
) -> anyhow::Result<Result<Draft, String>> {
    let bytes = std::fs::read(&args.file).with_context(|| say::cannot_read(&args.file))?;
    Ok(import_profile(&bytes, &args.options(), framework)
        .map_err(|e| format!("{}: {}", args.file.display(), e.localised(messages_lang()))))
}

fn write(path: &Path, text: &str) -> anyhow::Result<()> {
    std::fs::write(path, text).with_context(|| say::cannot_write(path))
}

pub async fn run(global: &Global, cmd: ImportCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        ImportCmd::Profiles(args) => crate::cmd_import_batch::run(global, args).await,
        ImportCmd::Profile {
            profile,
            out,
            report,
        } => {
            let framework = global.load_framework()?;
            let draft = match read_profile(&framework, &profile)? {
                Ok(d) => d,
                Err(message) => {
                    eprintln!("{message}");
                    return Ok(ExitCode::FAILURE);
                }
            };
            let r = &draft.report;
            let lang = messages_lang();
            eprintln!(
                "{}",
                tr!(
                    lang,
                    "cli-import-report",
                    file = profile.file.display().to_string(),
                    lines = r.lines,
                    summaries = r.counts.summaries,
                    figures = r.counts.context_figures,
                    conventions = r.counts.conventions,
                    findings = r.counts.findings,
                    footnotes = r.counts.footnotes_attached,
                    sources = r.counts.sources,
                    consultations = r.counts.consultations,
                    unplaced = r.unplaced.len(),
                    warnings = r.warnings.len()
                )
            );
            for w in &r.warnings {
                eprintln!(
                    "  {}",
                    tr!(lang, "cli-import-warning", warning = w.localised(lang))
                );
            }
            for u in r.unplaced.iter().take(20) {
                eprintln!(
                    "  {}",
                    tr!(
                        lang,
                        "cli-import-unplaced",
                        line = u.line,
                        part = mgi_import::part_name(lang, &u.part),
                        text = u.text.chars().take(80).collect::<String>()
                    )
                );
            }
            if r.unplaced.len() > 20 {
                eprintln!(
                    "  {}",
                    tr!(lang, "cli-import-more", count = r.unplaced.len() - 20)
                );
            }
            if let Some(path) = report {
                write(&path, &serde_json::to_string_pretty(r)?)?;
            }
            let json = draft.doc.to_json();
            match out {
                Some(path) => write(&path, &(json + "\n"))?,
                None => println!("{json}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        ImportCmd::Compare { profile, reference } => {
            let framework = global.load_framework()?;
            let text = std::fs::read_to_string(&reference)
                .with_context(|| say::cannot_read(&reference))?;
            let reference = AssessmentDoc::from_json(&text, &framework)
                .with_context(|| format!("{}", reference.display()))?;
            let draft = match read_profile(&framework, &profile)? {
                Ok(d) => d,
                Err(message) => {
                    eprintln!("{message}");
                    return Ok(ExitCode::FAILURE);
                }
            };
            let c = compare(&draft.doc, &reference);
            println!("| measure | result |");
            println!("|---|---|");
            println!(
                "| findings recovered (same domain and kind) | {} |",
                c.findings
            );
            println!(
                "| findings in the draft / in the reference | {} / {} |",
                c.draft_findings,
                reference.findings.len()
            );
            for (part, r) in &c.findings_by_part {
                println!("| — {part} | {r} |");
            }
            println!("| sources found | {} |", c.sources_found);
            println!(
                "| source fields equal (issuer, title, year, amended, online, note) | {} |",
                c.source_fields
            );
            println!("| source kind guessed right | {} |", c.source_kind);
            println!("| context figures found | {} |", c.context);
            println!("| conventions read | {} |", c.conventions);
            println!("| indicator suggestion top-1 | {} |", c.suggestion_top1);
            println!("| indicator suggestion top-3 | {} |", c.suggestion_top3);
            println!(
                "| lines not placed | {} of {} |",
                draft.report.unplaced.len(),
                draft.report.lines
            );
            println!();
            for (what, ratio, target) in [
                ("findings recovered", &c.findings, 95.0),
                ("sources found", &c.sources_found, 95.0),
                ("indicator suggestion top-3", &c.suggestion_top3, 80.0),
            ] {
                crate::bench::verdict(
                    &format!("profile import, {what}"),
                    &format!("at least {target:.0} %"),
                    &ratio.to_string(),
                    ratio.percent() >= target,
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

//! `mgi`: the one program of the project. Each subcommand lives in its own module.

mod bench;
mod bench_http;
mod bench_portal;
mod cmd_assessment;
mod cmd_backup;
mod cmd_context;
mod cmd_demo;
mod cmd_export;
mod cmd_framework;
mod cmd_import;
mod cmd_render;
mod cmd_rounds;
mod cmd_serve;
mod cmd_user;
mod cmd_workbook;
mod config;
mod lang;
mod say;
mod synth;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use mgi_i18n::tr;

use crate::config::Global;

/// mgi runs the Migration Governance Indicators from start to finish: the framework as data,
/// assessments backed by cited sources, and their exchange as JSON documents.
#[derive(Parser)]
#[command(
    name = "mgi",
    version,
    about = "mgi: the Migration Governance Indicators from framework to published profile",
    after_help = EXAMPLES
)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

const EXAMPLES: &str = "Examples:
  mgi demo                          the portal on a fresh database with Mongolia 2023
  mgi serve --addr 0.0.0.0:8080     the portal on the configured database
  MGI_PASSWORD=… mgi user add ana --role analyst
  MGI_PASSWORD=… mgi user add gov --role focal-point --jurisdiction MNG
  mgi framework check ./framework   check framework files (problems as file:line)
  mgi framework show --json         the framework tree as JSON
  mgi assessment import a.json      store an assessment (all or nothing)
  mgi assessment export MNG 2023    one assessment as a JSON document
  mgi check MNG 2023                findings without indicator, uncited sources
  mgi import profile profile.txt    a published profile into a draft (JSON)
  mgi render MNG 2023 --format pdf -o mongolia-2023.pdf
  mgi round new MNG 2026 --from 2023   the next round, evidence carried over to re-verify
  mgi diff MNG 2023 2026 --json     progress between two rounds
  mgi aggregate gcm --json          GCM objectives over the latest published rounds
  mgi export data --out open-data   a Frictionless data package of what is published
  mgi context import wb.csv         World Bank / UN DESA figures into the working rounds
  mgi workbook export MNG 2026 -o q.xlsx; mgi workbook import MNG 2026 q.xlsx
  mgi user token ana --label sync   an API token (Authorization: Bearer …)
  mgi backup mgi-backup.db          a consistent copy while serving; mgi --db NEW restore FILE

The database is an SQLite file in the data folder unless --db (or MGI_DATABASE_URL)
gives a postgres:// URL.";

#[derive(Subcommand)]
enum Command {
    /// Check or show the indicator framework.
    #[command(subcommand)]
    Framework(cmd_framework::FrameworkCmd),
    /// Import, export, validate and list assessments.
    #[command(subcommand)]
    Assessment(cmd_assessment::AssessmentCmd),
    /// The profile of a stored assessment as a web page, Markdown or PDF (drafts carry a DRAFT mark).
    Render(cmd_render::RenderArgs),
    /// Read published profiles (text) into draft assessments.
    #[command(subcommand)]
    Import(cmd_import::ImportCmd),
    /// Consistency of an assessment's evidence: findings without indicator, citations of unknown
    /// sources, sources never cited. Exits 1 when any is found.
    Check {
        /// ISO3 code of a country (MNG) or a locality id (GHA-accra).
        jurisdiction: String,
        year: i32,
    },
    /// The demo: a fresh embedded database with the framework and the reference assessment,
    /// served as the public portal.
    Demo(cmd_demo::DemoArgs),
    /// Serve the web application (portal and signed-in work) on the database.
    Serve(cmd_serve::ServeArgs),
    /// Accounts of the web application.
    #[command(subcommand)]
    User(cmd_user::UserCmd),
    /// Context figures from downloaded tables (UN DESA migrant stock, World Bank remittances).
    #[command(subcommand)]
    Context(cmd_context::ContextCmd),
    /// Open data from the published assessments (Frictionless data package, CSL-JSON).
    #[command(subcommand)]
    Export(cmd_export::ExportCmd),
    /// Questionnaire workbooks (XLSX) for desk research: export, then import the filled one.
    #[command(subcommand)]
    Workbook(cmd_workbook::WorkbookCmd),
    /// Follow-up rounds.
    #[command(subcommand)]
    Round(cmd_rounds::RoundCmd),
    /// Progress between two stored rounds of a jurisdiction: new, strengthened, unchanged,
    /// weakened or retired per indicator, changed sources, findings that moved.
    Diff(cmd_rounds::DiffArgs),
    /// Aggregate views over the latest published rounds: gcm or sdg (indicative).
    Aggregate(cmd_rounds::AggregateArgs),
    /// A consistent copy of the database, taken while it serves (SQLite VACUUM INTO, or pg_dump).
    Backup { file: std::path::PathBuf },
    /// A backup into an empty database (a new SQLite file, or an empty PostgreSQL database).
    Restore { file: std::path::PathBuf },
    /// Benchmarks (not tests): print a table of measurements.
    #[command(subcommand)]
    Bench(bench::BenchCmd),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let lang = lang::messages_lang();
            let message = tr!(lang, "cli-no-runtime", reason = e.to_string());
            eprintln!("{}", tr!(lang, "cli-error", message = message));
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Framework(cmd) => cmd_framework::run(&cli.global, cmd),
            Command::Assessment(cmd) => cmd_assessment::run(&cli.global, cmd).await,
            Command::Import(cmd) => cmd_import::run(&cli.global, cmd),
            Command::Render(args) => cmd_render::run(&cli.global, args).await,
            Command::Check { jurisdiction, year } => {
                cmd_assessment::check(&cli.global, &jurisdiction, year).await
            }
            Command::Demo(args) => cmd_demo::run(&cli.global, args).await,
            Command::Serve(args) => cmd_serve::run(&cli.global, args).await,
            Command::User(cmd) => cmd_user::run(&cli.global, cmd).await,
            Command::Context(cmd) => cmd_context::run(&cli.global, cmd).await,
            Command::Export(cmd) => cmd_export::run(&cli.global, cmd).await,
            Command::Workbook(cmd) => cmd_workbook::run(&cli.global, cmd).await,
            Command::Round(cmd) => cmd_rounds::round(&cli.global, cmd).await,
            Command::Diff(args) => cmd_rounds::diff_cmd(&cli.global, args).await,
            Command::Aggregate(args) => cmd_rounds::aggregate(&cli.global, args).await,
            Command::Backup { file } => cmd_backup::backup(&cli.global, &file).await,
            Command::Restore { file } => cmd_backup::restore(&cli.global, &file).await,
            Command::Bench(cmd) => bench::run(&cli.global, cmd).await,
        }
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", say::error_line(lang::messages_lang(), &e));
            ExitCode::FAILURE
        }
    }
}

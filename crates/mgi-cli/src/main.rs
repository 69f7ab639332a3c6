//! `mgi`: the one program of the project. Each subcommand lives in its own module.

mod bench;
mod cmd_assessment;
mod cmd_demo;
mod cmd_framework;
mod cmd_import;
mod cmd_render;
mod config;
mod synth;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::Global;

/// mgi runs the Migration Governance Indicators from start to finish: the framework as data,
/// assessments backed by cited sources, and their exchange as JSON documents.
#[derive(Parser)]
#[command(name = "mgi", version, about, long_about = None, after_help = EXAMPLES)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

const EXAMPLES: &str = "Examples:
  mgi demo                                   load the framework and the Mongolia 2023 reference into a fresh database
  mgi framework check                        check the embedded framework files
  mgi framework check ./framework            check a folder of framework files (errors name file:line)
  mgi framework show --json                  the framework tree as JSON
  mgi assessment import mongolia-2023.json   store an assessment (nothing is stored if any part is invalid)
  mgi assessment export MNG 2023 > a.json    one assessment as a JSON document
  mgi check MNG 2023                         findings without indicators, unknown and uncited sources
  mgi import profile profile.txt --out draft.json --report report.json
  mgi render MNG 2023 --format html -o mongolia-2023.html
  MGI_DATABASE_URL=postgres://u@host/mgi mgi assessment list

The database is an SQLite file in the data folder unless --db (or MGI_DATABASE_URL) gives a
postgres:// URL.";

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
    /// Start the demo: a fresh embedded database with the framework and the reference assessment.
    Demo(cmd_demo::DemoArgs),
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
            eprintln!("error: cannot start the async runtime: {e}");
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
            Command::Bench(cmd) => bench::run(&cli.global, cmd).await,
        }
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

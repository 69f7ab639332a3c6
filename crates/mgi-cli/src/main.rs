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
mod cmd_import_batch;
mod cmd_render;
mod cmd_rounds;
mod cmd_serve;
mod cmd_user;
mod cmd_workbook;
mod config;
mod help;
mod lang;
mod say;
mod synth;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use mgi_i18n::tr;

use crate::config::Global;

// The help of every command and argument comes from help.ftl (see `help`), none from here.
#[derive(Parser)]
#[command(name = "mgi", version)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    #[command(subcommand)]
    Framework(cmd_framework::FrameworkCmd),
    #[command(subcommand)]
    Assessment(cmd_assessment::AssessmentCmd),
    Render(cmd_render::RenderArgs),
    #[command(subcommand)]
    Import(cmd_import::ImportCmd),
    Check {
        jurisdiction: String,
        year: i32,
    },
    Demo(cmd_demo::DemoArgs),
    Serve(cmd_serve::ServeArgs),
    #[command(subcommand)]
    User(cmd_user::UserCmd),
    #[command(subcommand)]
    Context(cmd_context::ContextCmd),
    #[command(subcommand)]
    Export(cmd_export::ExportCmd),
    #[command(subcommand)]
    Workbook(cmd_workbook::WorkbookCmd),
    #[command(subcommand)]
    Round(cmd_rounds::RoundCmd),
    Diff(cmd_rounds::DiffArgs),
    Aggregate(cmd_rounds::AggregateArgs),
    Backup {
        file: std::path::PathBuf,
    },
    Restore {
        file: std::path::PathBuf,
    },
    #[command(subcommand)]
    Bench(bench::BenchCmd),
}

fn main() -> ExitCode {
    let cli: Cli = help::parse(Cli::command(), lang::messages_lang());
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
            Command::Import(cmd) => cmd_import::run(&cli.global, cmd).await,
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

//! `mgi render`: the profile of a stored assessment, as a web page, Markdown or PDF.

use std::path::PathBuf;
use std::process::ExitCode;

use std::io::{IsTerminal, Write};

use anyhow::Context;
use clap::{Args, ValueEnum};
use mgi_i18n::tr;
use mgi_profile::{Lang, build_in, html, markdown, pdf};

use crate::config::Global;
use crate::lang::messages_lang;
use crate::say;

// Help texts: help-render-format-* in help.ftl (see help.rs).
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Html,
    Md,
    Pdf,
}

// Help texts: help-render-* in help.ftl (see help.rs).
#[derive(Args)]
pub struct RenderArgs {
    pub jurisdiction: String,
    pub year: i32,
    #[arg(long, value_enum, default_value = "html")]
    pub format: Format,
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
    #[arg(long, short)]
    pub out: Option<PathBuf>,
}

/// A language code as `Lang` reads it; the error names the accepted codes.
fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
}

pub async fn run(global: &Global, args: RenderArgs) -> anyhow::Result<ExitCode> {
    let publication = global.load_config()?.publication;
    let store = global.open_store().await?;
    let doc = store
        .export_assessment(&args.jurisdiction, args.year)
        .await?;
    let profile = build_in(&doc, store.framework(), &publication, args.lang);
    let bytes = match args.format {
        Format::Html => html(&profile).into_bytes(),
        Format::Md => markdown(&profile).into_bytes(),
        Format::Pdf => pdf(&profile)?,
    };
    match args.out {
        Some(path) => std::fs::write(&path, bytes).with_context(|| say::cannot_write(&path))?,
        None if matches!(args.format, Format::Pdf) && std::io::stdout().is_terminal() => {
            eprintln!("{}", tr!(messages_lang(), "cli-render-pdf-terminal"));
            return Ok(ExitCode::FAILURE);
        }
        None => std::io::stdout().write_all(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

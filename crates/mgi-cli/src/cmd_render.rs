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

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// One standalone, accessible HTML page.
    Html,
    /// Pandoc-compatible Markdown (for people who edit in Word: `pandoc profile.md -o profile.docx`).
    Md,
    /// A4 PDF with a contents page, page numbers and footnotes at the foot of the page.
    Pdf,
}

#[derive(Args)]
pub struct RenderArgs {
    /// ISO3 code (MNG) or locality id (GHA-accra).
    pub jurisdiction: String,
    pub year: i32,
    #[arg(long, value_enum, default_value = "html")]
    pub format: Format,
    /// Language of the profile: en, fr or es. Texts of the assessment that exist only in
    /// another language are shown in it, with a note.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
    /// Write here instead of standard output.
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

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use mgi_framework::{Framework, RECONSTRUCTION_NOTICE};
use mgi_i18n::{Lang, tr};

use crate::config::Global;
use crate::lang::messages_lang;

#[derive(Subcommand)]
pub enum FrameworkCmd {
    /// Load and check framework files: one-line summary and exit 0, or every problem with
    /// file:line and exit 1. Without DIR, checks the files built into mgi.
    Check { dir: Option<PathBuf> },
    /// Print the framework tree: sets, domains, indicators with their GCM and SDG mappings.
    Show {
        /// Machine-readable JSON: {"frameworks":[{"id","version","level","domains":[...]}]}
        #[arg(long)]
        json: bool,
        /// Language of the texts (falls back to English).
        #[arg(long, default_value = "en")]
        lang: String,
    },
}

pub fn run(global: &Global, cmd: FrameworkCmd) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    match cmd {
        FrameworkCmd::Check { dir } => {
            let loaded = match dir.as_ref().or(global.framework.as_ref()) {
                Some(dir) => Framework::load_dir(dir),
                None => Framework::embedded(),
            };
            match loaded {
                Ok(fw) => {
                    println!("{}", summary(lang, &fw));
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    for p in &e.problems {
                        eprintln!("{p}");
                    }
                    eprintln!(
                        "{}",
                        tr!(lang, "cli-framework-not-loaded", count = e.problems.len())
                    );
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        FrameworkCmd::Show { json, lang } => {
            let fw = global.load_framework()?;
            let tree = fw.tree(&lang);
            if json {
                println!("{}", serde_json::to_string_pretty(&tree)?);
            } else {
                println!("{RECONSTRUCTION_NOTICE}\n");
                for set in &tree.frameworks {
                    println!("{} v{} ({}): {}", set.id, set.version, set.level, set.title);
                    for d in &set.domains {
                        println!("  {}. {} [{}]", d.number, d.name, d.id);
                        for i in &d.indicators {
                            let sdg = if i.sdg.is_empty() {
                                String::new()
                            } else {
                                format!(" SDG {}", i.sdg.join(","))
                            };
                            let gcm: Vec<String> = i.gcm.iter().map(u8::to_string).collect();
                            println!(
                                "     {:<34} {}  (GCM {}{sdg})",
                                i.id,
                                i.question,
                                gcm.join(",")
                            );
                        }
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// One line on a framework that loaded: its indicators, sets, GCM objectives, SDG 10.7.2
/// sub-categories and crosswalks.
pub fn summary(lang: Lang, fw: &Framework) -> String {
    let sets: Vec<String> = fw
        .sets
        .iter()
        .map(|s| {
            tr!(
                lang,
                "cli-framework-set",
                set = &s.id,
                version = s.version.to_string(),
                count = s.indicator_ids().count()
            )
        })
        .collect();
    tr!(
        lang,
        "cli-framework-summary",
        indicators = fw.indicators.len(),
        sets = sets.join(", "),
        objectives = fw.gcm.len(),
        subcategories = fw.sdg.subcategories.len(),
        crosswalks = fw.crosswalks.len()
    )
}

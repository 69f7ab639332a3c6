use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use mgi_framework::{Framework, RECONSTRUCTION_NOTICE};
use mgi_i18n::{Lang, tr};

use crate::config::Global;
use crate::lang::messages_lang;

// Help texts: help-framework-* in help.ftl (see help.rs).
#[derive(Subcommand)]
pub enum FrameworkCmd {
    Check {
        dir: Option<PathBuf>,
    },
    Show {
        #[arg(long)]
        json: bool,
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
                        eprintln!("{}", p.localised(lang));
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
                                "     {:<34} {}  (GCM {}{sdg})\n     {:<34} {}",
                                i.id,
                                i.name,
                                gcm.join(","),
                                "",
                                i.question
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

//! `mgi round`, `mgi diff`, `mgi aggregate`: follow-up rounds, progress between rounds, and the
//! GCM and indicative SDG 10.7.2 views, as text or JSON.

use std::fmt::Write;
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};
use mgi_framework::Level;
use mgi_model::diff::{Change, diff};

use crate::config::Global;

#[derive(Subcommand)]
pub enum RoundCmd {
    /// Start the next round of a jurisdiction from a stored one: answers, findings, sources and
    /// context carried over through the framework's crosswalks, every answer "carried over" to
    /// re-verify.
    New {
        /// ISO3 code (MNG) or locality id (GHA-accra).
        jurisdiction: String,
        year: i32,
        /// The round to start from.
        #[arg(long)]
        from: i32,
    },
}

#[derive(Args)]
pub struct DiffArgs {
    jurisdiction: String,
    /// The earlier round.
    year1: i32,
    /// The later round.
    year2: i32,
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum View {
    /// Answers per value on the indicators of each GCM objective, globally and per region.
    Gcm,
    /// Indicative SDG 10.7.2 readings per jurisdiction and domain.
    Sdg,
}

#[derive(Args)]
pub struct AggregateArgs {
    view: View,
    /// Localities instead of countries.
    #[arg(long)]
    local: bool,
    #[arg(long)]
    json: bool,
}

pub async fn round(global: &Global, cmd: RoundCmd) -> anyhow::Result<ExitCode> {
    let RoundCmd::New {
        jurisdiction,
        year,
        from,
    } = cmd;
    let store = global.open_store().await?;
    let report = store.new_round(&jurisdiction, from, year, "cli").await?;
    println!(
        "round {jurisdiction} {year} started from {from}: {} answers carried over (to re-verify), {} indicators without an answer",
        report.answers,
        report.unanswered.len()
    );
    if !report.retired.is_empty() {
        println!("retired by the framework: {}", report.retired.join(", "));
    }
    if !report.merged_conflicts.is_empty() {
        println!(
            "merged from disagreeing answers, set to unknown: {}",
            report.merged_conflicts.join(", ")
        );
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn diff_cmd(global: &Global, args: DiffArgs) -> anyhow::Result<ExitCode> {
    let store = global.open_store().await?;
    let earlier = store
        .export_assessment(&args.jurisdiction, args.year1)
        .await?;
    let later = store
        .export_assessment(&args.jurisdiction, args.year2)
        .await?;
    let d = diff(&earlier, &later, store.framework())?;
    store.close().await;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&d)?);
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = format!("{} from {} to {}\n", d.jurisdiction, d.from_year, d.to_year);
    for c in Change::ALL {
        let _ = writeln!(out, "  {:<13}{}", c.as_str(), d.count(c));
    }
    for c in d
        .indicators
        .iter()
        .filter(|c| c.change != Change::Unchanged)
    {
        let v = |v: Option<mgi_model::AnswerValue>| v.map_or("-", |v| v.as_str());
        let _ = writeln!(
            out,
            "{:<13}{:<36}{} -> {}",
            c.change.as_str(),
            c.indicator,
            v(c.before),
            v(c.after)
        );
    }
    for s in &d.sources {
        let _ = writeln!(out, "source {:?}: {} ({})", s.kind, s.title, s.key);
    }
    for m in &d.finding_moves {
        let _ = writeln!(
            out,
            "finding on {}: {} -> {}",
            m.indicator,
            m.from.as_str(),
            m.to.as_str()
        );
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

pub async fn aggregate(global: &Global, args: AggregateArgs) -> anyhow::Result<ExitCode> {
    let level = if args.local {
        Level::Local
    } else {
        Level::National
    };
    let store = global.open_store().await?;
    let mut out = String::new();
    match args.view {
        View::Gcm => {
            let view = store.gcm_view(level).await?;
            if args.json {
                out = serde_json::to_string_pretty(&view)?;
            } else {
                let _ = writeln!(
                    out,
                    "GCM objectives over {} jurisdiction(s); answers per value (not applicable left out)",
                    view.jurisdictions.values().sum::<u64>()
                );
                let _ = writeln!(
                    out,
                    "{:>3}  {:>8} {:>8} {:>8} {:>8}  title",
                    "obj", "present", "partial", "absent", "unknown"
                );
                for o in &view.objectives {
                    let c = &o.counts.global;
                    let _ = writeln!(
                        out,
                        "{:>3}  {:>8} {:>8} {:>8} {:>8}  {}",
                        o.number, c.present, c.partial, c.absent, c.unknown, o.title
                    );
                }
            }
        }
        View::Sdg => {
            let view = store.sdg_view(level).await?;
            if args.json {
                out = serde_json::to_string_pretty(&view)?;
            } else {
                let _ = writeln!(out, "{}.", view.notice);
                for r in &view.jurisdictions {
                    let cells: Vec<String> = r
                        .domains
                        .iter()
                        .map(|d| match (d.value, &d.category) {
                            (Some(v), Some(c)) => format!("{}:{v:.0} {c}", d.number),
                            _ => format!("{}:-", d.number),
                        })
                        .collect();
                    let _ = writeln!(
                        out,
                        "{} {} {}: {}",
                        r.jurisdiction,
                        r.year,
                        r.name,
                        cells.join(" | ")
                    );
                }
            }
        }
    }
    store.close().await;
    println!("{}", out.trim_end());
    Ok(ExitCode::SUCCESS)
}

//! `mgi round`, `mgi diff`, `mgi aggregate`: follow-up rounds, progress between rounds, and the
//! GCM and indicative SDG 10.7.2 views, as text or JSON.

use mgi_i18n::Localise;
use std::fmt::Write;
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};
use mgi_framework::Level;
use mgi_i18n::tr;
use mgi_model::diff::{Change, SourceChangeKind, diff};

use crate::config::Global;
use crate::lang::messages_lang;

// Help texts: help-round-* in help.ftl (see help.rs).
#[derive(Subcommand)]
pub enum RoundCmd {
    New {
        jurisdiction: String,
        year: i32,
        #[arg(long)]
        from: i32,
    },
}

// Help texts: help-diff-* in help.ftl (see help.rs).
#[derive(Args)]
pub struct DiffArgs {
    jurisdiction: String,
    year1: i32,
    year2: i32,
    #[arg(long)]
    json: bool,
}

// Help texts: help-aggregate-view-* in help.ftl (see help.rs).
#[derive(Clone, Copy, ValueEnum)]
pub enum View {
    Gcm,
    Sdg,
}

// Help texts: help-aggregate-* in help.ftl (see help.rs).
#[derive(Args)]
pub struct AggregateArgs {
    view: View,
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
    let lang = messages_lang();
    let store = global.open_store().await?;
    let report = store.new_round(&jurisdiction, from, year, "cli").await?;
    println!(
        "{}",
        tr!(
            lang,
            "cli-round-started",
            jurisdiction = &jurisdiction,
            year = year.to_string(),
            from = from.to_string(),
            answers = report.answers,
            unanswered = report.unanswered.len()
        )
    );
    if !report.retired.is_empty() {
        let indicators = report.retired.join(", ");
        println!(
            "{}",
            tr!(lang, "cli-round-retired", indicators = indicators)
        );
    }
    if !report.merged_conflicts.is_empty() {
        let indicators = report.merged_conflicts.join(", ");
        println!("{}", tr!(lang, "cli-round-merged", indicators = indicators));
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
    let framework = store.framework();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&d)?);
        store.close().await;
        return Ok(ExitCode::SUCCESS);
    }
    let lang = messages_lang();
    let change = |c: Change| c.localise(lang);
    let mut out = tr!(
        lang,
        "cli-diff-heading",
        jurisdiction = &d.jurisdiction,
        from = d.from_year.to_string(),
        to = d.to_year.to_string()
    ) + "\n";
    for c in Change::ALL {
        let _ = writeln!(out, "  {:<13}{}", change(c), d.count(c));
    }
    let line = |c: &mgi_model::diff::IndicatorChange| {
        let v = |v: Option<mgi_model::AnswerValue>| {
            v.map_or_else(|| "-".to_owned(), |v| v.localise(lang))
        };
        let name = framework.indicator_name(&c.indicator, lang.code());
        format!(
            "{:<13}{name}: {} -> {}",
            change(c.change),
            v(c.before),
            v(c.after)
        )
    };
    for c in d
        .indicators
        .iter()
        .filter(|c| c.change != Change::Unchanged)
    {
        let _ = writeln!(out, "{}", line(c));
    }
    for s in &d.sources {
        let kind = match s.kind {
            SourceChangeKind::New => "new",
            SourceChangeKind::Amended => "amended",
            SourceChangeKind::Removed => "removed",
        };
        let line = tr!(
            lang,
            "cli-diff-source",
            kind = kind,
            title = &s.title,
            key = &s.key
        );
        let _ = writeln!(out, "{line}");
    }
    let kind = |k: mgi_model::FindingKind| k.localise(lang);
    for m in &d.finding_moves {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                lang,
                "cli-diff-finding-moved",
                indicator = &m.indicator,
                from = kind(m.from),
                to = kind(m.to)
            )
        );
    }
    for (new, list) in [(true, &d.new_findings), (false, &d.retired_findings)] {
        for f in list {
            let (finding, kind, text) = (&f.key, kind(f.kind), f.text_in(lang.code()).0);
            let line = if new {
                tr!(
                    lang,
                    "cli-diff-finding-new",
                    finding = finding,
                    kind = kind,
                    text = text
                )
            } else {
                tr!(
                    lang,
                    "cli-diff-finding-retired",
                    finding = finding,
                    kind = kind,
                    text = text
                )
            };
            let _ = writeln!(out, "{line}");
        }
    }
    let status = |s: Option<mgi_model::PriorityStatus>| {
        tr!(
            lang,
            "priority-status",
            status = s.map_or("none", |s| s.as_str())
        )
    };
    for p in &d.priorities {
        let heading = tr!(
            lang,
            "cli-diff-priority",
            text = &p.text,
            before = status(p.before),
            after = status(p.after)
        );
        let _ = writeln!(out, "{heading}");
        for n in &p.notes {
            let _ = writeln!(out, "    {}: {}", mgi_i18n::date(lang, n.date), n.text);
        }
        for c in &p.indicators {
            let _ = writeln!(out, "    {}", line(c));
        }
    }
    print!("{out}");
    store.close().await;
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
                let count = view.jurisdictions.values().sum::<u64>();
                let count = i64::try_from(count).unwrap_or(i64::MAX);
                let _ = writeln!(
                    out,
                    "{}",
                    tr!(messages_lang(), "cli-aggregate-gcm", count = count)
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

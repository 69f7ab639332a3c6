//! `mgi bench …`: measurements printed as a table. Not tests: nothing here passes or fails.

use std::process::ExitCode;
use std::time::Instant;

use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use mgi_store::{ImportMode, Store};

use crate::config::Global;
use crate::synth::{Sizes, dataset};

#[derive(Subcommand)]
pub enum BenchCmd {
    /// Generate the synthetic dataset and bulk-load it into a fresh database (--db, or a new
    /// SQLite file in a temporary folder); print rows, seconds, rows/s and peak memory.
    Load {
        #[arg(long, default_value_t = 200)]
        countries: usize,
        #[arg(long, default_value_t = 500)]
        localities: usize,
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        /// Assessments per transaction.
        #[arg(long, default_value_t = 100)]
        batch: usize,
    },
    /// Import a profile text many times in this process; print min, median and p90 times.
    Import {
        #[command(flatten)]
        profile: crate::cmd_import::ProfileArgs,
        #[arg(long, default_value_t = 200)]
        runs: usize,
    },
}

/// Peak resident memory of this process in MiB (Linux), if known.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

pub async fn run(global: &Global, cmd: BenchCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        BenchCmd::Load {
            countries,
            localities,
            rounds,
            batch,
        } => load(global, countries, localities, rounds, batch).await,
        BenchCmd::Import { profile, runs } => import(global, &profile, runs),
    }
}

fn import(
    global: &Global,
    profile: &crate::cmd_import::ProfileArgs,
    runs: usize,
) -> anyhow::Result<ExitCode> {
    let framework = global.load_framework()?;
    let bytes = std::fs::read(&profile.file)?;
    let options = mgi_import::ImportOptions {
        jurisdiction: profile.jurisdiction.clone(),
        year: profile.year,
    };
    let mut times = Vec::with_capacity(runs);
    let mut findings = 0;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let draft = mgi_import::import_profile(&bytes, &options, &framework)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        findings = draft.doc.findings.len();
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "profile import: {} ({} bytes, {findings} findings), {} runs in one process",
        profile.file.display(),
        bytes.len(),
        times.len()
    );
    println!();
    println!("| min (ms) | median (ms) | p90 (ms) |");
    println!("|---:|---:|---:|");
    println!("| {:.2} | {:.2} | {:.2} |", at(0.0), at(0.5), at(0.9));
    Ok(ExitCode::SUCCESS)
}

async fn load(
    global: &Global,
    countries: usize,
    localities: usize,
    rounds: usize,
    batch: usize,
) -> anyhow::Result<ExitCode> {
    let framework = global.load_framework()?;
    let temp = tempfile::tempdir()?;
    let url = global
        .db
        .clone()
        .unwrap_or_else(|| temp.path().join("bench.db").display().to_string());
    let generated = Instant::now();
    let docs = dataset(
        &framework,
        &Sizes {
            countries,
            localities,
            rounds,
        },
    );
    let generate_secs = generated.elapsed().as_secs_f64();
    let store = Store::open(&url, framework).await?;
    let bar = ProgressBar::new(docs.len() as u64).with_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} assessments")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(format!("loading into {}", store.backend()));
    let started = Instant::now();
    for chunk in docs.chunks(batch.max(1)) {
        store.import_many(chunk, "bench", ImportMode::New).await?;
        bar.inc(chunk.len() as u64);
    }
    let secs = started.elapsed().as_secs_f64();
    bar.finish_and_clear();
    let counts = store.row_counts().await?;
    let rows: i64 = counts.iter().map(|(_, n)| n).sum();
    store.close().await;
    println!(
        "bulk load: {countries} countries + {localities} localities x {rounds} rounds = {} assessments (generated in {generate_secs:.2} s)",
        docs.len()
    );
    println!();
    println!("| backend | rows | seconds | rows/s | peak RSS (MiB) |");
    println!("|---|---:|---:|---:|---:|");
    println!(
        "| {} | {rows} | {secs:.2} | {:.0} | {} |",
        if url.starts_with("postgres") {
            "postgres"
        } else {
            "sqlite"
        },
        rows as f64 / secs,
        peak_rss_mib().map_or("?".to_owned(), |m| format!("{m:.0}"))
    );
    println!();
    for (table, n) in counts {
        println!("  {table:<16} {n:>9}");
    }
    Ok(ExitCode::SUCCESS)
}

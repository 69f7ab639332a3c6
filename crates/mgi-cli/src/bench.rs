//! `mgi bench …`: measurements printed as a table. Not tests: nothing here passes or fails.

use std::process::ExitCode;
use std::time::Instant;

use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use mgi_store::{ImportMode, Store};

use crate::config::Global;
use crate::synth::{Sizes, dataset};

// Help texts: help-bench-* in help.ftl (see help.rs).
#[derive(Subcommand)]
pub enum BenchCmd {
    Load {
        #[arg(long, default_value_t = 200)]
        countries: usize,
        #[arg(long, default_value_t = 500)]
        localities: usize,
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        #[arg(long, default_value_t = 100)]
        batch: usize,
    },
    Render {
        jurisdiction: String,
        year: i32,
        #[arg(long, default_value_t = 20)]
        runs: usize,
    },
    Portal {
        #[arg(long, default_value_t = 30)]
        runs: usize,
    },
    Http {
        #[arg(long, default_value_t = 200)]
        clients: usize,
        #[arg(long, default_value_t = 60)]
        seconds: u64,
        #[arg(long)]
        json: bool,
    },
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
        BenchCmd::Portal { runs } => crate::bench_portal::run(global, runs).await,
        BenchCmd::Http {
            clients,
            seconds,
            json,
        } => crate::bench_http::run(global, clients, seconds, json).await,
        BenchCmd::Render {
            jurisdiction,
            year,
            runs,
        } => render(global, &jurisdiction, year, runs).await,
    }
}

/// A verdict line of the benchmark report (`scripts/bench` gathers them into its summary): what
/// was measured, its target, the measurement, and whether the target is met.
pub(crate) fn verdict(what: &str, target: &str, measured: &str, met: bool) {
    println!(
        "- target: {what}: {target}; measured {measured}: {}",
        if met { "met" } else { "missed" }
    );
}

/// The value at quantile `q` (0..=1) of sorted values, 0 when there are none.
pub(crate) fn quantile(sorted: &[f64], q: f64) -> f64 {
    let i = ((sorted.len().saturating_sub(1)) as f64 * q).round() as usize;
    sorted.get(i).copied().unwrap_or(0.0)
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    quantile(&times, 0.5)
}

/// Milliseconds of `runs` runs of `f`, median.
fn time_ms<T>(runs: usize, mut f: impl FnMut() -> anyhow::Result<T>) -> anyhow::Result<f64> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        std::hint::black_box(f()?);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    Ok(median(times))
}

fn run_process(cmd: &mut std::process::Command) -> anyhow::Result<()> {
    let out = cmd.output()?;
    anyhow::ensure!(
        out.status.success(),
        "{:?} failed: {}",
        cmd,
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

async fn render(
    global: &Global,
    jurisdiction: &str,
    year: i32,
    runs: usize,
) -> anyhow::Result<ExitCode> {
    let store = global.open_store().await?;
    let doc = store.export_assessment(jurisdiction, year).await?;
    let publication = global.load_config()?.publication;
    let profile = mgi_profile::build(&doc, store.framework(), &publication);
    store.close().await;
    println!("render {jurisdiction} {year}: median of {runs} runs");
    println!();
    println!("| step | median (ms) |");
    println!("|---|---:|");
    let build = time_ms(runs, || {
        Ok(mgi_profile::build(&doc, store.framework(), &publication))
    })?;
    println!("| build the profile document | {build:.2} |");
    let html = time_ms(runs, || Ok(mgi_profile::html(&profile)))?;
    println!("| HTML | {html:.2} |");
    let md = time_ms(runs, || Ok(mgi_profile::markdown(&profile)))?;
    println!("| Markdown | {md:.2} |");
    mgi_profile::pdf(&profile)?; // the first run loads the fonts
    let pdf = time_ms(runs, || Ok(mgi_profile::pdf(&profile)?))?;
    println!("| PDF (fonts loaded) | {pdf:.2} |");
    println!();
    verdict(
        "profile PDF",
        "under 1 s",
        &format!("{pdf:.0} ms"),
        pdf < 1000.0,
    );

    let dir = tempfile::tempdir()?;
    let md_file = dir.path().join("profile.md");
    std::fs::write(&md_file, mgi_profile::markdown(&profile))?;
    let exe = std::env::current_exe()?;
    let db = global.db_url();
    let out = dir.path().join("mgi.html");
    let mgi_ms = time_ms(runs, || {
        run_process(
            std::process::Command::new(&exe)
                .args(["--db", &db, "render", jurisdiction, &year.to_string(), "-o"])
                .arg(&out),
        )
    })?;
    println!();
    println!("| whole process (from the database, or pandoc from Markdown) | median (ms) |");
    println!("|---|---:|");
    println!("| mgi render --format html (from the database) | {mgi_ms:.1} |");
    let pdf_out = dir.path().join("mgi.pdf");
    let pdf_process_ms = time_ms(runs, || {
        run_process(
            std::process::Command::new(&exe)
                .args(["--db", &db, "render", jurisdiction, &year.to_string()])
                .args(["--format", "pdf", "-o"])
                .arg(&pdf_out),
        )
    })?;
    println!("| mgi render --format pdf (fonts loaded by the process) | {pdf_process_ms:.1} |");
    let pandoc_out = dir.path().join("pandoc.html");
    match time_ms(runs, || {
        run_process(
            std::process::Command::new("pandoc")
                .arg(&md_file)
                .arg("--standalone")
                .arg("-o")
                .arg(&pandoc_out),
        )
    }) {
        Ok(pandoc_ms) => {
            println!("| pandoc profile.md --standalone -o profile.html | {pandoc_ms:.1} |");
            let ratio = mgi_ms / pandoc_ms;
            println!("| ratio mgi / pandoc | {ratio:.3} |");
            println!();
            verdict(
                "profile web page, whole process",
                "at most 0.2 × pandoc",
                &format!("{ratio:.3} × pandoc"),
                ratio <= 0.2,
            );
        }
        Err(e) => println!("| pandoc | not run: {e} |"),
    }
    verdict(
        "profile PDF, whole process",
        "under 1 s",
        &format!("{pdf_process_ms:.0} ms"),
        pdf_process_ms < 1000.0,
    );
    Ok(ExitCode::SUCCESS)
}

fn import(
    global: &Global,
    profile: &crate::cmd_import::ProfileArgs,
    runs: usize,
) -> anyhow::Result<ExitCode> {
    let framework = global.load_framework()?;
    let bytes = std::fs::read(&profile.file)?;
    let options = profile.options();
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
    println!();
    verdict(
        "profile import of the seed, median",
        "under 10 ms",
        &format!("{:.2} ms", at(0.5)),
        at(0.5) < 10.0,
    );
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
    // The portal is measured next: give the planner the statistics autovacuum would.
    let analyzed = Instant::now();
    store.analyze().await?;
    let analyze_secs = analyzed.elapsed().as_secs_f64();
    let counts = store.row_counts().await?;
    let rows: i64 = counts.iter().map(|(_, n)| n).sum();
    store.close().await;
    println!(
        "bulk load: {countries} countries + {localities} localities x {rounds} rounds = {} assessments (generated in {generate_secs:.2} s; planner statistics refreshed after the load in {analyze_secs:.2} s, not counted)",
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
    if !url.starts_with("postgres") {
        verdict(
            "bulk load of the synthetic dataset into SQLite",
            "under 10 s",
            &format!("{secs:.1} s"),
            secs < 10.0,
        );
        println!();
    }
    println!("| table | rows |");
    println!("|---|---:|");
    for (table, n) in counts {
        println!("| {table} | {n} |");
    }
    Ok(ExitCode::SUCCESS)
}

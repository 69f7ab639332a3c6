//! `mgi demo`: a fresh embedded database with the framework and the reference assessments.

use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use include_dir::{Dir, include_dir};
use mgi_model::{AssessmentDoc, check_consistency};
use mgi_store::{ImportMode, Store};

use crate::cmd_framework::summary;
use crate::config::Global;

/// The hand-built reference assessments shipped with mgi (data/reference/*.json).
static REFERENCE: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../data/reference");

#[derive(Args)]
pub struct DemoArgs {
    /// Keep the demo database in the data folder instead of a temporary folder.
    #[arg(long)]
    pub keep: bool,
    /// Address of the portal.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// Load and print the summary, then stop (no portal).
    #[arg(long)]
    pub no_serve: bool,
}

/// The reference documents, checked against the framework.
pub fn reference_docs(framework: &mgi_framework::Framework) -> anyhow::Result<Vec<AssessmentDoc>> {
    let mut docs = Vec::new();
    for file in REFERENCE
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "json"))
    {
        let text = file
            .contents_utf8()
            .with_context(|| format!("{} is not UTF-8", file.path().display()))?;
        let doc = AssessmentDoc::from_json(text, framework)
            .with_context(|| format!("reference assessment {}", file.path().display()))?;
        docs.push(doc);
    }
    Ok(docs)
}

pub async fn run(global: &Global, args: DemoArgs) -> anyhow::Result<ExitCode> {
    let framework = global.load_framework()?;
    println!("{}", summary(&framework));
    let temp = tempfile::tempdir().context("cannot create a temporary folder")?;
    let url = match (&global.db, args.keep) {
        (Some(url), _) => url.clone(),
        (None, true) => global.data_dir().join("demo.db").display().to_string(),
        (None, false) => temp.path().join("demo.db").display().to_string(),
    };
    let docs = reference_docs(&framework)?;
    let store = Store::open(&url, framework).await?;
    store
        .import_many(&docs, "demo", ImportMode::Replace)
        .await?;
    println!(
        "database: {} ({})",
        crate::config::redact(&url),
        store.backend()
    );
    for a in store.list_assessments().await? {
        println!(
            "assessment {} {} ({}), {} v{}, stage {}",
            a.jurisdiction, a.year, a.name, a.framework_set, a.framework_version, a.stage
        );
        let doc = store
            .export_assessment(&a.jurisdiction, i32::try_from(a.year)?)
            .await?;
        let c = check_consistency(&doc);
        println!(
            "  {} answers, {} findings, {} sources, {} context figures, {} conventions; consistency: {}",
            doc.answers.len(),
            doc.findings.len(),
            doc.sources.len(),
            doc.context.len(),
            doc.conventions.len(),
            if c.is_clean() {
                "clean"
            } else {
                "problems (run mgi check)"
            }
        );
    }
    if args.no_serve {
        store.close().await;
        if global.db.is_some() || args.keep {
            println!(
                "Explore it: mgi --db {} assessment list",
                crate::config::redact(&url)
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    // The temporary folder lives as long as the portal serves.
    let served = crate::cmd_serve::serve(global, store, args.addr).await;
    drop(temp);
    served
}

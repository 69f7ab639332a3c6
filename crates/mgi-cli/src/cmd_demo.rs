//! `mgi demo`: a fresh embedded database with the framework and the reference assessments.

use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use include_dir::{Dir, include_dir};
use mgi_model::access::Role;
use mgi_model::rounds::next_round;
use mgi_model::{AssessmentDoc, Stage, check_consistency};
use mgi_store::{ImportMode, NewUser, Store};

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

/// The demo's work in progress: the next round of a published reference (three years on), in
/// data collection, so that every step of the process can be tried.
fn next_round_draft(
    published: &AssessmentDoc,
    framework: &mgi_framework::Framework,
) -> Option<AssessmentDoc> {
    if !published.stage.is_public() {
        return None;
    }
    let (mut draft, _) = next_round(published, framework, published.year + 3).ok()?;
    draft.stage = Stage::DataCollection;
    Some(draft)
}

/// One account per role, printed at start. Passwords are random unless MGI_DEMO_PASSWORD
/// gives one (tests do).
async fn demo_accounts(store: &Store, docs: &[AssessmentDoc]) -> anyhow::Result<String> {
    let Some(draft) = docs.iter().find(|d| !d.stage.is_public()) else {
        return Ok(String::new());
    };
    let code = draft.jurisdiction.code.clone();
    let password = std::env::var("MGI_DEMO_PASSWORD")
        .unwrap_or_else(|_| mgi_store::random_token()[..16].to_owned());
    let mut out = String::from("demo accounts (sign in at /login):\n");
    for role in Role::ALL {
        let username = role.as_str();
        let jurisdictions = if role == Role::FocalPoint {
            vec![code.clone()]
        } else {
            Vec::new()
        };
        let display = format!("Demo {}", role.label().to_lowercase());
        let created = store
            .create_user(&NewUser {
                username,
                display_name: &display,
                role,
                password: &password,
                jurisdictions: &jurisdictions,
                assessment: (role == Role::Commenter).then_some((code.as_str(), draft.year)),
            })
            .await;
        let shown = match created {
            Ok(()) => password.as_str(),
            // A kept demo database: the account is there with the password of its first run.
            Err(mgi_store::StoreError::AlreadyExists(_)) => "(unchanged)",
            Err(e) => return Err(e.into()),
        };
        out.push_str(&format!("  {username:<12} {shown:<16}  {}\n", role.label()));
    }
    Ok(out)
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
    let mut docs = reference_docs(&framework)?;
    docs.extend(
        docs.iter()
            .filter_map(|d| next_round_draft(d, &framework))
            .collect::<Vec<_>>(),
    );
    let store = Store::open(&url, framework).await?;
    store
        .import_many(&docs, "demo", ImportMode::Replace)
        .await?;
    let accounts = demo_accounts(&store, &docs).await?;
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
    println!("{accounts}");
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

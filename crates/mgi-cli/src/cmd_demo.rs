//! `mgi demo`: a fresh embedded database with the framework and the reference assessments.

use mgi_i18n::Localise;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use include_dir::{Dir, include_dir};
use mgi_i18n::{Lang, tr};
use mgi_model::access::Role;
use mgi_model::rounds::next_round;
use mgi_model::{AssessmentDoc, Stage, check_consistency};
use mgi_store::{ImportMode, NewUser, Store};

use crate::cmd_framework::summary;
use crate::config::{Global, redact};
use crate::lang::messages_lang;

/// The hand-built reference assessments shipped with mgi (data/reference/*.json).
static REFERENCE: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../data/reference");

// Help texts: help-demo-* in help.ftl (see help.rs).
#[derive(Args)]
pub struct DemoArgs {
    #[arg(long)]
    pub keep: bool,
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
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
async fn demo_accounts(
    lang: Lang,
    store: &Store,
    docs: &[AssessmentDoc],
) -> anyhow::Result<String> {
    let Some(draft) = docs.iter().find(|d| !d.stage.is_public()) else {
        return Ok(String::new());
    };
    let code = draft.jurisdiction.code.clone();
    let password = std::env::var("MGI_DEMO_PASSWORD")
        .unwrap_or_else(|_| mgi_store::random_token()[..16].to_owned());
    let mut out = tr!(lang, "cli-demo-accounts") + "\n";
    let unchanged = tr!(lang, "cli-demo-unchanged");
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
            Err(mgi_store::StoreError::AlreadyExists(_)) => unchanged.as_str(),
            Err(e) => return Err(e.into()),
        };
        out.push_str(&format!(
            "  {username:<12} {shown:<16}  {}\n",
            role.localise(lang)
        ));
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
        let text = file.contents_utf8().with_context(|| {
            let file = file.path().display().to_string();
            tr!(messages_lang(), "cli-not-utf8", file = file)
        })?;
        let doc = AssessmentDoc::from_json(text, framework).with_context(|| {
            let file = file.path().display().to_string();
            tr!(messages_lang(), "cli-reference-assessment", file = file)
        })?;
        docs.push(doc);
    }
    Ok(docs)
}

pub async fn run(global: &Global, args: DemoArgs) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    // What serving needs from the configuration, read before the work of filling the database.
    let config = if args.no_serve {
        None
    } else {
        Some(global.serving_config()?)
    };
    let framework = global.load_framework()?;
    println!("{}", summary(lang, &framework));
    let temp = tempfile::tempdir().with_context(|| tr!(lang, "cli-no-temp-folder"))?;
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
    let accounts = demo_accounts(lang, &store, &docs).await?;
    println!(
        "{}",
        tr!(
            lang,
            "cli-demo-database",
            url = redact(&url),
            backend = store.backend()
        )
    );
    for a in store.list_assessments().await? {
        let stage = a.stage.localise(lang);
        println!(
            "{}",
            tr!(
                lang,
                "cli-demo-assessment",
                jurisdiction = &a.jurisdiction,
                year = a.year.to_string(),
                name = &a.name,
                set = &a.framework_set,
                version = a.framework_version.to_string(),
                stage = stage
            )
        );
        let doc = store
            .export_assessment(&a.jurisdiction, i32::try_from(a.year)?)
            .await?;
        let c = check_consistency(&doc);
        let consistency = if c.is_clean() {
            tr!(lang, "cli-demo-consistency-clean")
        } else {
            tr!(lang, "cli-demo-consistency-problems")
        };
        println!(
            "  {}",
            tr!(
                lang,
                "cli-demo-counts",
                answers = doc.answers.len(),
                findings = doc.findings.len(),
                sources = doc.sources.len(),
                figures = doc.context.len(),
                conventions = doc.conventions.len(),
                consistency = consistency
            )
        );
    }
    println!("{accounts}");
    // The line to copy for the other commands, while the demo serves too; a temporary database
    // says how to keep one.
    if global.db.is_some() || args.keep {
        println!("{}", tr!(lang, "cli-demo-explore", url = redact(&url)));
    } else {
        println!("{}", tr!(lang, "cli-demo-temporary"));
    }
    let Some(config) = config else {
        store.close().await;
        return Ok(ExitCode::SUCCESS);
    };
    // The temporary folder lives as long as the portal serves.
    let served = crate::cmd_serve::serve(config, store, args.addr).await;
    drop(temp);
    served
}

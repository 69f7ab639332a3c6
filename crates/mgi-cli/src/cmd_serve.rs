//! `mgi serve`: the web application on a database.

use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use mgi_i18n::tr;
use mgi_store::Store;
use mgi_web::AppState;

use crate::config::Global;
use crate::lang::messages_lang;

// Help texts: help-serve-* in help.ftl (see help.rs).
#[derive(Args)]
pub struct ServeArgs {
    #[arg(long, default_value = "127.0.0.1:8080", env = "MGI_ADDR")]
    pub addr: SocketAddr,
}

pub async fn run(global: &Global, args: ServeArgs) -> anyhow::Result<ExitCode> {
    let store = global.open_store().await?;
    serve(global, store, args.addr).await
}

/// Serve `store` until the process is stopped.
pub async fn serve(global: &Global, store: Store, addr: SocketAddr) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    let publication = global.load_config()?.publication;
    let shown = addr.to_string();
    println!("{}", tr!(lang, "cli-serve-listening", addr = &shown));
    mgi_web::serve(AppState::new(store, publication), addr)
        .await
        .with_context(|| tr!(lang, "cli-cannot-serve", addr = shown))?;
    Ok(ExitCode::SUCCESS)
}

//! `mgi serve`: the web application on a database.

use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use mgi_i18n::tr;
use mgi_store::Store;
use mgi_web::AppState;

use crate::config::{Config, Global};
use crate::lang::messages_lang;

// Help texts: help-serve-* in help.ftl (see help.rs).
#[derive(Args)]
pub struct ServeArgs {
    #[arg(long, default_value = "127.0.0.1:8080", env = "MGI_ADDR")]
    pub addr: SocketAddr,
}

pub async fn run(global: &Global, args: ServeArgs) -> anyhow::Result<ExitCode> {
    // A mistake in the configuration is told before the database is touched.
    let config = global.serving_config()?;
    let store = global.open_store().await?;
    serve(config, store, args.addr).await
}

/// Serve `store` until the process is stopped, with the publication details and the `[server]`
/// settings of the configuration.
pub async fn serve(config: Config, store: Store, addr: SocketAddr) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    // What the server logs (a request that failed, with its error) goes to standard error.
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
    let state = AppState::new(store, config.publication)
        .with_site(config.site)
        .with_https(config.server.https)
        .trusting(config.trusted_proxies);
    let shown = addr.to_string();
    println!("{}", tr!(lang, "cli-serve-listening", addr = &shown));
    mgi_web::serve(state, addr, config.server.limits())
        .await
        .with_context(|| tr!(lang, "cli-cannot-serve", addr = shown))?;
    Ok(ExitCode::SUCCESS)
}

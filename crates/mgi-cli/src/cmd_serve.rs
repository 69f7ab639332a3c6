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

/// What the server logs goes to standard error: a line per request (id, method, route, status,
/// duration) and every failure, filtered by `MGI_LOG` (else `RUST_LOG`; `info` by default, in
/// the `tracing` filter syntax: `warn`, `mgi::request=off,info`), as text or, with
/// `MGI_LOG_FORMAT=json`, one JSON object a line. A filter or format that cannot be read stops
/// the start, named.
fn init_logs() -> anyhow::Result<()> {
    use tracing_subscriber::EnvFilter;
    let (name, given) = match std::env::var("MGI_LOG") {
        Ok(v) => ("MGI_LOG", Some(v)),
        Err(_) => ("RUST_LOG", std::env::var("RUST_LOG").ok()),
    };
    let filter = match given {
        Some(text) => EnvFilter::try_new(&text).map_err(|e| {
            anyhow::anyhow!(tr!(
                messages_lang(),
                "cli-log-filter",
                name = name,
                value = format!("{text:?}"),
                reason = e.to_string()
            ))
        })?,
        None => EnvFilter::new("info"),
    };
    let logs = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter);
    // Already set (a second server in one process, as in tests): the first one's stays.
    let _ = match std::env::var("MGI_LOG_FORMAT").as_deref() {
        Ok("json") => logs.json().try_init(),
        Ok("text") | Err(_) => logs.try_init(),
        Ok(other) => anyhow::bail!(tr!(
            messages_lang(),
            "cli-log-format",
            value = format!("{other:?}")
        )),
    };
    Ok(())
}

/// Serve `store` until the process is stopped, with the publication details and the `[server]`
/// settings of the configuration.
pub async fn serve(config: Config, store: Store, addr: SocketAddr) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    init_logs()?;
    let state = AppState::new(store, config.publication)
        .with_site(config.site)
        .with_https(config.server.https)
        .with_metrics_token(config.server.metrics_token.clone())
        .trusting(config.trusted_proxies);
    let shown = addr.to_string();
    println!("{}", tr!(lang, "cli-serve-listening", addr = &shown));
    mgi_web::serve(state, addr, config.server.limits())
        .await
        .with_context(|| tr!(lang, "cli-cannot-serve", addr = shown))?;
    Ok(ExitCode::SUCCESS)
}

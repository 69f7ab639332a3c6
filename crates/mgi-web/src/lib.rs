//! The mgi web application. So far the public portal: the home page with the participating
//! jurisdictions, and each published profile at a stable address,
//! `/profiles/<ISO3 or locality id>/<year>` (`.pdf`, `.md`, `.json` for the other formats).
//! Anything not published answers 404, as if it did not exist.

mod headers;
mod pages;
mod profiles;

use axum::Router;
use axum::routing::get;
use mgi_profile::Publication;
use mgi_store::Store;

/// What every request handler shares.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub publication: Publication,
}

/// The application's routes, with the security headers on every answer.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::home))
        .route("/profiles/{code}/{file}", get(profiles::profile))
        .fallback(pages::not_found)
        .layer(axum::middleware::map_response(headers::security))
        .with_state(state)
}

/// Serve until the process is stopped.
pub async fn serve(state: AppState, addr: std::net::SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, router(state)).await
}

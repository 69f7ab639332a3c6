//! The mgi web application: the public portal (published profiles, indicator explorer,
//! comparison, search) and the signed-in work on assessments (workspace, answers with evidence,
//! findings, comments, stages, share links, approval, publication, audit log).
//!
//! The pages speak English at the root, French under `/fr` and Spanish under `/es`
//! (`/fr/explore`); the API at `/api/v1` has no language.
//!
//! Every page is a function of the store; nothing is kept between requests but the database, so
//! any number of instances can serve one PostgreSQL. The access rules are `mgi_model::access`;
//! whatever a visitor may not read answers 404.

mod api;
mod assets;
mod auth;
mod cache;
mod design;
mod error;
mod feedback;
mod filters;
mod form;
mod headers;
mod layout;
mod ops;
mod pages;
mod portal;
mod profiles;
mod server;
mod site;
mod ui;
mod views;
mod work;

pub use headers::Https;
pub use server::{LONGEST, MOST_CONNECTIONS, ServerLimits, serve_with};
pub use site::open_data::releases as open_data_releases;
pub use site::{Site, SiteText};

use std::net::{IpAddr, SocketAddr};

use axum::routing::{get, post};
use axum::{Extension, Router};
use mgi_i18n::Lang;
use mgi_profile::Publication;
use mgi_store::Store;

/// What every request handler shares.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub publication: Publication,
    /// What the deployment says about itself (`[site]`).
    site: std::sync::Arc<Site>,
    cache: std::sync::Arc<cache::PageCache>,
    open_data: std::sync::Arc<site::open_data::PackageCache>,
    https: Https,
    /// Reverse proxies whose `X-Forwarded-For` is believed (see [`AppState::trusting`]).
    trusted_proxies: std::sync::Arc<[IpAddr]>,
    metrics: std::sync::Arc<ops::metrics::Metrics>,
    /// The bearer token `/metrics` asks for; none: no `/metrics`.
    metrics_token: Option<std::sync::Arc<str>>,
}

impl AppState {
    /// The state of a site on plain HTTP ([`Https::Off`]).
    pub fn new(store: Store, publication: Publication) -> AppState {
        AppState {
            store,
            publication,
            site: std::sync::Arc::default(),
            cache: std::sync::Arc::default(),
            open_data: std::sync::Arc::default(),
            https: Https::Off,
            trusted_proxies: std::sync::Arc::new([]),
            metrics: std::sync::Arc::default(),
            metrics_token: None,
        }
    }

    /// Serve `/metrics` to whoever sends `Authorization: Bearer <token>` (at least
    /// [`METRICS_TOKEN_MIN`] characters; a shorter one is the caller's to refuse).
    pub fn with_metrics_token(self, token: Option<String>) -> AppState {
        AppState {
            metrics_token: token.map(Into::into),
            ..self
        }
    }

    /// The deployment's own texts and address (see [`Site`]).
    pub fn with_site(self, site: Site) -> AppState {
        AppState {
            site: std::sync::Arc::new(site),
            ..self
        }
    }

    /// Whether the site is reached over HTTPS: HSTS and `Secure` cookies (see [`Https`]).
    pub fn with_https(self, https: Https) -> AppState {
        AppState { https, ..self }
    }

    /// Believe `X-Forwarded-For` from these addresses (exact addresses, no ranges): a request
    /// whose connection comes from one of them is counted by the sign-in throttle under the
    /// right-most address of the header that is not itself a trusted proxy. From any other
    /// address the header is ignored, since anyone can send it. Without trusted proxies, an
    /// instance behind a proxy sees every visitor at the proxy's address, and the throttle's
    /// per-address counts then hold for all of them together.
    pub fn trusting(mut self, proxies: Vec<IpAddr>) -> AppState {
        self.trusted_proxies = proxies.into();
        self
    }
}

/// The shortest bearer token `/metrics` may be configured with.
pub const METRICS_TOKEN_MIN: usize = ops::metrics::MIN_TOKEN;

/// The largest request body accepted (forms), in bytes.
const MAX_BODY: usize = 1 << 20;

/// The application's routes, with the security headers on every answer (and HSTS and `Secure`
/// cookies over HTTPS, see [`Https`]).
///
/// The pages (everything but the API) are one router mounted three times: English at the root,
/// French under `/fr` and Spanish under `/es`, each nested mount marked with its `Lang` (see
/// [`ui`]). The API lives only at `/api/v1`: stable codes, no language. An address no mount
/// answers gets the 404 page in the language of its first segment.
pub fn router(state: AppState) -> Router {
    let pages = page_routes(&state);
    Router::new()
        .merge(pages.clone())
        .nest("/fr", pages.clone().layer(Extension(Lang::Fr)))
        .nest("/es", pages.layer(Extension(Lang::Es)))
        .nest("/api/v1", api::routes())
        .route("/assets/{file}", get(assets::serve))
        .route("/sitemap.xml", get(site::feed::sitemap))
        .route("/robots.txt", get(site::feed::robots))
        .route("/open-data.zip", get(site::open_data::package))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics::metrics))
        .route_layer(axum::middleware::from_fn(ops::keep_route))
        .fallback(pages::not_found)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn_with_state(
            state.https,
            headers::security,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::log_requests,
        ))
        .with_state(state)
}

/// The HTML pages, public and signed in, with their error answers in the request's language.
fn page_routes(state: &AppState) -> Router<AppState> {
    use work::{answer, assessment, audit, comments, finding, record, validation};
    Router::new()
        .route("/", get(pages::home))
        .route("/map.svg", get(portal::map::download::home))
        .route("/design", get(design::design))
        .route("/profiles/{code}/{file}", get(profiles::profile))
        .route("/explore", get(portal::explore::explore))
        .route("/explore/map.svg", get(portal::map::download::indicator))
        .route("/compare", get(portal::compare::compare))
        .route("/search", get(portal::search::search))
        .route("/gcm", get(portal::aggregates::gcm))
        .route("/sdg", get(portal::aggregates::sdg))
        .route("/progress/{code}", get(portal::progress::progress))
        .route("/about", get(site::pages::about))
        .route("/methodology", get(site::methodology::methodology))
        .route("/data", get(site::pages::data))
        .route("/privacy", get(site::pages::privacy))
        .route("/contact", get(site::pages::contact))
        .route("/feed.atom", get(site::feed::feed))
        .route("/login", get(auth::login_form).post(auth::login))
        .route("/logout", post(auth::logout))
        .route(
            "/share/{token}",
            get(auth::share_form).post(auth::share_redeem),
        )
        .route("/work", get(work::dashboard))
        .route(
            "/account/tokens",
            get(work::tokens::list).post(work::tokens::create),
        )
        .route("/account/tokens/revoke", post(work::tokens::revoke))
        .route(
            "/admin/users",
            get(work::admin::users).post(work::admin::create),
        )
        .route("/work/{code}/{year}", get(assessment::workspace))
        .route(
            "/work/{code}/{year}/stage",
            get(work::confirm::stage).post(assessment::move_stage),
        )
        .route("/work/{code}/{year}/share", post(assessment::share))
        .route(
            "/work/{code}/{year}/share/revoke",
            get(work::confirm::revoke).post(assessment::revoke_share),
        )
        .route("/work/{code}/{year}/preview", get(assessment::preview))
        .route("/work/{code}/{year}/audit", get(audit::audit))
        .route("/work/{code}/{year}/rounds", post(work::rounds::start))
        .route(
            "/work/{code}/{year}/workbook.xlsx",
            get(work::workbook::download),
        )
        .route(
            "/work/{code}/{year}/workbook",
            post(work::workbook::upload).layer(axum::extract::DefaultBodyLimit::max(
                mgi_workbook::MAX_BYTES,
            )),
        )
        .route(
            "/work/{code}/{year}/progress",
            get(work::rounds::page).post(work::rounds::save_note),
        )
        .route("/work/{code}/{year}/approve", post(validation::approve))
        .route(
            "/work/{code}/{year}/publish",
            get(work::confirm::publish).post(validation::publish),
        )
        .route(
            "/work/{code}/{year}/indicators/{id}",
            get(answer::show).post(answer::save),
        )
        .route("/work/{code}/{year}/findings/new", get(finding::new))
        .route(
            "/work/{code}/{year}/findings/{key}",
            get(finding::show).post(finding::save),
        )
        .route(
            "/work/{code}/{year}/findings/{key}/move",
            post(finding::shift),
        )
        .route(
            "/work/{code}/{year}/findings/{key}/suggestions",
            post(finding::review),
        )
        .route(
            "/work/{code}/{year}/findings/{key}/delete",
            get(finding::confirm_delete).post(finding::delete),
        )
        .route(
            "/work/{code}/{year}/summaries/{domain}",
            get(record::summary).post(record::save_summary),
        )
        .route(
            "/work/{code}/{year}/consultations",
            post(record::add_consultation),
        )
        .route(
            "/work/{code}/{year}/context",
            get(work::context::page).post(work::context::save_figure),
        )
        .route(
            "/work/{code}/{year}/conventions/{indicator}",
            post(work::context::save_convention),
        )
        .route("/work/{code}/{year}/findings", post(finding::add))
        .route(
            "/work/{code}/{year}/translations/{lang}",
            get(work::translations::page).post(work::translations::save),
        )
        .route("/work/{code}/{year}/sources", get(work::sources::list))
        .route(
            "/work/{code}/{year}/sources/{key}",
            get(work::sources::show).post(work::sources::save),
        )
        .route(
            "/work/{code}/{year}/sources/{key}/merge",
            get(work::sources::confirm_merge).post(work::sources::merge),
        )
        .route("/work/{code}/{year}/comments", post(comments::add))
        .route(
            "/work/{code}/{year}/comments/{key}",
            post(comments::set_state),
        )
        .route_layer(axum::middleware::from_fn(ops::keep_route))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            error::localise,
        ))
}

/// Serve on `addr` within `limits` until the process is interrupted (Ctrl-C) or asked to stop
/// (SIGTERM); requests under way are finished first (within a bound, see [`serve_with`]), and
/// the caller's clean-up runs.
///
/// Each request knows the address of its connection (for the sign-in throttle); behind a
/// reverse proxy, the state names the proxies to believe ([`AppState::trusting`]).
pub async fn serve(state: AppState, addr: SocketAddr, limits: ServerLimits) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    serve_with(listener, router(state), limits, stop_signal()).await
}

async fn stop_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = interrupt.await;
                    return;
                }
            };
        tokio::select! {
            _ = interrupt => {},
            _ = terminate.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}

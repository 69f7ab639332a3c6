//! The server's own accept loop: HTTP/1 connections from hyper with a Tokio timer, so that no
//! client can hold a connection for ever.
//!
//! * Headers must arrive within [`ServerLimits::header_read`]. hyper starts that timer whenever it
//!   waits for the head of a request, which includes a kept-alive connection waiting for its next
//!   request: the same limit closes idle connections.
//! * A request must be received and answered within [`ServerLimits::request`], else it is
//!   answered 408 Request Timeout and the connection closed (the handler is dropped; its
//!   transaction, if any, is rolled back).
//! * At most [`ServerLimits::max_connections`] connections are served at once; while they are all
//!   taken, no further connection is accepted (it waits in the listener's backlog).
//! * On shutdown the listener is closed, idle connections are closed, requests under way finish;
//!   serving ends when the last connection closes or after `header_read + request`, whichever is
//!   first.

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::header::{CONNECTION, CONTENT_TYPE};
use axum::http::{HeaderValue, Request, StatusCode};
use axum::response::Response;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tower::ServiceExt;

/// How long a client may take and how many may be served at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerLimits {
    /// Time allowed to receive the head (request line and headers) of a request, counted from
    /// the moment the server waits for it: from the connection's opening, and on a kept-alive
    /// connection from the end of the previous answer (so it is also the idle timeout between
    /// requests). The connection is closed when it runs out. Default 10 s.
    pub header_read: Duration,
    /// Time allowed to receive a request's body and produce the answer, counted once the headers
    /// are in. When it runs out the request is answered 408 Request Timeout and the connection is
    /// closed. Default 120 s: a 20 MiB workbook upload (the largest accepted) gets through at
    /// about 1.4 Mbit/s.
    pub request: Duration,
    /// The most connections served at once; when they are all open no further connection is
    /// accepted until one closes. Default 1024 (mind the process's open-file limit).
    pub max_connections: usize,
}

impl Default for ServerLimits {
    fn default() -> ServerLimits {
        ServerLimits {
            header_read: Duration::from_secs(10),
            request: Duration::from_secs(120),
            max_connections: 1024,
        }
    }
}

/// The longest timeout taken as given; longer ones are shortened to it (a day). The
/// configuration refuses longer ones.
pub const LONGEST: Duration = Duration::from_secs(24 * 60 * 60);
/// The most connections taken as given; the configuration refuses more.
pub const MOST_CONNECTIONS: usize = 1_000_000;

impl ServerLimits {
    /// The limits within what the server can use: timeouts at most a day, at least one
    /// connection.
    fn bounded(self) -> ServerLimits {
        ServerLimits {
            header_read: self.header_read.min(LONGEST),
            request: self.request.min(LONGEST),
            max_connections: self.max_connections.clamp(1, MOST_CONNECTIONS),
        }
    }
}

/// Serve `app` on `listener` within `limits` until `shutdown` completes; then stop accepting,
/// let the requests under way finish (at most `header_read + request`) and return.
pub async fn serve_with(
    listener: TcpListener,
    app: Router,
    limits: ServerLimits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let limits = limits.bounded();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read)
        .keep_alive(true);
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    // Tells every connection to finish its request under way and close.
    let (stop, stopping) = watch::channel(false);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            () = &mut shutdown => break,
            slot = Arc::clone(&slots).acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_closed) => break,
            },
        };
        let (stream, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
        };
        // Small answers go out at once rather than waiting for more to send.
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
            // The connection's address, for the sign-in throttle (`ConnectInfo`, as axum's own
            // server would give it).
            request.extensions_mut().insert(ConnectInfo(peer));
            answer(app.clone(), request, limits.request)
        });
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let mut stopping = stopping.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let mut connection = std::pin::pin!(connection);
            let stop = async {
                let _ = stopping.wait_for(|stop| *stop).await;
            };
            tokio::select! {
                _ = connection.as_mut() => return,
                () = stop => {}
            }
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = stop.send(true);
    // Every slot back means every connection closed.
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    let _ =
        tokio::time::timeout(limits.header_read + limits.request, slots.acquire_many(all)).await;
    Ok(())
}

/// One request through the application, answered 408 when it takes longer than `limit`.
async fn answer(
    app: Router,
    request: Request<Incoming>,
    limit: Duration,
) -> Result<Response, Infallible> {
    match tokio::time::timeout(limit, app.oneshot(request.map(Body::new))).await {
        Ok(answered) => answered,
        Err(_elapsed) => Ok(timed_out()),
    }
}

/// 408 Request Timeout, and the connection is closed after it.
fn timed_out() -> Response {
    let mut response = Response::new(Body::from("408 Request Timeout\n"));
    *response.status_mut() = StatusCode::REQUEST_TIMEOUT;
    let h = response.headers_mut();
    h.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    h.insert(CONNECTION, HeaderValue::from_static("close"));
    crate::headers::add_security(h);
    response
}

/// A failed accept: the client gave up (nothing to do), or the process is out of something (most
/// often open files): wait a second rather than spin.
async fn accept_failed(e: std::io::Error) {
    use std::io::ErrorKind;
    if !matches!(
        e.kind(),
        ErrorKind::ConnectionRefused | ErrorKind::ConnectionAborted | ErrorKind::ConnectionReset
    ) {
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_bounded() {
        let wild = ServerLimits {
            header_read: Duration::MAX,
            request: Duration::MAX,
            max_connections: 0,
        }
        .bounded();
        assert_eq!(wild.header_read, LONGEST);
        assert_eq!(wild.request, LONGEST);
        assert_eq!(wild.max_connections, 1);
        assert_eq!(ServerLimits::default().bounded(), ServerLimits::default());
    }
}

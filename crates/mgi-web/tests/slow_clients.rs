//! Slow and silent clients against a real listener: nobody holds a connection for ever.
//!
//! The limits are short (headers 1 s, request 2 s, 4 connections) and every bound asserted is
//! generous (5 times the limit); nothing here asserts that anything is fast.

use std::net::SocketAddr;
use std::time::Duration;

use mgi_framework::Framework;
use mgi_store::Store;
use mgi_web::{AppState, ServerLimits, router, serve_with};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

const HEADER_READ: Duration = Duration::from_secs(1);
const REQUEST: Duration = Duration::from_secs(2);
const LIMITS: ServerLimits = ServerLimits {
    header_read: HEADER_READ,
    request: REQUEST,
    max_connections: 4,
};
/// One byte every so often: far slower than any limit allows for a whole request.
const TRICKLE: Duration = Duration::from_millis(300);

struct Server {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    done: JoinHandle<std::io::Result<()>>,
    _dir: tempfile::TempDir,
}

/// `mgi_web::serve_with` on 127.0.0.1 (a free port) over an empty database.
async fn start() -> Server {
    let dir = tempfile::tempdir().expect("tempdir");
    let fw = Framework::embedded().expect("framework");
    let store = Store::open(&dir.path().join("slow.db").display().to_string(), fw)
        .await
        .expect("store");
    let app = router(AppState::new(store, mgi_profile::Publication::default()));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    let (stop, stopped) = oneshot::channel::<()>();
    let done = tokio::spawn(serve_with(listener, app, LIMITS, async {
        let _ = stopped.await;
    }));
    Server {
        addr,
        stop: Some(stop),
        done,
        _dir: dir,
    }
}

async fn connect(server: &Server) -> TcpStream {
    TcpStream::connect(server.addr).await.expect("connect")
}

fn get(path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
}

/// Everything received until the server closes the connection (end of stream or reset); fails
/// the test if it is still open after `within`.
async fn read_until_closed(stream: &mut (impl AsyncRead + Unpin), within: Duration) -> Vec<u8> {
    tokio::time::timeout(within, async {
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return got,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await
    .expect("the server closes the connection in time")
}

/// One answer: its status and head, and its body (by Content-Length).
async fn read_response(
    stream: &mut (impl AsyncRead + Unpin),
    within: Duration,
) -> (u16, String, Vec<u8>) {
    tokio::time::timeout(within, async {
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        let end = loop {
            if let Some(at) = got.windows(4).position(|w| w == b"\r\n\r\n") {
                break at + 4;
            }
            let n = stream.read(&mut buf).await.expect("read");
            assert!(n > 0, "closed before an answer: {got:?}");
            got.extend_from_slice(&buf[..n]);
        };
        let head = String::from_utf8_lossy(&got[..end]).into_owned();
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("status");
        let length: usize = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .unwrap_or(0);
        let mut body = got[end..].to_vec();
        while body.len() < length {
            let n = stream.read(&mut buf).await.expect("read");
            assert!(n > 0, "closed in the middle of an answer");
            body.extend_from_slice(&buf[..n]);
        }
        (status, head, body)
    })
    .await
    .expect("an answer in time")
}

/// Write `bytes` one at a time, `TRICKLE` apart, until done or the server hangs up; whether
/// all were written.
fn trickle(
    mut writer: impl AsyncWrite + Unpin + Send + 'static,
    bytes: Vec<u8>,
) -> JoinHandle<bool> {
    tokio::spawn(async move {
        for b in bytes {
            if writer.write_all(&[b]).await.is_err() {
                return false;
            }
            tokio::time::sleep(TRICKLE).await;
        }
        true
    })
}

#[tokio::test]
async fn a_connection_that_sends_nothing_is_closed() {
    let server = start().await;
    let mut silent = connect(&server).await;
    let got = read_until_closed(&mut silent, 5 * HEADER_READ).await;
    assert!(
        !String::from_utf8_lossy(&got).contains(" 200 "),
        "nothing was asked, nothing answered"
    );
}

#[tokio::test]
async fn headers_trickled_are_cut_off() {
    let server = start().await;
    let (mut reader, writer) = connect(&server).await.into_split();
    let request = format!(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slowloris\r\nX-Padding: {}\r\n\r\n",
        "a".repeat(40)
    );
    let writing = trickle(writer, request.into_bytes());
    let got = read_until_closed(&mut reader, 5 * HEADER_READ).await;
    assert!(
        !String::from_utf8_lossy(&got).contains(" 200 "),
        "an unfinished request is not answered"
    );
    writing.abort();
    if let Ok(finished) = writing.await {
        assert!(
            !finished,
            "the headers were cut off before they were all sent"
        );
    }
}

#[tokio::test]
async fn a_body_trickled_after_its_headers_gets_408() {
    let server = start().await;
    let (mut reader, mut writer) = connect(&server).await.into_split();
    writer
        .write_all(
            b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n",
        )
        .await
        .expect("headers");
    let writing = trickle(writer, vec![b'a'; 100]);
    let (status, head, _) = read_response(&mut reader, 5 * REQUEST).await;
    assert_eq!(status, 408, "{head}");
    assert!(
        head.to_ascii_lowercase().contains("connection: close"),
        "{head}"
    );
    read_until_closed(&mut reader, 5 * HEADER_READ).await;
    writing.abort();
}

#[tokio::test]
async fn a_kept_alive_connection_left_idle_is_closed() {
    let server = start().await;
    let mut stream = connect(&server).await;
    // Keep-alive works: two requests on one connection.
    for _ in 0..2 {
        stream.write_all(get("/").as_bytes()).await.expect("write");
        let (status, head, body) = read_response(&mut stream, 5 * REQUEST).await;
        assert_eq!(status, 200, "{head}");
        assert!(!body.is_empty());
    }
    let got = read_until_closed(&mut stream, 5 * HEADER_READ).await;
    assert!(got.is_empty(), "nothing more is sent: {got:?}");
}

/// Whether the server has closed `stream`, by what the system knows now (not by when a task
/// happens to be woken).
fn closed_now(mut stream: &std::net::TcpStream) -> bool {
    use std::io::Read;
    match stream.read(&mut [0u8; 64]) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
    }
}

#[tokio::test]
async fn when_every_connection_is_taken_the_next_waits_for_one_to_close() {
    let server = start().await;
    let mut silent = Vec::new();
    for _ in 0..LIMITS.max_connections {
        // Non-blocking, read directly below.
        silent.push(connect(&server).await.into_std().expect("std stream"));
    }
    let mut fifth = connect(&server).await;
    fifth.write_all(get("/").as_bytes()).await.expect("write");
    let (status, head, _) = read_response(&mut fifth, 10 * HEADER_READ).await;
    assert_eq!(status, 200, "the fifth is answered: {head}");
    // A slot frees as soon as one silent connection is closed, so the fifth may be answered
    // before the last of them closes; but not before the first.
    let closed = silent.iter().filter(|s| closed_now(s)).count();
    assert!(
        closed >= 1,
        "the fifth was answered while all four connections were held"
    );
    for s in silent {
        let mut s = TcpStream::from_std(s).expect("tokio stream");
        read_until_closed(&mut s, 5 * HEADER_READ).await;
    }
}

#[tokio::test]
async fn shutdown_lets_the_request_under_way_finish() {
    let mut server = start().await;
    // An idle kept-alive connection.
    let mut idle = connect(&server).await;
    idle.write_all(get("/").as_bytes()).await.expect("write");
    let (status, _, _) = read_response(&mut idle, 5 * REQUEST).await;
    assert_eq!(status, 200);
    // A request under way: the server asked for its body (100 Continue).
    let mut busy = connect(&server).await;
    busy.write_all(
        b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n\
          Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 8\r\n\r\n",
    )
    .await
    .expect("headers");
    let (status, _, _) = read_response(&mut busy, 5 * REQUEST).await;
    assert_eq!(status, 100, "the handler reads the body");

    let _ = server.stop.take().expect("running").send(());
    read_until_closed(&mut idle, 5 * HEADER_READ).await;
    assert!(
        TcpStream::connect(server.addr).await.is_err(),
        "no new connection once stopping"
    );
    busy.write_all(b"username").await.expect("body");
    let (status, head, _) = read_response(&mut busy, 5 * REQUEST).await;
    assert!(status != 408 && status >= 200, "answered: {head}");
    read_until_closed(&mut busy, 5 * HEADER_READ).await;
    tokio::time::timeout(5 * (HEADER_READ + REQUEST), server.done)
        .await
        .expect("serving ends")
        .expect("no panic")
        .expect("no error");
}

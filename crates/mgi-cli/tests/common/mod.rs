//! What the tests of `mgi serve` share: a server process on a free port, a blocking HTTP/1.1
//! exchange, and a fresh PostgreSQL database (skipped with a message without
//! `MGI_TEST_PG_URL`, a failure with `MGI_REQUIRE_PG=1`).

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const PASSWORD: &str = "two-instances-1";

/// `mgi --db DB ARGS…` (the demo accounts get the tests' password).
pub fn mgi(db: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mgi"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("MGI_DEMO_PASSWORD", PASSWORD)
        .output()
        .expect("run mgi")
}

/// The variables that choose the language of the messages.
pub const LANGUAGE_VARIABLES: [&str; 4] = ["MGI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// `mgi --db DB ARGS…` with only `env` among the language variables (cleared first, so that
/// the test's own environment does not decide); demo accounts and new users get the tests'
/// password.
pub fn mgi_env(env: &[(&str, &str)], db: &std::path::Path, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mgi"));
    for name in LANGUAGE_VARIABLES {
        command.env_remove(name);
    }
    command
        .envs(env.iter().copied())
        .env("MGI_DEMO_PASSWORD", PASSWORD)
        .env("MGI_PASSWORD", PASSWORD)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run mgi")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A running `mgi serve`, stopped when dropped.
pub struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// One HTTP/1.1 exchange with extra headers: (status, headers and body as text).
pub fn http_with(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let extra: String = headers
        .iter()
        .map(|(k, v)| format!("{k}: {v}\r\n"))
        .collect();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n{extra}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).expect("send");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("read");
    let status = out.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, out)
}

/// One HTTP/1.1 exchange of a form with a cookie.
pub fn http(port: u16, method: &str, path: &str, cookie: &str, body: &str) -> (u16, String) {
    http_with(
        port,
        method,
        path,
        &[
            ("Cookie", cookie),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        body,
    )
}

/// The body of an HTTP reply.
pub fn body(reply: &str) -> &str {
    reply.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

pub fn serve(url: &str) -> (Server, u16) {
    serve_with(url, &[], Stdio::inherit())
}

/// `mgi serve` on `url` with `env` set, its standard error (the log) to `log`.
pub fn serve_with(url: &str, env: &[(&str, &str)], log: Stdio) -> (Server, u16) {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_mgi"))
        .args(["--db", url, "serve", "--addr", &format!("127.0.0.1:{port}")])
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("start mgi serve");
    let server = Server(child);
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "mgi serve did not start on {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (server, port)
}

/// A fresh database on the test server; `None` (skip) without MGI_TEST_PG_URL.
pub fn fresh_database(what: &str) -> Option<String> {
    let Ok(base) = std::env::var("MGI_TEST_PG_URL") else {
        assert!(
            std::env::var_os("MGI_REQUIRE_PG").is_none(),
            "MGI_REQUIRE_PG is set but MGI_TEST_PG_URL is not"
        );
        eprintln!("skipped: {what} on PostgreSQL (set MGI_TEST_PG_URL, or run scripts/test)");
        return None;
    };
    let name = format!(
        "mgi_{what}_{}_{}",
        std::process::id(),
        chrono::Utc::now().timestamp_micros()
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let admin = sqlx::PgPool::connect(&base)
            .await
            .expect("connect to MGI_TEST_PG_URL");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&admin)
            .await
            .expect("create database");
        admin.close().await;
    });
    let (server, _) = base.rsplit_once('/').expect("URL with a database name");
    Some(format!("{server}/{name}"))
}

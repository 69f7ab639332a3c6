//! `mgi bench http`: many clients on loopback against a real `mgi serve` process for a fixed
//! time, mixing portal reads, search and authoring writes through the API. Prints requests,
//! rate, median / p99 / max latency per kind, every error, and the server's resident memory
//! before and after. Fails when any request failed: a refused stale write (409) is an answer,
//! not an error; a dropped connection, a 5xx or any other unexpected status is.

use std::collections::BTreeMap;
use std::net::{SocketAddr, TcpListener};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::client::conn::http1;
use hyper_util::rt::TokioIo;
use serde::Serialize;
use tokio::net::TcpStream;

use crate::bench::{quantile, verdict};
use crate::config::Global;

/// The round the writers edit and the account whose token they use (both from `mgi demo`).
const JURISDICTION: &str = "MNG";
const DRAFT_YEAR: i32 = 2026;
const WRITER: &str = "analyst";

/// Public pages, in the proportion a reader visits them.
const PAGES: [&str; 8] = [
    "/",
    "/profiles/MNG/2023",
    "/explore?indicator=health-access",
    "/compare",
    "/gcm",
    "/sdg",
    "/progress/MNG",
    "/api/v1/assessments",
];
const SEARCHES: [&str; 4] = ["migrants", "labour+law", "diaspora", "xylophone"];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Kind {
    PortalRead,
    Search,
    DraftRead,
    Write,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::PortalRead => "portal page",
            Kind::Search => "search",
            Kind::DraftRead => "API draft read (before a write)",
            Kind::Write => "API write (PUT with the version read)",
        }
    }
}

#[derive(Default)]
struct Tally {
    ms: Vec<f64>,
    conflicts: usize,
    errors: Vec<String>,
}

#[derive(Serialize)]
struct Row {
    kind: Kind,
    requests: usize,
    per_second: f64,
    median_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    conflicts: usize,
    errors: usize,
}

#[derive(Serialize)]
struct Report {
    backend: String,
    clients: usize,
    seconds: u64,
    rows: Vec<Row>,
    errors: Vec<String>,
    rss_before_mib: Option<f64>,
    rss_after_mib: Option<f64>,
    rss_peak_mib: Option<f64>,
}

/// A running `mgi serve`, killed when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_addr() -> anyhow::Result<SocketAddr> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?)
}

/// A line of /proc/PID/status in MiB (VmRSS now, VmHWM the peak).
fn memory_mib(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn start_server(global: &Global, addr: SocketAddr) -> anyhow::Result<Server> {
    let mut cmd = Command::new(std::env::current_exe()?);
    cmd.arg("--db").arg(global.db_url());
    if let Some(dir) = &global.framework {
        cmd.arg("--framework").arg(dir);
    }
    if let Some(config) = &global.config {
        cmd.arg("--config").arg(config);
    }
    let child = cmd
        .args(["serve", "--addr", &addr.to_string()])
        .stdout(Stdio::null())
        .spawn()
        .context("cannot start mgi serve")?;
    Ok(Server(child))
}

/// One client's keep-alive connection.
struct Client {
    addr: SocketAddr,
    sender: Option<http1::SendRequest<Full<Bytes>>>,
}

impl Client {
    async fn connect(addr: SocketAddr) -> anyhow::Result<http1::SendRequest<Full<Bytes>>> {
        let stream = TcpStream::connect(addr).await?;
        let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        Ok(sender)
    }

    /// Status and body of one request, reconnecting when the server closed the connection.
    async fn send(
        &mut self,
        method: &str,
        path: &str,
        bearer: Option<&str>,
        body: String,
    ) -> anyhow::Result<(u16, Bytes)> {
        let mut sender = match self.sender.take() {
            Some(s) if !s.is_closed() => s,
            _ => Client::connect(self.addr).await?,
        };
        sender.ready().await?;
        let mut request = hyper::Request::builder()
            .method(method)
            .uri(path)
            .header("host", self.addr.to_string());
        if let Some(bearer) = bearer {
            request = request
                .header("authorization", format!("Bearer {bearer}"))
                .header("content-type", "application/json");
        }
        let response = sender
            .send_request(request.body(Full::new(Bytes::from(body)))?)
            .await?;
        let status = response.status().as_u16();
        let body = response.into_body().collect().await?.to_bytes();
        self.sender = Some(sender);
        Ok((status, body))
    }
}

/// What one client saw, per kind of request; merged after the run, so that clients never wait
/// on each other to count.
type Tallies = BTreeMap<Kind, Tally>;

fn merge(into: &mut Tallies, from: Tallies) {
    for (kind, mut t) in from {
        let all = into.entry(kind).or_default();
        all.ms.append(&mut t.ms);
        all.conflicts += t.conflicts;
        all.errors.append(&mut t.errors);
    }
}

/// One timed request: its status and body, or the error recorded.
async fn timed(
    client: &mut Client,
    tallies: &mut Tallies,
    kind: Kind,
    (method, path): (&str, &str),
    bearer: Option<&str>,
    body: String,
) -> Option<(u16, Bytes)> {
    let started = Instant::now();
    let reply = client.send(method, path, bearer, body).await;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let expected: &[u16] = if kind == Kind::Write {
        &[200, 409]
    } else {
        &[200]
    };
    let outcome = match &reply {
        Ok((status, _)) if expected.contains(status) => Ok(()),
        Ok((status, body)) => Err(format!(
            "{method} {path}: {status} {}",
            String::from_utf8_lossy(&body[..body.len().min(200)])
        )),
        Err(e) => Err(format!("{method} {path}: {e:#}")),
    };
    let tally = tallies.entry(kind).or_default();
    tally.ms.push(ms);
    if matches!(reply, Ok((409, _))) {
        tally.conflicts += 1;
    }
    if let Err(e) = outcome {
        tally.errors.push(e);
    }
    reply.ok()
}

/// Read an answer of the draft, then save it with a new narrative and the version read.
async fn write(client: &mut Client, tallies: &mut Tallies, bearer: &str, indicator: &str, n: u64) {
    let path = format!("/api/v1/drafts/{JURISDICTION}/{DRAFT_YEAR}/answers/{indicator}");
    let Some((200, body)) = timed(
        client,
        tallies,
        Kind::DraftRead,
        ("GET", &path),
        Some(bearer),
        String::new(),
    )
    .await
    else {
        return;
    };
    let Ok(read) = serde_json::from_slice::<serde_json::Value>(&body) else {
        let tally = tallies.entry(Kind::DraftRead).or_default();
        tally.errors.push(format!("GET {path}: not JSON"));
        return;
    };
    let put = serde_json::json!({
        "value": read["value"],
        "narrative": format!("Reviewed under load, write {n}."),
        "status": "draft",
        "citations": read["citations"],
        "version": read["version"],
    });
    timed(
        client,
        tallies,
        Kind::Write,
        ("PUT", &path),
        Some(bearer),
        put.to_string(),
    )
    .await;
}

/// One client: requests back to back until the deadline; every seventh a write, every fourth
/// a search, the rest portal pages.
async fn client_loop(
    id: usize,
    addr: SocketAddr,
    deadline: Instant,
    bearer: Arc<str>,
    indicators: Arc<[String]>,
) -> Tallies {
    let mut tallies = Tallies::new();
    let mut client = Client { addr, sender: None };
    let mut n = id as u64;
    while Instant::now() < deadline {
        n += 1;
        if n.is_multiple_of(7) {
            let indicator = &indicators[(id + n as usize / 7) % indicators.len()];
            write(&mut client, &mut tallies, &bearer, indicator, n).await;
        } else if n.is_multiple_of(4) {
            let path = format!("/search?q={}", SEARCHES[(n as usize / 4) % SEARCHES.len()]);
            timed(
                &mut client,
                &mut tallies,
                Kind::Search,
                ("GET", &path),
                None,
                String::new(),
            )
            .await;
        } else {
            let path = PAGES[n as usize % PAGES.len()];
            timed(
                &mut client,
                &mut tallies,
                Kind::PortalRead,
                ("GET", path),
                None,
                String::new(),
            )
            .await;
        }
    }
    tallies
}

async fn wait_until_up(addr: SocketAddr, server: &mut Server) -> anyhow::Result<()> {
    let started = Instant::now();
    while TcpStream::connect(addr).await.is_err() {
        if let Some(status) = server.0.try_wait()? {
            anyhow::bail!("mgi serve exited ({status}) before it answered");
        }
        anyhow::ensure!(
            started.elapsed() < Duration::from_secs(60),
            "mgi serve did not answer on {addr} within 60 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

pub async fn run(
    global: &Global,
    clients: usize,
    seconds: u64,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let store = global.open_store().await?;
    let draft = store
        .export_assessment(JURISDICTION, DRAFT_YEAR)
        .await
        .with_context(|| {
            format!(
                "this benchmark edits {JURISDICTION} {DRAFT_YEAR}: run `mgi --db URL demo --no-serve` on an empty database first"
            )
        })?;
    let indicators: Arc<[String]> = draft.answers.iter().map(|a| a.indicator.clone()).collect();
    let label = format!("bench-http-{}", std::process::id());
    let bearer: Arc<str> = store.issue_token(WRITER, &label, 1).await?.into();
    let backend = store.backend().to_string();

    let addr = free_addr()?;
    let mut server = start_server(global, addr)?;
    let pid = server.0.id();
    let outcome = async {
        wait_until_up(addr, &mut server).await?;
        // One pass over every page first, so that "before" is the memory of a warm server.
        let mut warm = Tallies::new();
        let mut client = Client { addr, sender: None };
        for path in PAGES {
            timed(
                &mut client,
                &mut warm,
                Kind::PortalRead,
                ("GET", path),
                None,
                String::new(),
            )
            .await;
        }
        let rss_before = memory_mib(pid, "VmRSS:");
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let tasks: Vec<_> = (0..clients)
            .map(|id| {
                tokio::spawn(client_loop(
                    id,
                    addr,
                    deadline,
                    Arc::clone(&bearer),
                    Arc::clone(&indicators),
                ))
            })
            .collect();
        let mut tallies = Tallies::new();
        for task in tasks {
            merge(&mut tallies, task.await?);
        }
        let rss_after = memory_mib(pid, "VmRSS:");
        let rss_peak = memory_mib(pid, "VmHWM:");
        anyhow::Ok((tallies, rss_before, rss_after, rss_peak))
    }
    .await;
    drop(server);
    store.revoke_tokens(WRITER, &label).await?;
    store.close().await;
    let (tallies, rss_before_mib, rss_after_mib, rss_peak_mib) = outcome?;

    let mut errors = Vec::new();
    let rows = tallies
        .into_iter()
        .map(|(kind, mut t)| {
            t.ms.sort_by(f64::total_cmp);
            let failed = t.errors.len();
            errors.append(&mut t.errors);
            Row {
                kind,
                requests: t.ms.len(),
                per_second: t.ms.len() as f64 / seconds.max(1) as f64,
                median_ms: quantile(&t.ms, 0.5),
                p99_ms: quantile(&t.ms, 0.99),
                max_ms: t.ms.last().copied().unwrap_or(0.0),
                conflicts: t.conflicts,
                errors: failed,
            }
        })
        .collect();
    let report = Report {
        backend,
        clients,
        seconds,
        rows,
        errors,
        rss_before_mib,
        rss_after_mib,
        rss_peak_mib,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_table(&report);
    }
    Ok(if report.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn mib(v: Option<f64>) -> String {
    v.map_or_else(|| "unknown".to_owned(), |v| format!("{v:.0} MiB"))
}

fn print_table(r: &Report) {
    println!(
        "{} clients on loopback for {} s against mgi serve on {}",
        r.clients, r.seconds, r.backend
    );
    println!();
    println!(
        "| requests of the kind | count | per second | median (ms) | p99 (ms) | max (ms) | 409 stale | errors |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for row in &r.rows {
        println!(
            "| {} | {} | {:.0} | {:.1} | {:.1} | {:.1} | {} | {} |",
            row.kind.label(),
            row.requests,
            row.per_second,
            row.median_ms,
            row.p99_ms,
            row.max_ms,
            row.conflicts,
            row.errors
        );
    }
    println!();
    println!(
        "server memory (RSS): {} before, {} after, {} at the peak",
        mib(r.rss_before_mib),
        mib(r.rss_after_mib),
        mib(r.rss_peak_mib)
    );
    println!();
    verdict(
        &format!(
            "load, {} clients for {} s on {}",
            r.clients, r.seconds, r.backend
        ),
        "no error",
        &format!("{} errors", r.errors.len()),
        r.errors.is_empty(),
    );
    for e in r.errors.iter().take(20) {
        println!("  - {e}");
    }
}

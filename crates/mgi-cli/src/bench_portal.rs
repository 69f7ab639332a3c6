//! `mgi bench portal`: the portal's heavy pages, the home page and the maps on a loaded
//! database (run `mgi bench load` with the same `--db` first), each request through the whole
//! router in this process (no network): median and p90 per page, against the targets of the
//! scale issue.

use std::process::ExitCode;
use std::time::Instant;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::bench::{quantile, verdict};
use crate::config::Global;

/// A page, what it is, and its median target in milliseconds.
struct Probe {
    what: &'static str,
    uri: String,
    target_ms: Option<f64>,
}

pub async fn run(global: &Global, runs: usize) -> anyhow::Result<ExitCode> {
    let store = global.open_store().await?;
    let published = store.published().await?.len();
    anyhow::ensure!(
        published > 0,
        "nothing published in this database: run `mgi --db URL bench load` first"
    );
    let indicator = store
        .framework()
        .latest_for_level(mgi_framework::Level::National)
        .and_then(|s| s.indicator_ids().next().map(str::to_owned))
        .unwrap_or_default();
    let backend = store.backend();
    let publication = global.load_config()?.publication;
    let app = mgi_web::router(mgi_web::AppState::new(store.clone(), publication));
    let probes = [
        Probe {
            what: "home page, with its map",
            uri: "/".into(),
            target_ms: Some(50.0),
        },
        Probe {
            what: "home page's map as a file",
            uri: "/map.svg".into(),
            target_ms: Some(50.0),
        },
        Probe {
            what: "indicator explorer (first page of 50)",
            uri: format!("/explore?indicator={indicator}"),
            target_ms: Some(50.0),
        },
        Probe {
            what: "indicator explorer, one region",
            uri: format!("/explore?indicator={indicator}&region=Africa"),
            target_ms: Some(50.0),
        },
        Probe {
            what: "indicator explorer's map as a file",
            uri: format!("/explore/map.svg?indicator={indicator}"),
            target_ms: Some(50.0),
        },
        Probe {
            what: "GCM view, countries",
            uri: "/gcm".into(),
            target_ms: Some(100.0),
        },
        Probe {
            what: "GCM view, localities",
            uri: "/gcm?level=local".into(),
            target_ms: Some(100.0),
        },
        Probe {
            what: "GCM view, API (JSON)",
            uri: "/api/v1/aggregates/gcm".into(),
            target_ms: Some(100.0),
        },
        Probe {
            what: "search, a word found nowhere",
            uri: "/search?q=xylophone".into(),
            target_ms: Some(20.0),
        },
        Probe {
            what: "search, words in every source register",
            uri: "/search?q=law+number+7".into(),
            target_ms: Some(20.0),
        },
        Probe {
            what: "search, a word in every narrative",
            uri: "/search?q=synthetic".into(),
            target_ms: Some(20.0),
        },
        Probe {
            what: "search, a word's beginning and another's stem in every narrative",
            uri: "/search?q=synth+conditional".into(),
            target_ms: Some(20.0),
        },
        Probe {
            what: "SDG 10.7.2 readings",
            uri: "/sdg".into(),
            target_ms: None,
        },
    ];
    println!(
        "portal pages on {backend}, {published} published assessments; {runs} requests each after one warm-up, through the router in-process"
    );
    println!();
    println!("| page | bytes | median (ms) | p90 (ms) | target (median) |");
    println!("|---|---:|---:|---:|---:|");
    let mut verdicts = Vec::new();
    for p in &probes {
        let mut times = Vec::with_capacity(runs);
        let mut bytes = 0;
        for i in 0..=runs.max(1) {
            let started = Instant::now();
            let response = app
                .clone()
                .oneshot(Request::get(p.uri.as_str()).body(Body::empty())?)
                .await?;
            let status = response.status();
            let body = response.into_body().collect().await?.to_bytes();
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            anyhow::ensure!(status == StatusCode::OK, "{} answered {status}", p.uri);
            bytes = body.len();
            if i > 0 {
                times.push(ms);
            }
        }
        times.sort_by(f64::total_cmp);
        let median = quantile(&times, 0.5);
        let p90 = quantile(&times, 0.9);
        println!(
            "| {} `{}` | {bytes} | {median:.1} | {p90:.1} | {} |",
            p.what,
            p.uri,
            p.target_ms
                .map_or("—".to_owned(), |t| format!("< {t:.0} ms"))
        );
        if let Some(t) = p.target_ms {
            verdicts.push((p.what, t, median));
        }
    }
    println!();
    for (what, target, median) in verdicts {
        verdict(
            &format!("{what} on {backend}, median"),
            &format!("under {target:.0} ms"),
            &format!("{median:.1} ms"),
            median < target,
        );
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

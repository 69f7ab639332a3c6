//! The server's log: a JSON line per request with `MGI_LOG_FORMAT=json`, filtered by
//! `MGI_LOG`, and a filter or format it cannot read refused before it starts.

mod common;

use common::{http, mgi, mgi_env, serve_with, stderr};

#[test]
fn a_json_log_has_a_line_per_request_with_its_id_and_route() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.db");
    assert!(mgi(&db, &["demo", "--no-serve"]).status.success());
    let log_path = dir.path().join("serve.log");
    let log = std::fs::File::create(&log_path).expect("log file");
    let url = db.display().to_string();
    let (server, port) = serve_with(&url, &[("MGI_LOG_FORMAT", "json")], log.into());
    let (status, reply) = http(port, "GET", "/healthz", "", "");
    assert_eq!(status, 200);
    let id = reply
        .lines()
        .find_map(|l| l.strip_prefix("x-request-id: "))
        .expect("a request id")
        .trim()
        .to_owned();
    drop(server);
    let text = std::fs::read_to_string(&log_path).expect("log");
    let line = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["fields"]["request_id"] == id.as_str())
        .unwrap_or_else(|| panic!("a JSON line for {id} in:\n{text}"));
    assert_eq!(line["fields"]["route"], "/healthz");
    assert_eq!(line["fields"]["method"], "GET");
    assert_eq!(line["fields"]["status"], 200);
    assert_eq!(line["level"], "INFO");
}

#[test]
fn a_log_filter_or_format_it_cannot_read_stops_the_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("mgi.db");
    for (env, named) in [
        (("MGI_LOG", "info,mgi=[[["), "MGI_LOG"),
        (("MGI_LOG_FORMAT", "yaml"), "MGI_LOG_FORMAT"),
    ] {
        let out = mgi_env(&[env], &db, &["serve", "--addr", "127.0.0.1:0"]);
        assert!(!out.status.success(), "{env:?}");
        assert!(stderr(&out).contains(named), "{env:?}: {}", stderr(&out));
    }
}

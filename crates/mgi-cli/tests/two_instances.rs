//! PostgreSQL mode: two `mgi serve` processes on one database serve the same data and see each
//! other's writes at once. A session opened on one instance is valid on the other (nothing is
//! kept in a process). Needs `MGI_TEST_PG_URL` (scripts/test sets it; `MGI_REQUIRE_PG=1` turns
//! the skip into a failure).

use std::process::Command;

mod common;

use common::{PASSWORD, fresh_database, http, serve};

fn header_cookie(reply: &str, name: &str) -> Option<String> {
    reply
        .lines()
        .filter(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .filter_map(|l| l.split_once(':').map(|(_, v)| v.trim()))
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap_or(v).to_owned())
}

fn hidden(page: &str, name: &str) -> String {
    let key = format!("name=\"{name}\" value=\"");
    let at = page.find(&key).expect("hidden field") + key.len();
    page[at..at + page[at..].find('"').expect("end")].to_owned()
}

fn form(fields: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

#[test]
fn two_servers_on_one_postgresql_see_each_others_writes() {
    let Some(url) = fresh_database("two") else {
        return;
    };
    let load = Command::new(env!("CARGO_BIN_EXE_mgi"))
        .args(["--db", &url, "demo", "--no-serve"])
        .env("MGI_DEMO_PASSWORD", PASSWORD)
        .output()
        .expect("mgi demo");
    assert!(
        load.status.success(),
        "{}",
        String::from_utf8_lossy(&load.stderr)
    );
    let (_a, pa) = serve(&url);
    let (_b, pb) = serve(&url);

    // Both serve the same published profile.
    let (sa, ra) = http(pa, "GET", "/profiles/MNG/2023.json", "", "");
    let (sb, rb) = http(pb, "GET", "/profiles/MNG/2023.json", "", "");
    assert_eq!((sa, sb), (200, 200));
    let body = |r: &str| {
        r.split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default()
    };
    assert_eq!(body(&ra), body(&rb));

    // Sign in on A; the session works on B too.
    let (_, login) = http(pa, "GET", "/login", "", "");
    let form_cookie = header_cookie(&login, "mgi_form").expect("form cookie");
    let token = hidden(&login, "form");
    let (status, signed) = http(
        pa,
        "POST",
        "/login",
        &form_cookie,
        &form(&[
            ("form", &token),
            ("username", "analyst"),
            ("password", PASSWORD),
        ]),
    );
    assert_eq!(status, 303, "{signed}");
    let session = header_cookie(&signed, "mgi_session").expect("session cookie");
    let (status, work) = http(pb, "GET", "/work", &session, "");
    assert_eq!(status, 200, "the session opened on A is valid on B");
    let csrf = hidden(&work, "csrf");

    // A comment written through B is read through A, at once.
    let remark = format!("Written on B at {}", chrono::Utc::now().timestamp_micros());
    let (status, _) = http(
        pb,
        "POST",
        "/work/MNG/2026/comments",
        &session,
        &form(&[
            ("csrf", &csrf),
            ("anchor", "general"),
            ("ref", ""),
            ("visibility", "internal"),
            ("text", &remark),
        ]),
    );
    assert_eq!(status, 303);
    let (status, page) = http(pa, "GET", "/work/MNG/2026", &session, "");
    assert_eq!(status, 200);
    assert!(page.contains(&remark), "A sees B's write");

    // And a stale save on A after a save on B is a conflict, whichever instance is asked.
    let (_, editor) = http(pa, "GET", "/work/MNG/2026", &session, "");
    let at = editor.find("/indicators/").expect("indicator link") + "/indicators/".len();
    let id = &editor[at..at + editor[at..].find('"').expect("end")];
    let path = format!("/work/MNG/2026/indicators/{id}");
    let (_, page) = http(pa, "GET", &path, &session, "");
    let version = hidden(&page, "version");
    let save = |port: u16, text: &str| {
        http(
            port,
            "POST",
            &path,
            &session,
            &form(&[
                ("csrf", &csrf),
                ("version", &version),
                ("value", "partial"),
                ("narrative", text),
                ("status", "draft"),
            ]),
        )
        .0
    };
    assert_eq!(save(pb, "Saved on B."), 303);
    assert_eq!(save(pa, "Stale save on A."), 409);
    let (_, page) = http(pa, "GET", &path, &session, "");
    assert!(page.contains("Saved on B."));
}

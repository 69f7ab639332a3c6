//! Commands the README lists that no other test runs: the exchange format's schema, the source
//! register as CSL-JSON, API tokens revoked, the GCM view of localities, the profile as PDF,
//! and the demo's database kept.

mod common;

use std::process::Command;

use common::{http_with, mgi, serve, stderr, stdout};

/// A demo database in a fresh folder.
fn demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.db");
    let out = mgi(&db, &["demo", "--no-serve"]);
    assert!(out.status.success(), "{}", stderr(&out));
    (dir, db)
}

fn repo(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

#[test]
fn the_schema_printed_is_the_one_in_the_docs() {
    let out = mgi("unused.db", &["assessment", "schema"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let printed: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let documented: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("docs/assessment.schema.json")).expect("the docs' schema"),
    )
    .expect("JSON");
    assert_eq!(
        printed, documented,
        "docs/assessment.schema.json is current"
    );
    assert!(printed["$defs"]["Anchor"].is_object());
}

#[test]
fn the_source_register_exports_as_csl_json() {
    let (_dir, db) = demo();
    let out = mgi(&db, &["export", "csl", "MNG", "2023"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let items: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).expect("CSL-JSON");
    assert_eq!(items.len(), 78, "every source of the reference's register");
    let handbook = items
        .iter()
        .find(|i| i["id"] == "MNG-2023-cfe-dmha-handbook")
        .expect("the handbook");
    assert_eq!(handbook["type"], "report");
    assert_eq!(
        handbook["title"],
        "Mongolia Disaster Management Reference Handbook"
    );
    let missing = mgi(&db, &["export", "csl", "MNG", "1999"]);
    assert!(!missing.status.success());
    assert!(
        stderr(&missing).contains("MNG 1999"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn a_revoked_api_token_no_longer_opens_the_api() {
    let (_dir, db) = demo();
    let out = mgi(&db, &["user", "token", "analyst", "--label", "ci"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let token = stdout(&out).trim().to_owned();
    assert!(token.starts_with("mgi_"), "{token}");
    let url = db.display().to_string();
    let (server, port) = serve(&url);
    let bearer = format!("Bearer {token}");
    let draft = |port| {
        http_with(
            port,
            "GET",
            "/api/v1/drafts/MNG/2026",
            &[("Authorization", bearer.as_str())],
            "",
        )
        .0
    };
    assert_eq!(draft(port), 200, "the analyst's token reads the draft");
    let revoked = mgi(&db, &["user", "revoke", "analyst", "--label", "ci"]);
    assert!(revoked.status.success(), "{}", stderr(&revoked));
    assert!(stdout(&revoked).contains("1 token(s) revoked"));
    assert_eq!(draft(port), 401, "revoked: refused at once");
    let again = mgi(&db, &["user", "revoke", "analyst", "--label", "ci"]);
    assert!(stdout(&again).contains("0 token(s) revoked"));
    drop(server);
}

#[test]
fn the_gcm_view_of_localities_counts_only_localities() {
    let (_dir, db) = demo();
    let local = mgi(&db, &["aggregate", "gcm", "--local"]);
    assert!(local.status.success(), "{}", stderr(&local));
    let text = stdout(&local);
    assert!(
        text.starts_with("GCM objectives over 0 jurisdiction(s)"),
        "the demo publishes no locality: {text}"
    );
    let national = stdout(&mgi(&db, &["aggregate", "gcm"]));
    assert!(
        national.starts_with("GCM objectives over 1 jurisdiction(s)"),
        "{national}"
    );
}

#[test]
fn the_profile_renders_as_a_pdf_with_contents_page_numbers_and_footnotes() {
    let (dir, db) = demo();
    let file = dir.path().join("mng.pdf");
    let out = mgi(
        &db,
        &[
            "render",
            "MNG",
            "2023",
            "--format",
            "pdf",
            "-o",
            file.to_str().expect("path"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let Ok(text) = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
    else {
        assert!(
            std::env::var_os("MGI_REQUIRE_TOOLS").is_none(),
            "pdftotext is required"
        );
        eprintln!("pdftotext not found: this check did not run (run scripts/test)");
        return;
    };
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() > 20, "{} pages", pages.len());
    // The contents page lists the parts with their pages.
    assert!(pages[2].contains("Contents"), "{}", pages[2]);
    assert!(
        pages[2]
            .lines()
            .any(|l| l.contains("Key findings") && l.trim_end().ends_with(char::is_numeric)),
        "{}",
        pages[2]
    );
    // Every page after the cover ends with its number.
    for (i, page) in pages.iter().enumerate().skip(1) {
        let last = page
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        assert_eq!(last.trim(), (i + 1).to_string(), "page {}", i + 1);
    }
    // The first footnote sits at the foot of the page that calls it: its number alone on a
    // line, then its text, below the paragraph and the figure, above the page number.
    let (n, page) = pages
        .iter()
        .enumerate()
        .find(|(_, p)| p.contains("Figure 1).1"))
        .expect("the paragraph that calls note 1");
    let lines: Vec<&str> = page.lines().filter(|l| !l.trim().is_empty()).collect();
    let call = lines
        .iter()
        .position(|l| l.contains("Figure 1).1"))
        .expect("the call");
    let note = lines
        .windows(2)
        .position(|w| {
            w[0].trim() == "1"
                && w[1]
                    .trim()
                    .starts_with("United Nations Department of Economic and Social Affairs (DESA)")
        })
        .unwrap_or_else(|| panic!("note 1 on page {}:\n{page}", n + 1));
    assert!(note > call, "the note below its call");
    assert!(
        note + 6 >= lines.len(),
        "the note at the foot of page {}:\n{page}",
        n + 1
    );
}

#[test]
fn a_kept_demo_database_stays_and_its_path_is_printed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let out = Command::new(env!("CARGO_BIN_EXE_mgi"))
        .arg("--data-dir")
        .arg(&data)
        .args(["demo", "--keep", "--no-serve"])
        .env("MGI_DEMO_PASSWORD", common::PASSWORD)
        .output()
        .expect("run mgi");
    assert!(out.status.success(), "{}", stderr(&out));
    let kept = data.join("demo.db");
    assert!(kept.exists(), "the database stays");
    let printed = stdout(&out);
    let line = printed
        .lines()
        .find(|l| l.starts_with("Explore it: mgi --db "))
        .expect("the --db line");
    let db = line
        .trim_start_matches("Explore it: mgi --db ")
        .trim_end_matches(" assessment list");
    assert_eq!(std::path::Path::new(db), kept);
    let listed = mgi(db, &["assessment", "list"]);
    assert!(stdout(&listed).contains("MNG"), "{}", stdout(&listed));
}

#[test]
fn a_folder_of_profiles_is_read_file_by_file_and_a_bad_one_is_listed_with_its_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profiles = dir.path().join("profiles");
    std::fs::create_dir_all(profiles.join("word")).expect("folders");
    std::fs::copy(
        repo("crates/mgi-import/tests/fixtures/norvale-2019.txt"),
        profiles.join("norvale-2019.txt"),
    )
    .expect("fixture");
    std::fs::copy(
        repo("fuzz/seeds/docx/norvale.docx"),
        profiles.join("word/norvale.docx"),
    )
    .expect("fixture");
    std::fs::write(profiles.join("broken.pdf"), b"%PDF-1.7\n1 0 obj <<").expect("file");
    std::fs::write(
        profiles.join("letter.txt"),
        "Dear colleagues, see you on Monday.",
    )
    .expect("file");
    let out_dir = dir.path().join("drafts");
    let out = mgi(
        dir.path().join("db.sqlite"),
        &[
            "import",
            "profiles",
            profiles.to_str().expect("path"),
            "--out",
            out_dir.to_str().expect("path"),
        ],
    );
    assert!(!out.status.success(), "two files were refused");
    let table = stdout(&out);
    let rows: Vec<&str> = table.lines().skip(2).collect();
    assert_eq!(rows.len(), 4, "{table}");
    let name = |p: &str| profiles.join(p).display().to_string();
    assert!(
        rows[0].starts_with(&format!("| {} | — |", name("broken.pdf")))
            && rows[0].ends_with("| refused: the PDF cannot be read: its structure is damaged |"),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].starts_with(&format!("| {} | — |", name("letter.txt")))
            && rows[1].contains("refused: this does not look like an MGI profile"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].starts_with(&format!("| {} | ", name("norvale-2019.txt"))),
        "{}",
        rows[2]
    );
    assert!(
        rows[3].starts_with(&format!("| {} | ", name("word/norvale.docx"))),
        "{}",
        rows[3]
    );
    assert!(rows[3].contains("| 2019 | en | 2 | 1 |"), "{}", rows[3]);
    for written in ["norvale-2019.txt.json", "norvale.docx.json"] {
        let json = std::fs::read_to_string(out_dir.join(written)).expect("draft written");
        assert!(
            json.contains("\"format\": \"mgi-assessment/1\""),
            "{written}"
        );
    }
    assert!(
        stderr(&out).contains("4 file(s) read, 2 refused or not kept"),
        "{}",
        stderr(&out)
    );
}

//! Every portal view offers its rows as CSV and JSON and its chart as SVG: each download is
//! read back and matched, row by row, to the table the page shows.

mod common;

use axum::http::StatusCode;
use common::{App, Client, app, reference};
use mgi_model::{AnswerValue, Stage};
use mgi_store::ImportMode;

/// The test application with Kazakhstan 2022 and an earlier round of Mongolia (2019) published.
async fn portal() -> App {
    let a = app().await;
    let kaz = common::kazakhstan_2022(a.store.framework());
    let mut earlier = reference(a.store.framework());
    earlier.year = 2019;
    earlier.stage = Stage::Published;
    earlier.answers[0].value = AnswerValue::Absent;
    a.store
        .import_many(&[kaz, earlier], "test", ImportMode::New)
        .await
        .expect("import");
    a
}

/// How many indicators a version of the national set has: the comparison has a row for each
/// of the newest version's (`None`), the change log between two rounds for each of the later
/// round's version's.
fn national_indicators(a: &App, version: Option<u32>) -> usize {
    let fw = a.store.framework();
    let set = match version {
        Some(v) => fw.set("mgi-national", v),
        None => fw.latest_for_level(mgi_framework::Level::National),
    };
    set.expect("a national set").indicator_ids().count()
}

/// The text of a fragment of HTML: tags dropped, entities read, spaces collapsed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The body rows of every table marked `data-rows`, in order, each as its cells' texts.
fn page_rows(page: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for table in page.split("<table data-rows>").skip(1) {
        let table = table.split("</table>").next().unwrap_or_default();
        let body = table.split("<tbody>").nth(1).unwrap_or_default();
        for tr in body.split("<tr").skip(1) {
            let tr = tr.split("</tr>").next().unwrap_or_default();
            let cells = tr
                .split("<t")
                .skip(1)
                .filter(|c| c.starts_with('d') || c.starts_with('h'))
                .map(|c| text(&format!("<t{c}")))
                .collect();
            rows.push(cells);
        }
    }
    rows
}

/// The CSV download of `path` (its page's address): checked as a CSV file, read back whole.
async fn csv_rows(c: &mut Client<'_>, path: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let sep = if path.contains('?') { '&' } else { '?' };
    let reply = c.get(&format!("{path}{sep}format=csv")).await;
    assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.body);
    assert_eq!(reply.headers["content-type"], "text/csv; charset=utf-8");
    let disposition = reply.headers["content-disposition"]
        .to_str()
        .expect("ascii");
    assert!(
        disposition.starts_with("attachment; filename=\"mgi-") && disposition.ends_with(".csv\""),
        "{disposition}"
    );
    let mut reader = csv::Reader::from_reader(reply.bytes.as_slice());
    let head = reader
        .headers()
        .expect("headers")
        .iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    let rows = reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_owned).collect())
        .collect::<Vec<Vec<String>>>();
    // The JSON download holds the same rows, keyed by the same column heads.
    let json = c.get(&format!("{path}{sep}format=json")).await;
    assert_eq!(json.status, StatusCode::OK);
    assert_eq!(json.headers["content-type"], "application/json");
    let value: serde_json::Value = serde_json::from_str(&json.body).expect("json");
    let listed = value["rows"].as_array().expect("rows");
    assert_eq!(listed.len(), rows.len(), "{path}: JSON and CSV rows");
    for (object, row) in listed.iter().zip(&rows) {
        for (column, cell) in head.iter().zip(row) {
            assert_eq!(
                object[column].as_str(),
                Some(cell.as_str()),
                "{path}: {column}"
            );
        }
    }
    (head, rows)
}

/// The numbers written in `cell`, in order ("1 234 (40,5 %)" → 1234, 40.5).
fn numbers(cell: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut flush = |current: &mut String| {
        if !current.is_empty() {
            out.push(current.replace(',', ".").parse::<f64>().expect("number"));
            current.clear();
        }
    };
    for c in cell.chars() {
        match c {
            '0'..='9' => current.push(c),
            ',' | '.' if !current.is_empty() => current.push(c),
            // Thousands are grouped by (narrow) no-break spaces in French.
            '\u{a0}' | '\u{202f}' if !current.is_empty() => {}
            _ => flush(&mut current),
        }
    }
    flush(&mut current);
    out
}

#[tokio::test]
async fn the_gcm_download_holds_every_count_of_the_page_in_french_too() {
    let a = portal().await;
    let mut c = Client::new(&a);
    for path in ["/gcm", "/fr/gcm"] {
        let page = c.get(path).await;
        let shown = page_rows(&page.body);
        let (head, rows) = csv_rows(&mut c, path).await;
        assert_eq!(rows.len(), shown.len(), "{path}: a CSV row per row shown");
        assert!(shown.len() > 23, "{path}: every objective has rows");
        assert_eq!(head.len(), 4 + 2 * 4 + 1, "{path}: {head:?}");
        for (row, cells) in rows.iter().zip(&shown) {
            let label = if row[3].is_empty() { &row[2] } else { &row[3] };
            assert_eq!(&cells[0], label, "{path}");
            let on_page: Vec<f64> = cells[1..].iter().flat_map(|c| numbers(c)).collect();
            let in_file: Vec<f64> = row[4..]
                .iter()
                .map(|c| c.parse::<f64>().expect("plain number"))
                .collect();
            assert_eq!(on_page.len(), in_file.len(), "{path}: {cells:?} {row:?}");
            for (p, f) in on_page.iter().zip(&in_file) {
                assert!((p - f).abs() < 0.051, "{path}: {cells:?} against {row:?}");
            }
        }
        if path.starts_with("/fr") {
            assert_eq!(head[0], "Objectif");
        }
    }
}

#[tokio::test]
async fn the_sdg_download_holds_each_reading_of_the_page() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let page = c.get("/sdg").await;
    let shown = page_rows(&page.body);
    let (head, rows) = csv_rows(&mut c, "/sdg").await;
    assert_eq!(
        shown.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        ["Kazakhstan", "Mongolia"],
        "the latest round of each country, by name"
    );
    assert_eq!(rows.len(), shown.len());
    assert_eq!(head.len(), 2 + 2 * 6);
    for (row, cells) in rows.iter().zip(&shown) {
        assert_eq!(cells[..2], row[..2]);
        for (i, cell) in cells[2..].iter().enumerate() {
            let (value, category) = (&row[2 + 2 * i], &row[3 + 2 * i]);
            if value.is_empty() {
                assert_eq!(cell, "—");
            } else {
                assert_eq!(cell, &format!("{value} · {category}"));
            }
        }
    }
}

#[tokio::test]
async fn the_comparison_download_holds_every_answer_compared_in_the_columns_asked() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let path = "/compare?j=MNG&j=KAZ";
    let page = c.get(path).await;
    assert_eq!(page.status, StatusCode::OK);
    let shown = page_rows(&page.body);
    let (head, rows) = csv_rows(&mut c, path).await;
    assert_eq!(head[2..], ["Mongolia 2023", "Kazakhstan 2022"]);
    assert_eq!(rows.len(), shown.len());
    assert_eq!(rows.len(), national_indicators(&a, None));
    let mut differ = 0;
    for (row, cells) in rows.iter().zip(&shown) {
        assert_eq!(cells[0], row[1]);
        for (cell, word) in cells[1..].iter().zip(&row[2..]) {
            if word.is_empty() {
                assert_eq!(cell, "—");
            } else {
                assert!(cell.ends_with(word.as_str()), "{cell} shows {word}");
            }
        }
        differ += usize::from(row[2] != row[3]);
    }
    assert_eq!(differ, 1, "the one answer Kazakhstan gives differently");
    // The findings of both sides stand side by side, one column each.
    let side = page
        .body
        .split("<div class=\"side-by-side\">")
        .nth(1)
        .expect("findings");
    let side = side.split("</div>").next().unwrap_or_default();
    assert_eq!(side.matches("<section>").count(), 2);
}

#[tokio::test]
async fn the_explorer_downloads_hold_the_indicators_and_the_jurisdictions_shown() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let index = c.get("/explore").await;
    let (_, indicators) = csv_rows(&mut c, "/explore").await;
    assert_eq!(
        indicators.len(),
        index.body.matches("href=\"/explore?indicator=").count(),
        "a row per indicator listed"
    );
    let id = reference(a.store.framework()).answers[0].indicator.clone();
    let path = format!("/explore?indicator={id}");
    let page = c.get(&path).await;
    let shown = page_rows(&page.body);
    let (_, rows) = csv_rows(&mut c, &path).await;
    assert_eq!(
        shown.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        ["Kazakhstan", "Mongolia"]
    );
    assert_eq!(rows.len(), shown.len());
    for (row, cells) in rows.iter().zip(&shown) {
        assert_eq!(cells[..2], row[..2]);
        assert!(cells[2].ends_with(row[2].as_str()), "{cells:?} {row:?}");
    }
    assert_eq!(rows[0][2], "absent");
    // A region that holds neither country leaves no row, in the file as on the page.
    let (_, none) = csv_rows(&mut c, &format!("{path}&region=Europe")).await;
    assert!(none.is_empty());
}

#[tokio::test]
async fn the_progress_download_holds_every_line_of_the_change_log() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let page = c.get("/progress/MNG?from=2019&to=2023").await;
    assert_eq!(page.status, StatusCode::OK);
    let shown = page_rows(&page.body);
    let (head, rows) = csv_rows(&mut c, "/progress/MNG?from=2019&to=2023").await;
    assert_eq!(head.len(), 7);
    assert_eq!(rows.len(), shown.len());
    assert_eq!(rows.len(), national_indicators(&a, Some(1)));
    for (row, cells) in rows.iter().zip(&shown) {
        assert_eq!(cells[0], row[0]);
        assert_eq!(cells[2], row[2]);
    }
    assert_eq!(rows[0][3], "absent", "2019's answer comes first");
}

/// Whether `xml` closes every element it opens, in order (no DTD, no CDATA: what mgi writes).
fn well_formed(xml: &str) -> bool {
    let mut open: Vec<String> = Vec::new();
    for piece in xml.split('<').skip(1) {
        let Some((tag, _)) = piece.split_once('>') else {
            return false;
        };
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            if open.pop().as_deref() != Some(name.trim()) {
                return false;
            }
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().unwrap_or_default();
            open.push(name.to_owned());
        }
    }
    open.is_empty()
}

#[tokio::test]
async fn charts_are_drawn_in_the_page_and_saved_as_svg_files() {
    let a = portal().await;
    let mut c = Client::new(&a);
    for (path, bars) in [("/gcm", 23), ("/sdg", 6), ("/es/gcm?level=national", 23)] {
        let page = c.get(path).await;
        assert!(
            page.body.contains("role=\"img\""),
            "{path}: an accessible drawing"
        );
        let sep = if path.contains('?') { '&' } else { '?' };
        let svg = c.get(&format!("{path}{sep}format=svg")).await;
        assert_eq!(svg.status, StatusCode::OK);
        assert_eq!(svg.headers["content-type"], "image/svg+xml");
        assert!(
            svg.body
                .starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg")
        );
        assert!(well_formed(&svg.body), "{path}: {}", svg.body);
        assert_eq!(svg.body.matches("<g><title>").count(), bars, "{path}");
        // The same drawing as the page's.
        let inline = page.body.split("<svg").nth(1).expect("inline chart");
        let saved = svg.body.split("<svg").nth(1).expect("saved chart");
        assert_eq!(inline.split("</svg>").next(), saved.split("</svg>").next());
    }
    assert!(!well_formed("<svg><g></svg>"), "the check can fail");
    // The same view in the API, linked from the page, and the page's own description.
    let gcm = c.get("/gcm?level=local").await;
    assert!(
        gcm.body
            .contains("href=\"/api/v1/aggregates/gcm?level=local\"")
    );
    assert_eq!(
        c.get("/api/v1/aggregates/gcm?level=local").await.status,
        StatusCode::OK
    );
    assert!(
        gcm.body
            .contains("<meta name=\"description\" content=\"How the answers")
    );
    let unknown = c.get("/gcm?format=xls").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("csv, json or svg"));
}

#[tokio::test]
async fn the_home_page_download_lists_each_participant_with_its_rounds() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let page = c.get("/").await;
    let (head, rows) = csv_rows(&mut c, "/").await;
    assert_eq!(head, ["Region", "Jurisdiction", "Kind", "Rounds published"]);
    assert_eq!(
        rows,
        [
            ["Asia", "Kazakhstan", "country", "2022"],
            ["Asia", "Mongolia", "country", "2019 2023"]
        ]
    );
    for row in &rows {
        assert!(
            page.body.contains(&format!("<li><bdi>{}</bdi>", row[1])),
            "{row:?}"
        );
    }
    assert_eq!(page.body.matches("<li><bdi>").count(), rows.len());
}

#[tokio::test]
async fn the_search_download_holds_each_passage_found() {
    let a = portal().await;
    let mut c = Client::new(&a);
    let path = "/search?q=labor";
    let page = c.get(path).await;
    let (_, rows) = csv_rows(&mut c, path).await;
    let listed: Vec<String> = common::search_hits(&page.body)
        .into_iter()
        .map(|(_, about, _, passage)| text(&format!("{about}: {passage}")))
        .collect();
    assert!(!rows.is_empty(), "\"labor\" finds the British \"labour\"");
    assert_eq!(rows.len(), listed.len());
    for (row, li) in rows.iter().zip(&listed) {
        assert!(li.starts_with(&row[2]), "{li} is a {}", row[2]);
        let passage = row[4].split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(li.ends_with(&passage), "{li} holds {passage}");
    }
}

//! The site's own pages (about, methodology, data, privacy, contact) in three languages, their
//! texts from the deployment, the footer on every page, and what machines read: the Atom feed,
//! the sitemap, robots.txt and the open data package.

mod common;

use axum::http::StatusCode;
use common::{Client, app, escaped};
use mgi_framework::Level;
use mgi_web::{AppState, Site, SiteText, router};

const PAGES: [(&str, &str); 5] = [
    ("/about", "About the MGI"),
    ("/methodology", "Methodology"),
    ("/data", "Data and licence"),
    ("/privacy", "Privacy"),
    ("/contact", "Contact"),
];

#[tokio::test]
async fn each_site_page_answers_in_three_languages_with_its_title_and_description() {
    let a = app().await;
    let mut c = Client::new(&a);
    for (path, title) in PAGES {
        for prefix in ["", "/fr", "/es"] {
            let page = c.get(&format!("{prefix}{path}")).await;
            assert_eq!(page.status, StatusCode::OK, "{prefix}{path}");
            assert!(page.body.contains("<meta name=\"description\" content=\""));
            if prefix.is_empty() {
                assert!(page.body.contains(&format!("<h1>{title}</h1>")), "{path}");
            }
        }
    }
    let fr = c.get("/fr/about").await;
    assert!(fr.body.contains("<h1>À propos des IGM</h1>"));
    assert!(
        fr.body.contains("démonstration"),
        "the default says what it is"
    );
}

#[tokio::test]
async fn every_page_ends_with_the_same_footer_the_published_profile_too() {
    let a = app().await;
    let mut c = Client::new(&a);
    for path in [
        "/",
        "/gcm",
        "/explore",
        "/login",
        "/profiles/MNG/2023",
        "/no-such-page",
    ] {
        let page = c.get(path).await;
        let footer = page
            .body
            .split("<footer class=\"site\">")
            .nth(1)
            .unwrap_or_else(|| panic!("{path}: a footer"));
        for link in [
            "href=\"/about\"",
            "href=\"/methodology\"",
            "href=\"/data\"",
            "href=\"/open-data.zip\"",
            "href=\"/api/v1/openapi.json\"",
            "href=\"/feed.atom\"",
            "href=\"/privacy\"",
            "href=\"/contact\"",
        ] {
            assert!(footer.contains(link), "{path}: {link}");
        }
    }
    let fr = c.get("/fr/profiles/MNG/2023").await;
    assert_eq!(fr.body.matches("<footer class=\"site\">").count(), 1);
    assert!(fr.body.contains("href=\"/fr/methodology\""));
}

#[tokio::test]
async fn a_deployment_s_texts_replace_the_defaults_sanitised_and_marked_when_in_another_language() {
    let a = app().await;
    let site = Site {
        contact: Some(SiteText::Every(
            "Write to **mgi@example.org**.<script>alert(1)</script>".into(),
        )),
        about: Some(SiteText::ByLanguage(
            [("en".to_owned(), "Our own words.".to_owned())].into(),
        )),
        ..Site::default()
    };
    let app =
        router(AppState::new(a.store.clone(), mgi_profile::Publication::default()).with_site(site));
    let get = |path: &'static str| {
        let app = app.clone();
        async move {
            use tower::ServiceExt;
            let reply = app
                .oneshot(
                    axum::http::Request::get(path)
                        .body(axum::body::Body::empty())
                        .expect("request"),
                )
                .await
                .expect("reply");
            let bytes = http_body_util::BodyExt::collect(reply.into_body())
                .await
                .expect("body")
                .to_bytes();
            String::from_utf8(bytes.to_vec()).expect("utf-8")
        }
    };
    let contact = get("/contact").await;
    assert!(contact.contains("<strong>mgi@example.org</strong>"));
    assert!(!contact.contains("<script>alert"), "sanitised");
    assert!(!contact.contains("This demonstration has no contact address"));
    let about = get("/fr/about").await;
    assert!(about.contains("<div dir=\"auto\" lang=\"en\"><p>Our own words.</p>"));
    assert!(about.contains("untranslated"), "marked as English");
}

#[tokio::test]
async fn the_methodology_is_written_from_the_framework() {
    let a = app().await;
    let mut c = Client::new(&a);
    let page = c.get("/methodology").await;
    let fw = a.store.framework();
    let set = fw.latest_for_level(Level::National).expect("national set");
    for d in &set.domains {
        let n = d.indicator_ids().count();
        let line = format!(
            "{}. {}</span>: {n} indicators",
            d.number,
            escaped(d.name.en())
        );
        assert!(page.body.contains(&line), "{line}");
    }
    assert_eq!(
        page.body.matches("<tr><td><span class=\"domain\"").count(),
        fw.sdg.domains.len()
    );
    for c in &fw.sdg.categories {
        assert!(
            page.body.contains(&escaped(c.label.en())),
            "{}",
            c.label.en()
        );
    }
    assert!(
        page.body
            .contains(&format!("({} objectives)", fw.gcm.len()))
    );
    // The national set in force is 1.1, and the page says what it changed since 1.
    assert!(
        page.body.contains(", version 1.1: 95 indicators"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("<h4>What version 1.1 changed since version 1</h4>")
    );
    assert!(
        page.body.contains(
            "<li>Added: Preparedness for large and unexpected migration flows (domain 6,"
        )
    );
    let fr = c.get("/fr/methodology").await;
    assert!(
        fr.body.contains(
            "<li>Ajouté\u{202f}: Préparation aux flux migratoires importants et imprévus"
        )
    );
}

/// A draft moved to framework 1.1 has the new indicator in its workspace; the 2023 round,
/// assessed on version 1, does not.
#[tokio::test]
async fn the_new_indicator_of_1_1_is_in_the_migrated_round_only() {
    let a = app().await;
    let (mut ana, _) = Client::signed_in(&a, "analyst").await;
    let before = ana
        .get("/work/MNG/2026/indicators/migration-flow-preparedness")
        .await;
    assert_eq!(
        before.status,
        StatusCode::NOT_FOUND,
        "the draft is on version 1"
    );
    a.store
        .migrate_framework("MNG", 2026, mgi_framework::Version::new(1, 1), "analyst")
        .await
        .expect("migrated");
    let page = ana
        .get("/work/MNG/2026/indicators/migration-flow-preparedness")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("Indicator: Preparedness for large and unexpected migration flows")
    );
    let old = ana
        .get("/work/MNG/2023/indicators/migration-flow-preparedness")
        .await;
    assert_eq!(old.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_feed_lists_each_published_revision_and_no_draft() {
    let a = app().await;
    let mut c = Client::new(&a).with_header("host", "mgi.example.org");
    let feed = c.get("/feed.atom").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.headers["content-type"], "application/atom+xml");
    assert!(feed.body.starts_with("<?xml"));
    assert_eq!(feed.body.matches("<entry>").count(), 1, "{}", feed.body);
    assert!(
        feed.body
            .contains("<title>Mongolia 2023: profile published</title>")
    );
    assert!(
        feed.body
            .contains("href=\"http://mgi.example.org/profiles/MNG/2023\"")
    );
    assert!(!feed.body.contains("/profiles/MNG/2026"), "no draft");
    let fr = c.get("/fr/feed.atom").await;
    assert!(fr.body.contains("xml:lang=\"fr\""));
    assert!(fr.body.contains("Mongolie 2023\u{202f}: profil publié"));
}

#[tokio::test]
async fn the_sitemap_lists_every_public_page_in_three_languages_and_robots_point_to_it() {
    let a = app().await;
    let mut c = Client::new(&a).with_header("host", "mgi.example.org");
    let map = c.get("/sitemap.xml").await;
    assert_eq!(map.status, StatusCode::OK);
    for loc in [
        "<loc>http://mgi.example.org/</loc>",
        "<loc>http://mgi.example.org/fr</loc>",
        "<loc>http://mgi.example.org/es/methodology</loc>",
        "<loc>http://mgi.example.org/profiles/MNG/2023</loc>",
        "<loc>http://mgi.example.org/fr/profiles/MNG/2023</loc>",
    ] {
        assert!(map.body.contains(loc), "{loc}");
    }
    assert!(!map.body.contains("/profiles/MNG/2026"), "no draft");
    let fw = a.store.framework();
    let indicators: usize = [Level::National, Level::Local]
        .into_iter()
        .filter_map(|l| fw.latest_for_level(l))
        .flat_map(|s| &s.domains)
        .map(|d| d.indicator_ids().count())
        .sum();
    // Portal views, site pages, one profile and every indicator, each in three languages.
    assert_eq!(
        map.body.matches("<url>").count(),
        3 * (7 + 4 + 1 + indicators)
    );
    let robots = c.get("/robots.txt").await;
    assert!(
        robots
            .body
            .contains("Sitemap: http://mgi.example.org/sitemap.xml")
    );
    assert!(robots.body.contains("Disallow: /work"));
}

#[tokio::test]
async fn the_open_data_package_is_one_zip_of_the_published_tables() {
    let a = app().await;
    let mut c = Client::new(&a);
    let first = c.get("/open-data.zip").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.headers["content-type"], "application/zip");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(first.bytes.clone())).expect("zip");
    let names: Vec<String> = zip
        .file_names()
        .map(|n| n.expect("a name").into_owned())
        .collect();
    assert!(names.contains(&"mgi-open-data/datapackage.json".to_owned()));
    assert!(names.contains(&"mgi-open-data/answers.csv".to_owned()));
    let mut answers = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("mgi-open-data/answers.csv").expect("answers"),
        &mut answers,
    )
    .expect("read");
    let published = common::reference(a.store.framework()).answers.len();
    assert_eq!(
        answers.lines().count(),
        1 + published,
        "the one publication"
    );
    let again = c.get("/open-data.zip").await;
    assert_eq!(
        again.bytes, first.bytes,
        "the same package while nothing is published"
    );
}

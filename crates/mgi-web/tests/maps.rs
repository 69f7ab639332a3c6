//! The portal's maps through the router: the home page's map of the participants and the
//! explorer's map of one indicator, in the page (each participant's outline linked to its
//! profile, in the colour its legend names) and as SVG files of their own.

mod common;

use std::collections::BTreeMap;

use axum::http::StatusCode;
use common::{App, Client, app, reference};
use mgi_framework::Level;
use mgi_model::{
    Answer, AnswerStatus, AnswerValue, AssessmentDoc, FrameworkRef, Jurisdiction, JurisdictionKind,
    Stage,
};
use mgi_store::ImportMode;

/// The outline of each country in the vendored map data, by M49 code.
fn outlines() -> BTreeMap<u16, String> {
    let text = include_str!("../../../data/world-110m.json");
    let data: serde_json::Value = serde_json::from_str(text).expect("world-110m.json");
    data["countries"]
        .as_array()
        .expect("countries")
        .iter()
        .filter_map(|c| {
            Some((
                u16::try_from(c["m49"].as_u64()?).ok()?,
                c["d"].as_str()?.to_owned(),
            ))
        })
        .collect()
}

/// The outline of the country `iso3`.
fn outline(iso3: &str) -> String {
    let number = mgi_model::m49(iso3).expect(iso3).number;
    outlines().remove(&number).expect("an outline")
}

/// The map's SVG in a page.
fn map_of(page: &str) -> &str {
    let start = page.find("<figure class=\"map\">").expect("a map");
    let end = start + page[start..].find("</svg>").expect("the map's end");
    &page[start..end]
}

/// A link of a map: where it goes, its tooltip, the outline it draws (none for a locality's
/// dot) and its fill.
#[derive(Debug, Clone, PartialEq, Eq)]
struct MapLink {
    href: String,
    title: String,
    d: Option<String>,
    fill: String,
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    Some(&text[from..from + text[from..].find(end)?])
}

fn links(svg: &str) -> Vec<MapLink> {
    svg.split("<a href=\"")
        .skip(1)
        .map(|chunk| {
            let chunk = &chunk[..chunk.find("</a>").expect("the link's end")];
            let fill_at = chunk.rfind("fill=\"").expect("a fill") + 6;
            MapLink {
                href: chunk[..chunk.find('"').expect("href")].to_owned(),
                title: between(chunk, "<title>", "</title>")
                    .expect("a title")
                    .to_owned(),
                d: between(chunk, " d=\"", "\"").map(str::to_owned),
                fill: chunk[fill_at..fill_at + chunk[fill_at..].find('"').expect("fill")]
                    .to_owned(),
            }
        })
        .collect()
}

/// The legend: each key's fill and words.
fn legend(page: &str) -> Vec<(String, String)> {
    let list = between(page, "<ul class=\"map-legend\">", "</ul>").expect("a legend");
    list.split("<li>")
        .skip(1)
        .map(|item| {
            (
                between(item, "fill=\"", "\"").expect("fill").to_owned(),
                between(item, "</svg> ", "</li>").expect("words").to_owned(),
            )
        })
        .collect()
}

/// A published national assessment of `iso3` for `year`: the reference's content, with the
/// first indicator answered `value`, or (`None`) not answered but cited by a finding.
fn country(
    base: &AssessmentDoc,
    iso3: &str,
    year: i32,
    value: Option<AnswerValue>,
) -> AssessmentDoc {
    let mut doc = base.clone();
    doc.jurisdiction = Jurisdiction::with_m49(iso3, JurisdictionKind::Country, None);
    doc.year = year;
    doc.stage = Stage::Published;
    doc.translations.clear();
    match value {
        Some(v) => doc.answers[0].value = v,
        None => {
            let id = doc.answers.remove(0).indicator;
            doc.findings[0].indicators = vec![id];
        }
    }
    doc
}

/// A published locality with one answer, on the reference's first indicator.
fn locality(app: &App, code: &str, name: &str, value: AnswerValue) -> AssessmentDoc {
    let fw = app.store.framework();
    let set = fw.latest_for_level(Level::Local).expect("a local set");
    let mut doc = AssessmentDoc::new(
        Jurisdiction::with_m49(code, JurisdictionKind::Locality, Some(name)),
        2023,
        FrameworkRef::of(set),
    );
    doc.stage = Stage::Published;
    doc.answers = vec![Answer {
        indicator: reference(fw).answers[0].indicator.clone(),
        value,
        narrative: format!("What {name} does."),
        status: AnswerStatus::Reviewed,
        confidence: None,
        notes: String::new(),
        citations: Vec::new(),
    }];
    doc
}

/// The test application (Mongolia 2023 published) with more published rounds: Kazakhstan 2022
/// (absent), Malta 2022 (not applicable; too small to be drawn), France 2021 (partial; its
/// outline has several polygons), Uzbekistan 2020 (a finding only), Japan 2019 (unknown), and
/// two cities of Ghana, whose country has published nothing.
async fn world_app() -> (App, String) {
    let a = app().await;
    let base = reference(a.store.framework());
    let id = base.answers[0].indicator.clone();
    let docs = vec![
        country(&base, "KAZ", 2022, Some(AnswerValue::Absent)),
        country(&base, "MLT", 2022, Some(AnswerValue::NotApplicable)),
        country(&base, "FRA", 2021, Some(AnswerValue::Partial)),
        country(&base, "UZB", 2020, None),
        country(&base, "JPN", 2019, Some(AnswerValue::Unknown)),
        locality(&a, "GHA-accra", "Accra", AnswerValue::Present),
        locality(
            &a,
            "GHA-kumasi",
            "Tom & Jerry's \"<Kumasi>\"",
            AnswerValue::Absent,
        ),
    ];
    a.store
        .import_many(&docs, "test", ImportMode::New)
        .await
        .expect("import");
    (a, id)
}

#[tokio::test]
async fn the_demo_home_map_links_mongolia_and_greys_the_rest() {
    let a = app().await;
    let mut c = Client::new(&a);
    let page = c.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    let svg = map_of(&page.body);
    assert!(
        svg.contains("role=\"group\" aria-labelledby=\"map-title map-desc\""),
        "{svg:.300}"
    );
    assert!(svg.contains(
        "<title id=\"map-title\">Countries and localities with a published profile</title>"
    ));
    assert_eq!(
        links(svg),
        [MapLink {
            href: "/profiles/MNG/2023".into(),
            title: "Mongolia: latest round 2023".into(),
            d: Some(outline("MNG")),
            fill: "#0d3b66".into(),
        }]
    );
    // Kazakhstan has a draft only: drawn, not linked, grey.
    assert!(svg.contains(&format!(
        "<path d=\"{}\" fill=\"#e3e6ea\"/>",
        outline("KAZ")
    )));
    assert_eq!(
        legend(&page.body),
        [
            ("#0d3b66".to_owned(), "latest round 2023 (1)".to_owned()),
            ("#e3e6ea".to_owned(), "no published profile".to_owned())
        ]
    );
    // The list of participants, the map's text equivalent, follows it.
    let after = &page.body[page.body.find("</figure>").expect("the map's end")..];
    assert!(
        after.contains("<li><bdi>Mongolia</bdi>: <a href=\"/profiles/MNG/2023\">2023</a></li>")
    );
    assert!(
        page.body
            .contains("<a href=\"/map.svg\" download>Download the map (SVG)</a>")
    );
}

#[tokio::test]
async fn the_home_map_draws_every_participant_with_an_outline_by_its_latest_year() {
    let (a, _) = world_app().await;
    let mut c = Client::new(&a);
    let page = c.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    let svg = map_of(&page.body);
    let found: BTreeMap<String, MapLink> = links(svg)
        .into_iter()
        .map(|l| (l.href.clone(), l))
        .collect();
    let stripes = "url(#map-pattern-2)";
    let expected = [
        (
            "/profiles/MNG/2023",
            "Mongolia: latest round 2023",
            Some("MNG"),
            "#0d3b66",
        ),
        (
            "/profiles/KAZ/2022",
            "Kazakhstan: latest round 2022",
            Some("KAZ"),
            "#3d74b0",
        ),
        (
            "/profiles/FRA/2021",
            "France: latest round 2021",
            Some("FRA"),
            stripes,
        ),
        (
            "/profiles/UZB/2020",
            "Uzbekistan: latest round 2020",
            Some("UZB"),
            stripes,
        ),
        (
            "/profiles/JPN/2019",
            "Japan: latest round 2019",
            Some("JPN"),
            stripes,
        ),
        (
            "/profiles/GHA-accra/2023",
            "Accra (local): latest round 2023",
            None,
            "#0d3b66",
        ),
        (
            "/profiles/GHA-kumasi/2023",
            "Tom &#38; Jerry&#39;s &#34;&#60;Kumasi&#62;&#34; (local): latest round 2023",
            None,
            "#0d3b66",
        ),
    ];
    assert_eq!(found.len(), expected.len(), "{:#?}", found.keys());
    for (href, title, iso3, fill) in expected {
        let link = found.get(href).expect(href);
        assert_eq!(
            (link.title.as_str(), link.d.clone(), link.fill.as_str()),
            (title, iso3.map(outline), fill),
            "{href}"
        );
    }
    // France is drawn whole: the mainland, Corsica and French Guiana.
    assert!(outline("FRA").matches('M').count() >= 3);
    assert!(
        svg.contains("<pattern id=\"map-pattern-2\""),
        "the stripes' pattern"
    );
    // Malta is too small to be drawn at this scale: only the list has it.
    assert!(!svg.contains("/profiles/MLT/"));
    assert!(
        page.body
            .contains("<li><bdi>Malta</bdi>: <a href=\"/profiles/MLT/2022\">2022</a></li>")
    );
    // Neither Brazil nor Ghana published: grey, and no link.
    for iso3 in ["BRA", "GHA"] {
        assert!(
            svg.contains(&format!("<path d=\"{}\" fill=\"#e3e6ea\"/>", outline(iso3))),
            "{iso3}"
        );
        assert!(!svg.contains(&format!("/profiles/{iso3}/")));
    }
    assert_eq!(
        legend(&page.body),
        [
            ("#0d3b66".to_owned(), "latest round 2023 (3)".to_owned()),
            ("#3d74b0".to_owned(), "latest round 2022 (2)".to_owned()),
            (
                stripes.to_owned(),
                "latest round 2021 or earlier (3)".to_owned()
            ),
            ("#e3e6ea".to_owned(), "no published profile".to_owned())
        ]
    );
    // In French, the links stay in French and the tooltips say it in French.
    let fr = c.get("/fr").await.body;
    let fr_links = links(map_of(&fr));
    let mng = fr_links
        .iter()
        .find(|l| l.href == "/fr/profiles/MNG/2023")
        .expect("Mongolia in French");
    assert_eq!(mng.title, "Mongolie\u{202F}: dernier cycle 2023");
    assert!(fr.contains("<a href=\"/fr/map.svg\" download>Télécharger la carte (SVG)</a>"));
}

#[tokio::test]
async fn the_home_page_has_key_figures_the_latest_publications_a_search_box_and_the_domains() {
    let (a, _) = world_app().await;
    let mut c = Client::new(&a);
    let page = c.get("/").await.body;
    for figure in [
        "<li><strong>6</strong> countries with a published profile</li>",
        "<li><strong>2</strong> localities with a published profile</li>",
        "<li><strong>8</strong> profiles published, all rounds together</li>",
    ] {
        assert!(page.contains(figure), "{figure}");
    }
    let recent = between(&page, "<h3>Latest publications</h3>", "</ul>").expect("latest");
    assert_eq!(recent.matches("<li>").count(), 5, "{recent}");
    assert!(recent.contains("published on "));
    assert!(page.contains("<form method=\"get\" action=\"/search\" role=\"search\""));
    assert!(page.contains("<label for=\"home-search\">Search the published profiles</label>"));
    assert!(page.contains("<input type=\"search\" id=\"home-search\" name=\"q\">"));
    for n in 1..=6 {
        assert!(
            page.contains(&format!("<span class=\"domain\" data-domain=\"{n}\">{n}. ")),
            "domain {n}"
        );
    }
    let fr = c.get("/fr").await.body;
    assert!(fr.contains("action=\"/fr/search\""));
    assert!(fr.contains("<li><strong>6</strong> pays ayant publié un profil</li>"));
}

#[tokio::test]
async fn the_explorer_map_colours_each_jurisdiction_as_its_answer_below() {
    let (a, id) = world_app().await;
    let mut c = Client::new(&a);
    let page = c.get(&format!("/explore?indicator={id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let keys: BTreeMap<String, String> = legend(&page.body).into_iter().collect();
    let shown: BTreeMap<String, String> = links(map_of(&page.body))
        .into_iter()
        .map(|l| (l.href, l.fill))
        .collect();
    // The answers in the list below the map, by profile.
    let list = &page.body[page.body.find("</figure>").expect("the map's end")..];
    let mut answers = BTreeMap::new();
    for section in list.split("<section class=\"peer\"><h3><a href=\"").skip(1) {
        let href = &section[..section.find('"').expect("href")];
        let value = between(section, "<span class=\"value value-", "\"");
        answers.insert(href.to_owned(), value.map(str::to_owned));
    }
    assert_eq!(answers.len(), 8, "{answers:?}");
    let words = |value: Option<&str>| match value {
        Some("present") => "present",
        Some("partial") => "partial",
        Some("absent") => "absent",
        Some("not-applicable") => "not applicable",
        Some("unknown") => "unknown",
        None => "not assessed (findings only)",
        Some(other) => panic!("{other}"),
    };
    let mut drawn = 0;
    for (href, value) in &answers {
        let Some(fill) = shown.get(href) else {
            assert_eq!(href, "/profiles/MLT/2022", "only Malta has no outline");
            continue;
        };
        drawn += 1;
        let key = keys.get(fill).expect("a key of the legend");
        assert!(
            key.starts_with(&format!("{} (", words(value.as_deref()))),
            "{href}: {value:?} drawn as {key}"
        );
    }
    assert_eq!(drawn, 7);
    assert_eq!(shown.len(), 7);
    // Each answer drawn its own paint (Malta's "not applicable" is not drawn).
    let distinct: std::collections::BTreeSet<&String> = shown.values().collect();
    assert_eq!(distinct.len(), 5);
    assert_eq!(
        keys.get("#1e6b3a").map(String::as_str),
        Some("present (2)"),
        "Mongolia and Accra"
    );
    assert_eq!(keys.len(), 7, "six answers and the grey: {keys:?}");
    assert!(
        page.body
            .contains("<p class=\"muted\">Too small to draw at this scale: Malta.</p>"),
        "the legend counts Malta; the caption says why it is not drawn"
    );

    // The region filter: only Asia's jurisdictions are coloured, and the map frames Asia.
    let asia = c
        .get(&format!("/explore?indicator={id}&region=Asia"))
        .await
        .body;
    let hrefs: Vec<String> = links(map_of(&asia)).into_iter().map(|l| l.href).collect();
    assert_eq!(
        hrefs,
        [
            "/profiles/JPN/2019",
            "/profiles/KAZ/2022",
            "/profiles/MNG/2023",
            "/profiles/UZB/2020"
        ],
        "in the order of the outlines"
    );
    assert!(!map_of(&asia).contains("viewBox=\"0 0 "), "a frame of Asia");
    assert!(asia.contains(&format!(
        "href=\"/explore/map.svg?indicator={id}&#38;region=Asia\" download"
    )));
}

#[tokio::test]
async fn the_explorer_keeps_one_level_in_its_list_its_map_its_pages_and_its_files() {
    let (a, id) = world_app().await;
    let mut c = Client::new(&a);
    let peers = |page: &str| -> Vec<String> {
        page.split("<section class=\"peer\"><h3><a href=\"")
            .skip(1)
            .map(|s| s[..s.find('"').expect("href")].to_owned())
            .collect()
    };
    let local = c.get(&format!("/explore?indicator={id}&level=local")).await;
    assert_eq!(local.status, StatusCode::OK);
    assert_eq!(
        peers(&local.body),
        ["/profiles/GHA-accra/2023", "/profiles/GHA-kumasi/2023"],
        "the localities only, by name"
    );
    let dots: Vec<String> = links(map_of(&local.body))
        .into_iter()
        .map(|l| l.href)
        .collect();
    assert_eq!(dots.len(), 2, "{dots:?}");
    assert!(
        dots.iter().all(|h| h.starts_with("/profiles/GHA-")),
        "{dots:?}"
    );
    assert!(local.body.contains("Only localities are shown."));
    assert!(
        local
            .body
            .contains("<option value=\"local\" selected>Localities</option>"),
        "the form shows the level chosen"
    );
    assert!(local.body.contains(&format!(
        "href=\"/explore/map.svg?indicator={id}&#38;level=local\" download"
    )));
    let csv = c
        .get(&format!("/explore?indicator={id}&level=local&format=csv"))
        .await
        .body;
    assert_eq!(
        csv.lines().count(),
        3,
        "a header and the two localities: {csv}"
    );
    assert!(!csv.contains("Mongolia"), "{csv}");

    let national = c
        .get(&format!("/explore?indicator={id}&level=national"))
        .await
        .body;
    let countries = peers(&national);
    assert_eq!(countries.len(), 6, "{countries:?}");
    assert!(
        !countries.iter().any(|h| h.contains("GHA-")),
        "{countries:?}"
    );
    let both = peers(&c.get(&format!("/explore?indicator={id}")).await.body);
    assert_eq!(both.len(), countries.len() + 2);

    // Africa holds the two cities only; the French map file keeps region and level.
    let africa = c
        .get(&format!(
            "/explore?indicator={id}&region=Africa&level=national"
        ))
        .await
        .body;
    assert!(peers(&africa).is_empty());
    let svg = c
        .get(&format!(
            "/fr/explore/map.svg?indicator={id}&region=Africa&level=local"
        ))
        .await;
    assert_eq!(svg.status, StatusCode::OK);
    assert!(
        svg.body
            .contains("Seules les collectivités locales sont représentées.")
    );
    assert_eq!(links(&svg.body).len(), 0, "the file's shapes are not links");

    let wrong = c.get(&format!("/explore?indicator={id}&level=city")).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("<strong>level</strong>: &#34;city&#34;: national or local"),
        "the field and the value refused are named"
    );
}

/// Whether `text` is well-formed XML, read whole by quick-xml (tags closed in order, attributes
/// quoted, entities known); the error otherwise.
fn well_formed(text: &str) -> Result<usize, String> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut depth = 0usize;
    let mut elements = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) => {
                depth += 1;
                elements += 1;
                for attribute in e.attributes() {
                    let attribute = attribute.map_err(|e| e.to_string())?;
                    attribute.unescape_value().map_err(|e| e.to_string())?;
                }
            }
            Ok(quick_xml::events::Event::Empty(e)) => {
                elements += 1;
                for attribute in e.attributes() {
                    let attribute = attribute.map_err(|e| e.to_string())?;
                    attribute.unescape_value().map_err(|e| e.to_string())?;
                }
            }
            Ok(quick_xml::events::Event::End(_)) => {
                depth = depth.checked_sub(1).ok_or("an end tag too many")?;
            }
            Ok(quick_xml::events::Event::Text(t)) => {
                t.decode().map_err(|e| e.to_string())?;
            }
            Ok(quick_xml::events::Event::GeneralRef(r)) => {
                let known = if r.is_char_ref() {
                    r.resolve_char_ref().map_err(|e| e.to_string())?.is_some()
                } else {
                    let name = r.decode().map_err(|e| e.to_string())?;
                    ["amp", "lt", "gt", "quot", "apos"].contains(&name.as_ref())
                };
                if !known {
                    return Err(format!("an unknown entity at {}", reader.buffer_position()));
                }
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(format!("at {}: {e}", reader.buffer_position())),
        }
    }
    if depth == 0 {
        Ok(elements)
    } else {
        Err(format!("{depth} elements left open"))
    }
}

#[test]
fn the_xml_check_finds_what_is_not_xml() {
    assert_eq!(well_formed("<svg><g><path d=\"M0 0z\"/></g></svg>"), Ok(3));
    assert!(well_formed("<svg><g></svg>").is_err());
    assert!(well_formed("<svg><title>Tom & Jerry</title></svg>").is_err());
    assert!(well_formed("<svg a=\"&nbsp;\"/>").is_err());
    assert!(well_formed("<svg><g>").is_err());
}

#[tokio::test]
async fn each_map_downloads_as_a_standalone_svg_file() {
    let (a, id) = world_app().await;
    let mut c = Client::new(&a);
    for (path, file, title) in [
        (
            "/map.svg".to_owned(),
            "mgi-map-en.svg",
            "Countries and localities with a published profile",
        ),
        (
            format!("/fr/explore/map.svg?indicator={id}&region=Asia"),
            &*format!("mgi-map-{id}-Asia-fr.svg"),
            "Les réponses sur «\u{202F}",
        ),
    ] {
        let r = c.get(&path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        let header = |name: &str| {
            r.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(header("content-type"), "image/svg+xml; charset=utf-8");
        assert_eq!(
            header("content-disposition"),
            format!("attachment; filename=\"{file}\"")
        );
        let svg = String::from_utf8(r.bytes.clone()).expect("UTF-8");
        let elements = well_formed(&svg).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(elements > 180, "{path}: {elements} elements");
        assert!(svg.starts_with(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
        ));
        assert!(
            svg.contains(&format!("<title id=\"map-title\">{title}")),
            "{path}"
        );
        // Its own colours, no class of the stylesheet; no link to a page it cannot reach.
        assert!(
            !svg.contains("class=") && !svg.contains("<a ") && !svg.contains("href"),
            "{path}"
        );
        assert!(svg.contains("fill=\"#e3e6ea\""));
    }
    let home = c.get("/map.svg").await.body;
    // The legend and the tooltips are drawn in, escaped as XML.
    assert!(home.contains(">latest round 2021 or earlier (3)</text>"));
    assert!(home.contains(
        "<title>Tom &#38; Jerry&#39;s &#34;&#60;Kumasi&#62;&#34; (local): latest round 2023</title>"
    ));
    let asia = c
        .get(&format!("/explore/map.svg?indicator={id}&region=Asia"))
        .await
        .body;
    assert!(asia.contains(&format!(
        "<g><title>Mongolia: present</title><path d=\"{}\" fill=\"#1e6b3a\"/></g>",
        outline("MNG")
    )));
    assert!(!asia.contains("France"), "France is not in Asia");
}

#[tokio::test]
async fn a_map_file_asked_wrongly_is_refused_by_name() {
    let (a, id) = world_app().await;
    let mut c = Client::new(&a);
    assert_eq!(
        c.get("/explore/map.svg").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        c.get("/explore/map.svg?indicator=no-such-indicator")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let r = c
        .get(&format!("/explore/map.svg?indicator={id}&region=Atlantis"))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Atlantis"), "the region asked is named");
}

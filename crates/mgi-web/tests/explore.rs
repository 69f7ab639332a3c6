//! The portal's peer-learning pages: explorer, comparison and search read publications only,
//! in alphabetical order, never a draft.

mod common;

use axum::http::StatusCode;
use common::{App, Client, DRAFT_TEXT, app, kazakhstan_2022, search_hits};
use mgi_store::ImportMode;

/// The test application with a second published country, Kazakhstan 2022, whose first answer
/// differs from Mongolia's.
async fn two_countries() -> (App, String) {
    let a = app().await;
    let mut kaz = kazakhstan_2022(a.store.framework());
    kaz.answers[0].narrative = "Steppe narrative of Kazakhstan.".into();
    let id = kaz.answers[0].indicator.clone();
    a.store
        .import_assessment(&kaz, "test", ImportMode::New)
        .await
        .expect("import");
    (a, id)
}

#[tokio::test]
async fn the_explorer_shows_every_published_answer_alphabetically_and_no_draft() {
    let (a, id) = two_countries().await;
    let mut c = Client::new(&a);
    let index = c.get("/explore").await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(index.body.contains(&format!("/explore?indicator={id}")));
    let page = c.get(&format!("/explore?indicator={id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    // The list, after the map.
    let list = &page.body[page.body.find("</figure>").expect("the map")..];
    let kaz = list
        .find("Steppe narrative of Kazakhstan.")
        .expect("Kazakhstan's narrative");
    let entry = |code: &str| {
        list.find(&format!(
            "<section class=\"peer\"><h3><a href=\"/profiles/{code}\""
        ))
        .expect("an entry")
    };
    let mng = entry("MNG/2023");
    assert!(entry("KAZ/2022") < mng, "alphabetical");
    assert!(kaz < mng);
    assert!(
        !page.body.contains("/profiles/MNG/2026") && !page.body.contains(DRAFT_TEXT),
        "no draft"
    );
    assert!(page.body.contains("Sources:"), "the evidence is shown");
    assert_eq!(
        c.get("/explore?indicator=9.9.9").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn comparison_keeps_the_order_asked_and_refuses_too_many() {
    let (a, id) = two_countries().await;
    let mut c = Client::new(&a);
    let chooser = c.get("/compare").await;
    assert_eq!(chooser.status, StatusCode::OK);
    assert!(chooser.body.contains("value=\"KAZ/2022\"") && !chooser.body.contains("MNG/2026"));
    let page = c.get("/compare?j=MNG&j=KAZ").await;
    assert_eq!(page.status, StatusCode::OK);
    let mng = page
        .body
        .find("<th><a href=\"/profiles/MNG/2023\">")
        .expect("Mongolia column");
    let kaz = page
        .body
        .find("<th><a href=\"/profiles/KAZ/2022\">")
        .expect("Kazakhstan column");
    assert!(mng < kaz, "the order asked for");
    let row = page.body.find(&format!("indicator={id}\"")).expect("row");
    let cells = &page.body[row..row + page.body[row..].find("</tr>").expect("row end")];
    assert!(
        cells.contains(
            "<td><span class=\"value value-absent\"><span aria-hidden=\"true\">○</span> absent</span></td>"
        ),
        "{cells}"
    );
    assert!(!page.body.contains(DRAFT_TEXT));
    let r = c.get("/compare?j=MNG&j=KAZ&j=MNG&j=KAZ&j=MNG").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("Pick at most 4 profiles to see side by side (5 chosen).")
    );
    let r = c.get("/compare?j=MNG&j=ATL").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(
        r.body.contains("There is no published profile ATL"),
        "what was asked is named"
    );
    assert_eq!(
        c.get("/compare?j=MNG&j=MNG/abc").await.status,
        StatusCode::NOT_FOUND
    );
    let r = c.get("/compare?j=MNG&j=MNG").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("MNG is chosen twice: pick each profile once")
    );
    let one = c.get("/compare?j=MNG/2023").await;
    assert_eq!(
        one.status,
        StatusCode::BAD_REQUEST,
        "one profile is not a comparison"
    );
    assert!(one.body.contains("Pick at least two profiles to compare"));
    assert!(
        one.body.contains("value=\"MNG/2023\" checked"),
        "the chooser keeps what was chosen"
    );
    assert_eq!(
        c.get("/compare?j=MNG&j=MNG/2026").await.status,
        StatusCode::NOT_FOUND,
        "a draft round does not exist here"
    );
}

#[tokio::test]
async fn search_marks_published_words_and_escapes_the_query() {
    let (a, _) = two_countries().await;
    let mut c = Client::new(&a);
    let r = c.get("/search?q=steppe").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains("<mark>Steppe</mark> narrative of Kazakhstan."),
        "{}",
        r.body
    );
    assert!(r.body.contains("/profiles/KAZ/2022"));
    // A word of a published finding: the hit names its kind (never its internal key), the word
    // marked.
    let r = c.get("/search?q=czechia").await;
    assert_eq!(r.status, StatusCode::OK);
    let mng = r
        .body
        .find("<a href=\"/profiles/MNG/2023\"><bdi>Mongolia</bdi></a> 2023")
        .expect("Mongolia's group");
    let hit = r.body[mng..]
        .find("<strong>finding · Migrants&#39; rights</strong>")
        .expect("the finding hit, named by its domain");
    assert!(
        !shown_text(&r.body).contains("rights-wd-4"),
        "a finding's key is not for readers"
    );
    assert!(
        r.body[mng + hit..].contains("<mark>Czechia</mark>"),
        "{}",
        r.body
    );
    // A word of an answer's narrative: the hit names the indicator by its name.
    let r = c.get("/search?q=voluntarily").await;
    let fw = mgi_framework::Framework::embedded().expect("framework");
    let name = fw
        .indicator("health-access")
        .expect("indicator")
        .name
        .resolve("en")
        .0;
    assert!(
        r.body.contains(&format!(
            "<strong>answer · {}</strong>",
            common::escaped(name)
        )),
        "{}",
        r.body
    );
    let r = c.get("/search?q=DRAFT-ONLY-TEXT").await;
    assert!(r.body.contains("0 passages found"));
    let r = c.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("<script>alert"));
    assert!(c.get("/search").await.body.contains("name=\"q\""));
}

/// A page without its links' addresses: the text and names a reader sees.
fn shown_text(page: &str) -> String {
    let mut out = String::new();
    let mut rest = page;
    while let Some(at) = rest.find("href=\"") {
        out.push_str(&rest[..at]);
        let value = &rest[at + 6..];
        rest = &value[value.find('"').map_or(value.len(), |e| e + 1)..];
    }
    out.push_str(rest);
    out
}

/// Every passage found links to its place in the profile's page (an id of that page), in the
/// reader's language, and is named in words; a French reader reads French texts, whichever
/// language the words are in.
#[tokio::test]
async fn search_results_are_named_in_words_and_link_to_their_place_in_the_profile() {
    let a = app().await;
    let mut c = Client::new(&a);
    let r = c.get("/search?q=labor").await;
    assert_eq!(r.status, StatusCode::OK);
    let found = search_hits(&r.body);
    assert!(found.len() >= 3, "{}", r.body);
    assert!(
        r.body.contains("<mark>Labour</mark>"),
        "labor finds and marks labour"
    );
    let profile = c.get("/profiles/MNG/2023").await.body;
    let mut kinds = std::collections::BTreeSet::new();
    for (href, name, lang, _) in &found {
        let id = href
            .strip_prefix("/profiles/MNG/2023#")
            .unwrap_or_else(|| panic!("{href} links into the profile"));
        assert!(
            profile.contains(&format!(" id=\"{id}\"")),
            "{id} is in the profile"
        );
        assert_eq!(lang, "en");
        let kind = name.split(" · ").next().unwrap_or_default();
        kinds.insert(kind.to_owned());
        if kind != "source" {
            assert!(name.contains(" · "), "{name}: what it is about, by name");
        }
    }
    assert!(
        kinds.contains("finding") && kinds.contains("answer") && kinds.contains("source"),
        "{kinds:?}"
    );
    let shown = shown_text(&r.body);
    for key in ["-wd-", "-pd-", "law-", "social-security-access"] {
        assert!(!shown.contains(key), "no key shown: {key}");
    }

    // French words find French texts; links stay in French.
    let fr = c.get("/fr/search?q=travailleurs+migrants").await;
    let found = search_hits(&fr.body);
    assert!(!found.is_empty(), "{}", fr.body);
    assert!(
        found
            .iter()
            .all(|(href, _, lang, _)| href.starts_with("/fr/profiles/MNG/2023#") && lang == "fr")
    );
    assert!(
        fr.body
            .contains("<mark>travailleurs</mark> <mark>migrants</mark>")
    );
    let french = c.get("/fr/profiles/MNG/2023").await.body;
    for (href, name, _, text) in &found {
        let id = &href[href.find('#').expect("an id") + 1..];
        let at = french
            .find(&format!(" id=\"{id}\""))
            .unwrap_or_else(|| panic!("{id} in the French page"));
        if name.starts_with("réponse · ") {
            // The profile does not print answers: the key findings of the indicator's domain,
            // and the explorer's page of the indicator, which shows the answer in full.
            assert!(id.starts_with("findings-"), "{id}");
            let start: String = text.chars().take(30).collect();
            let hit = &fr.body[fr.body.find(&start).expect("the answer")..];
            let peers = hit
                .split("<a href=\"")
                .nth(1)
                .and_then(|l| l.split_once("\">"))
                .filter(|(_, t)| t.starts_with("Toutes les réponses publiées sur cet indicateur"))
                .map(|(href, _)| href.replace("&#38;", "&"))
                .expect("a link to the explorer after the answer");
            assert!(peers.starts_with("/fr/explore?indicator="), "{peers}");
            let explorer = c.get(&peers).await.body;
            // Up to the first character the two pages may escape differently.
            let plain: String = start.chars().take_while(|c| *c != '&').collect();
            assert!(
                plain.len() > 10 && explorer.contains(&plain),
                "the explorer shows the answer found: {plain}"
            );
        } else {
            // The French page shows the same text (escaped alike) at that place.
            let start: String = text.chars().take(30).collect();
            let place = &french[at..at + french[at..].find("</p>").expect("paragraph")];
            assert!(place.contains(&start), "{name}: the link leads to {start}");
        }
    }

    // English words: a French reader reads the French translation where there is one, and is
    // told when a passage is shown in English.
    let en_words = c.get("/fr/search?q=labour").await;
    let found = search_hits(&en_words.body);
    let finding = found
        .iter()
        .find(|(_, name, _, _)| name.starts_with("constat · "))
        .expect("a finding");
    assert_eq!(finding.2, "fr", "{finding:?}");
    let source = found
        .iter()
        .find(|(_, name, _, _)| name == "document source")
        .expect("a source");
    assert_eq!(source.2, "en");
    assert!(
        en_words.body.contains(
            "</span> <small class=\"untranslated\">(Texte non encore traduit en français"
        )
    );
    assert_eq!(
        en_words
            .body
            .matches("<span lang=\"en\" dir=\"auto\">")
            .count(),
        en_words
            .body
            .matches("<small class=\"untranslated\">")
            .count(),
        "each passage in English, and only those, says so"
    );

    // Overlong words are refused, on the page that keeps them.
    let long = "a".repeat(mgi_store::MAX_QUERY + 1);
    let r = c.get(&format!("/search?q={long}")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("Search with at most 200 characters (201 typed).")
    );
    assert!(r.body.contains(&format!("value=\"{long}\"")));
}

/// Answer values on the portal's pages are tags that carry their symbol and colour with their
/// word, and domains are shown with their colour.
#[tokio::test]
async fn answer_values_and_domains_are_tags() {
    let (a, id) = two_countries().await;
    let mut c = Client::new(&a);
    let absent =
        "<span class=\"value value-absent\"><span aria-hidden=\"true\">○</span> absent</span>";
    let page = c.get(&format!("/explore?indicator={id}")).await;
    assert!(
        page.body.contains(&format!("Answer: {absent}")),
        "{}",
        page.body
    );
    assert!(
        c.get("/explore")
            .await
            .body
            .contains("<h3><span class=\"domain\" data-domain=\"1\">1. ")
    );
    let gcm = c.get("/gcm").await;
    assert!(
        gcm.body.contains(&format!("<th>{absent}</th>")),
        "the columns of the counts"
    );
    let compare = c.get("/compare?j=MNG&j=KAZ").await;
    assert!(
        compare
            .body
            .contains("<h2><span class=\"domain\" data-domain=\"1\">1. ")
    );
}

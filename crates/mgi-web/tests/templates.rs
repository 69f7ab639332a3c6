//! The templates escape everything they write: no template marks a value safe, and no code
//! builds askama's `Safe` but the one named filter for sanitised Markdown (`src/filters.rs`).

mod common;

use std::path::Path;

/// Source files that may hold a string starting an HTML tag, outside their tests, and how
/// many: they work on the profile's HTML document, which the mgi-profile crate writes.
const TAG_LITERALS: [(&str, usize, &str); 3] = [
    (
        "assets.rs",
        2,
        "finds the profile's <style> and puts the site's stylesheet link before it",
    ),
    (
        "profiles.rs",
        3,
        "finds the profile's <body>, </body> and </head> to put the site's header, downloads, footer and alternates",
    ),
    (
        "assessment.rs",
        1,
        "finds the draft profile's </body> to put the approval form before it (the preview)",
    ),
];

fn files(dir: &Path, extension: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("folder")
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.is_dir() {
            files(&path, extension, out);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
}

#[test]
fn no_template_marks_a_value_safe() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut templates = Vec::new();
    files(&root.join("templates"), "html", &mut templates);
    files(&root.join("templates"), "svg", &mut templates);
    assert!(!templates.is_empty(), "no template found");
    assert!(
        templates.iter().any(|t| t.ends_with("portal/map.svg")),
        "the SVG templates are read too"
    );
    let mut found = Vec::new();
    for t in &templates {
        let text = std::fs::read_to_string(t).expect("template");
        if marks_safe(&text) {
            found.push(format!("{}: marks a value safe", t.display()));
        }
    }
    let mut sources = Vec::new();
    files(&root.join("src"), "rs", &mut sources);
    for s in &sources {
        let text = std::fs::read_to_string(s).expect("source");
        if marks_safe(&text) {
            found.push(format!(
                "{}: an inline template marks a value safe",
                s.display()
            ));
        }
        let is_filters = s.file_name().is_some_and(|n| n == "filters.rs");
        let safe_values = text.matches("Safe(").count();
        if !is_filters && (text.contains("filters::Safe") || safe_values > 0)
            || is_filters && safe_values != 1
            || text.contains("MarkupDisplay")
        {
            found.push(format!("{}: builds a safe value by hand", s.display()));
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

fn marks_safe(text: &str) -> bool {
    text.contains("|safe") || text.contains("| safe")
}

/// How many string literals in `code` start an HTML tag (`"<p`, `"</`), before its tests.
fn tag_literals(code: &str) -> usize {
    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
    code.match_indices("\"<")
        .filter(|(at, _)| {
            code[at + 2..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
        })
        .count()
}

/// No handler writes HTML: pages come from templates. A string that starts a tag is allowed
/// only where listed, with the reason.
#[test]
fn no_code_writes_html_tags() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    files(&root.join("src"), "rs", &mut sources);
    assert!(sources.len() > 20, "the sources were not found");
    let mut found = Vec::new();
    for s in &sources {
        let text = std::fs::read_to_string(s).expect("source");
        let name = s.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let allowed = TAG_LITERALS
            .iter()
            .find(|(n, ..)| *n == name)
            .map_or(0, |(_, n, _)| *n);
        let count = tag_literals(&text);
        if count != allowed {
            found.push(format!(
                "{}: {count} tag literals, {allowed} allowed",
                s.display()
            ));
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    assert_eq!(tag_literals("format!(\"<p>{x}</p>\")"), 1);
}

/// The design system's page shows every component in the page's language: each stage and
/// answer value by its name (never its code), the six domains with their colour's number, the
/// three kinds of button, both banners, and a field in error linked from the error summary.
#[tokio::test]
async fn the_design_page_shows_every_component_in_each_language() {
    use mgi_i18n::{Lang, Localise};
    use mgi_model::{AnswerValue, Stage};

    let a = common::app().await;
    let mut c = common::Client::new(&a);
    for lang in Lang::ALL {
        let prefix = match lang {
            Lang::En => "",
            Lang::Fr => "/fr",
            Lang::Es => "/es",
        };
        let page = c.get(&format!("{prefix}/design")).await;
        assert_eq!(page.status, axum::http::StatusCode::OK, "{lang}");
        let body = &page.body;
        for s in Stage::ALL {
            let tag = format!(
                "data-stage=\"{}\">{}</span>",
                s.as_str(),
                common::escaped(&s.localise(lang))
            );
            assert!(body.contains(&tag), "{lang}: {tag}");
        }
        for v in AnswerValue::ALL {
            let tag = format!("class=\"value value-{}\"", v.as_str());
            assert!(body.contains(&tag), "{lang}: {tag}");
            assert!(
                body.contains(&common::escaped(&v.localise(lang))),
                "{lang}: {v:?}"
            );
        }
        for n in 1..=6 {
            assert!(
                body.contains(&format!("data-domain=\"{n}\"")),
                "{lang}: {n}"
            );
        }
        for class in [
            "<button type=\"button\">",
            "class=\"secondary\"",
            "class=\"warning\"",
        ] {
            assert!(body.contains(class), "{lang}: {class}");
        }
        assert!(body.contains("class=\"banner banner-success\" role=\"alert\""));
        assert!(body.contains("class=\"banner\" role=\"region\""));
        assert!(
            body.contains("<div class=\"panel\" role=\"status\">"),
            "the confirmation"
        );
        assert!(body.contains("<a href=\"#example\">") && body.contains("aria-invalid=\"true\""));
        assert!(
            body.contains("aria-describedby=\"example-hint example-error\""),
            "the field is described by its hint and its error"
        );
        assert!(body.contains("<strong>7</strong>"), "the Markdown sample");
        assert!(!body.contains("[web-"), "{lang}: a missing message");
    }
}

/// A profile page is cached once for every reader, but its header is each reader's own: the
/// link to the work pages for someone signed in, "Sign in" for the public, whichever of them
/// made the page first.
#[tokio::test]
async fn a_cached_profile_page_says_who_reads_it() {
    use mgi_i18n::{Lang, tr};

    let a = common::app().await;
    let mut public = common::Client::new(&a);
    let sign_in = format!("href=\"/login\">{}</a>", tr(Lang::En, "web-nav-sign-in"));
    let work = format!("href=\"/work\">{}</a>", tr(Lang::En, "web-nav-work"));
    let first = public.get("/profiles/MNG/2023").await;
    assert_eq!(first.status, axum::http::StatusCode::OK);
    assert!(
        first.body.contains(&sign_in),
        "the public is offered to sign in"
    );
    let (mut analyst, _) = common::Client::signed_in(&a, "analyst").await;
    for _ in 0..2 {
        let page = analyst.get("/profiles/MNG/2023").await.body;
        assert!(page.contains(&work) && !page.contains(&sign_in), "{page}");
        let nav = format!("<nav aria-label=\"{}\">", tr(Lang::En, "web-nav-label"));
        assert_eq!(page.matches(&nav).count(), 1, "one site navigation");
    }
    let again = public.get("/profiles/MNG/2023").await.body;
    assert!(again.contains(&sign_in) && !again.contains(&work));
}

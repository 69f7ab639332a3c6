//! The PDF of the reference profile: a valid file whose text holds every section title, the first
//! words of every finding and every key source. Reads the PDF with poppler's `pdftotext`.

use std::process::Command;

mod common;

use mgi_framework::Framework;
use mgi_model::{AssessmentDoc, Stage};
use mgi_profile::{Block, Lang, Publication, build, build_in, pdf};

fn reference() -> (AssessmentDoc, Framework) {
    (common::reference(), common::framework())
}

/// The text of a PDF, hyphenation at line ends undone and spaces collapsed; `None` when
/// pdftotext is not installed (scripts/test installs it and sets MGI_REQUIRE_TOOLS).
fn pdf_text(bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("profile.pdf");
    std::fs::write(&path, bytes).expect("write pdf");
    let text = common::tool_output(
        Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&path)
            .arg("-"),
    )?
    .replace("-\n", "")
    .replace('\u{ad}', "");
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn reference_pdf_holds_every_section_finding_and_source() {
    let (doc, fw) = reference();
    let profile = build(&doc, &fw, &Publication::default());
    let bytes = pdf(&profile).expect("typeset");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let Some(text) = pdf_text(&bytes) else { return };
    assert!(text.contains("Migration Governance Indicators Profile 2023 – Mongolia"));
    for s in &profile.sections {
        assert!(text.contains(&s.title), "section title {:?}", s.title);
    }
    for f in &doc.findings {
        let start = words(&f.text, 5);
        assert!(text.contains(&start), "finding {} starts {start:?}", f.key);
    }
    for s in &doc.sources {
        let title = words(&s.title, 4);
        assert!(text.contains(&title), "source {} ({title:?})", s.key);
    }
    assert!(
        !text.contains("DRAFT"),
        "a published profile has no draft mark"
    );
}

#[test]
fn draft_pdf_is_marked_and_cyrillic_is_kept() {
    let (mut doc, fw) = reference();
    doc.stage = Stage::DraftShared;
    doc.findings.truncate(3);
    doc.jurisdiction.name = "Монгол Улс".into();
    let bytes = pdf(&build(&doc, &fw, &Publication::default())).expect("typeset");
    let Some(text) = pdf_text(&bytes) else { return };
    assert!(
        text.contains("DRAFT — stage: draft-shared. Not for publication."),
        "{}",
        &text[..300.min(text.len())]
    );
}

#[test]
fn french_pdf_is_in_french() {
    let (doc, fw) = reference();
    let profile = build_in(&doc, &fw, &Publication::default(), Lang::Fr);
    let bytes = pdf(&profile).expect("typeset");
    let Some(text) = pdf_text(&bytes) else { return };
    assert!(text.contains("Profil des Indicateurs de gouvernance des migrations 2023 – Mongolie"));
    for s in &profile.sections {
        let title = s.title.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&title), "section title {title:?}");
    }
    for expected in [
        "Sommaire",
        "Éditeur :",
        "Texte non encore traduit en français ; affiché en anglais.",
        // 21 345 and 0,6 % with a narrow no-break space, which pdftotext gives back as a space.
        "au nombre de 21 345 en 2020, soit 0,6 % d’une population totale de 3,3 millions.",
        "Personnes immigrées, hommes",
        "Organisée à Oulan-Bator, Mongolie.",
        "Ce profil a été rédigé en anglais ; il est présenté ici en traduction.",
    ] {
        assert!(text.contains(expected), "{expected:?}");
    }
}

/// Letters and digits only: what is left of a text whatever the PDF reader does with spaces,
/// direction marks and the isolates around right-to-left data.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// An Arabic source title cited by a finding and listed in the key sources, and a consultation
/// with an Arabic title followed by its dates: right to left inside left-to-right pages.
///
/// The title has no lam-alef: that ligature is one glyph, which pdftotext gives back as alef
/// then lam, so a title with it would not compare equal although it is drawn right.
#[test]
fn arabic_text_is_shaped_and_kept_in_order() {
    let (mut doc, fw) = reference();
    let title = "قانون تنظيم الهجرة وحقوق العمال المهاجرين";
    common::cite_arabic_law(&mut doc, title);
    doc.consultations[0].title = "المشاورة الوطنية 2023".into();
    for (lang, dates) in [
        (Lang::En, "26–29 August 2023)"),
        (Lang::Fr, "26–29 août 2023)"),
    ] {
        let bytes = pdf(&build_in(&doc, &fw, &Publication::default(), lang)).expect("typeset");
        let Some(text) = pdf_text(&bytes) else { return };
        // Each letter of the title, in reading order (pdftotext gives right-to-left text in
        // logical order), in the citation and in the key sources.
        assert_eq!(
            letters(&text).matches(&letters(title)).count(),
            2,
            "{lang}: the Arabic title, shaped and in order, twice"
        );
        // What follows right-to-left data keeps its own order: without isolation the dates
        // after the Arabic heading are drawn as "29–26".
        assert!(text.contains(dates), "{lang}: {dates}");
        assert!(!text.contains("29–26"), "{lang}: dates reordered");
        assert!(text.contains("2020, "), "{lang}: the year of the title");
    }
}

/// Where the reference's PDFs and their page images are kept for reading after the run:
/// `target/profile-pages/<lang>/`.
fn pages_dir(lang: Lang) -> std::path::PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"),
        std::path::PathBuf::from,
    );
    target.join("profile-pages").join(lang.code())
}

/// The reference typeset in each language, kept with an image of every page (pdftoppm), and
/// read back page by page.
#[test]
fn reference_pdf_pages_are_kept_as_images_in_three_languages() {
    let (doc, fw) = reference();
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let bytes = pdf(&build_in(&doc, &fw, &Publication::default(), lang)).expect("typeset");
        let dir = pages_dir(lang);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("pages dir");
        let file = dir.join("profile.pdf");
        std::fs::write(&file, &bytes).expect("write pdf");
        let Some(_) = common::tool_output(
            Command::new("pdftoppm")
                .args(["-r", "50", "-png"])
                .arg(&file)
                .arg(dir.join("page")),
        ) else {
            return;
        };
        let images = std::fs::read_dir(&dir)
            .expect("pages")
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".png"))
            })
            .count();
        let Some(info) = pdf_info(&file) else { return };
        let pages: usize = info
            .get("Pages")
            .and_then(|p| p.parse().ok())
            .expect("pages");
        assert_eq!(images, pages, "{lang:?}: an image for every page");
        assert!(pages >= 28, "{lang:?}: {pages} pages");
    }
}

/// `pdfinfo`'s fields of a PDF file: ("Title", "…"), ("Pages", "32"), …
fn pdf_info(file: &std::path::Path) -> Option<std::collections::BTreeMap<String, String>> {
    let out = common::tool_output(Command::new("pdfinfo").arg(file))?;
    Some(
        out.lines()
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect(),
    )
}

/// The reference's PDF read back as a reader and a PDF viewer see it: one footnote per cited
/// passage (within 20 % of the 53 IOM prints), the numbering of parts, tables and figures and
/// the contents listing them with their pages, the page count, the links (licence, key sources,
/// footnotes, contents), the bookmarks and the document's metadata.
#[test]
fn reference_pdf_reads_as_a_publication() {
    let (doc, fw) = reference();
    let profile = build(&doc, &fw, &Publication::default());
    let bytes = pdf(&profile).expect("typeset");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("profile.pdf");
    std::fs::write(&file, &bytes).expect("write pdf");
    let Some(text) = pdf_text(&bytes) else { return };

    // Footnotes: each note's text is printed, and there are as many as IOM prints, near enough.
    let notes = profile.footnotes.len();
    assert!((42..=64).contains(&notes), "{notes} footnotes");
    for (i, note) in profile.footnotes.iter().enumerate() {
        let head = words(&note.to_string(), 6);
        assert!(text.contains(&head), "note {}: {head:?}", i + 1);
    }

    // Numbering: domains and their parts, tables and figures, and the contents with pages.
    for numbered in [
        "1.1. International conventions ratified",
        "1.2. Examples of well-developed areas",
        "1.3. Areas with potential for further development",
        "2.1. Examples of well-developed areas",
        "6.2. Areas with potential for further development",
        "Table 1.",
        "Figure 1.",
        "Figure 2.",
    ] {
        assert!(text.contains(numbered), "{numbered}");
    }
    let contents = &text[..text
        .find("Objectives The Migration")
        .expect("the first section")];
    let listed = |title: &str| {
        let at = contents
            .find(title)
            .unwrap_or_else(|| panic!("{title} in the contents"));
        let after = &contents[at + title.len()..];
        let page: String = after
            .trim_start_matches([' ', '.', '\u{2060}'])
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        page.parse::<u32>()
            .unwrap_or_else(|_| panic!("{title}: a page number in {after:.40}"))
    };
    let findings = listed("Key findings");
    let first_domain = listed("1. Adhere to international standards and fulfil migrants' rights");
    let sixth =
        listed("6. Ensure that migration takes place in a safe, orderly and regular manner");
    assert!(findings <= first_domain && first_domain < sixth);
    assert!(listed("Key sources") > sixth);
    let captions: Vec<String> = profile
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Figure { figure } => Some(figure.caption.clone()),
            Block::Table { caption, .. } => Some(caption.clone()),
            _ => None,
        })
        .collect();
    assert!(captions.len() >= 3, "{captions:?}");
    for caption in &captions {
        assert!(listed(caption) <= sixth, "{caption} listed with its page");
    }

    let Some(info) = pdf_info(&file) else { return };
    let field = |k: &str| info.get(k).map_or("", String::as_str);
    // IOM's profile of the same round has about 42 pages; ours sets the same text denser.
    let pages: u32 = field("Pages").parse().expect("pages");
    assert!((28..=48).contains(&pages), "{pages} pages");
    assert_eq!(
        field("Title"),
        "Migration Governance Indicators Profile 2023 – Mongolia"
    );
    assert_eq!(field("Author"), "mgi demonstration deployment");
    assert!(field("Subject").starts_with("How Mongolia governs migration in 2023"));
    assert_eq!(
        field("Keywords"),
        "Migration Governance Indicators, migration governance, Mongolia, 2023"
    );
    assert_eq!(field("Tagged"), "yes", "headings and paragraphs tagged");
    let Some(meta) = common::tool_output(Command::new("pdfinfo").arg("-meta").arg(&file)) else {
        return;
    };
    assert!(meta.contains("<dc:language><rdf:Bag><rdf:li>en</rdf:li>"));

    // Links and bookmarks, as poppler's pdftohtml lists them.
    let Some(xml) = common::tool_output(
        Command::new("pdftohtml")
            .args(["-xml", "-stdout", "-i", "-q"])
            .arg(&file),
    ) else {
        return;
    };
    let links: Vec<&str> = xml
        .split("<a href=\"")
        .skip(1)
        .filter_map(|l| l.split('"').next())
        .collect();
    for url in doc
        .sources
        .iter()
        .filter_map(|s| s.url.as_deref())
        .chain(["https://creativecommons.org/licenses/by/4.0/"])
    {
        let escaped = url.replace('&', "&amp;");
        assert!(links.contains(&escaped.as_str()), "a link to {url}");
    }
    let internal = links.iter().filter(|l| !l.starts_with("http")).count();
    assert!(
        internal >= notes + profile.sections.len(),
        "footnote references and contents entries are internal links: {internal}"
    );
    let bookmarks: Vec<&str> = xml
        .split("<item page=\"")
        .skip(1)
        .filter_map(|i| i.split_once('>').map(|(_, t)| t))
        .filter_map(|t| t.split('<').next())
        .collect();
    for s in &profile.sections {
        assert!(
            bookmarks.contains(&s.title.replace('\'', "&#39;").as_str())
                || bookmarks.contains(&s.title.as_str()),
            "bookmark {}: {bookmarks:?}",
            s.title
        );
    }
    assert!(
        bookmarks
            .iter()
            .any(|b| b.starts_with("6. Ensure that migration")),
        "the domains of the key findings are bookmarked: {bookmarks:?}"
    );
}

/// How far down its body each page of a PDF is printed: the lowest word between the header
/// and the page number, as a share of the body's height (pdftotext's word boxes).
fn page_fill(file: &std::path::Path) -> Option<Vec<f64>> {
    let out = common::tool_output(Command::new("pdftotext").arg("-bbox").arg(file).arg("-"))?;
    let attr = |tag: &str, name: &str| -> f64 {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|v| v.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_default()
    };
    let mut fills = Vec::new();
    for page in out.split("<page ").skip(1) {
        let height = attr(page, "height");
        // The body lies between the header (above 2.6 cm) and the page number (below it).
        let (top, bottom) = (2.6 / 2.54 * 72.0, height - 2.6 / 2.54 * 72.0);
        let lowest = page
            .split("<word ")
            .skip(1)
            .map(|w| (attr(w, "yMin"), attr(w, "yMax")))
            .filter(|(y_min, _)| *y_min > top && *y_min < bottom)
            .map(|(_, y_max)| y_max)
            .fold(top, f64::max);
        fills.push((lowest - top) / (bottom - top));
    }
    Some(fills)
}

/// Short parts flow on: no page of the reference is under a third full, except the cover,
/// the imprint, the contents, the page before the key findings (which open a page) and the
/// last page.
#[test]
fn no_page_of_the_reference_is_under_a_third_full() {
    let (doc, fw) = reference();
    for lang in [Lang::En, Lang::Fr] {
        let profile = build_in(&doc, &fw, &Publication::default(), lang);
        let bytes = pdf(&profile).expect("typeset");
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("profile.pdf");
        std::fs::write(&file, &bytes).expect("write pdf");
        let Some(fills) = page_fill(&file) else {
            return;
        };
        let Some(text) = common::tool_output(Command::new("pdftotext").arg(&file).arg("-")) else {
            return;
        };
        // The page where the key findings open: pdftotext ends each page with a form feed.
        let heading = &profile
            .sections
            .iter()
            .find(|s| s.id == "key-findings")
            .expect("key findings")
            .title;
        let key_findings = text
            .split('\u{c}')
            .enumerate()
            .skip(3)
            .find(|(_, page)| page.lines().any(|l| l.trim() == heading))
            .map(|(i, _)| i + 1)
            .expect("the key findings' page");
        let exempt = [1, 2, 3, key_findings - 1, fills.len()];
        for (i, fill) in fills.iter().enumerate() {
            let page = i + 1;
            if !exempt.contains(&page) {
                assert!(
                    *fill >= 1.0 / 3.0,
                    "{lang:?}: page {page} is {:.0} % full",
                    fill * 100.0
                );
            }
        }
    }
}

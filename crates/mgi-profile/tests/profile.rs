//! The profile of the reference assessment (snapshots of Markdown and HTML), and the rules every
//! profile follows: continuous footnotes, a DRAFT mark before publication, plain statements where
//! data is missing, escaped text.

mod common;

use common::{framework, reference};
use mgi_model::{AssessmentDoc, Stage};
use mgi_profile::{Block, ProfileDoc, Publication, anchor, build, html, markdown};

fn profile(doc: &AssessmentDoc) -> ProfileDoc {
    build(doc, &framework(), &Publication::default())
}

#[test]
fn reference_markdown() {
    insta::assert_snapshot!(markdown(&profile(&reference())));
}

#[test]
fn reference_html() {
    insta::assert_snapshot!(html(&profile(&reference())));
}

#[test]
fn sections_follow_the_published_profile() {
    let p = profile(&reference());
    let titles: Vec<&str> = p.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Objectives",
            "Introduction",
            "Conceptual framework",
            "Summary",
            "Context",
            "Key findings",
            "After the MGI assessment",
            "Annex: national consultation",
            "The MGI process",
            "Key sources"
        ]
    );
    let figures: Vec<&str> = p
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Figure { figure } => Some(figure.caption.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        figures,
        [
            "Figure 1. Immigrants and emigrants by sex (per cent)",
            "Figure 2. Immigrants by age group (per cent)"
        ]
    );
    assert!(p.draft.is_none(), "the reference is published");
}

#[test]
fn footnotes_are_numbered_once_through_the_document() {
    let p = profile(&reference());
    let referenced: Vec<usize> = p
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .flat_map(|b| match b {
            Block::Para { notes, .. } => notes.clone(),
            _ => Vec::new(),
        })
        .collect();
    let expected: Vec<usize> = (1..=p.footnotes.len()).collect();
    assert_eq!(
        referenced, expected,
        "each note referenced once, in reading order"
    );
    // One note per passage: each finding that cites a source or makes a remark, and the
    // consultation's remark; IOM's own profile of the same round carries 53.
    let doc = reference();
    let finding_notes = doc
        .findings
        .iter()
        .filter(|f| !f.footnotes.is_empty() || !f.citations.is_empty())
        .count();
    let annex_notes: usize = doc.consultations.iter().map(|c| c.footnotes.len()).sum();
    assert_eq!(p.footnotes.len(), finding_notes + annex_notes);
    assert!(
        (42..=64).contains(&p.footnotes.len()),
        "within 20 % of the 53 notes IOM prints: {}",
        p.footnotes.len()
    );
    let notes: Vec<String> = p.footnotes.iter().map(ToString::to_string).collect();
    assert_eq!(
        notes[0],
        "Law on Health Insurance (2015, last amended in 2022), Article 4, Section 3; Article 9.1; \
         Article 8; Government Decision No. 500 on setting the contribution rate of the health \
         insurance in 2023 (2022). People without legal status have to pay MNT 11,000 a month \
         (about USD 3.17) for access to health care; children under 18 can obtain the same cover \
         for a reduced MNT 5,500 a month (about USD 1.58).",
        "the sources with their pinpoints, then the remark"
    );
    // The Law on Citizenship in full the first time, by its title after.
    let citizenship: Vec<&String> = notes
        .iter()
        .filter(|n| n.contains("Law on Citizenship"))
        .collect();
    assert!(citizenship[0].contains("Law on Citizenship (1995, last amended in 2022), Article 9"));
    assert!(citizenship.len() > 1);
    for later in &citizenship[1..] {
        assert!(
            !later.contains("Law on Citizenship (1995"),
            "a source cited again by its short form: {later}"
        );
    }
    assert!(
        notes.windows(2).all(|w| w[0] != w[1]),
        "never two identical notes in a row"
    );
}

#[test]
fn a_note_that_repeats_the_one_before_is_ibid_and_unknown_sources_are_left_out() {
    let mut doc = reference();
    let first = doc
        .findings
        .iter()
        .position(|f| !f.citations.is_empty())
        .expect("a finding that cites");
    let mut again = doc.findings[first].clone();
    again.key = "again".into();
    doc.findings.insert(first + 1, again);
    let mut unknown = doc.findings[first].clone();
    unknown.key = "unknown".into();
    unknown.footnotes.clear();
    unknown.citations = vec![mgi_model::Citation {
        source: "not-in-the-register".into(),
        pinpoint: None,
    }];
    doc.findings.insert(first + 2, unknown);
    let p = profile(&doc);
    let notes_of = |key: &str| {
        p.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .find_map(|b| match b {
                Block::Para {
                    notes,
                    anchor: Some(a),
                    ..
                } if *a == anchor::finding(key) => Some(notes.clone()),
                _ => None,
            })
            .expect("the finding's paragraph")
    };
    let again = notes_of("again");
    assert_eq!(again.len(), 1);
    assert_eq!(p.footnotes[again[0] - 1].to_string(), "Ibid.");
    assert_eq!(
        notes_of("unknown"),
        Vec::<usize>::new(),
        "a citation of no known source makes no note"
    );
}

/// Other pages (the portal's search) link to each finding, each domain's summary and key
/// findings, and each source: every one has its id, and no id is used twice.
#[test]
fn findings_summaries_and_sources_have_one_id_each() {
    let doc = reference();
    let page = html(&profile(&doc));
    let ids: Vec<&str> = page
        .split(" id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap_or(0)])
        .collect();
    let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "no id twice");
    let fw = framework();
    let set = fw
        .set(&doc.framework.set, doc.framework.version)
        .expect("set");
    let expected = doc
        .findings
        .iter()
        .map(|f| anchor::finding(&f.key))
        .chain(doc.sources.iter().map(|s| anchor::source(&s.key)))
        .chain(set.domains.iter().map(|d| anchor::summary(&d.id)))
        .chain(set.domains.iter().map(|d| anchor::findings(&d.id)));
    for id in expected {
        assert!(unique.contains(id.as_str()), "{id}");
    }
    assert!(unique.contains("finding-rights-wd-1") && unique.contains("summary-rights"));
}

#[test]
fn drafts_carry_a_mark_with_the_stage() {
    let mut doc = reference();
    doc.stage = Stage::Consultation;
    let p = profile(&doc);
    assert_eq!(p.draft.as_deref(), Some("consultation"));
    assert!(html(&p).contains(
        "<p class=\"draft\" role=\"note\">Draft — stage: consultation. Not for publication.</p>"
    ));
    assert!(markdown(&p).contains("**DRAFT — stage: consultation. Not for publication.**"));
}

/// No profile says the government validated it before it has: a draft (and a correction) says
/// it is published only once validated; the validated and published ones keep the disclaimer.
#[test]
fn only_a_validated_profile_says_it_was_validated() {
    use mgi_i18n::{Lang, tr};
    let claim = "validated by the government concerned";
    assert!(tr(Lang::En, "profile-default-disclaimer").contains(claim));
    for stage in Stage::ALL {
        let mut doc = reference();
        doc.stage = stage;
        let p = profile(&doc);
        let said = html(&p).contains(claim) || markdown(&p).contains(claim);
        let validated = matches!(stage, Stage::Validated | Stage::Published);
        assert_eq!(said, validated, "{stage}");
        if !validated {
            assert_eq!(
                p.front.disclaimer.text(),
                tr(Lang::En, "profile-draft-disclaimer")
            );
        }
    }
}

/// The page links each finding and each summary to its editor when asked to, and only then;
/// the links' addresses and texts are escaped.
#[test]
fn the_page_links_findings_and_summaries_to_their_editors_when_asked() {
    use mgi_model::TextRef;
    use mgi_profile::{EditLink, html_linked};
    let doc = reference();
    let p = profile(&doc);
    let edit = |t: &TextRef| {
        Some(EditLink {
            href: format!("/edit?{t:?}&x=\"1\""),
            text: "Edit <this>".into(),
        })
    };
    let linked = html_linked(&p, &edit);
    let links = linked.matches("<a class=\"edit\" href=").count();
    assert_eq!(links, doc.findings.len() + doc.summaries.len());
    let first = &doc.findings[0].key;
    assert!(linked.contains(&format!(
        "href=\"/edit?Finding(&quot;{first}&quot;)&amp;x=&quot;1&quot;\">Edit &lt;this&gt;</a></p>"
    )));
    assert!(!html(&p).contains("class=\"edit\""));
    assert_eq!(html_linked(&p, &|_| None), html(&p));
}

#[test]
fn missing_data_gets_plain_statements() {
    let mut doc = reference();
    doc.context.clear();
    doc.findings.retain(|f| f.domain != "crises");
    doc.summaries.clear();
    doc.consultations.clear();
    let page = html(&profile(&doc));
    for statement in [
        "No context figures have been recorded for this assessment.",
        "No findings have been recorded here.",
        "No summary has been written for this domain.",
        "No consultation has been recorded for this assessment.",
    ] {
        assert!(
            page.contains(&format!("<p class=\"statement\">{statement}</p>")),
            "{statement}"
        );
    }
    assert!(!page.contains("<figure"), "no chart without figures");
}

#[test]
fn text_is_escaped() {
    let mut doc = reference();
    doc.findings[0].text = "<script>alert(1)</script> & \"quotes\"".into();
    doc.jurisdiction.name = "Mongolia <b>".into();
    let p = profile(&doc);
    let page = html(&p);
    assert!(!page.contains("<script>") && !page.contains("Mongolia <b>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    assert!(markdown(&p).contains("\\<script\\>alert(1)\\</script\\>"));
}

/// The Markdown is read by pandoc without a warning (pandoc is installed by scripts/test).
#[test]
fn markdown_is_read_by_pandoc() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    let md = dir.join("profile.md");
    std::fs::write(&md, markdown(&profile(&reference()))).expect("write");
    let Some(html) = common::tool_output(std::process::Command::new("pandoc").arg(&md).args([
        "--fail-if-warnings",
        "-t",
        "html",
    ])) else {
        return;
    };
    assert!(
        html.contains("class=\"footnotes"),
        "footnotes become pandoc footnotes"
    );
    assert!(html.contains("href=\"#fn1\""), "the first note is linked");
    assert!(html.contains("id=\"key-findings\""), "section anchors kept");
}

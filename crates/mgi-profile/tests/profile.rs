//! The profile of the reference assessment (snapshots of Markdown and HTML), and the rules every
//! profile follows: continuous footnotes, a DRAFT mark before publication, plain statements where
//! data is missing, escaped text.

mod common;

use common::{context_paragraphs, framework, reference};
use mgi_model::{AssessmentDoc, ContextFigure, Sex, Stage};
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

/// The captions of the figures.
fn captions(p: &ProfileDoc) -> Vec<&str> {
    p.sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Figure { figure } => Some(figure.caption.as_str()),
            _ => None,
        })
        .collect()
}

/// How many footnotes hold `title`.
fn notes_with(p: &ProfileDoc, title: &str) -> usize {
    p.footnotes
        .iter()
        .filter(|n| n.text().contains(title))
        .count()
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
    assert_eq!(
        captions(&p),
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
    let context_sources = 2;
    assert_eq!(
        p.footnotes.len(),
        context_sources + finding_notes + annex_notes
    );
    assert!(
        (42..=64).contains(&p.footnotes.len()),
        "within 20 % of the 53 notes IOM prints: {}",
        p.footnotes.len()
    );
    let notes: Vec<String> = p.footnotes.iter().map(ToString::to_string).collect();
    assert_eq!(
        notes[context_sources],
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

/// The kinds of the context section's blocks, and the footnotes of its paragraphs.
fn context_layout(p: &ProfileDoc) -> Vec<String> {
    p.sections
        .iter()
        .filter(|s| s.id == "context")
        .flat_map(|s| &s.blocks)
        .map(|b| match b {
            Block::Para { notes, .. } => format!("para {notes:?}"),
            Block::Figure { figure } => format!("figure {}", figure.id),
            other => format!("{other:?}"),
        })
        .collect()
}

#[test]
fn the_context_is_told_in_sentences_with_its_figures() {
    let p = profile(&reference());
    assert_eq!(
        context_paragraphs(&p),
        [
            "United Nations Department of Economic and Social Affairs (DESA) figures show that \
             Mongolia was home to 21,345 immigrants in 2020, or 0.6% of its population of 3.3 \
             million. Of the immigrants in 2020, 66.8% were men and 33.2% women (see Figure 1).",
            "Emigrants from Mongolia numbered 82,100 in 2020, equal to 2.5% of its population. \
             Of the emigrants in 2020, 48% were men and 52% women (see Figure 1).",
            "By 2020, the share of migrants in the population of Mongolia had changed by 0.3 \
             percentage points. World Bank figures show that personal remittances received in \
             Mongolia came to 3.2% of its gross domestic product (GDP) in 2022.",
            "Of the immigrants counted in 2020, 19.1% were aged 0-19, 76.1% were aged 20-64 and \
             4.8% were aged 65+ (see Figure 2).",
        ]
    );
    assert_eq!(
        context_layout(&p),
        [
            "para [1]",
            "para []",
            "figure figure-1",
            "para [2]",
            "para []",
            "figure figure-2"
        ]
    );
}

/// Each source of the context figures has one footnote, on the first sentence that uses it;
/// the captions under the charts name it again, but they are not notes.
#[test]
fn each_source_of_the_context_is_cited_once() {
    let p = profile(&reference());
    assert_eq!(notes_with(&p, "International Migrant Stock 2020"), 1);
    assert_eq!(
        notes_with(&p, "Personal remittances, received (% of GDP)"),
        1
    );
    assert_eq!(
        p.footnotes[0].text(),
        "United Nations Department of Economic and Social Affairs (DESA), International Migrant \
         Stock 2020 (2020)."
    );
    assert_eq!(
        p.footnotes[1].text(),
        "World Bank, Personal remittances, received (% of GDP) (2022)."
    );
}

fn figure(measure: &str, value: f64, unit: &str, sex: Option<Sex>, source: &str) -> ContextFigure {
    ContextFigure {
        measure: measure.into(),
        value,
        unit: unit.into(),
        year: 2021,
        sex,
        age_group: None,
        source: source.into(),
    }
}

/// A measure no sentence knows, from a source the register does not hold: still shown, with
/// its value and year, and no footnote.
#[test]
fn a_figure_no_sentence_tells_is_still_shown() {
    let mut doc = reference();
    doc.context = vec![figure(
        "asylum-seekers",
        1234.0,
        "persons",
        None,
        "no-such-source",
    )];
    let p = profile(&doc);
    assert_eq!(context_paragraphs(&p), ["Asylum seekers in 2021: 1,234."]);
    assert_eq!(context_layout(&p), ["para []"]);
}

/// Some figures without the others: the sentences say what there is; a figure a sentence
/// cannot take (men without women) is shown on its own; a figure of an unknown source is told
/// without naming a source or adding a note.
#[test]
fn partial_context_figures_are_told_as_far_as_they_go() {
    let mut doc = reference();
    let desa = "desa-migrant-stock-2020";
    doc.context = vec![
        figure("remittances-gdp", 3.2, "percent", None, "no-such-source"),
        figure(
            "immigrant-stock",
            21345.0,
            "persons",
            Some(Sex::Total),
            desa,
        ),
        figure("immigrant-share", 66.8, "percent", Some(Sex::Male), desa),
        figure("emigrant-share", 2.5, "percent", None, desa),
    ];
    let p = profile(&doc);
    assert_eq!(
        context_paragraphs(&p),
        [
            "United Nations Department of Economic and Social Affairs (DESA) figures show that \
             Mongolia was home to 21,345 immigrants in 2021.",
            "Personal remittances received in Mongolia came to 3.2% of its gross domestic \
             product (GDP) in 2021.",
            "Immigrants, men in 2021: 66.8%. Emigrants, share of the total population in 2021: \
             2.5%.",
        ]
    );
    assert_eq!(
        context_layout(&p),
        ["para [1]", "figure figure-1", "para []", "para []"]
    );
    assert_eq!(notes_with(&p, "International Migrant Stock 2020"), 1);
}

/// Without figures by sex, the chart by age is the first: its caption and its sentence say so.
#[test]
fn the_sentences_refer_to_the_charts_by_their_numbers() {
    let mut doc = reference();
    doc.context.retain(|f| f.age_group.is_some());
    let p = profile(&doc);
    assert_eq!(
        captions(&p),
        ["Figure 1. Immigrants by age group (per cent)"]
    );
    assert_eq!(
        context_paragraphs(&p),
        [
            "United Nations Department of Economic and Social Affairs (DESA) figures show that, \
             of the immigrants counted in 2020, 19.1% were aged 0-19, 76.1% were aged 20-64 and \
             4.8% were aged 65+ (see Figure 1)."
        ]
    );
    assert_eq!(context_layout(&p), ["para [1]", "figure figure-1"]);
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

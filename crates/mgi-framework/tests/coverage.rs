//! Coverage rule: every finding of the Mongolia 2023 profile belongs to an indicator of the
//! national framework. The table in framework/coverage/mongolia-2023.yaml lists each finding
//! paragraph (located by its first words) with its indicators; this test checks the table
//! against the framework and, where the seed profile is present, against the profile text.

use std::path::PathBuf;

use mgi_framework::Framework;
use serde::Deserialize;

#[derive(Deserialize)]
struct Coverage {
    #[allow(dead_code)]
    source: String,
    findings: Vec<Entry>,
    continuations: Vec<String>,
    conventions: Vec<ConventionRow>,
}

#[derive(Deserialize)]
struct Entry {
    domain: String,
    kind: String,
    n: usize,
    starts: String,
    indicators: Vec<String>,
}

#[derive(Deserialize)]
struct ConventionRow {
    row: String,
    indicators: Vec<String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn coverage() -> Coverage {
    let text = std::fs::read_to_string(root().join("framework/coverage/mongolia-2023.yaml"))
        .expect("coverage table");
    serde_saphyr::from_str(&text).expect("coverage table parses")
}

#[test]
fn every_finding_maps_to_national_indicators() {
    let fw = Framework::embedded().expect("framework");
    let set = fw.set("mgi-national", 1).expect("national set");
    let cov = coverage();
    assert!(
        cov.findings.len() >= 50,
        "the profile has more than 50 finding paragraphs"
    );
    for e in &cov.findings {
        assert!(
            !e.indicators.is_empty(),
            "{} {} {} has no indicator",
            e.domain,
            e.kind,
            e.n
        );
        assert!(
            set.domain(&e.domain).is_some(),
            "unknown domain {}",
            e.domain
        );
        assert!(
            matches!(e.kind.as_str(), "well-developed" | "potential"),
            "kind {}",
            e.kind
        );
        for id in &e.indicators {
            assert!(
                set.contains(id),
                "{} {} {}: {id} is not in mgi-national v1",
                e.domain,
                e.kind,
                e.n
            );
        }
    }
    assert_eq!(
        cov.conventions.len(),
        6,
        "the conventions table has six rows"
    );
    for c in &cov.conventions {
        assert!(
            c.indicators.iter().all(|id| set.contains(id)),
            "convention row {}",
            c.row
        );
    }
    // Numbering runs 1.. within each domain and kind, without gaps.
    for e in &cov.findings {
        let before = cov
            .findings
            .iter()
            .take_while(|o| !std::ptr::eq(*o, e))
            .filter(|o| o.domain == e.domain && o.kind == e.kind)
            .count();
        assert_eq!(e.n, before + 1, "{} {} numbering", e.domain, e.kind);
    }
}

#[test]
fn every_finding_paragraph_of_the_seed_is_in_the_table() {
    let seed = root().join("../shared/seeds/000_d843103f3f6189dd.txt");
    let Ok(text) = std::fs::read_to_string(&seed) else {
        eprintln!(
            "seed profile not found at {}: the seed half of the coverage test did not run",
            seed.display()
        );
        return;
    };
    let cov = coverage();
    // The key findings run from the first domain heading to the closing section.
    let start = text
        .find("1.2. Migration governance: Examples of well-developed areas")
        .expect("key findings start");
    let end = text
        .find("After the MGI assessment")
        .expect("key findings end");
    let body = &text[start..end];
    for e in &cov.findings {
        assert!(
            body.lines().any(|l| l.starts_with(&e.starts)),
            "{} {} {}: {:?} not found at a paragraph start",
            e.domain,
            e.kind,
            e.n,
            e.starts
        );
    }
    for c in &cov.conventions {
        assert!(
            text.lines().any(|l| l.starts_with(&c.row)),
            "convention row {:?} not in the seed",
            c.row
        );
    }
    // Each paragraph of the key findings that opens with a capital letter and is not a heading,
    // a footnote body or a table row must be in the table.
    let is_heading = |l: &str| {
        l.chars().next().is_some_and(|c| c.is_ascii_digit())
            || l.chars().all(|c| !c.is_lowercase())
            || l.starts_with("Table ")
            || l.starts_with("Convention name")
    };
    let is_footnote = |l: &str| l.chars().next().is_some_and(|c| "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c));
    let mut missing = Vec::new();
    for line in body.lines().map(str::trim).filter(|l| l.len() > 60) {
        let first_upper = line.chars().next().is_some_and(char::is_uppercase);
        if first_upper
            && !is_heading(line)
            && !is_footnote(line)
            && !line.contains('\t')
            && !cov.findings.iter().any(|e| line.starts_with(&e.starts))
            && !cov
                .continuations
                .iter()
                .any(|c| line.starts_with(c.as_str()))
        {
            missing.push(line.chars().take(60).collect::<String>());
        }
    }
    assert!(
        missing.is_empty(),
        "finding paragraphs of the seed without an entry: {missing:#?}"
    );
}

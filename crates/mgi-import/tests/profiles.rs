//! The importer on profiles: the Mongolia 2023 seed against the hand-built reference (where the
//! seed is present), fixtures in the layouts of other years and places, and bad input.

use std::path::PathBuf;

use mgi_framework::Framework;
use mgi_import::{
    Draft, ImportError, ImportOptions, ImportWarning, MAX_BYTES, PdfError, compare, import_profile,
    part_name,
};
use mgi_model::{AssessmentDoc, FindingKind, JurisdictionKind, SourceKind};

fn framework() -> Framework {
    Framework::embedded().expect("embedded framework")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str, options: &ImportOptions) -> Draft {
    let bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .expect("fixture");
    import_profile(&bytes, options, &framework()).expect("fixture imports")
}

fn kinds(draft: &Draft, domain: &str) -> (usize, usize) {
    let count = |k| {
        draft
            .doc
            .findings
            .iter()
            .filter(|f| f.domain == domain && f.kind == k)
            .count()
    };
    (
        count(FindingKind::WellDeveloped),
        count(FindingKind::Potential),
    )
}

#[test]
fn seed_matches_the_reference() {
    let seed = root().join("../shared/seeds/000_d843103f3f6189dd.txt");
    let Ok(bytes) = std::fs::read(&seed) else {
        eprintln!(
            "seed profile not found at {}: the seed comparison did not run",
            seed.display()
        );
        return;
    };
    let fw = framework();
    let draft = import_profile(
        &bytes,
        &ImportOptions {
            jurisdiction: Some("MNG".into()),
            year: None,
            ..Default::default()
        },
        &fw,
    )
    .expect("seed imports");
    let text = std::fs::read_to_string(root().join("data/reference/mongolia-2023.json"))
        .expect("reference");
    let reference = AssessmentDoc::from_json(&text, &fw).expect("reference valid");
    assert_eq!(draft.doc.year, 2023);
    assert_eq!(draft.doc.jurisdiction.name, "Mongolia");

    // Each finding is the right paragraph: its first words are those the coverage table records.
    #[derive(serde::Deserialize)]
    struct Entry {
        domain: String,
        kind: String,
        n: usize,
        starts: String,
    }
    #[derive(serde::Deserialize)]
    struct Coverage {
        findings: Vec<Entry>,
    }
    let cov: Coverage = serde_saphyr::from_str(
        &std::fs::read_to_string(root().join("framework/coverage/mongolia-2023.yaml"))
            .expect("coverage"),
    )
    .expect("coverage parses");
    assert_eq!(draft.doc.findings.len(), cov.findings.len());
    for e in &cov.findings {
        let key = format!(
            "{}-{}-{}",
            e.domain,
            if e.kind == "well-developed" {
                "wd"
            } else {
                "pot"
            },
            e.n
        );
        let f = draft
            .doc
            .findings
            .iter()
            .find(|f| f.key == key)
            .unwrap_or_else(|| panic!("finding {key} missing"));
        assert!(
            f.text.starts_with(&e.starts),
            "{key}: {:?} does not start with {:?}",
            &f.text[..60.min(f.text.len())],
            e.starts
        );
        assert!(
            f.indicators.is_empty() && !f.suggested.is_empty(),
            "{key}: suggestions only, never links"
        );
    }
    let c = compare(&draft.doc, &reference);
    assert!(c.findings.percent() >= 95.0, "findings {}", c.findings);
    assert!(
        c.sources_found.percent() >= 95.0,
        "sources {}",
        c.sources_found
    );
    assert!(
        c.source_fields.percent() >= 95.0,
        "source fields {}",
        c.source_fields
    );
    assert!(
        c.suggestion_top3.percent() >= 80.0,
        "top-3 {}",
        c.suggestion_top3
    );
    assert_eq!(c.conventions.hit, 6, "conventions {}", c.conventions);
    assert!(c.context.hit >= 12, "context {}", c.context);
    assert_eq!(draft.doc.consultations.len(), 1);
    assert_eq!(draft.doc.consultations[0].recommendations.len(), 11);
    assert!(
        draft.report.unplaced.is_empty(),
        "{:#?}",
        draft.report.unplaced
    );
    // The draft is a valid exchange document.
    assert_eq!(mgi_model::validate(&draft.doc, &fw), vec![]);
}

#[test]
fn profile_of_2019_with_plain_headings_crlf_and_bracketed_notes() {
    let d = fixture(
        "norvale-2019.txt",
        &ImportOptions {
            jurisdiction: Some("NOR".into()),
            year: None,
            ..Default::default()
        },
    );
    assert_eq!(d.doc.year, 2019);
    assert_eq!(d.doc.jurisdiction.name, "Kingdom of Norvale");
    assert_eq!(kinds(&d, "rights"), (2, 1));
    assert_eq!(kinds(&d, "partnerships"), (1, 1));
    let first = &d.doc.findings[0];
    assert!(first.text.ends_with("(Article 12)."), "{}", first.text);
    assert_eq!(
        first.footnotes,
        vec!["Contributions are deducted from wages as for nationals.".to_owned()]
    );
    assert_eq!(first.suggested[0].indicator, "health-access");
    assert_eq!(d.doc.summaries.len(), 2);
    let sources: Vec<(&str, Option<i32>, &[i32], bool)> = d
        .doc
        .sources
        .iter()
        .filter(|s| s.issuer == "Government of Norvale")
        .map(|s| (s.title.as_str(), s.year, s.amended.as_slice(), s.online))
        .collect();
    assert_eq!(
        sources,
        vec![
            ("Penal Code", Some(2001), &[2015][..], true),
            ("Health Insurance Act", Some(2008), &[2017][..], true),
            ("Diaspora Engagement Roadmap", None, &[][..], false)
        ]
    );
    assert_eq!(d.doc.sources[1].kind, SourceKind::Law);
    let stock = d
        .doc
        .context
        .iter()
        .find(|c| c.measure == "immigrant-stock")
        .expect("stock");
    assert_eq!((stock.value, stock.year), (120_400.0, 2019));
    assert!(
        d.doc
            .context
            .iter()
            .any(|c| c.measure == "population" && c.value == 2_900_000.0)
    );
    assert!(d.report.skipped.iter().any(|s| s.part == "introduction"));
    assert!(d.report.unplaced.is_empty(), "{:#?}", d.report.unplaced);
}

#[test]
fn local_profile_in_markdown() {
    let d = fixture(
        "lakeview-local-2021.md",
        &ImportOptions {
            jurisdiction: Some("USA-lakeview".into()),
            year: None,
            ..Default::default()
        },
    );
    assert_eq!(d.doc.jurisdiction.kind, JurisdictionKind::Locality);
    assert_eq!(d.doc.framework.set, "mgi-local");
    assert_eq!(d.doc.year, 2021);
    assert_eq!(kinds(&d, "rights"), (1, 1));
    assert_eq!(kinds(&d, "government"), (1, 0));
    assert!(
        d.doc.findings[0].text.contains("one-stop centre"),
        "emphasis removed: {}",
        d.doc.findings[0].text
    );
    assert_eq!(
        d.doc.findings[0].footnotes,
        vec!["The centre received 14,000 visits in 2020.".to_owned()]
    );
    assert!(
        d.doc.findings[1].text.contains("needs of newcomers"),
        "line break inside a paragraph joined: {}",
        d.doc.findings[1].text
    );
    assert_eq!(d.doc.sources.len(), 2);
    assert_eq!(d.doc.sources[1].amended, vec![2019]);
    assert!(
        d.report
            .warnings
            .contains(&ImportWarning::PartMissing { part: "context" }),
        "{:?}",
        d.report.warnings
    );
}

/// A fixture's text with its title line replaced.
fn retitled(name: &str, title: &str) -> Vec<u8> {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .expect("fixture");
    let (_, rest) = text.split_once('\n').expect("a title line");
    format!("{title}\n{rest}").into_bytes()
}

#[test]
fn who_and_when_come_from_the_title() {
    let fw = framework();
    for (title, code, name, year, lang) in [
        ("MONGOLIA | PROFILE 2023", "MNG", "Mongolia", 2023, "en"),
        (
            "PROFILE 2019 – REPUBLIC OF COSTA RICA",
            "CRI",
            "Costa Rica",
            2019,
            "en",
        ),
        (
            "PROFIL 2021 – BURKINA FASO",
            "BFA",
            "Burkina Faso",
            2021,
            "fr",
        ),
        (
            "PROFIL 2018 – RÉPUBLIQUE DU NIGER",
            "NER",
            "Niger",
            2018,
            "fr",
        ),
        ("PERFIL 2021 – REINO DE ESPAÑA", "ESP", "España", 2021, "es"),
    ] {
        let d = import_profile(
            &retitled("norvale-2019.txt", title),
            &ImportOptions::default(),
            &fw,
        )
        .expect("imports");
        let j = &d.doc.jurisdiction;
        assert_eq!(
            (
                j.code.as_str(),
                j.name.as_str(),
                d.doc.year,
                d.doc.language.as_str()
            ),
            (code, name, year, lang),
            "{title}"
        );
        assert_eq!(j.kind, JurisdictionKind::Country);
        assert!(
            !d.report.warnings.iter().any(|w| matches!(
                w,
                ImportWarning::NoJurisdiction { .. } | ImportWarning::NotInM49 { .. }
            )),
            "{title}: {:?}",
            d.report.warnings
        );
    }
    // A local profile: its city among the localities the caller knows, or named with its country.
    let known = ImportOptions {
        localities: vec![mgi_import::KnownLocality {
            code: "USA-lakeview".into(),
            name: "Lakeview".into(),
        }],
        ..Default::default()
    };
    let d = fixture("lakeview-local-2021.md", &known);
    assert_eq!(d.doc.jurisdiction.code, "USA-lakeview");
    assert_eq!(d.doc.jurisdiction.kind, JurisdictionKind::Locality);
    assert_eq!(d.doc.jurisdiction.region, "Americas");
    let d = import_profile(
        &retitled(
            "lakeview-local-2021.md",
            "# ACCRA, GHANA | LOCAL PROFILE 2019",
        ),
        &ImportOptions::default(),
        &fw,
    )
    .expect("imports");
    assert_eq!(
        (d.doc.jurisdiction.code.as_str(), d.doc.year),
        ("GHA-accra", 2019)
    );
    assert_eq!(d.doc.framework.set, "mgi-local");
    // A name the UN table does not hold keeps the placeholder, and says so.
    let d = fixture("norvale-2019.txt", &ImportOptions::default());
    assert_eq!(d.doc.jurisdiction.code, "XXX");
    assert_eq!(d.doc.jurisdiction.name, "Kingdom of Norvale");
    assert!(
        d.report
            .warnings
            .contains(&ImportWarning::NoJurisdiction { code: "XXX".into() })
    );
}

#[test]
fn missing_parts_are_warnings_and_stray_lines_are_listed() {
    let d = fixture("findings-only.txt", &ImportOptions::default());
    assert_eq!(kinds(&d, "safe-migration"), (2, 1));
    for part in ["summary", "context", "key sources"] {
        assert!(
            d.report
                .warnings
                .contains(&ImportWarning::PartMissing { part }),
            "{:?}",
            d.report.warnings
        );
    }
    assert!(
        d.report.warnings.iter().any(|w| w
            .to_string()
            .starts_with("no jurisdiction given: the draft uses the placeholder code XXX")),
        "{:?}",
        d.report.warnings
    );
    assert_eq!(d.report.unplaced.len(), 1);
    assert_eq!(d.report.unplaced[0].line, 5);
    assert_eq!(d.report.unplaced[0].part, "key findings");
}

#[test]
fn bad_input_gets_a_clear_error() {
    let fw = framework();
    let o = ImportOptions::default();
    assert_eq!(
        import_profile(b"", &o, &fw).expect_err("refused"),
        ImportError::Empty
    );
    assert_eq!(
        import_profile(b"%PDF-1.7\n\x00\x01", &o, &fw).expect_err("refused"),
        ImportError::Pdf(PdfError::Damaged)
    );
    assert_eq!(
        import_profile(b"GIF89a\x00\x01", &o, &fw).expect_err("refused"),
        ImportError::Binary { offset: 6 }
    );
    assert_eq!(
        import_profile(b"PK\x03\x04\x14\x00", &o, &fw).expect_err("refused"),
        ImportError::Archive,
        "a zip archive that is neither a Word document nor a workbook"
    );
    assert_eq!(
        import_profile(b"PK\x03\x04\x14\x00xl/workbook.xml", &o, &fw).expect_err("refused"),
        ImportError::Workbook
    );
    // The exchange format is recognised, and named with the command that reads it.
    let reference = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/reference/mongolia-2023.json"),
    )
    .expect("the reference assessment");
    let err = import_profile(&reference, &o, &fw).expect_err("not a profile");
    assert_eq!(err, ImportError::AssessmentDocument);
    assert!(err.to_string().contains("mgi assessment import"), "{err}");
    assert_eq!(
        import_profile(b"{\"a\": 1}", &o, &fw).expect_err("refused"),
        ImportError::Json
    );
    assert_eq!(
        import_profile(b"{ this brace starts a sentence, not JSON", &o, &fw).expect_err("refused"),
        ImportError::NotAProfile,
        "text that only looks like JSON is read as text, and found to be no profile"
    );
    assert_eq!(
        import_profile(b"caf\xe9", &o, &fw).expect_err("refused"),
        ImportError::NotUtf8 { offset: 3 }
    );
    let big = vec![b'x'; MAX_BYTES + 10];
    assert!(matches!(
        import_profile(&big, &o, &fw),
        Err(ImportError::TooLarge { .. })
    ));
    assert_eq!(
        ImportError::NotUtf8 { offset: 3 }.to_string(),
        "the file is not UTF-8 text (invalid byte at offset 3); convert it, e.g. with iconv"
    );
}

/// A deterministic mutation loop over the fixtures: no input makes the importer panic. (The
/// cargo-fuzz target in fuzz/ does the same with coverage guidance.)
#[test]
fn mutated_profiles_never_panic() {
    let fw = framework();
    let base = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/norvale-2019.txt"),
    )
    .expect("fixture");
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces: [&[u8]; 10] = [
        b"\n",
        b"\x0c",
        b"   12 ",
        b"\t",
        "¹²".as_bytes(),
        b"[",
        b"](",
        b"KEY FINDINGS\n",
        b"1.2. well-developed\n",
        "–".as_bytes(),
    ];
    for _ in 0..400 {
        let mut bytes = base.clone();
        for _ in 0..(next() % 12) {
            let at = usize::try_from(next() % (bytes.len() as u64 + 1)).unwrap_or(0);
            match next() % 3 {
                0 => {
                    let p = pieces[usize::try_from(next() % 10).unwrap_or(0)];
                    bytes.splice(at..at, p.iter().copied());
                }
                1 if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => bytes.truncate(at),
            }
        }
        let _ = import_profile(&bytes, &ImportOptions::default(), &fw);
    }
}

/// The year labels computed from the reference's sources are those printed in the seed's key
/// sources ("1994a", "1994b", "n.d.").
#[test]
fn reference_source_labels_match_the_seed() {
    let seed = root().join("../shared/seeds/000_d843103f3f6189dd.txt");
    let Ok(text) = std::fs::read_to_string(&seed) else {
        eprintln!(
            "seed profile not found at {}: the label comparison did not run",
            seed.display()
        );
        return;
    };
    let fw = framework();
    let reference = AssessmentDoc::from_json(
        &std::fs::read_to_string(root().join("data/reference/mongolia-2023.json"))
            .expect("reference"),
        &fw,
    )
    .expect("reference valid");
    let start = text.find("KEY SOURCES*").expect("key sources");
    let printed: Vec<String> = text[start..]
        .lines()
        .filter_map(|l| {
            let l = l.trim().trim_start_matches("- ");
            let first = l.split_whitespace().next()?;
            let is_label = first == "n.d."
                || first.len() >= 4 && first[..4].chars().all(|c| c.is_ascii_digit());
            (is_label && l.len() > first.len()).then(|| first.to_owned())
        })
        .collect();
    let computed: Vec<String> = mgi_model::bibliography::key_sources(&reference.sources)
        .into_iter()
        .flat_map(|b| b.items.into_iter().map(|(label, _)| label))
        .collect();
    assert_eq!(printed.len(), 76, "the seed prints 76 key sources");
    assert_eq!(
        printed.iter().filter(|l| l.ends_with('b')).count(),
        14,
        "{printed:?}"
    );
    // The reference adds the two context sources (DESA, World Bank) after the printed list.
    assert_eq!(computed.len(), printed.len() + 2);
    assert_eq!(&computed[..printed.len()], printed.as_slice());
}

#[test]
fn warnings_and_part_names_are_written_in_the_language_asked() {
    use mgi_i18n::Lang;
    let d = fixture("findings-only.txt", &ImportOptions::default());
    let missing = ImportWarning::PartMissing {
        part: "key sources",
    };
    assert!(d.report.warnings.contains(&missing));
    assert_eq!(
        missing.localised(Lang::Fr),
        "partie «\u{202F}principales sources\u{202F}» introuvable (titre manquant)"
    );
    assert_eq!(
        missing.localised(Lang::Es),
        "no se encontró la parte «fuentes principales» (falta el título)"
    );
    assert_eq!(
        missing.to_string(),
        "no key sources part found (heading missing)"
    );
    assert_eq!(part_name(Lang::Fr, "front matter"), "pages liminaires");
    assert_eq!(
        part_name(Lang::Es, "key findings"),
        "principales conclusiones"
    );
    // The JSON report keeps the English sentence.
    let json = serde_json::to_value(&d.report).expect("report as JSON");
    assert!(
        json["warnings"]
            .as_array()
            .expect("a list")
            .iter()
            .any(|w| w == "no key sources part found (heading missing)"),
        "{json}"
    );
    for w in &d.report.warnings {
        for lang in [Lang::Fr, Lang::Es] {
            assert_ne!(w.localised(lang), w.to_string(), "{w} in {lang:?}");
        }
    }
}
